"""Erfenis's own pictures (resources/icons/*.svg), drawn with QtSvg: one per card on the home
screen, so the cards can be told apart at a glance, and the app icon.

Each picture is a white line drawing on a coloured tile. The tiles' colours are chosen to
work on light and dark pages alike: at least 3:1 against both card backgrounds, and the
white lines at least 4.4:1 against the tile (tests/test_home_journey.py checks this)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap

from erfenis_desktop.paths import resources_dir

#: The pictures on the home screen, by card; the app icon is ``erfenis``.
NAMES = ("pattern", "step1", "step2", "step3", "partner", "answer", "dans", "cycle", "shared", "notes",
         "history", "journal", "profile", "generations", "intimacy")
APP = "erfenis"


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / f"{name}.svg"


@cache
def _renderer(name: str):
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(icon_path(name)))
    if not renderer.isValid():
        raise FileNotFoundError(f"Erfenis is incompletely installed: the picture '{name}' is missing or damaged")
    return renderer


def pixmap(name: str, size: int, ratio: float = 1.0) -> QPixmap:
    """The picture ``name`` drawn sharp at ``size`` × ``size`` (device-independent pixels) for a
    screen with this device pixel ratio."""
    device = max(1, round(size * ratio))
    out = QPixmap(device, device)
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _renderer(name).render(painter, QRectF(0, 0, device, device))
    painter.end()
    out.setDevicePixelRatio(ratio)
    return out


def paint(painter: QPainter, name: str, rect: QRectF) -> None:
    """Draw the picture ``name`` into ``rect`` (vector: sharp at every size)."""
    _renderer(name).render(painter, rect)


def app_icon() -> QIcon:
    """Erfenis's icon, for the window and the taskbar: drawn from the SVG at whatever size the
    desktop asks for (Qt's SVG icon engine, which PySide6-Essentials ships), only when asked."""
    icon = QIcon(str(icon_path(APP)))
    if icon.isNull():  # no SVG icon engine: the usual sizes, drawn now
        for size in (16, 24, 32, 48, 64, 128, 256):
            icon.addPixmap(pixmap(APP, size))
    return icon


def size_hint(font_height: int) -> QSize:
    """How big a card's picture is next to text of this line height."""
    side = round(font_height * 2.4)
    return QSize(side, side)
