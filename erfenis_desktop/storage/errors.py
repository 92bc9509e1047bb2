"""What can go wrong with the data file, in words the rest of Erfenis can act on.

:class:`DatabaseOpenError` (with its :class:`Problem`) when a file cannot be opened at all,
:class:`StorageError` (and :class:`StorageFullError`) when reading or writing fails while
Erfenis runs, and :func:`storage_error`, which tells which of those a failed SQLite call is.
Re-exported by :mod:`.database`, where most callers import them from.
"""

from __future__ import annotations

import enum
import errno
from pathlib import Path


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
