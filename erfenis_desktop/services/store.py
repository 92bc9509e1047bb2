"""Opening a data folder's database, and the ways out when it cannot be used."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from erfenis_desktop import __version__
from erfenis_desktop.storage import database
from erfenis_desktop.storage.database import Database, DatabaseOpenError, StorageError, StorageFullError

from .locations import ensure_private_dir, sibling_dir

__all__ = ["StoreProblem", "StoreError", "StorageError", "StorageFullError", "open_store", "list_backups",
           "restore_backup", "new_data_dir", "Database"]


@dataclass(frozen=True)
class StoreProblem:
    #: One of: corrupt, not_sqlite, foreign, too_new, in_use, unreadable.
    kind: str
    path: Path
    detail: str = ""
    app_version: str = __version__
    #: The copies Erfenis kept of this file (``backups/``), newest first; often none, as
    #: they are kept only for a short time (docs/storage.md).
    backups: tuple[Path, ...] = ()


class StoreError(Exception):
    def __init__(self, problem: StoreProblem):
        self.problem = problem
        super().__init__(f"{problem.kind}: {problem.path} {problem.detail}")


def _problem(exc: DatabaseOpenError, data_dir: Path | None = None) -> StoreProblem:
    try:
        backups = tuple(database.list_backups(data_dir)) if data_dir is not None else ()
    except OSError:
        backups = ()
    return StoreProblem(exc.problem.value, exc.path, exc.detail, backups=backups)


def open_store(data_dir: Path) -> Database:
    """Open the data folder's database; a compaction an earlier run had to postpone is done
    now (it never raises: on a still-full disk it waits for the next time)."""
    try:
        db = database.open_database(data_dir)
    except DatabaseOpenError as exc:
        raise StoreError(_problem(exc, data_dir)) from exc
    db.compact_if_pending()
    return db


def list_backups(data_dir: Path) -> list[Path]:
    return database.list_backups(data_dir)


def backups_dir(data_dir: Path) -> Path:
    return data_dir / database.BACKUP_DIRNAME


def restore_backup(backup: Path, data_dir: Path) -> Path:
    """Copy ``backup`` into a new folder next to ``data_dir``; return that folder.

    The backup is checked first; the damaged original is never touched.
    """
    try:
        database.inspect(backup)
    except DatabaseOpenError as exc:
        raise StoreError(_problem(exc)) from exc
    target = sibling_dir(data_dir, "restored")
    try:
        ensure_private_dir(target)
        shutil.copyfile(backup, target / database.DB_FILENAME)
        (target / database.DB_FILENAME).chmod(0o600)
    except OSError as exc:
        shutil.rmtree(target, ignore_errors=True)
        raise StoreError(StoreProblem("unreadable", backup, str(exc))) from exc
    return target


def new_data_dir(data_dir: Path) -> Path:
    return ensure_private_dir(sibling_dir(data_dir, "new"))
