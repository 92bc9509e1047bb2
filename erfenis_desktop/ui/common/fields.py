"""Small input widgets: a password field and a profile's colour badge."""

from __future__ import annotations

import functools

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget


class PasswordField(QWidget):
    """A password line edit with a button to show what was typed."""

    returnPressed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.returnPressed.connect(self.returnPressed)
        self.show_button = QToolButton()
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._toggle)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.show_button)
        self.setFocusProxy(self.edit)
        self._retranslate()

    def _toggle(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()
        self.show_button.setChecked(False)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt naming)
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def _retranslate(self) -> None:
        self.show_button.setText(self.tr("Show"))
        self.show_button.setAccessibleName(self.tr("Show the password"))
        self.show_button.setToolTip(self.tr("Show the password"))

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


@functools.lru_cache(maxsize=256)
def badge(colour: str, initial: str, size: int) -> QIcon:
    """A filled circle in the profile's colour with its initial. Kept once made: a workshop's
    picker shows thirty of them at every refresh (QIcon is shared, never changed in place)."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QRectF(0, 0, size, size))
    font = QFont()
    font.setPixelSize(max(8, int(size * 0.5)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, initial)
    painter.end()
    return QIcon(pixmap)
