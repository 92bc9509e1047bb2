"""Step 3, "Bear the discomfort of the new": three examples to recognise oneself in and where
it leads; per card a chart of the discomfort over the days with its trend, and the week and
overall in words; always next to them that discomfort means doing something new, not doing it
wrong, and that feeling unfamiliar is not the same as being unsafe, with a way to help.

A card's progress is private; it can be shared with the partner only when the profiles are
linked (``Practice.share_progress``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from erfenis_desktop.services.store import StorageError
from erfenis_desktop.services.vault import ProfileError

from ..common.messages import error_text, failure_text
from ..common.widgets import ReadingColumn, Retranslating, button_row, card, clear_layout, fill, heading, paragraph
from .chart import DiscomfortChart


class CardProgress(QWidget):
    """One card: its title and phrase, the chart, the two sentences, the reminder that new is
    uncomfortable and unfamiliar is not unsafe, help, and sharing."""

    def __init__(self, card_id: str, parent=None):
        super().__init__(parent)
        self.card_id = card_id
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame, layout = card()
        outer.addWidget(frame)
        self.title, self.phrase = heading("subheading"), paragraph()
        self.title.setStyleSheet("font-weight: 600;")
        self.chart = DiscomfortChart()
        self.week, self.overall = paragraph(), paragraph()
        self.discomfort, self.safety = paragraph(), paragraph()
        self.discomfort.setObjectName("nudge")
        self.safety.setObjectName("safetyNote")
        self.share_text = paragraph()
        self._message = None
        for w in (self.title, self.phrase, self.chart, self.week, self.overall, self.discomfort, self.safety):
            layout.addWidget(w)
        self.help_button = QPushButton()
        button_row(layout, self.help_button)
        self.share_button, self.unshare_button = QPushButton(), QPushButton()
        layout.addWidget(self.share_text)
        button_row(layout, self.share_button, self.unshare_button)
        self._layout = layout

    @property
    def message(self):
        """What became of sharing, below the buttons: made the first time it is needed (a
        label, not a Tab stop: the Tab order stays as it is)."""
        if self._message is None:
            self._message = paragraph()
            self._message.hide()
            self._layout.addWidget(self._message)
        return self._message

    def clear_message(self) -> None:
        if self._message is not None:
            self._message.clear()
            self._message.hide()


class ProgressPage(Retranslating, ReadingColumn):
    helpRequested = Signal()
    backRequested = Signal()
    stepTwoRequested = Signal()

    def __init__(self, session, exercises, prefs, today=date.today, parent=None):
        """``today``: the local date (tests pass a fixed one)."""
        super().__init__(parent=parent)
        from erfenis_desktop.services.practice import Practice

        self.setObjectName("progressPage")
        self._session, self._prefs, self.today = session, prefs, today
        self._practice = Practice(exercises, session.couple)
        self.card_ids: list[str] = []
        self.progress: dict = {}  # card id -> services.practice.Progress
        self.linked = False
        self.shared: set[str] = set()  # cards whose progress the partner can see now
        self.cards: dict[str, CardProgress] = {}
        self._revision = 0  # changed whenever a widget is added, removed or moved (``tab_revision``)
        self._examples_in: str | None = None  # the language the examples were made in
        self._built_for: tuple | None = None  # (cards, language) the card boxes were made for
        self.title, self.intro = heading(), paragraph()
        self.body.addWidget(self.title)
        self.body.addWidget(self.intro)
        self.examples_title = heading("question")
        self.body.addWidget(self.examples_title)
        self.examples = QVBoxLayout()
        self.examples.setSpacing(12)
        self.body.addLayout(self.examples)
        leads, leads_layout = card()
        self.leads_title, self.leads_body = heading("subheading"), paragraph()
        leads_layout.addWidget(self.leads_title)
        leads_layout.addWidget(self.leads_body)
        self.body.addWidget(leads)
        self.progress_title, self.progress_intro = heading("question"), paragraph()
        self.body.addWidget(self.progress_title)
        self.body.addWidget(self.progress_intro)
        self.nothing = paragraph()
        self.to_step2_first = QPushButton()
        self.to_step2_first.clicked.connect(self.stepTwoRequested)
        self.body.addWidget(self.nothing)
        self.nothing_row = button_row(self.body, self.to_step2_first)
        self.card_rows = QVBoxLayout()
        self.card_rows.setSpacing(12)
        self.body.addLayout(self.card_rows)
        self.not_therapy = paragraph()
        self.body.addWidget(self.not_therapy)
        self.step2_button, self.back, self.help_button = QPushButton(), QPushButton(), QPushButton()
        self.step2_button.clicked.connect(self.stepTwoRequested)
        self.back.clicked.connect(self.backRequested)
        self.help_button.clicked.connect(self.helpRequested)
        button_row(self.body, self.step2_button)
        button_row(self.body, self.help_button, self.back)
        self.retranslate()

    def _t(self, key: str):
        return self._prefs.text("practice", key)

    def tab_revision(self) -> int:
        """Changes whenever a widget of the page is added, removed or moved: the Tab order is
        walked again (``common.announce.order_tabs``) only then."""
        return self._revision

    @property
    def lang(self) -> str:
        return self._prefs.language

    def open(self) -> None:
        u = self._session.current
        if u is None:
            return
        try:  # nothing written, shared or linked since the last opening, the same language and day: as it was
            version = (self._session.couple.revisions(u), self.lang, self.today())
        except (ProfileError, StorageError):
            version = None
        if version is not None and version == getattr(self, "_version", None):
            self.verticalScrollBar().setValue(0)
            return
        self._version = version
        drawn = (self.card_ids, self.linked, self.shared, self.progress, getattr(self, "_loaded_in", None))
        plan = self._practice.plan(u)
        ids = list(plan.cards) if plan else []
        for checkin in self._practice.checkins(u):  # and every card with check-ins
            if checkin.card not in ids:
                ids.append(checkin.card)
        deck = self._practice.deck(self.lang)
        self.card_ids = [i for i in ids if deck.card(i) is not None]
        self.linked = self._session.couple.state(u) == "linked"  # sharing is possible only then
        self.shared = {cid for cid in self.card_ids if self.linked and self._shared_copy(u, cid)}
        self._load()
        if drawn == (self.card_ids, self.linked, self.shared, self.progress, self.lang):
            for box in self.cards.values():  # something else was written: the charts stay as drawn
                box.clear_message()
        else:
            self.retranslate()
        self.verticalScrollBar().setValue(0)

    def _load(self) -> None:
        u = self._session.current
        self.progress = {}
        self._loaded_in = self.lang
        if u is None or u.is_locked:
            return
        for cid in self.card_ids:
            self.progress[cid] = self._practice.progress(u, cid, self.lang, self.today())

    def _build(self) -> None:
        """A box per card: made again only when the cards or the language changed (else each
        box is as new: no message of before)."""
        if self._built_for == (tuple(self.card_ids), self.lang):
            for box in self.cards.values():
                box.clear_message()
            return
        self._built_for = (tuple(self.card_ids), self.lang)
        self._revision += 1
        clear_layout(self.card_rows)
        self.cards = {}
        for cid in self.card_ids:
            box = CardProgress(cid)
            box.help_button.clicked.connect(self.helpRequested)
            box.share_button.clicked.connect(lambda _c=False, i=cid: self.share(i))
            box.unshare_button.clicked.connect(lambda _c=False, i=cid: self.unshare(i))
            self.card_rows.addWidget(box)
            self.cards[cid] = box

    def _shared_copy(self, u, card_id: str) -> str | None:
        try:
            return self._practice.shared_progress(u, card_id)
        except (ProfileError, StorageError, ValueError):
            return None

    def unshare(self, card_id: str) -> bool:
        """Stop sharing one card's progress: the partner no longer sees it."""
        u, box = self._session.current, self.cards.get(card_id)
        copy = self._shared_copy(u, card_id) if u is not None else None
        if box is None or copy is None:
            return False
        try:
            self._session.couple.unshare(u, copy)
        except ProfileError as error:
            box.message.setText(error_text(error))
        except Exception as error:  # noqa: BLE001 - said plainly
            box.message.setText(failure_text(error))
        else:
            self.shared.discard(card_id)
            self.retranslate()
            self.cards[card_id].message.setText(self.tr("No longer shared."))
            self.cards[card_id].message.show()
            return True
        box.message.show()
        return False

    def share(self, card_id: str) -> bool:
        """Share one card's progress, as it is today, with the partner."""
        u, box = self._session.current, self.cards.get(card_id)
        if u is None or box is None:
            return False
        try:
            self._practice.share_progress(u, card_id, self.lang, self.today())
        except ProfileError as error:
            box.message.setText(error_text(error))
        except StorageError as error:
            box.message.setText(failure_text(error))
        except Exception as error:  # noqa: BLE001 - said plainly
            box.message.setText(failure_text(error))
        else:
            self.shared.add(card_id)
            self.retranslate()
            box = self.cards[card_id]
            box.message.setText(self.tr("Shared with your partner: this chart and its sentences as they are "
                                        "today. Share again later to show how it goes on."))
            box.message.show()
            return True
        box.message.show()
        return False

    def clear_private(self) -> None:
        """The profile locks: no card, no chart, no sentence stays behind."""
        self.card_ids, self.progress, self.linked, self.shared = [], {}, False, set()
        self._version = None
        self.retranslate()

    # Texts -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        t = self._t
        if self.card_ids and getattr(self, "_loaded_in", self.lang) != self.lang:
            self._load()  # the sentences in the new language
        self.title.setText(t("step3.title"))
        self.setAccessibleName(t("step3.title"))
        self.intro.setText(t("step3.intro").strip())
        self.examples_title.setText(t("step3.examples_title"))
        if self._examples_in != self.lang:
            self._examples_in = self.lang
            self._examples()
        self.leads_title.setText(t("step3.leads_to_title"))
        self.leads_body.setText(t("step3.leads_to").strip())
        self.progress_title.setText(t("progress.title"))
        self.progress_intro.setText(t("progress.intro"))
        has_cards = bool(self.card_ids)
        self.progress_intro.setVisible(has_cards)
        self.nothing.setVisible(not has_cards)
        self.to_step2_first.setVisible(not has_cards)
        self.nothing.setText(self.tr("You have not chosen a card yet. Choose one or two in step 2; after each "
                                     "check-in you see here how the discomfort goes."))
        self.to_step2_first.setText(self.tr("Choose a card in step 2"))
        self.to_step2_first.setAccessibleName(self.tr("Choose a card in step 2"))
        self._build()
        deck = self._practice.deck(self.lang) if has_cards else None
        unfamiliar = self._prefs.text("help", "safety.unfamiliar")
        for cid, box in self.cards.items():
            c, progress = deck.card(cid), self.progress.get(cid)
            box.title.setText(c.title)
            box.phrase.setText(fill(self.tr("“%1”"), c.phrase))
            any_yet = progress is not None and progress.overall.count > 0  # else the chart says so
            box.week.setText(progress.week_sentence if any_yet else "")
            box.overall.setText(progress.overall_sentence if any_yet else "")
            box.week.setVisible(any_yet)
            box.overall.setVisible(any_yet)
            box.chart.setAccessibleName(fill(self.tr("Discomfort over time: %1"), c.title))
            box.chart.set_data(progress.points if progress else [], progress.trend if progress else [],
                               " ".join(s for s in (box.week.text(), box.overall.text()) if s) or t("progress.empty"),
                               t("progress.empty"))
            box.discomfort.setText(t("step3.discomfort"))
            box.safety.setText(unfamiliar)
            box.help_button.setText(self.tr("Need help?"))
            box.help_button.setAccessibleName(self.tr("Need help? Where to find support"))
            box.share_text.setText(t("progress.share"))
            box.share_text.setVisible(self.linked)
            shared = cid in self.shared
            box.share_button.setVisible(self.linked)
            box.unshare_button.setVisible(self.linked and shared)
            box.share_button.setText(self.tr("Share again, as it is today") if shared
                                     else self.tr("Share with my partner"))
            box.share_button.setAccessibleName(fill(self.tr("Share your progress with “%1” with your partner"),
                                                    c.title))
            box.unshare_button.setText(self.tr("Stop sharing"))
            box.unshare_button.setAccessibleName(fill(self.tr("Stop sharing your progress with “%1”"), c.title))
        self.not_therapy.setText(t("step3.not_therapy"))
        self.step2_button.setText(self.tr("Back to step &2"))
        self.step2_button.setAccessibleName(self.tr("Back to step 2"))
        self.help_button.setText(self.tr("Need help?"))
        self.help_button.setAccessibleName(self.tr("Need help? Where to find support"))
        self.back.setText(self.tr("&Back to the start"))
        self.back.setAccessibleName(self.tr("Back to the start"))

    def _examples(self) -> None:
        """Three examples to recognise oneself in (the same until the language changes)."""
        self._revision += 1
        clear_layout(self.examples)
        for example in self._t("step3.examples"):
            frame, layout = card()
            title, body = heading("subheading"), paragraph()
            title.setText(example["title"])
            body.setText(example["body"].strip())
            layout.addWidget(title)
            layout.addWidget(body)
            self.examples.addWidget(frame)
