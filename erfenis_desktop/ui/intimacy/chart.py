"""The six areas drawn: one person's bars (0–100, an earlier time as a dashed outline), and
two people side by side in the dans view's idiom (ui/dans/dans_canvas.py MirroredBars).

Sizes come from the font, colours from the palette (light and dark); every drawing says
what it shows in its accessible description, for screen readers (like ui/common/charts.py).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..common.widgets import fill
from ..dans.dans_canvas import MirroredBars


class AreaBars(QWidget):
    """Rows of (area name, score 0–100 or None, band or "", earlier score or None)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[tuple[str, int | None, str, int | None]] = []
        self.missing = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows, missing: str, earlier: str = "") -> None:
        """``earlier``: when the earlier time was (its date), said with its scores."""
        self.rows, self.missing = list(rows), missing

        def said(name: str, value, band: str, previous) -> str:
            text = f"{name}: {value} / 100, {band}" if value is not None else f"{name}: {missing}"
            if previous is not None:
                text += ", " + (fill(self.tr("earlier (%1): %2 / 100"), earlier, str(previous)) if earlier
                                else fill(self.tr("earlier: %1 / 100"), str(previous)))
            return text

        self.setAccessibleDescription("; ".join(said(*row) for row in self.rows))
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return int(self.fontMetrics().height() * 2.6)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.fontMetrics().averageCharWidth() * 50, self._row_height() * max(1, len(self.rows)) + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.fontMetrics().averageCharWidth() * 24, self.sizeHint().height())

    def label_rects(self) -> list[QRectF]:
        """Where each area's name is drawn (tests check that it fits inside the widget)."""
        fm, h = self.fontMetrics(), self._row_height()
        return [QRectF(0, i * h, min(self.width(), fm.horizontalAdvance(self._label(row)) + 2), fm.height())
                for i, row in enumerate(self.rows)]

    def _label(self, row) -> str:
        name, value, band, _previous = row
        if value is None:  # said by the name, not on the bar (where the earlier outline runs through it)
            return f"{name} · {self.missing}" if self.missing else name
        return f"{name} · {band}" if band else name

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal, fm, h = self.palette(), self.fontMetrics(), self._row_height()
        text, accent = pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Highlight)
        track = pal.color(QPalette.ColorRole.Mid)
        bar_h = max(8, fm.height() * 0.7)
        score_w = fm.horizontalAdvance("100 ") + 4
        for i, row in enumerate(self.rows):
            _name, value, _band, previous = row
            top = i * h
            p.setPen(text)
            p.drawText(QRectF(0, top, self.width(), fm.height()), Qt.AlignmentFlag.AlignLeft,
                       fm.elidedText(self._label(row), Qt.TextElideMode.ElideRight, self.width()))
            y = top + fm.height() + 4
            full = QRectF(0, y, max(10, self.width() - score_w), bar_h)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(track)
            p.drawRoundedRect(full, bar_h / 2, bar_h / 2)
            if previous is not None:  # an earlier time, as a dashed outline
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QPen(text, 1.5, Qt.PenStyle.DashLine))
                p.drawRoundedRect(QRectF(full.left(), y, max(bar_h, full.width() * previous / 100), bar_h),
                                  bar_h / 2, bar_h / 2)
            if value is None:
                continue
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(accent)
            p.drawRoundedRect(QRectF(full.left(), y, max(bar_h, full.width() * value / 100), bar_h),
                              bar_h / 2, bar_h / 2)
            p.setPen(text)
            p.drawText(QRectF(full.right() + 4, y - 3, score_w, bar_h + 6), Qt.AlignmentFlag.AlignVCenter, str(value))
        p.end()


class AreaMirror(MirroredBars):
    """Both partners' areas, one to the left and one to the right of the names, as the dans
    view draws what each brought from home; scores 0–100 (drawn on the same track)."""

    def set_areas(self, rows, names: list[str], colours: list[str], missing: str) -> None:
        """``rows``: (area name, score of the first, score of the second), 0–100 or None."""
        # MirroredBars draws 1–7: the same track, scaled.
        scaled = [(label, None if a is None else 1 + 6 * a / 100, None if b is None else 1 + 6 * b / 100)
                  for label, a, b in rows]
        self.set_rows(scaled, names, colours, missing)

        def score(value) -> str:
            return f"{value} / 100" if value is not None else missing

        self.setAccessibleDescription("; ".join(f"{label}: {names[0]} {score(a)}, {names[1]} {score(b)}"
                                                for label, a, b in rows))
