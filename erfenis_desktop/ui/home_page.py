"""The home screen: a warm welcome and what Erfenis is for."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from erfenis_desktop.services.preferences import Preferences
from erfenis_desktop.services.session import Session

from .picker import ProfilesPanel

from .widgets import ReadingColumn, Retranslating, card, heading, paragraph


class HomePage(Retranslating, ReadingColumn):
    aboutRequested = Signal()
    helpRequested = Signal()

    def __init__(self, prefs: Preferences, session: Session, parent=None):
        super().__init__(parent=parent)
        self._prefs = prefs
        self.setObjectName("homePage")
        self.title = heading()
        self.tagline = heading("subheading")
        self.welcome = paragraph()
        self.profiles = ProfilesPanel(session)
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
        self.retranslate()

    def retranslate(self) -> None:
        text = lambda key: self._prefs.text("home", key)  # noqa: E731
        self.title.setText(text("welcome.title"))
        self.setAccessibleName(text("welcome.title"))
        self.tagline.setText(text("welcome.tagline"))
        self.welcome.setText(text("welcome.body").strip())
        self.not_therapy.setText(text("welcome.not_therapy"))
        self.about_button.setText(self.tr("About Erfenis and where to find help"))
        self.about_button.setAccessibleName(self.tr("About Erfenis and where to find help"))
        self.help_button.setText(self.tr("Need help?"))
        self.help_button.setAccessibleName(self.tr("Need help? Where to find support"))
