"""The facilitator's programme: parts from Erfenis's exercises, in order, with minutes and
notes; saved in the facilitator's own profile for the next group; the presenter; worksheets."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QBoxLayout, QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from erfenis_desktop.domain.programme import (MAX_MINUTES, MAX_NAME, MAX_NOTES, MAX_PARTS, MAX_TITLE, MIN_MINUTES,
                                              TITLED, Part, Problem, Programme, ProgrammeError)
from erfenis_desktop.services.programme import Programmes
from erfenis_desktop.services.unlocked import ProfileError
from erfenis_desktop.services.worksheets import Worksheets
from erfenis_desktop.ui.widgets import ReadingColumn, Retranslating, fill, heading, plain_label

DEFAULT_MINUTES = {"break": 15, "own": 10, "pattern_check": 20}


@dataclass
class ProgrammeServices:
    """What the programme page needs: the same names as ui/workshop/mode.py's WorkshopServices."""

    session: object  # services.session.Session: ``current`` is the facilitator's Unlocked; ``locking``
    prefs: object  # services.preferences.Preferences: ``language``
    dialogs: object  # ui.dialogs.Dialogs: every question and file chooser
    exercises: Callable[[], object]  # makes the exercises service (services.exercises.Exercises)
    window: QWidget  # the main window: it owns the presenter, whose timer outlives this page


class ProgrammePage(Retranslating, ReadingColumn):
    """The facilitator's page for a workshop programme.

    ``services`` (a ``ProgrammeServices`` or ui/workshop/mode.py's ``WorkshopServices``) holds
    ``session`` (its ``current`` profile is the facilitator's, whose private items hold the
    programmes; at its ``locking`` the page lets go of the programme and the presenter forgets
    the notes), ``prefs`` (the language), ``dialogs``, ``exercises`` (a function making the
    exercises service: names and worksheet texts from the content files) and ``window`` (the
    main window, which owns the presenter: ``presenter.presenter_for(window)``, so its timer
    runs on whatever page is shown and whoever is unlocked). ``backRequested``: Back."""

    backRequested = Signal()

    def __init__(self, services: ProgrammeServices, parent: QWidget | None = None):
        super().__init__(max_width_chars=120, parent=parent)
        self.setObjectName("programmePage")
        self.services = services
        exercises = services.exercises()
        self.programmes, self.worksheets = Programmes(exercises), Worksheets(exercises)
        self.programme = Programme("")
        self.dirty = False
        self._filling = False
        self.title_label = heading()
        self.saved_label = QLabel()
        self.saved = QComboBox()
        self.saved_label.setBuddy(self.saved)
        self.new_button, self.duplicate_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        self.name_label, self.name = QLabel(), QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.name_label.setBuddy(self.name)
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
        self.total = plain_label()
        self.message = plain_label()
        self.message.setWordWrap(True)
        self.save_button, self.present_button, self.back_button = QPushButton(), QPushButton(), QPushButton()
        self.lang_label, self.lang = QLabel(), QComboBox()
        self.lang_label.setBuddy(self.lang)
        self.sheet_button, self.all_sheets_button = QPushButton(), QPushButton()
        self._lay_out()
        self._connect()
        self.retranslate()
        self.load()

    # Layout -----------------------------------------------------------------------------------
    def _lay_out(self) -> None:
        from erfenis_desktop.ui.flow_layout import FlowLayout

        def flow(*widgets) -> QWidget:  # buttons wrap onto a new row when the text is large
            holder = QWidget()
            row = FlowLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            for w in widgets:
                row.addWidget(w)
            return holder

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
        name = QHBoxLayout()
        name.addWidget(self.name_label)
        name.addWidget(self.name, 1)
        body = self.body
        body.addWidget(self.title_label)
        body.addWidget(self.saved_label)
        body.addWidget(self.saved)
        body.addWidget(flow(self.new_button, self.duplicate_button, self.delete_button))
        body.addLayout(name)
        body.addLayout(self.columns)
        body.addLayout(part)
        body.addWidget(self.total)
        body.addWidget(flow(self.save_button, self.present_button, self.back_button))
        body.addWidget(flow(self.lang_label, self.lang, self.sheet_button, self.all_sheets_button))
        body.addWidget(self.message)
        self._sizes()

    def _sizes(self) -> None:
        """Lists and notes tall enough to work in, measured in lines of the current text size."""
        line = self.fontMetrics().lineSpacing()
        for lst in (self.exercises, self.parts):
            lst.setMinimumHeight(line * 8)
        self.notes.setMinimumHeight(line * 3)
        self.notes.setMaximumHeight(line * 5)

    def resizeEvent(self, event) -> None:  # noqa: N802 - the two lists side by side, or stacked
        super().resizeEvent(event)
        wide = self.viewport().width() >= self.fontMetrics().horizontalAdvance("n") * 90
        self.columns.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)

    def _connect(self) -> None:
        self.saved.activated.connect(self._choose_saved)
        self.new_button.clicked.connect(self.new)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.delete_button.clicked.connect(self.delete)
        self.name.textEdited.connect(self._edited)
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
        self.save_button.clicked.connect(self.save)
        self.present_button.clicked.connect(self.present)
        self.back_button.clicked.connect(self.backRequested)
        self.services.session.locking.connect(self.clear_private)
        from .presenter import presenter_for

        self.services.session.locking.connect(presenter_for(self.services.window).forget_notes)
        self.sheet_button.clicked.connect(lambda: self.save_worksheets(whole=False))
        self.all_sheets_button.clicked.connect(lambda: self.save_worksheets(whole=True))

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Workshop programme"))
        self.saved_label.setText(self.tr("Saved &programmes:"))
        self.new_button.setText(self.tr("&New"))
        self.duplicate_button.setText(self.tr("D&uplicate"))
        self.delete_button.setText(self.tr("Delete…"))
        self.name_label.setText(self.tr("N&ame:"))
        self.exercises_label.setText(self.tr("&Exercises of Erfenis:"))
        self.add_button.setText(self.tr("Add to the programme"))
        self.parts_label.setText(self.tr("P&rogramme (Ctrl+↑ and Ctrl+↓ change the order):"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move do&wn"))
        self.remove_button.setText(self.tr("Remove"))
        self.minutes_label.setText(self.tr("&Minutes:"))
        self.minutes.setSuffix(self.tr(" min"))
        self.part_title_label.setText(self.tr("&Title:"))
        self.notes_label.setText(self.tr("Your n&otes (only on your screen):"))
        self.save_button.setText(self.tr("&Save"))
        self.present_button.setText(self.tr("Start the &presenter"))
        self.back_button.setText(self.tr("&Back"))
        self.lang_label.setText(self.tr("Worksheets in:"))
        self.sheet_button.setText(self.tr("Worksheet of this part…"))
        self.all_sheets_button.setText(self.tr("All &worksheets as one PDF…"))
        current = self.lang.currentData() or self.services.prefs.language
        self.lang.clear()
        for code, name in (("nl", "Nederlands"), ("en", "English")):
            if code in self.programmes.languages:
                self.lang.addItem(name, code)
        self.lang.setCurrentIndex(max(0, self.lang.findData(current)))
        self._name_for_screen_readers()
        self._fill_exercises()
        self._render()

    def _name_for_screen_readers(self) -> None:
        """Every control named as its label or its text says (without the Alt letter)."""
        def plain(text: str) -> str:
            return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":").strip()

        for label in self.findChildren(QLabel):
            if label.buddy() is not None:
                label.buddy().setAccessibleName(plain(label.text()).split(" (")[0])
        for button in self.findChildren(QPushButton):
            button.setAccessibleName(plain(button.text()))

    # Reading and writing ------------------------------------------------------------------------
    def _unlocked(self):
        return self.services.session.current

    def load(self, select: str | None = None) -> None:
        """The saved programmes of the facilitator, in the list; ``select`` one by its id."""
        u = self._unlocked()
        self.saved.clear()
        if u is None:
            return
        try:
            found, damaged = self.programmes.saved(u)
        except ProfileError:
            found, damaged = [], 0
        for p in found:
            self.saved.addItem(p.name, p.uuid)
        if damaged:
            self.message.setText(self.tr("%n saved programme(s) could not be read and are left out.", "", damaged))
        self.saved.setCurrentIndex(self.saved.findData(select) if select else -1)

    def _choose_saved(self, index: int) -> None:
        uuid = self.saved.itemData(index)
        u = self._unlocked()
        if uuid is None or u is None or not self._may_leave():
            return
        try:
            self.open(self.programmes.get(u, uuid))
        except ProfileError:
            self.message.setText(self.tr("This programme could not be read."))

    def open(self, programme: Programme) -> None:
        self.programme, self.dirty = programme, False
        self.message.clear()
        self._render(select=0 if programme.parts else -1)

    def _may_leave(self) -> bool:
        if not self.dirty:
            return True
        choices = [("discard", self.tr("Leave without saving")), ("cancel", self.tr("Cancel"))]
        text = self.tr("Your changes to this programme are not saved yet.")
        choice = self.services.dialogs.ask(self, self.tr("Leave this programme?"), text, choices, "cancel")
        return choice == "discard"

    def new(self) -> None:
        if self._may_leave():
            self.open(Programme(""))
            self.saved.setCurrentIndex(-1)
            self.name.setFocus()

    def save(self) -> bool:
        u = self._unlocked()
        if u is None:
            return False
        try:
            self.programme = self.programmes.save(u, self.programme)
        except ProgrammeError as exc:
            self.message.setText("\n".join(self.problem_text(p) for p in exc.problems))
            return False
        except ProfileError:
            self.message.setText(self.tr("The programme could not be saved. Try again."))
            return False
        self.dirty = False
        self.load(select=self.programme.uuid)
        self.message.setText(fill(self.tr("Saved: %1."), self.programme.name))
        return True

    def duplicate(self) -> None:
        u = self._unlocked()
        if u is None or self.programme.uuid is None:
            return
        name = fill(self.tr("%1 (copy)"), self.programme.name)[:MAX_NAME]
        try:
            self.open(self.programmes.duplicate(u, self.programme.uuid, name))
        except (ProgrammeError, ProfileError):
            self.message.setText(self.tr("The programme could not be copied."))
            return
        self.load(select=self.programme.uuid)
        self.message.setText(fill(self.tr("Saved: %1."), self.programme.name))

    def delete(self) -> None:
        u = self._unlocked()
        if u is None or self.programme.uuid is None:
            return
        choice = self.services.dialogs.ask(self, self.tr("Delete this programme?"),
                                           fill(self.tr("‘%1’ is deleted for good, with your notes in it."),
                                                self.programme.name),
                                           [("delete", self.tr("Delete")), ("cancel", self.tr("Cancel"))], "cancel")
        if choice != "delete":
            return
        self.programmes.delete(u, self.programme.uuid)
        self.open(Programme(""))
        self.load()

    def problem_text(self, problem: Problem) -> str:
        texts = {
            "name_empty": self.tr("Give the programme a name."),
            "name_too_long": self.tr("The name is too long (at most %1 characters).").replace("%1", str(MAX_NAME)),
            "no_parts": self.tr("Add at least one part."),
            "too_many_parts": self.tr("A programme has at most %1 parts.").replace("%1", str(MAX_PARTS)),
            "unknown_exercise": self.tr("This part is not an exercise of Erfenis."),
            "minutes_range": self.tr("Give it %1 to %2 minutes.").replace("%1", str(MIN_MINUTES))
            .replace("%2", str(MAX_MINUTES)),
            "title_empty": self.tr("Give your own part a title."),
            "title_too_long": self.tr("The title is too long (at most %1 characters).").replace("%1", str(MAX_TITLE)),
            "title_not_allowed": self.tr("Only your own part or a break can have a title."),
            "notes_too_long": self.tr("The notes are too long (at most %1 characters).").replace("%1", str(MAX_NOTES)),
            "group_unknown": self.tr("Choose a group of cards."),
            "group_not_allowed": self.tr("Only step 2 has groups of cards."),
        }
        text = texts.get(problem.code, problem.code)
        if problem.part is None:
            return text
        return fill(self.tr("Part %1: %2"), str(problem.part + 1), text)

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
        self.message.setText(fill(self.tr("Added: %1."), self.programmes.part_name(self.services.prefs.language, part)))

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

    def _edited(self, *_args) -> None:
        if self._filling:
            return
        if self.name.text() != self.programme.name:
            from dataclasses import replace

            self.programme = replace(self.programme, name=self.name.text())
        self.dirty = True

    # Showing -------------------------------------------------------------------------------------------
    def _row_text(self, index: int, part: Part) -> str:
        name = self.programmes.part_name(self.services.prefs.language, part)
        return fill(self.tr("%1. %2 (%3 min)"), str(index + 1), name, str(part.minutes))

    def _render_rows(self) -> None:
        for i, part in enumerate(self.programme.parts):
            if self.parts.item(i) is not None:
                self.parts.item(i).setText(self._row_text(i, part))
        self._render_total()

    def _render_total(self) -> None:
        minutes = self.programme.total_minutes
        hours, rest = divmod(minutes, 60)
        when = fill(self.tr("%1 h %2 min"), str(hours), f"{rest:02d}") if hours else fill(self.tr("%1 min"), str(rest))
        self.total.setText(fill(self.tr("Total: %1 in %2 parts"), when, str(len(self.programme.parts))))

    def _render(self, select: int | None = None) -> None:
        self._filling = True
        try:
            if self.name.text() != self.programme.name:
                self.name.setText(self.programme.name)
            row = self.parts.currentRow() if select is None else select
            self.parts.clear()
            for i, part in enumerate(self.programme.parts):
                self.parts.addItem(self._row_text(i, part))
            self.parts.setCurrentRow(min(row, self.parts.count() - 1))
        finally:
            self._filling = False
        self._show_part(self.parts.currentRow())
        self._render_total()
        has = bool(self.programme.uuid)
        self.duplicate_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.present_button.setEnabled(bool(self.programme.parts))
        self.all_sheets_button.setEnabled(any(self.worksheets.has_worksheet(p) for p in self.programme.parts))

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

    # The presenter and the worksheets ---------------------------------------------------------------------
    def present(self) -> None:
        from .presenter import Shown, presenter_for

        if not self.programme.parts:
            return
        lang = self.services.prefs.language
        shown = [Shown(self.programmes.part_name(lang, p), p.minutes, p.notes) for p in self.programme.parts]
        window = self.services.window
        presenter_for(window).start(shown, window, max(0, self.parts.currentRow()))

    def save_worksheets(self, whole: bool) -> None:
        """The worksheet of the part chosen, or of every part, in the language chosen."""
        from . import worksheets as paper

        row = self.parts.currentRow()
        part = None if whole or not 0 <= row < len(self.programme.parts) else self.programme.parts[row]
        lang = self.lang.currentData() or self.services.prefs.language
        try:
            target = paper.save_programme(self, self.services.dialogs, self.worksheets, lang, self.programme, part)
        except OSError as exc:
            self.message.setText(fill(self.tr("The file could not be saved: %1"), exc.strerror or str(exc)))
            return
        if target is not None:
            self.message.setText(fill(self.tr("Saved as %1."), str(target)))

    def clear_private(self) -> None:
        """The facilitator's profile locked: nothing of the programme stays on the page."""
        self.programme, self.dirty = Programme(""), False
        self.saved.clear()
        self.message.clear()
        self._render(select=-1)
        self.notes.document().clearUndoRedoStacks()
        self.name.clear()

    def focus_target(self) -> QWidget:
        """Where the keyboard starts (ui/announce.py): the saved programmes, else the name."""
        return self.saved if self.saved.count() else self.name

    def showEvent(self, event) -> None:  # noqa: N802 - back after a lock: the saved programmes again
        super().showEvent(event)
        if self.saved.count() == 0 and not self.dirty:
            self.load()

    def changeEvent(self, event) -> None:  # noqa: N802 - the lists' heights follow the text size
        super().changeEvent(event)
        if event.type() == event.Type.FontChange and hasattr(self, "notes"):
            self._sizes()


def open_programme_page(session, prefs, dialogs, exercises: Callable[[], object], window: QWidget,
                        parent: QWidget | None = None) -> ProgrammePage:
    """The page, ready to show (``ProgrammePage(services)`` with these as ``ProgrammeServices``)."""
    return ProgrammePage(ProgrammeServices(session, prefs, dialogs, exercises, window), parent)
