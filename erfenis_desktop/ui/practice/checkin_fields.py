"""The fields of a check-in: how uncomfortable it felt (0 to 10), and short writing fields.

:class:`ScaleSlider` is the 0–10 scale, drawn at a size that follows the text, with no handle
until a value is chosen; :class:`DiscomfortInput` adds its two named ends and "Not filled in"
(the start); :class:`ShortField` is a writing field a few lines tall (a check-in takes about a
minute). Used by :class:`~.checkin_page.CheckInPage`; each class keeps its own translation
context (its class name).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPlainTextEdit,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from erfenis_desktop.domain.practice import HIGHEST, LOWEST

from ..common.widgets import Retranslating, plain_label


class ScaleSlider(QSlider):
    """0–10 drawn by us, at a size that follows the text: a thick track, every number below
    it, and a handle only once a value is chosen (``unset``: not filled in, no handle)."""

    touched = Signal()  # the person chose a value (also the one it already had)

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setRange(LOWEST, HIGHEST)
        self.setPageStep(1)
        self.unset = True
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_unset(self, unset: bool) -> None:
        self.unset = unset
        self.update()

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * 40, int(fm.height() * 2.6))

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.horizontalAdvance("10") * (HIGHEST - LOWEST + 1), self.sizeHint().height())

    def _radius(self) -> float:
        return self.fontMetrics().height() * 0.45

    def x_for(self, value: int) -> float:
        margin = max(self._radius(), self.fontMetrics().horizontalAdvance(str(HIGHEST)) / 2) + 3
        return margin + (self.width() - 2 * margin) * (value - LOWEST) / (HIGHEST - LOWEST)

    def _track_y(self) -> float:
        return self._radius() + 3

    def value_at(self, x: float) -> int:
        return min(range(LOWEST, HIGHEST + 1), key=lambda v: abs(self.x_for(v) - x))

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.touched.emit()
            self.setValue(self.value_at(event.position().x()))
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.setValue(self.value_at(event.position().x()))
            event.accept()

    def mouseReleaseEvent(self, event) -> None:
        event.accept()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home,
                           Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.touched.emit()  # chosen, also when the value stays where it was (0 and Left)
        super().keyPressEvent(event)

    def paintEvent(self, event) -> None:
        from PySide6.QtCore import QPointF, QRectF
        from PySide6.QtGui import QPainter, QPalette, QPen

        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal, fm = self.palette(), self.fontMetrics()
        text, accent, mid = (pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Highlight),
                             pal.color(QPalette.ColorRole.Mid))
        if not self.isEnabled():
            text = pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        y, r = self._track_y(), self._radius()
        thick = max(4.0, fm.height() * 0.22)
        p.setPen(QPen(mid, thick, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(QPointF(self.x_for(LOWEST), y), QPointF(self.x_for(HIGHEST), y))
        if not self.unset:
            p.setPen(QPen(accent, thick, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            p.drawLine(QPointF(self.x_for(LOWEST), y), QPointF(self.x_for(self.value()), y))
        for v in range(LOWEST, HIGHEST + 1):
            x = self.x_for(v)
            p.setPen(QPen(text, 1))
            p.drawLine(QPointF(x, y + thick), QPointF(x, y + r + 1))
            label = str(v)
            w = fm.horizontalAdvance(label) + 2
            p.drawText(QRectF(x - w / 2, y + r + 2, w, fm.height()), Qt.AlignmentFlag.AlignCenter, label)
        if not self.unset:
            x = self.x_for(self.value())
            p.setPen(QPen(pal.color(QPalette.ColorRole.Window), 2))
            p.setBrush(accent)
            p.drawEllipse(QPointF(x, y), r, r)
        if self.hasFocus():
            p.setPen(QPen(accent, 2, Qt.PenStyle.DotLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(1, 1, self.width() - 2, self.height() - 2), 4, 4)
        p.end()


class DiscomfortInput(Retranslating, QWidget):
    """0–10 on a scale with its two ends named, or "not filled in" (the start)."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        ends = QHBoxLayout()
        self.low_label, self.high_label = plain_label(), plain_label()
        self.high_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        ends.addWidget(self.low_label)
        ends.addStretch(1)
        ends.addWidget(self.high_label)
        layout.addLayout(ends)
        self.slider = ScaleSlider()
        self.slider.touched.connect(self._touched)
        self.slider.valueChanged.connect(lambda _v: self._touched())
        layout.addWidget(self.slider)
        self.unset = QCheckBox()
        self.unset.setChecked(True)
        self.unset.toggled.connect(self._unset_toggled)
        layout.addWidget(self.unset)
        self.retranslate()

    def value(self) -> int | None:
        return None if self.unset.isChecked() else self.slider.value()

    def set_value(self, value: int | None) -> None:
        for w in (self.slider, self.unset):
            w.blockSignals(True)
        self.slider.setValue(LOWEST if value is None else value)
        self.unset.setChecked(value is None)
        for w in (self.slider, self.unset):
            w.blockSignals(False)
        self._show()

    def _touched(self) -> None:
        if self.unset.isChecked():
            self.unset.blockSignals(True)
            self.unset.setChecked(False)
            self.unset.blockSignals(False)
        self._show()
        self.changed.emit()

    def _unset_toggled(self, _on: bool) -> None:
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        self.slider.set_unset(self.unset.isChecked())
        ends = f"{self.low_label.text()}; {self.high_label.text()}"
        self.slider.setAccessibleDescription(self.tr("Not filled in") + "; " + ends if self.unset.isChecked()
                                             else ends)

    def set_ends(self, low: str, high: str) -> None:
        """What 0 and 10 mean ("helemaal niet", "heel erg")."""
        self.low_label.setText(f"{LOWEST} = {low}")
        self.high_label.setText(f"{HIGHEST} = {high}")
        self._show()

    def retranslate(self) -> None:
        self.unset.setText(self.tr("Not filled in"))
        self.unset.setAccessibleName(self.tr("Not filled in"))
        self._show()


class ShortField(QPlainTextEdit):
    """A writing field of a few lines: a check-in takes about a minute, not a page."""

    def __init__(self, lines: int, parent=None):
        super().__init__(parent)
        self.lines = lines
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        height = self.fontMetrics().lineSpacing() * self.lines + 2 * self.document().documentMargin()
        return QSize(super().sizeHint().width(), int(height) + margins.top() + margins.bottom() + 2)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
