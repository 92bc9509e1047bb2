"""Practising together at the computer: one starts with “I notice that I feel …” about something
small from today, the other answers only with a listening or presence card, then they swap.
Turns and the clock are the talk guide's. Afterwards each rates their discomfort, one at a time
while the other looks away, as their own private item."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from erfenis_desktop.domain.names import fill as fill_names
from erfenis_desktop.domain.practice import HIGHEST, LOWEST
from erfenis_desktop.services.exercises import Exercises
from erfenis_desktop.services.practice import Practice
from erfenis_desktop.services.preferences import Preferences
from erfenis_desktop.services.session import Session
from erfenis_desktop.services.store import StorageError
from erfenis_desktop.services.together import new_session_id
from erfenis_desktop.services.vault import ProfileError

from ..common.messages import error_text, failure_text
from ..common.widgets import ReadingColumn, Retranslating, button_row, card, fill, for_button, heading, paragraph
from ..together.talk_guide import TalkGuide

#: The card groups the listener answers with (domain.practice.GROUPS).
ANSWER_GROUPS = ("listening", "presence")


class TogetherExercisePage(Retranslating, QWidget):
    """``backRequested``: back to Together. Nothing a person rates is ever shown after they
    chose it: the choice is cleared before the keyboard goes to the other."""

    backRequested = Signal()
    helpRequested = Signal()

    def __init__(self, session: Session, exercises: Exercises, prefs: Preferences, parent=None):
        super().__init__(parent)
        self.setObjectName("togetherExercisePage")
        self._session, self._prefs = session, prefs
        self.practice = Practice(exercises, session.couple)
        self.users: list = [None, None]
        self.session_id = ""
        self.swaps = 0  # how often the turn went to the other
        self.rater = 0  # who rates now
        self.rated: list[str | None] = [None, None]  # "kept" or "skipped", per person
        self.lost_draft = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)

        # Talking, one at a time.
        self.talk = ReadingColumn(max_width_chars=90)
        body = self.talk.body
        self.title, self.intro = heading(), paragraph()
        body.addWidget(self.title)
        body.addWidget(self.intro)
        now_box, now = card()
        self.speaker_line, self.starter, self.speaker_hint = heading("question"), heading("stepText"), paragraph()
        self.listener_line = heading("question")
        for w in (self.speaker_line, self.starter, self.speaker_hint, self.listener_line):
            now.addWidget(w)
        self.cards = QWidget()  # the listening and presence cards, filled from the deck
        self.cards_layout = QVBoxLayout(self.cards)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        now.addWidget(self.cards)
        self.swap_hint = paragraph()
        now.addWidget(self.swap_hint)
        body.addWidget(now_box)
        self.guide = TalkGuide(prefs)  # the turns and the clock
        self.guide.title.hide()  # this page says what the exercise is
        self.guide.intro.hide()
        self.guide.listener_tip.hide()  # the listener answers with the cards above
        self.guide.phrases.hide()
        self.guide.timer.timeout.connect(session.activity)  # talking counts as being here
        self.guide.swap_button.clicked.connect(self._swapped)
        self.guide.helpRequested.connect(self.helpRequested)
        body.addWidget(self.guide)
        way_out_box, way_out = card()
        self.way_out_title, self.way_out = heading("subheading"), paragraph()
        way_out.addWidget(self.way_out_title)
        way_out.addWidget(self.way_out)
        body.addWidget(way_out_box)
        self.message = paragraph()
        self.message.setObjectName("inlineMessage")
        body.addWidget(self.message)
        self.stack.addWidget(self.talk)
        # While talking, always at hand outside the scrolling: done, and Stop.
        self.bar = QWidget()
        bar = QHBoxLayout(self.bar)
        bar.setContentsMargins(24, 8, 24, 12)
        self.rate_button, self.stop_button = QPushButton(), QPushButton()
        self.rate_button.clicked.connect(self.to_ratings)
        self.stop_button.clicked.connect(self.stop)
        bar.addWidget(self.rate_button)
        bar.addStretch(1)
        bar.addWidget(self.stop_button)

        # Before each rating: the other looks away.
        self.handover = ReadingColumn(max_width_chars=70)
        self.look_away, self.handover_text = heading(), paragraph()
        self.handover_button, self.handover_stop = QPushButton(), QPushButton()
        self.handover_button.clicked.connect(self._handed_over)
        self.handover_stop.clicked.connect(self.stop)
        self.handover.body.addWidget(self.look_away)
        self.handover.body.addWidget(self.handover_text)
        button_row(self.handover.body, self.handover_button)
        button_row(self.handover.body, self.handover_stop)
        self.stack.addWidget(self.handover)

        # Rating, privately.
        self.rate = ReadingColumn(max_width_chars=70)
        rb = self.rate.body
        self.rate_title, self.rate_text = heading(), paragraph()
        rb.addWidget(self.rate_title)
        rb.addWidget(self.rate_text)
        scale = QWidget()
        grid = QGridLayout(scale)
        grid.setContentsMargins(0, 0, 0, 0)
        self.scale = QButtonGroup(self)
        self.scale.setExclusive(True)
        self.points: list[QRadioButton] = []
        for value in range(LOWEST, HIGHEST + 1):
            point = QRadioButton(str(value))
            self.scale.addButton(point, value)
            self.points.append(point)
            grid.addWidget(point, 0, value - LOWEST)
        self.low, self.high = paragraph(), paragraph()
        self.high.setAlignment(Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.low, 1, 0, 1, 5)
        grid.addWidget(self.high, 1, 6, 1, 5)
        self.scale.idToggled.connect(lambda _id, _on: self._sync())
        rb.addWidget(scale)
        self.rate_note, self.safety = paragraph(), paragraph()
        self.safety.setObjectName("safetyNote")  # next to "new feels strange": unfamiliar is not unsafe
        rb.addWidget(self.rate_note)
        rb.addWidget(self.safety)
        self.rate_message = paragraph()
        self.rate_message.setObjectName("inlineMessage")
        rb.addWidget(self.rate_message)
        self.keep_button, self.skip_button = QPushButton(), QPushButton()
        self.keep_button.clicked.connect(self.keep_rating)
        self.skip_button.clicked.connect(self.skip_rating)
        button_row(rb, self.keep_button, self.skip_button)
        self.help_button = QPushButton()
        self.help_button.clicked.connect(self.helpRequested)
        button_row(rb, self.help_button)
        self.stack.addWidget(self.rate)

        # Done.
        self.done = ReadingColumn(max_width_chars=70)
        self.done_title, self.done_text, self.done_safety = heading(), paragraph(), paragraph()
        self.done_safety.setObjectName("safetyNote")
        for w in (self.done_title, self.done_text, self.done_safety):
            self.done.body.addWidget(w)
        self.again_button, self.back_button = QPushButton(), QPushButton()
        self.again_button.clicked.connect(self.start)
        self.back_button.clicked.connect(self.stop)
        button_row(self.done.body, self.again_button, self.back_button)
        self.stack.addWidget(self.done)
        outer.addWidget(self.bar)
        self.stack.currentChanged.connect(lambda _i: self.bar.setVisible(self.stack.currentWidget() is self.talk))
        self.retranslate()

    # Starting ---------------------------------------------------------------------------
    def start(self) -> bool:
        """Begin for the two unlocked partners; False when they are not both here."""
        if not self._session.together:
            return False
        self.users = [self._session.current, self._session.partner]
        self.session_id = new_session_id()
        self.swaps, self.rater, self.rated = 0, 0, [None, None]
        self.lost_draft = None
        self.message.clear()
        self._clear_scale()
        self.guide.set_people(*(u.profile.name for u in self.users))
        self._fill_cards()
        self.stack.setCurrentWidget(self.talk)
        self.retranslate()
        self.guide.start_button.setFocus()
        return True

    @property
    def speaker(self) -> int:
        """Who talks now (the talk guide keeps the turns)."""
        return self.guide.speaker

    def _swapped(self) -> None:
        self.swaps += 1
        self.retranslate()

    def _fill_cards(self) -> None:
        from ..common.widgets import clear_layout

        clear_layout(self.cards_layout)
        try:
            deck = self.practice.deck(self._prefs.language)
        except (KeyError, ValueError):  # the content check at start-up makes this rare
            deck = None
        quote = (lambda p: f"“{p}”") if self._prefs.language == "en" else (lambda p: f"‘{p}’")
        for group in ANSWER_GROUPS:
            chosen = deck.group(group) if deck is not None else []
            if not chosen:
                continue
            title = heading("subheading")
            title.setText(self._t(f"{group}_title"))
            lines = paragraph()
            lines.setObjectName("phrases")
            lines.setText("\n".join(quote(c.phrase) for c in chosen))
            self.cards_layout.addWidget(title)
            self.cards_layout.addWidget(lines)

    # Rating -----------------------------------------------------------------------------
    def to_ratings(self) -> None:
        if self.users[0] is None:
            return
        self.guide.stop()
        self.rater = 0
        self._show_handover()

    def _show_handover(self) -> None:
        """Before each person rates: the other looks away. Nothing of an earlier rating is here."""
        self._clear_scale()
        self.stack.setCurrentWidget(self.handover)
        self.retranslate()
        self.handover_button.setFocus()

    def _handed_over(self) -> None:
        self.rate_message.clear()
        self.stack.setCurrentWidget(self.rate)
        self.retranslate()
        self.points[0].setFocus()

    def _clear_scale(self) -> None:
        self.scale.setExclusive(False)  # an exclusive group cannot go back to nothing chosen
        for point in self.points:
            point.setChecked(False)
        self.scale.setExclusive(True)
        self._sync()

    def _sync(self) -> None:
        self.keep_button.setEnabled(self.scale.checkedId() >= LOWEST)

    def keep_rating(self) -> None:
        u, value = self.users[self.rater], self.scale.checkedId()
        if u is None or value < LOWEST:
            return
        try:
            self.practice.rate_together(u, self.session_id, value)
        except ProfileError as exc:
            self.rate_message.setText(error_text(exc))
            return
        except StorageError as exc:  # the choice stays on screen, to try again
            self.rate_message.setText(failure_text(exc))
            return
        self._next_rater("kept")

    def skip_rating(self) -> None:
        self._next_rater("skipped")

    def _next_rater(self, what: str) -> None:
        self.rated[self.rater] = what
        self._clear_scale()  # before anything else: the other never sees this choice
        self.rate_message.clear()
        if self.rater == 0:
            self.rater = 1
            self._show_handover()
            return
        self.stack.setCurrentWidget(self.done)
        self.retranslate()
        self.back_button.setFocus()

    # Leaving ------------------------------------------------------------------------------
    def stop(self) -> None:
        self.clear_private()
        self.backRequested.emit()

    def keyPressEvent(self, event):
        if event.key() == Qt.Key.Key_Escape:  # the way out, from anywhere in the exercise
            self.stop()
            return
        super().keyPressEvent(event)

    @property
    def active(self) -> bool:
        return self.users[0] is not None

    def clear_private(self) -> None:
        """Nothing is kept that was not kept already: a rating counts only once it is chosen
        and kept."""
        self.guide.stop()
        self._clear_scale()
        self.users, self.session_id, self.swaps, self.rated = [None, None], "", 0, [None, None]
        self.guide.set_people("", "")
        from ..common.widgets import clear_layout

        clear_layout(self.cards_layout)
        self.message.clear()
        self.rate_message.clear()
        self.stack.setCurrentWidget(self.talk)
        self.retranslate()

    # Texts -------------------------------------------------------------------------------
    def _t(self, key: str):
        return self._prefs.text("practice", f"together.{key}")

    def retranslate(self) -> None:
        names = [u.profile.name if u is not None else "" for u in self.users]
        speaker, listener = names[self.speaker], names[1 - self.speaker]
        self.title.setText(self._t("title"))
        self.setAccessibleName(self._t("title"))
        self.talk.setAccessibleName(self._t("title"))
        self.intro.setText(self._t("intro").strip())
        self.speaker_line.setText(fill_names(self._t("speaker"), name=speaker))
        self.starter.setText(self._t("starter"))
        self.speaker_hint.setText(fill_names(self._t("speaker_hint"), name=speaker))
        self.listener_line.setText(fill_names(self._t("listener"), name=listener))
        # Before the first swap: how to swap; after it, that both told and listened.
        self.swap_hint.setText(fill_names(self._t("swap"), name=speaker, partner=listener) if self.swaps == 0
                               else self._t("swapped"))
        self.way_out_title.setText(self._prefs.text("practice", "repair.way_out_title"))
        self.way_out.setText(self._t("way_out").strip() + "\n\n" + self._t("stop").strip())
        if self.active and self.cards_layout.count():
            self._fill_cards()  # the cards in the new language
        self.rate_button.setText(self.tr("We are done: &rate how it felt"))
        self.rate_button.setAccessibleName(self.tr("We are done: rate how it felt, each on your own"))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop the exercise and go back to Together"))
        self.stop_button.setToolTip(self.tr("Stop the exercise (Esc)"))
        # Rating, one at a time: the other looks away (the words of taking turns in Together).
        rater, other = names[self.rater], names[1 - self.rater]
        t = lambda key: self._prefs.text("together", key)  # noqa: E731
        self.look_away.setText(fill_names(t("session.look_away"), name=other, partner=rater))
        self.handover.setAccessibleName(self.look_away.text())
        self.handover_text.setText(fill_names(t("session.handover"), name=other, partner=rater))
        start = self.tr("I am %1: I &rate on my own")
        self.handover_button.setText(fill(start, for_button(rater)))
        self.handover_button.setAccessibleName(fill(start.replace("&", ""), rater))
        self.handover_stop.setText(self.tr("Stop"))
        self.handover_stop.setAccessibleName(self.tr("Stop the exercise and go back to Together"))
        self.handover_stop.setToolTip(self.tr("Stop the exercise (Esc)"))
        self.rate_title.setText(fill_names(self._t("rate_title"), name=rater))
        self.rate.setAccessibleName(self.rate_title.text())
        self.rate_text.setText(self._t("rate_body").strip())
        self.low.setText(f"{LOWEST}: {self._t('rate_low')}")
        self.high.setText(f"{HIGHEST}: {self._t('rate_high')}")
        for point in self.points:
            point.setAccessibleName(self.tr("%1 out of 10").replace("%1", point.text()))
        self.rate_note.setText(self._t("rate_note").strip())
        self.safety.setText(self._prefs.text("help", "safety.unfamiliar"))
        self.keep_button.setText(self.tr("Keep my &answer, only for me"))
        self.keep_button.setAccessibleName(self.tr("Keep my answer, only for me"))
        self.skip_button.setText(self.tr("Ski&p"))
        self.skip_button.setAccessibleName(self.tr("Skip rating"))
        self.help_button.setText(self.tr("Need help?"))
        self.help_button.setAccessibleName(self.tr("Need help? Where to find support"))
        self.done_title.setText(self._t("done_title"))
        self.done.setAccessibleName(self._t("done_title"))
        self.done_text.setText(self._t("done_body").strip())
        self.done_safety.setText(self._prefs.text("help", "safety.unfamiliar"))
        self.again_button.setText(self.tr("Practise &again"))
        self.again_button.setAccessibleName(self.tr("Practise again"))
        self.back_button.setText(self.tr("&Back to Together"))
        self.back_button.setAccessibleName(self.tr("Back to Together"))
