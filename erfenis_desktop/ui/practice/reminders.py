"""Gentle reminders to practise, while a profile is unlocked and Erfenis runs.

Off by default (``domain.practice.ReminderSettings``), at most once a day, never in quiet
hours: every minute :class:`ReminderClock` asks ``domain.practice.reminder_due`` and, when it
says yes, shows :class:`ReminderBanner` on the home screen. Never a modal window, never
anything the person wrote or chose, no streaks and no guilt.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from erfenis_desktop.domain.practice import reminder_due

from ..common.widgets import Retranslating, paragraph

CHECK_MS = 60_000


class ReminderClock(QObject):
    """Asks once a minute whether a reminder is due for the unlocked profile. ``now`` gives the
    local time (tests pass a fake clock); when a reminder was shown is kept in memory only,
    per profile, for as long as Erfenis runs."""

    due = Signal()

    def __init__(self, session, practice: Callable[[], object], now: Callable[[], datetime] = datetime.now,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._session, self._practice, self.now = session, practice, now
        self.last_shown: dict[str, datetime] = {}
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        session.changed.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        if self._session.is_unlocked:
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()

    def check(self) -> bool:
        """True (and ``due`` emitted) when a reminder is shown now."""
        u = self._session.current
        if u is None or u.is_locked:
            self.timer.stop()
            return False
        try:
            settings = self._practice().reminder_settings(u)
        except Exception:  # noqa: BLE001 - a reminder is never worth an error message
            import logging

            logging.getLogger("erfenis").exception("could not read the reminder settings")
            return False
        now = self.now()
        if not reminder_due(now, settings, self.last_shown.get(u.profile.uuid)):
            return False
        self.last_shown[u.profile.uuid] = now
        self.due.emit()
        return True


class ReminderBanner(Retranslating, QFrame):
    """A quiet note on the home screen: a moment to practise, if you like. Names nothing."""

    checkInRequested = Signal()

    def __init__(self, prefs, parent=None):
        super().__init__(parent)
        self._prefs = prefs
        self.setObjectName("card")
        self.setAccessibleName("")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        self.text = paragraph()
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.go_button, self.later_button = QPushButton(), QPushButton()
        self.go_button.clicked.connect(self._go)
        self.later_button.clicked.connect(self.hide)
        row.addWidget(self.go_button)
        row.addWidget(self.later_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.hide()
        self.retranslate()

    def _go(self) -> None:
        self.hide()
        self.checkInRequested.emit()

    def retranslate(self) -> None:
        self.text.setText(self._prefs.text("practice", "reminder.text"))
        self.setAccessibleName(self._prefs.text("practice", "reminder.title"))
        self.go_button.setText(self.tr("Check in"))
        self.go_button.setAccessibleName(self.tr("Check in: open step 2"))
        self.later_button.setText(self._prefs.text("practice", "reminder.later"))
        self.later_button.setAccessibleName(self._prefs.text("practice", "reminder.later"))
