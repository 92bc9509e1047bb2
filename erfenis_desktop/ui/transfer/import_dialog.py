"""Import from a file: a take-home file brought into this Erfenis. The person chooses the file
and types its password; a file that cannot be used is refused with the reason, and nothing
changes; otherwise Erfenis says, per profile, what it did."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from erfenis_desktop.services.session import Session
from erfenis_desktop.services.transfer import TransferService
from erfenis_desktop.services.vault import ProfileError

from ..common.dialogs import Dialogs
from ..common.fields import PasswordField
from ..common.messages import error_text
from ..common.widgets import FormLabel, Retranslating, plain_label
from .export_dialog import FILE_FILTER
from .intro import FitsText, IntroArea, add_footer, fit_width, grow_to_fit


class ImportDialog(FitsText, Retranslating, QDialog):
    """``imported(result)`` when the file was read (whatever it changed: the result says)."""

    imported = Signal(object)

    def __init__(self, session: Session, dialogs: Dialogs, parent=None, *, start_dir: Path | None = None):
        super().__init__(parent)
        self.setObjectName("takeHomeImport")
        self._session, self._dialogs = session, dialogs
        self._service = TransferService(session.vault)
        self._start_dir = start_dir or Path.home()
        self.path: Path | None = None
        layout = QVBoxLayout(self)
        fit_width(self)
        self.intro = IntroArea()
        layout.addWidget(self.intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        self.file_name = plain_label()  # a file name is shown as it is
        self.file_name.setWordWrap(True)
        self.file_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose = QPushButton()
        self.choose.clicked.connect(self.choose_file)
        row_layout.addWidget(self.file_name, 1)
        row_layout.addWidget(self.choose)
        self.file_label = FormLabel()
        self.file_label.setBuddy(self.choose)
        form.addRow(self.file_label, row)
        self.password = PasswordField()
        self.password_label = FormLabel()
        self.password_label.setBuddy(self.password.edit)
        self.password.returnPressed.connect(self.submit)
        form.addRow(self.password_label, self.password)
        from ..common.widths import at_least

        at_least(self.password.edit, chars=28)
        layout.addLayout(form)
        layout.addStretch(1)
        add_footer(self, layout, session)
        self.retranslate()

    def choose_file(self) -> None:
        path = self._dialogs.open_file(self, self.tr("Choose the take-home file"),
                                       self.path.parent if self.path else self._start_dir,
                                       FILE_FILTER + ";;" + self.tr("All files (*)"))
        if path is None:
            return
        self.path = Path(path)
        self.say("")
        self.retranslate()
        self.password.setFocus()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if text:
            self.message.setAccessibleDescription(text)
        grow_to_fit(self)

    def submit(self) -> None:
        if self.work.running:
            return
        if self.path is None:
            self.say(self.tr("First choose the file to import."))
            self.choose.setFocus()
            return
        if not self.password.text():
            self.say(self.tr("Type the password of the file."))
            self.password.setFocus()
            return
        self.work.start(self._service.import_job(self.path, self.password.text()))

    def _done(self, result) -> None:
        self.clear_private()
        self.accept()
        self.imported.emit(result)

    def _failed(self, error: ProfileError) -> None:
        self.say(error_text(error))
        if error.code == "wrong_password":
            self.password.clear()
            self.password.setFocus()

    def cancel(self) -> None:
        self.reject()

    def reject(self) -> None:
        """Cancel, Esc, a lock or a quick hide: work under way is dropped (nothing is written) and
        what was typed is forgotten."""
        self.work.cancel()
        self.clear_private()
        super().reject()

    def clear_private(self) -> None:
        self.password.clear()
        self.say("")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import from a file"))
        self.intro.setText(self.tr(
            "Bring in work that was taken home from Erfenis on another computer: a file whose name ends in "
            ".erfenis. Each profile in it comes here as it was, with its link as a couple. Nothing that is "
            "here already is overwritten without Erfenis saying so."))
        self.file_label.setText(self.tr("&File"))
        self.file_name.setText(self.path.name if self.path else self.tr("No file chosen yet"))
        self.choose.setText(self.tr("&Choose file…"))
        self.choose.setAccessibleName(self.tr("Choose the file to import"))
        self.password_label.setText(self.tr("&Password of the file"))
        self.password.setAccessibleName(self.tr("Password of the file"))
        self.ok_button.setText(self.tr("&Import"))
        self.cancel_button.setText(self.tr("Cancel"))
