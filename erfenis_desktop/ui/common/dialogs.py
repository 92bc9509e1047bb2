"""Every message box, question and file chooser goes through one Dialogs object.

In the app it shows real Qt dialogs. Tests install a ``responder`` that
answers instead, and every request is recorded in ``log``, so a test can both
answer a question and check what the person was told, and never hangs on a modal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

# QMessageBox and QFileDialog are imported where used: start-up does not need them.


@dataclass
class Request:
    kind: str  # "inform", "warn", "ask", "open_file", "choose_directory", "show"
    title: str
    text: str
    options: Sequence[Any] = field(default_factory=tuple)


Responder = Callable[[Request], Any]


class Dialogs:
    def __init__(self, responder: Responder | None = None):
        self.responder = responder
        self.log: list[Request] = []
        #: Actions that work in every dialog shown here too (quick hide): a modal dialog would
        #: otherwise block the main window's shortcuts.
        self.shortcuts: list = []

    def _guard(self, dialog: QDialog) -> QDialog:
        for action in self.shortcuts:
            dialog.addAction(action)
        return dialog

    @staticmethod
    def message_box(icon, parent: QWidget | None, title: str, text: str, buttons=None):
        """Every message box: its text is plain. A message may hold a name or other typed text,
        which must never be read as markup (``<img src=…>`` would be loaded as a picture)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(icon, title, "", buttons or QMessageBox.StandardButton.NoButton, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # before the text: it is never parsed as markup
        box.setText(text)
        return box

    def _message(self, icon, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self._guard(self.message_box(icon, parent, title, text, QMessageBox.StandardButton.Ok)).exec()

    def _file(self, parent: QWidget | None, title: str, start: Path, name_filter: str, save: bool = False,
              directory: bool = False) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        dialog = QFileDialog(parent, title, str(start), name_filter)
        if save:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        elif directory:
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        if self._guard(dialog).exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    def _answer(self, request: Request, show: Callable[[], Any]) -> Any:
        if self.responder is not None:
            # Only a test answers dialogs, and only then are they kept: the app itself keeps no
            # record of what it showed (a printed recovery code must not linger in memory).
            self.log.append(request)
            return self.responder(request)
        return show()

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self._answer(Request("inform", title, text),
                     lambda: self._message(QMessageBox.Icon.Information, parent, title, text))

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self._answer(Request("warn", title, text),
                     lambda: self._message(QMessageBox.Icon.Warning, parent, title, text))

    def ask(self, parent: QWidget | None, title: str, text: str,
            choices: Sequence[tuple[str, str]], default: str) -> str:
        """Ask a question with named answers (key, label); returns the chosen key."""

        def show() -> str:
            from PySide6.QtWidgets import QMessageBox

            box = self.message_box(QMessageBox.Icon.Question, parent, title, text)
            buttons = {}
            for key, label in choices:
                role = QMessageBox.ButtonRole.RejectRole if key == "cancel" else QMessageBox.ButtonRole.AcceptRole
                buttons[box.addButton(label, role)] = key
            for button, key in buttons.items():
                if key == default:
                    box.setDefaultButton(button)
            self._guard(box).exec()  # closed by a quick hide: no button, so "cancel"
            return buttons.get(box.clickedButton(), "cancel")

        return self._answer(Request("ask", title, text, tuple(choices)), show)

    def open_file(self, parent: QWidget | None, title: str, directory: Path, name_filter: str) -> Path | None:
        def show() -> Path | None:
            return self._file(parent, title, directory, name_filter)

        return self._answer(Request("open_file", title, str(directory), (name_filter,)), show)

    def save_file(self, parent: QWidget | None, title: str, suggested: Path, name_filter: str) -> Path | None:
        def show() -> Path | None:
            return self._file(parent, title, suggested, name_filter, save=True)

        return self._answer(Request("save_file", title, str(suggested), (name_filter,)), show)

    def choose_directory(self, parent: QWidget | None, title: str, directory: Path) -> Path | None:
        def show() -> Path | None:
            return self._file(parent, title, directory, "", directory=True)

        return self._answer(Request("choose_directory", title, str(directory)), show)

    def print_document(self, parent: QWidget | None, title: str, document) -> bool:
        """Print a QTextDocument after the system's print dialog; True when it was printed."""
        def show() -> bool:
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter

            printer = QPrinter()
            dialog = QPrintDialog(printer, parent)
            dialog.setWindowTitle(title)
            if self._guard(dialog).exec() != QDialog.DialogCode.Accepted:
                return False
            document.print_(printer)
            return True

        return self._answer(Request("print", title, document.toPlainText()), show)

    def show(self, dialog: QDialog) -> None:
        """Show a dialog of our own without blocking (window-modal)."""
        if self.responder is not None:
            self.log.append(Request("show", dialog.windowTitle(), dialog.objectName()))
        self._guard(dialog).open()
