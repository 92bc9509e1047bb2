"""Step 2, "Learn a new language": the cards by group, what better not to say, a suggestion
from one's own pattern mirror, choosing one or two cards for the coming week and checking in.

The texts of the cards come from ``practice.toml`` (``services.practice.Practice.deck``);
which cards were chosen, and the reminder settings, are private items of the profile.
One card's box is ``card_box.py``; the reminder settings, their form and saving, are
``reminder_settings.py`` (a part of this page).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from erfenis_desktop.domain.practice import GROUPS, MAX_CHOSEN, ReminderSettings
from erfenis_desktop.services.vault import ProfileError

from ..common.messages import error_text, failure_text
from ..common.widgets import (
    ReadingColumn,
    Retranslating,
    button_row,
    card,
    clear_layout,
    fill,
    heading,
    paragraph,
)
from .card_box import CardBox
from .reminder_settings import SAVE_SETTINGS_MS, ReminderSettingsForm

__all__ = ["SAVE_SETTINGS_MS", "CardBox", "PracticePage"]


class PracticePage(Retranslating, ReminderSettingsForm, ReadingColumn):
    helpRequested = Signal()
    backRequested = Signal()
    checkInRequested = Signal(str)  # a card id
    stepThreeRequested = Signal()

    def __init__(self, session, exercises, prefs, parent=None):
        super().__init__(parent=parent)
        from erfenis_desktop.services.practice import Practice

        self.setObjectName("practicePage")
        self._session, self._prefs = session, prefs
        self._practice = Practice(exercises, session.couple)
        self.chosen: list[str] = []
        self.since: str | None = None
        self.suggested = None  # services.practice.Suggestion
        self.boxes: dict[str, CardBox] = {}
        self._revision = 0  # changed whenever a widget is added, removed or moved (``tab_revision``)
        self._cards_in: str | None = None  # the language the cards were built in
        self._week_shows: tuple | None = None  # (chosen cards, language) the week's rows show
        self.title, self.intro = heading(), paragraph()
        self.body.addWidget(self.title)
        self.body.addWidget(self.intro)
        self.status = paragraph()  # "Check-in saved.", or why something could not be done
        self.status.hide()
        self.body.addWidget(self.status)

        # This week: the chosen cards, each with a clear way to check in.
        week_box, self._week = card()
        self.week_title, self.week_note = heading("subheading"), paragraph()
        self._week.addWidget(self.week_title)
        self._week.addWidget(self.week_note)
        self.week_rows = QVBoxLayout()
        self._week.addLayout(self.week_rows)
        self.checkin_buttons: dict[str, QPushButton] = {}
        self.body.addWidget(week_box)

        # A suggestion from the person's own pattern mirror.
        self.suggest_box, suggest = card()
        self.suggest_title, self.suggest_card, self.suggest_reason = heading("subheading"), heading("question"), \
            paragraph()
        self.suggest_note = paragraph()
        self.suggest_button = QPushButton()
        self.suggest_button.clicked.connect(self._take_suggestion)
        for w in (self.suggest_title, self.suggest_card, self.suggest_reason, self.suggest_note):
            suggest.addWidget(w)
        button_row(suggest, self.suggest_button)
        self.body.addWidget(self.suggest_box)
        self.suggest_box.hide()

        # The cards, by group; then what better not to say.
        self.groups = QVBoxLayout()
        self.groups.setSpacing(12)
        self.body.addLayout(self.groups)
        self.group_titles: dict[str, tuple] = {}
        avoid_box, self._avoid = card()
        self.avoid_title, self.avoid_intro = heading("subheading"), paragraph()
        self._avoid.addWidget(self.avoid_title)
        self._avoid.addWidget(self.avoid_intro)
        self.avoid_rows = QVBoxLayout()
        self._avoid.addLayout(self.avoid_rows)
        self.body.addWidget(avoid_box)

        # Reminders (off by default), kept as the person's own private setting.
        self.body.addWidget(self._build_reminders())

        self.step3_button, self.help_button, self.back = QPushButton(), QPushButton(), QPushButton()
        self.step3_button.clicked.connect(self.stepThreeRequested)
        self.help_button.clicked.connect(self.helpRequested)
        self.back.clicked.connect(self._leave)
        self.not_therapy = paragraph()
        self.body.addWidget(self.not_therapy)
        button_row(self.body, self.step3_button)
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

    # Opening --------------------------------------------------------------------------------
    def open(self, status: str = "") -> None:
        u = self._session.current
        if u is None:
            return
        self.status.setText(status)
        self.status.setVisible(bool(status))
        try:  # nothing written or chosen since the last opening, the same language: the cards stay as they are
            version = (self._session.couple.revisions(u), self.lang)
        except Exception:  # noqa: BLE001 - then simply read again
            version = None
        if version is None or version != getattr(self, "_version", None):
            self._version = version
            plan = self._practice.plan(u)
            self.chosen = list(plan.cards) if plan else []
            self.since = plan.since if plan else None
            self._load_suggestion(u)
            self._load_settings(u)
            self.retranslate()
        self.verticalScrollBar().setValue(0)
        first = next(iter(self.checkin_buttons.values()), None)
        (first or self.step3_button).setFocus()

    def _load_suggestion(self, u) -> None:
        self._suggested_in = self.lang
        try:
            self.suggested = self._practice.suggestion(u, self.lang)
        except Exception:  # noqa: BLE001 - a suggestion is a nicety: without it the page works
            import logging

            logging.getLogger("erfenis").exception("no suggestion")
            self.suggested = None

    def _build_cards(self) -> None:
        """(Re)build the group and avoid sections for the current language (``retranslate``
        does it only when the language changed: the cards are the same otherwise)."""
        self._cards_in = self.lang
        self._revision += 1
        clear_layout(self.groups)
        clear_layout(self.avoid_rows)
        self.boxes, self.group_titles = {}, {}
        deck = self._practice.deck(self.lang)
        for group in GROUPS:
            title, intro = heading("question"), paragraph()
            title.setText(self._t(f"step2.groups.{group}.title"))
            self.groups.addSpacing(8)
            intro.setText(self._t(f"step2.groups.{group}.intro"))
            self.groups.addWidget(title)
            self.groups.addWidget(intro)
            self.group_titles[group] = (title, intro)
            for c in deck.group(group):
                box = CardBox(c)
                box.choose.toggled.connect(lambda on, cid=c.id: self._toggle(cid, on))
                self.groups.addWidget(box)
                self.boxes[c.id] = box
        for avoid in deck.avoid:
            phrase, why = heading("avoidPhrase"), paragraph()  # smaller than what to say
            phrase.setStyleSheet("font-weight: 600;")
            phrase.setText(fill(self.tr("“%1”"), avoid.phrase))
            why.setText(avoid.why)
            self.avoid_rows.addWidget(phrase)
            self.avoid_rows.addWidget(why)

    # Choosing --------------------------------------------------------------------------------
    def _toggle(self, card_id: str, on: bool) -> None:
        wanted = [c for c in self.chosen if c != card_id] + ([card_id] if on else [])
        self.choose(wanted, self.boxes[card_id].note)

    def choose(self, cards: list[str], where=None) -> bool:
        """Keep ``cards`` as this week's choice; False (and why, in ``where`` or at the top) when
        that could not be done."""
        for box in self.boxes.values():
            box.hide_note()
        u = self._session.current
        if u is None:
            return False
        try:
            plan = self._practice.choose(u, cards, self.lang)
        except Exception as error:  # noqa: BLE001 - said plainly, and nothing changed
            if isinstance(error, ProfileError) and error.code == "invalid_answer" and not cards:
                text = self.tr("One card stays chosen for the week. To change it, first choose the card you "
                               "want instead, then untick this one.")
            elif isinstance(error, ProfileError) and error.code == "invalid_answer":
                text = self.tr("Choose one or two cards at a time.")
            elif isinstance(error, ProfileError):
                text = error_text(error)
            else:
                text = failure_text(error)
            where = where or self.status
            where.setText(text)
            where.show()
            self._render()  # the boxes show what is really kept
            return False
        self.chosen, self.since = list(plan.cards), plan.since
        self.status.hide()
        self._render()
        return True

    def _take_suggestion(self) -> None:
        if self.suggested is not None and self.suggested.card not in self.chosen:
            self.choose(self.chosen + [self.suggested.card])

    def save_draft(self) -> None:
        """Before a lock: reminder times still being typed are kept."""
        self.save_settings()

    def _leave(self) -> None:
        self.save_settings()
        self.backRequested.emit()

    def hideEvent(self, event) -> None:
        self.save_settings()
        super().hideEvent(event)

    def clear_private(self) -> None:
        """The profile locks: nothing of this person's choice or settings stays on screen."""
        self.save_settings()
        self._settings_timer.stop()
        self.chosen, self.since, self.suggested = [], None, None
        self._version = None
        self._show_settings(ReminderSettings())
        self._saved_settings = None
        self.status.clear()
        self.status.hide()
        self._render()

    # Texts -----------------------------------------------------------------------------------
    def _render(self) -> None:
        """What depends on the choice: the boxes, this week's cards, the suggestion."""
        full = len(self.chosen) >= MAX_CHOSEN
        for cid, box in self.boxes.items():
            box.choose.blockSignals(True)
            box.choose.setChecked(cid in self.chosen)
            box.choose.blockSignals(False)
            box.choose.setEnabled(cid in self.chosen or not full)
            box.choose.setToolTip(self.tr("You have chosen two cards. Untick one to choose this one instead.")
                                  if full and cid not in self.chosen else "")
        deck = self._practice.deck(self.lang) if self.boxes else None
        shows = (tuple(self.chosen), self.lang, deck is not None)
        if shows != self._week_shows:  # the chosen cards' rows, made again only when the choice changed
            self._week_shows = shows
            self._week_rows(deck)
            if self.isVisible():  # a check-in button come or gone while the page is seen: in Tab order at once
                from ..common.announce import order_tabs

                order_tabs(self)
        self._week_note(full)
        self._suggestion(deck, full)

    def _week_rows(self, deck) -> None:
        self._revision += 1
        clear_layout(self.week_rows)
        self.checkin_buttons = {}
        for cid in self.chosen:
            c = deck.card(cid) if deck else None
            if c is None:
                continue
            row = QHBoxLayout()
            text = QVBoxLayout()
            title, phrase = heading("cardTitle"), paragraph()
            title.setStyleSheet("font-weight: 600;")
            title.setText(c.title)
            phrase.setText(fill(self.tr("“%1”"), c.phrase))
            text.addWidget(title)
            text.addWidget(phrase)
            row.addLayout(text, 1)
            button = QPushButton(self.tr("Check in…"))
            button.setAccessibleName(fill(self.tr("Check in: %1"), c.title))
            button.setDefault(not self.checkin_buttons)
            button.clicked.connect(lambda _c=False, i=cid: self.checkInRequested.emit(i))
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            holder = QWidget()
            holder.setLayout(row)
            self.week_rows.addWidget(holder)
            self.checkin_buttons[cid] = button

    def _week_note(self, full: bool) -> None:
        if self.chosen and self.since:
            when = QLocale().toString(QDate.fromString(self.since[:10], Qt.DateFormat.ISODate),
                                      QLocale.FormatType.LongFormat)
            self.week_note.setText(fill(self.tr("Chosen on %1. Use them when a moment comes, and check in "
                                                "afterwards: about a minute, whenever you like."), when) + (
                " " + self.tr("Two is the most at a time: to choose another card, first untick one below.")
                if full else ""))
        else:
            self.week_note.setText(self._t("step2.choose"))

    def _suggestion(self, deck, full: bool) -> None:
        s = self.suggested
        suggested_card = deck.card(s.card) if (s is not None and deck is not None) else None
        self.suggest_box.setVisible(suggested_card is not None)
        if suggested_card is not None:
            self.suggest_card.setText(suggested_card.title)
            self.suggest_reason.setText(s.reason)
            taken = s.card in self.chosen
            self.suggest_button.setVisible(not taken)
            self.suggest_button.setEnabled(not full)
            self.suggest_note.setText(self.tr("You chose this card.") if taken else self.tr(
                "Only a suggestion: choose what fits you."))
        else:
            self.suggest_card.clear()
            self.suggest_reason.clear()

    def retranslate(self) -> None:
        u = self._session.current
        if self.suggested is not None and getattr(self, "_suggested_in", self.lang) != self.lang \
                and u is not None and not u.is_locked:
            self._load_suggestion(u)  # the reason in the new language
        self.title.setText(self._t("step2.title"))
        self.setAccessibleName(self._t("step2.title"))
        self.intro.setText(self._t("step2.intro").strip())
        if self._cards_in != self.lang:
            self._build_cards()
            self._card_texts()
        for box in self.boxes.values():  # as cards made anew: no note of before
            box.hide_note()
        self.week_title.setText(self._t("step2.chosen"))
        self.suggest_title.setText(self._t("step2.suggested"))
        self.suggest_button.setText(self.tr("Choose this card"))
        self.suggest_button.setAccessibleName(self.tr("Choose the suggested card"))
        self.avoid_title.setText(self._t("step2.avoid_title"))
        self.avoid_intro.setText(self._t("step2.avoid_intro"))
        self.not_therapy.setText(self._t("step2.not_therapy"))
        self._reminder_texts()
        self.step3_button.setText(self.tr("On to step &3: bear the discomfort of the new"))
        self.step3_button.setAccessibleName(self.tr("On to step 3: bear the discomfort of the new"))
        self.help_button.setText(self.tr("Need help?"))
        self.help_button.setAccessibleName(self.tr("Need help? Where to find support"))
        self.back.setText(self.tr("&Back to the start"))
        self.back.setAccessibleName(self.tr("Back to the start"))
        self._render()

    def _card_texts(self) -> None:
        """The cards' texts, once as they are built (they change only with the language)."""
        deck = self._practice.deck(self.lang)
        for cid, box in self.boxes.items():
            c = deck.card(cid)
            box.title.setText(c.title)
            box.phrase.setText(fill(self.tr("“%1”"), c.phrase))
            box.instead.setText(fill(self.tr("Instead of: “%1”"), c.instead) if c.instead else "")
            box.instead.setVisible(bool(c.instead))
            box.why.setText(c.why)
            box.scene.setText(fill(self.tr("For example: %1"), c.scene))
            box.choose.setText(self.tr("Practise this card in the coming week"))
            box.choose.setAccessibleName(fill(self.tr("Practise “%1” in the coming week"), c.title))
