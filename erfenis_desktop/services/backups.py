"""Automatic daily backups: when, what they may keep, and restoring one.

- **When:** at most one a day: at start when the file changed since the newest backup and
  there is none of today yet, and while Erfenis runs after the first change of a new day
  (checked every minute, :data:`CHECK_MS`). The copy itself is quick and made on the UI
  thread from the open database; syncing it to the disk and checking it run in a worker
  thread. The newest seven good ones are kept (``storage/backups.py``). Only a backup that
  passes the check the restore lists use counts: a damaged newest one (truncated, changed,
  not Erfenis's) never stands in for the day's backup; the newest ones are checked once, in a
  worker thread (:meth:`BackupService.check`).
- **Deleting:** every promise to delete (a text, a shared copy, a profile, a renewal, a new
  password, the workshop wipe) removes *every* backup (``Database.forget_copies``), and the
  next check makes a fresh one of the file as it is then, without what was deleted. So the
  backups reach back to the last deletion at most, and never further.
- **A failure** (a full disk, a backups folder that cannot be written) changes nothing else:
  no unfinished copy is left, Erfenis goes on and Settings says why the last backup failed
  (:attr:`BackupService.failure`); it tries again :data:`RETRY_AFTER` later.
- **Restoring** from Settings keeps the current file as a backup first, then puts the chosen
  one in place; the app opens it again with every profile locked. From the problem screen a
  backup is restored into a new folder next to the old one (``store.restore_backup``), and the
  daily backups move along with it.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from erfenis_desktop.storage import backups as storage
from erfenis_desktop.storage.backups import BackupError
from erfenis_desktop.storage.database import DB_FILENAME, Database

from .jobs import Job, Outcome, Running

__all__ = ["BackupEntry", "BackupError", "BackupService", "RestoreRefused", "CHECK_MS", "entries",
           "every_copy", "move_backups"]

#: How often a running Erfenis looks whether a backup is due (cheap: no disk access).
CHECK_MS = 60_000
#: After a failed backup (a full disk …) the next try comes this much later, changes or not.
RETRY_AFTER = timedelta(minutes=10)


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    made: datetime
    size: int
    #: None when the backup can be restored; else what is wrong with it (``corrupt`` …).
    problem: str | None

    @property
    def usable(self) -> bool:
        return self.problem is None


class RestoreRefused(Exception):
    """``reason``: ``unusable`` (the backup is damaged or not Erfenis's), ``keep_failed`` (the
    current file could not be kept as a backup first: nothing was changed)."""

    def __init__(self, reason: str, error: BaseException | None = None):
        self.reason, self.error = reason, error
        super().__init__(reason)


def _check(path: Path, size: int) -> str | None:
    """Check a backup once (a backup never changes once it is in place)."""
    return storage.check_once(path)


def entries(data_dir: Path) -> list[BackupEntry]:
    """The daily backups of ``data_dir``, newest first, each checked."""
    return [BackupEntry(b.path, b.made, b.size, _check(b.path, b.size)) for b in storage.list_daily(data_dir)]


def every_copy(data_dir: Path) -> list[BackupEntry]:
    """For the problem screen: every copy in ``backups/`` (the daily ones, and one kept before
    an upgrade or a crash repair), newest first, each checked."""
    daily = entries(data_dir)
    seen = {e.path for e in daily}
    others = []
    folder = storage.folder_of(data_dir)
    try:
        paths = [p for p in folder.glob("*.db") if p not in seen and p.is_file() and not p.is_symlink()]
    except OSError:
        paths = []
    for path in paths:
        try:
            stat = path.stat()
        except OSError:
            continue
        others.append(BackupEntry(path, datetime.fromtimestamp(stat.st_mtime), stat.st_size,
                                  _check(path, stat.st_size)))
    return sorted(daily + others, key=lambda e: e.made, reverse=True)


def move_backups(old_dir: Path, new_dir: Path) -> None:
    """The daily backups follow the data into a new folder (restored from the problem screen),
    so the promises to delete keep covering them. Never raises."""
    try:
        target = storage.folder_of(new_dir)
        target.mkdir(mode=0o700, parents=True, exist_ok=True)
        for backup in storage.list_daily(old_dir):
            os.replace(backup.path, target / backup.path.name)
    except OSError:
        import logging

        logging.getLogger("erfenis").warning("could not move the backups to %s", new_dir, exc_info=True)


class BackupService(QObject):
    """The daily backups of one open data folder. ``changed`` fires when a backup was made,
    failed, or the list changed."""

    changed = Signal()

    def __init__(self, db: Database, clock: Callable[[], datetime] = datetime.now,
                 reopen: Callable[[Callable[[], None]], None] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.clock = clock
        #: app.py: close the database, call the given function (which swaps the file), open again.
        self._reopen = reopen
        #: Why the last backup failed (a :class:`BackupError`), or None when it worked.
        self.failure: BackupError | None = None
        self.failed_at: datetime | None = None
        self.last_made: datetime | None = None
        self._made_path: Path | None = None  # the backup ``_changes`` belongs to
        self._changes = db.conn.total_changes
        self._running: Running | None = None
        self._timer: QTimer | None = None
        self._stopped = False  # the folder was closed (a switch, a restore, quitting)

    @property
    def data_dir(self) -> Path:
        return self.db.data_dir

    # When -------------------------------------------------------------------------------
    def start(self, interval_ms: int = CHECK_MS) -> None:
        """Check now (at start) and then every ``interval_ms``."""
        if self._stopped:
            return
        for leftover in storage.unfinished(self.data_dir):  # an interrupted backup of an earlier run
            storage._remove(leftover)
        self.check(at_start=True)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def stop(self) -> None:
        self._stopped = True
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def due(self, at_start: bool = False) -> bool:
        """At most one good one a day, and only of a file that changed since the newest good
        backup. A damaged backup (it fails the check the restore lists use) never counts."""
        if self.failed_at is not None and self.clock() - self.failed_at < RETRY_AFTER:
            return False  # it failed just now (a full disk …): tried again later, not at every check
        newest = storage.newest_good(self.data_dir)
        if newest is None:
            return True
        if newest.made.date() == self.clock().date():
            return False
        if self.failed_at is not None:
            return True  # it failed a while ago: try again, as Settings promises
        if at_start:
            try:
                return self.db.path.stat().st_mtime > newest.path.stat().st_mtime
            except OSError:
                return True
        if self._made_path is not None and newest.path != self._made_path:
            return True  # the one made in this run was damaged afterwards: what it held is in no good one
        return self.db.conn.total_changes != self._changes

    def check(self, at_start: bool = False) -> bool:
        """Start a backup when one is due; True when one was started, or when the newest
        backups are first being checked in a worker thread (then a backup follows if due)."""
        if self._stopped or self._running is not None or self.db.conn.in_transaction:
            return False
        pending = storage.unchecked(self.data_dir)
        if pending:
            return self._verify(pending, at_start)
        if not self.due(at_start):
            return False
        return self.begin()

    def _verify(self, pending: list[storage.BackupFile], at_start: bool) -> bool:
        """Check the newest backups (an ``integrity_check`` each, in a worker thread, never on
        the UI thread at start) until a good one, then decide as :meth:`check` does."""
        paths = [backup.path for backup in pending]

        def compute():
            for path in paths:
                if storage.check_once(path) is None:
                    break

        def commit(outcome: Outcome):
            self._running = None
            if outcome.error is not None:
                import logging

                logging.getLogger("erfenis").warning("could not check the backups: %s", outcome.error)
            if self._stopped or self.db.conn.in_transaction or not self.due(at_start):
                return
            self.begin()

        self._running = Running(Job(compute, commit), self).start()
        return True

    def begin(self) -> bool:
        """Copy now (quick, this thread); sync and check in a worker thread."""
        now = self.clock()
        begun = storage.generation(self.data_dir)
        changes = self.db.conn.total_changes
        try:
            temp = storage.snapshot(self.db.conn, self.data_dir, now)
        except BackupError as exc:
            self._failed(exc, now)
            return False
        data_dir = self.data_dir

        def compute():
            return storage.finish(temp, data_dir, begun, now)

        def commit(outcome: Outcome):
            self._running = None
            if isinstance(outcome.error, BackupError):
                self._failed(outcome.error, now)
            elif outcome.error is not None:
                self._failed(BackupError("io", str(outcome.error)), now)
            elif outcome.value is not None:
                self._made(now, changes, outcome.value)
            self.changed.emit()

        self._running = Running(Job(compute, commit), self).start()
        return True

    @property
    def busy(self) -> bool:
        return self._running is not None

    def make_now(self) -> Path | None:
        """A backup at once, on this thread (before a restore; the workshop wipe). Raises
        :class:`BackupError`; the failure is remembered for Settings too."""
        now = self.clock()
        changes = self.db.conn.total_changes
        try:
            made = storage.make(self.db.conn, self.data_dir, now)
        except BackupError as exc:
            self._failed(exc, now)
            self.changed.emit()
            raise
        if made is not None:
            self._made(now, changes, made)
        self.changed.emit()
        return made

    def _made(self, now: datetime, changes: int, path: Path) -> None:
        self.failure = self.failed_at = None
        self.last_made = now
        self._changes = changes
        self._made_path = path

    def _failed(self, error: BackupError, now: datetime) -> None:
        import logging

        logging.getLogger("erfenis").warning("backup failed: %s", error)
        self.failure, self.failed_at = error, now
        self.changed.emit()

    # What there is ------------------------------------------------------------------------
    def entries(self) -> list[BackupEntry]:
        return entries(self.data_dir)

    # Restoring ----------------------------------------------------------------------------
    def restore(self, backup: Path) -> None:
        """Put ``backup`` in place of the current file, keeping the current file as a backup
        first; the app then opens it again (every profile locked). Raises
        :class:`RestoreRefused` and changes nothing when it cannot."""
        if storage.check(backup) is not None:
            raise RestoreRefused("unusable")
        temp = self.data_dir / f".restoring-{os.getpid()}.tmp"
        try:
            os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
            shutil.copyfile(backup, temp)
            with open(temp, "r+b") as fh:
                os.fsync(fh.fileno())
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise RestoreRefused("keep_failed", exc) from exc
        try:
            self.make_now()  # the current file, as it is now, becomes the newest backup
        except BackupError as exc:
            storage._remove(temp)
            raise RestoreRefused("keep_failed", exc) from exc
        target = self.data_dir / DB_FILENAME

        def swap() -> None:
            os.replace(temp, target)
            storage._fsync_dir(self.data_dir)

        self.stop()
        if self._reopen is None:
            self.db.close()
            swap()
        else:
            self._reopen(swap)
