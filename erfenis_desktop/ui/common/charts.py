"""Our own drawings for the results: score bars and the pursue–withdraw axis.

Sizes come from the font, so both stay readable at 200 % text; colours come from
the palette, so they work in light and dark.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

LOW, HIGH = 1.0, 7.0


def _number(value: float) -> str:
    """7,0 in Dutch, 7.0 in English."""
    from PySide6.QtCore import QLocale

    return QLocale().toString(float(value), "f", 1)


class ScoreBars(QWidget):
    """Rows of (label, score 1–7 or None, earlier score or None, note for a missing score)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[tuple[str, float | None, float | None]] = []
        self.missing_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows, missing_text: str, earlier: str = "") -> None:
        """``earlier``: when the earlier time was (its date), said with its scores."""
        self.rows, self.missing_text = list(rows), missing_text
        from .widgets import fill

        def said(label: str, value, previous) -> str:
            text = f"{label}: {_number(value)} / 7" if value is not None else f"{label}: {missing_text}"
            if previous is not None:  # drawn as a dashed outline: said too
                text += ", " + (fill(self.tr("earlier (%1): %2 / 7"), earlier, _number(previous)) if earlier
                                else fill(self.tr("earlier: %1 / 7"), _number(previous)))
            return text

        self.setAccessibleDescription("; ".join(said(*row) for row in self.rows))
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return int(self.fontMetrics().height() * 2.6)

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 50, self._row_height() * max(1, len(self.rows)) + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 24, self.sizeHint().height())

    def label_rects(self) -> list[QRectF]:
        """Where each label is drawn (tests check that it fits inside the widget)."""
        fm, h = self.fontMetrics(), self._row_height()
        return [QRectF(0, i * h, fm.horizontalAdvance(label) + 2, fm.height())
                for i, (label, _v, _p) in enumerate(self.rows)]

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fm, h = self.fontMetrics(), self._row_height()
        text, accent = pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Highlight)
        track = pal.color(QPalette.ColorRole.Mid)
        bar_h = max(8, fm.height() * 0.7)
        for i, (label, value, previous) in enumerate(self.rows):
            top = i * h
            p.setPen(text)
            p.drawText(QRectF(0, top, self.width(), fm.height()), Qt.AlignmentFlag.AlignLeft, fm.elidedText(
                label, Qt.TextElideMode.ElideRight, self.width()))
            y = top + fm.height() + 4
            score_w = fm.horizontalAdvance("7.0 ") + 4
            full = QRectF(0, y, max(10, self.width() - score_w), bar_h)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(track)
            p.drawRoundedRect(full, bar_h / 2, bar_h / 2)
            if previous is not None:  # an earlier time, as an outline
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QPen(text, 1.5, Qt.PenStyle.DashLine))
                w = full.width() * (previous - LOW) / (HIGH - LOW)
                p.drawRoundedRect(QRectF(full.left(), y, max(bar_h, w), bar_h), bar_h / 2, bar_h / 2)
            p.setPen(text)
            if value is None:
                p.drawText(QRectF(full.left() + 6, y - 2, full.width(), bar_h + 4),
                           Qt.AlignmentFlag.AlignVCenter, self.missing_text)
                continue
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(accent)
            w = full.width() * (value - LOW) / (HIGH - LOW)
            p.drawRoundedRect(QRectF(full.left(), y, max(bar_h, w), bar_h), bar_h / 2, bar_h / 2)
            p.setPen(text)
            p.drawText(QRectF(full.right() + 4, y - 3, score_w, bar_h + 6), Qt.AlignmentFlag.AlignVCenter,
                       _number(value))
        p.end()


class PursueWithdrawAxis(QWidget):
    """A line from "I step back" (left) to "I move closer" (right) with markers for you and
    for your partner as you see them. Positions run from −6 to 6 (pursue minus withdraw)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.left_label = self.right_label = ""
        self.markers: list[tuple[str, float | None, QColor | None]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_axis(self, left: str, right: str, markers) -> None:
        self.left_label, self.right_label, self.markers = left, right, list(markers)
        from .widgets import fill

        def said(name: str, value: float) -> str:
            number = ("+" if value > 0 else "") + _number(value)
            if value == 0:
                return fill(self.tr("%1: %2, in the middle"), name, number)
            return fill(self.tr("%1: %2, toward %3"), name, number, right if value > 0 else left)

        shown = [said(name, value) for name, value, _c in self.markers if value is not None]
        # Which side is which, and how far it goes: the drawing shows it, the words say it.
        sides = fill(self.tr("From %1 (−6) on the left to %2 (+6) on the right."), left, right) if left else ""
        self.setAccessibleDescription(" ".join(t for t in (sides, "; ".join(shown)) if t))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 50, self.fontMetrics().height() * 7)

    def _line_y(self) -> float:
        return self.fontMetrics().height() * 3.6  # room above for two rows of names

    def label_rects(self) -> list[QRectF]:
        """Where every text is drawn (tests check that all of it lies inside the widget)."""
        fm = self.fontMetrics()
        y, margin, radius = self._line_y(), fm.height(), fm.height() * 0.45
        left, right = margin, self.width() - margin
        rects = [QRectF(0, y + fm.height() * 0.6, fm.horizontalAdvance(self.left_label), fm.height()),
                 QRectF(self.width() - fm.horizontalAdvance(self.right_label), y + fm.height() * 0.6,
                        fm.horizontalAdvance(self.right_label), fm.height())]
        for i, (name, value, _c) in enumerate(self.markers):
            if value is None:
                continue
            x = left + (right - left) * (value + 6) / 12
            w = fm.horizontalAdvance(name) + 4
            lx = min(max(0.0, x - w / 2), self.width() - w)
            ly = y - radius - fm.height() * (1.1 if i % 2 == 0 else 2.2)
            rects.append(QRectF(lx, ly, w, fm.height()))
        return rects

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 24, self.sizeHint().height())

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal, fm = self.palette(), self.fontMetrics()
        text = pal.color(QPalette.ColorRole.WindowText)
        y = self._line_y()
        margin = fm.height()
        left, right = margin, self.width() - margin
        p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 3))
        p.drawLine(QPointF(left, y), QPointF(right, y))
        p.setPen(text)
        rects = self.label_rects()
        p.drawText(rects[0], Qt.AlignmentFlag.AlignLeft, self.left_label)
        p.drawText(rects[1], Qt.AlignmentFlag.AlignRight, self.right_label)
        radius = fm.height() * 0.45
        shown = [(n, v, c) for n, v, c in self.markers if v is not None]
        for (name, value, colour), rect in zip(shown, rects[2:]):
            x = left + (right - left) * (value + 6) / 12
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour or pal.color(QPalette.ColorRole.Highlight))
            p.drawEllipse(QPointF(x, y), radius, radius)
            p.setPen(text)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
        p.end()
