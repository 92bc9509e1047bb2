"""Small windows for an unlocked profile: change name or password, check the recovery code, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
)

from erfenis_desktop.services.session import Session
from erfenis_desktop.services.store import StorageError
from erfenis_desktop.services.vault import MAX_NAME, ProfileError

from ..common.busy import BusyWork, busy_bar
from ..common.fields import PasswordField
from ..common.messages import error_text, failure_text
from ..common.widgets import FormLabel, Retranslating, paragraph


class ProfileActionDialog(Retranslating, QDialog):
    """One of: "rename", "password", "recovery", "delete"."""

    finished_ok = Signal(str, object)  # the action, its result

    def __init__(self, action: str, session: Session, parent=None):
        super().__init__(parent)
        self.action = action
        self._session = session
        self.setObjectName(f"profileAction-{action}")
        layout = QVBoxLayout(self)
        self.intro = paragraph()
        # In a scroll area of its own: at 200 % text on a small screen the longest intro (renew)
        # would otherwise be cut off, or squeeze the password fields to nothing.
        intro_area = QScrollArea()
        intro_area.setWidget(self.intro)
        intro_area.setWidgetResizable(True)
        intro_area.setFrameShape(QFrame.Shape.NoFrame)
        intro_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(intro_area, 1)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above the fields: room at 200 %
        layout.addLayout(self.form)
        self.fields: dict[str, object] = {}
        self.labels: dict[str, QLabel] = {}
        specs = {"rename": ("name",), "password": ("new", "repeat"), "recovery": ("code",),
                 "delete": ("password",), "renew": ("password", "new", "repeat")}[action]
        for key in specs:
            field = QLineEdit() if key in ("name", "code") else PasswordField()
            label = FormLabel()
            label.setBuddy(field.edit if isinstance(field, PasswordField) else field)
            self.form.addRow(label, field)
            self.fields[key], self.labels[key] = field, label
        from ..common.widths import RECOVERY_CODE_SAMPLE, at_least, typewriter

        for key, field in self.fields.items():  # wide enough to see what is typed whole
            edit = field.edit if isinstance(field, PasswordField) else field
            if key == "code":
                typewriter(edit)
                at_least(edit, sample=RECOVERY_CODE_SAMPLE)
            else:
                at_least(edit, chars=MAX_NAME if key == "name" else 28)
        if action == "rename":
            self.fields["name"].setMaxLength(MAX_NAME * 2)
            self.fields["name"].setText(session.current.profile.name)
        self.message = paragraph()
        self.message.hide()
        self.busy = busy_bar()
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        # Buttons of our own, not the standard Ok and Cancel: some desktops give those a green tick
        # and a red cross, and deleting for good must not look like "all is well".
        self.buttons = QDialogButtonBox()
        self.ok_button, self.cancel_button = QPushButton(), QPushButton()
        role = QDialogButtonBox.ButtonRole
        self.buttons.addButton(self.ok_button, role.DestructiveRole if action == "delete" else role.AcceptRole)
        self.buttons.addButton(self.cancel_button, role.RejectRole)
        if action == "delete":
            self.ok_button.setObjectName("destructive")
        self.ok_button.setDefault(True)  # Enter in a field; Enter on a button presses that button
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.buttons)
        self.work = BusyWork(session, self.busy, self.ok_button, self.say, self._done, parent=self)
        self.retranslate()

    def _text(self, key: str) -> str:
        return self.fields[key].text()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def submit(self) -> None:
        if self.work.running:
            return
        vault, current = self._session.vault, self._session.current
        try:
            if self.action == "rename":
                vault.rename(current, self._text("name"))
                self._done(True)
                return
            if self.action == "password":
                if self._text("new") != self._text("repeat"):
                    raise ProfileError("passwords_differ")
                job = vault.change_password_job(current, self._text("new"))
            elif self.action == "recovery":
                job = vault.check_recovery_job(current, self._text("code"))
            elif self.action == "renew":
                if self._text("new") != self._text("repeat"):
                    raise ProfileError("passwords_differ")
                job = vault.renew_key_job(current, self._text("password"), self._text("new"))
            else:
                job = vault.delete_job(current.profile.uuid, self._text("password"))
        except ProfileError as error:
            self.say(error_text(error))
            return
        except StorageError as error:  # (a rename is written at once)
            self.say(failure_text(error))
            return
        self.work.start(job)

    def _done(self, result) -> None:
        self.clear_private()
        self.accept()
        self.finished_ok.emit(self.action, result)

    def cancel(self) -> None:
        self.work.cancel()
        self.clear_private()
        self.reject()

    def clear_private(self) -> None:
        for field in self.fields.values():
            field.clear()

    def retranslate(self) -> None:
        titles = {"rename": self.tr("Change name"), "password": self.tr("Change password"),
                  "recovery": self.tr("Check recovery code"), "delete": self.tr("Delete profile"),
                  "renew": self.tr("Renew protection")}
        intros = {
            "rename": self.tr("The name is not secret: everyone who uses Erfenis on this computer sees it."),
            "password": self.tr("Choose a new password. What you wrote stays as it is; only the lock changes. "
                                "Your recovery code keeps working."),
            "recovery": self.tr("Type your recovery code to check that the copy you kept still opens "
                                "this profile. Nothing changes."),
            "delete": self.tr("This deletes the profile and everything written in it, for good. It cannot be "
                              "undone. Type your password to confirm."),
            "renew": self.tr("Do this if someone else may once have known your password and kept a copy of the "
                             "data file. Everything you wrote is encrypted again under a new key, with a new "
                             "password that the other person does not know, so an old copy plus your old password "
                             "no longer opens anything new. You get a new recovery code; the old one stops "
                             "working. If your new password ever stops working while your old one opens "
                             "Erfenis again, someone has put back an old copy of the file: do not use the old "
                             "password, and look at Need help?."),
        }
        labels = {"name": self.tr("&Name"), "new": self.tr("&New password"),
                  "repeat": self.tr("Re&peat the new password"), "code": self.tr("&Recovery code"),
                  "password": self.tr("&Password") if self.action != "renew" else self.tr("Your &current password")}
        self.setWindowTitle(titles[self.action])
        self.intro.setText(intros[self.action])
        for key, label in self.labels.items():
            label.setText(labels[key])
            self.fields[key].setAccessibleName(labels[key].replace("&", ""))
        ok = self.ok_button
        ok.setText({"delete": self.tr("Delete for good"), "recovery": self.tr("Check"),
                    "renew": self.tr("Renew")}.get(self.action, self.tr("Save")))
        ok.setAccessibleName(ok.text())
        cancel = self.cancel_button
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
