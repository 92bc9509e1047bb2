"""A writing field of the generations view: about four lines at any text size, with “I don’t
know” as a tick of its own and Words for feelings on the row under it."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QPlainTextEdit

from erfenis_desktop.domain.generations import Answer

from ..common.widgets import heading, paragraph
from ..practice.feelings import with_feelings


class Editor(QPlainTextEdit):
    """A writing field of about four lines at any text size (it scrolls beyond that); Tab moves on."""

    def __init__(self):
        super().__init__()
        self.setTabChangesFocus(True)

    def _lines(self, n: float) -> int:
        frame = 2 * self.frameWidth() + round(self.document().documentMargin() * 2)
        return round(self.fontMetrics().lineSpacing() * n) + frame

    def sizeHint(self):
        hint = super().sizeHint()
        hint.setHeight(self._lines(4.5))
        return hint

    def minimumSizeHint(self):
        hint = super().minimumSizeHint()
        hint.setHeight(self._lines(2.5))
        return hint


class Field:
    """One question of one generation: its label, explanation, text and “I don’t know”."""

    def __init__(self, layout, on_change, prefs):
        self.question, self.help = heading("question"), paragraph()
        self.editor = Editor()
        self.editor.textChanged.connect(on_change)
        self.question.setBuddy(self.editor)
        self.unknown = QCheckBox()
        self.unknown.toggled.connect(lambda _on: on_change())
        layout.addSpacing(round(self.editor.fontMetrics().height() * 0.4))  # apart from the field above
        for w in (self.question, self.help, self.editor):
            layout.addWidget(w)
        with_feelings(layout, self.editor, prefs, self.unknown)  # “I don’t know”, and words for feelings

    def value(self) -> Answer:
        return Answer(self.editor.toPlainText(), self.unknown.isChecked())

    def set_value(self, answer: Answer) -> None:
        for w in (self.editor, self.unknown):
            w.blockSignals(True)
        self.editor.setPlainText(answer.text)
        self.editor.document().clearUndoRedoStacks()
        self.unknown.setChecked(answer.unknown)
        for w in (self.editor, self.unknown):
            w.blockSignals(False)
