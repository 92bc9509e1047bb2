"""Need help? Not therapy; where to go, stated as facts. Reachable from every exercise."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton

from erfenis_desktop.services.preferences import Preferences

from ..common.widgets import (
    ReadingColumn,
    Retranslating,
    button_row,
    card,
    contact_cards,
    fill_contacts,
    heading,
    paragraph,
)


class HelpPage(Retranslating, ReadingColumn):
    backRequested = Signal()

    def __init__(self, prefs: Preferences, parent=None):
        super().__init__(parent=parent)
        self.setObjectName("helpPage")
        self._prefs = prefs
        self.title, self.intro = heading(), paragraph()
        self.body.addWidget(self.title)
        # Coercion and fear, named first: a partner who demands the password is no discomfort
        # of the new (the notes next to "this feels strange" lead here).
        box, safety = card()
        self.safety_title, self.safety = heading("subheading"), paragraph()
        safety.addWidget(self.safety_title)
        safety.addWidget(self.safety)
        self.body.addWidget(box)
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
        self.safety_title.setText(text("safety.title"))
        self.safety.setText(text("safety.body").strip())
        fill_contacts(self.contacts, text("help.contacts"))
        self.after.setText(text("help.after"))
        self.back.setText(self.tr("&Back"))
        self.back.setAccessibleName(self.tr("Back to where you were"))
