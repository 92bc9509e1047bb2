"""Unlocking a profile, and opening it with the recovery code when the password is gone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from erfenis_desktop.services.session import Session
from erfenis_desktop.services.vault import ProfileError

from ..common.busy import BusyWork, busy_bar
from ..common.fields import PasswordField
from ..common.messages import error_text
from ..common.widgets import FormLabel, ReadingColumn, Retranslating, heading, paragraph


def _lay_out_and_paint(window: QWidget) -> None:
    """Lay out what changed in ``window`` (each layout done asks the one around it again, at the
    next turn: as many rounds as a page has layouts inside each other; a round with nothing left
    to do costs nothing), then paint it at the next turn. With ``repaint()``, not ``update()``:
    a paint the window asked for while its paints were off (the busy bar asks one every few
    milliseconds) can be dropped by Qt, which then asks for no other, and the window would keep
    showing the unlock page."""
    for _round in range(8):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
    window.setUpdatesEnabled(True)
    QTimer.singleShot(1, window, window.repaint)  # in a turn of its own too


class _BusyPage(Retranslating, ReadingColumn):
    """Shared parts: a title, a form, an inline message, a busy bar, Cancel."""

    cancelled = Signal()

    def __init__(self, session: Session, parent=None):
        super().__init__(parent=parent)
        self._session = session
        self.title = heading()
        self.intro = paragraph()
        self.body.addWidget(self.title)
        self.body.addWidget(self.intro)
        host = QWidget()
        self.form = QFormLayout(host)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.body.addWidget(host)
        self.message = paragraph()
        self.message.setObjectName("inlineMessage")
        self.message.hide()
        self.busy = busy_bar()
        self.body.addWidget(self.message)
        self.body.addWidget(self.busy)
        self.row = QHBoxLayout()
        self.go = QPushButton()
        self.go.setDefault(True)
        self.cancel = QPushButton()
        self.cancel.clicked.connect(self._cancel)
        self.row.addWidget(self.go)
        self.row.addWidget(self.cancel)
        self.row.addStretch(1)
        self.body.addLayout(self.row)
        self.work = BusyWork(session, self.busy, self.go, self.say, self.succeeded, self.failed, self)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if text:  # at 200 % text the message may be below the fold: bring it into view
            QTimer.singleShot(0, lambda: self.ensureWidgetVisible(self.message))

    def start(self, job) -> None:
        self.work.start(job)

    def reset(self) -> None:
        """Back to empty and idle (the profile locked; its work was cancelled by the session)."""
        self.work.reset()
        self.clear()

    def _cancel(self) -> None:
        self.work.cancel()
        self.clear()
        self.cancelled.emit()

    def succeeded(self, result) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def failed(self, error: ProfileError) -> None:
        from ..common.announce import announce

        self.say(error_text(error))
        announce(self.message, self.message.text(), assertive=True)  # focus stays in the field: say why

    def clear(self) -> None:
        self.say("")


class UnlockPage(_BusyPage):
    unlocked = Signal(object, object)  # Unlocked, the profile as it was before
    forgotRequested = Signal(str)

    def __init__(self, session: Session, parent=None):
        super().__init__(session, parent)
        self.setObjectName("unlockPage")
        self.profile_uuid = ""
        self.password = PasswordField()
        self.password.returnPressed.connect(self.submit)
        self.password_label = FormLabel()
        self.password_label.setBuddy(self.password.edit)
        self.form.addRow(self.password_label, self.password)
        self.go.clicked.connect(self.submit)
        self.forgot = QPushButton()
        self.forgot.setObjectName("link")
        self.forgot.clicked.connect(lambda: self.forgotRequested.emit(self.profile_uuid))
        self.row.insertWidget(2, self.forgot)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._just_wrong = False
        self.retranslate()

    def open_for(self, profile_uuid: str) -> None:
        self.profile_uuid = profile_uuid
        self._just_wrong = False
        self.clear()
        self.retranslate()
        self._tick()
        self.password.setFocus()

    def submit(self) -> None:
        if self.work.running or not self.go.isEnabled():
            return
        try:
            job = self._session.vault.unlock_job(self.profile_uuid, self.password.text())
        except ProfileError as error:
            self.failed(error)
            return
        self.start(job)

    def succeeded(self, result) -> None:
        unlocked, before = result
        # Opening the home, laying it out and painting it is too much for one turn of the event
        # loop (the window would not answer for some 60 ms). So the window paints nothing in
        # this turn, and the home is laid out and painted in turns of their own, with input
        # handled in between: never painted half laid out. The timer is set first, so that a
        # failure below cannot leave the window without paints.
        window = self.window()
        window.setUpdatesEnabled(False)
        QTimer.singleShot(1, window, lambda: _lay_out_and_paint(window))
        self.clear()
        self.unlocked.emit(unlocked, before)

    def failed(self, error: ProfileError) -> None:
        self._just_wrong = error.code == "wrong_password"
        super().failed(error)
        self.password.edit.selectAll()
        self.password.setFocus()
        self._tick()

    def _tick(self) -> None:
        """Count down a wait after wrong passwords; the field stays usable for typing."""
        wait = self._session.vault.seconds_to_wait(self.profile_uuid) if self.profile_uuid else 0
        waiting = wait > 0
        self.go.setEnabled(not waiting and not self.busy.isVisible())
        if waiting:
            # After a wrong password, say so with the count down; on opening the page during a
            # wait, say why there is one.
            self.say(error_text(ProfileError("wrong_password", wait=wait) if self._just_wrong
                                else ProfileError("wait", seconds=wait)))
            self._countdown.start()
        else:
            if self._countdown.isActive():
                self.say("")
            self._countdown.stop()
            self._just_wrong = False

    def clear(self) -> None:
        super().clear()
        self.password.clear()

    def retranslate(self) -> None:
        name = ""
        if self.profile_uuid:
            try:
                name = self._session.vault.profile(self.profile_uuid).name
            except ProfileError:
                name = ""
        self.title.setText(self.tr("Unlock %1").replace("%1", name))
        self.intro.setText(self.tr("Type your password. Unlocking takes a moment. That is on purpose: "
                                   "it keeps anyone else from guessing your password quickly."))
        self.password_label.setText(self.tr("&Password"))
        self.password.setAccessibleName(self.tr("Password"))
        self.go.setText(self.tr("&Unlock"))
        self.go.setAccessibleName(self.tr("Unlock"))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel"))
        self.forgot.setText(self.tr("&Forgot your password?"))
        self.forgot.setAccessibleName(self.tr("Forgot your password? Use your recovery code"))


class RecoverPage(_BusyPage):
    recovered = Signal(object, str)  # Unlocked, the new recovery code

    def __init__(self, session: Session, parent=None):
        super().__init__(session, parent)
        self.setObjectName("recoverPage")
        self.profile_uuid = ""
        self.code = QLineEdit()
        from ..common.widths import RECOVERY_CODE_SAMPLE, at_least, typewriter

        typewriter(self.code)  # the whole code in view while it is typed, 0 unlike O
        at_least(self.code, sample=RECOVERY_CODE_SAMPLE)
        self.code_label = FormLabel()
        self.code_label.setBuddy(self.code)
        self.new_password = PasswordField()
        self.new_label = FormLabel()
        self.new_label.setBuddy(self.new_password.edit)
        self.repeat = PasswordField()
        self.repeat.returnPressed.connect(self.submit)
        self.repeat_label = FormLabel()
        self.repeat_label.setBuddy(self.repeat.edit)
        self.form.addRow(self.code_label, self.code)
        self.form.addRow(self.new_label, self.new_password)
        self.form.addRow(self.repeat_label, self.repeat)
        self.go.clicked.connect(self.submit)
        self.retranslate()

    def open_for(self, profile_uuid: str) -> None:
        self.profile_uuid = profile_uuid
        self.clear()
        self.code.setFocus()

    def submit(self) -> None:
        if self.work.running:
            return
        if self.new_password.text() != self.repeat.text():
            self.failed(ProfileError("passwords_differ"))
            return
        try:
            job = self._session.vault.recover_job(self.profile_uuid, self.code.text(), self.new_password.text())
        except ProfileError as error:
            self.failed(error)
            return
        self.start(job)

    def succeeded(self, result) -> None:
        unlocked, code = result
        self.clear()
        self.recovered.emit(unlocked, code)

    def clear(self) -> None:
        super().clear()
        self.code.clear()
        self.new_password.clear()
        self.repeat.clear()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Unlock with your recovery code"))
        self.intro.setText(self.tr(
            "Type the recovery code you saved when you made this profile, and choose a new password. "
            "Spaces, dashes and small letters do not matter. Afterwards you get a new recovery code."))
        self.code_label.setText(self.tr("&Recovery code"))
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.new_label.setText(self.tr("&New password"))
        self.new_password.setAccessibleName(self.tr("New password"))
        self.repeat_label.setText(self.tr("Re&peat the new password"))
        self.repeat.setAccessibleName(self.tr("Repeat the new password"))
        self.go.setText(self.tr("&Unlock and set password"))
        self.go.setAccessibleName(self.tr("Unlock and set password"))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel"))
