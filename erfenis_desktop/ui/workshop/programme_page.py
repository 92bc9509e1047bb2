"""The facilitator's programme: parts from Erfenis's exercises, in order, with minutes and
notes; saved in the facilitator's own profile for the next group; the presenter; worksheets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QBoxLayout, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from erfenis_desktop.domain.programme import (
    MAX_MINUTES,
    MAX_NAME,
    MAX_NOTES,
    MAX_PARTS,
    MAX_TITLE,
    MIN_MINUTES,
    Problem,
    Programme,
    ProgrammeError,
)
from erfenis_desktop.services.programme import Programmes
from erfenis_desktop.services.unlocked import ProfileError
from erfenis_desktop.services.worksheets import Worksheets
from erfenis_desktop.ui.common.widgets import ReadingColumn, Retranslating, fill, heading, plain_label

from .programme_parts import DEFAULT_MINUTES, ProgrammeParts, flow

__all__ = ["DEFAULT_MINUTES", "ProgrammePage", "ProgrammeServices", "open_programme_page"]


@dataclass
class ProgrammeServices:
    """What the programme page needs: the same names as ui/workshop/mode.py's WorkshopServices."""

    session: object  # services.session.Session: ``current`` is the facilitator's Unlocked; ``locking``
    prefs: object  # services.preferences.Preferences: ``language``
    dialogs: object  # ui.common.dialogs.Dialogs: every question and file chooser
    exercises: Callable[[], object]  # makes the exercises service (services.exercises.Exercises)
    window: QWidget  # the main window: it owns the presenter, whose timer outlives this page


class ProgrammePage(ProgrammeParts, Retranslating, ReadingColumn):
    """The facilitator's page for a workshop programme.

    ``services`` (a ``ProgrammeServices`` or ui/workshop/mode.py's ``WorkshopServices``) holds
    ``session`` (its ``current`` profile is the facilitator's, whose private items hold the
    programmes; at its ``locking`` the page lets go of the programme and the presenter forgets
    the notes), ``prefs`` (the language), ``dialogs``, ``exercises`` (a function making the
    exercises service: names and worksheet texts from the content files) and ``window`` (the
    main window, which owns the presenter: ``presenter.presenter_for(window)``, so its timer
    runs on whatever page is shown and whoever is unlocked). ``backRequested``: Back.
    The part list and the part editor are ``ProgrammeParts`` (programme_parts.py)."""

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
        self._make_part_widgets()
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
        part = self._lay_out_parts()  # sets self.columns
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
        self._connect_parts()
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
        self.saved_label.setText(self.tr("Saved pro&grammes:"))
        self.new_button.setText(self.tr("&New"))
        self.duplicate_button.setText(self.tr("Dupli&cate"))
        self.delete_button.setText(self.tr("De&lete…"))
        self.name_label.setText(self.tr("N&ame:"))
        self.exercises_label.setText(self.tr("E&xercises of Erfenis:"))
        self.add_button.setText(self.tr("Add &to the programme"))
        self.parts_label.setText(self.tr("P&rogramme (Ctrl+↑ and Ctrl+↓ change the order):"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move do&wn"))
        self.remove_button.setText(self.tr("R&emove"))
        self.minutes_label.setText(self.tr("&Minutes:"))
        self.minutes.setSuffix(self.tr(" min"))
        self.part_title_label.setText(self.tr("T&itle:"))
        self.notes_label.setText(self.tr("Your n&otes (only on your screen):"))
        self.save_button.setText(self.tr("Sa&ve"))
        self.present_button.setText(self.tr("Start the &presenter"))
        self.back_button.setText(self.tr("&Back"))
        self.lang_label.setText(self.tr("Work&sheets in:"))
        self.sheet_button.setText(self.tr("Wor&ksheet of this part…"))
        self.all_sheets_button.setText(self.tr("All worksheets as one P&DF…"))
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

    # Editing (the parts: programme_parts.py) ---------------------------------------------------------
    def _edited(self, *_args) -> None:
        if self._filling:
            return
        if self.name.text() != self.programme.name:
            from dataclasses import replace

            self.programme = replace(self.programme, name=self.name.text())
        self.dirty = True

    # Showing -------------------------------------------------------------------------------------------
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
        """Where the keyboard starts (ui/common/announce.py): the saved programmes, else the name."""
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
