"""The list of everything a person wrote (and of their notes): a view over a model that holds
only what the search finds. A search hands the model a new list of lines at once; the view asks for the words of the
lines it shows, and nothing else, so five years of writing answers a key as quickly as a week's.

Every line is two lines of text (when and what, then its first words), drawn at one height and
cut off with "…" where the list is too narrow: the whole text is in the reader beside it, and a
screen reader and a tooltip get the whole line."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyledItemDelegate

from ..common.widgets import tooltip

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_KEY = Qt.ItemDataRole.UserRole
#: The roles that get the line's words (every other role: nothing).
_WORDS = frozenset((_DISPLAY, _TOOLTIP, _ACCESSIBLE))


#: How many lines the view is given at first, and each time it scrolls to the end of those it has
#: (far more than a screen holds, even at half the text size).
BATCH = 300


class JournalLines(QAbstractListModel):
    """Lines as (key, thing): ``label(thing)`` gives a line's words, asked only when shown. The
    view gets the lines a batch at a time (``fetchMore``, as Qt asks when it scrolls to the end),
    so five years of writing is laid out as quickly as a few months; every line is there, for the
    keys and the page, from the start (``count``, ``row_of``, ``load_to``)."""

    def __init__(self, label: Callable[[object], str], parent=None):
        super().__init__(parent)
        self._label = label
        self._rows: list[tuple[str, object]] = []
        self._loaded = 0  # the first lines, given to the view

    def set_rows(self, rows: Sequence[tuple[str, object]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        # A screen reader is told how many lines the view has ("1 of 300"): with one on, all of them.
        self._loaded = len(self._rows) if QAccessible.isActive() else min(len(self._rows), BATCH)
        self.endResetModel()

    def count(self) -> int:
        """Every line, given to the view yet or not."""
        return len(self._rows)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._loaded < len(self._rows)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self.load_to(self._loaded + BATCH - 1)

    def load_to(self, row: int) -> None:
        """Give the view every line up to ``row`` (one it is to show or choose)."""
        last = min(row, len(self._rows) - 1)
        if last >= self._loaded:
            self.beginInsertRows(QModelIndex(), self._loaded, last)
            self._loaded = last + 1
            self.endInsertRows()

    def insert_first(self, key: str, thing: object) -> None:
        """A new line at the top (a note just written)."""
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, (key, thing))
        self._loaded += 1
        self.endInsertRows()

    def replace(self, row: int, thing: object) -> None:
        """Line ``row`` shows ``thing`` from now on (a note changed)."""
        self._rows[row] = (self._rows[row][0], thing)
        if row < self._loaded:
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def remove(self, row: int) -> None:
        if row >= self._loaded:  # not given to the view yet
            del self._rows[row]
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._loaded -= 1
        self.endRemoveRows()

    def row_of(self, key: str) -> int:
        """The line with this key, or -1."""
        return next((row for row, (k, _thing) in enumerate(self._rows) if k == key), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._loaded

    def key(self, row: int) -> str | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        row = index.row()
        if not index.isValid() or not 0 <= row < self._loaded:
            return None
        if role in _WORDS:
            words = self._label(self._rows[row][1])
            # Qt reads a tooltip that looks like markup as markup: a typed name is shown as typed.
            return tooltip(words) if role == _TOOLTIP else words
        if role == _KEY:
            return self._rows[row][0]
        return None


class _LineDelegate(QStyledItemDelegate):
    """Draws a line as Qt does, but asks for no width: a line is as wide as the list, and what
    does not fit is cut off with "…" instead of scrolling sideways."""

    def sizeHint(self, option, index) -> QSize:
        return QSize(1, super().sizeHint(option, index).height())


class JournalList(QListView):
    """The view, with the few things the page asks of a list: how many lines, which is chosen."""

    def __init__(self, label: Callable[[object], str], parent=None):
        super().__init__(parent)
        self.lines = JournalLines(label, self)
        self.setModel(self.lines)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # One height for every line (all are two lines of text): the view need not measure each of
        # thousands to place them. Too long a line is cut off with "…", never wrapped.
        self.setUniformItemSizes(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setItemDelegate(_LineDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(2)  # a little room between one writing's two lines and the next's

    def set_rows(self, rows: Sequence[tuple[str, object]], row: int = 0) -> None:
        """Show these lines and choose line ``row`` (if there is one)."""
        self.verticalScrollBar().setValue(0)  # a new list starts at its top (and with its first batch)
        self.lines.set_rows(rows)
        self.setCurrentRow(row)

    def choose_none(self) -> None:
        """No line chosen (and none marked)."""
        self.setCurrentIndex(QModelIndex())
        self.clearSelection()

    # A page may choose another line while a click or a key is being handled (a note saved just
    # now goes on top, moving every line down; a refused save goes back to the note being
    # written); Qt then marks the line under the pointer, or the one the key went to. The line
    # marked is always the one chosen.
    def mousePressEvent(self, event) -> None:
        super().mousePressEvent(event)
        self._mark_current()

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        self._mark_current()

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        self._mark_current()

    def keyPressEvent(self, event) -> None:
        super().keyPressEvent(event)
        self._mark_current()

    def _mark_current(self) -> None:
        current, chosen = self.currentIndex(), self.selectionModel()
        if not current.isValid():
            chosen.clearSelection()
        elif chosen.selectedIndexes() != [current]:
            chosen.select(current, chosen.SelectionFlag.ClearAndSelect)

    # The keys go over every line, not only those given to the view so far: End is the last line,
    # typing a line's first letters finds it wherever it is.
    def moveCursor(self, action, modifiers) -> QModelIndex:
        if action == QAbstractItemView.CursorAction.MoveEnd:
            self.lines.load_to(self.lines.count() - 1)
        return super().moveCursor(action, modifiers)

    def keyboardSearch(self, search: str) -> None:
        self.lines.load_to(self.lines.count() - 1)
        super().keyboardSearch(search)

    def count(self) -> int:
        """How many lines the list has (all of them, also those not given to the view yet)."""
        return self.lines.count()

    def currentRow(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def setCurrentRow(self, row: int) -> None:
        if 0 <= row < self.count():
            self.lines.load_to(row)
            self.setCurrentIndex(self.lines.index(row))

    def key(self, row: int) -> str | None:
        """The key of line ``row``: an entry's id, or "damaged:" and the damaged item's id."""
        return self.lines.key(row)

    def current_key(self) -> str | None:
        return self.key(self.currentRow())

    def text(self, row: int) -> str:
        """Line ``row`` as the list shows it (uncut)."""
        self.lines.load_to(row)
        return self.lines.data(self.lines.index(row)) or ""
