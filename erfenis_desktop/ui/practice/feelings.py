"""Words for feelings, next to any writing field: a small button (and Ctrl+Shift+F inside the
field) that opens a list of words and puts the chosen one in the text at the cursor.

The words are the loop map's vocabulary (``cycle_map.toml``: ``feelings.surface`` and
``feelings.underneath``), so the list holds only words from the content files: it never
shows anything a person wrote, it only inserts.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QMenu, QPlainTextEdit, QPushButton, QTextEdit, QWidget

from ..common.widgets import Retranslating, for_button

#: Inside a writing field, this opens the list at the cursor.
KEYS = "Ctrl+Shift+F"

#: Characters after which a word follows without a space.
_OPENING = "([{\"'‘“«-/ \t\n\u2029"


def vocabulary(prefs) -> list[tuple[str, list[str]]]:
    """(group key, words) in the current language: what one notices first, and what lies underneath."""
    return [(group, [str(w) for w in prefs.text("cycle_map", f"feelings.{group}")])
            for group in ("surface", "underneath")]


def insert_word(target: QWidget, word: str) -> None:
    """Put ``word`` at the cursor of ``target`` (replacing a selection), with a space before it
    when it would otherwise stick to the word before; the field keeps the focus."""
    if isinstance(target, (QPlainTextEdit, QTextEdit)):
        cursor = target.textCursor()
        start = cursor.selectionStart()
        before = target.document().characterAt(start - 1) if start > 0 else ""
        cursor.insertText((" " if before and before not in _OPENING else "") + word)
        target.setTextCursor(cursor)
    elif isinstance(target, QLineEdit):
        start = target.selectionStart() if target.hasSelectedText() else target.cursorPosition()
        before = target.text()[start - 1] if start > 0 else ""
        target.insert((" " if before and before not in _OPENING else "") + word)
    else:
        raise TypeError(f"not a writing field: {type(target).__name__}")
    target.setFocus()


class FeelingsButton(Retranslating, QPushButton):
    """"Words for feelings…" for one writing field (a QPlainTextEdit or a QLineEdit)."""

    inserted = Signal(str)

    def __init__(self, target: QWidget, prefs, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("feelingsButton")
        self.target, self._prefs = target, prefs
        self.menu = QMenu(self)
        self.menu.setObjectName("feelingsMenu")
        # One column that scrolls when the words do not fit (at 200 % text), never side-by-side columns.
        self.menu.setStyleSheet("QMenu { menu-scrollable: 1; }")
        self.clicked.connect(lambda: self.open_list())
        # Inside the field too, so the hands can stay on the keyboard.
        self.shortcut = QShortcut(QKeySequence(KEYS), target)
        self.shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.shortcut.activated.connect(lambda: self.open_list(at_cursor=True))
        self.retranslate()

    def _fill(self) -> None:
        self.menu.clear()
        titles = {"surface": self.tr("What you may notice first"), "underneath": self.tr("What may lie underneath")}
        for group, words in vocabulary(self._prefs):
            header = self.menu.addAction(titles[group])
            header.setEnabled(False)
            for word in words:
                action = self.menu.addAction(for_button(word))
                action.setData(word)
                action.triggered.connect(lambda _c=False, w=word: self.choose(w))
            self.menu.addSeparator()
        self.menu.setAccessibleName(self.tr("Words for feelings"))
        # Fusion paints a menu's text with less room than it measures: a little extra, or the
        # longest line is cut short.
        fm = self.menu.fontMetrics()
        widest = max(fm.horizontalAdvance(a.text()) for a in self.menu.actions() if not a.isSeparator())
        self.menu.setMinimumWidth(widest + fm.averageCharWidth() * 8)

    def words(self) -> list[str]:
        return [w for _group, words in vocabulary(self._prefs) for w in words]

    def open_list(self, at_cursor: bool = False) -> QMenu:
        """Show the list (without waiting for it: it is a popup)."""
        self._fill()
        if at_cursor and isinstance(self.target, (QPlainTextEdit, QTextEdit)):
            place = self.target.viewport().mapToGlobal(self.target.cursorRect().bottomLeft())
        elif at_cursor:
            place = self.target.mapToGlobal(QPoint(0, self.target.height()))
        else:
            place = self.mapToGlobal(QPoint(0, self.height()))
        screen = (self.window().screen() or self.screen()).availableGeometry()
        # A point inside the screen: Qt then opens the list above or below it, wherever it fits.
        place = QPoint(min(max(place.x(), screen.left()), screen.right()),
                       min(max(place.y(), screen.top()), screen.bottom()))
        self.menu.popup(place)
        first = next((a for a in self.menu.actions() if a.isEnabled() and not a.isSeparator()), None)
        if first is not None:
            self.menu.setActiveAction(first)
        return self.menu

    def choose(self, word: str) -> None:
        self.menu.close()
        insert_word(self.target, word)
        self.inserted.emit(word)

    def retranslate(self) -> None:
        self.setText(self.tr("Words for feelings…"))
        self.setAccessibleName(self.tr("Words for feelings"))
        keys = QKeySequence(KEYS).toString(QKeySequence.SequenceFormat.NativeText)
        self.setToolTip(self.tr("A list of words for feelings: the one you choose is put in your text at the "
                                "cursor (%1 in the text field).").replace("%1", keys))
        self.setAccessibleDescription(self.toolTip())


def with_feelings(layout, target: QWidget, prefs, *before: QWidget) -> FeelingsButton:
    """A row under a writing field: ``before`` (a word count, say), then the button, on the right."""
    row = QHBoxLayout()
    for w in before:
        row.addWidget(w)
    row.addStretch(1)
    button = FeelingsButton(target, prefs)
    row.addWidget(button)
    layout.addLayout(row)
    return button
