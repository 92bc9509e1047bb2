"""Take my work home: the unlocked profile as one encrypted file. The person chooses the file's
password (their own, or a new one typed twice), is told what the file holds, chooses where to
save it, and it is written whole or not at all. Partners each take their own file (one file for
two would give each the key to the other's private writing)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
)

from erfenis_desktop.services.session import Session
from erfenis_desktop.services.transfer import TransferService, same_password
from erfenis_desktop.services.vault import ProfileError

from ..common.dialogs import Dialogs
from ..common.fields import PasswordField
from ..common.messages import error_text
from ..common.widgets import FormLabel, Retranslating, paragraph
from .intro import FitsText, IntroArea, add_footer, fit_width, grow_to_fit
from .texts import holds_lines

FILE_FILTER = "Erfenis (*.erfenis)"


class ExportDialog(FitsText, Retranslating, QDialog):
    """``exported(summary)`` when the file is saved."""

    exported = Signal(object)

    def __init__(self, session: Session, dialogs: Dialogs, parent=None, *, start_dir: Path | None = None):
        super().__init__(parent)
        self.setObjectName("takeHomeExport")
        self._session, self._dialogs = session, dialogs
        self._service = TransferService(session.vault)
        self._start_dir = start_dir or Path.home()
        layout = QVBoxLayout(self)
        fit_width(self)
        self.intro = IntroArea()  # at 200 % text on a small screen the fields stay in view
        layout.addWidget(self.intro, 1)
        self.own = QRadioButton()
        self.new = QRadioButton()
        self.own.setChecked(True)
        self.own.toggled.connect(self._sync)
        layout.addWidget(self.own)
        layout.addWidget(self.new)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        # With a new password for the file, the person's own password is asked too: a profile left
        # open for a moment must not let someone else take its key away under a password of theirs.
        self.current, self.password, self.repeat = PasswordField(), PasswordField(), PasswordField()
        self.current_label, self.password_label, self.repeat_label = FormLabel(), FormLabel(), FormLabel()
        self.current_label.setBuddy(self.current.edit)
        self.password_label.setBuddy(self.password.edit)
        self.repeat_label.setBuddy(self.repeat.edit)
        form.addRow(self.current_label, self.current)
        form.addRow(self.password_label, self.password)
        form.addRow(self.repeat_label, self.repeat)
        layout.addLayout(form)
        from ..common.widths import at_least

        for field in (self.current, self.password, self.repeat):
            at_least(field.edit, chars=28)
            field.returnPressed.connect(self.submit)
        self.note = paragraph()
        layout.addWidget(self.note)
        add_footer(self, layout, session)
        self.retranslate()
        self._sync()
        self.password.setFocus()

    # What is asked ----------------------------------------------------------------------
    def people(self):
        """Only the one whose window this is: a file for two would give each the other's key (each
        takes their own file; services/transfer.py refuses more than one person)."""
        return [self._session.current]

    def _sync(self, *_args) -> None:
        own = self.own.isChecked()
        for widget in (self.current, self.current_label, self.repeat, self.repeat_label):
            widget.setVisible(not own)
        self.password_label.setText(self.tr("Your &password") if own else self.tr("&New password for the file"))
        self.password.setAccessibleName(self.password_label.text().replace("&", ""))
        self.note.setText(
            self.tr("On the other computer you open your profile with your password, as here.") if own else
            self.tr("On the other computer you open the file, and then your profile, with this new password."))
        grow_to_fit(self)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if text:
            self.message.setAccessibleDescription(text)
        grow_to_fit(self)

    def submit(self) -> None:
        if self.work.running or not self._session.is_unlocked:
            return
        own = self.own.isChecked()
        password = self.password.text()
        try:
            if not own:
                if not self.current.text():
                    self.say(self.tr("Type your own password as well: it shows that this is you."))
                    self.current.setFocus()
                    return
                self._session.vault.check_password(password)
                if not same_password(password, self.repeat.text()):
                    raise ProfileError("passwords_differ")
            elif not password:
                raise ProfileError("wrong_password")
            people = self.people()
            summary = self._service.contents(people)
        except ProfileError as error:
            self.say(error_text(error))
            return
        text = self.tr("The file is encrypted: only its password opens it. Keep it somewhere safe until you "
                       "have brought it in; anyone who has the file and the password can read it.") + "\n\n" + \
            "\n".join(f"• {line}" for line in holds_lines(summary))
        choice = self._dialogs.ask(self, self.tr("What the file holds"), text,
                                   [("save", self.tr("Choose where to save…")), ("cancel", self.tr("Cancel"))],
                                   "cancel")
        if choice != "save":
            return
        suggested = self._start_dir / f"erfenis-{date.today().isoformat()}.erfenis"
        path = self._dialogs.save_file(self, self.tr("Save the take-home file"), suggested, FILE_FILTER)
        if path is None:
            return
        if path.suffix != ".erfenis":
            path = path.with_name(path.name + ".erfenis")
        try:
            job = self._service.export_job(people, path, password, own_password=own,
                                           current=None if own else self.current.text())
        except ProfileError as error:
            self.say(error_text(error))
            return
        self.work.start(job)

    def _done(self, summary) -> None:
        self.clear_private()
        self.accept()
        self.exported.emit(summary)

    def _failed(self, error: ProfileError) -> None:
        self.say(error_text(error))
        if error.code == "wrong_password":
            field = self.password if self.own.isChecked() else self.current
            field.clear()
            field.setFocus()

    def cancel(self) -> None:
        self.reject()

    def reject(self) -> None:
        """Cancel, Esc, a lock or a quick hide: work under way is dropped (nothing is written) and
        what was typed is forgotten."""
        self.work.cancel()
        self.clear_private()
        super().reject()

    def clear_private(self) -> None:
        self.current.clear()
        self.password.clear()
        self.repeat.clear()
        self.say("")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Take my work home"))
        current = self._session.current
        code = self.tr("Your recovery code keeps working there.") if current is None or \
            current.profile.recovery_confirmed else \
            self.tr("There, at the first unlock, Erfenis shows you a new recovery code to write down.")
        self.intro.setText(self.tr(
            "Save everything you wrote in Erfenis as one encrypted file, to bring into Erfenis on your own "
            "computer or a new one (in the Erfenis menu: Import from a file…). Nothing leaves this computer "
            "unless you save the file.") + " " + code + (" " + self.tr(
            "At a workshop: save it on your own USB stick, or somewhere only you can reach, not on this "
            "laptop.") if getattr(self._session, "workshop", None) is not None else ""))
        self.own.setText(self.tr("Protect the file with &my own password"))
        self.new.setText(self.tr("Choose a ne&w password for the file"))
        self.repeat_label.setText(self.tr("&Repeat the new password"))
        self.current_label.setText(self.tr("&Your own password (it shows that this is you)"))
        self.current.setAccessibleName(self.tr("Your own password"))
        self.repeat.setAccessibleName(self.tr("Repeat the new password"))
        self.ok_button.setText(self.tr("&Save the file…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._sync()
