"""Slow key work behind a busy bar: one helper for every page and window that starts it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QAbstractButton, QProgressBar

from erfenis_desktop.services.session import Session
from erfenis_desktop.services.vault import ProfileError

from .messages import error_text, failure_text


def busy_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.hide()
    return bar


class BusyWork(QObject):
    """Runs a job through the session while ``bar`` shows and ``go`` waits. On success calls
    ``done(result)``; on failure ``failed(error)`` for a ProfileError when given, else it
    says the message with ``say``."""

    def __init__(self, session: Session, bar: QProgressBar, go: QAbstractButton, say: Callable[[str], None],
                 done: Callable[[object], None], failed: Callable[[ProfileError], None] | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._session, self._bar, self._go, self._say = session, bar, go, say
        self._done_cb, self._failed_cb = done, failed
        self._running = None

    @property
    def running(self) -> bool:
        return self._running is not None

    def start(self, job) -> None:
        self._say("")
        self._show(True)
        self._running = self._session.run(job)
        self._running.done.connect(self._done)
        self._running.failed.connect(self._failed)

    def cancel(self) -> None:
        """Stop waiting for it: its result is thrown away (a wrong password still counts)."""
        if self._running is not None:
            self._running.cancel()
        self.reset()

    def reset(self) -> None:
        self._running = None
        self._show(False)

    def _show(self, busy: bool) -> None:
        self._bar.setVisible(busy)
        self._bar.setAccessibleName(QCoreApplication.translate("BusyWork", "Working… this takes a moment"))
        self._go.setEnabled(not busy)

    def _done(self, result) -> None:
        self.reset()
        self._done_cb(result)

    def _failed(self, error) -> None:
        self.reset()
        if isinstance(error, ProfileError) and self._failed_cb is not None:
            self._failed_cb(error)
        else:
            self._say(error_text(error) if isinstance(error, ProfileError) else failure_text(error))
