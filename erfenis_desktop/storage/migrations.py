"""The schema-version ladder.

``STEPS[n]`` takes a database from version ``n - 1`` to version ``n``. Each step
runs in one transaction together with the ``user_version`` bump, so a step is
either wholly applied or not at all. Never edit a released step: add a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

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
        (datetime.now(UTC).isoformat(timespec="seconds"),),
    )


def _v2(conn: sqlite3.Connection) -> None:
    import uuid

    # A random, stable identity for this data store. The vault names this
    # computer's keyring item after it, so moving or renaming the folder is harmless.
    conn.execute("INSERT INTO meta(key, value) VALUES ('store_id', ?)", (str(uuid.uuid4()),))


def _v3(conn: sqlite3.Connection) -> None:
    # Profiles. Names and colours are not secret; the key records are wrapped
    # (see docs/security.md) and never hold a password hash.
    conn.execute(
        "CREATE TABLE profile ("
        " uuid TEXT PRIMARY KEY,"
        " name TEXT NOT NULL,"
        " colour TEXT NOT NULL,"
        " created_at TEXT NOT NULL,"
        " password_record BLOB NOT NULL,"
        # Check value of the device secret the password record was made with (NULL: none).
        # Not secret; it tells "this computer's extra key changed" apart from a wrong password.
        " device_check TEXT,"
        " recovery_record BLOB NOT NULL,"
        " public_key BLOB NOT NULL,"
        " sealed_private_key BLOB NOT NULL,"
        " key_version INTEGER NOT NULL DEFAULT 1,"
        # 1 once the person showed they kept the current recovery code (typed two groups back).
        " recovery_confirmed INTEGER NOT NULL DEFAULT 0,"
        " failed_attempts INTEGER NOT NULL DEFAULT 0,"
        " first_failed_at REAL,"
        " last_failed_at REAL"
        ") STRICT"
    )
    # Private writing: only ciphertext (AES-GCM under the profile's data key).
    conn.execute(
        "CREATE TABLE private_item ("
        " uuid TEXT PRIMARY KEY,"
        " owner_uuid TEXT NOT NULL REFERENCES profile(uuid) ON DELETE CASCADE,"
        " kind TEXT NOT NULL,"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL,"
        " key_version INTEGER NOT NULL,"
        " body BLOB NOT NULL"
        ") STRICT"
    )
    conn.execute("CREATE INDEX private_item_owner ON private_item(owner_uuid)")


def _v4(conn: sqlite3.Connection) -> None:
    # Couples: a space key per couple, held by each member (sealed to their public key until
    # their next unlock, then under their own data key), and what members share with each
    # other, each item under its own key sealed with the space key. A profile is in at most
    # one couple (the UNIQUE on profile_uuid).
    conn.execute("CREATE TABLE couple (uuid TEXT PRIMARY KEY, created_at TEXT NOT NULL) STRICT")
    conn.execute(
        "CREATE TABLE couple_member ("
        " couple_uuid TEXT NOT NULL REFERENCES couple(uuid) ON DELETE CASCADE,"
        " profile_uuid TEXT NOT NULL UNIQUE REFERENCES profile(uuid) ON DELETE CASCADE,"
        " space_key BLOB NOT NULL,"
        " sealed_with TEXT NOT NULL CHECK (sealed_with IN ('public', 'data')),"
        " PRIMARY KEY (couple_uuid, profile_uuid)"
        ") STRICT"
    )
    conn.execute(
        "CREATE TABLE shared_item ("
        " uuid TEXT PRIMARY KEY,"
        " couple_uuid TEXT NOT NULL REFERENCES couple(uuid) ON DELETE CASCADE,"
        " owner_uuid TEXT NOT NULL REFERENCES profile(uuid) ON DELETE CASCADE,"
        " source_uuid TEXT NOT NULL,"
        " kind TEXT NOT NULL,"
        " created_at TEXT NOT NULL,"
        " item_key BLOB NOT NULL,"
        " body BLOB NOT NULL"
        ") STRICT"
    )
    conn.execute("CREATE INDEX shared_item_couple ON shared_item(couple_uuid)")


def _v5(conn: sqlite3.Connection) -> None:
    # Authenticated items and sharing (docs/security.md, sections 2b and 5b).
    # Profiles: an Ed25519 identity key (derived from the data key; NULL until the profile's
    # next unlock upgrades it), the format of its items, and its encrypted manifest. The
    # X25519 key pair of v4 is no longer used and goes.
    conn.execute("ALTER TABLE profile DROP COLUMN public_key")
    conn.execute("ALTER TABLE profile DROP COLUMN sealed_private_key")
    conn.execute("ALTER TABLE profile ADD COLUMN identity_key BLOB")
    conn.execute("ALTER TABLE profile ADD COLUMN item_format INTEGER NOT NULL DEFAULT 1")
    conn.execute("ALTER TABLE profile ADD COLUMN manifest BLOB")
    conn.execute("ALTER TABLE profile ADD COLUMN manifest_seq INTEGER NOT NULL DEFAULT 0")
    # Every save of an item raises its revision, which is part of its associated data.
    conn.execute("ALTER TABLE private_item ADD COLUMN revision INTEGER NOT NULL DEFAULT 0")
    # A member's space key is only ever sealed under their own data key now; and each member
    # signs the list of what they share (their share index).
    conn.execute("ALTER TABLE couple_member DROP COLUMN sealed_with")
    conn.execute("ALTER TABLE couple_member ADD COLUMN share_index BLOB")
    conn.execute("ALTER TABLE couple_member ADD COLUMN share_sig BLOB")
    # Shared copies no longer name their private original in plain (a keyed tag instead).
    # The v4 copies cannot be authenticated: they wait in legacy_shared until their owner's
    # next unlock shares them again, signed, from the private originals.
    conn.execute("ALTER TABLE shared_item RENAME TO legacy_shared")
    conn.execute("DROP INDEX shared_item_couple")
    conn.execute(
        "CREATE TABLE shared_item ("
        " uuid TEXT PRIMARY KEY,"
        " couple_uuid TEXT NOT NULL REFERENCES couple(uuid) ON DELETE CASCADE,"
        " owner_uuid TEXT NOT NULL REFERENCES profile(uuid) ON DELETE CASCADE,"
        " kind TEXT NOT NULL,"
        " created_at TEXT NOT NULL,"
        " source_tag TEXT NOT NULL,"
        " item_key BLOB NOT NULL,"
        " body BLOB NOT NULL"
        ") STRICT"
    )
    conn.execute("CREATE INDEX shared_item_couple ON shared_item(couple_uuid)")
    conn.execute("CREATE INDEX shared_item_tag ON shared_item(owner_uuid, source_tag)")


def _v6(conn: sqlite3.Connection) -> None:
    # Workshop mode (docs/security.md, section 10). A profile has a role: 'person' (anyone's
    # own Erfenis), 'facilitator' (leads a workshop; its keys open nobody else's items) or
    # 'participant' (joined a workshop; removed by the facilitator's wipe at the end of the
    # day). A participant may have skipped writing down a recovery code (a one-day workshop);
    # recovery_skipped says so, and the code is offered again once the work is taken home.
    conn.execute("ALTER TABLE profile ADD COLUMN role TEXT NOT NULL DEFAULT 'person'")
    conn.execute("ALTER TABLE profile ADD COLUMN recovery_skipped INTEGER NOT NULL DEFAULT 0")
    # The group picture: only counts, never a row per person (who contributed is kept in the
    # contributor's own encrypted items). 'contributors' is one of the keys.
    conn.execute(
        "CREATE TABLE group_count ("
        " key TEXT PRIMARY KEY,"
        " n INTEGER NOT NULL DEFAULT 0"
        ") STRICT"
    )


STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _v1,
    2: _v2,
    3: _v3,
    4: _v4,
    5: _v5,
    6: _v6,
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
