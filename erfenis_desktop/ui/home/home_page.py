"""The home screen: a warm welcome and what Erfenis is for, with the profile picker; once a
profile is open, the way through the method (ui/home/) under a "Hello"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from erfenis_desktop.services.preferences import Preferences
from erfenis_desktop.services.session import Session

from ..common.widgets import ReadingColumn, Retranslating, card, heading, paragraph
from ..profile.picker import ProfilesPanel

#: The reading width of the page (in characters): the welcome text reads best at about 75;
#: the cards of an open profile get more room, so two or three fit side by side.
PICKER_WIDTH, OPEN_WIDTH = 75, 100


class HomePage(Retranslating, ReadingColumn):
    aboutRequested = Signal()
    helpRequested = Signal()

    def __init__(self, prefs: Preferences, session: Session, parent=None):
        super().__init__(max_width_chars=PICKER_WIDTH, parent=parent)
        self._prefs, self._session = prefs, session
        self.setObjectName("homePage")
        self.title = heading()
        self.tagline = heading("subheading")
        self.welcome = paragraph()
        self.profiles = ProfilesPanel(session, prefs)
        self.body.addWidget(self.title)
        self.body.addWidget(self.tagline)
        self.body.addWidget(self.profiles)
        self.body.addWidget(self.welcome)

        note, note_layout = card()
        self.not_therapy = paragraph()
        note_layout.addWidget(self.not_therapy)
        row = QHBoxLayout()
        self.about_button = QPushButton()
        self.about_button.clicked.connect(self.aboutRequested)
        self.help_button = QPushButton()
        self.help_button.clicked.connect(self.helpRequested)
        row.addWidget(self.help_button)
        row.addWidget(self.about_button)
        row.addStretch(1)
        note_layout.addLayout(row)
        self.body.addWidget(note)
        session.changed.connect(self._session_changed)
        self._session_changed()
        self.retranslate()

    def _session_changed(self) -> None:
        """With a profile open, the page is that person's: "Hello" and their cards, without the
        welcome that is meant for the picker."""
        unlocked = self._session.is_unlocked
        for widget in (self.title, self.tagline, self.welcome):
            widget.setVisible(not unlocked)
        self._chars = OPEN_WIDTH if unlocked else PICKER_WIDTH
        self._fit_width()

    def showEvent(self, event) -> None:  # noqa: N802
        """Back on the home screen (after an exercise, say): where the person is now."""
        super().showEvent(event)
        if self._session.is_unlocked:
            self.profiles.update_progress()

    def focus_target(self):
        """The first thing to do here (ui/common/announce.py): "continue where I was" when a profile is
        open, else the first profile to open."""
        if self._session.is_unlocked:
            return self.profiles.continue_card
        return None

    def retranslate(self) -> None:
        text = lambda key: self._prefs.text("home", key)  # noqa: E731
        self.title.setText(text("welcome.title"))
        self.setAccessibleName(text("welcome.title"))
        self.tagline.setText(text("welcome.tagline"))
        self.welcome.setText(text("welcome.body").strip())
        self.not_therapy.setText(text("welcome.not_therapy"))
        self.about_button.setText(self.tr("About Erfenis"))
        self.about_button.setAccessibleName(self.tr("About Erfenis"))
        self.help_button.setText(self.tr("Need help?"))
        self.help_button.setAccessibleName(self.tr("Need help? Where to find support"))
