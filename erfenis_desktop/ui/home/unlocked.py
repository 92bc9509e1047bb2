"""The home screen of an unlocked profile, laid out: "continue where I was", the path (the
pattern mirror and steps 1 to 3), together (or, alone, one's own side of the dance), on my
own, and the profile. The words are set by ui/profile/picker.py (ProfilesPanel), which knows the
person, their partner and where they are on the path."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from ..common.widgets import button_row, heading, paragraph
from .cards import CardGrid, HomeCard, Navigator

#: The cards of each group, with their pictures (resources/icons/<picture>.svg).
PATH = ("pattern", "step1", "step2", "step3")
TOGETHER = ("together", "answer", "dans", "cycle", "intimacy", "timeline")
OWN = ("notes", "history", "generations", "intimacy_alone", "journal")
#: Cards whose words name the person or their partner: emptied at a lock (the others lose only
#: where the person is on the path).
PERSONAL = ("together", "profile")
PICTURES = {"pattern": "pattern", "step1": "step1", "step2": "step2", "step3": "step3", "together": "partner",
            "answer": "answer", "dans": "dans", "cycle": "cycle", "timeline": "shared", "notes": "notes",
            "history": "history", "journal": "journal", "profile": "profile",
            "generations": "generations", "intimacy": "intimacy", "intimacy_alone": "intimacy"}


class UnlockedHome(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("unlockedHome")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(round(self.fontMetrics().height() * 0.6))
        self.attempts = paragraph()
        layout.addWidget(self.attempts)
        self.cards: dict[str, HomeCard] = {}
        # Continue where I was: the first and biggest thing on the page.
        self.continue_grid = CardGrid(max_columns=1)
        self.continue_card = self.continue_grid.add(HomeCard("continue", "pattern", emphasis=True))
        layout.addWidget(self.continue_grid)
        self.titles: dict[str, object] = {}
        self.grids: dict[str, CardGrid] = {}
        for group, keys, columns in (("path", PATH, 2), ("together", TOGETHER, 3), ("own", OWN, 3),
                                     ("profile", ("profile",), 2)):
            layout.addSpacing(round(self.fontMetrics().height() * 0.4))
            title = heading("subheading")
            layout.addWidget(title)
            self.titles[group] = title
            if group == "path":
                self.path_intro = paragraph()
                layout.addWidget(self.path_intro)
            grid = CardGrid(max_columns=columns)
            for key in keys:
                self.cards[key] = grid.add(HomeCard(key, PICTURES[key]))
            layout.addWidget(grid)
            self.grids[group] = grid
        self.switch_button = QPushButton()
        button_row(layout, self.switch_button)
        self.navigator = Navigator([self.continue_grid, *self.grids.values()])

    def clear(self) -> None:
        """Empty every text of the person (at a lock): no name, status or partner stays behind.
        What every card says to anyone (its title and sentence from the content files) stays,
        so the next unlock does not measure every card again."""
        for card in [self.continue_card, *self.cards.values()]:
            if card is self.continue_card or card.key in PERSONAL:
                card.set_texts("", "")
            elif card.status or card.state:
                card.set_texts(card.text(), card.sentence, card.duration)
        for title in self.titles.values():
            title.clear()
        self.path_intro.clear()
        self.attempts.clear()

    def all_cards(self) -> list[HomeCard]:
        """Every card shown, in the order they are seen (and reached with Tab and the arrows)."""
        return self.navigator.all_cards()
