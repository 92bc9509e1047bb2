"""Practising together at the computer: who tells and who answers with a card, the swap through
the talk guide, and each person's discomfort rated privately, one at a time."""

from __future__ import annotations

import json
import os

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from erfenis_desktop.domain.names import fill as fill_names
from erfenis_desktop.services.content import load_content
from erfenis_desktop.services.practice import TOGETHER_RATING, Practice
from erfenis_desktop.services.vault import ProfileError
from tests.storage_helpers import files_holding
from tests.test_profile_screens import make_profile, texts_everywhere
from tests.test_together import _check_letters_and_names, _linked_and_together, _two_profiles

CONTENT = load_content().texts


def _t(key: str, lang: str = "en") -> str:
    return CONTENT[lang]["practice"]["together"][key]


def _start(erfenis, qtbot):
    flow, couple_page = _linked_and_together(erfenis, qtbot)
    assert couple_page.exercise_button.isVisible() and couple_page.repair_button.isVisible()
    couple_page.exercise_button.click()
    page = flow.together_exercise_page
    assert flow.pages.currentWidget() is page and page.stack.currentWidget() is page.talk
    return flow, couple_page, page


def test_the_two_choices_appear_only_when_linked_and_both_are_here(start_app, qtbot):
    erfenis = start_app()
    flow = _two_profiles(erfenis, qtbot)
    erfenis.window.home.profiles.exercise_buttons["together"].click()
    page = flow.couple_page
    assert not page.exercise_button.isVisible() and not page.repair_button.isVisible()  # alone, not linked
    _flow, page = _linked_and_together_again(erfenis, qtbot)
    assert page.exercise_button.isVisible() and page.repair_button.isVisible()
    erfenis.session.lock()
    from tests.test_profile_screens import unlock

    unlock(erfenis, qtbot, name="Alex")
    erfenis.window.home.profiles.exercise_buttons["together"].click()
    assert page.state == "linked" and not page.exercise_button.isVisible()  # linked, but Bo is not here


def _linked_and_together_again(erfenis, qtbot):
    """Bo joins and they link (the profiles exist already)."""
    from tests.test_together import _join

    flow, page = erfenis.window.profiles, erfenis.window.profiles.couple_page
    _join(erfenis, qtbot)
    for seen in page.seen:
        seen.setChecked(True)
    page.link_button.click()
    return flow, page


def test_one_tells_the_other_answers_with_a_card_then_they_swap(start_app, qtbot):
    erfenis = start_app()
    _flow, _couple, page = _start(erfenis, qtbot)
    assert page.speaker_line.text() == fill_names(_t("speaker"), name="Alex")
    assert page.starter.text() == _t("starter") == "I notice I’m feeling …"
    assert page.listener_line.text() == fill_names(_t("listener"), name="Bo")
    assert page.guide.turn.text() == "Alex talks, Bo listens." and page.guide.remaining.text() == "3:00"
    assert page.swap_hint.text() == fill_names(_t("swap"), name="Alex", partner="Bo") == \
        "Done with this turn? Then swap roles: Bo tells, Alex listens."
    # The listener answers only with a listening or presence card, never a naming one.
    deck = Practice(erfenis.window.profiles.exercises).deck("en")
    cards = "\n".join(label.text() for label in page.cards.findChildren(type(page.title)))
    for card in deck.group("listening") + deck.group("presence"):
        assert card.phrase in cards
    for card in deck.group("naming"):
        assert card.phrase not in cards
    assert CONTENT["en"]["practice"]["step2"]["groups"]["presence"]["title"] in cards
    page.guide.start_button.click()  # the talk guide's clock
    assert page.guide.timer.isActive()
    page.guide.swap_button.click()  # then they swap
    assert page.speaker == 1 and not page.guide.timer.isActive() and page.guide.remaining.text() == "3:00"
    assert page.speaker_line.text() == fill_names(_t("speaker"), name="Bo")
    assert page.listener_line.text() == fill_names(_t("listener"), name="Alex")
    assert page.guide.turn.text() == "Bo talks, Alex listens." and page.swap_hint.text() == _t("swapped")
    page.guide.swap_button.click()
    assert page.speaker == 0 and page.swaps == 2


def test_each_rates_privately_one_at_a_time_as_their_own_item(start_app, qtbot, data_dir):
    erfenis = start_app()
    flow, couple_page, page = _start(erfenis, qtbot)
    page.guide.swap_button.click()
    page.rate_button.click()
    # Bo looks away while Alex rates.
    assert page.stack.currentWidget() is page.handover
    assert page.look_away.text() == "Bo, please look away for a moment. It is Alex’s turn."
    assert "Alex" in page.handover_button.text()
    page.handover_button.click()
    assert page.stack.currentWidget() is page.rate and page.rate_title.text() == "How was this for you, Alex?"
    assert not page.keep_button.isEnabled()  # nothing chosen yet
    page.points[7].click()
    page.keep_button.click()
    # Alex's choice is gone before the keyboard goes to Bo.
    assert page.stack.currentWidget() is page.handover and page.scale.checkedId() == -1
    assert not any(p.isChecked() for p in page.points)
    assert page.look_away.text() == "Alex, please look away for a moment. It is Bo’s turn."
    page.handover_button.click()
    assert page.rate_title.text() == "How was this for you, Bo?" and page.scale.checkedId() == -1 and not page.keep_button.isEnabled()
    qtbot.keyClick(page.points[0], Qt.Key.Key_Space)  # by keyboard
    page.points[3].click()
    page.keep_button.click()
    assert page.stack.currentWidget() is page.done and page.done_text.text() == _t("done_body")
    assert page.done_safety.text() == CONTENT["en"]["help"]["safety"]["unfamiliar"]  # next to "new feels strange"
    alex, bo = erfenis.session.current, erfenis.session.partner
    mine = [json.loads(t.text) for t in alex.texts(TOGETHER_RATING)]
    theirs = [json.loads(t.text) for t in bo.texts(TOGETHER_RATING)]
    assert [(r["discomfort"], r["session"]) for r in mine] == [(7, page.session_id)]
    assert [(r["discomfort"], r["session"]) for r in theirs] == [(3, page.session_id)]
    assert erfenis.session.couple.shared(alex)[0] == []  # private: nothing reaches the shared space
    # The ratings are encrypted: neither the session (a canary) nor the JSON is in any file.
    for canary in (page.session_id.encode(), b'"discomfort"'):
        assert files_holding(data_dir, canary) == []
    page.back_button.click()
    assert flow.pages.currentWidget() is couple_page and not page.active


def test_a_person_may_skip_rating_and_nothing_is_kept_for_them(start_app, qtbot):
    erfenis = start_app()
    _flow, _couple, page = _start(erfenis, qtbot)
    page.rate_button.click()
    page.handover_button.click()
    page.skip_button.click()  # Alex would rather not
    page.handover_button.click()
    page.points[10].click()
    page.keep_button.click()
    assert page.rated == ["skipped", "kept"]
    assert erfenis.session.current.texts(TOGETHER_RATING) == []
    assert [json.loads(t.text)["discomfort"] for t in erfenis.session.partner.texts(TOGETHER_RATING)] == [10]


@pytest.mark.parametrize("value", [-1, 11, 5.5, True, "7"])
def test_a_rating_off_the_scale_is_refused(start_app, qtbot, value):
    erfenis = start_app()
    make_profile(erfenis, qtbot, "Alex")
    with pytest.raises(ProfileError) as raised:
        Practice(erfenis.window.profiles.exercises).rate_together(erfenis.session.current, "s1", value)
    assert raised.value.code == "invalid_answer"
    assert erfenis.session.current.texts(TOGETHER_RATING) == []


def test_rating_the_same_practice_again_replaces_the_earlier_rating(start_app, qtbot):
    erfenis = start_app()
    make_profile(erfenis, qtbot, "Alex")
    practice, u = Practice(erfenis.window.profiles.exercises), erfenis.session.current
    first = practice.rate_together(u, "s1", 8)
    assert practice.rate_together(u, "s1", 4) == first
    practice.rate_together(u, "s2", 2)
    assert sorted(json.loads(t.text)["discomfort"] for t in u.texts(TOGETHER_RATING)) == [2, 4]


@pytest.mark.parametrize("where", ["talk", "handover", "rate"])
def test_stop_and_escape_lead_back_at_every_moment(start_app, qtbot, where):
    erfenis = start_app()
    flow, couple_page, page = _start(erfenis, qtbot)
    if where != "talk":
        page.rate_button.click()
    if where == "rate":
        page.handover_button.click()
        page.points[9].click()
        qtbot.keyClick(page.points[9], Qt.Key.Key_Escape)
    else:
        (page.stop_button if where == "talk" else page.handover_stop).click()
    assert flow.pages.currentWidget() is couple_page and not page.active
    assert erfenis.session.current.texts(TOGETHER_RATING) == []  # a rating counts once it is kept


def test_locking_mid_rating_leaves_nothing_behind_and_locks_both(start_app, qtbot):
    erfenis = start_app()
    _flow, _couple, page = _start(erfenis, qtbot)
    page.guide.start_button.click()
    page.rate_button.click()
    page.handover_button.click()
    page.points[6].click()
    erfenis.session.lock()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert erfenis.session.current is None and erfenis.session.partner is None
    assert not page.active and page.scale.checkedId() == -1 and not page.guide.timer.isActive()
    shown = texts_everywhere(erfenis.window)
    assert "Alex talks" not in shown and "for you, Alex" not in shown


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_screen_is_named_for_screen_readers_and_alt_letters_are_unique(start_app, qtbot, lang):
    erfenis = start_app("--lang", lang)
    _flow, couple_page, page = _start(erfenis, qtbot)
    window = erfenis.window
    header = [window.nav_home.text(), window.nav_settings.text(), window.nav_about.text(),
              window.file_menu.title(), window.help_menu.title(), window.lock_button.text()]
    _check_letters_and_names(header, couple_page)
    _check_letters_and_names(header, page)
    page.rate_button.click()
    _check_letters_and_names(header, page)
    page.handover_button.click()
    _check_letters_and_names(header, page)
    page.skip_button.click()
    page.handover_button.click()
    page.skip_button.click()
    _check_letters_and_names(header, page)
    assert os.environ.get("QT_QPA_PLATFORM") == "offscreen"


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_exercise_screens_fit_at_every_text_size_in_both_languages(start_app, qtbot, tmp_path, lang, scale,
                                                                         scheme):
    from tests.test_repair import _unlock_demo_couple, picture

    erfenis = start_app("--demo", "--lang", lang)
    erfenis.prefs.set_text_scale(scale)
    erfenis.prefs.set_color_scheme(scheme)
    erfenis.window.resize(1000, 760)
    _unlock_demo_couple(erfenis)
    flow = erfenis.window.profiles
    flow.couple_page.exercise_button.click()
    page = flow.together_exercise_page
    tag = f"{lang}-{scale}-{scheme}"
    picture(qtbot, page, tmp_path, f"together-talk-{tag}")
    page.guide.swap_button.click()
    picture(qtbot, page, tmp_path, f"together-swapped-{tag}")
    page.rate_button.click()
    picture(qtbot, page, tmp_path, f"together-handover-{tag}")
    page.handover_button.click()
    page.points[6].click()
    picture(qtbot, page, tmp_path, f"together-rate-{tag}")
    page.keep_button.click()
    page.handover_button.click()
    page.skip_button.click()
    picture(qtbot, page, tmp_path, f"together-done-{tag}")


def test_a_rating_on_a_read_only_disk_says_so_and_can_be_kept_once_writable(start_app, qtbot):
    from tests.test_storage_faults import NOTHING, READ_ONLY, read_only, writable

    erfenis = start_app()
    _flow, _couple, page = _start(erfenis, qtbot)
    page.rate_button.click()
    page.handover_button.click()
    page.points[5].click()
    read_only(erfenis)
    page.keep_button.click()
    assert page.stack.currentWidget() is page.rate and page.scale.checkedId() == 5  # still Alex's turn
    assert READ_ONLY in page.rate_message.text() and NOTHING in page.rate_message.text()
    writable(erfenis)
    page.keep_button.click()
    assert page.stack.currentWidget() is page.handover and page.rate_message.text() == ""
    assert [json.loads(t.text)["discomfort"] for t in erfenis.session.current.texts(TOGETHER_RATING)] == [5]
