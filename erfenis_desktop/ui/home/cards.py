"""The cards of the home screen, and the grids that hold them.

A card is one button (a screen reader hears one control: its title as the name, the sentence,
how long it takes and where the person is as the description), drawn by hand so the text
wraps at every text size: a picture on the left, then the title, one sentence, and for the
steps of the path how long it takes and where the person is.

Keyboard: Tab reaches every card; the arrow keys move between cards (Left and Right along the
reading order, Up and Down a row up or down, also into the next or previous group), Home and
End to the first and last card; Enter or Space opens one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QGridLayout, QSizePolicy, QWidget

from . import icons

#: Where a person is on a step (domain/journey.py), drawn as a small mark before the status.
NOT_STARTED, UNDER_WAY, DONE = "not_started", "under_way", "done"


def _plain(text: str) -> str:
    """A button text without its Alt-letter marks ("&&" is a real ampersand)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class HomeCard(QAbstractButton):
    """One card: ``setText`` takes the title (an "&" marks the Alt letter, as on any button)."""

    def __init__(self, key: str, icon: str, emphasis: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.key, self.icon_name, self.emphasis = key, icon, emphasis
        self.setObjectName(f"homeCard_{key}")
        self.sentence = ""  # what it is, in one sentence
        self.duration = ""  # how long it takes (the steps of the path)
        self.status = ""  # where the person is (the steps of the path)
        self.state = ""  # NOT_STARTED, UNDER_WAY, DONE, or "" for a card without a status
        #: The text blocks measured for (texts, width), at this text size: kept across new texts,
        #: so a card that says again what it said before (each unlock of the same person, a lock
        #: and back) is not measured again, and painting never measures.
        self._measured: dict[tuple, list[tuple[str, QFont, str, int]] | int] = {}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # What it says ---------------------------------------------------------------------------
    def set_texts(self, title: str, sentence: str, duration: str = "", status: str = "", state: str = "") -> None:
        if (title, sentence, duration, status, state) == (self.text(), self.sentence, self.duration, self.status,
                                                          self.state):
            return  # unchanged (the home screen says its words again at each visit): no new measuring
        self.setText(title)
        self.sentence, self.duration, self.status, self.state = sentence, duration, status, state
        self.setAccessibleName(_plain(title))
        self.setAccessibleDescription(" ".join(t for t in (sentence, duration, status) if t))
        self.updateGeometry()
        self.update()

    def title(self) -> str:
        return _plain(self.text())

    # Measures -------------------------------------------------------------------------------
    def _fonts(self) -> tuple[QFont, QFont]:
        base = QFont(self.font())
        title = QFont(base)
        title.setPointSizeF(base.pointSizeF() * (1.25 if self.emphasis else 1.1))
        title.setBold(True)
        return title, base

    def _metrics(self):
        line = self.fontMetrics().height()
        pad = round(line * 0.8)
        side = icons.size_hint(line).width()
        gap = round(line * 0.7)
        return line, pad, side, gap

    def _blocks(self, width: int) -> list[tuple[str, QFont, str, int]]:
        """(kind, font, text, height) of each text block, for a card ``width`` wide: the title,
        the sentence, how long it takes, where the person is (measured once: a layout asks many
        times, and measuring wrapped text is slow)."""
        key = (self.text(), self.sentence, self.duration, self.status, bool(self.state), width)
        blocks = self._measured.get(key)
        if blocks is None:
            if len(self._measured) > 192:
                self._measured.clear()
            blocks = self._measured[key] = self._measure(width)
        return blocks

    def _measure(self, width: int) -> list[tuple[str, QFont, str, int]]:
        line, pad, side, gap = self._metrics()
        text_width = max(line * 4, width - 2 * pad - side - gap)
        title_font, body_font = self._fonts()
        blocks = []
        # The title as a button shows it: its Alt letter underlined, "&&" as "&".
        for kind, font, text in (("title", title_font, self.text()), ("sentence", body_font, self.sentence),
                                 ("duration", body_font, self.duration), ("status", body_font, self.status)):
            if not text:
                continue
            room = text_width - (self._marker_room() if kind == "status" and self.state else 0)
            rect = QFontMetrics(font).boundingRect(QRect(0, 0, max(1, room), 100000), self._flags(kind), text)
            blocks.append((kind, font, text, rect.height()))
        return blocks

    @staticmethod
    def _flags(kind: str) -> int:
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        return flags | int(Qt.TextFlag.TextShowMnemonic) if kind == "title" else flags

    def _marker_room(self) -> int:
        line = self.fontMetrics().height()
        return round(line * 0.9) + line // 3

    def _height_for(self, width: int) -> int:
        # Kept with the blocks (a layout asks for the same widths again and again: a scroll
        # area alone tries some fifteen widths around its scroll bar at each layout).
        key = (self.text(), self.sentence, self.duration, self.status, bool(self.state), width, "height")
        height = self._measured.get(key)
        if height is None:
            line, pad, side, _gap = self._metrics()
            blocks = self._blocks(width)
            spacing = round(line * 0.3)
            text = sum(h for _k, _f, _t, h in blocks) + spacing * max(0, len(blocks) - 1)
            height = self._measured[key] = 2 * pad + max(side, text)
        return height

    # (No ``hasHeightForWidth``: the size policy says it, without a call into Python for each of
    # the hundreds of times a layout asks.)
    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt naming)
        return self._height_for(width)

    def sizeHint(self) -> QSize:  # noqa: N802
        width = self.minimumSizeHint().width() + self.fontMetrics().averageCharWidth() * 12
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """As narrow as a card can be, and as low as its picture: the height its text needs comes
        from ``heightForWidth`` at the width it gets (as for a label that wraps). The height at
        the narrowest width would be the minimum of the whole home screen, however wide the
        window: a scroll area then made the page that high, with a screen of empty space below
        the last card, and laid the page out a second time after its first paint."""
        line, pad, side, gap = self._metrics()
        width = 2 * pad + side + gap + self.fontMetrics().averageCharWidth() * 16
        return QSize(width, 2 * pad + side)

    # Keys and events ------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self.animateClick()
            return
        grid = self.parentWidget()
        if isinstance(grid, CardGrid) and grid.navigator is not None and grid.navigator.move(self, event.key()):
            return
        super().keyPressEvent(event)

    # (The border follows the mouse: enter and leave, not an ``event()`` override that every
    # event of every card would pass through.)
    def enterEvent(self, event) -> None:  # noqa: N802
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802
        self.update()
        super().leaveEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._measured.clear()
            self.updateGeometry()
        super().changeEvent(event)

    # Drawing --------------------------------------------------------------------------------
    def _colours(self) -> tuple[QColor, QColor, QColor, QColor, QColor]:
        """Background, border, text, secondary text, accent."""
        pal = self.palette()
        accent = pal.color(QPalette.ColorRole.Highlight)
        if self.emphasis:
            on = pal.color(QPalette.ColorRole.HighlightedText)
            background = QColor(accent)
            if self.isDown():
                background = background.darker(115) if background.lightness() > 128 else background.lighter(120)
            return background, accent, on, on, on
        background = pal.color(QPalette.ColorRole.Base)
        if self.isDown():
            background = pal.color(QPalette.ColorRole.AlternateBase)
        border = accent if self.underMouse() else pal.color(QPalette.ColorRole.Mid)
        return (background, border, pal.color(QPalette.ColorRole.Text),
                pal.color(QPalette.ColorRole.PlaceholderText), accent)

    def paintEvent(self, _event) -> None:  # noqa: N802
        background, border, text, secondary, accent = self._colours()
        line, pad, side, gap = self._metrics()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        radius = line * 0.5
        painter.setPen(QPen(border, 1))
        painter.setBrush(background)
        painter.drawRoundedRect(frame, radius, radius)
        if self.hasFocus():  # a ring that is seen on light and dark, on a plain and on an accent card
            ring = self.palette().color(QPalette.ColorRole.WindowText) if self.emphasis else accent
            painter.setPen(QPen(ring, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(frame.adjusted(1.5, 1.5, -1.5, -1.5), radius, radius)
        icons.paint(painter, self.icon_name, QRectF(pad, pad, side, side))
        x = pad + side + gap
        y = pad
        spacing = round(line * 0.3)
        width = self.width() - x - pad
        marker = round(line * 0.9)
        for kind, font, words, height in self._blocks(self.width()):
            painter.setFont(font)
            painter.setPen(secondary if kind == "duration" else text)
            left = x
            if kind == "status" and self.state:
                self._mark(painter, QRectF(x, y + (QFontMetrics(font).height() - marker) / 2, marker, marker),
                           accent if not self.emphasis else text, background)
                left = x + self._marker_room()
            painter.drawText(QRect(left, y, max(1, x + width - left), height), self._flags(kind), words)
            y += height + spacing
        painter.end()

    def _mark(self, painter: QPainter, rect: QRectF, colour: QColor, background: QColor) -> None:
        """Not started: an open circle; under way: half filled; done: filled, with a check."""
        painter.save()
        pen = QPen(colour, max(1.5, rect.width() / 8))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inner = rect.adjusted(pen.widthF() / 2, pen.widthF() / 2, -pen.widthF() / 2, -pen.widthF() / 2)
        if self.state == DONE:
            painter.setBrush(colour)
            painter.drawEllipse(inner)
            check = QPainterPath(QPointF(inner.left() + inner.width() * 0.27, inner.top() + inner.height() * 0.52))
            check.lineTo(inner.left() + inner.width() * 0.45, inner.top() + inner.height() * 0.70)
            check.lineTo(inner.left() + inner.width() * 0.75, inner.top() + inner.height() * 0.33)
            painter.setPen(QPen(background, pen.widthF(), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                Qt.PenJoinStyle.RoundJoin))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(check)
        elif self.state == UNDER_WAY:
            painter.drawEllipse(inner)
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPie(inner, 90 * 16, 180 * 16)  # the left half
        else:
            painter.drawEllipse(inner)
        painter.restore()


class CardGrid(QWidget):
    """Cards in as many columns as fit (at most ``max_columns``), in reading order: left to right,
    then the next row. At 200 % text, or in a narrow window, the cards stack."""

    def __init__(self, max_columns: int = 2, min_chars: int = 34, parent: QWidget | None = None):
        super().__init__(parent)
        self.max_columns, self.min_chars = max_columns, min_chars
        self.cards: list[HomeCard] = []
        self.left_out: set[str] = set()  # keys of cards not shown now (they take no place)
        self.columns = 1
        self.navigator: Navigator | None = None
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        spacing = round(self.fontMetrics().height() * 0.6)
        self._grid.setSpacing(spacing)

    def add(self, card: HomeCard) -> HomeCard:
        card.setParent(self)
        self.cards.append(card)
        i = len(self.shown()) - 1
        self._grid.addWidget(card, i // self.columns, i % self.columns)
        if len(self.cards) > 1:
            QWidget.setTabOrder(self.cards[-2], card)
        return card

    def shown(self) -> list[HomeCard]:
        return [c for c in self.cards if c.key not in self.left_out]

    def show_only(self, keys) -> None:
        """Show the cards with these keys (in the order they were added), the others not at all."""
        left_out = {c.key for c in self.cards} - set(keys)
        if left_out != self.left_out:
            self.left_out = left_out
            self._place(self.columns)

    def _fitting(self, width: int) -> int:
        one = self.fontMetrics().averageCharWidth() * self.min_chars
        return max(1, min(self.max_columns, (width + self._grid.spacing()) // max(1, one + self._grid.spacing())))

    def _place(self, columns: int) -> None:
        self.columns = columns
        for card in self.cards:
            self._grid.removeWidget(card)
        shown = self.shown()
        for card in self.cards:
            if card.isHidden() == (card in shown):  # only what changes (each call costs a polish)
                card.setVisible(card in shown)
        for i, card in enumerate(shown):
            self._grid.addWidget(card, i // columns, i % columns)
        for c in range(self.max_columns):
            self._grid.setColumnStretch(c, 1 if c < columns else 0)
        for first, second in zip(shown, shown[1:]):
            QWidget.setTabOrder(first, second)

    def resizeEvent(self, event) -> None:  # noqa: N802
        columns = self._fitting(event.size().width())
        if columns != self.columns:
            self._place(columns)
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:
            self._grid.setSpacing(round(self.fontMetrics().height() * 0.6))
            columns = self._fitting(self.width())
            if columns != self.columns:
                self._place(columns)
        super().changeEvent(event)

    # (No ``hasHeightForWidth``: the grid layout of cards says it, without a call into Python.)
    def heightForWidth(self, width: int) -> int:  # noqa: N802
        """The height at ``width``, with as many columns as would fit there."""
        columns = self._fitting(width)
        spacing = self._grid.spacing()
        card_width = (width - spacing * (columns - 1)) // columns
        shown = self.shown()
        rows = [shown[i:i + columns] for i in range(0, len(shown), columns)]
        heights = [max(card.heightForWidth(card_width) for card in row) for row in rows if row]
        return sum(heights) + spacing * max(0, len(heights) - 1)


class Navigator:
    """Arrow keys between the cards of several grids, as they are seen."""

    def __init__(self, grids: list[CardGrid]):
        self.grids = grids
        for grid in grids:
            grid.navigator = self

    def _shown(self) -> list[CardGrid]:
        return [g for g in self.grids if not g.isHidden() and g.shown()]

    @staticmethod
    def _cards(grid: CardGrid) -> list[HomeCard]:
        return grid.shown()

    def all_cards(self) -> list[HomeCard]:
        return [c for g in self._shown() for c in self._cards(g)]

    def move(self, card: HomeCard, key: int) -> bool:
        target = self.target(card, key)
        if target is None:
            return False
        if target is not card:
            target.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def target(self, card: HomeCard, key: int) -> HomeCard | None:
        """Where an arrow key (or Home, End) leads from ``card``; ``card`` itself at an edge."""
        cards = self.all_cards()
        if card not in cards:
            return None
        i = cards.index(card)
        if key == Qt.Key.Key_Home:
            return cards[0]
        if key == Qt.Key.Key_End:
            return cards[-1]
        right = Qt.Key.Key_Right if card.layoutDirection() == Qt.LayoutDirection.LeftToRight else Qt.Key.Key_Left
        left = Qt.Key.Key_Left if right == Qt.Key.Key_Right else Qt.Key.Key_Right
        if key == right:
            return cards[min(i + 1, len(cards) - 1)]
        if key == left:
            return cards[max(i - 1, 0)]
        if key not in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            return None
        grids = self._shown()
        grid = card.parentWidget()
        own = self._cards(grid)
        index, columns = own.index(card), grid.columns
        row, column = index // columns, index % columns
        if key == Qt.Key.Key_Down:
            if index + columns < len(own):
                return own[index + columns]
            if (row + 1) * columns < len(own):  # a shorter last row: its last card
                return own[-1]
            later = grids[grids.index(grid) + 1:]
            if not later:
                return card
            below = self._cards(later[0])
            return below[min(column, len(below) - 1, later[0].columns - 1)]
        if index - columns >= 0:
            return own[index - columns]
        earlier = grids[:grids.index(grid)]
        if not earlier:
            return card
        above = self._cards(earlier[-1])
        last_row = (len(above) - 1) // earlier[-1].columns
        return above[min(last_row * earlier[-1].columns + column, len(above) - 1)]
