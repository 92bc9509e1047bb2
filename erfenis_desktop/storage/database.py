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
"""

from __future__ import annotations

import enum
import errno
import os
import shutil
import sqlite3
import struct
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

from .migrations import APPLICATION_ID, CURRENT_VERSION, migrate

DB_FILENAME = "erfenis.db"
BACKUP_DIRNAME = "backups"
_MAGIC = b"SQLite format 3\x00"
#: A kept copy is removed at the latest this many days after it was made.
KEEP_DAYS = 7
#: Names of the kept copies in ``backups/``: before a schema upgrade, before repairing a crash.
MIGRATION_COPY = "erfenis-v*.db"
CRASH_COPY = "before-crash-recovery-*"
#: Left behind when Erfenis stopped in the middle of checking a crashed file.
_CHECK_PREFIX = ".check-"


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
    #: The data folder, when known (to say which folder to put back or make writable).
    folder: Path | None = None

    def __init__(self, detail: str = "", kind: str | None = None, folder: Path | None = None):
        if kind is not None:
            self.kind = kind
        self.folder = folder
        super().__init__(detail or self.kind)


class StorageFullError(StorageError, OSError):
    """The disk is full: nothing was saved, nothing was lost."""

    kind = "full"


def storage_error(exc: BaseException, path: Path | None = None) -> StorageError:
    """What a failed SQLite call means for the person (see :class:`StorageError`).
    ``path``: the database file, to tell a removed file from a read-only one."""
    text = str(exc).lower()
    folder = path.parent if path is not None else None
    if "full" in text or getattr(exc, "errno", None) == errno.ENOSPC:
        return StorageFullError(str(exc), folder=folder)
    if path is not None and not path.is_file():
        return StorageError(str(exc), "gone", folder)
    if "readonly" in text or "read-only" in text or "read only" in text or "unable to open" in text:
        return StorageError(str(exc), "read_only", folder)
    return StorageError(str(exc), "io", folder)


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


def _private_folder(folder: Path) -> Path:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    return folder


def _new_private_file(folder: Path, name: str, suffix: str = ".db") -> Path:
    """A new, empty file readable by its owner only (``name``, else ``name-2`` …)."""
    n = 1
    while True:
        target = folder / (f"{name}{suffix}" if n == 1 else f"{name}-{n}{suffix}")
        try:
            os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            return target
        except FileExistsError:
            n += 1


def backup_copy(path: Path, version: int, backups: Path, now: datetime | None = None) -> Path:
    """Copy the database (consistently, through SQLite) into ``backups``, mode 0600."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = _new_private_file(_private_folder(backups), f"erfenis-v{version}-{stamp}")
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


# Kept copies ------------------------------------------------------------------------------

def _is_kept_copy(name: str) -> bool:
    """``name`` matches MIGRATION_COPY or CRASH_COPY (each one ``*``; compared by hand: the
    pattern matcher's first use costs start-up a few milliseconds)."""
    for pattern in (MIGRATION_COPY, CRASH_COPY):
        head, _star, tail = pattern.partition("*")
        if name.startswith(head) and name.endswith(tail):
            return True
    return False


def kept_copies(data_dir: Path) -> list[Path]:
    """Every copy of the data Erfenis keeps next to the live file: the copies in ``backups/``
    (before a schema upgrade, before repairing a crash, and crash copies of older versions,
    which were folders) and what an interrupted crash check left behind."""
    found: list[Path] = []
    folder = data_dir / BACKUP_DIRNAME
    if folder.is_dir():
        found += [p for p in folder.iterdir() if _is_kept_copy(p.name)]
    if data_dir.is_dir():
        found += [p for p in data_dir.iterdir() if p.name.startswith(_CHECK_PREFIX)]
    return sorted(found)


def _overwrite_and_remove(path: Path) -> None:
    """Zeros over the bytes first (what the file system does with them is its own affair:
    see docs/storage.md), then remove."""
    if path.is_symlink() or not path.is_file():
        path.unlink()
        return
    size = path.stat().st_size
    try:
        with path.open("r+b") as fh:
            block = b"\0" * 65536
            left = size
            while left > 0:
                left -= fh.write(block[:min(left, len(block))])
            fh.flush()
            os.fsync(fh.fileno())
    except OSError:
        pass  # a full or read-only disk: removing it is what counts
    path.unlink()


def _remove(path: Path) -> bool:
    """Remove a kept copy (a file or, from older versions, a folder); True when it is gone."""
    try:
        if path.is_dir() and not path.is_symlink():
            for inner in sorted(path.rglob("*"), reverse=True):
                if inner.is_dir() and not inner.is_symlink():
                    inner.rmdir()
                else:
                    _overwrite_and_remove(inner)
            path.rmdir()
        else:
            _overwrite_and_remove(path)
    except FileNotFoundError:
        return True
    except OSError:
        import logging

        logging.getLogger("erfenis").warning("could not remove the kept copy %s", path, exc_info=True)
        return False
    return True


def forget_copies(data_dir: Path, keep: tuple[Path, ...] = ()) -> bool:
    """Remove every kept copy (except ``keep``); True when none is left. Never raises."""
    ok = True
    for copy in kept_copies(data_dir):
        if copy not in keep:
            ok = _remove(copy) and ok
    return ok


def prune_copies(data_dir: Path, now: float | None = None) -> bool:
    """Remove the kept copies older than :data:`KEEP_DAYS`; True when none of those is left."""
    limit = (time.time() if now is None else now) - KEEP_DAYS * 86400
    ok = True
    for copy in kept_copies(data_dir):
        try:
            old = copy.lstat().st_mtime < limit
        except OSError:
            continue
        if old:
            ok = _remove(copy) and ok
    return ok


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


def list_backups(data_dir: Path) -> list[Path]:
    folder = data_dir / BACKUP_DIRNAME
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.db"), key=lambda p: p.stat().st_mtime, reverse=True)
