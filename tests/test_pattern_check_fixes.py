"""The pattern mirror as a new person meets it (issue 12): Begin in view on the introduction,
a way to stop that keeps every answer, the 1–7 buttons that stay put when ‘Not applicable’
comes and goes, an honest duration that grows with the people named, and role words that
read well. Set ERFENIS_PICTURES=<folder> to keep a PNG of each screen."""

from __future__ import annotations

import re

import pytest

from tests.test_exercises import _clipped, wait_for_layout
from tests.test_profile_screens import PASSWORD
from tests.test_step1_fixes import in_view, look

MOTHER = {"en": "mother", "nl": "moeder"}


def open_pattern_check(erfenis, qtbot):
    vault = erfenis.session.vault
    unlocked, _code = vault.create("Sam", PASSWORD)
    vault.confirm_recovery_saved(unlocked)
    erfenis.session.enter(unlocked)
    flow = erfenis.window.profiles
    flow.show_exercise("pattern")
    page = flow.pattern_page
    wait_for_layout(qtbot, page)
    return page


def _minutes(text: str) -> int:
    """The minutes in ‘With the 2 people you named, it takes about 15 minutes.’"""
    return int(re.findall(r"\d+", text)[-1])


def _bare(word: str, text: str) -> bool:
    """The role word stands alone in the sentence, as if it were a name (not ‘je moeder’)."""
    return bool(re.search(rf"(?<!je )(?<!mijn )(?<!your )(?<!my )\b{word}\b", text, flags=re.IGNORECASE))


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_begin_is_in_view_on_the_introduction_at_the_default_size(start_app, qtbot, lang):
    erfenis = start_app("--lang", lang)
    page = open_pattern_check(erfenis, qtbot)
    assert page.stages.currentWidget() is page.parents_page
    for name in ("", MOTHER[lang], "oma Riet", "Sam's stepfather"):  # nobody yet, then three people
        if name:
            page._add_parent(name)
        wait_for_layout(qtbot, page)
        assert page.verticalScrollBar().value() == 0
        for widget in (page.parent_name, page.start_button, page.duration):
            assert in_view(page, widget), (name, widget)
        assert page.horizontalScrollBar().maximum() == 0


def test_the_duration_grows_with_the_people_named(start_app, qtbot):
    erfenis = start_app()
    page = open_pattern_check(erfenis, qtbot)
    assert "about 10 minutes" in page.intro.text()  # with one person, as the introduction says
    said = [_minutes(page.duration.text())]
    for name in ("mother", "father", "grandmother", "Riet"):
        page._add_parent(name)
        said.append(_minutes(page.duration.text()))
    assert said[1] == 10 and said == sorted(said) and said[2] > said[1] and said[4] > said[2]
    page.parent_list.setCurrentRow(3)
    page.remove_parent.click()  # fewer people: shorter again
    assert _minutes(page.duration.text()) == said[3]
    page.start()
    asked = len(page._questions())
    assert abs(said[3] * 60 / asked - 18) < 5  # honest: about 18 seconds a question


def test_stop_keeps_every_answer_and_the_check_goes_on_where_it_was(start_app, qtbot):
    erfenis = start_app()
    page = open_pattern_check(erfenis, qtbot)
    flow = erfenis.window.profiles
    page.leave_button.click()  # Back from the introduction: home, nothing begun
    assert flow.pages.currentWidget() is flow.home
    assert flow.exercises.open_run(erfenis.session.current) is None
    flow.show_exercise("pattern")
    page._add_parent("mother")
    page.start_button.click()
    for value in (2, 5, 7):
        page.choice.button(value).click()
    assert page.stop_button.isVisible()
    page.stop_button.click()
    assert flow.pages.currentWidget() is flow.home
    stored = flow.exercises.open_run(erfenis.session.current)
    assert sorted(stored.answers.values()) == [2, 5, 7]
    flow.show_exercise("pattern")  # later: on from the first question without an answer
    assert page.stages.currentWidget() is page.question_page and page.index == 3
    page.previous()
    assert page.choice.checkedId() == 7


@pytest.mark.parametrize("scale", [100, 200])
def test_the_answer_buttons_keep_their_size_when_not_applicable_appears(start_app, qtbot, scale):
    erfenis = start_app()
    page = open_pattern_check(erfenis, qtbot)
    erfenis.prefs.set_text_scale(scale)
    page._add_parent("mother")
    page.start()
    questions = page._questions()
    without = next(i for i, q in enumerate(questions) if not q.item.na)
    with_na = next(i for i, q in enumerate(questions) if q.item.na)

    def places():
        page.index = without if places.na is False else with_na
        page._show()
        wait_for_layout(qtbot, page)
        assert page.na_button.isVisible() is places.na
        return [page.choice.button(v).geometry() for v in range(1, 8)]

    places.na = False
    before = places()
    places.na = True
    after = places()
    assert after == before  # same size, same place
    assert all(b.width() >= page.choice.button(1).fontMetrics().horizontalAdvance("77") * 2 for b in after)
    assert in_view(page, page.na_button) or page.na_button.geometry().top() > before[0].top()  # below, if no room
    assert page.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("lang, title, statement, typed_title", [
    ("en", "About your mother, when you were growing up", "My mother was often not there when I needed someone.",
     "About Riet, when you were growing up"),
    ("nl", "Over je moeder, in je jeugd", "Mijn moeder was er vaak niet als ik iemand nodig had.",
     "Over Riet, in je jeugd"),
])
def test_role_words_read_well_and_typed_names_stay_as_typed(start_app, qtbot, lang, title, statement, typed_title):
    erfenis = start_app("--lang", lang)
    page = open_pattern_check(erfenis, qtbot)
    page.suggestion_buttons[0].click()  # the first suggestion: mother / moeder
    page._add_parent("Riet")
    page.start()
    assert page.parents()[0] == MOTHER[lang]  # kept as chosen: only how it reads changes
    assert page.section_title.text() == title and page.question.text() == statement
    seen_typed = False
    for index, _q in enumerate(page._questions()):
        page.index = index
        page._show()
        for text in (page.section_title.text(), page.section_body.text(), page.question.text()):
            assert "{" not in text and "(" not in text, text
            assert not _bare(MOTHER[lang], text), text
        seen_typed |= page.section_title.text() == typed_title
    assert seen_typed


def test_a_question_for_two_names_one_of_your_parents_not_a_bracket(start_app, qtbot):
    """Choosing a question to answer together: the person is chosen later, so the sentence
    reads ‘one of your parents’, never ‘(a parent of your choice)’ inside it."""
    erfenis = start_app()
    open_pattern_check(erfenis, qtbot)
    flow = erfenis.window.profiles
    flow.show_exercise("together")
    shown = [flow.couple_page.prompt.itemText(i) for i in range(flow.couple_page.prompt.count())]
    assert shown and not [t for t in shown if "(" in t or "{" in t]
    assert "What was one of your parents like at the table? What was talked about, and who did the talking?" in shown


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_pattern_check_pictures(start_app, qtbot, lang, scheme, scale):
    """Look at them (ERFENIS_PICTURES): the introduction with two people, a question with
    ‘Not applicable’ and one without."""
    erfenis = start_app("--lang", lang)
    erfenis.prefs.set_color_scheme(scheme)
    erfenis.prefs.set_text_scale(scale)
    page = open_pattern_check(erfenis, qtbot)
    page._add_parent(MOTHER[lang])
    page._add_parent("oma Riet")
    tag = f"{lang}-{scheme}-{scale}"
    wait_for_layout(qtbot, page)
    look(page, f"pattern-intro-{tag}")
    assert _clipped(page.widget()) == [] and page.horizontalScrollBar().maximum() == 0
    page.start()
    for index in (0, 2):  # p_absent_2 may be ‘not applicable’
        page.index = index
        page._show()
        wait_for_layout(qtbot, page)
        look(page, f"pattern-question{index}-{tag}")
        assert _clipped(page.widget()) == [] and page.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_alt_letters_stay_unique_with_back_and_stop(start_app, qtbot, lang):
    from tests.test_accessibility import _mnemonic

    erfenis = start_app("--lang", lang)
    page = open_pattern_check(erfenis, qtbot)
    w = erfenis.window
    header = [w.nav_home.text(), w.nav_settings.text(), w.nav_about.text(), w.lock_button.text(),
              w.file_menu.title(), w.help_menu.title()]
    screens = {"introduction": [page.add_parent.text(), page.remove_parent.text(), page.start_button.text(),
                                page.leave_button.text(), page.help_button.text()],
               "question": [page.back_button.text(), page.next_button.text(), page.finish_button.text(),
                            page.stop_button.text(), page.help_button2.text()]}
    for name, texts in screens.items():
        letters = [_mnemonic(t) for t in header + texts if _mnemonic(t)]
        assert len(letters) == len(set(letters)), (name, list(zip(header + texts, letters)))


def test_a_new_text_size_keeps_the_list_of_people_readable(start_app, qtbot):
    erfenis = start_app()
    page = open_pattern_check(erfenis, qtbot)
    for name in ("mother", "Riet", "grandfather"):
        page._add_parent(name)
    erfenis.prefs.set_text_scale(200)
    wait_for_layout(qtbot, page)
    rows = page.parent_list.count()
    assert page.parent_list.viewport().height() >= rows * page.parent_list.fontMetrics().height()


@pytest.mark.parametrize("lang, expected, verdict", [
    ("nl", "bij je moeder: iemand die er vaak niet was", "de afwezige ouder"),
    ("en", "your mother, as someone who was often not there", "the absent parent"),
])
def test_the_loop_map_reminds_with_a_description_not_a_verdict(start_app, qtbot, lang, expected, verdict):
    erfenis = start_app("--lang", lang)
    page = open_pattern_check(erfenis, qtbot)
    page._add_parent(MOTHER[lang])
    page._add_parent("Riet")
    page.start()
    for _ in range(len(page._questions())):  # the absent pattern, clearly, only for the mother
        q = page._questions()[page.index]
        absent = q.item.scale == "absent" and q.parent == MOTHER[lang]
        page.answer((1 if q.item.reverse else 7) if absent else 4)
    flow = erfenis.window.profiles
    flow.show_exercise("cycle")
    hint = flow.cycle_page.origin_hint
    assert hint.isVisibleTo(flow.cycle_page) and expected in hint.text()
    assert verdict not in hint.text().lower() and "Riet" not in hint.text()
