"""The copies of the data file Erfenis keeps next to it in ``backups/``, and their removal.

A copy is made before a schema upgrade (:func:`backup_copy`) and before repairing a crash
(``database._inspect_after_crash``). They honour the same promises as the live file: kept only
until a later open has verified the file, never longer than :data:`KEEP_DAYS`
(:func:`prune_copies`), and all removed at once, zeros over their bytes first, when something
is deleted, unshared or renewed (:func:`forget_copies`). The daily encrypted backups are
``storage/backups.py``'s, not these.
"""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import datetime
from pathlib import Path

from .file_check import _ro_uri

BACKUP_DIRNAME = "backups"
#: A kept copy is removed at the latest this many days after it was made.
KEEP_DAYS = 7
#: Names of the kept copies in ``backups/``: before a schema upgrade, before repairing a crash.
MIGRATION_COPY = "erfenis-v*.db"
CRASH_COPY = "before-crash-recovery-*"
#: Left behind when Erfenis stopped in the middle of checking a crashed file.
_CHECK_PREFIX = ".check-"


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


def list_backups(data_dir: Path) -> list[Path]:
    folder = data_dir / BACKUP_DIRNAME
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.db"), key=lambda p: p.stat().st_mtime, reverse=True)
