"""Slow key work off the UI thread.

A ``Job`` is split in two: ``compute`` runs in a worker thread and does only
pure work (key derivation, the keyring) with inputs captured beforehand;
``commit`` runs back on the UI thread, where the database lives, and turns the
outcome into the result or a ProfileError. When the job was cancelled (by the
person, or because the profile locked), ``discard`` runs instead of ``commit``:
it writes nothing except what must be counted (a wrong password), and always
runs, so a job's bookkeeping is never left half done. ``run_here()`` does
compute and commit at once (tests, scripts).

Once finished, a running job lets go of the job, so the passwords and keys its
closures captured do not outlive it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


@dataclass
class Outcome:
    value: Any = None
    error: BaseException | None = None


@dataclass
class Job:
    compute: Callable[[], Any]
    commit: Callable[[Outcome], Any]
    discard: Callable[[Outcome], None] = lambda outcome: None

    def outcome(self) -> Outcome:
        try:
            return Outcome(value=self.compute())
        except Exception as exc:  # handed to commit, which decides what it means
            return Outcome(error=exc)

    def run_here(self) -> Any:
        return self.commit(self.outcome())


class _Bridge(QObject):
    finished = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, job: Job, bridge: _Bridge):
        super().__init__()
        self.job, self.bridge = job, bridge

    def run(self) -> None:
        job, self.job = self.job, None  # the worker keeps nothing once it is done
        outcome = job.outcome()
        del job
        try:
            self.bridge.finished.emit(outcome)
        except RuntimeError:  # the window went away while the work ran (e.g. at quit): nothing to tell
            pass


class Running(QObject):
    """A job under way. ``done(result)`` or ``failed(exception)`` fire on the UI thread.

    After ``cancel()`` neither fires, but the commit still runs, so a wrong password
    is counted even when the person cancels; a key it produced is dropped at once."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job, parent: QObject | None = None):
        super().__init__(parent)
        self._job = job
        self.cancelled = False
        self.finished = False
        self._bridge = _Bridge()
        self._bridge.finished.connect(self._finish)

    def start(self, pool: QThreadPool | None = None) -> Running:
        (pool or QThreadPool.globalInstance()).start(_Runnable(self._job, self._bridge))
        return self

    def cancel(self) -> None:
        self.cancelled = True

    def _finish(self, outcome: Outcome) -> None:
        self.finished = True
        job, self._job = self._job, None  # drop the captured passwords and keys with it
        try:
            if self.cancelled:
                try:
                    job.discard(outcome)
                except Exception:  # noqa: BLE001 - nobody waits for it any more (a failed disk: the log has it)
                    import logging

                    logging.getLogger("erfenis").exception("could not finish a cancelled job")
                return
            try:
                result = job.commit(outcome)
            except Exception as exc:
                self.failed.emit(exc)
                return
            self.done.emit(result)
        finally:
            del job, outcome
            self.deleteLater()
