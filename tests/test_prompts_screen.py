"""Choosing a question together on the Together page (ui/prompts/chooser.py): a theme, the
question offered, 'another question', 'not for us' and Undo, through the screens."""

from __future__ import annotations

import pytest

from erfenis_desktop.services.prompts import ANY, CHOICES
from tests.test_together import _check_letters_and_names, _linked_and_together, _lock_in

ENJOY = "What would you tell your partner about what you enjoy, if you knew for sure it would be well received?"


def _theme(page, theme_id: str) -> None:
    """The couple picks a theme from the list (as a click or the keyboard does)."""
    combo = page.chooser.theme
    index = combo.findData(theme_id)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def _offered(page) -> str:
    return page.prompt.currentData()


def test_a_theme_then_another_question_then_not_for_us(start_app, qtbot):
    erfenis = start_app()
    _flow, page = _linked_and_together(erfenis, qtbot)
    chooser = page.chooser
    assert chooser.isVisible() and chooser.theme.isVisible() and chooser.another_button.isVisible()
    assert not chooser.message.text()  # nothing left over from before they were linked
    themes = [chooser.theme.itemText(i) for i in range(chooser.theme.count())]
    assert themes == ["Any theme", "Home, back then", "Your dance", "Making it right", "Appreciation",
                      "Closeness and intimacy", "The future", "The generations", "Step 1: See the pattern"]
    # Any theme: one of each theme in turn, from the first.
    assert chooser.theme.currentData() == ANY and _offered(page) == "sad_at_home"
    assert page.prompt.itemData(1) == "asking" and page.prompt.count() > 120
    assert chooser.question.text() == "What did you see happen at home when someone was sad?"

    _theme(page, "intimacy")
    assert _offered(page) == "closeness"
    assert chooser.theme_intro.text().startswith("Closeness, touch and desire, at your own pace.")
    assert chooser.question.text() == page.prompt.currentText()
    chooser.another_button.click()  # passed over: the next one, and it counts as seen
    assert _offered(page) == "int_loved_without_words"
    assert page.prompt.itemData(page.prompt.count() - 1) == "closeness"
    for _ in range(14):
        chooser.another_button.click()
    assert chooser.question.text() == ENJOY
    chooser.aside_button.click()  # not for us
    assert chooser.message.text() == f"“{ENJOY}” will not be offered to you again."
    assert chooser.undo_button.isVisible()
    listed = [page.prompt.itemData(i) for i in range(page.prompt.count())]
    assert "int_what_you_enjoy" not in listed and _offered(page) == "int_early_days"
    chooser.undo_button.click()
    assert _offered(page) == "int_what_you_enjoy" and not chooser.undo_button.isVisible()
    chooser.aside_button.click()
    # Kept in both profiles, encrypted like everything they write.
    for u in (erfenis.session.current, erfenis.session.partner):
        assert len(u.readable_texts(CHOICES)[0]) == 1
    _theme(page, ANY)
    assert "int_what_you_enjoy" not in [page.prompt.itemData(i) for i in range(page.prompt.count())]
    assert not chooser.undo_button.isVisible() and not chooser.message.text()


def test_a_question_answered_together_is_not_offered_again_before_the_others(start_app, qtbot):
    erfenis = start_app()
    flow, page = _linked_and_together(erfenis, qtbot)
    _theme(page, "future")
    first = _offered(page)
    page.start_button.click()
    together = flow.together_page
    assert flow.pages.currentWidget() is together
    assert together.halves[0].question.text() == page.chooser.question.text()
    _lock_in(qtbot, together.halves[0], "Een huis met een grote tafel.")
    _lock_in(qtbot, together.halves[1], "A garden, and time.")
    together.back.click()
    assert flow.pages.currentWidget() is page
    assert page.chooser.theme.currentData() == "future"  # the theme stays chosen
    assert _offered(page) == "fut_dream" != first
    assert page.prompt.itemData(page.prompt.count() - 1) == first


def test_when_every_question_of_a_theme_is_set_aside_it_says_so_and_nothing_starts(start_app, qtbot):
    erfenis = start_app()
    flow, page = _linked_and_together(erfenis, qtbot)
    _theme(page, "repair")
    count = page.prompt.count()
    for _ in range(count):
        page.chooser.aside_button.click()
    assert page.prompt.count() == 0
    assert page.chooser.question.text() == \
        "You have set aside every question of this theme. Choose another theme."
    assert not page.chooser.aside_button.isEnabled() and not page.chooser.another_button.isEnabled()
    page.start_button.click()
    assert flow.pages.currentWidget() is page


def test_locking_leaves_nothing_of_the_choice_on_screen(start_app, qtbot):
    erfenis = start_app()
    _flow, page = _linked_and_together(erfenis, qtbot)
    page.chooser.aside_button.click()
    assert page.chooser.message.text()
    erfenis.session.lock()
    assert not page.chooser.message.text() and not page.chooser.undo_button.isVisibleTo(page)


@pytest.mark.parametrize("lang", ["en"])  # Dutch too once erfenis_nl.qm is built again from its .ts (lrelease)
def test_the_choices_are_named_and_alt_letters_stay_unique(start_app, qtbot, lang):
    erfenis = start_app("--lang", lang)
    _flow, page = _linked_and_together(erfenis, qtbot)
    page.chooser.aside_button.click()  # Undo shown too
    window = erfenis.window
    header = [window.nav_home.text(), window.nav_settings.text(), window.nav_about.text(),
              window.file_menu.title(), window.help_menu.title(), window.lock_button.text()]
    _check_letters_and_names(header, page)
    assert page.chooser.theme_label.buddy() is page.chooser.theme


def test_the_themes_in_dutch(start_app, qtbot):
    erfenis = start_app("--lang", "nl")
    _flow, page = _linked_and_together(erfenis, qtbot)
    assert page.chooser.theme.itemText(1) == "Thuis, toen"
    assert page.chooser.question.text() == "Wat zag je thuis gebeuren als iemand verdrietig was?"
