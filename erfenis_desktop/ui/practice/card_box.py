"""One card of step 2 as the page shows it: title, phrase, what it replaces, why, a scene,
and the tick box "practise this card in the coming week" (with a note below it when a choice
could not be kept). The texts are set by :class:`~.practice_page.PracticePage`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from ..common.widgets import card, heading, paragraph


class CardBox(QWidget):
    """One card: title, phrase, what it replaces, why, a scene; and "practise this week"."""

    def __init__(self, card_, parent=None):
        super().__init__(parent)
        self.card = card_
        frame_layout = QVBoxLayout(self)
        frame_layout.setContentsMargins(0, 0, 0, 0)
        self.frame, layout = card()
        frame_layout.addWidget(self.frame)
        self.title, self.phrase = heading("cardTitle"), heading("subheading")
        self.title.setStyleSheet("font-weight: 600;")
        self.instead, self.why, self.scene = paragraph(), paragraph(), paragraph()
        self.scene.setObjectName("scene")
        self.choose = QCheckBox()
        self._layout, self._note = layout, None
        for w in (self.title, self.phrase, self.instead, self.why, self.scene, self.choose):
            layout.addWidget(w)

    @property
    def note(self):
        """Why a choice could not be kept, below the tick box: made the first time it is needed
        (a label, not a Tab stop: the Tab order stays as it is)."""
        if self._note is None:
            self._note = paragraph()
            self._note.setObjectName("inlineMessage")
            self._note.hide()
            self._layout.addWidget(self._note)
        return self._note

    def hide_note(self) -> None:
        if self._note is not None:
            self._note.hide()
