"""On the profile picker, the first screen: when this computer has no system keyring, one plain
sentence says what that means for protection (issue 16, §3). Settings says the same at length.

The keyring is asked in the background once the picker is on screen, never before the first
paint (a keyring can take a while to answer); the note appears when the answer is "none". The
system keyring is asked by a short-lived child process (services/keyring_probe.py), so the picker's
own process never loads the keyring libraries before a profile is opened; once they are loaded (or
for the demo's and a test's own keyring) the same question is asked in this process, with the same
decision (cli.keyring_answer). A locked keyring is a keyring (no note) on both paths. Once a profile
has been opened or made, what the vault learned wins (keyring_probe.shows_note)."""

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
        self.answer_here: str | None = None  # or the same question asked in this process
        self.setObjectName("keyringNote")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()
        session.changed.connect(self._update)
        QTimer.singleShot(0, self, self._arm)  # by then the note is in the picker's layout (not if deleted)

    def _arm(self) -> None:
        """Ask once the picker around this (hidden) note is on screen, not before."""
        after_first_paint(self.parentWidget() or self, self._ask)

    def answer(self) -> str | None:
        """The child's answer, or the one asked in this process (None while there is none)."""
        return self.probe.answer if self.probe is not None else self.answer_here

    def _ask(self) -> None:
        vault = self._session.vault
        state = vault.known_device_state()
        # A keyring that answered the vault says enough; one it could not use (none, or locked?)
        # needs the answer, also for a picker made after the vault asked (a folder switch).
        if (state is not None and state.status.value != "unavailable") or self.answer() is not None:
            self._update()
            return
        if self._asking:
            return
        self._asking = True
        from ...services.keyring_probe import KeyringProbe, answer_here_job, asks_a_child

        if asks_a_child(vault):
            self.probe = KeyringProbe(self)
            self.probe.answered.connect(self._answered)
            self.probe.start()
            return
        running = self._session.run(answer_here_job(vault))
        running.done.connect(self._answered_here)
        running.failed.connect(self._answered)

    def _answered_here(self, answer: str) -> None:
        self.answer_here = answer
        self._answered()

    def _answered(self, *_args) -> None:
        self._asking = False
        self._update()

    def _update(self, *_args) -> None:
        from ...services.keyring_probe import shows_note

        none = shows_note(self._session.vault.known_device_state(), self.answer())
        demo = bool(getattr(self._session, "demo_passwords", None))  # the demo uses no keyring on purpose
        self.setVisible(none and not demo and not self._session.is_unlocked)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("This computer has no system keyring, so your profiles here are protected by your "
                             "password alone: choose a strong one."))
