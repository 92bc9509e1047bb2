"""Need help? Not therapy; where to go, stated as facts. Reachable from every exercise."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from erfenis_desktop.services.preferences import Preferences

from .widgets import ReadingColumn, Retranslating, card, heading, paragraph


class HelpPage(Retranslating, ReadingColumn):
    backRequested = Signal()

    def __init__(self, prefs: Preferences, parent=None):
        super().__init__(parent=parent)
        self.setObjectName("helpPage")
        self._prefs = prefs
        self.title, self.intro = heading(), paragraph()
        self.body.addWidget(self.title)
        self.body.addWidget(self.intro)
        self.contacts = []
        for _ in prefs.text("help", "help.contacts"):
            frame, box = card()
            name, detail = heading("subheading"), paragraph()
            box.addWidget(name)
            box.addWidget(detail)
            self.body.addWidget(frame)
            self.contacts.append((name, detail))
        self.after = paragraph()
        self.body.addWidget(self.after)
        row = QHBoxLayout()
        self.back = QPushButton()
        self.back.clicked.connect(self.backRequested)
        row.addWidget(self.back)
        row.addStretch(1)
        self.body.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        text = lambda key: self._prefs.text("help", key)  # noqa: E731
        self.title.setText(text("help.title"))
        self.intro.setText(text("help.intro").strip())
        for (name, detail), contact in zip(self.contacts, text("help.contacts")):
            name.setText(contact["name"])
            detail.setText(contact["detail"])
        self.after.setText(text("help.after"))
        self.back.setText(self.tr("&Back"))
        self.back.setAccessibleName(self.tr("Back to where you were"))
