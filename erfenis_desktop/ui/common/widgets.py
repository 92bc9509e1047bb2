"""Small reusable widgets."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

# Text a person typed (a name, an answer, a note) is shown as plain text everywhere: a QLabel
# left at Qt's AutoText reads "<img src=/dev/zero>" as a picture to load, and "<i></i>Alex" as
# markup that makes one name pass for another. So: labels from ``heading``, ``paragraph`` or
# ``plain_label``; ``fill`` for %1 in a translated text; ``for_button`` on a button or check
# box; ``tooltip`` for a tooltip; and html.escape on every value put into HTML (PDFs, printing).


def plain_label(text: str = "", object_name: str | None = None) -> QLabel:
    """A label that shows its text exactly as it is, never as markup."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # before the text: it is never parsed as markup
    if object_name:
        label.setObjectName(object_name)
    label.setText(text)
    return label


def heading(object_name: str = "heading") -> QLabel:
    """A title. Plain text, as it often holds a name."""
    label = plain_label(object_name=object_name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


_ARG = re.compile(r"%([1-9])")


def fill(template: str, *values: str) -> str:
    """A translated text with %1, %2 … filled in, in one pass: a value is never read as a
    place for another one (a name like "%2" stays "%2")."""
    return _ARG.sub(lambda m: values[int(m.group(1)) - 1] if int(m.group(1)) <= len(values) else m.group(0),
                    template)


def for_button(text: str) -> str:
    """A person's text on a button or check box: an "&" in it is shown, not made a shortcut key."""
    return text.replace("&", "&&")


def tooltip(text: str) -> str:
    """A tooltip that shows the text as it is (Qt reads a tooltip that looks like markup as markup)."""
    from PySide6.QtGui import Qt as QtGuiNamespace

    return QtGuiNamespace.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""


def paragraph() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FormLabel(QLabel):
    """A form label with a little room to spare: at some text sizes a glyph paints slightly
    wider than it measures, and the last letter would be clipped."""

    def sizeHint(self):
        hint = super().sizeHint()
        hint.setWidth(hint.width() + self.fontMetrics().height() // 2)
        return hint

    def minimumSizeHint(self):
        return self.sizeHint()


def button_row(layout: QVBoxLayout, *buttons) -> QHBoxLayout:
    """Buttons side by side, left-aligned. Pages use one row per few buttons: at 200 % text
    a single long row would push the page wider than the window."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout.addLayout(row)
    return row


def contact_cards(layout: QVBoxLayout, count: int) -> list[tuple[QLabel, QLabel]]:
    """A card per place to find help: (name, detail) labels, filled in by ``fill_contacts``."""
    cards = []
    for _ in range(count):
        frame, box = card()
        name, detail = heading("subheading"), paragraph()
        box.addWidget(name)
        box.addWidget(detail)
        layout.addWidget(frame)
        cards.append((name, detail))
    return cards


def fill_contacts(cards: list[tuple[QLabel, QLabel]], contacts: list[dict]) -> None:
    for (name, detail), contact in zip(cards, contacts):
        name.setText(contact["name"])
        detail.setText(contact["detail"])


def clear_layout(layout) -> None:
    """Take every widget out of ``layout``: hidden at once (so nothing stale is read or
    found), deleted at the next turn of the event loop."""
    while layout.count():
        widget = layout.takeAt(0).widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()


def card() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 14, 18, 14)
    return frame, layout


class Retranslating:
    """Mix in first: calls ``self.retranslate()`` whenever the language changes."""

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ReadingColumn(QScrollArea):
    """A scrollable page whose text stays at a comfortable reading width."""

    def __init__(self, max_width_chars: int = 75, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Not a Tab stop of its own (a screen reader would say an unnamed "scroll pane"): Page Up,
        # Page Down and the arrows still scroll from the control that has focus, and Tab brings
        # each control into view. A page that takes keys itself sets its own policy and a name.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QWidget()
        # Centred with stretches and kept at the top by a stretch below, not with alignment
        # flags: an aligned widget or layout gets the height of its size hint instead of the
        # height its wrapped labels need at its width, and those would be clipped.
        outer_layout = QVBoxLayout(outer)
        outer_layout.setContentsMargins(24, 24, 24, 24)
        row = QHBoxLayout()
        outer_layout.addLayout(row)
        outer_layout.addStretch(1)
        self.column = QWidget()
        self._chars = max_width_chars
        self._fit_width()
        self.body = QVBoxLayout(self.column)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(12)
        row.addStretch(1)
        row.addWidget(self.column, 100)
        row.addStretch(1)
        self.setWidget(outer)

    def _fit_width(self) -> None:
        sample = "abcdefghijklmnopqrstuvwxyz"
        per_char = self.fontMetrics().horizontalAdvance(sample) / len(sample)
        self.column.setMaximumWidth(int(per_char * self._chars))

    def changeEvent(self, event):  # keep the reading width in step with the text size
        if event.type() == event.Type.FontChange:
            self._fit_width()
        super().changeEvent(event)
