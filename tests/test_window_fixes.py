"""The main window as a new user found it: About fits on the screen at 200 % with Close in view,
the Help menu's items are whole, the profile's badge in the header grows with the text, and the
page you are on stands out in the header, in light and in dark.
Set ERFENIS_PICTURES=<folder> to keep a PNG of each (to look at them)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence
from PySide6.QtWidgets import QWidget

from tests.test_exercises import wait_for_layout
from tests.test_practice_screens import _unlocked


def _look(widget, name: str) -> QImage:
    image = widget.grab().toImage()
    folder = os.environ.get("ERFENIS_PICTURES")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert image.save(str(Path(folder) / f"{name}.png"))
    return image


def _global_rect(widget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


# About ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "nl"])
def test_about_at_200_percent_fits_the_screen_scrolls_and_keeps_close_in_view(start_app, qtbot, dialogs, lang):
    erfenis = start_app("--lang", lang)
    window = erfenis.window
    window.nav_about.click()  # made at 100 %: the text size changes while Erfenis runs
    about = window.about_dialog
    qtbot.waitExposed(about)
    about.close()
    erfenis.prefs.set_text_scale(200)
    window.nav_about.click()
    qtbot.waitExposed(about)
    screen = about.screen().availableGeometry()
    close = about.buttons.button(about.buttons.StandardButton.Close)
    _look(about, f"about-200-{lang}")
    assert screen.contains(about.frameGeometry()), (about.frameGeometry(), screen)
    assert close.isVisible() and screen.contains(_global_rect(close))
    assert about.rect().contains(QRect(close.mapTo(about, QPoint(0, 0)), close.size()))
    bar = about.page.verticalScrollBar()
    assert bar.maximum() > 0  # the text is longer than the window: it scrolls, Close stays put
    where = _global_rect(close)
    bar.setValue(bar.maximum())
    _look(about, f"about-200-{lang}-end")
    assert _global_rect(close) == where
    licence = about.licence
    assert about.page.viewport().rect().intersects(QRect(licence.mapTo(about.page.viewport(), QPoint(0, 0)),
                                                         licence.size()))
    qtbot.keyClick(close, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not about.isVisible())


# The Help menu -------------------------------------------------------------------------------------

def _ink_width(image: QImage, row: QRect) -> int:
    """How wide the text drawn in one menu row is: from the first to the last column whose
    pixels differ clearly from the row's background."""
    counts: dict[int, int] = {}
    for x in range(row.left(), row.right() + 1):
        counts[image.pixel(x, row.top() + 2)] = counts.get(image.pixel(x, row.top() + 2), 0) + 1
    background = QColor(max(counts, key=counts.get))
    columns = []
    for x in range(row.left() + 3, row.right() - 2):  # inside the menu's frame
        for y in range(row.top() + 2, row.bottom() - 2):
            c = QColor(image.pixel(x, y))
            if abs(c.red() - background.red()) + abs(c.green() - background.green()) \
                    + abs(c.blue() - background.blue()) > 240:
                columns.append(x)
                break
    return columns[-1] - columns[0] + 1 if columns else 0


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("scale", [100, 200])
def test_the_help_menu_shows_whole_items_with_f1_on_need_help(start_app, qtbot, lang, scale):
    erfenis = start_app("--lang", lang)
    erfenis.prefs.set_text_scale(scale)
    window = erfenis.window
    menu = window.help_menu
    assert [a.text() for a in menu.actions()] == [window.act_help.text(), window.act_about.text()]
    assert window.act_help.shortcut() == QKeySequence("F1")
    assert window.act_about.shortcut().isEmpty()  # F1 belongs to "Need help?" alone
    menu.popup(window.mapToGlobal(QPoint(0, 0)))
    qtbot.waitUntil(menu.isVisible)
    image = _look(menu, f"help-menu-{lang}-{scale}")
    text = window.act_about.text().replace("&", "")
    want = menu.fontMetrics().horizontalAdvance(text)
    got = _ink_width(image, menu.actionGeometry(window.act_about))
    # An item cut short ("About…fenis") is narrower than its text: a whole one is as wide.
    assert got >= want - 4, (got, want)
    menu.close()
    window.show_home()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    assert window.pages.currentWidget() is window.help_page


# The badge -----------------------------------------------------------------------------------------

def test_the_badge_in_the_header_grows_with_a_live_text_size_change(start_app, qtbot):
    erfenis = start_app()
    _unlocked(erfenis)
    chip = erfenis.window.profile_chip  # the circle with the initial, drawn as a picture
    small = chip.sizeHint().height()
    assert small >= erfenis.window.fontMetrics().height()
    erfenis.prefs.set_text_scale(200)
    qtbot.waitUntil(lambda: chip.sizeHint().height() > small * 1.5)
    assert chip.sizeHint().height() >= erfenis.window.fontMetrics().height() * 1.5
    header = erfenis.window.findChild(QWidget, "header")
    wait_for_layout(qtbot, header)
    _look(header, "header-badge-200")
    assert chip.height() >= chip.sizeHint().height()  # laid out at its new size, not squeezed
    erfenis.prefs.set_text_scale(100)
    qtbot.waitUntil(lambda: chip.sizeHint().height() == small)


# The page you are on, in the header ---------------------------------------------------------------------

def _fill(image: QImage, button, header) -> QColor:
    """The colour most of a header button is painted in (its face, not its text)."""
    top_left = button.mapTo(header, QPoint(0, 0))
    counts: dict[int, int] = {}
    for x in range(top_left.x() + 3, top_left.x() + button.width() - 3):
        for y in (top_left.y() + 3, top_left.y() + button.height() - 4):  # above and below the text
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
    return QColor(max(counts, key=counts.get))


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("scheme", ["dark", "light"])
def test_the_page_you_are_on_stands_out_in_the_header(start_app, qtbot, scheme):
    erfenis = start_app()
    erfenis.prefs.set_color_scheme(scheme)
    window = erfenis.window
    window.resize(1000, 700)
    header = window.findChild(QWidget, "header")
    for current, others in ((window.nav_home, (window.nav_settings, window.nav_about)),
                            (window.nav_settings, (window.nav_home, window.nav_about))):
        current.click()
        assert current.isChecked()
        window.setFocus()  # the face of the button, not its focus ring
        qtbot.waitUntil(lambda current=current, others=others: not any(b.hasFocus() for b in (current, *others)))
        image = _look(header, f"header-{scheme}-{current.text().replace('&', '')}")
        face = _fill(image, current, header)
        for other in others:
            assert _contrast(face, _fill(image, other, header)) >= 3, (scheme, current.text(), other.text())
        # And its own text can be read on it.
        top_left = current.mapTo(header, QPoint(0, 0))
        ink = max((QColor(image.pixel(x, y)) for x in range(top_left.x() + 4, top_left.x() + current.width() - 4)
                   for y in range(top_left.y() + 4, top_left.y() + current.height() - 4)),
                  key=lambda c: _contrast(c, face))
        assert _contrast(ink, face) >= 4.5
