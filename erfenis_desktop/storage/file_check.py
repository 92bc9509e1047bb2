"""Checking a data file read-only, before anything is written to it.

Is it SQLite at all (its header), is it ours (the application id), is it from a newer
Erfenis (its schema version), does it pass ``integrity_check``? :func:`inspect` answers
all of these without changing a byte, or raises :class:`~.errors.DatabaseOpenError`.
"""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path
from urllib.parse import quote

from .errors import DatabaseOpenError, Problem
from .migrations import APPLICATION_ID, CURRENT_VERSION

_MAGIC = b"SQLite format 3\x00"


def _ro_uri(path: Path) -> str:
    return f"file:{quote(str(path))}?mode=ro"


def read_header(path: Path) -> tuple[int, int]:
    """Return (application_id, user_version) from the 100-byte SQLite header."""
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except IsADirectoryError as exc:
        raise DatabaseOpenError(Problem.UNREADABLE, path, str(exc)) from exc
    except OSError as exc:
        raise DatabaseOpenError(Problem.UNREADABLE, path, exc.strerror or str(exc)) from exc
    if len(header) < 100 or not header.startswith(_MAGIC):
        raise DatabaseOpenError(Problem.NOT_SQLITE, path)
    (user_version,) = struct.unpack(">I", header[60:64])
    (application_id,) = struct.unpack(">I", header[68:72])
    return application_id, user_version


def inspect(path: Path) -> int:
    """Check an existing file without changing it; return its schema version."""
    application_id, version = read_header(path)
    if application_id != APPLICATION_ID:
        raise DatabaseOpenError(Problem.FOREIGN, path)
    if version > CURRENT_VERSION:
        raise DatabaseOpenError(Problem.TOO_NEW, path, version=version)
    try:
        conn = sqlite3.connect(_ro_uri(path), uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise DatabaseOpenError(Problem.IN_USE, path, str(exc)) from exc
        raise DatabaseOpenError(Problem.CORRUPT, path, str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(Problem.CORRUPT, path, str(exc)) from exc
    if rows != ["ok"]:
        raise DatabaseOpenError(Problem.CORRUPT, path, "; ".join(rows[:5]))
    return version
