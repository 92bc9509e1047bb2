"""A writing field whose text can be hidden behind dots, for two people at one screen.

While hidden, the widget's document only ever receives dots: every edit (typing,
deleting, pasting, an input method's commit) is applied to a Python string outside
the widget tree, and only its dots go into the document. So nothing of the text
reaches the screen, the screen reader, an input method or the clipboard. Anything
else that would change the document while hidden is put back. The writer can show
their own text, and hide it again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPlainTextEdit

MASK = "•"

#: Keys that only move the cursor or the selection: Qt handles them, hidden or not.
_MOVING = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End,
           Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Tab, Qt.Key.Key_Backtab}


def masked(text: str) -> str:
    """A dot for every character; line breaks stay, so the writer sees the shape."""
    return "".join(c if c == "\n" else MASK for c in text)


def _one_newline(text: str) -> str:
    """Every line break as one "\\n", as Qt's own field makes of it: CR LF, a lone CR, and the
    paragraph and line separators (U+2029, U+2028)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n").replace("\u2028", "\n")


def _units(text: str) -> int:
    """Length in UTF-16 units, which is how Qt counts positions (an emoji is two)."""
    return len(text.encode("utf-16-le")) // 2


def _index_of_units(text: str, units: int) -> int:
    """The character index at a UTF-16 position (never in the middle of a character)."""
    count = 0
    for i, c in enumerate(text):
        if count >= units:
            return i
        count += 2 if ord(c) > 0xFFFF else 1
    return len(text)


class MaskedEditor(QPlainTextEdit):
    edited = Signal()
    peekChanged = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._real = ""
        self._hidden = True
        self._busy = False
        self.setUndoRedoEnabled(False)  # an undo would bring the typed letters back on screen
        self.setTabChangesFocus(True)
        self.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText)
        self.document().contentsChange.connect(self._changed)

    # The text --------------------------------------------------------------------------
    def text(self) -> str:
        return self._real

    def set_text(self, text: str) -> None:
        self._real = text
        self._show(len(text))

    def clear_text(self) -> None:
        """Forget the text (after locking in, and when the profile locks)."""
        self._forget_copies()
        self._real = ""
        self._show(0)

    def _forget_copies(self) -> None:
        """What the writer copied while peeking does not stay on the clipboard (nor, on X11,
        in the middle-click selection) once the text is hidden again or gone."""
        from PySide6.QtGui import QClipboard, QGuiApplication

        clipboard = QGuiApplication.clipboard()
        modes = [QClipboard.Mode.Clipboard] + ([QClipboard.Mode.Selection] if clipboard.supportsSelection() else [])
        for mode in modes:
            copied = clipboard.text(mode)
            if copied.strip() and self._real and copied in self._real:
                clipboard.clear(mode)

    @property
    def hidden(self) -> bool:
        return self._hidden

    def set_hidden(self, hidden: bool) -> None:
        if hidden != self._hidden:
            if hidden:
                self._forget_copies()
            cursor = self._cursor_index()
            self._hidden = hidden
            self._show(cursor)
            self.peekChanged.emit(not hidden)

    def _cursor_index(self) -> int:
        """The cursor as an index into the real text."""
        position = self.textCursor().position()
        return position if self._hidden else _index_of_units(self._real, position)

    def _show(self, index: int) -> None:
        index = max(0, min(index, len(self._real)))
        self._busy = True
        try:
            self.setPlainText(masked(self._real) if self._hidden else self._real)
            cursor = self.textCursor()
            cursor.setPosition(index if self._hidden else _units(self._real[:index]))
            self.setTextCursor(cursor)
        finally:
            self._busy = False

    def _changed(self, *_args) -> None:
        if self._busy:
            return
        if not self._hidden:
            self._real = self.toPlainText()
            self.edited.emit()
            return
        # Something changed the hidden document behind our back (a drag, a menu): put it back.
        self._show(min(self.textCursor().position(), len(self._real)))

    # Edits while hidden: on the real text, dots into the document -------------------------
    def _selection(self) -> tuple[int, int]:
        cursor = self.textCursor()
        return min(cursor.anchor(), cursor.position()), max(cursor.anchor(), cursor.position())

    def _replace(self, start: int, end: int, text: str) -> None:
        text = _one_newline(text)
        self._real = self._real[:start] + text + self._real[end:]
        self._busy = True
        try:
            cursor = self.textCursor()
            cursor.setPosition(start)
            cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
            cursor.insertText(masked(text))
            self.setTextCursor(cursor)
        finally:
            self._busy = False
        self.ensureCursorVisible()
        self.edited.emit()

    def _word_edge(self, index: int, forward: bool) -> int:
        text, step = self._real, (1 if forward else -1)
        at = index if forward else index - 1
        while 0 <= at < len(text) and text[at].isspace():
            at += step
        while 0 <= at < len(text) and not text[at].isspace():
            at += step
        return at if forward else at + 1

    def keyPressEvent(self, event):  # noqa: C901 - one branch per kind of key
        if not self._hidden:
            super().keyPressEvent(event)
            return
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier) and not mods & Qt.KeyboardModifier.AltModifier
        start, end = self._selection()
        if key in _MOVING or event.matches(QKeySequence.StandardKey.SelectAll):
            super().keyPressEvent(event)
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.insertFromMimeData(self._clipboard_data())
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            forward = key == Qt.Key.Key_Delete
            if start == end:
                if ctrl:
                    edge = self._word_edge(start, forward)
                    start, end = (start, edge) if forward else (edge, start)
                elif forward:
                    end = min(len(self._real), start + 1)
                else:
                    start = max(0, start - 1)
            if start != end:
                self._replace(start, end, "")
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not ctrl:
            self._replace(start, end, "\n")
        elif event.text() and not ctrl and all(c.isprintable() for c in event.text()):
            self._replace(start, end, event.text())
        else:
            event.ignore()  # copying, cutting and undo do nothing while hidden; shortcuts go on up

    def _clipboard_data(self):
        from PySide6.QtGui import QGuiApplication

        return QGuiApplication.clipboard().mimeData()

    def insertFromMimeData(self, source):
        if not self._hidden:
            super().insertFromMimeData(source)
            return
        if source is not None and source.hasText():
            start, end = self._selection()
            self._replace(start, end, source.text())

    def createMimeDataFromSelection(self):
        """Copying or dragging while hidden gives nothing away (and nothing at all)."""
        if self._hidden:
            from PySide6.QtCore import QMimeData

            return QMimeData()
        return super().createMimeDataFromSelection()

    def inputMethodEvent(self, event):
        """Dead keys, compose and input methods: only the committed text counts while hidden,
        and the composition is not drawn."""
        if not self._hidden:
            super().inputMethodEvent(event)
            return
        commit, length = event.commitString(), event.replacementLength()
        if commit or length:
            # As in any Qt field: a selection goes first; then the range, counted from the
            # cursor, is replaced by the committed text (an empty commit deletes the range).
            # A position outside the text is not moved to, as QTextCursor.setPosition refuses it.
            start, end = self._selection()
            if start != end:
                self._replace(start, end, "")
            size = len(self._real)
            at = start + event.replacementStart() if 0 <= start + event.replacementStart() <= size else start
            until = at + length if 0 <= at + length <= size else at
            if commit or until != at:
                self._replace(at, until, commit)
        event.accept()

    def contextMenuEvent(self, event):
        if self._hidden:
            event.accept()  # no cut, copy or paste menu on a hidden text
            return
        super().contextMenuEvent(event)
