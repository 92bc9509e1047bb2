"""The discomfort of the new over the days: each check-in as a dot, and the smoothed trend as a
line through them. Drawn by us with QPainter.

Sizes come from the font (readable at 200 % text), colours from the palette (light and dark):
dots in the text colour, the trend in the accent colour, the grid in ``Mid``. What the chart
shows is also said in words, in its accessible description (the summary sentences).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from erfenis_desktop.domain.practice import HIGHEST, LOWEST


def day_text(day: date, with_year: bool = False) -> str:
    """A short date in the language of the screen: "5 mei", "5 May"; with the year, "5 mei 2025"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy" if with_year else "d MMM")


def needs_years(first: date, last: date, today: date | None = None) -> bool:
    """Whether the dates of a chart need their year: when it spans more than one year, or lies
    in another year than this one ("18 dec" … "7 nov" would read as if time ran backwards)."""
    return first.year != last.year or last.year != (today or date.today()).year


class DiscomfortChart(QWidget):
    """Dots (day, discomfort 0–10) and a trend line, with 0, 5 and 10 marked on the left and
    the first and last day below."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("discomfortChart")
        self.points: list[tuple[date, float]] = []
        self.trend: list[tuple[date, float]] = []
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, points, trend, description: str, empty_text: str = "") -> None:
        """``description``: what the chart shows, in words (said by a screen reader)."""
        self.points, self.trend = list(points), list(trend)
        self.empty_text = empty_text
        if self.points:  # the dots themselves, in words, on the scale they are drawn on
            from ..common.widgets import fill

            def value(v: float) -> str:
                return QLocale().toString(float(v), "f", 0 if float(v).is_integer() else 1)

            years = self._with_year()
            description = " ".join(t for t in (description, fill(
                self.tr("Each check-in, on a scale from %1 to %2: %3."), str(LOWEST), str(HIGHEST),
                "; ".join(f"{day_text(d, years)}: {value(v)} / {HIGHEST}" for d, v in self.points)))
                if t)
        self.setAccessibleDescription(description)
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self.set_data([], [], "")

    # Geometry ----------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * 50, fm.height() * 11)

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        dates = fm.horizontalAdvance(day_text(date(2000, 12, 30), self._with_year())) * 2  # first and last, apart
        return QSize(max(fm.averageCharWidth() * 24, dates + fm.averageCharWidth() * 4), self.sizeHint().height())

    def plot_rect(self) -> QRectF:
        """Where the values are drawn: room on the left for "10", below for two dates."""
        fm = self.fontMetrics()
        left = fm.horizontalAdvance(str(HIGHEST)) + fm.averageCharWidth() * 2
        top = fm.height() * 0.6
        bottom = fm.height() * 1.8
        widest = day_text(date(2000, 12, 30), self._with_year())
        right = fm.horizontalAdvance(widest) / 2 + 4  # the last date is centred on its day
        return QRectF(left, top, max(10.0, self.width() - left - right), max(10.0, self.height() - top - bottom))

    def _days(self) -> tuple[date, date] | None:
        days = [d for d, _v in self.points + self.trend]
        return (min(days), max(days)) if days else None

    def _with_year(self) -> bool:
        span = self._days()
        return span is not None and needs_years(*span)

    def x_for(self, day: date) -> float:
        rect, span = self.plot_rect(), self._days()
        if span is None or span[0] == span[1]:
            return rect.center().x()
        return rect.left() + rect.width() * (day - span[0]).days / (span[1] - span[0]).days

    def y_for(self, value: float) -> float:
        rect = self.plot_rect()
        value = min(max(float(value), LOWEST), HIGHEST)
        return rect.bottom() - rect.height() * (value - LOWEST) / (HIGHEST - LOWEST)

    def point_positions(self) -> list[QPointF]:
        return [QPointF(self.x_for(d), self.y_for(v)) for d, v in self.points]

    def trend_positions(self) -> list[QPointF]:
        return [QPointF(self.x_for(d), self.y_for(v)) for d, v in self.trend]

    def label_rects(self) -> list[tuple[str, QRectF]]:
        """Every text drawn, and where (tests check that each lies inside the widget)."""
        fm, rect = self.fontMetrics(), self.plot_rect()
        out = []
        for value in (LOWEST, (LOWEST + HIGHEST) // 2, HIGHEST):
            text = str(value)
            w = fm.horizontalAdvance(text) + 2
            out.append((text, QRectF(rect.left() - w - fm.averageCharWidth(), self.y_for(value) - fm.height() / 2,
                                     w, fm.height())))
        span = self._days()
        if span is not None:
            days = [span[0]] if span[0] == span[1] else [span[0], span[1]]
            for day in days:
                text = day_text(day, self._with_year())
                w = fm.horizontalAdvance(text) + 2
                x = min(max(0.0, self.x_for(day) - w / 2), self.width() - w)
                out.append((text, QRectF(x, rect.bottom() + fm.height() * 0.5, w, fm.height())))
        elif self.empty_text:
            out.append((self.empty_text, QRectF(rect)))
        return out

    # Drawing -----------------------------------------------------------------------------
    def trend_pen_width(self) -> float:
        return max(2.5, self.fontMetrics().height() / 6)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal, fm, rect = self.palette(), self.fontMetrics(), self.plot_rect()
        text = pal.color(QPalette.ColorRole.WindowText)
        accent = pal.color(QPalette.ColorRole.Highlight)
        grid = pal.color(QPalette.ColorRole.Mid)
        labels = self.label_rects()
        for value in (LOWEST, (LOWEST + HIGHEST) // 2, HIGHEST):
            if value != LOWEST and not self.points and self.empty_text:
                continue  # the text stands where the lines would be
            y = self.y_for(value)
            p.setPen(QPen(grid, 1, Qt.PenStyle.SolidLine if value == LOWEST else Qt.PenStyle.DashLine))
            p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        p.setPen(text)
        for label, where in labels[:3]:
            p.drawText(where, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        for label, where in labels[3:]:
            p.drawText(where, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, label)
        if len(self.trend) >= 2:
            path = QPainterPath(self.trend_positions()[0])
            for point in self.trend_positions()[1:]:
                path.lineTo(point)
            pen = QPen(accent, self.trend_pen_width())
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
        radius = max(3.0, fm.height() * 0.22)
        p.setPen(QPen(pal.color(QPalette.ColorRole.Window), 1.5))  # a ring, so dots on the line stay dots
        p.setBrush(text)
        for point in self.point_positions():
            p.drawEllipse(point, radius, radius)
        p.end()
