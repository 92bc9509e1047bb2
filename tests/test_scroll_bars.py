"""Scroll bars in every colour scheme: a handle you can see against its groove (at least 3:1,
the WCAG rule for a part of a control), wide enough to grab and growing with the text, and a
page that still moves when the handle is dragged, the groove clicked, the wheel turned or Page
Down pressed. Measured on the pixels a user sees (the scroll bar grabbed as painted)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QWheelEvent
from PySide6.QtWidgets import QLabel, QPushButton, QScrollBar

from erfenis_desktop.ui.common import theme
from erfenis_desktop.ui.common.widgets import ReadingColumn

SCHEMES = ("light", "dark", "contrast")


def _luminance(c: QColor) -> float:
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture
def page(qapp, qtbot):
    """A reading page three screens long, with a button to hold focus, in a small window."""
    column = ReadingColumn()
    column.focus = QPushButton("Start")
    column.body.addWidget(column.focus)
    column.first = QLabel("Line 0")
    column.body.addWidget(column.first)
    for n in range(1, 60):
        column.body.addWidget(QLabel(f"Line {n}: a sentence long enough to read."))
    column.resize(480, 360)
    qtbot.addWidget(column)
    yield column
    theme.apply(qapp, 100, "light")


def _show(qapp, qtbot, page, scheme: str, scale: int = 100) -> QScrollBar:
    theme.apply(qapp, scale, scheme)
    page.show()
    qtbot.waitExposed(page)
    bar = page.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.isVisible() and bar.maximum() > 0)
    return bar


def _handle(bar: QScrollBar) -> tuple[QImage, int, int, int, int]:
    """The bar as painted, and where its handle is: its top and bottom row (the rows whose
    middle differs from the groove's colour at the bar's far end) and its left and right edge."""
    image = bar.grab().toImage()
    mid = image.width() // 2
    groove = image.pixelColor(mid, image.height() - 3)  # the handle is at the top: this is groove
    rows = [y for y in range(image.height()) if contrast(image.pixelColor(mid, y), groove) > 1.5]
    assert rows, "no handle painted"
    top, bottom = rows[0], rows[-1]
    middle = (top + bottom) // 2
    left = right = mid  # the handle's own pixels, out from its middle (not a line beside the bar)
    while left > 0 and contrast(image.pixelColor(left - 1, middle), groove) > 1.5:
        left -= 1
    while right < image.width() - 1 and contrast(image.pixelColor(right + 1, middle), groove) > 1.5:
        right += 1
    return image, top, bottom, left, right


def _handle_contrast(bar: QScrollBar) -> float:
    image, top, bottom, _, _ = _handle(bar)
    mid = image.width() // 2
    groove = image.pixelColor(mid, image.height() - 3)
    # The handle's own colour: its middle (past any frame round it).
    return contrast(image.pixelColor(mid, (top + bottom) // 2), groove)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_handle_stands_out_from_its_groove_and_is_wide_enough_to_grab(qapp, qtbot, page, scheme):
    bar = _show(qapp, qtbot, page, scheme)
    assert _handle_contrast(bar) >= 3.0
    image, top, bottom, left, right = _handle(bar)
    assert right - left + 1 >= 10, f"handle {right - left + 1} px wide"
    assert bottom - top + 1 >= 20, f"handle {bottom - top + 1} px long"


@pytest.mark.parametrize("scheme", SCHEMES)
def test_a_dragged_handle_is_still_plain_to_see(qapp, qtbot, page, scheme):
    bar = _show(qapp, qtbot, page, scheme)
    _, top, bottom, left, right = _handle(bar)
    qtbot.mousePress(bar, Qt.MouseButton.LeftButton, pos=QPoint((left + right) // 2, (top + bottom) // 2))
    try:
        assert bar.isSliderDown()
        assert _handle_contrast(bar) >= 3.0
    finally:
        qtbot.mouseRelease(bar, Qt.MouseButton.LeftButton, pos=QPoint((left + right) // 2, (top + bottom) // 2))


def test_the_handle_grows_with_the_text(qapp, qtbot, page):
    bar = _show(qapp, qtbot, page, "light", 100)
    _, _, _, left, right = _handle(bar)
    narrow = bar.width()
    _show(qapp, qtbot, page, "light", 200)
    qtbot.waitUntil(lambda: bar.width() != narrow)  # laid out again at the new size
    _, _, _, left2, right2 = _handle(bar)
    assert right2 - left2 >= 1.6 * (right - left)


def _y(page) -> int:
    """Where the page's first line is, seen in the window (it moves up as the page scrolls)."""
    return page.first.mapTo(page, QPoint(0, 0)).y()


@pytest.mark.parametrize("scheme", SCHEMES)
def test_dragging_the_handle_and_clicking_the_groove_move_the_page(qapp, qtbot, page, scheme):
    bar = _show(qapp, qtbot, page, scheme)
    _, top, bottom, left, right = _handle(bar)
    x = (left + right) // 2
    start = _y(page)
    # Drag the handle a third of the way down.
    grab = QPoint(x, (top + bottom) // 2)
    qtbot.mousePress(bar, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(bar, grab + QPoint(0, 40))
    qtbot.mouseMove(bar, grab + QPoint(0, bar.height() // 3))
    qtbot.mouseRelease(bar, Qt.MouseButton.LeftButton, pos=grab + QPoint(0, bar.height() // 3))
    qtbot.waitUntil(lambda: _y(page) < start - 100)
    dragged = _y(page)
    # Back to the top, then a click on the groove below the handle: a page further down.
    bar.setValue(0)
    qtbot.waitUntil(lambda: _y(page) == start)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(x, bar.height() - 5))
    qtbot.waitUntil(lambda: _y(page) <= start - bar.pageStep() + 1)
    assert dragged < start


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_wheel_and_page_down_still_scroll(qapp, qtbot, page, scheme):
    _show(qapp, qtbot, page, scheme)
    start = _y(page)
    viewport = page.viewport()
    centre = QPointF(viewport.width() / 2, viewport.height() / 2)
    wheel = QWheelEvent(centre, viewport.mapToGlobal(centre), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    qapp.sendEvent(viewport, wheel)
    qtbot.waitUntil(lambda: _y(page) < start)
    page.verticalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: _y(page) == start)
    page.focus.setFocus()
    qtbot.keyClick(page.focus, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: _y(page) < start - 100)
