"""Quick hide: a calm, neutral screen that says nothing about what Erfenis is for.

Shown at once when someone presses the quick-hide key or button: every profile is
locked, and the window becomes a plain clock. Its texts never name the program, a
person, love or a relationship, and its colours are not Erfenis's own. One
deliberate action (the button) leads back to the profile picker; stray keys do nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..common.widgets import Retranslating

#: Plain greys, not Erfenis's warm colours (light, dark).
_COLOURS = {False: ("#ffffff", "#2b2b2b", "#efefef"), True: ("#202020", "#e6e6e6", "#333333")}


class NeutralScreen(Retranslating, QWidget):
    """A clock with the date, and a small button to go on."""

    resumeRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("neutralScreen")
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # takes the keys, so a stray one does nothing
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        self.time = QLabel()
        self.date = QLabel()
        for label in (self.time, self.date):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(3)
        row = QHBoxLayout()
        row.addStretch(1)
        self.resume = QPushButton()
        self.resume.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a deliberate Tab, then Enter; or a click
        self.resume.clicked.connect(self.resumeRequested)
        row.addWidget(self.resume)
        layout.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self.retranslate()

    def title(self) -> str:
        """The window's title while this screen is shown."""
        return self.tr("Clock")

    def set_dark(self, dark: bool) -> None:
        background, text, button = _COLOURS[dark]
        palette = self.palette()
        for role, colour in ((QPalette.ColorRole.Window, background), (QPalette.ColorRole.WindowText, text),
                             (QPalette.ColorRole.Button, button), (QPalette.ColorRole.ButtonText, text)):
            palette.setColor(role, QColor(colour))
        self.setPalette(palette)

    def _tick(self) -> None:
        now = QDateTime.currentDateTime()
        locale = QLocale()
        self.time.setText(locale.toString(now.time(), QLocale.FormatType.ShortFormat))
        self.date.setText(locale.toString(now.date(), QLocale.FormatType.LongFormat))
        self.time.setAccessibleName(self.time.text())
        self.date.setAccessibleName(self.date.text())

    def showEvent(self, event) -> None:
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 4)
        self.time.setFont(font)
        font.setPointSizeF(self.font().pointSizeF() * 1.3)
        self.date.setFont(font)
        self._tick()
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.title())
        self.resume.setText(self.tr("Continue"))
        self.resume.setAccessibleName(self.tr("Continue"))
        self._tick()
