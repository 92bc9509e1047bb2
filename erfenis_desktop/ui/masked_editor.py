"""A writing field whose text can be hidden behind dots, for two people at one screen.

While hidden, the widget's document holds only dots: what was typed lives in a
Python string outside the widget tree, so nothing of it reaches the screen, the
screen reader, an input method or the clipboard. The writer can peek at their
own text, and hide it again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

MASK = "•"


def masked(text: str) -> str:
    """A dot for every character; line breaks stay, so the writer sees the shape."""
    return "".join(c if c == "\n" else MASK for c in text)


class MaskedEditor(QPlainTextEdit):
    edited = Signal()
    peekChanged = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._real = ""
        self._shown = ""
        self._hidden = True
        self._busy = False
        self.setUndoRedoEnabled(False)  # an undo would bring the typed letters back on screen
        self.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText)
        self.document().contentsChange.connect(self._changed)

    # The text --------------------------------------------------------------------------
    def text(self) -> str:
        return self._real

    def set_text(self, text: str) -> None:
        self._real = text
        self._show()

    def clear_text(self) -> None:
        """Forget the text (after locking in, and when the profile locks)."""
        self._real = ""
        self._show()

    @property
    def hidden(self) -> bool:
        return self._hidden

    def set_hidden(self, hidden: bool) -> None:
        if hidden != self._hidden:
            self._hidden = hidden
            self._show()
            self.peekChanged.emit(not hidden)

    def _show(self) -> None:
        position = min(self.textCursor().position(), len(self._real))
        self._busy = True
        try:
            self._shown = masked(self._real) if self._hidden else self._real
            self.setPlainText(self._shown)
            cursor = self.textCursor()
            cursor.setPosition(position)
            self.setTextCursor(cursor)
        finally:
            self._busy = False

    def _changed(self, pos: int, removed: int, added: int) -> None:
        if self._busy:
            return
        now = self.toPlainText()
        if not self._hidden:
            self._real = self._shown = now
            self.edited.emit()
            return
        before = self._shown  # only dots and line breaks: one UTF-16 unit per character
        units = now.encode("utf-16-le")
        if len(before) - removed + added != len(units) // 2:
            # Qt sometimes counts the closing paragraph too: find the change from both ends.
            pos = 0
            while pos < min(len(before), len(now)) and before[pos] == now[pos]:
                pos += 1
            end = 0
            while end < min(len(before), len(now)) - pos and before[-1 - end] == now[-1 - end]:
                end += 1
            typed = now[pos:len(now) - end]
            removed = len(before) - pos - end
        else:  # Qt counts UTF-16 units; an emoji is two of them
            typed = units[2 * pos:2 * (pos + added)].decode("utf-16-le")
        added = len(typed.encode("utf-16-le")) // 2
        self._real = self._real[:pos] + typed + self._real[pos + removed:]
        cover = masked(typed)
        if cover != typed:
            self._busy = True
            try:
                cursor = QTextCursor(self.document())
                cursor.setPosition(pos)
                cursor.setPosition(pos + added, QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(cover)
            finally:
                self._busy = False
        self._shown = masked(self._real)
        self.edited.emit()
