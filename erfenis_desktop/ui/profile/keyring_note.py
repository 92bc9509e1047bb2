"""On the profile picker, the first screen: when this computer has no system keyring, one plain
sentence says what that means for protection (issue 16, §3). Settings says the same at length.

The keyring is asked in the background once the picker is on screen, never before the first
paint (a keyring can take a while to answer); the note appears when the answer is "none". The
system keyring is asked by a short-lived child process (services/keyring_probe.py), so the picker's
own process never loads the keyring libraries before a profile is opened; a locked keyring is a
keyring (no note). Once a profile has been opened or made, what the vault learned wins."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel

from ..common.first_paint import after_first_paint
from ..common.widgets import Retranslating

if TYPE_CHECKING:  # imported when the keyring is asked, after the first paint (QProcess is not cheap)
    from ...services.keyring_probe import KeyringProbe


class KeyringNote(Retranslating, QLabel):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self._session = session
        self._asking = False
        self.probe: KeyringProbe | None = None  # the child asked, on the system keyring's path
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
        from ...services.keyring_probe import KeyringProbe, asks_a_child

        if asks_a_child(vault):
            self.probe = KeyringProbe(self)
            self.probe.answered.connect(self._answered)
            self.probe.start()
            return
        running = self._session.run(vault.device_state_job())
        running.done.connect(self._answered)
        running.failed.connect(self._answered)

    def _answered(self, *_args) -> None:
        self._asking = False
        self._update()

    def _update(self, *_args) -> None:
        from ...services.keyring_probe import AVAILABLE, NONE

        state = self._session.vault.known_device_state()
        said = self.probe.answer if self.probe is not None else None
        if state is not None:  # the vault asked the keyring itself: that wins
            none = state.status.value == "unavailable" and said != AVAILABLE  # there, but locked: no note
        else:
            none = said == NONE
        demo = bool(getattr(self._session, "demo_passwords", None))  # the demo uses no keyring on purpose
        self.setVisible(none and not demo and not self._session.is_unlocked)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("This computer has no system keyring, so your profiles here are protected by your "
                             "password alone: choose a strong one."))
