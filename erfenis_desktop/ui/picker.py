"""On the home screen: choose your profile, or (when unlocked) what you can do with it."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSize, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from erfenis_desktop.services.session import Session

from .fields import badge
from .widgets import Retranslating, card, fill, for_button, heading, paragraph


class ProfilesPanel(Retranslating, QWidget):
    unlockRequested = Signal(str)  # profile uuid
    createRequested = Signal()
    notesRequested = Signal()
    exerciseRequested = Signal(str)  # pattern, step1, step2, step3, journal, together
    actionRequested = Signal(str)  # rename, password, recovery, delete
    switchRequested = Signal()

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self._session = session
        self.setObjectName("profilesPanel")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame, self._box = card()
        outer.addWidget(frame)
        self.title = heading("subheading")
        self.note = paragraph()
        self._box.addWidget(self.title)
        self._box.addWidget(self.note)
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
        self.retranslate()

    def show_unsaved(self, whose: str, error: BaseException) -> None:
        """The profile locked (idle, a quick hide, the screen lock) while a text could not be
        saved (``error``: the StorageError): say so on the picker until the next unlock."""
        self._unsaved = (whose, error)

    def _build_picker(self) -> None:
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

    def _build_unlocked(self) -> None:
        layout = QVBoxLayout(self._content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.attempts = paragraph()
        layout.addWidget(self.attempts)
        exercises = QGridLayout()
        self.exercise_buttons: dict[str, QPushButton] = {}
        # The path (pattern check, steps 1, 2 and 3) first; a later issue redesigns this part.
        for i, key in enumerate(("pattern", "step1", "step2", "step3", "journal")):
            button = QPushButton()
            button.clicked.connect(lambda _c=False, k=key: self.exerciseRequested.emit(k))
            exercises.addWidget(button, i // 2, i % 2)
            self.exercise_buttons[key] = button
        self.notes_button = QPushButton()
        self.notes_button.clicked.connect(self.notesRequested)
        exercises.addWidget(self.notes_button, 2, 1)
        for i, key in enumerate(("together", "dans", "cycle", "history")):
            button = QPushButton()
            button.clicked.connect(lambda _c=False, k=key: self.exerciseRequested.emit(k))
            exercises.addWidget(button, 3 + i // 2, i % 2)
            self.exercise_buttons[key] = button
        exercises.setColumnStretch(2, 1)
        layout.addLayout(exercises)
        first = QHBoxLayout()
        self.switch_button = QPushButton()
        self.switch_button.clicked.connect(self.switchRequested)
        first.addWidget(self.switch_button)
        first.addStretch(1)
        layout.addLayout(first)
        self.manage_title = heading("subheading")
        layout.addSpacing(8)
        layout.addWidget(self.manage_title)
        self.words = paragraph()
        self.words.setObjectName("fingerprint")
        layout.addWidget(self.words)
        # Two columns, so the rows never push the page wider than the window at 200 % text;
        # deleting comes last, on a row of its own.
        actions = QGridLayout()
        for i, key in enumerate(("rename", "password", "recovery", "renew")):
            button = QPushButton()
            button.clicked.connect(lambda _c=False, k=key: self.actionRequested.emit(k))
            actions.addWidget(button, i // 2, i % 2)
            self.buttons[key] = button
        actions.setColumnStretch(2, 1)
        layout.addLayout(actions)
        layout.addSpacing(8)
        last = QHBoxLayout()
        self.buttons["delete"] = QPushButton()
        self.buttons["delete"].clicked.connect(lambda: self.actionRequested.emit("delete"))
        last.addWidget(self.buttons["delete"])
        last.addStretch(1)
        layout.addLayout(last)
        self.failures_before = None

    def focus_first(self) -> None:
        """Keyboard focus on the main thing to do here."""
        if self._session.is_unlocked:
            self.exercise_buttons["pattern"].setFocus()
        elif self.buttons:
            next(iter(self.buttons.values())).setFocus()
        else:
            self.create_button.setFocus()

    def show_failures(self, count: int, since: float | None) -> None:
        """After an unlock: "N failed attempts since …" (hidden when there were none)."""
        self.failures_before = (count, since) if count else None
        self.retranslate()

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
            self.manage_title.setText(self.tr("Your profile"))
            lang = "nl" if QLocale().language() == QLocale.Language.Dutch else "en"
            words = " · ".join(self._session.couple.fingerprint(profile.uuid, lang))
            self.words.setText(self.tr("The words of your lock: %1. Your partner compares them when you link "
                                       "your profiles.").replace("%1", words))
            for key, label in (("pattern", self.tr("&Pattern check")), ("step1", self.tr("Step &1: See the pattern")),
                               ("step2", self.tr("Step &2: Learn a new language")),
                               ("step3", self.tr("Step &3: Bear the discomfort")),
                               ("journal", self.tr("Everything I &wrote")),
                               ("together", self.tr("To&gether with my partner")),
                               ("dans", self.tr("Your &dance")), ("cycle", self.tr("Mapping our l&oop")),
                               ("history", self.tr("Earlier &relationships"))):
                self.exercise_buttons[key].setText(label)
                self.exercise_buttons[key].setAccessibleName(label.replace("&", ""))
            self.notes_button.setText(self.tr("My &notes"))
            self.notes_button.setAccessibleName(self.tr("My notes"))
            labels = {"rename": self.tr("Change name"), "password": self.tr("Change password"),
                      "recovery": self.tr("Check recovery code"), "renew": self.tr("Renew protection"),
                      "delete": self.tr("Delete profile")}
            for key, label in labels.items():
                self.buttons[key].setText(label)
                self.buttons[key].setAccessibleName(label)
            self.switch_button.setText(self.tr("Lock and switch profile"))
            self.switch_button.setAccessibleName(self.tr("Lock and switch profile"))
            return
        self.title.setText(self.tr("Who are you?"))
        if self._unsaved is not None:
            from .messages import storage_text

            whose, error = self._unsaved
            self.unsaved.setText(self.tr("%1: what you were writing when your profile locked could not be saved, "
                                         "so it is lost. Erfenis keeps no text that is not saved once a profile "
                                         "is locked.").replace("%1", whose) + " " + storage_text(error))
        self.note.setText(self.tr(
            "Each person has their own profile with a password. What you write in it, only you can read. "
            "The names are not secret: everyone who uses this computer sees them."))
        if self._session.demo_passwords:
            self.note.setText(self.tr("This is the demo: a made-up couple in a temporary folder. Each button "
                                      "shows that profile's password. Everything is gone when Erfenis closes."))
        for uuid, button in self.buttons.items():
            name = button.property("profile_name")
            button.setAccessibleName(fill(self.tr("Open the profile of %1"), name))
            if uuid in self._session.demo_passwords:
                button.setAccessibleDescription(self.tr("Demo password: %1").replace(
                    "%1", self._session.demo_passwords[uuid]))
        self.create_button.setText(self.tr("New &profile…"))
        self.create_button.setAccessibleName(self.tr("New profile"))
