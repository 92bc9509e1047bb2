"""“What we shared”: the couple's shared timeline, by date. Private writing never appears here."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from erfenis_desktop.services.exercises import NOTE, PATTERN_CHECK, Exercises
from erfenis_desktop.services.preferences import Preferences
from erfenis_desktop.services.session import Session
from erfenis_desktop.services.store import StorageError
from erfenis_desktop.services.together import TimelineItem, Together
from erfenis_desktop.services.vault import ProfileError

from ..common.fields import badge
from ..common.messages import error_text, failure_text
from ..common.widgets import ReadingColumn, Retranslating, button_row, card, heading, paragraph, plain_label


class TimelinePage(Retranslating, ReadingColumn):
    backRequested = Signal()
    compareRequested = Signal()
    #: Cards made at a time: the newest first, the earlier ones when asked for (five years of
    #: sharing is hundreds of cards, and making them all would take seconds).
    BATCH = 25

    def __init__(self, session: Session, exercises: Exercises, prefs: Preferences, parent=None):
        super().__init__(parent=parent)
        self.setObjectName("timelinePage")
        self._session, self._prefs = session, prefs
        self.together = Together(session.couple, exercises)
        self.items: list[TimelineItem] = []
        self.title, self.intro, self.message = heading(), paragraph(), paragraph()
        for w in (self.title, self.intro, self.message):
            self.body.addWidget(w)
        self.cards: list = []
        self._version = None  # the revisions of both profiles (and the language) the cards show
        self.more = QPushButton()  # the earlier shared items, a batch at a time
        self.more.clicked.connect(self.show_more)
        self.more.hide()
        self.body.addWidget(self.more)
        self.back = QPushButton()
        self.back.clicked.connect(self.backRequested)
        self._back_row = button_row(self.body, self.back)
        self.retranslate()

    def open(self) -> None:
        u = self._session.current
        if u is None:
            return
        version = self._revisions(u)
        if version is not None and version == self._version and self.cards:  # nothing new: the cards stay
            self.back.setFocus()
            return
        self._version = version
        self.message.clear()
        shown = self.items
        try:
            self.items, damaged = self.together.timeline(u, self._prefs.language)
        except ProfileError as exc:
            self.items, damaged = [], 0
            self.message.setText(error_text(exc))
        if damaged:
            self.message.setText(error_text(ProfileError("damaged")))
        if self.items != shown or not self.cards:  # the same as on screen: the cards stay
            self._render()
        self.back.setFocus()

    def _revisions(self, u):
        """What the timeline depends on: both profiles' revisions and the language."""
        try:
            return self._session.couple.revisions(u), self._prefs.language
        except ProfileError:
            return None

    def _clear_cards(self) -> None:
        for frame in self.cards:
            self.body.removeWidget(frame)
            frame.hide()
            frame.deleteLater()
        self.cards = []

    def _render(self) -> None:
        self._clear_cards()
        if not self.items:
            frame, layout = card()
            empty = paragraph()
            empty.setText(self._prefs.text("together", "timeline.empty"))
            layout.addWidget(empty)
            self.body.insertWidget(self.body.indexOf(self.message) + 1, frame)
            self.cards.append(frame)
            self.more.hide()
            return
        self._add_cards(self.BATCH)

    def show_more(self) -> None:
        """The next batch of earlier shared items. Focus goes to the first button among them,
        else stays on this button, else (nothing earlier left) goes to Back."""
        first = len(self.cards)
        self._add_cards(self.BATCH)
        buttons = [b for frame in self.cards[first:] for b in frame.findChildren(QPushButton)]
        (buttons[0] if buttons else self.more if self.more.isVisible() else self.back).setFocus()

    def _add_cards(self, count: int) -> None:
        people = {p.uuid: p for p in self._session.vault.profiles()}
        me = self._session.current.profile.uuid if self._session.current else ""
        at = self.body.indexOf(self.message) + 1
        size = self.fontMetrics().height() * 2
        for item in self.items[len(self.cards):len(self.cards) + count]:
            frame, layout = card()
            owner = people.get(item.owner_uuid)
            top = QHBoxLayout()
            icon = QLabel()
            if owner is not None:
                icon.setPixmap(badge(owner.colour, owner.initial, size).pixmap(QSize(size, size)))
            who = plain_label(f"{owner.name if owner else '?'} · {self._date(item.when)}", "subheading")
            top.addWidget(icon)
            top.addWidget(who, 1)
            layout.addLayout(top)
            title, text = heading("question"), paragraph()
            title.setText(item.title or self._kind(item.kind))
            text.setText(item.text if item.run is None else self.tr("Their results of the pattern mirror."))
            layout.addWidget(title)
            layout.addWidget(text)
            row = QHBoxLayout()
            if item.run is not None:
                see = QPushButton(self.tr("See both results side by side"))
                see.setAccessibleName(see.text())
                see.clicked.connect(self.compareRequested)
                row.addWidget(see)
            if item.owner_uuid == me:
                stop = QPushButton(self.tr("Stop sharing"))
                stop.setAccessibleName(self.tr("Stop sharing: %1").replace("%1", title.text()))
                stop.clicked.connect(lambda _c=False, uuid=item.uuid: self.unshare(uuid))
                row.addWidget(stop)
            row.addStretch(1)
            layout.addLayout(row)
            self.body.insertWidget(at + len(self.cards), frame)
            self.cards.append(frame)
        left = len(self.items) - len(self.cards)
        self.more.setVisible(left > 0)
        if left > 0:
            self.more.setText(self.tr("Show earlier shared items (%n more)", "", left))
            self.more.setAccessibleName(self.more.text())

    def unshare(self, shared_uuid: str) -> None:
        try:
            self.together.unshare(self._session.current, shared_uuid)
        except ProfileError as exc:
            self.message.setText(error_text(exc))
            return
        except StorageError as exc:
            self.message.setText(failure_text(exc))
            return
        self.open()
        self.message.setText(self.tr("No longer shared. Your partner cannot open it any more; "
                                     "what they already read, they have seen."))

    def _date(self, iso: str) -> str:
        return QLocale().toString(QDateTime.fromString(iso, Qt.DateFormat.ISODate).toLocalTime(),
                                  QLocale.FormatType.ShortFormat)

    def _kind(self, kind: str) -> str:
        if kind == "intimacy":  # a shared intimacy check: its results in words, under the check's name
            return self._prefs.text("intimacy", "intro.title")
        return {NOTE: self.tr("A note"), PATTERN_CHECK: self.tr("Pattern mirror")}.get(kind, kind)

    def clear_private(self) -> None:
        self.items, self._version = [], None
        self._clear_cards()
        self.more.hide()
        self.more.setText("")
        self.message.clear()

    def retranslate(self) -> None:
        self.title.setText(self._prefs.text("together", "timeline.title"))
        self.setAccessibleName(self.title.text())
        self.intro.setText(self._prefs.text("together", "timeline.intro"))
        self.back.setText(self.tr("&Back to Together"))
        self.back.setAccessibleName(self.tr("Back to Together"))
        if self.items:
            self._render()
