"""The part list and the part editor of the facilitator's programme page (programme_page.py):
Erfenis's exercises to add, the parts in order (moved with Ctrl+↑ and Ctrl+↓), a part's
minutes, title and notes, and the total time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from erfenis_desktop.domain.programme import (
    MAX_MINUTES,
    MAX_NOTES,
    MAX_PARTS,
    MAX_TITLE,
    MIN_MINUTES,
    TITLED,
    Part,
    Problem,
)
from erfenis_desktop.ui.common.widgets import fill

DEFAULT_MINUTES = {"break": 15, "own": 10, "pattern_check": 20}


def flow(*widgets) -> QWidget:
    """Buttons in a row that wraps onto a new row when the text is large."""
    from erfenis_desktop.ui.common.flow_layout import FlowLayout

    holder = QWidget()
    row = FlowLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        row.addWidget(w)
    return holder


class ProgrammeParts:
    """Mixed into ``ProgrammePage`` (first, before its Qt bases: ``move`` here is the parts' own).

    Uses the page's ``programme``, ``programmes``, ``worksheets``, ``services``, ``message``,
    ``total``, ``sheet_button``, ``_filling``, ``problem_text``, ``_edited`` and ``_render``. Its texts are
    translated in the context ``ProgrammePage``, as they were when they were part of that class;
    the page's ``retranslate`` gives the controls made here their texts."""

    # Controls and layout ------------------------------------------------------------------------
    def _make_part_widgets(self) -> None:
        self.exercises_label, self.exercises = QLabel(), QListWidget()
        self.exercises_label.setBuddy(self.exercises)
        self.add_button = QPushButton()
        self.parts_label, self.parts = QLabel(), QListWidget()
        self.parts_label.setBuddy(self.parts)
        self.up_button, self.down_button, self.remove_button = QPushButton(), QPushButton(), QPushButton()
        self.minutes_label, self.minutes = QLabel(), QSpinBox()
        self.minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes_label.setBuddy(self.minutes)
        self.part_title_label, self.part_title = QLabel(), QLineEdit()
        self.part_title.setMaxLength(MAX_TITLE)
        self.part_title_label.setBuddy(self.part_title)
        self.notes_label, self.notes = QLabel(), QPlainTextEdit()  # plain text: as typed
        self.notes.setTabChangesFocus(True)
        self.notes_label.setBuddy(self.notes)

    def _lay_out_parts(self) -> QGridLayout:
        """``self.columns``: the exercises and the parts; returned: the grid of the part chosen."""
        for lst in (self.exercises, self.parts):
            lst.setWordWrap(True)
            lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left, right = QVBoxLayout(), QVBoxLayout()
        for w in (self.exercises_label, self.exercises, flow(self.add_button)):
            left.addWidget(w)
        for w in (self.parts_label, self.parts, flow(self.up_button, self.down_button, self.remove_button)):
            right.addWidget(w)
        for label in (self.exercises_label, self.parts_label):
            label.setWordWrap(True)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # stacked when narrow (resizeEvent)
        self.columns.addLayout(left, 2)
        self.columns.addLayout(right, 3)
        part = QGridLayout()
        part.addWidget(self.minutes_label, 0, 0)
        part.addWidget(self.minutes, 0, 1, Qt.AlignmentFlag.AlignLeft)
        part.addWidget(self.part_title_label, 1, 0)
        part.addWidget(self.part_title, 1, 1)
        part.addWidget(self.notes_label, 2, 0, 1, 2)
        part.addWidget(self.notes, 3, 0, 1, 2)
        part.setColumnStretch(1, 1)
        return part

    def _sizes(self) -> None:
        """Lists and notes tall enough to work in, measured in lines of the current text size."""
        line = self.fontMetrics().lineSpacing()
        for lst in (self.exercises, self.parts):
            lst.setMinimumHeight(line * 8)
        self.notes.setMinimumHeight(line * 3)
        self.notes.setMaximumHeight(line * 5)

    def _connect_parts(self) -> None:
        self.add_button.clicked.connect(self.add_selected)
        self.exercises.itemActivated.connect(lambda _item: self.add_selected())
        self.parts.currentRowChanged.connect(self._show_part)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.remove_button.clicked.connect(self.remove)
        for keys, slot in ((QKeySequence("Ctrl+Up"), lambda: self.move(-1)),
                           (QKeySequence("Ctrl+Down"), lambda: self.move(1)),
                           (QKeySequence(QKeySequence.StandardKey.Delete), self.remove)):
            QShortcut(keys, self.parts, slot, context=Qt.ShortcutContext.WidgetShortcut)
        self.minutes.valueChanged.connect(lambda v: self._change_part(minutes=v))
        self.part_title.textEdited.connect(lambda t: self._change_part(title=t))
        self.notes.textChanged.connect(lambda: self._change_part(notes=self.notes.toPlainText()[:MAX_NOTES]))

    # Editing -------------------------------------------------------------------------------------------
    def _fill_exercises(self) -> None:
        row = self.exercises.currentRow()
        self.exercises.clear()
        for exercise, group, name in self.programmes.choices(self.services.prefs.language):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, (exercise, group))
            self.exercises.addItem(item)
        self.exercises.setCurrentRow(max(0, row))

    def add_selected(self) -> None:
        item = self.exercises.currentItem()
        if item is None:
            return
        if len(self.programme.parts) >= MAX_PARTS:
            self.message.setText(self.problem_text(Problem("too_many_parts")))
            return
        exercise, group = item.data(Qt.ItemDataRole.UserRole)
        at = self.parts.currentRow() + 1 if self.parts.currentRow() >= 0 else len(self.programme.parts)
        part = Part(exercise, DEFAULT_MINUTES.get(exercise, 30), group=group)
        self.programme = self.programme.with_part(part, at)
        self._edited()
        self._render(select=at)
        self.message.setText(fill(QCoreApplication.translate("ProgrammePage", "Added: %1."),
                                  self.programmes.part_name(self.services.prefs.language, part)))

    def move(self, step: int) -> None:
        row = self.parts.currentRow()
        moved = self.programme.moved(row, step)
        if moved is self.programme:
            return
        self.programme = moved
        self._edited()
        self._render(select=row + step)

    def remove(self) -> None:
        row = self.parts.currentRow()
        if row < 0:
            return
        self.programme = self.programme.without(row)
        self._edited()
        self._render(select=min(row, len(self.programme.parts) - 1))

    def _change_part(self, **changes) -> None:
        row = self.parts.currentRow()
        if self._filling or row < 0:
            return
        self.programme = self.programme.changed(row, **changes)
        self._edited()
        self._render_rows()

    # Showing -------------------------------------------------------------------------------------------
    def _row_text(self, index: int, part: Part) -> str:
        name = self.programmes.part_name(self.services.prefs.language, part)
        return fill(QCoreApplication.translate("ProgrammePage", "%1. %2 (%3 min)"), str(index + 1), name,
                    str(part.minutes))

    def _render_rows(self) -> None:
        for i, part in enumerate(self.programme.parts):
            if self.parts.item(i) is not None:
                self.parts.item(i).setText(self._row_text(i, part))
        self._render_total()

    def _render_total(self) -> None:
        minutes = self.programme.total_minutes
        hours, rest = divmod(minutes, 60)
        when = (fill(QCoreApplication.translate("ProgrammePage", "%1 h %2 min"), str(hours), f"{rest:02d}") if hours
                else fill(QCoreApplication.translate("ProgrammePage", "%1 min"), str(rest)))
        self.total.setText(fill(QCoreApplication.translate("ProgrammePage", "Total: %1 in %2 parts"), when,
                                str(len(self.programme.parts))))

    def _show_part(self, row: int) -> None:
        part = self.programme.parts[row] if 0 <= row < len(self.programme.parts) else None
        self._filling = True
        try:
            for w in (self.minutes, self.part_title, self.notes, self.up_button, self.down_button, self.remove_button):
                w.setEnabled(part is not None)
            self.minutes.setValue(part.minutes if part else DEFAULT_MINUTES.get("own", 10))
            titled = part is not None and part.exercise in TITLED
            self.part_title.setVisible(titled)
            self.part_title_label.setVisible(titled)
            if self.part_title.text() != (part.title if part else ""):
                self.part_title.setText(part.title if part else "")
            if self.notes.toPlainText() != (part.notes if part else ""):
                self.notes.setPlainText(part.notes if part else "")
            self.up_button.setEnabled(part is not None and row > 0)
            self.down_button.setEnabled(part is not None and row < len(self.programme.parts) - 1)
            self.sheet_button.setEnabled(part is not None and self.worksheets.has_worksheet(part))
        finally:
            self._filling = False
