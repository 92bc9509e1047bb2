"""Need help? Not therapy; where to go, stated as facts. Reachable from every exercise."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton

from erfenis_desktop.services.preferences import Preferences

from .widgets import ReadingColumn, Retranslating, button_row, contact_cards, fill_contacts, heading, paragraph


class HelpPage(Retranslating, ReadingColumn):
    backRequested = Signal()

    def __init__(self, prefs: Preferences, parent=None):
        super().__init__(parent=parent)
        self.setObjectName("helpPage")
        self._prefs = prefs
        self.title, self.intro = heading(), paragraph()
        self.body.addWidget(self.title)
        self.body.addWidget(self.intro)
        self.contacts = contact_cards(self.body, len(prefs.text("help", "help.contacts")))
        self.after = paragraph()
        self.body.addWidget(self.after)
        self.back = QPushButton()
        self.back.clicked.connect(self.backRequested)
        button_row(self.body, self.back)
        self.retranslate()

    def retranslate(self) -> None:
        text = lambda key: self._prefs.text("help", key)  # noqa: E731
        self.title.setText(text("help.title"))
        self.intro.setText(text("help.intro").strip())
        fill_contacts(self.contacts, text("help.contacts"))
        self.after.setText(text("help.after"))
        self.back.setText(self.tr("&Back"))
        self.back.setAccessibleName(self.tr("Back to where you were"))
