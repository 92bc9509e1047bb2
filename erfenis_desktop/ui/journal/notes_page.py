"""My notes: private writing under the unlocked profile, encrypted before it is stored.

A note is saved a few seconds after typing stops, when another note is chosen, on
leaving the page and when the profile locks. When the disk refuses (full, read-only,
removed), the note stays in the editor, marked unsaved, and saving is tried again every
few seconds; see docs/storage.md, "When writing fails".
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from erfenis_desktop.services.session import Session
from erfenis_desktop.services.store import StorageError
from erfenis_desktop.services.vault import ProfileError

from ..common.messages import error_text, failure_text, not_saved_text
from ..common.widgets import Retranslating, heading, paragraph, plain_label
from .journal_list import JournalList

KIND = "note"
AUTOSAVE_MS = 3000


class NotesPage(Retranslating, QWidget):
    backRequested = Signal()

    def __init__(self, session: Session, prefs=None, parent=None):
        """``prefs``: for the words for feelings next to the note (none without)."""
        super().__init__(parent)
        self.setObjectName("notesPage")
        self._session = session
        self._current: str | None = None
        #: Why the last save failed (the note is still in the editor), or None.
        self.unsaved: StorageError | None = None
        #: Set by ``clear_private`` when the profile locked with a note that could not be saved.
        self.lost_draft: StorageError | None = None
        self._version = None  # (profile, revision) of what the list shows; None: read it again
        self._damaged_text = ""  # what the list says about damaged notes it left out
        self._labels: dict[tuple[str, str], str] = {}  # (note, when saved) -> its line; gone at a lock
        self._quiet = False  # choosing a line by hand (no note to open for it)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        self.title = heading()
        self.intro = paragraph()
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        split = QSplitter(Qt.Orientation.Horizontal)
        # Years of notes are thousands of lines: the list makes the words of those it shows only.
        self.list = JournalList(self._line_label)
        self.list.selectionModel().currentChanged.connect(self._select)
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)  # a note is prose: Tab moves on, as in every writing field here
        self.editor.textChanged.connect(self._typed)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.autosave)
        split.addWidget(self.list)
        split.addWidget(self.editor)
        split.setStretchFactor(1, 3)
        self._split = split
        layout.addWidget(split, 1)
        self.message = plain_label()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.new_button, self.save_button, self.delete_button, self.back = (QPushButton() for _ in range(4))
        self.new_button.clicked.connect(self.new_note)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.back.clicked.connect(self.backRequested)
        for b in (self.new_button, self.save_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        back_row = QHBoxLayout()
        back_row.addWidget(self.back)
        back_row.addStretch(1)
        self.feelings = None
        if prefs is not None:  # words for feelings, put in the note at the cursor
            from ..practice.feelings import FeelingsButton

            self.feelings = FeelingsButton(self.editor, prefs)
            back_row.addWidget(self.feelings)
        layout.addLayout(back_row)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        self.retranslate()

    # Data -------------------------------------------------------------------------
    def load(self) -> None:
        if not self._try_store():
            return  # an unsaved note stays as it is, with the message why
        version = self._revision()
        if version is not None and version == self._version:  # nothing written since: the list stays
            self.message.setText(self._damaged_text)
            self.new_note()
            return
        self._clear()
        unlocked = self._session.current
        if unlocked is None:
            return
        notes, damaged = unlocked.readable_texts(KIND)
        self.list.set_rows([(note.uuid, note) for note in reversed(notes)], -1)  # the newest first
        self._damaged_text = error_text(ProfileError("damaged")) if damaged else ""
        self.message.setText(self._damaged_text)
        self._version = version
        self.new_note()

    def _revision(self):
        """(profile, its revision) of the open profile: changes with every write to the file."""
        unlocked = self._session.current
        if unlocked is None:
            return None
        try:
            return unlocked.profile.uuid, unlocked.revision()
        except ProfileError:
            return None

    def _kept_up(self, before) -> None:
        """After this page's own change: the list shows it, so it is still the file's whole
        list of notes if it was before the change."""
        after = self._revision()
        # Not if another program wrote while this page did (data_version): the list may miss that.
        kept = before is not None and before == self._version and after is not None and after[1][2] == before[1][2]
        self._version = after if kept else None

    def _line_label(self, note) -> str:
        key = (note.uuid, note.updated_at)
        if key not in self._labels:
            self._labels[key] = self._label(note.text, note.updated_at)
        return self._labels[key]

    def _forget_line(self, uuid: str) -> None:
        """The words made for this note's line (it changed or went)."""
        self._labels = {key: line for key, line in self._labels.items() if key[0] != uuid}

    def _choose_quietly(self, row: int) -> None:
        """Mark line ``row`` (-1: none) as chosen without opening its note."""
        self._quiet = True
        try:
            if row < 0:
                self.list.choose_none()
            else:
                self.list.setCurrentRow(row)
        finally:
            self._quiet = False

    @staticmethod
    def _label(text: str, updated: str) -> str:
        first = (text.strip().splitlines() or [""])[0]
        first = first if len(first) <= 40 else first[:39] + "…"
        when = QLocale().toString(QDateTime.fromString(updated, Qt.DateFormat.ISODate).toLocalTime(),
                                  QLocale.FormatType.ShortFormat)
        return f"{first}\n{when}"

    def _select(self, current, previous) -> None:
        uuid = self.list.key(current.row()) if current.isValid() else None
        if self._quiet or uuid is None or self._session.current is None:
            return
        if not self._try_store():  # what was typed in the other note is kept, not thrown away
            self._choose_quietly(previous.row() if previous.isValid() else -1)
            return
        self._choose_quietly(self.list.lines.row_of(uuid))  # (a new note saved just now went on top)
        try:
            note = self._session.current.read_text(uuid)
        except ProfileError as error:
            self.message.setText(error_text(error))
            return
        self._current = uuid
        self._show_text(note.text)

    def _show_text(self, text: str) -> None:
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        self.editor.document().clearUndoRedoStacks()
        self.editor.document().setModified(False)

    def new_note(self) -> None:
        if not self._try_store():
            return
        self._current = None
        self._choose_quietly(-1)
        self._show_text("")
        self.editor.setFocus()

    def _typed(self) -> None:
        if self.editor.document().isModified():
            self._autosave.start()

    @property
    def dirty(self) -> bool:
        """Typed and not saved yet."""
        return self.editor.document().isModified() and bool(self.editor.toPlainText().strip())

    def _store(self, force: bool = False) -> str | None:
        """Save the editor's text as the current note if it changed (or when asked to);
        returns the note's id. Raises StorageError when the disk refuses: the note then
        stays in the editor, unsaved, and is tried again in a few seconds."""
        self._autosave.stop()
        text = self.editor.toPlainText()
        changed = force or self.editor.document().isModified()
        if not changed or not text.strip() or self._session.current is None or self._session.current.is_locked:
            return None
        before = self._revision()
        try:
            uuid = self._session.current.save_text(KIND, text, self._current)
        except StorageError as error:
            self.unsaved = error
            self.message.setText(not_saved_text(error))
            self._autosave.start()  # try again in a few seconds
            raise
        recovered, self.unsaved = self.unsaved is not None, None
        if recovered:
            self.message.setText(self.tr("Saved."))
        self.editor.document().setModified(False)
        if self._session.current.unshared_on_save:
            self.message.setText(self.tr("You changed a note you had shared, so it is no longer shared. Share it "
                                         "again from Everything I wrote if you like."))
        note = self._session.current.read_text(uuid)
        self._forget_line(uuid)  # saved again within the same second: the same time, other words
        row = self.list.lines.row_of(uuid)
        if row >= 0:
            self.list.lines.replace(row, note)
        else:
            self.list.lines.insert_first(uuid, note)
            self._choose_quietly(0)
        self._kept_up(before)
        self._current = uuid
        return uuid

    def _try_store(self) -> bool:
        """Save if needed; False (and the message why) when the disk refused."""
        try:
            self._store()
        except StorageError:
            return False
        return True

    def autosave(self) -> None:
        """A few seconds after typing stopped, and again after a failed save."""
        self._try_store()

    def save(self) -> None:
        try:
            if self._store(force=True):
                self.message.setText(self.tr("Saved."))
        except StorageError:
            pass  # said in the message; the note stays

    def save_draft(self) -> None:
        """Keep what was typed (the profile is about to lock, Erfenis is about to quit).
        Raises StorageError when it could not be saved: the note is still in the editor."""
        self._store()

    def hideEvent(self, event) -> None:
        self._try_store()  # leaving the page (home, help, settings): what was typed is kept
        super().hideEvent(event)

    def delete(self) -> None:
        if self._current is None or self._session.current is None:
            return
        before = self._revision()
        try:
            self._session.current.delete_text(self._current)
        except StorageError as error:
            self.message.setText(failure_text(error))
            return
        self._forget_line(self._current)
        row = self.list.lines.row_of(self._current)
        if row >= 0:
            self.list.lines.remove(row)
        self._kept_up(before)
        self._current = None
        self.editor.document().setModified(False)
        self.new_note()

    def clear_private(self) -> None:
        """The profile locks: keep what was typed if the disk lets us (else ``lost_draft``
        says why), then remove every trace of the text from the widgets, undo history too."""
        self.lost_draft = None
        try:
            self._store()
        except StorageError as error:
            self.lost_draft = error
        self._clear()

    def _clear(self) -> None:
        self._autosave.stop()
        self._current = None
        self.unsaved = None
        self.list.set_rows([], -1)
        self._labels, self._version, self._damaged_text = {}, None, ""
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self.editor.document().clearUndoRedoStacks()
        self.editor.document().setModified(False)
        self.message.clear()

    def changeEvent(self, event):
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:  # the list grows with the text size
            self.list.setMinimumWidth(self.fontMetrics().horizontalAdvance("n") * 22)

    def showEvent(self, event):
        self.list.setMinimumWidth(self.fontMetrics().horizontalAdvance("n") * 22)
        super().showEvent(event)

    def retranslate(self) -> None:
        self._labels = {}  # the dates in the lines, as the new language writes them
        if self._damaged_text:  # said again on a kept list: in the new language
            self._damaged_text = error_text(ProfileError("damaged"))
        self.list.viewport().update()
        self.title.setText(self.tr("My notes"))
        self.intro.setText(self.tr("Only you can read these notes: they are encrypted with your password "
                                   "before they are stored."))
        self.list.setAccessibleName(self.tr("Notes"))
        self.editor.setAccessibleName(self.tr("Note text"))
        self.editor.setPlaceholderText(self.tr("Write here…"))
        for button, text in ((self.new_button, self.tr("&New note")), (self.save_button, self.tr("Sa&ve")),
                             (self.delete_button, self.tr("&Delete note")),
                             (self.back, self.tr("&Back to the start"))):
            button.setText(text)
            button.setAccessibleName(text.replace("&", ""))
