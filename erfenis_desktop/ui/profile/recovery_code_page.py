"""The recovery code, shown once: keep it safe, then type two groups back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from erfenis_desktop.services import recovery

from ..common.dialogs import Dialogs
from ..common.widgets import FormLabel, ReadingColumn, Retranslating, card, heading, paragraph

CLIPBOARD_SECONDS = 30


class RecoveryCodePage(Retranslating, ReadingColumn):
    confirmed = Signal()

    def __init__(self, dialogs: Dialogs, parent=None):
        super().__init__(parent=parent)
        self.setObjectName("recoveryCodePage")
        self._dialogs = dialogs
        self._code = ""
        self._name = ""  # the profile's name, on paper with the code
        self._replaced = False
        self._copied = ""
        self._indices: list[int] = []
        self.title = heading()
        self.intro = paragraph()
        self.body.addWidget(self.title)
        self.body.addWidget(self.intro)
        box, box_layout = card()
        # Eight groups in two rows of four, each with its number above it.
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        self.group_numbers: list[QLabel] = []
        self.group_labels_shown: list[QLabel] = []
        for i in range(8):
            number, group = QLabel(str(i + 1)), QLabel()
            number.setObjectName("groupNumber")
            group.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(number, (i // 4) * 2, i % 4)
            grid.addWidget(group, (i // 4) * 2 + 1, i % 4)
            self.group_numbers.append(number)
            self.group_labels_shown.append(group)
        grid.setColumnStretch(4, 1)
        box_layout.addLayout(grid)
        self.code_box = box
        self.body.addWidget(box)
        row = QHBoxLayout()
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy)
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_code)
        row.addWidget(self.copy_button)
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.status = paragraph()
        self.body.addWidget(self.status)
        self.check_intro = paragraph()
        self.body.addWidget(self.check_intro)
        host = QWidget()
        self.form = QFormLayout(host)
        self.group_fields = [QLineEdit(), QLineEdit()]
        self.group_labels = [FormLabel(), FormLabel()]
        for label, field in zip(self.group_labels, self.group_fields):
            field.setMaxLength(8)
            field.setMaximumWidth(field.fontMetrics().horizontalAdvance("W") * 8)
            label.setBuddy(field)
            field.textChanged.connect(self._check)
            self.form.addRow(label, field)
        self.body.addWidget(host)
        self.group_message = paragraph()  # which group typed back does not match (never what it should be)
        self.group_message.setObjectName("inlineMessage")
        self.group_message.hide()
        self.body.addWidget(self.group_message)
        done_row = QHBoxLayout()
        self.done_button = QPushButton()
        self.done_button.setEnabled(False)
        self.done_button.clicked.connect(self._done)
        done_row.addWidget(self.done_button)
        done_row.addStretch(1)
        self.body.addLayout(done_row)
        self.retranslate()

    def has_code(self) -> bool:
        return bool(self._code)

    def show_code(self, code: str, replaced: bool = False, name: str = "") -> None:
        self._replaced = replaced
        self._code = code
        self._name = name
        self._indices = recovery.confirmation_indices()
        for field in self.group_fields:
            field.clear()
        self.status.clear()
        self.group_message.hide()
        self.done_button.setEnabled(False)
        self.retranslate()

    def _groups(self) -> list[str]:
        return recovery.groups(self._code) if self._code else []

    def _forget_clipboard(self) -> None:
        if self._copied and QGuiApplication.clipboard().text() == self._copied:
            QGuiApplication.clipboard().clear()
        self._copied = ""

    def _check(self) -> None:
        typed = {i: f.text() for i, f in zip(self._indices, self.group_fields)}
        self.done_button.setEnabled(bool(self._code) and recovery.confirm_groups(self._code, typed))
        self._say_wrong_groups()

    def _say_wrong_groups(self) -> None:
        """A group typed out in full (four letters or digits) that is not the one shown is named,
        plainly; a group still being typed is left alone."""
        wrong = []
        for index, field in zip(self._indices, self.group_fields):
            letters = "".join(c for c in field.text() if c.isalnum())
            bad = bool(self._code) and len(letters) >= 4 and not recovery.confirm_groups(self._code,
                                                                                         {index: field.text()})
            field.setAccessibleDescription(self.tr("This group does not match the code above.") if bad else "")
            if bad:
                wrong.append(index)
        if len(wrong) == 1:
            text = self.tr("Group %1 does not match the code above. Look at group %1 again, and type it as "
                           "it is shown.").replace("%1", str(wrong[0]))
        elif wrong:
            text = self.tr("Groups %1 and %2 do not match the code above. Look at them again, and type them as "
                           "they are shown.").replace("%1", str(wrong[0])).replace("%2", str(wrong[1]))
        else:
            text = ""
        self.group_message.setText(text)
        self.group_message.setVisible(bool(text))

    def _done(self) -> None:
        self.clear()
        self.confirmed.emit()

    def clear(self) -> None:
        """Forget the code (after confirming, or when the profile locks)."""
        self._code = ""
        self._name = ""
        self._forget_clipboard()
        for group in self.group_labels_shown:
            group.clear()
        for field in self.group_fields:
            field.clear()
        self.status.clear()

    def copy(self) -> None:
        text = "-".join(self._groups())
        data = QMimeData()
        data.setText(text)
        data.setData("x-kde-passwordManagerHint", b"secret")  # clipboard managers: do not keep this
        QGuiApplication.clipboard().setMimeData(data)
        self._copied = text
        # Cleared again after a while (and on lock), unless something else was copied since.
        QTimer.singleShot(CLIPBOARD_SECONDS * 1000, self._forget_clipboard)
        self.status.setText(self.tr("Copied. The clipboard is emptied again in %n second(s).", "",
                                    CLIPBOARD_SECONDS))

    def _document(self):
        """The code on paper: a title, whose code it is and when it was made, the eight numbered
        groups in a table (a group is one cell, so it is never split across a line), what it is for.
        The name is escaped: it is shown as typed, never read as markup."""
        from html import escape

        from PySide6.QtCore import QDate, QLocale
        from PySide6.QtGui import QTextDocument

        groups = self._groups() or [""] * 8
        made = QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
        rows = []
        for start in (0, 4):
            rows.append("<tr>" + "".join(f"<td align='center'>{i + 1}</td>" for i in range(start, start + 4)) + "</tr>")
            rows.append("<tr>" + "".join(
                f"<td align='center' style='font-family: \"DejaVu Sans Mono\", monospace; font-size: 22pt;'>"
                f"{escape(g)}</td>" for g in groups[start:start + 4]) + "</tr>")
        title, whose = self.tr("Erfenis recovery code"), self.tr("Profile: %1").replace("%1", self._name)
        when = self.tr("Made on %1").replace("%1", made)
        purpose = self.tr("With this code you can open your Erfenis profile when you have forgotten your password. "
                          "Keep it somewhere safe, away from this computer, where only you can find it.")
        document = QTextDocument()
        font = QFont()
        font.setPointSize(14)  # paper: the screen's text size does not apply
        document.setDefaultFont(font)
        document.setHtml(f"<h2>{escape(title)}</h2>"
                         f"<p style='white-space: pre-wrap'>{escape(whose)}<br>{escape(when)}</p>"
                         "<table cellspacing='0' cellpadding='16'>" + "".join(rows) + "</table>"
                         f"<p>{escape(purpose)}</p>")
        return document

    def print_code(self) -> None:
        if self._dialogs.print_document(self, self.tr("Print the recovery code"), self._document()):
            self.status.setText(self.tr("Sent to the printer."))

    def save_pdf(self) -> None:
        from PySide6.QtGui import QPageSize, QPdfWriter

        from ..common.exports import confirm_export

        holds = self.tr("This file holds your recovery code: with it, anyone can open your profile and read "
                        "everything you wrote. Save it where only you can reach it, such as a USB stick you keep, "
                        "not in a folder that others who use this computer can open.")
        contents = [self.tr("Your recovery code"), self.tr("The name of your profile: %1").replace("%1", self._name),
                    self.tr("Today’s date")]
        if not confirm_export(self._dialogs, self, self.tr("Save your recovery code as a PDF?"), holds, contents):
            return
        target = self._dialogs.save_file(self, self.tr("Save the recovery code"),
                                         Path.home() / self.tr("erfenis-recovery-code.pdf"),
                                         self.tr("PDF files (*.pdf)"))
        if target is None:
            return
        writer = QPdfWriter(str(target))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setTitle(self.tr("Erfenis recovery code"))
        try:
            self._document().print_(writer)
        finally:
            del writer  # closes the file
        if not target.exists() or target.stat().st_size == 0:
            self.status.setText(self.tr("The PDF could not be saved there. Choose another place."))
            return
        self.status.setText(self.tr("Saved as %1.").replace("%1", str(target)))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your new recovery code") if self._replaced else self.tr("Your recovery code"))
        self.intro.setText(self.tr(
            "If you ever forget your password, this code is the only way back into your profile. Nobody "
            "else can reset your password, not even Erfenis. Write the code down, print it or save it, and "
            "keep it where only you can find it. You see it only this once."))
        if self._replaced:
            self.intro.setText(self.tr(
                "Last time the profile locked before you had confirmed your recovery code, so it may be lost. "
                "That code no longer works; this is your new one.") + " " + self.intro.text())
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.font().pointSizeF() * 1.6)
        groups = self._groups() or [""] * 8
        for i, (group, text) in enumerate(zip(self.group_labels_shown, groups)):
            group.setFont(font)
            group.setText(text)
            group.setAccessibleName(self.tr("Group %1 of the recovery code").replace("%1", str(i + 1)))
        self.code_box.setAccessibleName(self.tr("Recovery code"))
        self.copy_button.setText(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the recovery code"))
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the recovery code"))
        self.pdf_button.setText(self.tr("&Save as PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the recovery code as PDF"))
        self.check_intro.setText(self.tr("To be sure you have it, type two groups of the code back."))
        for label, field, index in zip(self.group_labels, self.group_fields, self._indices or [1, 2]):
            label.setText(self.tr("Group %1").replace("%1", str(index)))
            field.setAccessibleName(self.tr("Group %1 of the recovery code").replace("%1", str(index)))
        self.done_button.setText(self.tr("I have saved my code"))
        self.done_button.setAccessibleName(self.tr("I have saved my code"))
        self._say_wrong_groups()
