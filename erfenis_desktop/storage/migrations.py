"""The schema-version ladder.

``STEPS[n]`` takes a database from version ``n - 1`` to version ``n``. Each step
runs in one transaction together with the ``user_version`` bump, so a step is
either wholly applied or not at all. Never edit a released step: add a new one.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from typing import Callable

#: "ErfS": marks the file as an Erfenis database (SQLite header offset 68).
APPLICATION_ID = 0x45726653


def _v1(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(
        "CREATE TABLE meta ("
        " key TEXT PRIMARY KEY,"
        " value TEXT NOT NULL"
        ") STRICT"
    )
    conn.execute(
        "INSERT INTO meta(key, value) VALUES ('created_at', ?)",
        (datetime.now(timezone.utc).isoformat(timespec="seconds"),),
    )


def _v2(conn: sqlite3.Connection) -> None:
    import uuid

    # A random, stable identity for this data store. The vault names this
    # computer's keyring item after it, so moving or renaming the folder is harmless.
    conn.execute("INSERT INTO meta(key, value) VALUES ('store_id', ?)", (str(uuid.uuid4()),))


STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _v1,
    2: _v2,
}
CURRENT_VERSION = max(STEPS)


def migrate(conn: sqlite3.Connection, target: int = CURRENT_VERSION) -> int:
    """Run every step from the file's version up to ``target``; return the new version.

    ``conn`` must be in autocommit mode (``isolation_level=None``).
    """
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for step in range(version + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            STEPS[step](conn)
            conn.execute(f"PRAGMA user_version = {step}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        version = step
    return version
