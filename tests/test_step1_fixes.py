"""Step 1 as a new person meets it (issue 12): the introduction once, then folded and
reopenable; at the default window size the question, the answer box, the word count, the nudge
and Next in view without scrolling; the last question leads on to step 2; the people who raised
you read well in the questions. Set ERFENIS_PICTURES=<folder> to keep a PNG of each screen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect

from tests.test_exercises import _clipped, wait_for_layout
from tests.test_profile_screens import PASSWORD

VAGUE = {"en": "It was always nice and normal at home.", "nl": "Het was altijd wel gezellig en normaal."}
CONCRETE = {"en": "My father read the paper at the table and said nothing when I spoke.",
            "nl": "Mijn vader las aan tafel de krant en zei niets toen ik iets vertelde."}
MOTHER = {"en": "mother", "nl": "moeder"}


def open_step_one(erfenis, qtbot, lang="en", people=None):
    """A profile that named the people who raised it in the pattern mirror, on step 1."""
    vault = erfenis.session.vault
    unlocked, _code = vault.create("Sam", PASSWORD)
    vault.confirm_recovery_saved(unlocked)
    erfenis.session.enter(unlocked)
    flow = erfenis.window.profiles
    flow.show_exercise("pattern")
    for name in people if people is not None else [MOTHER[lang], "oma Riet"]:
        flow.pattern_page._add_parent(name)
    flow.pattern_page.start()
    flow.show_exercise("step1")
    page = flow.step_one_page
    wait_for_layout(qtbot, page)
    return page


def write(page, text: str) -> None:
    """As if typed: the answer field holds ``text`` (and it is kept, as typing is)."""
    page.editor.selectAll()
    page.editor.insertPlainText(text)


def in_view(page, widget) -> bool:
    """All of ``widget`` is inside the part of the page that is on screen now."""
    if not widget.isVisible():
        return False
    corner = widget.mapTo(page.viewport(), QPoint(0, 0))
    return page.viewport().rect().contains(QRect(corner, widget.size()))


def scroll_to(page, widget) -> None:
    """Scroll the page as a person would, until all of ``widget`` is on screen (if it can be)."""
    top = widget.mapTo(page.widget(), QPoint(0, 0)).y()
    bar = page.verticalScrollBar()
    if top < bar.value():
        bar.setValue(top)
    elif top + widget.height() > bar.value() + page.viewport().height():
        bar.setValue(top + widget.height() - page.viewport().height())


def look(page, name: str) -> None:
    folder = os.environ.get("ERFENIS_PICTURES")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert page.window().grab().save(str(Path(folder) / f"{name}.png"))
        assert page.widget().grab().save(str(Path(folder) / f"{name}-whole.png"))


def test_the_introduction_is_shown_once_then_folded_and_can_be_opened_again(start_app, qtbot):
    erfenis = start_app()
    page = open_step_one(erfenis, qtbot)
    intro = page.intro.text()
    assert "Think back to home" in intro
    assert page.intro.isVisible() and page.about.isChecked()  # the first time: open
    write(page, CONCRETE["en"])
    page.next_button.click()
    wait_for_layout(qtbot, page)
    assert page.index == 1
    assert not page.intro.isVisible() and page.about.isVisible()  # from then on: folded …
    page.about.click()
    assert page.intro.isVisible() and page.intro.text() == intro  # … and there to read again
    page.about.click()
    assert not page.intro.isVisible()
    page.about.click()
    page.next_button.click()  # on to the next question: folded again
    assert page.index == 2 and not page.intro.isVisible()
    page.back.click()
    erfenis.window.profiles.show_exercise("step1")  # coming back with answers written: folded
    wait_for_layout(qtbot, page)
    assert not page.intro.isVisible() and page.about.isVisible() and not page.about.isChecked()
    assert sum(1 for w in page.widget().findChildren(type(page.intro)) if w.isVisible() and w.text() == intro) == 0


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_at_the_default_window_size_answer_count_nudge_and_next_are_in_view(start_app, qtbot, lang):
    erfenis = start_app("--lang", lang)
    page = open_step_one(erfenis, qtbot, lang)
    write(page, CONCRETE[lang])
    page.next_button.click()  # the introduction has been read: folded
    for index in range(len(page.prompts)):  # every question, also the longest, and the last
        page.go(index)
        write(page, VAGUE[lang])  # general: the nudge shows
        wait_for_layout(qtbot, page)
        assert page.nudge.isVisible(), index
        assert page.verticalScrollBar().value() == 0
        for widget in (page.question, page.editor, page.count, page.nudge, page.next_button, page.prev_button):
            assert in_view(page, widget), (index, widget.objectName() or type(widget).__name__)
        assert page.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_at_200_percent_the_answer_box_and_next_can_be_reached(start_app, qtbot, lang):
    erfenis = start_app("--lang", lang)
    page = open_step_one(erfenis, qtbot, lang)
    write(page, CONCRETE[lang])
    page.next_button.click()
    erfenis.prefs.set_text_scale(200)
    for index in (1, len(page.prompts) - 1):
        page.go(index)
        write(page, VAGUE[lang])
        wait_for_layout(qtbot, page)
        assert page.horizontalScrollBar().maximum() == 0  # nothing hides to the side
        for widget in (page.editor, page.next_button, page.back):  # scrolling brings each into view
            scroll_to(page, widget)
            assert in_view(page, widget), (index, widget.text() if hasattr(widget, "text") else widget)
        assert _clipped(page.widget()) == []


def test_the_last_question_leads_on_to_step_two_and_keeps_the_answer(start_app, qtbot):
    erfenis = start_app()
    page = open_step_one(erfenis, qtbot)
    flow = erfenis.window.profiles
    page.go(len(page.prompts) - 1)
    assert page.next_button.isEnabled() and page.next_button.text().replace("&", "") == "On to step 2"
    write(page, CONCRETE["en"])
    page.next_button.click()
    assert flow.pages.currentWidget() is flow.practice_page
    last = page.prompts[-1]
    written = flow.exercises.writings(erfenis.session.current)
    assert any(p == last.id and w.text == CONCRETE["en"] for (p, _person), w in written.items())
    page.go(0)
    assert page.next_button.text().replace("&", "") == "Next"


@pytest.mark.parametrize("lang, question, example, typed", [
    ("en", "What was your mother like at the table?", "Every evening my mother asked",
     "What was oma Riet like at the table?"),
    ("nl", "Hoe was je moeder aan tafel?", "Mijn moeder vroeg elke avond", "Hoe was oma Riet aan tafel?"),
])
def test_a_role_word_reads_as_your_mother_and_a_typed_name_as_typed(start_app, qtbot, lang, question, example,
                                                                       typed):
    erfenis = start_app("--lang", lang)
    page = open_step_one(erfenis, qtbot, lang)
    assert page.question.text().startswith(question)
    assert example in page.concrete.text()
    asked = []
    for index in range(len(page.prompts)):
        page.go(index)
        asked.append(page.question.text())
        for text in (page.question.text(), page.vague.text(), page.concrete.text()):
            assert "{" not in text
            words = text.replace(",", " ").replace("?", " ").replace(".", " ").split()
            for i, word in enumerate(words):  # "moeder" never stands alone, as if it were a name
                if word.lower() == MOTHER[lang]:
                    assert words[i - 1].lower() in ("je", "mijn", "your", "my"), text
    assert any(text.startswith(typed) for text in asked)


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_step_one_pictures(start_app, qtbot, lang, scheme, scale):
    """Look at them (ERFENIS_PICTURES): the first visit, a question with the nudge, the last one."""
    erfenis = start_app("--lang", lang)
    erfenis.prefs.set_color_scheme(scheme)
    page = open_step_one(erfenis, qtbot, lang)
    erfenis.prefs.set_text_scale(scale)
    tag = f"{lang}-{scheme}-{scale}"
    wait_for_layout(qtbot, page)
    look(page, f"step1-first-{tag}")
    assert _clipped(page.widget()) == [] and page.horizontalScrollBar().maximum() == 0
    write(page, VAGUE[lang])
    page.next_button.click()
    write(page, VAGUE[lang])
    wait_for_layout(qtbot, page)
    look(page, f"step1-nudge-{tag}")
    assert _clipped(page.widget()) == [] and page.horizontalScrollBar().maximum() == 0
    page.go(len(page.prompts) - 1)
    wait_for_layout(qtbot, page)
    look(page, f"step1-last-{tag}")
    assert _clipped(page.widget()) == [] and page.horizontalScrollBar().maximum() == 0
