"""One running Erfenis per data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

LOCK_FILENAME = "erfenis.lock"


class AlreadyRunning(Exception):
    def __init__(self, pid: int | None):
        self.pid = pid
        super().__init__(f"Erfenis is already running on this data folder (process {pid})")


class LockUnavailable(Exception):
    """The lock file cannot be written (permissions, read-only disk)."""


class InstanceLock:
    def __init__(self, data_dir: Path):
        self._lock = QLockFile(str(data_dir / LOCK_FILENAME))
        # A lock left by a crashed Erfenis is recognised by its dead process id;
        # never treat a live lock as stale because of its age.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> None:
        if not self._lock.tryLock(200):
            if self._lock.error() != QLockFile.LockError.LockFailedError:
                raise LockUnavailable(str(self._lock.error()))
            info = self._lock.getLockInfo()
            pid = info[0] if isinstance(info, tuple) and info and info[0] else None
            raise AlreadyRunning(pid)

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
