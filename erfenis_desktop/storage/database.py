"""Opening the one SQLite file of a data folder, safely.

Before anything is written, the file is inspected read-only: is it SQLite at
all, is it ours, is it from a newer Erfenis, does it pass ``integrity_check``?
Only a healthy Erfenis file is opened for writing, and before its schema is
migrated a copy is put in ``backups/``. A file that fails any check is left
exactly as it was.

Journal mode: ``DELETE`` (a rollback journal), not WAL. With WAL, pages that
held deleted secrets live on in ``-wal`` until a checkpoint and the file stays
on disk; a rollback journal exists only during a write transaction and is
removed at commit. Together with ``secure_delete`` (freed pages are zeroed)
this keeps deleted material out of the files. See docs/storage.md.
"""

from __future__ import annotations

import enum
import errno
import os
import shutil
import sqlite3
import struct
import tempfile
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Iterator
from urllib.parse import quote

from .migrations import APPLICATION_ID, CURRENT_VERSION, migrate

DB_FILENAME = "erfenis.db"
BACKUP_DIRNAME = "backups"
_MAGIC = b"SQLite format 3\x00"


def utc_now() -> str:
    """The time stamps stored in the database: UTC, ISO 8601, whole seconds."""
    from datetime import timezone

    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Problem(enum.Enum):
    NOT_SQLITE = "not_sqlite"  # random bytes, empty or truncated header
    FOREIGN = "foreign"  # an SQLite file of another program
    TOO_NEW = "too_new"  # made by a newer Erfenis
    CORRUPT = "corrupt"  # fails integrity_check or cannot be read
    IN_USE = "in_use"  # locked by another process
    UNREADABLE = "unreadable"  # no permission, a folder instead of a file …


class DatabaseOpenError(Exception):
    def __init__(self, problem: Problem, path: Path, detail: str = "", version: int | None = None):
        self.problem, self.path, self.detail, self.version = problem, path, detail, version
        super().__init__(f"{problem.value}: {path}: {detail}")


class StorageError(Exception):
    """Reading or writing the data file failed while Erfenis was running.

    ``kind`` is one of ``full`` (no room on the disk), ``read_only`` (the file or its
    folder cannot be written), ``gone`` (the file or folder was removed or moved) or
    ``io`` (anything else the disk reported). The transaction was rolled back: what
    was being saved was not saved, and nothing that was there is lost."""

    kind = "io"

    def __init__(self, detail: str = "", kind: str | None = None):
        if kind is not None:
            self.kind = kind
        super().__init__(detail or self.kind)


class StorageFullError(StorageError, OSError):
    """The disk is full: nothing was saved, nothing was lost."""

    kind = "full"


def storage_error(exc: BaseException, path: Path | None = None) -> StorageError:
    """What a failed SQLite call means for the person (see :class:`StorageError`).
    ``path``: the database file, to tell a removed file from a read-only one."""
    text = str(exc).lower()
    if "full" in text or getattr(exc, "errno", None) == errno.ENOSPC:
        return StorageFullError(str(exc))
    if path is not None and not path.is_file():
        return StorageError(str(exc), "gone")
    if "readonly" in text or "read-only" in text or "read only" in text or "unable to open" in text:
        return StorageError(str(exc), "read_only")
    return StorageError(str(exc), "io")


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


def backup_copy(path: Path, version: int, backups: Path, now: datetime | None = None) -> Path:
    """Copy the database (consistently, through SQLite) into ``backups``."""
    backups.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = backups / f"erfenis-v{version}-{stamp}.db"
    n = 1
    while target.exists():
        n += 1
        target = backups / f"erfenis-v{version}-{stamp}-{n}.db"
    src = sqlite3.connect(_ro_uri(path), uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    except BaseException:
        dst.close()
        target.unlink(missing_ok=True)  # never offer a half-written backup later
        raise
    finally:
        dst.close()
        src.close()
    os.chmod(target, 0o600)
    return target


def _configure(conn: sqlite3.Connection) -> None:
    for pragma in (
        "PRAGMA journal_mode = DELETE",
        "PRAGMA synchronous = FULL",
        "PRAGMA foreign_keys = ON",
        "PRAGMA secure_delete = ON",
        "PRAGMA temp_store = MEMORY",
    ):
        conn.execute(pragma)


class Database:
    """A healthy, migrated Erfenis database, open for reading and writing."""

    def __init__(self, path: Path, conn: sqlite3.Connection, backup: Path | None):
        self.path = path
        self.conn = conn
        #: A compaction failed after a committed change and is still to be done.
        self.compact_pending = False
        #: The copy made before this open migrated the file, if it did.
        self.migration_backup = backup

    @property
    def version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it or nothing. A failure of the disk or the file
        (full, read-only, removed) becomes a :class:`StorageError`, after a roll-back."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self._rollback()
                raise
            self.conn.execute("COMMIT")
        except sqlite3.IntegrityError:  # a broken rule of ours, not a failing disk
            self._rollback()
            raise
        except sqlite3.DatabaseError as exc:  # OperationalError included
            self._rollback()
            raise storage_error(exc, self.path) from exc

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.Error:  # SQLite already rolled back (e.g. a full disk)
                pass

    def compact(self) -> bool:
        """Let freed bytes leave the file: ``secure_delete`` has zeroed them, ``VACUUM``
        rewrites the file without them. Called *after* a change was committed, so it
        never undoes or hides that change: when it cannot run now (a nearly full disk
        needs room for a second copy), it is remembered and tried again at the next
        compaction and at the next start (:meth:`compact_if_pending`). True when done."""
        try:
            self.conn.execute("VACUUM")
        except sqlite3.Error:
            import logging

            logging.getLogger("erfenis").warning("compaction postponed", exc_info=True)
            self.compact_pending = True
            try:
                with self.transaction() as conn:
                    conn.execute("INSERT INTO meta(key, value) VALUES ('compact_pending', '1')"
                                 " ON CONFLICT(key) DO UPDATE SET value = '1'")
            except StorageError:
                pass
            return False
        self.compact_pending = False
        if self.meta("compact_pending") is not None:
            try:
                with self.transaction() as conn:
                    conn.execute("DELETE FROM meta WHERE key = 'compact_pending'")
            except StorageError:
                pass
        return True

    def compact_if_pending(self) -> bool:
        """Run a compaction that an earlier change could not finish."""
        if self.compact_pending or self.meta("compact_pending") is not None:
            return self.compact()
        return True

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        self.conn.close()


def _journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _inspect_after_crash(path: Path, backups: Path) -> int:
    """A crash in the middle of a write leaves a "hot" journal that SQLite rolls back on the
    next write-open. Check a private copy of the pair first (rolling back the copy); only if
    that is healthy keep byte-exact copies of both files and let SQLite repair the original."""
    journal = _journal(path)
    with tempfile.TemporaryDirectory(dir=path.parent, prefix=".check-") as tmp:
        copy = Path(tmp) / path.name
        shutil.copyfile(path, copy)
        shutil.copyfile(journal, _journal(copy))
        try:
            conn = sqlite3.connect(copy, isolation_level=None)
            try:
                conn.execute("PRAGMA user_version").fetchone()  # triggers the roll-back
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            raise DatabaseOpenError(Problem.CORRUPT, path, str(exc)) from exc
        version = inspect(copy)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = backups / f"before-crash-recovery-{stamp}"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    shutil.copyfile(path, folder / path.name)
    shutil.copyfile(journal, folder / journal.name)
    return version


def open_database(data_dir: Path) -> Database:
    """Open (creating or migrating as needed) the database of ``data_dir``."""
    path = data_dir / DB_FILENAME
    backups = data_dir / BACKUP_DIRNAME
    backup = None
    try:
        journal = _journal(path)
        hot = journal.is_file() and journal.stat().st_size > 0
        if path.is_file() and path.stat().st_size == 0 and not hot:
            path.unlink()  # left by a first start that could not finish: nothing to lose
        if path.exists() or path.is_symlink():
            version = _inspect_after_crash(path, backups) if hot else inspect(path)
            if version < CURRENT_VERSION:
                backup = backup_copy(path, version, backups)
        conn = sqlite3.connect(path, isolation_level=None)
    except DatabaseOpenError:
        raise
    except (sqlite3.Error, OSError) as exc:
        _raise_for(exc, path)
    try:
        os.chmod(path, 0o600)
        _configure(conn)
        migrate(conn)
    except (sqlite3.Error, OSError) as exc:
        conn.close()
        _raise_for(exc, path)
    return Database(path, conn, backup)


def _raise_for(exc: Exception, path: Path):
    text = str(exc).lower()
    if "full" in text or getattr(exc, "errno", None) == errno.ENOSPC:
        raise StorageFullError(str(exc)) from exc
    if "locked" in text or "busy" in text:
        raise DatabaseOpenError(Problem.IN_USE, path, str(exc)) from exc
    raise DatabaseOpenError(Problem.UNREADABLE, path, str(exc)) from exc


def list_backups(data_dir: Path) -> list[Path]:
    folder = data_dir / BACKUP_DIRNAME
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.db"), key=lambda p: p.stat().st_mtime, reverse=True)
