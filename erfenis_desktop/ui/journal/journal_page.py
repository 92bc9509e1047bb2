"""Everything a person wrote, by date and exercise; search in memory; export to PDF."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from erfenis_desktop.services.dans import CYCLE_MAP, HISTORY
from erfenis_desktop.services.exercises import NOTE, PATTERN_CHECK, STEP1, TOGETHER, Entry, Exercises
from erfenis_desktop.services.journal import journal
from erfenis_desktop.services.practice import CHECKIN
from erfenis_desktop.services.preferences import Preferences
from erfenis_desktop.services.session import Session
from erfenis_desktop.services.store import StorageError
from erfenis_desktop.services.vault import ProfileError

from ..common.dialogs import Dialogs
from ..common.messages import error_text, failure_text
from ..common.widgets import Retranslating, heading, paragraph, plain_label
from .journal_list import JournalList
from .journal_search import SearchIndex


class JournalPage(Retranslating, QWidget):
    backRequested = Signal()

    def __init__(self, session: Session, exercises: Exercises, prefs: Preferences, dialogs: Dialogs, parent=None):
        super().__init__(parent)
        self.setObjectName("journalPage")
        self._session, self._exercises, self._prefs, self._dialogs = session, exercises, prefs, dialogs
        self.entries: list[Entry] = []
        self.damaged: list = []  # DamagedItem: what cannot be shown as this person's writing
        self._shared: dict[str, str] = {}  # own private id -> the copy the partner can read
        self._linked = False
        # While the page is open (dropped with the texts at a lock): each entry as the search
        # compares it (its text, and the question it answers), and each label of the list.
        self.search_index = SearchIndex(exercises, prefs)
        self._labels: dict[tuple[str, bool], str] = {}
        self._version = None  # (profile, its revision, language) of what the list holds
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        self.title, self.intro = heading(), paragraph()
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._fill())
        layout.addWidget(self.search)
        split = QSplitter(Qt.Orientation.Horizontal)
        # Holds only what the search finds, and makes the words of a line only when it is shown:
        # five years of writing is thousands of lines.
        self.list = JournalList(self._line_label)
        self.list.selectionModel().currentChanged.connect(self._show)
        self.reader = QPlainTextEdit()
        self.reader.setReadOnly(True)
        split.addWidget(self.list)
        split.addWidget(self.reader)
        split.setStretchFactor(0, 2)  # room for a line's date and kind; the reader gets the most
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)
        self.split = split
        # Instead of an empty list: nothing written yet, or nothing the search finds (which may
        # name what was typed: shown as typed).
        self.empty = plain_label()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setContentsMargins(12, 24, 12, 12)
        self.empty.hide()
        layout.addWidget(self.empty, 1)
        self.message = plain_label()  # may name a file the person chose
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.export, self.back = QPushButton(), QPushButton()
        self.export.clicked.connect(self.export_pdf)
        self.back.clicked.connect(self.backRequested)
        self.share = QPushButton()
        self.share.clicked.connect(self.toggle_share)
        self.share.hide()
        row.addWidget(self.share)
        self.remove_damaged = QPushButton()  # shown when a damaged item is chosen in the list
        self.remove_damaged.clicked.connect(self.remove_chosen_damaged)
        self.remove_damaged.hide()
        row.addWidget(self.remove_damaged)
        row.addWidget(self.export)
        row.addStretch(1)
        row.addWidget(self.back)
        layout.addLayout(row)
        self.retranslate()

    def open(self) -> None:
        if self._session.current is None:
            return
        u = self._session.current
        try:
            version = (u.profile.uuid, u.revision(), self._prefs.language)
        except ProfileError:
            version = None
        if version is not None and version == self._version:  # nothing changed since: the list stays
            self.search.setFocus()
            return
        self._version = version
        self.entries, _damaged = journal(self._exercises, self._session.current, self._prefs.language)
        self._index()
        self.damaged = self._session.current.damaged_items()
        self.message.setText(self._damaged_text())
        self._load_shared()
        self._fill()
        self.search.setFocus()

    def _index(self) -> None:
        self._labels = {}
        self.search_index.index(self.entries)

    def _when(self, entry: Entry) -> str:
        return QLocale().toString(QDateTime.fromString(entry.when, Qt.DateFormat.ISODate).toLocalTime(),
                                  QLocale.FormatType.ShortFormat)

    def _question(self, entry: Entry) -> str:
        return self.search_index.question(entry)

    def _label(self, entry: Entry) -> str:
        key = (entry.uuid, entry.uuid in self._shared)
        if key not in self._labels:
            self._labels[key] = self._make_label(entry)
        return self._labels[key]

    def _make_label(self, entry: Entry) -> str:
        lines = entry.text.strip().splitlines() or [""]
        if entry.kind == PATTERN_CHECK:
            line = entry.parent_name  # who it was about
        elif entry.kind in (CYCLE_MAP, HISTORY):
            line = lines[1] if len(lines) > 1 else lines[0]  # the first answer, under its question
        else:
            line = self._question(entry) or lines[0]
        line = line if len(line) <= 50 else line[:49] + "…"
        # "shared" before the kind: a narrow list cuts the end of the line off, never this mark.
        shared = " · " + self.tr("shared") if entry.uuid in self._shared else ""
        return f"{self._when(entry)}{shared} · {self._kind(entry)}\n{line}"

    def _line_label(self, thing) -> str:
        """The words of a line of the list: an entry, or a damaged item."""
        return self._label(thing) if isinstance(thing, Entry) else self._damaged_label(thing)

    def _kind(self, entry: Entry) -> str:
        if entry.kind == NOTE:
            return self.tr("Note")
        if entry.kind == TOGETHER:
            return self.tr("Together")
        if entry.kind == STEP1:
            who = f" ({entry.parent_name})" if entry.parent_name else ""
            return self.tr("See the pattern") + who
        if entry.kind == CHECKIN:
            return self.tr("Check-in")
        if entry.kind == CYCLE_MAP:
            return self._prefs.text("cycle_map", "intro.title")
        if entry.kind == HISTORY:
            return self._prefs.text("relationship_history", "intro.title")
        if entry.kind == "generations":
            return self._prefs.text("generations", "intro.title")
        if entry.kind == PATTERN_CHECK:
            return self.tr("Pattern mirror results")
        if entry.kind == "intimacy":
            return self.tr("Intimacy check results")
        return entry.kind

    # Sharing with the partner ---------------------------------------------------------
    def _together(self):
        from erfenis_desktop.services.together import Together

        return Together(self._session.couple, self._exercises)

    def _load_shared(self) -> None:
        shared = self._together().sharing(self._session.current)
        self._linked, self._shared = shared is not None, shared or {}

    def _current_entry(self) -> Entry | None:
        uuid = self.list.current_key()
        return next((e for e in self.entries if e.uuid == uuid), None) if uuid is not None else None

    # Damaged items -----------------------------------------------------------------------
    def _damaged_text(self) -> str:
        if not self.damaged:
            return ""
        return self.tr("%n item(s) cannot be opened: damaged, or changed outside Erfenis. They are at the end "
                       "of the list; choose one to remove it. Nothing else is affected.", "", len(self.damaged))

    def _chosen_damaged(self):
        key = self.list.current_key()
        if not isinstance(key, str) or not key.startswith("damaged:"):
            return None
        return next((d for d in self.damaged if d.uuid == key[len("damaged:"):]), None)

    def _damaged_label(self, damaged) -> str:
        when = self._when(Entry(damaged.uuid, damaged.kind, damaged.updated_at, "")) if damaged.updated_at else ""
        what = self.tr("Missing item") if damaged.reason == "missing" else self.tr("Damaged item")
        return " · ".join(part for part in (what, when) if part)

    def remove_chosen_damaged(self) -> None:
        """Remove the damaged item chosen in the list, after asking."""
        damaged, u = self._chosen_damaged(), self._session.current
        if damaged is None or u is None:
            return
        choice = self._dialogs.ask(
            self, self.tr("Remove this item?"),
            self.tr("Erfenis cannot open this item, so it cannot show what was in it. Removing it takes it out of "
                    "your profile for good. Your other writing stays as it is."),
            [("remove", self.tr("Remove")), ("cancel", self.tr("Keep it"))], "cancel")
        if choice != "remove":
            return
        try:
            u.remove_damaged(damaged.uuid)
        except ProfileError as exc:
            self.message.setText(error_text(exc))
            return
        except StorageError as exc:
            self.message.setText(failure_text(exc))
            return
        self.damaged = u.damaged_items()
        self._fill()
        self.message.setText(self.tr("The damaged item has been removed.") + (" " + self._damaged_text()
                                                                               if self.damaged else ""))

    def _update_share(self) -> None:
        self.remove_damaged.setVisible(self._chosen_damaged() is not None)
        entry = self._current_entry()
        # A check-in is never shared, and the earlier relationships stay private.
        shared = entry is not None and entry.uuid in self._shared
        # An intimacy check is shared from its own results (only the latest): here only stopped.
        self.share.setVisible(self._linked and entry is not None and entry.kind not in (CHECKIN, HISTORY)
                              and (entry.kind != "intimacy" or shared))
        self.share.setText(self.tr("Stop sh&aring") if shared else self.tr("Sh&are with my partner"))
        self.share.setAccessibleName(self.share.text().replace("&", ""))

    def toggle_share(self) -> None:
        """Share the chosen text with the partner, or take it back."""
        entry, u = self._current_entry(), self._session.current
        if entry is None or u is None:
            return
        try:
            if entry.uuid in self._shared:
                self._together().unshare(u, self._shared[entry.uuid])
                self.message.setText(self.tr("No longer shared. Your partner cannot open it any more; "
                                             "what they already read, they have seen."))
            elif entry.kind in (CYCLE_MAP, "generations"):  # shared as from its own screen
                self._session.couple.share(u, entry.uuid)
                self.message.setText(self.tr("Shared with your partner."))
            else:
                self._together().share(u, entry.uuid)
                self.message.setText(self.tr("Shared with your partner."))
        except ProfileError as exc:
            self.message.setText(error_text(exc))
        except StorageError as exc:
            self.message.setText(failure_text(exc))
        row = self.list.currentRow()
        self._load_shared()
        self._fill(row)

    def shown(self) -> list[Entry]:
        """What the search finds: in the texts, and in the questions they answer."""
        return self.search_index.find(self.search.text(), self.entries)

    def _fill(self, row: int = 0) -> None:
        """Fill the list with what the search finds, the damaged items last, and choose line
        ``row`` (the first: something to read straight away; or the last line there is)."""
        self.reader.clear()
        shown = self.shown()
        rows = [(e.uuid, e) for e in shown] + [("damaged:" + d.uuid, d) for d in self.damaged]
        self.list.set_rows(rows, max(0, min(row, len(rows) - 1)))
        if self.list.currentRow() < 0:  # nothing to choose: nothing to read, nothing to share
            self._show()
        self.list.setAccessibleDescription(self.tr("%n item(s)", "", len(rows)))
        self._show_empty(bool(shown), len(rows))

    def _show_empty(self, found: bool, total: int) -> None:
        """An empty list says why: nothing written yet, or nothing the search finds."""
        words = self.search.text().strip()
        if total:
            text = ""
        elif words:
            text = self.tr("Nothing you wrote contains “%1”. Try other or fewer words, or clear the search to "
                           "see everything again.").replace("%1", words)
        else:
            text = self.tr("Nothing here yet. What you write in Erfenis comes here by date: your notes, your "
                           "answers in the exercises, your loop map, your earlier relationships and the results "
                           "of your pattern mirror. Only you can read it.")
        self.empty.setText(text)
        self.empty.setVisible(bool(text))
        self.split.setVisible(not text)
        self.export.setEnabled(found)

    def _show(self, current=None, _previous=None) -> None:
        self._update_share()
        key = self.list.current_key()
        if key is None:
            self.reader.clear()
            return
        if self._chosen_damaged() is not None:
            self.reader.setPlainText(self.tr("This item cannot be opened: it is damaged, or it was changed outside "
                                             "Erfenis. Erfenis never guesses at what was in it. You can remove it "
                                             "with the button below."))
            return
        entry = next((e for e in self.entries if e.uuid == key), None)
        if entry is None:
            self.reader.clear()
            return
        question = self._question(entry)
        self.reader.setPlainText(f"{question}\n\n{entry.text}" if question else entry.text)

    def export_pdf(self) -> None:
        """Only this profile's own writing, as shown (a search narrows it), into a PDF."""
        from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

        entries = self.shown()
        if not entries:
            return
        if not self._confirm_export(entries):
            return
        target = self._dialogs.save_file(self, self.tr("Export to PDF"), Path.home() / self.tr("my-erfenis.pdf"),
                                         self.tr("PDF files (*.pdf)"))
        if target is None:
            return
        name = self._session.current.profile.name
        parts = [f"<h1>{escape(self.tr('Everything I wrote'))} — {escape(name)}</h1>"]
        for entry in sorted(entries, key=lambda e: e.when):
            parts.append(f"<h3>{escape(self._when(entry))} · {escape(self._kind(entry))}</h3>")
            if self._question(entry):
                parts.append(f"<p><i>{escape(self._question(entry))}</i></p>")
            parts.append("<p>" + escape(entry.text).replace("\n", "<br>") + "</p>")
        document = QTextDocument()
        document.setHtml("".join(parts))
        writer = QPdfWriter(str(target))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setTitle(self.tr("Everything I wrote"))
        document.print_(writer)
        del writer
        self.message.setText(self.tr("Saved as %1.").replace("%1", str(target)))

    def _confirm_export(self, entries: list[Entry]) -> bool:
        """Say that the PDF will not be protected, and what will be in it."""
        from ..common.exports import confirm_export

        kinds = [e.kind for e in entries]
        contents = [text.replace("%1", str(kinds.count(kind))) for kind, text in (
            (NOTE, self.tr("Notes: %1")), (STEP1, self.tr("Answers from ‘See the pattern’: %1")),
            (TOGETHER, self.tr("Answers written together: %1")), (CHECKIN, self.tr("Check-ins: %1")),
            (CYCLE_MAP, self._kind(Entry("", CYCLE_MAP, "", "")) + ": %1"),
            (HISTORY, self._kind(Entry("", HISTORY, "", "")) + ": %1"),
            ("generations", self._kind(Entry("", "generations", "", "")) + ": %1"),
            (PATTERN_CHECK, self.tr("Pattern mirror results: %1")),
            ("intimacy", self.tr("Intimacy check results: %1")))
            if kinds.count(kind)]
        if self.search.text().strip():
            contents.append(self.tr("Only what your search finds: %1").replace("%1", self.search.text().strip()))
        contents.append(self.tr("Your name, and the date and time of each text"))
        holds = self.tr("It holds your own writing, as it is listed here, and nothing your partner wrote. This is "
                        "what will be in the file:")
        return confirm_export(self._dialogs, self, self.tr("Save what you wrote as a PDF?"), holds, contents)

    def clear_private(self) -> None:
        self.entries, self.damaged, self._shared, self._linked = [], [], {}, False
        self._labels, self._version = {}, None
        self.search_index.clear()
        self.list.set_rows([])
        self.message.clear()
        self.search.clear()
        self.reader.clear()
        self.reader.document().clearUndoRedoStacks()

    def showEvent(self, event) -> None:
        # Grows with the text size: room for a line's date and "shared" at any size.
        self.list.setMinimumWidth(self.fontMetrics().horizontalAdvance("n") * 34)
        super().showEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Everything I wrote"))
        self.intro.setText(self.tr("Everything you wrote in Erfenis, newest first: notes, answers in the "
                                   "exercises, your loop map, earlier relationships and the results of your "
                                   "pattern mirror. Only you can read it, and searching happens only on this "
                                   "computer."))
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setAccessibleName(self.tr("Search in what you wrote"))
        self.list.setAccessibleName(self.tr("What you wrote"))
        self.reader.setAccessibleName(self.tr("The chosen text"))
        self.export.setText(self.tr("Ex&port to PDF…"))
        self.export.setAccessibleName(self.tr("Export to PDF"))
        self.back.setText(self.tr("&Back to the start"))
        self.back.setAccessibleName(self.tr("Back to the start"))
        self.remove_damaged.setText(self.tr("Re&move this damaged item"))
        self.remove_damaged.setAccessibleName(self.tr("Remove this damaged item"))
        self._update_share()
        if self.entries and self._session.current is not None:  # the results and the loop map in words
            self.entries, _damaged = journal(self._exercises, self._session.current, self._prefs.language)
            self._index()
        if self.entries or self.damaged or not self.empty.isHidden():
            self._fill(max(0, self.list.currentRow()))  # the same lines in other words: the chosen one stays
