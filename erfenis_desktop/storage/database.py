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

Kept copies (``backups/``) honour the same promises as the live file: a copy made
before a schema upgrade or before repairing a crash is kept only until a later open
has verified the file (and never longer than :data:`KEEP_DAYS`), and every copy is
removed at once when something is deleted, unshared or renewed
(:meth:`Database.forget_copies`, also done by every :meth:`Database.compact`).

This module opens the file (:func:`open_database`, including the repair after a crash) and
holds the open :class:`Database`. Next to it: ``errors.py`` (what can go wrong),
``file_check.py`` (the read-only checks) and ``kept_copies.py`` (the copies in ``backups/``).
Their public names are re-exported here.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from .errors import DatabaseOpenError, Problem, StorageError, StorageFullError, storage_error
from .file_check import inspect, read_header
from .kept_copies import (
    _CHECK_PREFIX,
    BACKUP_DIRNAME,
    CRASH_COPY,
    KEEP_DAYS,
    MIGRATION_COPY,
    _new_private_file,
    _private_folder,
    _remove,
    backup_copy,
    forget_copies,
    kept_copies,
    list_backups,
    prune_copies,
)
from .migrations import CURRENT_VERSION, migrate

__all__ = [  # what callers import from here (the errors, checks and kept copies live next door)
    "BACKUP_DIRNAME", "CRASH_COPY", "DB_FILENAME", "KEEP_DAYS", "MIGRATION_COPY", "Database",
    "DatabaseOpenError", "Problem", "StorageError", "StorageFullError", "backup_copy", "forget_copies",
    "inspect", "kept_copies", "list_backups", "open_database", "prune_copies", "read_header",
    "storage_error", "utc_now",
]

DB_FILENAME = "erfenis.db"


_last_stamp: datetime | None = None
_stamp_lock = threading.Lock()


def utc_now() -> str:
    """The time stamps stored in the database: UTC, ISO 8601, to the millisecond, and in one run
    never the same twice nor earlier than the one before (a clock set back, two writes in one
    millisecond): what was written later always sorts later, so "the latest" shared cycle map
    is the one shared last, even when two were shared within the same second. Older files hold
    whole seconds; those sort before any stamp with milliseconds of the same second."""
    global _last_stamp
    with _stamp_lock:
        moment = datetime.now(UTC)
        now = moment.replace(microsecond=moment.microsecond // 1000 * 1000)
        if _last_stamp is not None and now <= _last_stamp:
            now = _last_stamp + timedelta(milliseconds=1)
        _last_stamp = now
    return now.isoformat(timespec="milliseconds")


def _tolerant_text(raw: bytes) -> str:
    """Text columns are read leniently: bytes that are not UTF-8 (put there by another program)
    must not stop Erfenis from opening for everyone; they show as replacement characters, and
    wherever the text is authenticated (times, kinds) it simply no longer matches."""
    return raw.decode("utf-8", "replace")


def _configure(conn: sqlite3.Connection) -> None:
    conn.text_factory = _tolerant_text
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

    @property
    def data_dir(self) -> Path:
        return self.path.parent

    def forget_copies(self) -> bool:
        """Remove every copy Erfenis keeps of this file (``backups/``): call it whenever a
        promise to delete is made (unshare, delete, renew, unlink, a new password or
        recovery code), so what is gone from the live file is gone from every file Erfenis
        keeps. :meth:`compact` does it too. Never raises; False when a copy could not be
        removed (it goes at the next start that opens the file). The daily backups go too
        (``storage/backups.py``): a fresh one of the file as it is now follows."""
        from . import backups

        kept = forget_copies(self.data_dir)
        return backups.forget(self.data_dir) and kept

    def prune_copies(self) -> bool:
        """Remove the kept copies older than :data:`KEEP_DAYS` (for a long-running Erfenis)."""
        return prune_copies(self.data_dir)

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
        compaction and at the next start (:meth:`compact_if_pending`). True when done.

        A compaction follows a promise to delete, so every kept copy goes first
        (:meth:`forget_copies`); that also frees room for the VACUUM on a nearly full disk."""
        self.forget_copies()
        return self._vacuum()

    def _vacuum(self) -> bool:
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
            return self._vacuum()
        return True

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        self.conn.close()


def _journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _inspect_after_crash(path: Path, backups: Path) -> tuple[int, Path]:
    """A crash in the middle of a write leaves a "hot" journal that SQLite rolls back on the
    next write-open. Check a private copy of the pair first, rolling the copy back; only if
    that is healthy may SQLite repair the original. The rolled-back copy is kept in
    ``backups/`` (mode 0600) until the repaired original has been verified, so a repair
    that goes wrong still leaves a backup to open. Returns (version, that copy)."""
    journal = _journal(path)
    with tempfile.TemporaryDirectory(dir=path.parent, prefix=_CHECK_PREFIX) as tmp:
        copy = Path(tmp) / path.name
        shutil.copyfile(path, copy)
        shutil.copyfile(journal, _journal(copy))
        os.chmod(copy, 0o600)
        os.chmod(_journal(copy), 0o600)
        try:
            conn = sqlite3.connect(copy, isolation_level=None)
            try:
                conn.execute("PRAGMA user_version").fetchone()  # triggers the roll-back
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            raise DatabaseOpenError(Problem.CORRUPT, path, str(exc)) from exc
        version = inspect(copy)
        # One crash copy at a time: an older one (its repair was never verified) goes now.
        for older in kept_copies(path.parent):
            if older.match(CRASH_COPY) or older.match(CRASH_COPY + ".db"):
                _remove(older)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = _new_private_file(_private_folder(backups), f"before-crash-recovery-{stamp}")
        os.replace(copy, kept)
    return version, kept


def _verify(conn: sqlite3.Connection, path: Path) -> None:
    """The live file, after SQLite rolled its hot journal back, must pass integrity_check."""
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(Problem.CORRUPT, path, str(exc)) from exc
    if rows != ["ok"]:
        raise DatabaseOpenError(Problem.CORRUPT, path, "; ".join(rows[:5]))


def open_database(data_dir: Path) -> Database:
    """Open (creating or migrating as needed) the database of ``data_dir``.

    Once the file has been verified (``integrity_check``: read-only before anything is
    written, and again after a crash repair), the copies kept at earlier starts are
    removed; a copy made now (before this upgrade) stays until a later start."""
    path = data_dir / DB_FILENAME
    backups = data_dir / BACKUP_DIRNAME
    backup = crash_copy = None
    existed = path.exists() or path.is_symlink()
    try:
        journal = _journal(path)
        hot = journal.is_file() and journal.stat().st_size > 0
        if path.is_file() and path.stat().st_size == 0 and not hot:
            path.unlink()  # left by a first start that could not finish: nothing to lose
        if path.exists() or path.is_symlink():
            if hot:
                version, crash_copy = _inspect_after_crash(path, backups)
            else:
                version = inspect(path)
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
        if crash_copy is not None:
            _verify(conn, path)  # its first read makes SQLite roll the hot journal back
        migrate(conn)
    except DatabaseOpenError:
        conn.close()
        raise
    except (sqlite3.Error, OSError) as exc:
        conn.close()
        _raise_for(exc, path)
    if existed:  # verified: what earlier starts kept, and the copy made before this repair, can go
        forget_copies(data_dir, keep=(backup,) if backup is not None else ())
    else:  # a new file: copies of one that went missing are the only way back to it, for a while
        prune_copies(data_dir)
    return Database(path, conn, backup)


def _raise_for(exc: Exception, path: Path):
    text = str(exc).lower()
    if "full" in text or getattr(exc, "errno", None) == errno.ENOSPC:
        raise StorageFullError(str(exc)) from exc
    if "locked" in text or "busy" in text:
        raise DatabaseOpenError(Problem.IN_USE, path, str(exc)) from exc
    raise DatabaseOpenError(Problem.UNREADABLE, path, str(exc)) from exc
