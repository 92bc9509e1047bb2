"""Rotating daily backups of the data file: ``backups/daily-<yyyymmdd>-<hhmmss>.db``.

A backup is a page-for-page copy of the open database made with SQLite's backup API, so it
holds exactly what the live file holds (ciphertext of everything private, and the few plain
columns listed in docs/security.md, section 6): never more. It is written into a temporary
file (``.daily-….tmp``, mode 0600, in ``backups/``, mode 0700), synced to the disk, checked
(``integrity_check``), and only then renamed into place, so a backup that is listed is
whole. The newest :data:`KEEP` good ones are kept: a backup damaged later (truncated, bytes
changed, replaced by another file) is shown as damaged but never counts, neither as the day's
backup (:func:`newest_good`) nor as one of the seven (:func:`rotate`).

Promises to delete (a deleted text or profile, unsharing, renewing, a wipe) remove every
backup (:func:`forget`, called by ``Database.forget_copies``): a backup never keeps what was
deleted. A backup being written while that happens is thrown away, never renamed into place
(:func:`generation`).
"""

from __future__ import annotations

import errno
import os
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

PREFIX = "daily-"
SUFFIX = ".db"
TEMP_SUFFIX = ".tmp"
#: How many daily backups are kept.
KEEP = 7
_STAMP = "%Y%m%d-%H%M%S"
DIRNAME = "backups"

# One lock for every data folder: forgetting and putting a finished backup in place never
# interleave (the one runs on the UI thread, the other in a worker thread).
_LOCK = threading.RLock()
_GENERATIONS: dict[str, int] = {}


class BackupError(Exception):
    """A backup could not be made. ``kind``: ``full`` (no room on the disk), ``read_only``
    (the backups folder cannot be written), ``not_folder`` (``backups`` is not a folder),
    ``damaged`` (the copy did not pass its check), ``io`` (anything else)."""

    def __init__(self, kind: str, detail: str = "", folder: Path | None = None):
        self.kind, self.detail, self.folder = kind, detail, folder
        super().__init__(f"{kind}: {detail}")


# No room for the file: the disk is full, the user's quota is used up, or the file may not
# grow that large (a size limit of the system or the file system).
_NO_ROOM = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


def _kind(exc: BaseException) -> str:
    number = getattr(exc, "errno", None)
    text = str(exc).lower()
    if number in _NO_ROOM or "full" in text or "no space" in text:
        return "full"
    if isinstance(exc, (NotADirectoryError, FileExistsError)) or number in (errno.ENOTDIR, errno.EEXIST):
        return "not_folder"
    if (number in (errno.EACCES, errno.EPERM, errno.EROFS) or "readonly" in text or "read-only" in text
            or "unable to open" in text):
        return "read_only"
    return "io"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made: datetime
    size: int


def folder_of(data_dir: Path) -> Path:
    return data_dir / DIRNAME


def _stamp_of(path: Path) -> datetime | None:
    """The time in a daily backup's name (``daily-YYYYmmdd-HHMMSS….db``, see ``_STAMP``), or None.
    Read by hand, not with ``strptime``: that one costs start-up its whole locale machinery."""
    name = path.name
    if not (name.startswith(PREFIX) and name.endswith(SUFFIX)):
        return None
    stamp = name[len(PREFIX):len(PREFIX) + 15]
    day, dash, clock = stamp[:8], stamp[8:9], stamp[9:]
    if dash != "-" or len(clock) != 6 or not (day.isascii() and day.isdigit() and clock.isascii() and clock.isdigit()):
        return None
    try:
        return datetime(int(day[:4]), int(day[4:6]), int(day[6:]), int(clock[:2]), int(clock[2:4]), int(clock[4:]))
    except ValueError:  # a month 13, a 31 February
        return None


def list_daily(data_dir: Path) -> list[BackupFile]:
    """The daily backups, newest first (by the time in their name)."""
    folder = folder_of(data_dir)
    found: list[BackupFile] = []
    try:
        entries = list(folder.iterdir()) if folder.is_dir() else []
    except OSError:
        return []
    for path in entries:
        made = _stamp_of(path)
        if made is None or path.is_symlink() or not path.is_file():
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue
        found.append(BackupFile(path, made, size))
    return sorted(found, key=lambda b: (b.made, _number_of(b.path)), reverse=True)


def _number_of(path: Path) -> int:
    """Two backups in one second: ``daily-<stamp>.db``, then ``daily-<stamp>-2.db`` …"""
    rest = path.name[len(PREFIX) + 15:-len(SUFFIX)]
    return int(rest[1:]) if rest.startswith("-") and rest[1:].isdigit() else 1


def generation(data_dir: Path) -> int:
    """Goes up at every :func:`forget`: a backup begun before it must not be put in place."""
    with _LOCK:
        return _GENERATIONS.get(str(data_dir), 0)


def _private_folder(folder: Path) -> None:
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
    except OSError as exc:
        raise BackupError(_kind(exc), exc.strerror or str(exc), folder) from exc


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def snapshot(conn: sqlite3.Connection, data_dir: Path, now: datetime) -> Path:
    """Copy the open database (``conn``) into a new temporary file in ``backups/``, with
    SQLite's backup API. Fast (no syncing here): :func:`finish` does the slow part."""
    folder = folder_of(data_dir)
    _private_folder(folder)
    stamp = now.strftime(_STAMP)
    n = 1
    while True:
        temp = folder / (f".{PREFIX}{stamp}{TEMP_SUFFIX}" if n == 1 else f".{PREFIX}{stamp}-{n}{TEMP_SUFFIX}")
        try:
            os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            break
        except FileExistsError:
            n += 1
        except OSError as exc:
            raise BackupError(_kind(exc), exc.strerror or str(exc), folder) from exc
    try:
        dst = sqlite3.connect(temp)
        try:
            dst.execute("PRAGMA journal_mode = OFF")  # a new file, synced as a whole in finish()
            dst.execute("PRAGMA synchronous = OFF")
            conn.backup(dst)
        finally:
            dst.close()
    except (sqlite3.Error, OSError) as exc:
        kind = _kind(exc)
        if kind == "io":
            kind = _room_for_copy(conn, temp) or kind
        _remove(temp)
        raise BackupError(kind, str(exc), folder) from exc
    return temp


def _room_for_copy(conn: sqlite3.Connection, temp: Path) -> str | None:
    """After a failed copy: ``full`` when the system has no room for a whole copy. SQLite says
    only "disk I/O error" when a file may not grow (a size limit, some full disks); asking
    for the room itself gives the system's own reason. None when there is room, or no way to ask."""
    if not hasattr(os, "posix_fallocate"):  # Windows, macOS
        return None
    try:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        fd = os.open(temp, os.O_WRONLY)
        try:
            os.posix_fallocate(fd, 0, pages * size)
        finally:
            os.close(fd)
    except OSError as exc:
        return "full" if exc.errno in _NO_ROOM else None
    except sqlite3.Error:
        return None
    return None


def check(path: Path) -> str | None:
    """None when ``path`` is a whole Erfenis file this version can open; else what is wrong
    (``not_sqlite``, ``foreign``, ``too_new``, ``corrupt``, ``unreadable``)."""
    from .database import DatabaseOpenError, inspect

    try:
        inspect(path)
    except DatabaseOpenError as exc:
        return exc.problem.value
    return None


# What :func:`check` said of each file, by (path, size, time of change): a backup never
# changes once it is in place, and a file changed behind Erfenis's back is checked again.
_CHECKED: dict[tuple[str, int, int], str | None] = {}
_CHECKED_LOCK = threading.Lock()


def _key(path: Path) -> tuple[str, int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return str(path), stat.st_size, stat.st_mtime_ns


def check_once(path: Path) -> str | None:
    """:func:`check`, done once per file (the restore lists, :func:`rotate`, :func:`newest_good`)."""
    key = _key(path)
    if key is None:
        return "unreadable"
    with _CHECKED_LOCK:
        if key in _CHECKED:
            return _CHECKED[key]
    problem = check(path)
    if problem not in ("in_use", "unreadable"):  # a passing problem is asked again next time
        with _CHECKED_LOCK:
            _CHECKED[key] = problem
    return problem


def _remember_good(path: Path) -> None:
    """``path`` was checked just before it was put in place (:func:`finish`)."""
    key = _key(path)
    if key is not None:
        with _CHECKED_LOCK:
            _CHECKED[key] = None


def unchecked(data_dir: Path) -> list[BackupFile]:
    """The daily backups, newest first, that :func:`newest_good` would still have to check
    (each costs an ``integrity_check``): none once the newest good one is known. Cheap."""
    pending = []
    for backup in list_daily(data_dir):
        key = _key(backup.path)
        if key is None:
            continue  # gone or unreadable: never good
        with _CHECKED_LOCK:
            known, problem = key in _CHECKED, _CHECKED.get(key)
        if not known:
            pending.append(backup)
        elif problem is None:
            break  # the newest good one: what is older does not matter
    return pending


def newest_good(data_dir: Path) -> BackupFile | None:
    """The newest daily backup that passes :func:`check`: a damaged one (truncated, changed,
    not Erfenis's) never stands in for a good one."""
    return next((b for b in list_daily(data_dir) if check_once(b.path) is None), None)


def finish(temp: Path, data_dir: Path, begun: int, now: datetime, keep: int = KEEP) -> Path | None:
    """Sync ``temp`` to the disk, check it, and put it in place as a daily backup; remove the
    oldest beyond ``keep``. None when a promise to delete came in between (``begun`` is the
    :func:`generation` at the snapshot): then the copy is thrown away."""
    folder = folder_of(data_dir)
    try:
        with open(temp, "r+b") as fh:
            os.fsync(fh.fileno())
    except OSError as exc:
        if generation(data_dir) != begun:
            _remove(temp)
            return None
        _remove(temp)
        raise BackupError(_kind(exc), exc.strerror or str(exc), folder) from exc
    problem = check(temp)
    good = 0
    for backup in list_daily(data_dir):  # what rotate() asks, checked before it takes the lock
        good += check_once(backup.path) is None
        if good >= keep:
            break
    with _LOCK:
        if generation(data_dir) != begun:
            _remove(temp)
            return None
        if problem is not None:
            _remove(temp)
            raise BackupError("damaged", problem, folder)
        stamp = now.strftime(_STAMP)
        target = folder / f"{PREFIX}{stamp}{SUFFIX}"
        n = 1
        while target.exists():
            n += 1
            target = folder / f"{PREFIX}{stamp}-{n}{SUFFIX}"
        try:
            os.replace(temp, target)
            _fsync_dir(folder)
        except OSError as exc:
            _remove(temp)
            raise BackupError(_kind(exc), exc.strerror or str(exc), folder) from exc
        _remember_good(target)
        rotate(data_dir, keep)
    return target


def make(conn: sqlite3.Connection, data_dir: Path, now: datetime, keep: int = KEEP) -> Path | None:
    """A whole backup at once (snapshot and finish), on the calling thread."""
    begun = generation(data_dir)
    return finish(snapshot(conn, data_dir, now), data_dir, begun, now, keep)


def rotate(data_dir: Path, keep: int = KEEP) -> list[Path]:
    """Keep the newest ``keep`` good backups (those that pass :func:`check`) and the damaged
    ones among them, which Settings shows as damaged; remove every backup older than the
    ``keep``-th good one. A damaged backup is useless, so it never counts: it never pushes a
    good older one out. Return what was removed."""
    removed = []
    with _LOCK:
        good = 0
        for backup in list_daily(data_dir):
            if good < keep:
                good += check_once(backup.path) is None
            elif _remove(backup.path):
                removed.append(backup.path)
    return removed


def _remove(path: Path) -> bool:
    """Zeros over the bytes, then remove (as for every kept copy, docs/storage.md)."""
    from .kept_copies import _overwrite_and_remove

    try:
        _overwrite_and_remove(path)
    except FileNotFoundError:
        return True
    except OSError:
        import logging

        logging.getLogger("erfenis").warning("could not remove the backup %s", path, exc_info=True)
        return False
    return True


def leftovers(data_dir: Path) -> list[Path]:
    """Every daily backup and every unfinished one (temporary files)."""
    folder = folder_of(data_dir)
    try:
        entries = list(folder.iterdir()) if folder.is_dir() else []
    except OSError:
        return []
    return sorted(p for p in entries
                  if _stamp_of(p) is not None
                  or (p.name.startswith("." + PREFIX) and p.name.endswith(TEMP_SUFFIX)))


def forget(data_dir: Path) -> bool:
    """A promise to delete: every daily backup goes (and one being written is thrown away).
    True when none is left. Never raises."""
    with _LOCK:
        _GENERATIONS[str(data_dir)] = _GENERATIONS.get(str(data_dir), 0) + 1
        ok = True
        for path in leftovers(data_dir):
            ok = _remove(path) and ok
        return ok


def unfinished(data_dir: Path) -> list[Path]:
    folder = folder_of(data_dir)
    return [p for p in leftovers(data_dir) if p.parent == folder and p.name.endswith(TEMP_SUFFIX)]
