"""The generations drawn: a box per generation, oldest at the top, a line beside them of what
was passed on, and at the end the question “What do you pass on?”.

Where everything goes is worked out in domain/generations.py (pure geometry, table-tested);
this widget only measures text with Qt's own text layout (exactly as it paints it) and
paints. Colours come from the palette (light and dark), sizes from the font (crisp at any
text size). The drawing in words is the widget's accessible description.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from erfenis_desktop.domain import generations as model

ACCENT = QColor("#8a5a44")  # the line of what was passed on (3:1 and more on the light and dark page)
ACCENT_DARK = QColor("#d9a383")


def fonts_for(base: QFont) -> dict[str, QFont]:
    """The font of each role in the drawing, from the widget's font."""
    out = {}
    for role, scale, bold, italic in (("title", 1.15, True, False), ("label", 1.0, True, False),
                                      ("text", 1.0, False, False), ("muted", 1.0, False, True),
                                      ("question", 1.3, True, False)):
        f = QFont(base)
        if f.pixelSize() > 0:
            f.setPixelSize(max(1, round(f.pixelSize() * scale)))
        else:
            f.setPointSizeF(f.pointSizeF() * scale)
        f.setBold(bold)
        f.setItalic(italic)
        out[role] = f
    return out


def _option() -> QTextOption:
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


def _lines(text: str, font: QFont, width: float) -> tuple[QTextLayout, float]:
    layout = QTextLayout(text, font)
    layout.setTextOption(_option())
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout, height


def measure_with(fonts: dict[str, QFont]):
    """domain.generations.Measure for these fonts: the height as Qt lays the text out."""
    def measure(text: str, role: str, width: float) -> float:
        return _lines(text.replace("\n", "\u2028"), fonts[role], width)[1]

    return measure


def paint_drawing(p: QPainter, drawing: model.Drawing, fonts: dict[str, QFont], palette: QPalette) -> None:
    """Paint a laid-out drawing at (0, 0) in these fonts and colours (the screen and the files)."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.WindowText)
    muted = palette.color(QPalette.ColorRole.PlaceholderText)
    border = palette.color(QPalette.ColorRole.Mid)
    accent = ACCENT_DARK if base.lightness() < 128 else ACCENT
    unit = fonts["text"].pixelSize() if fonts["text"].pixelSize() > 0 else fonts["text"].pointSizeF() * 4 / 3
    # The line first, under the boxes, with a dot at each generation and an arrow at the question.
    x, top, bottom = drawing.line
    pen = QPen(accent, max(2.0, unit / 6))
    p.setPen(pen)
    p.drawLine(QPointF(x, top), QPointF(x, bottom - unit * 0.5))
    p.setBrush(accent)
    p.drawPolygon(QPolygonF([QPointF(x - unit * 0.4, bottom - unit * 0.6), QPointF(x + unit * 0.4, bottom - unit * 0.6),
                             QPointF(x, bottom)]))
    radius = max(3.0, unit * 0.28)
    for dx, dy in drawing.dots[:-1]:
        p.drawEllipse(QPointF(dx, dy), radius, radius)
    for box in drawing.boxes:
        r = QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h)
        path = QPainterPath()
        path.addRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), unit * 0.5, unit * 0.5)
        question = box.key == "question"
        fill = QColor(accent) if question else base
        if question:
            fill.setAlpha(40)
        p.fillPath(path, fill)
        p.setPen(QPen(accent if question else border, 2 if question else 1))
        p.setBrush(QColor(0, 0, 0, 0))
        p.drawPath(path)
        for placed in box.texts:
            _draw_text(p, placed, fonts, muted if placed.role == "muted" else text)
    _draw_text(p, drawing.line_label, fonts, muted)


def _draw_text(p: QPainter, placed: model.Placed, fonts: dict[str, QFont], colour: QColor) -> None:
    layout, _h = _lines(placed.text.replace("\n", "\u2028"), fonts[placed.role], placed.rect.w)
    p.setPen(colour)
    layout.draw(p, QPointF(placed.rect.x, placed.rect.y))


class GenerationsCanvas(QWidget):
    """The drawing on screen. ``set_content`` gives it the words; it lays itself out for its width."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[model.Row] = []
        self.question = self.pass_on = self.line_label = ""
        self._cache: tuple | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_content(self, rows: list[model.Row], question: str, pass_on: str, line_label: str,
                    description: str) -> None:
        self.rows, self.question, self.pass_on, self.line_label = list(rows), question, pass_on, line_label
        self.setAccessibleDescription(description)
        self._cache = None
        self.updateGeometry()
        self.update()

    def fonts(self) -> dict[str, QFont]:
        return fonts_for(self.font())

    def drawing(self, width: float | None = None) -> model.Drawing:
        """The layout at this width (the widget's own by default), measured once per width and text."""
        width = float(self.width() if width is None else width)
        key = (width, self.font().key(), tuple(self.rows), self.question, self.pass_on, self.line_label)
        if self._cache is None or self._cache[0] != key:
            fonts = self.fonts()
            unit = self.fontMetrics().height()
            drawing = model.layout(self.rows, self.question, self.pass_on, self.line_label, width, unit,
                                   measure_with(fonts))
            self._cache = (key, drawing)
        return self._cache[1]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return math.ceil(self.drawing(width).height)

    def sizeHint(self) -> QSize:
        w = self.fontMetrics().averageCharWidth() * 80
        return QSize(w, self.heightForWidth(w))

    def minimumSizeHint(self) -> QSize:
        w = self.fontMetrics().averageCharWidth() * 30
        return QSize(w, self.heightForWidth(w))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.height() < self.heightForWidth(self.width()):
            self.updateGeometry()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        paint_drawing(p, self.drawing(), self.fonts(), self.palette())
        p.end()
