"""Our own painting of the dans: the loop as a ring of steps, and mirrored pattern bars.

Sizes come from the font (crisp at any size and text scale), colours from the palette
and each partner's own colour. Every text's rectangle is computed before painting, so
tests can check that it lies inside its shape.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QImage,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
    QTextLayout,
    QTextOption,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget


def _wrap() -> QTextOption:
    """Wrap at word boundaries, and inside a word only when one word is wider than the box."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


def text_height(text: str, font, width: float) -> float:
    """The height ``text`` takes when wrapped to ``width``, exactly as it is painted."""
    layout = QTextLayout(text, font)
    layout.setTextOption(_wrap())
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return height


@dataclass(frozen=True)
class StepBox:
    owner: int
    title: str
    text: str  # "" when not shared: the missing text is shown instead
    missing: bool


@dataclass(frozen=True)
class BoxLayout:
    box: QRectF
    title: QRectF
    text: QRectF


def _tint(colour: QColor, base: QColor, amount: float) -> QColor:
    return QColor(round(base.red() + (colour.red() - base.red()) * amount),
                  round(base.green() + (colour.green() - base.green()) * amount),
                  round(base.blue() + (colour.blue() - base.blue()) * amount))


#: The palette's colours a drawing uses: when one of them changes (light, dark, high contrast),
#: the kept picture is made again.
_ROLES = (QPalette.ColorRole.Window, QPalette.ColorRole.WindowText, QPalette.ColorRole.Base,
          QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Mid)


class _Kept:
    """A drawing kept as a picture at the widget's size, painted again only when what it shows
    changes: a paint of the page (scrolling, a hover elsewhere, a window grab) copies it.

    The picture is made from ``key``, a tuple of everything the drawing depends on (its data,
    font, colours, and the widget's size and the device's pixel ratio), so a change of data,
    text size, language, theme or size makes it again. It is opaque, on the colour behind the
    widget, so text is smoothed as it is when painted straight on the page. Only for painting
    on screen (or a grab of it): a drawing scaled or made for paper is painted directly."""

    def __init__(self) -> None:
        self.key: tuple | None = None
        self.image: QImage | None = None

    @staticmethod
    def backdrop(widget: QWidget) -> QColor:
        """The colour the widget is painted on: that of the nearest parent filling its background."""
        w = widget.parentWidget()
        while w is not None and not w.autoFillBackground() and not w.isWindow():
            w = w.parentWidget()
        w = w or widget
        return w.palette().color(w.backgroundRole())

    @staticmethod
    def applies(widget: QWidget, p: QPainter) -> bool:
        """On screen, or a grab of it: a widget shown, painted by pixels, unscaled (the
        exports' drawings are never shown, and go to paper or to a scaled image)."""
        engine = p.paintEngine()
        if not widget.isVisible() or engine is None or engine.type() != QPaintEngine.Type.Raster:
            return False
        ratio, to_device = engine.paintDevice().devicePixelRatio(), p.deviceTransform()
        return (to_device.type().value <= QTransform.TransformationType.TxScale.value
                and to_device.m11() == to_device.m22() == ratio)  # only the screen's own pixel ratio

    def paint(self, widget: QWidget, p: QPainter, key: tuple, draw) -> None:
        ratio = p.paintEngine().paintDevice().devicePixelRatio()  # of where it lands (a grab, a sharp screen)
        backdrop = self.backdrop(widget)
        colours = (backdrop.rgba(), *(widget.palette().color(r).rgba() for r in _ROLES))
        full = (widget.width(), widget.height(), ratio, colours, widget.font().key(),
                widget.logicalDpiX(), widget.logicalDpiY()) + key
        if full != self.key or self.image is None:
            # The format windows and grabs are painted in: every pixel as painting straight on them.
            image = QImage(max(1, math.ceil(widget.width() * ratio)), max(1, math.ceil(widget.height() * ratio)),
                           QImage.Format.Format_ARGB32_Premultiplied)
            image.setDevicePixelRatio(ratio)
            # Fonts in points are sized by the device's dots per inch: those of the widget's screen.
            image.setDotsPerMeterX(round(widget.logicalDpiX() / 0.0254))
            image.setDotsPerMeterY(round(widget.logicalDpiY() / 0.0254))
            image.fill(backdrop)
            painter = QPainter(image)
            # What a painter on the widget itself starts with: its font and its text colour.
            painter.setFont(widget.font())
            painter.setPen(widget.palette().color(widget.foregroundRole()))
            draw(painter)
            painter.end()
            self.key, self.image = full, image
        p.drawImage(QPointF(0, 0), self.image)

    def clear(self) -> None:
        self.key, self.image = None, None


class LoopCanvas(QWidget):
    """Six steps round a ring, each in its writer's colour, with arrows going round."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.steps: list[StepBox] = []
        self.colours = [QColor("#2f6f8f"), QColor("#b5562b")]
        self.current = -1  # highlighted in the step-through
        self.kept = _Kept()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_steps(self, steps: list[StepBox], colours: list[str]) -> None:
        # New data: the kept picture and measurements of the old go at once, not at the next paint
        # (after a lock the page is hidden and never painted again: they would keep the words).
        self.kept.clear()
        self._layout_key = self._layout = None
        self.steps = list(steps)
        self.colours = [QColor(c) for c in colours] + [QColor("#888888")] * (2 - len(colours))
        self.setAccessibleDescription(" → ".join(f"{s.title}: {s.text}" for s in self.steps))
        self.updateGeometry()
        self.update()

    # Geometry ---------------------------------------------------------------------------
    #: Horizontal radius of the ring, in box widths: cos 30° · 1.35 > 1 leaves room for the arrows.
    SPREAD = 1.35

    def _box_width(self, width: float, pad: float) -> float:
        return max(self.fontMetrics().averageCharWidth() * 10, (width - 2 * pad) / (2 * self.SPREAD + 1))

    def layout_for(self, width: float) -> tuple[list[BoxLayout], float]:
        """Where each box and its texts go at this width, and the height that needs
        (measured once per width, font and steps: painting only draws)."""
        key = (width, self.font().key(), tuple(self.steps))
        if getattr(self, "_layout_key", None) != key:
            self._layout_key, self._layout = key, self._measure(width)
        return self._layout

    def _measure(self, width: float) -> tuple[list[BoxLayout], float]:
        fm, pad = self.fontMetrics(), self.fontMetrics().height() * 0.5
        bold = self.font()
        bold.setBold(True)
        box_w = self._box_width(width, pad)
        inner = box_w - 2 * pad
        heights = [(text_height(s.title, bold, inner), text_height(s.text, self.font(), inner)) for s in self.steps]
        box_h = max((th + bh for th, bh in heights), default=fm.height() * 2) + 3 * pad
        gap = fm.height() * 1.2
        rx = box_w * self.SPREAD
        ry = box_h + gap
        cx, cy = width / 2, pad + ry + box_h / 2
        out = []
        for i, (th, bh) in enumerate(heights):
            angle = math.radians(-90 + 360 / len(heights) * i)
            x, y = cx + rx * math.cos(angle), cy + ry * math.sin(angle)
            box = QRectF(x - box_w / 2, y - box_h / 2, box_w, box_h)
            title = QRectF(box.left() + pad, box.top() + pad, inner, th)
            text = QRectF(box.left() + pad, title.bottom() + pad, inner, bh)
            out.append(BoxLayout(box, title, text))
        return out, cy + ry + box_h / 2 + pad

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return math.ceil(self.layout_for(width)[1])

    def sizeHint(self) -> QSize:
        w = self.fontMetrics().averageCharWidth() * 110
        return QSize(w, self.heightForWidth(w))

    def minimumSizeHint(self) -> QSize:
        w = self.fontMetrics().averageCharWidth() * 38
        return QSize(w, self.heightForWidth(w))

    def boxes(self) -> list[BoxLayout]:
        return self.layout_for(self.width())[0]

    # Painting ---------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        p = QPainter(self)
        if _Kept.applies(self, p):
            key = (tuple(self.steps), tuple(c.rgba() for c in self.colours), self.current)
            self.kept.paint(self, p, key, lambda painter: self.paint(painter, self.width()))
        else:
            self.paint(p, self.width())
        p.end()

    def paint(self, p: QPainter, width: float) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        base, text = pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.WindowText)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        boxes, _h = self.layout_for(width)
        # Arrows first, under the boxes: from each step to the next, round and round
        # (in the muted text colour: at least 3:1 against the page, light and dark).
        p.setPen(QPen(muted, max(2.0, self.fontMetrics().height() / 8)))
        for i, layout in enumerate(boxes):
            self._arrow(p, layout.box, boxes[(i + 1) % len(boxes)].box)
        bold = self.font()
        bold.setBold(True)
        for i, (step, layout) in enumerate(zip(self.steps, boxes)):
            colour = self.colours[step.owner]
            path = QPainterPath()
            radius = self.fontMetrics().height() * 0.5
            path.addRoundedRect(layout.box, radius, radius)
            p.fillPath(path, _tint(colour, base, 0.16))
            p.setPen(QPen(colour, 4 if i == self.current else 2))
            p.drawPath(path)
            p.setPen(text)
            p.setFont(bold)
            p.drawText(layout.title, step.title, _wrap())
            p.setFont(self.font())
            p.setPen(muted if step.missing else text)
            p.drawText(layout.text, step.text, _wrap())

    def _arrow(self, p: QPainter, a: QRectF, b: QRectF) -> None:
        start, end = self._edge(a, b.center()), self._edge(b, a.center())
        p.drawLine(start, end)
        size = self.fontMetrics().height() * 0.45
        angle = math.atan2(end.y() - start.y(), end.x() - start.x())
        left = QPointF(end.x() - size * math.cos(angle - 0.45), end.y() - size * math.sin(angle - 0.45))
        right = QPointF(end.x() - size * math.cos(angle + 0.45), end.y() - size * math.sin(angle + 0.45))
        p.save()
        p.setBrush(p.pen().color())
        p.drawPolygon(QPolygonF([end, left, right]))
        p.restore()

    @staticmethod
    def _edge(rect: QRectF, toward: QPointF) -> QPointF:
        """Where the line from the rectangle's centre toward a point leaves the rectangle."""
        c = rect.center()
        dx, dy = toward.x() - c.x(), toward.y() - c.y()
        if dx == 0 and dy == 0:
            return c
        scale = min(rect.width() / 2 / abs(dx) if dx else math.inf, rect.height() / 2 / abs(dy) if dy else math.inf)
        return QPointF(c.x() + dx * scale, c.y() + dy * scale)


class MirroredBars(QWidget):
    """The four childhood patterns of both: A's bars to the left of the names, B's to the right."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[tuple[str, float | None, float | None]] = []
        self.names, self.colours = ["", ""], [QColor("#2f6f8f"), QColor("#b5562b")]
        self.missing = ""
        self.kept = _Kept()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows, names: list[str], colours: list[str], missing: str) -> None:
        self.kept.clear()  # the old picture and its key (names, scores) go at once, as in LoopCanvas
        self.rows, self.names, self.missing = list(rows), list(names), missing
        self.colours = [QColor(c) for c in colours]
        from ..common.charts import _number

        def score(value) -> str:
            return f"{_number(value)} / 7" if value is not None else missing

        # One person alone: only their own side is drawn, and said.
        self.setAccessibleDescription("; ".join(
            f"{label}: {names[0]} {score(a)}" + (f", {names[1]} {score(b)}" if names[1] else "")
            for label, a, b in self.rows))
        self.updateGeometry()
        self.update()

    def _row_h(self) -> float:
        return self.fontMetrics().height() * 2.2

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 70, int(self._row_h() * (len(self.rows) + 1)) + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 40, self.sizeHint().height())

    def _label_w(self) -> float:
        fm = self.fontMetrics()
        return max([fm.horizontalAdvance(label) for label, _a, _b in self.rows] + [0]) + fm.height()

    def _shown_names(self) -> list[str]:
        """Each name fits in its own half (long names are shortened with …)."""
        fm = self.fontMetrics()
        return [fm.elidedText(n, Qt.TextElideMode.ElideRight, int(self.width() / 2 - fm.height())) for n in self.names]

    def label_rects(self) -> list[QRectF]:
        fm, h = self.fontMetrics(), self._row_h()
        names = self._shown_names()
        rects = [QRectF(0, 0, fm.horizontalAdvance(names[0]) + 2, fm.height()),
                 QRectF(self.width() - fm.horizontalAdvance(names[1]) - 2, 0,
                        fm.horizontalAdvance(names[1]) + 2, fm.height())]
        lw = self._label_w()
        for i, (_label, _a, _b) in enumerate(self.rows):
            rects.append(QRectF((self.width() - lw) / 2, h * (i + 1), lw, fm.height()))
        return rects

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        if _Kept.applies(self, p):
            key = (tuple(self.rows), tuple(self.names), tuple(c.rgba() for c in self.colours), self.missing)
            self.kept.paint(self, p, key, self.paint)
        else:
            self.paint(p)
        p.end()

    def paint(self, p: QPainter) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal, fm = self.palette(), self.fontMetrics()
        text = pal.color(QPalette.ColorRole.WindowText)
        rects = self.label_rects()
        names = self._shown_names()
        p.setPen(text)
        p.drawText(rects[0], Qt.AlignmentFlag.AlignLeft, names[0])
        p.drawText(rects[1], Qt.AlignmentFlag.AlignRight, names[1])
        lw = self._label_w()
        half = (self.width() - lw) / 2
        track = pal.color(QPalette.ColorRole.Mid)
        small = self.font()
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * 0.8)
        else:  # a font sized in pixels (the exports)
            small.setPixelSize(max(1, round(small.pixelSize() * 0.8)))
        for _i, ((label, a, b), rect) in enumerate(zip(self.rows, rects[2:])):
            p.setPen(text)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
            y, bar_h = rect.top() + fm.height() * 0.1, fm.height() * 0.8
            for side, value in ((0, a), (1, b)):
                if side == 1 and not self.names[1]:
                    continue  # one person: only their own side
                x0 = 0 if side == 0 else half + lw
                if value is None:  # not a score of nothing: an empty, dashed track (the page says why)
                    dashes = QPen(pal.color(QPalette.ColorRole.PlaceholderText), max(1.0, fm.height() / 12))
                    dashes.setStyle(Qt.PenStyle.DashLine)
                    p.setPen(dashes)
                    p.setBrush(Qt.BrushStyle.NoBrush)
                    p.drawRect(QRectF(x0, y, half, bar_h).adjusted(1, 1, -1, -1))
                    if self.missing and QFontMetrics(small).horizontalAdvance(self.missing) <= half - fm.height():
                        p.setPen(text)  # a short word only when it fits whole: never cut off
                        p.setFont(small)
                        p.drawText(QRectF(x0, y, half, bar_h), Qt.AlignmentFlag.AlignCenter, self.missing)
                        p.setFont(self.font())
                    continue
                p.fillRect(QRectF(x0, y, half, bar_h), track)
                length = half * (value - 1) / 6
                x = half - length if side == 0 else half + lw
                p.fillRect(QRectF(x, y, length, bar_h), self.colours[side])
