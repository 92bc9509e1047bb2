"""On the home screen: choose your profile, or (when unlocked) what you can do with it."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QLocale, QSize, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from erfenis_desktop.services.session import Session

from ..common.fields import badge
from ..common.widgets import Retranslating, card, fill, for_button, heading, paragraph


class _ProfileButtons(Mapping):
    """The profile page's buttons by action, as ``ProfilesPanel.buttons`` while a profile is
    open; the page is made when first asked for (unlocking stays quick)."""

    def __init__(self, panel: ProfilesPanel):
        self._panel = panel

    def __getitem__(self, key: str) -> QPushButton:
        return self._panel.profile_page.buttons[key]

    def __iter__(self):
        from ..home.profile_page import ACTIONS

        return iter(ACTIONS)

    def __len__(self) -> int:
        return 5


class ProfilesPanel(Retranslating, QWidget):
    unlockRequested = Signal(str)  # profile uuid
    createRequested = Signal()
    notesRequested = Signal()
    exerciseRequested = Signal(str)  # pattern, step1, step2, step3, journal, together, dans, cycle, history, timeline
    actionRequested = Signal(str)  # rename, password, recovery, renew, delete (from the profile page)
    switchRequested = Signal()
    profileRequested = Signal()  # the profile page (ui/home/profile_page.py)
    joinRequested = Signal(str)  # the partner (profile uuid) unlocks next to this profile, to answer together

    def __init__(self, session: Session, prefs=None, parent=None):
        super().__init__(parent)
        self._session, self._prefs = session, prefs
        #: A function that gives the exercises service (set by ProfileFlow), for where the person
        #: is on the path; without it the path shows no progress.
        self.exercises = None
        self.journey = None  # domain.journey.Journey of the person, worked out when the home is shown
        self._journey_seen = None  # (profile, revision, language, day) it was worked out for
        self.home = None  # ui/home/unlocked.py UnlockedHome, while a profile is open
        self._profile_page = None
        self.setObjectName("profilesPanel")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame, self._box = card()
        self._frame = frame
        outer.addWidget(frame)
        self.title = heading("subheading")
        self.note = paragraph()
        self._box.addWidget(self.title)
        self._box.addWidget(self.note)
        from .keyring_note import KeyringNote  # no system keyring: one sentence on what that means

        self.keyring_note = KeyringNote(session)
        self._box.addWidget(self.keyring_note)
        # After a lock that could not save what was being written: said here, until the next unlock.
        self.unsaved = paragraph()
        self.unsaved.setObjectName("inlineMessage")
        self.unsaved.hide()
        self._unsaved = None  # (whose, why)
        self._box.addWidget(self.unsaved)
        self._content = QWidget()
        self._box.addWidget(self._content)
        self.buttons: dict[str, QPushButton] = {}
        session.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild for the current state (after create, unlock, lock, rename, delete)."""
        self._content.hide()  # at once: focus and a screen reader never stay on a button that is gone
        self._box.removeWidget(self._content)  # now, not when it is deleted: the page is laid out once
        self._content.deleteLater()
        self._content = QWidget()
        self._box.addWidget(self._content)
        self.buttons = {}
        if self._session.is_unlocked:
            self._unsaved = None  # seen: someone is back in
            self._build_unlocked()
        else:
            self._build_picker()
        self.unsaved.setVisible(self._unsaved is not None and not self._session.is_unlocked)
        self._restyle(self._session.is_unlocked)
        self.retranslate()

    def _restyle(self, unlocked: bool) -> None:
        """The picker is a card; the unlocked home is the page itself (its cards are the cards),
        under a big "Hello"."""
        for widget, name in ((self._frame, "openHome" if unlocked else "card"),
                             (self.title, "heading" if unlocked else "subheading")):
            if widget.objectName() != name:
                widget.setObjectName(name)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        margins = (0, 0, 0, 0) if unlocked else (18, 14, 18, 14)
        if self._box.contentsMargins().left() != margins[0]:
            self._box.setContentsMargins(*margins)
        if not unlocked and self.home is not None:  # locked: nothing of the person stays behind
            self.home.hide()
            self.home.clear()
            self.journey = None

    def place_banner(self, banner: QWidget) -> None:
        """A quiet note for the open profile (a reminder, ui/practice/reminders.py): under the
        greeting, above "continue where I was"."""
        self._box.insertWidget(self._box.indexOf(self.unsaved) + 1, banner)

    def show_unsaved(self, whose: str, error: BaseException) -> None:
        """The profile locked (idle, a quick hide, the screen lock) while a text could not be
        saved (``error``: the StorageError): say so on the picker until the next unlock."""
        self._unsaved = (whose, error)

    def _build_picker(self) -> None:
        workshop = getattr(self._session, "workshop", None)
        if workshop is not None:  # couples, whose turn it is, a search (ui/workshop/picker.py)
            from ..workshop.picker import WorkshopPicker

            self.workshop_picker = WorkshopPicker(self._session, workshop, self._prefs, self._content)
            self.buttons, self.create_button = self.workshop_picker.buttons, self.workshop_picker.join_button
            return
        grid = QGridLayout(self._content)
        grid.setContentsMargins(0, 0, 0, 0)
        size = self.fontMetrics().height() * 2
        grid.setColumnStretch(3, 1)
        for i, profile in enumerate(self._session.vault.profiles()):
            button = QPushButton(for_button(profile.name))  # an "&" in a name is shown, not a shortcut
            demo = self._session.demo_passwords.get(profile.uuid)
            if demo:  # a fictional profile: its password is no secret
                button.setText(for_button(f"{profile.name}  ·  {demo}"))
            button.setIcon(badge(profile.colour, profile.initial, size))
            button.setIconSize(QSize(size, size))
            button.setProperty("profile_name", profile.name)
            button.clicked.connect(lambda _c=False, u=profile.uuid: self.unlockRequested.emit(u))
            grid.addWidget(button, i // 2, i % 2)
            self.buttons[profile.uuid] = button
        row = QHBoxLayout()
        self.create_button = QPushButton()
        self.create_button.clicked.connect(self.createRequested)
        row.addWidget(self.create_button)
        row.addStretch(1)
        grid.addLayout(row, (len(self.buttons) + 1) // 2 + 1, 0, 1, 3)

    def prepare(self) -> None:
        """Make the unlocked home ahead, hidden and without a word of anyone (while a password is
        typed on the unlock page), so the unlock itself only fills it in."""
        if self.home is None:
            self._make_home()
            self.home.hide()
            self.home.ensurePolished()  # its style, too (else at the first show)

    def _build_unlocked(self) -> None:
        """The unlocked home (made ahead by ``prepare`` or at the first unlock, then kept:
        unlocking stays quick; see ``_restyle`` for how it is emptied at a lock)."""
        if self.home is None:
            self._make_home()
        self.home.show()
        self.buttons = _ProfileButtons(self)  # rename, password, recovery, renew, delete
        self.failures_before = None
        self._work_out_progress()

    def _make_home(self) -> None:
        if self.home is None:
            from ..home.unlocked import UnlockedHome

            self.home = UnlockedHome()
            self._box.addWidget(self.home)
            cards = self.home.cards
            # The names tests and other screens know the cards by (each card is a button: .click()).
            self.exercise_buttons = {k: cards[k] for k in ("pattern", "step1", "step2", "step3", "together", "answer",
                                                           "dans", "cycle", "timeline", "history", "journal",
                                                           "generations")}
            for key, card_ in self.exercise_buttons.items():
                if key != "answer":
                    card_.clicked.connect(lambda _c=False, k=key: self.exerciseRequested.emit(k))
            cards["answer"].clicked.connect(self._answer_together)
            for key in ("intimacy", "intimacy_alone"):  # one card: in Together with a partner, else On my own
                cards[key].clicked.connect(lambda _c=False: self.exerciseRequested.emit("intimacy"))
            self.notes_button = cards["notes"]
            self.notes_button.clicked.connect(self.notesRequested)
            self.continue_card = self.home.continue_card
            self.continue_card.clicked.connect(self._continue)
            cards["profile"].clicked.connect(self.profileRequested)
            self.switch_button = self.home.switch_button
            self.switch_button.clicked.connect(self.switchRequested)
            self.attempts = self.home.attempts

    @property
    def profile_page(self):
        """The profile page (made at the first unlock; ProfileFlow shows it)."""
        if self._profile_page is None:
            from ..home.profile_page import ProfilePage

            # Kept (hidden) by this panel until ProfileFlow puts it among the pages: it goes when
            # the window goes, before the translations do.
            self._profile_page = ProfilePage(self._session, self._prefs, self)
            self._profile_page.hide()
            self._profile_page.actionRequested.connect(self.actionRequested)
        return self._profile_page

    def update_progress(self) -> None:
        """Work out again where the person is on the path (after an exercise, say), and show it."""
        self._work_out_progress()
        if self.home is not None and self._session.is_unlocked:
            self.retranslate()

    def _work_out_progress(self) -> None:
        from datetime import date

        known, self.journey = self.journey, None
        if self._session.is_unlocked and self.exercises is not None and self._prefs is not None:
            from erfenis_desktop.services import journey
            from erfenis_desktop.services.store import StorageError
            from erfenis_desktop.services.unlocked import ProfileError

            u = self._session.current
            try:
                # Worked out again only when the writing, the language or the day changed (back on
                # the home screen after only reading, the path is where it was).
                of = (u.profile.uuid, u.revision(), self._prefs.language, date.today())
                self.journey = known if known is not None and of == self._journey_seen \
                    else journey.journey(u, self.exercises(), self._prefs.language)
                self._journey_seen = of
            except (StorageError, ProfileError):  # the cards are there all the same, without where you are
                self.journey = self._journey_seen = None

    def _partner(self) -> tuple[str | None, str]:
        """The linked partner's profile (uuid, name), or (None, "") for a person on their own."""
        u = self._session.current
        couple = self._session.couple
        uuid = couple.partner_of(u.profile.uuid)
        name = next((p.name for p in self._session.vault.profiles() if p.uuid == uuid), None) if uuid else None
        return (uuid, name) if name is not None else (None, "")

    def _answer_together(self) -> None:
        """With the partner here: choose a question; else the partner unlocks first."""
        uuid, _name = self._partner()
        if self._session.together or uuid is None:
            self.exerciseRequested.emit("together")
        else:
            self.joinRequested.emit(uuid)

    def _continue(self) -> None:
        step = self.journey.next.step if self.journey is not None else "pattern"
        self.exerciseRequested.emit(step)

    def focus_first(self) -> None:
        """Keyboard focus on the main thing to do here."""
        if self._session.is_unlocked:
            self.continue_card.setFocus()
        elif self.buttons:
            next(iter(self.buttons.values())).setFocus()
        else:
            self.create_button.setFocus()

    def show_failures(self, count: int, since: float | None) -> None:
        """After an unlock: "N failed attempts since …" (hidden when there were none)."""
        failures = (count, since) if count else None
        if failures != self.failures_before:  # (the unlock has just put the rest into words)
            self.failures_before = failures
            self.retranslate()

    # The unlocked home's words ------------------------------------------------------------
    def _text(self, key: str) -> str:
        return self._prefs.text("home", key).strip() if self._prefs is not None else ""

    @staticmethod
    def _day(day) -> str:
        """A date as people say it: "3 March", with the year when it is not this year's."""
        from datetime import date

        from PySide6.QtCore import QDate

        shown = QDate(day.year, day.month, day.day)
        return QLocale().toString(shown, "d MMMM" if day.year == date.today().year else "d MMMM yyyy")

    def step_label(self, step: str) -> str:
        """A step of the path by its name (no Alt letter): "Step 1: See the pattern"."""
        return self._step_titles()[step].replace("&", "")

    def _step_titles(self) -> dict[str, str]:
        return {"pattern": self.tr("&Pattern mirror"), "step1": self.tr("Step &1: See the pattern"),
                "step2": self.tr("Step &2: Learn a new language"), "step3": self.tr("Step &3: Bear the discomfort")}

    def status_text(self, status) -> str:
        """Where the person is on one step, in words: not started, under way since …, done on …"""
        from erfenis_desktop.domain import journey as rules

        if status.state == rules.NOT_STARTED:
            return self.tr("Not started yet")
        if status.state == rules.DONE:
            return fill(self.tr("Done on %1"), self._day(status.done_on))
        if status.step == "pattern" and status.done_on is not None:
            return fill(self.tr("Under way again since %1; done before on %2"), self._day(status.since),
                        self._day(status.done_on))
        text = fill(self.tr("Under way since %1"), self._day(status.since))
        detail = {"step1": self.tr("%1 of %2 questions answered"),
                  "step2": self.tr("a card used on %1 of %2 days"),
                  "step3": self.tr("discomfort noted on %1 of %2 days")}.get(status.step)
        if detail and status.goal:
            text += " · " + fill(detail, str(status.count), str(status.goal))
        return text

    def _retranslate_home(self) -> None:
        """Every card's words: the path with where the person is, together (or alone: one's
        own side), on my own, the profile."""
        from erfenis_desktop.domain import journey as rules

        cards = self.home.cards
        way = self.journey
        titles = self._step_titles()
        for step in rules.STEPS:
            status = way.status(step) if way is not None else None
            cards[step].set_texts(titles[step], self._text(f"cards.{step}.what"), self._text(f"cards.{step}.time"),
                                  self.status_text(status) if status is not None else "",
                                  status.state if status is not None else "")
        # Continue where I was.
        target = way.next if way is not None else rules.Continue(rules.BEGIN, "pattern")
        status = way.status(target.step) if way is not None else None
        # Where it leads, by name; then where the person is there (or, for a step not begun
        # yet, how long it takes).
        title = {rules.BEGIN: self.tr("&Begin with the pattern mirror"),
                 rules.AGAIN: self.tr("&Continue practising")}.get(target.kind, self.tr("&Continue where I was"))
        self.continue_card.icon_name = self.home.cards[target.step].icon_name
        if target.kind == rules.BEGIN:
            self.continue_card.set_texts(title, self._text("cards.pattern.what"), self._text("cards.pattern.time"))
        elif target.kind == rules.NEXT:
            self.continue_card.set_texts(title, self.step_label(target.step), self._text(f"cards.{target.step}.time"))
        else:
            self.continue_card.set_texts(title, self.step_label(target.step), status=self.status_text(status),
                                         state=status.state)
        self.home.titles["path"].setText(self.tr("Your path"))
        self.home.path_intro.setText(self._text("path.intro"))
        # Together, or one's own side when there is no partner.
        uuid, name = self._partner()
        linked = uuid is not None
        grid = self.home.grids["together"]
        grid.show_only(("together", "answer", "dans", "cycle", "intimacy", "timeline") if linked
                       else ("together", "dans", "cycle"))
        own = self.home.grids["own"]
        own.show_only([c.key for c in own.cards if c.key != "intimacy_alone" or not linked])
        for key in ("intimacy", "intimacy_alone"):
            cards[key].set_texts(self.tr("The &intimacy check"),
                                 self._text("cards.intimacy.what" if linked else "cards.intimacy.what_alone"),
                                 self._text("cards.intimacy.time"))
        if linked:
            self.home.titles["together"].setText(fill(self.tr("You and %1"), name))
            if self._session.together:
                link = fill(self.tr("%1 is here too"), name)
            elif self._session.couple.state(self._session.current) == "changed":
                link = self.tr("Your link needs to be confirmed again, together.")
            else:
                link = fill(self.tr("Linked with %1"), name)
            cards["together"].set_texts(fill(self.tr("To&gether with %1"), for_button(name)),
                                        self._text("cards.together.what"), status=link)
            cards["answer"].set_texts(self.tr("&Answer together"), self._text("cards.answer.what"))
            cards["dans"].set_texts(self.tr("Our &dance"), self._text("cards.dans.what"))
            cards["cycle"].set_texts(self.tr("Mapping our l&oop"), self._text("cards.cycle.what"))
            cards["timeline"].set_texts(self.tr("What we shared"), self._text("cards.timeline.what"))
        else:
            self.home.titles["together"].setText(self.tr("Your side of the dance"))
            cards["together"].set_texts(self.tr("To&gether with my partner"), self._text("cards.together.what_alone"))
            # "Je dans" (one person), not "Jullie dans": hence a word for the translators.
            cards["dans"].set_texts(self.tr("Your &dance", "one person's own side, alone"),
                                    self._text("cards.dans.what_alone"))
            cards["cycle"].set_texts(self.tr("Mapping your l&oop"), self._text("cards.cycle.what_alone"))
        # On my own, and the profile.
        self.home.titles["own"].setText(self.tr("On my own"))
        cards["notes"].set_texts(self.tr("My &notes"), self._text("cards.notes.what"))
        cards["history"].set_texts(self.tr("Earlier &relationships"), self._text("cards.history.what"))
        cards["generations"].set_texts(self.tr("Generations"), self._text("cards.generations.what"))
        cards["journal"].set_texts(self.tr("Everything I &wrote"), self._text("cards.journal.what"))
        self.home.titles["profile"].hide()  # the card says it: "Your profile: <name>"
        cards["profile"].set_texts(fill(self.tr("&Your profile: %1"), for_button(self._session.current.profile.name)),
                                   self._text("cards.profile.what"))
        self.switch_button.setText(self.tr("Lock and switch profile"))
        self.switch_button.setAccessibleName(self.tr("Lock and switch profile"))

    def retranslate(self) -> None:
        if self._session.is_unlocked:
            profile = self._session.current.profile
            self.title.setText(fill(self.tr("Hello, %1"), profile.name))
            self.note.setText(self.tr("Your profile is open. Lock it (Ctrl+L) before you leave the computer."))
            if self.failures_before:
                from datetime import datetime

                count, since = self.failures_before
                when = QLocale().toString(datetime.fromtimestamp(since), QLocale.FormatType.ShortFormat)
                self.attempts.setText(self.tr("%n wrong password(s) were typed for this profile since %1.",
                                              "", count).replace("%1", when))
                self.attempts.show()
            else:
                self.attempts.hide()
            self._retranslate_home()
            return
        self.title.setText(self.tr("Who are you?"))
        if self._unsaved is not None:
            from ..common.messages import storage_text

            whose, error = self._unsaved
            self.unsaved.setText(self.tr("%1: what you were writing when your profile locked could not be saved, "
                                         "so it is lost. Erfenis keeps no text that is not saved once a profile "
                                         "is locked.").replace("%1", whose) + " " + storage_text(error))
        self.note.setText(self.tr(
            "Each person has their own profile with a password. What you write in it, only you can read. "
            "The names are not secret: everyone who uses this computer sees them."))
        if self._session.demo_passwords:
            self.note.setText(self.tr("This is the demo: a made-up couple in a temporary folder. Each button "
                                      "shows that profile’s password. Everything is gone when Erfenis closes."))
        for uuid, button in self.buttons.items():
            name = button.property("profile_name")
            button.setAccessibleName(fill(self.tr("Open the profile of %1"), name))
            if uuid in self._session.demo_passwords:
                button.setAccessibleDescription(self.tr("Demo password: %1").replace(
                    "%1", self._session.demo_passwords[uuid]))
        if getattr(self._session, "workshop", None) is not None:
            self.workshop_picker.retranslate(self)
            return
        self.create_button.setText(self.tr("New &profile…"))
        self.create_button.setAccessibleName(self.tr("New profile"))
