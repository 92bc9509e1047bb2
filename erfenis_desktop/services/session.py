"""Who is unlocked right now, and locking: by hand, when idle, when the screen locks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from .jobs import Job, Running
from .unlocked import Unlocked
from .vault import VaultService

#: Input that counts as "someone is here".
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress}


class Session(QObject):
    """Holds the unlocked profile and, for a session together, the partner's as well.
    ``locking`` fires before the keys are dropped, so every screen can clear what it
    shows; ``changed`` fires after. Locking always locks both."""

    locking = Signal()
    changed = Signal()
    activity = Signal()  # someone is here without touching the computer (talking, a timer running)

    def __init__(self, vault: VaultService, parent: QObject | None = None):
        super().__init__(parent)
        self.vault = vault
        self.current: Unlocked | None = None
        self.partner: Unlocked | None = None  # the second person at the computer, for a while
        self._running: list[Running] = []
        self._couple = None
        self.demo_passwords: dict[str, str] = {}  # erfenis --demo: shown on the picker
        self._backups = None
        #: Makes the daily backups' service (app.py: right after the first paint, or when asked first).
        self.make_backups: Callable[[], Any] | None = None

    @property
    def is_unlocked(self) -> bool:
        return self.current is not None and not self.current.is_locked

    @property
    def together(self) -> bool:
        """Two profiles unlocked at one computer."""
        return self.is_unlocked and self.partner is not None and not self.partner.is_locked

    @property
    def backups(self):
        """The daily backups (services.backups.BackupService) that Settings lists and restores:
        made on first use, so importing them does not delay the picker's first paint."""
        if self._backups is None and self.make_backups is not None:
            self._backups = self.make_backups()
        return self._backups

    @backups.setter
    def backups(self, service) -> None:
        self._backups = service

    @property
    def couple(self):
        """The couple service (made on first use: keeps start-up quick)."""
        if self._couple is None:
            from .couple import CoupleService

            self._couple = CoupleService(self.vault)
        return self._couple

    def run(self, job: Job) -> Running:
        """Start slow key work in the background; ``lock()`` cancels it."""
        running = Running(job, self)
        self._running.append(running)
        # No parameter: handed the QObject being destroyed, PySide would look for its most
        # derived type among every Qt class, building each (some 140 enum classes, 50–90 ms of
        # the first unlock; tests/test_first_unlock_classes.py).
        running.destroyed.connect(lambda: self._forget(running))
        return running.start()

    def _forget(self, running: Running) -> None:
        if running in self._running:
            self._running.remove(running)

    def enter(self, unlocked: Unlocked) -> None:
        """Make ``unlocked`` the current profile (another one is locked first)."""
        if self.current is not None and self.current is not unlocked:
            self.lock()
        self.current = unlocked
        self.changed.emit()

    def enter_partner(self, unlocked: Unlocked) -> None:
        """The partner unlocked their own profile next to the current one."""
        if not self.is_unlocked or unlocked.profile.uuid == self.current.profile.uuid:
            unlocked.lock()
            raise ValueError("a partner needs an unlocked profile next to them, and another one")
        if self.partner is not None:
            self.partner.lock()
        self.partner = unlocked
        self.changed.emit()

    def lock(self) -> None:
        """Cancel key work under way, let every screen clear itself, then drop the keys
        (both, when two people are working together)."""
        for running in self._running:
            running.cancel()
        self._running.clear()
        self.locking.emit()
        if self.current is not None or self.partner is not None:
            for unlocked in (self.current, self.partner):
                if unlocked is not None:
                    unlocked.lock()
            self.current = self.partner = None
            self.changed.emit()


class IdleWatcher(QObject):
    """Application-wide inactivity timer: ``idle`` fires after ``minutes`` without input.

    Input is watched where the system delivers it: at Erfenis's windows (each QWindow, the main
    window and every dialog), not at every object of the application. A filter on the whole
    application would call Python for every event Qt sends anywhere (some 1,400 while a profile
    unlocks: paints, layouts, timers, a cost of 10 to 20 ms) only to find the few that are input.
    A window that appears later is watched from the moment it or any other window gets focus."""

    idle = Signal()

    def __init__(self, app: QObject, minutes: int, parent: QObject | None = None, watch: bool = True):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._app = app
        self._watching = False
        if watch:
            self.watch()
        self.set_minutes(minutes)

    def watch(self) -> None:
        """Start counting input as activity (the timer itself runs from the start)."""
        if not self._watching:
            self._watching = True
            self._app.focusWindowChanged.connect(self._windows_changed)
            self._windows_changed()

    def _windows_changed(self, *_args) -> None:
        """Every window of the application is watched (installing twice keeps one filter)."""
        if self._watching:
            for window in self._app.topLevelWindows():
                window.installEventFilter(self)

    @property
    def timer(self) -> QTimer:
        return self._timer

    def set_minutes(self, minutes: int) -> None:
        """0 switches auto-lock off."""
        self._timer.stop()
        self._on = minutes > 0
        if self._on:
            self._timer.setInterval(minutes * 60_000)
            self._timer.start()

    def restart(self) -> None:
        """Someone is here (or a profile was just unlocked): count from zero again."""
        if self._on:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._watching:
            self._watching = False
            self._app.focusWindowChanged.disconnect(self._windows_changed)
            for window in self._app.topLevelWindows():
                window.removeEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() in _ACTIVITY:
            self.restart()
        return False
