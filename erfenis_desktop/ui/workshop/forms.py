"""The workshop's two forms: its first screen (the workshop's name and date, the facilitator's
name and password) and "Join the workshop" (a name and an own password; the recovery code may
be skipped for the day, with a plain word on what that means)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QLineEdit

from erfenis_desktop.services.vault import MAX_NAME, ProfileError
from erfenis_desktop.services.workshop import MAX_WORKSHOP_NAME

from ..common.fields import PasswordField
from ..common.widgets import FormLabel, paragraph
from ..profile.unlock_page import _BusyPage


class _Form(_BusyPage):
    """Name, password and the password again (the shared part of both forms)."""

    def __init__(self, session, workshop, prefs, parent=None):
        super().__init__(session, parent)
        self._workshop, self._prefs = workshop, prefs

    def _person_rows(self) -> None:
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME * 2)  # longer input gets a clear message, not a silent cut
        self.name_label = FormLabel()
        self.name_label.setBuddy(self.name)
        self.form.addRow(self.name_label, self.name)
        self.password = PasswordField()
        self.password_label = FormLabel()
        self.password_label.setBuddy(self.password.edit)
        self.form.addRow(self.password_label, self.password)
        self.repeat = PasswordField()
        self.repeat.returnPressed.connect(self.submit)
        self.repeat_label = FormLabel()
        self.repeat_label.setBuddy(self.repeat.edit)
        self.form.addRow(self.repeat_label, self.repeat)
        self.go.clicked.connect(self.submit)

    def _text(self, key: str) -> str:
        return self._prefs.text("workshop", key).strip()

    def submit(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _start(self, make) -> None:
        if self.work.running:
            return
        if self.password.text() != self.repeat.text():
            self.failed(ProfileError("passwords_differ"))
            return
        try:
            job = make()
        except ProfileError as error:
            self.failed(error)
            return
        self.start(job)

    def failed(self, error: ProfileError) -> None:
        if error.code == "facilitator_exists":
            self.say(self.tr("This workshop already has a facilitator."))
            return
        super().failed(error)
        (self.name if error.code.startswith("name") else self.password).setFocus()

    def clear(self) -> None:
        super().clear()
        self.name.clear()
        self.password.clear()
        self.repeat.clear()

    def focus_target(self):
        return self.name

    def _person_texts(self) -> None:
        self.name_label.setText(self.tr("&Your name"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.password_label.setText(self.tr("&Password"))
        self.password.setAccessibleName(self.tr("Password"))
        self.repeat_label.setText(self.tr("Re&peat the password"))
        self.repeat.setAccessibleName(self.tr("Repeat the password"))


class SetupPage(_Form):
    """The first screen of a new workshop folder."""

    created = Signal(object, str)  # Unlocked (the facilitator), recovery code

    def __init__(self, session, workshop, prefs, parent=None):
        super().__init__(session, workshop, prefs, parent)
        self.setObjectName("workshopSetupPage")
        self.workshop_name = QLineEdit()
        self.workshop_name.setMaxLength(MAX_WORKSHOP_NAME * 2)
        self.workshop_name_label = FormLabel()
        self.workshop_name_label.setBuddy(self.workshop_name)
        self.form.addRow(self.workshop_name_label, self.workshop_name)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day_label = FormLabel()
        self.day_label.setBuddy(self.day)
        self.form.addRow(self.day_label, self.day)
        self.who = paragraph()
        self.form.addRow(self.who)
        self._person_rows()
        self.cancel.hide()  # a new workshop has nothing to go back to (File > Leave the workshop does)
        self.retranslate()

    def open(self) -> None:
        self.retranslate()

    def focus_target(self):
        return self.workshop_name

    def submit(self) -> None:
        self._start(lambda: self._workshop.create_facilitator_job(
            self.workshop_name.text(), self.day.date().toString("yyyy-MM-dd"), self.name.text(), self.password.text()))

    def failed(self, error: ProfileError) -> None:
        super().failed(error)
        if error.code.startswith("name") and not self.workshop_name.text().strip():
            self.workshop_name.setFocus()

    def succeeded(self, result) -> None:
        unlocked, code = result
        self.clear()
        self.workshop_name.clear()
        self.created.emit(unlocked, code)

    def retranslate(self) -> None:
        self.title.setText(self.tr("A new workshop"))
        self.intro.setText(self._text("setup.intro"))
        self.workshop_name_label.setText(self.tr("&Workshop"))
        self.workshop_name.setAccessibleName(self.tr("Name of the workshop"))
        self.workshop_name.setPlaceholderText(self.tr("for example: Couples day, spring"))
        self.day_label.setText(self.tr("&Date"))
        self.day.setAccessibleName(self.tr("Date of the workshop"))
        self.who.setText(self.tr("You, the facilitator:"))
        self._person_texts()
        self.go.setText(self.tr("&Start the workshop"))
        self.go.setAccessibleName(self.tr("Start the workshop"))


class JoinPage(_Form):
    """Join the workshop: a name and an own password; the recovery code may wait."""

    joined = Signal(object, object)  # Unlocked, the recovery code (None: skipped, never shown)

    def __init__(self, session, workshop, prefs, parent=None):
        super().__init__(session, workshop, prefs, parent)
        self.setObjectName("workshopJoinPage")
        self._person_rows()
        self.skip = QCheckBox()
        self.skip.setChecked(True)
        self.form.addRow(self.skip)
        self.skip_warning = paragraph()
        self.form.addRow(self.skip_warning)
        self.name_note = paragraph()  # under the introduction: a form row would leave gaps around it
        self.body.insertWidget(self.body.indexOf(self.intro) + 1, self.name_note)
        self.retranslate()

    def open(self) -> None:
        self.clear()
        self.skip.setChecked(True)
        self.retranslate()

    def submit(self) -> None:
        skip = self.skip.isChecked()
        self._start(lambda: self._workshop.join_job(self.name.text(), self.password.text(), skip))

    def succeeded(self, result) -> None:
        unlocked, code = result
        skipped = self._workshop.skips_code(unlocked.profile.uuid)
        self.clear()
        self.joined.emit(unlocked, None if skipped else code)
        del code

    def retranslate(self) -> None:
        self.title.setText(self.tr("Join the workshop"))
        self.intro.setText(self._text("join.intro"))
        self._person_texts()
        self.name_note.setText(self.tr("Everyone in the workshop sees the names. A first name is enough."))
        self.skip.setText(self.tr("S&kip the recovery code for today"))
        self.skip.setAccessibleName(self.tr("Skip the recovery code for today"))
        self.skip_warning.setText(self._text("join.skip_warning"))
        self.skip.setAccessibleDescription(self.skip_warning.text())
        self.go.setText(self.tr("&Join"))
        self.go.setAccessibleName(self.tr("Join the workshop"))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel"))
