"""`erfenis --demo` shows every part of Erfenis filled in: besides the pattern check, the loop
and the answers, each person of the demo couple has chosen cards of step 2, has weeks of
check-ins (step 3's chart), and has finished and shared the intimacy check, so the comparison
shows both. Its data lives in demo.toml and is checked at start-up like every content file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from erfenis_desktop.domain.content import ContentError
from erfenis_desktop.paths import resources_dir
from erfenis_desktop.services.content import load_content
from erfenis_desktop.services.intimacy import IntimacyService
from erfenis_desktop.services.practice import Practice
from erfenis_desktop.ui.common.content_problems import problem_texts
from tests.test_dans_view import _unlock_demo


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_demo_couple_has_practised_and_shared_the_intimacy_check(start_app, qtbot, lang):
    erfenis = start_app("--demo", "--lang", lang)
    robin = _unlock_demo(erfenis, 0)
    flow = erfenis.window.profiles
    practice = Practice(flow.exercises, erfenis.session.couple)
    plan = practice.plan(robin)
    assert plan is not None and len(plan.cards) == 2
    checkins, _damaged = practice.read_checkins(robin)
    assert len(checkins) == 5 and all(c.card == plan.cards[0] for c in checkins)
    assert [c.after for c in sorted(checkins, key=lambda c: c.when)] == [8, 6, 7, 5, 3]  # going down, with a bump
    # Step 3 shows the first card's chart with every check-in.
    flow.show_exercise("step3")
    chart = flow.progress_page.cards[plan.cards[0]].chart
    assert len(chart.points) == 5
    # The intimacy check: finished and shared by both, so the comparison shows both.
    intimacy = IntimacyService(flow.exercises, erfenis.session.couple)
    assert len(intimacy.finished(robin)) == 1
    comparison = intimacy.comparison(robin, lang)
    assert comparison.reason == "" and comparison.partner_name == "Sam"
    assert comparison.mine["talking"].score != comparison.theirs["talking"].score


def _broken(tmp_path: Path, old: str, new: str) -> list[str]:
    root = tmp_path / "content"
    shutil.copytree(resources_dir() / "content", root)
    demo = root / "en" / "demo.toml"
    text = demo.read_text("utf-8")
    assert old in text
    demo.write_text(text.replace(old, new, 1), "utf-8")
    with pytest.raises(ContentError) as err:
        load_content(root)
    return problem_texts(err.value.problems)


@pytest.mark.parametrize("old, new, said", [
    ('card_ids = ["tell_more", "miss_you"]', 'card_ids = ["tell_me_more", "miss_you"]',
     "en/demo.toml: 'people.a.practice.card_ids' names 'tell_me_more', which is not a card in practice.toml."),
    ("discomfort_before = 9", "discomfort_before = 11",
     "en/demo.toml: 'people.a.practice.checkins[0].discomfort_before' must be a whole number from 0 to 10."),
    ("closeness = 3", "closeness = 0",
     "en/demo.toml: 'people.a.intimacy_answers.closeness' must be a whole number from 1 to 7."),
    ("touch = 5", "tuoch = 5",
     "en/demo.toml: 'people.a.intimacy_answers' names 'tuoch', which is not an area in intimacy.toml."),
])
def test_a_broken_demo_is_said_at_start_up(tmp_path, old, new, said):
    assert said in _broken(tmp_path, old, new)


def test_in_dutch_a_broken_demo_is_said_in_dutch(start_app, tmp_path):
    start_app("--lang", "nl")
    said = _broken(tmp_path, "discomfort_after = 8", "discomfort_after = -1")
    assert ("en/demo.toml: 'people.a.practice.checkins[0].discomfort_after' moet een heel getal van 0 tot en met "
            "10 zijn.") in said


def _broken_in_both(tmp_path: Path, old: str, new: str) -> Path:
    """A copy of the content folder with the same edit in both languages' demo.toml (the data
    keys must match between languages, so only the demo's own check can find it)."""
    root = tmp_path / "content"
    shutil.copytree(resources_dir() / "content", root)
    for lang in ("en", "nl"):
        demo = root / lang / "demo.toml"
        text = demo.read_text("utf-8")
        assert old in text
        demo.write_text(text.replace(old, new, 1), "utf-8")
    return root


@pytest.mark.parametrize("new, said", [
    ('card_ids = ["tell_more", "tell_more"]',
     "en/demo.toml: 'people.a.practice.card_ids' names 'tell_more' twice."),
    ('card_ids = ["tell_more", {id = "miss_you"}]',  # a table where a card id belongs
     "en/demo.toml: 'people.a.practice.card_ids' names {'id': 'miss_you'}, which is not a card in practice.toml."),
], ids=["the-same-card-twice", "a-table-for-a-card"])
def test_a_demo_card_list_step_2_would_refuse_is_said_at_start_up(tmp_path, new, said):
    root = _broken_in_both(tmp_path, 'card_ids = ["tell_more", "miss_you"]', new)
    with pytest.raises(ContentError) as err:
        load_content(root)
    assert said in problem_texts(err.value.problems)


def test_erfenis_demo_with_the_same_card_twice_shows_the_content_dialog(start_app, dialogs, monkeypatch, tmp_path):
    """Step 2 refuses a card chosen twice; `erfenis --demo` must say so, never stop on a traceback."""
    from tests.test_content_problems import _start_with

    root = _broken_in_both(tmp_path / "copy", 'card_ids = ["tell_more", "miss_you"]',
                           'card_ids = ["tell_more", "tell_more"]')
    _start_with(root, monkeypatch, tmp_path)
    erfenis = start_app("--demo", expect_exit=1)
    assert erfenis.window is None
    (warning,) = [r for r in dialogs.log if r.kind == "warn"]
    assert "'people.a.practice.card_ids' names 'tell_more' twice." in warning.text, warning.text


@pytest.mark.parametrize("name, old, new", [
    ("intimacy", "reverse = false\n", ""),  # a statement without its 'reverse'
    ("practice", 'id = "restless"', 'id = { name = "restless" }'),  # a table for a card's id
], ids=["intimacy-statement", "practice-card"])
def test_a_broken_intimacy_check_or_deck_is_not_blamed_on_the_demo(tmp_path, name, old, new):
    """Said for the file that is broken; demo.toml, which the editor did not touch, is not named
    (its cards and answers are checked once the deck and the intimacy check are whole)."""
    root = tmp_path / "content"
    shutil.copytree(resources_dir() / "content", root)
    for lang in ("en", "nl"):
        path = root / lang / f"{name}.toml"
        text = path.read_text("utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), "utf-8")
    with pytest.raises(ContentError) as err:
        load_content(root)
    places = {p.where for p in err.value.problems}
    assert f"en/{name}.toml" in places, err.value
    assert not any(where.endswith("demo.toml") for where in places), err.value
