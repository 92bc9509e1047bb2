"""“Together”: link two profiles, let the partner join, start a question, and what was shared."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QRadioButton, QWidget

from erfenis_desktop.services.exercises import Exercises
from erfenis_desktop.services.preferences import Preferences
from erfenis_desktop.services.session import Session
from erfenis_desktop.services.store import StorageError
from erfenis_desktop.services.together import Together
from erfenis_desktop.services.vault import ProfileError

from ..common.dialogs import Dialogs
from ..common.fields import badge
from ..common.messages import error_text, failure_text
from ..common.widgets import (
    ReadingColumn,
    Retranslating,
    button_row,
    card,
    clear_layout,
    fill,
    for_button,
    heading,
    paragraph,
)
from ..prompts.chooser import PromptChooser
from .together_page import SIDE_BY_SIDE, TURNS


class CouplePage(Retranslating, ReadingColumn):
    partnerUnlockRequested = Signal(str)  # profile uuid
    partnerCreateRequested = Signal()  # no other profile yet: the partner makes one, next to this one
    sessionRequested = Signal(str, str)  # prompt id, mode
    exerciseRequested = Signal()  # practising together (ui/practice/together_exercise.py)
    repairRequested = Signal()  # after a clash (ui/practice/repair.py)
    timelineRequested = Signal()
    compareRequested = Signal()
    backRequested = Signal()
    helpRequested = Signal()

    def __init__(self, session: Session, exercises: Exercises, prefs: Preferences, dialogs: Dialogs, parent=None):
        super().__init__(parent=parent)
        self.setObjectName("couplePage")
        self._session, self._prefs, self._dialogs = session, prefs, dialogs
        self.together = Together(session.couple, exercises)
        self.state = "single"
        self.title, self.intro = heading(), paragraph()
        self.body.addWidget(self.title)
        self.body.addWidget(self.intro)

        box, self.box = card()
        self.status_title, self.status = heading("subheading"), paragraph()
        self.box.addWidget(self.status_title)
        self.box.addWidget(self.status)
        self.candidates = QWidget()  # one button per profile to link with
        self.candidates_layout = QHBoxLayout(self.candidates)
        self.candidates_layout.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(self.candidates)
        self.join = QPushButton()
        self.join.clicked.connect(lambda: self.partnerUnlockRequested.emit(self._partner_uuid() or ""))
        button_row(self.box, self.join)
        # No other profile to link with: the partner makes their own, here and now.
        self.make_text, self.make_button = paragraph(), QPushButton()
        self.make_button.clicked.connect(self.partnerCreateRequested)
        self.box.addWidget(self.make_text)
        button_row(self.box, self.make_button)
        self._candidates = 0
        # Comparing the words of both locks (linking, and after a key changed).
        self.words_intro = paragraph()
        self.words = [paragraph(), paragraph()]
        self.seen = [QCheckBox(), QCheckBox()]
        self.box.addWidget(self.words_intro)
        for words, seen in zip(self.words, self.seen):
            words.setObjectName("fingerprint")
            self.box.addWidget(words)
            self.box.addWidget(seen)
            seen.toggled.connect(self._sync)
        self.link_button = QPushButton()
        self.link_button.clicked.connect(self.link)
        button_row(self.box, self.link_button)
        # Starting a question together.
        self.choose_label = QLabel()
        self.prompt = QComboBox()
        # Not as wide as the longest question: a page's natural width above the window's makes
        # Qt give the text below too few lines at 200 % (the column's top alignment uses it).
        self.prompt.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.prompt.setMinimumContentsLength(20)
        self.choose_label.setBuddy(self.prompt)
        # Around the list: a theme, another question, not for us (ui/prompts/chooser.py).
        self.chooser = PromptChooser(session, exercises, prefs, self.choose_label, self.prompt)
        self.box.addWidget(self.chooser)
        self.side, self.turns = QRadioButton(), QRadioButton()
        self.side.setChecked(True)
        self.side_text, self.turns_text = paragraph(), paragraph()
        for w in (self.side, self.side_text, self.turns, self.turns_text):
            self.box.addWidget(w)
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self._start)
        button_row(self.box, self.start_button)
        # Next to answering a question: practising together, and a talk after a clash.
        self.practise_title, self.exercise_text, self.repair_text = heading("subheading"), paragraph(), paragraph()
        self.exercise_button, self.repair_button = QPushButton(), QPushButton()
        self.exercise_button.clicked.connect(self.exerciseRequested)
        self.repair_button.clicked.connect(self.repairRequested)
        self.box.addWidget(self.practise_title)
        self.box.addWidget(self.exercise_text)
        button_row(self.box, self.exercise_button)
        self.box.addWidget(self.repair_text)
        button_row(self.box, self.repair_button)
        self.message = paragraph()
        self.box.addWidget(self.message)
        self.body.addWidget(box)

        self.timeline_button, self.compare_button = QPushButton(), QPushButton()
        self.timeline_button.clicked.connect(self.timelineRequested)
        self.compare_button.clicked.connect(self.compareRequested)
        button_row(self.body, self.timeline_button, self.compare_button)
        self.unlink_title, self.unlink_text = heading("subheading"), paragraph()
        self.body.addWidget(self.unlink_title)
        self.body.addWidget(self.unlink_text)
        self.unlink_button = QPushButton()
        self.unlink_button.clicked.connect(self.unlink)
        button_row(self.body, self.unlink_button)
        self.help_button, self.back = QPushButton(), QPushButton()
        self.help_button.clicked.connect(self.helpRequested)
        self.back.clicked.connect(self.backRequested)
        button_row(self.body, self.help_button, self.back)
        self.retranslate()

    # State ----------------------------------------------------------------------------
    def _partner_uuid(self) -> str | None:
        u = self._session.current
        return self._session.couple.partner_of(u.profile.uuid) if u is not None else None

    def open(self) -> None:
        """Show what fits now: link, let the partner join, compare new words, or start."""
        u = self._session.current
        if u is None:
            return
        self.state = self._session.couple.state(u)
        partner = self._session.partner
        if self.state == "linked" and partner is not None and self._session.couple.state(partner) != "linked":
            self.state = "changed"  # the partner's pin no longer matches (this profile renewed its keys)
        if self.state == "changed" and self._partner_uuid() is None:
            self.state = "alone"  # the partner's profile was deleted
        if self.state == "single" and partner is not None and \
                self._session.couple.couple_of(partner.profile.uuid) is not None:
            self.state = "partner_taken"
        self.message.clear()
        for seen in self.seen:
            seen.setChecked(False)
        self._fill_candidates()
        self._fill_prompts()
        self._layout_for_state()
        self.retranslate()

    def show_failures(self, name: str, count: int, since: float | None) -> None:
        """After the partner unlocked: wrong passwords typed for their profile, if any."""
        if not count or since is None:
            return
        from datetime import datetime

        from PySide6.QtCore import QLocale

        when = QLocale().toString(datetime.fromtimestamp(since), QLocale.FormatType.ShortFormat)
        self.message.setText(fill(self.tr("%n wrong password(s) were typed for the profile of %1 since %2.", "",
                                          count), name, when))

    def show_code_notice(self, name: str) -> None:
        """The partner's last recovery code was never confirmed as kept: it is replaced at the
        next unlock on their own (the code screen is for the profile that is open)."""
        note = self.tr("The last recovery code of %1 was never confirmed as kept. When you are done "
                       "together, %1 should unlock on their own: Erfenis then shows a new one.").replace("%1", name)
        self.message.setText("\n\n".join(t for t in (self.message.text(), note) if t))

    def show_partner_made(self, name: str) -> None:
        """The partner just made their profile here: both are unlocked, ready to link. Their recovery
        code was not shown (someone else is here); they get it when they unlock on their own."""
        made = self.tr(
            "The profile of %1 is ready, and you are both here. Read each other’s words above out loud, then link. "
            "The recovery code of %1 was not shown, because someone else is here: the first time %1 unlocks "
            "on their own, Erfenis shows it, to %1 alone. Until then, only the password opens it.")
        self.message.setText(made.replace("%1", name))
        self.seen[0].setFocus()

    def _fill_candidates(self) -> None:
        clear_layout(self.candidates_layout)
        self._candidates = 0
        me = self._session.current.profile.uuid
        size = self.fontMetrics().height() * 2
        for profile in self._session.vault.profiles():
            if profile.uuid == me or self._session.couple.couple_of(profile.uuid) is not None:
                continue
            label = fill(self.tr("Link with %1…"), profile.name)
            button = QPushButton(for_button(label))
            button.setIcon(badge(profile.colour, profile.initial, size))
            button.setIconSize(QSize(size, size))
            button.setAccessibleName(label)
            button.clicked.connect(lambda _c=False, uuid=profile.uuid: self.partnerUnlockRequested.emit(uuid))
            self.candidates_layout.addWidget(button)
            self._candidates += 1
        self.candidates_layout.addStretch(1)

    def _fill_prompts(self, keep: bool = False) -> None:
        """The chosen theme's questions, the one offered now first (``keep``: the selection stays)."""
        self.chooser.fill(keep=keep)

    def _layout_for_state(self) -> None:
        together, state = self._session.together, self.state
        self.candidates.setVisible(state == "single" and not together)
        for w in (self.make_text, self.make_button):
            w.setVisible(state == "single" and not together and not self._candidates)
        self.join.setVisible(state in ("linked", "changed") and not together)
        comparing = together and state in ("single", "changed")
        for w in (self.words_intro, self.link_button, *self.words, *self.seen):
            w.setVisible(comparing)
        for w in (self.chooser, self.choose_label, self.prompt, self.side, self.side_text, self.turns, self.turns_text,
                  self.start_button, self.practise_title, self.exercise_text, self.exercise_button, self.repair_text,
                  self.repair_button):
            w.setVisible(together and state == "linked")
        linked = state in ("linked", "changed", "alone", "damaged")
        for w in (self.timeline_button, self.compare_button):
            w.setVisible(state == "linked")
        for w in (self.unlink_title, self.unlink_text, self.unlink_button):
            w.setVisible(linked)
        self._sync()

    def _sync(self, *_args) -> None:
        self.link_button.setEnabled(all(seen.isChecked() for seen in self.seen))

    # Doing --------------------------------------------------------------------------------
    def link(self) -> None:
        """Both saw each other's words: link (or, after a key changed, pin the new words)."""
        a, b = self._session.current, self._session.partner
        if not self._session.together or not all(s.isChecked() for s in self.seen):
            return
        try:
            if self.state == "changed":
                self._session.couple.repin(a, b)
            else:
                self._session.couple.link(a, b)
        except (ProfileError, StorageError) as exc:
            self.open()
            self.message.setText(error_text(exc) if isinstance(exc, ProfileError) else failure_text(exc))
            return
        self.open()
        self.message.setText(self.tr("You are linked. Choose a question to answer together."))
        self.prompt.setFocus()

    def _start(self) -> None:
        if self.prompt.currentData() is None:  # every question of the theme was set aside
            return
        self.sessionRequested.emit(self.prompt.currentData(), TURNS if self.turns.isChecked() else SIDE_BY_SIDE)

    def unlink(self) -> None:
        u = self._session.current
        if u is None:
            return
        choice = self._dialogs.ask(self, self._t("link.unlink_title"), self._t("link.unlink_body").strip(),
                                   [("unlink", self.tr("Unlink")), ("cancel", self.tr("Keep us linked"))], "cancel")
        if choice != "unlink":
            return
        try:
            self._session.couple.unlink(u)
        except ProfileError as exc:
            self.message.setText(error_text(exc))
            return
        except StorageError as exc:
            self.message.setText(failure_text(exc))
            return
        self.open()
        self.message.setText(self.tr("You are no longer linked. The shared space has been removed."))

    # Texts ----------------------------------------------------------------------------------
    def _t(self, key: str):
        return self._prefs.text("together", key)

    def _words_line(self, u) -> str:
        words = " · ".join(self._session.couple.fingerprint(u.profile.uuid, self._prefs.language))
        return fill(self.tr("The words of %1: %2"), u.profile.name, words)

    def retranslate(self) -> None:
        if self._session.current is not None and self.prompt.count():
            self._fill_prompts(keep=True)  # the questions in the new language
        self.title.setText(self._t("intro.title"))
        self.setAccessibleName(self._t("intro.title"))
        self.intro.setText(self._t("intro.body").strip())
        a, b = self._session.current, self._session.partner
        partner_uuid = self._partner_uuid() if a is not None else None
        partner_name = self._session.vault.profile(partner_uuid).name if partner_uuid else (
            b.profile.name if b is not None else "")
        state = self.state
        if state == "linked":
            self.status_title.setText(self.tr("Linked with %1").replace("%1", partner_name))
            self.status.setText(self._t("session.choose") if self._session.together else
                                self.tr("To answer a question together, %1 unlocks their own profile too.")
                                .replace("%1", partner_name))
        elif state == "changed":
            self.status_title.setText(self.tr("Linked with %1").replace("%1", partner_name))
            self.status.setText(self._t("link.changed").strip().replace("{name}", partner_name))
        elif state == "alone":
            self.status_title.setText(self.tr("Your partner’s profile no longer exists"))
            self.status.setText(self.tr("The profile you were linked with has been deleted. Unlink to "
                                        "clear the shared space; then you can link with someone again."))
        elif state == "damaged":
            self.status_title.setText(self.tr("The shared space cannot be opened"))
            self.status.setText(self.tr("Part of the file that belongs to your link is damaged. Your own writing "
                                        "is not affected. Unlink, then link again to start a new shared space."))
        elif state == "partner_taken":
            self.status_title.setText(self._t("link.title"))
            self.status.setText(error_text(ProfileError("already_linked")))
        else:
            self.status_title.setText(self._t("link.title"))
            self.status.setText(self._t("link.body").strip())
        self.make_text.setText(self.tr(
            "There is no other profile here yet. Your partner can make one now, next to yours: with their own "
            "name and a password only they know. You stay unlocked, and look away while your partner types."))
        self.make_button.setText(self.tr("My partner &makes a profile…"))
        self.make_button.setAccessibleName(self.tr("My partner makes a profile next to mine"))
        joins = self.tr("%1 &joins: unlock their profile")
        self.join.setText(fill(joins, for_button(partner_name)))
        self.join.setAccessibleName(fill(joins.replace("&", ""), partner_name))
        self.words_intro.setText(self._t("link.words").strip())
        if self._session.together:
            for words, seen, (me, other) in zip(self.words, self.seen, ((a, b), (b, a))):
                words.setText(self._words_line(me))
                label = fill(self.tr("%1: I have seen the words of %2"), other.profile.name, me.profile.name)
                seen.setText(for_button(label))
                seen.setAccessibleName(label)
        # Confirming again says nothing about why: which of the two renewed their protection stays theirs.
        self.link_button.setText(self.tr("&Confirm the link") if state == "changed" else self.tr("L&ink"))
        self.link_button.setAccessibleName(self.link_button.text().replace("&", ""))
        self.choose_label.setText(self.tr("&Question:"))
        self.prompt.setAccessibleName(self.tr("Question"))
        self.side.setText(self.tr("Side b&y side"))
        self.side.setAccessibleName(self.tr("Side by side"))
        self.turns.setText(self.tr("Taking t&urns"))
        self.turns.setAccessibleName(self.tr("Taking turns"))
        self.side_text.setText(self._t("session.side_by_side"))
        self.turns_text.setText(self._t("session.turns"))
        self.start_button.setText(self.tr("St&art"))
        self.start_button.setAccessibleName(self.tr("Start the question"))
        practice = lambda key: self._prefs.text("practice", key)  # noqa: E731
        self.practise_title.setText(self.tr("Or practise together"))
        self.exercise_text.setText(practice("together.intro").strip())
        self.exercise_button.setText(for_button(practice("together.title")))
        self.exercise_button.setAccessibleName(practice("together.title"))
        self.repair_text.setText(practice("repair.intro").strip())
        self.repair_button.setText(for_button(practice("repair.title")))
        self.repair_button.setAccessibleName(practice("repair.title"))
        self.timeline_button.setText(self._t("timeline.title"))
        self.timeline_button.setAccessibleName(self._t("timeline.title"))
        self.compare_button.setText(self._t("compare.title"))
        self.compare_button.setAccessibleName(self._t("compare.title"))
        self.unlink_title.setText(self._t("link.unlink_title"))
        self.unlink_text.setText(self._t("link.unlink_body").strip())
        self.unlink_button.setText(self.tr("U&nlink…"))
        self.unlink_button.setAccessibleName(self.tr("Unlink"))
        self.help_button.setText(self.tr("Need help?"))
        self.help_button.setAccessibleName(self.tr("Need help? Where to find support"))
        self.back.setText(self.tr("&Back to the start"))
        self.back.setAccessibleName(self.tr("Back to the start"))

    def clear_private(self) -> None:
        self.chooser.clear_private()
        for words in self.words:
            words.clear()
        self.message.clear()
        self.state = "single"
        # No one's name stays behind either (in a workshop the laptop is handed over after a lock);
        # open() fills these again.
        clear_layout(self.candidates_layout)
        for button in (*self.seen, self.join):
            button.setText("")
            button.setAccessibleName("")
