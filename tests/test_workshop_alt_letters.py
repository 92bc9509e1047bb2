"""Alt letters in the workshop's screens (the facilitator's page and the programme page): every
button and every labelled field there has one, and no two share a letter in the same window, in
either language. A facilitator at a shared laptop often works from the keyboard."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from erfenis_desktop.ui.common.fields import PasswordField
from erfenis_desktop.ui.workshop.presenter import presenter_for
from erfenis_desktop.ui.workshop.programme_page import open_programme_page
from tests.test_workshop_screens import set_up


def _letter(text: str) -> str | None:
    plain = text.replace("&&", "")
    i = plain.find("&")
    return plain[i + 1].lower() if 0 <= i < len(plain) - 1 else None


def alt_letters(root: QWidget) -> list[tuple[str, str | None]]:
    """(text, letter) of every visible button, and of every label that names a field, under ``root``."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parent(), PasswordField):
            continue  # "Show" beside a password: the same in every password field, reached by Tab
        if isinstance(widget, QAbstractButton) and widget.text():
            found.append((widget.text(), _letter(widget.text())))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            found.append((widget.text(), _letter(widget.text())))
    return found


def _window_letters(window) -> list[tuple[str, str | None]]:
    """The header's buttons that have a letter, and the menu bar's menus."""
    header = [(b.text(), _letter(b.text())) for b in (window.nav_home, window.nav_settings, window.nav_about)]
    menus = [(a.text(), _letter(a.text())) for a in window.menuBar().actions() if a.isVisible()]
    return header + menus


def _clashes(pairs):
    letters = [letter for _text, letter in pairs]
    return [(text, letter) for text, letter in pairs if letters.count(letter) > 1]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_facilitator_page_has_a_letter_for_each_button(start_app, qtbot, lang):
    erfenis = start_app("--workshop", "--lang", lang)
    set_up(erfenis, qtbot)
    window = erfenis.window
    page = window.workshop.page("facilitator")
    assert window.pages.currentWidget() is page
    on_page = alt_letters(page)
    assert [text for text, letter in on_page if letter is None] == []
    assert _clashes(on_page + _window_letters(window)) == []


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_programme_page_has_a_letter_for_each_button_and_field(start_app, qtbot, lang):
    erfenis = start_app("--lang", lang)
    noor, _code = erfenis.session.vault.create("Noor", "een lange wandeling")
    erfenis.session.enter(noor)
    page = open_programme_page(erfenis.session, erfenis.prefs, erfenis.dialogs, erfenis._exercises, erfenis.window)
    page.show()
    qtbot.waitExposed(page)
    try:
        pairs = alt_letters(page)
        assert len(pairs) >= 15  # the page's buttons and fields were found
        assert [text for text, letter in pairs if letter is None] == []
        assert _clashes(pairs) == []
    finally:
        presenter_for(erfenis.window).close()
        if shiboken6.isValid(page):
            page.close()
            page.deleteLater()
