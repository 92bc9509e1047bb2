"""On the profile picker, the first screen: when this computer has no system keyring, one plain
sentence says what that means for protection (issue 16, §3). Settings says the same at length.

The keyring is asked in the background once the picker is on screen, never before the first
paint (a keyring can take a while to answer); the note appears when the answer is "none"."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel

from ..common.first_paint import after_first_paint
from ..common.widgets import Retranslating


class KeyringNote(Retranslating, QLabel):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self._session = session
        self._asking = False
        self.setObjectName("keyringNote")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()
        session.changed.connect(self._update)
        QTimer.singleShot(0, self, self._arm)  # by then the note is in the picker's layout (not if deleted)

    def _arm(self) -> None:
        """Ask once the picker around this (hidden) note is on screen, not before."""
        after_first_paint(self.parentWidget() or self, self._ask)

    def _ask(self) -> None:
        vault = self._session.vault
        if vault.known_device_state() is not None:
            self._update()
            return
        if self._asking:
            return
        self._asking = True
        running = self._session.run(vault.device_state_job())
        running.done.connect(self._answered)
        running.failed.connect(self._answered)

    def _answered(self, *_args) -> None:
        self._asking = False
        self._update()

    def _update(self, *_args) -> None:
        state = self._session.vault.known_device_state()
        none = state is not None and state.status.value == "unavailable"
        demo = bool(getattr(self._session, "demo_passwords", None))  # the demo uses no keyring on purpose
        self.setVisible(none and not demo and not self._session.is_unlocked)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("This computer has no system keyring, so your profiles here are protected by your "
                             "password alone: choose a strong one."))
