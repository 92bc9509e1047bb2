"""The intimacy check's scoring (domain/intimacy.py) as tables: reverse items, skips, the
bands and their edges, 'not enough answers', differences between two results; and the
content: six areas, three or four items each, next steps in both languages for every band,
every link naming something that exists."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from erfenis_desktop.domain import intimacy as rules
from erfenis_desktop.domain.intimacy import SKIP, AreaResult, Check, Item

CONTENT = Path(__file__).resolve().parents[1] / "resources" / "content"

FWD = Item("a", "x", False, "")
REV = Item("b", "x", True, "")


def files(lang: str) -> dict:
    return {p.stem: tomllib.loads(p.read_text(encoding="utf-8")) for p in (CONTENT / lang).glob("*.toml")}


@pytest.mark.parametrize(("answer", "item", "value"), [
    (1, FWD, 1), (7, FWD, 7), (4, FWD, 4),
    (1, REV, 7), (7, REV, 1), (3, REV, 5), (4, REV, 4),
    (SKIP, FWD, None), (SKIP, REV, None), (None, FWD, None),
    (0, FWD, None), (8, REV, None), (True, FWD, None), (4.0, FWD, None), ("4", FWD, None),
])
def test_item_value_reverses_and_ignores_what_is_not_an_answer(answer, item, value):
    assert rules.item_value(answer, item) == value


def _items(n: int, reverse: tuple[int, ...] = ()) -> list[Item]:
    return [Item(f"i{k}", "x", k in reverse, "") for k in range(n)]


@pytest.mark.parametrize(("answers", "reverse", "score"), [
    ([7, 7, 7], (), 100),
    ([1, 1, 1], (), 0),
    ([4, 4, 4], (), 50),
    ([7, 7, 1], (2,), 100),  # the reverse item answered 1 counts as 7
    ([1, 1, 7], (2,), 0),
    ([7, 1, 4, 4], (), 50),
    ([5, 6, SKIP], (), 75),  # one skip of three: the mean of what was answered
    ([6, SKIP, SKIP, 6], (), 83),  # two skips of four: still two answers
    ([7, SKIP, SKIP], (), None),  # one answer: not enough
    ([SKIP, SKIP, SKIP, 2], (), None),  # three of four skipped
    ([SKIP, SKIP, SKIP], (), None),
    ([None, None, None], (), None),  # not reached at all
    ([2, None, 3], (1,), 25),  # the unreached reverse item does not count: mean 2.5 → (2.5 − 1) / 6
    ([2, 6, SKIP], (1,), 17),  # reverse 6 counts as 2: mean 2 → 17
])
def test_area_score_table(answers, reverse, score):
    items = _items(len(answers), reverse)
    assert rules.area_score(list(zip(items, answers))) == score


@pytest.mark.parametrize(("score", "band"), [
    (0, rules.GROW), (44, rules.GROW), (45, rules.BETWEEN), (69, rules.BETWEEN), (70, rules.STRENGTH),
    (100, rules.STRENGTH), (None, None),
])
def test_bands_and_their_edges(score, band):
    assert rules.band(score) == band


@pytest.fixture(scope="module")
def check() -> Check:
    return Check.from_content(files("en")["intimacy"])


def test_score_per_area_with_skips_and_reverse_items(check):
    answers = {}
    for area in check.areas:  # agree fully with every forward item, disagree with every reverse one
        for item in area.items:
            answers[item.id] = 1 if item.reverse else 7
    safety = check.area("safety")
    for item in safety.items[:len(safety.items) - 1]:  # all but one skipped: not enough answers
        answers[item.id] = SKIP
    results = rules.score(check, answers)
    assert list(results) == list(rules.AREAS)
    for area in rules.AREAS[:-1]:
        assert results[area] == AreaResult(area, 100, rules.STRENGTH, len(check.area(area).items),
                                           len(check.area(area).items))
    assert results["safety"].score is None and results["safety"].band is None
    assert results["safety"].answered == 1


def test_every_area_has_reverse_and_forward_items(check):
    for area in check.areas:
        assert any(i.reverse for i in area.items) and any(not i.reverse for i in area.items), area.id


def test_differences_largest_first_and_only_where_both_scored():
    def r(**scores):
        return {a: AreaResult(a, scores.get(a), rules.band(scores.get(a)), 0, 3) for a in rules.AREAS}

    mine = r(closeness=80, touch=20, talking=50, desire=None, play=60, safety=90)
    theirs = r(closeness=70, touch=75, talking=50, desire=10, play=None, safety=40)
    assert rules.differences(mine, theirs) == [("touch", 55), ("safety", 50), ("closeness", 10), ("talking", 0)]
    assert rules.biggest_difference(mine, theirs) == "touch"
    assert rules.biggest_difference(r(), theirs) is None


def test_change_since_an_earlier_time():
    now = AreaResult("touch", 60, rules.BETWEEN, 3, 3)
    assert rules.change(now, AreaResult("touch", 40, rules.GROW, 3, 3)) == 20
    assert rules.change(now, AreaResult("touch", None, None, 1, 3)) is None
    assert rules.change(now, None) is None


def test_first_unanswered_counts_a_skip_as_reached(check):
    ids = [i.id for i in check.items]
    assert rules.first_unanswered(check, {}) == 0
    assert rules.first_unanswered(check, {ids[0]: 5, ids[1]: SKIP}) == 2
    assert rules.first_unanswered(check, {i: 4 for i in ids}) == len(ids)


def test_about_five_minutes(check):
    assert rules.minutes_for(len(check.items)) == 5


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_six_areas_three_or_four_items_and_next_steps_for_every_band(lang):
    tree = files(lang)["intimacy"]
    check = Check.from_content(tree)
    assert tuple(a.id for a in check.areas) == rules.AREAS
    for area in check.areas:
        assert 3 <= len(area.items) <= 4
        assert area.name.strip() and area.meaning.strip() and area.talk.strip()
        for band in rules.BANDS:
            steps = area.steps[band]
            assert 2 <= len(steps) <= 3, (lang, area.id, band)
            assert all(s.text.strip() for s in steps)
        assert tree["bands"][rules.GROW] and tree["bands"][rules.BETWEEN] and tree["bands"][rules.STRENGTH]
    assert rules.link_problems(files(lang)) == []


def test_both_languages_link_to_the_same_exercises():
    nl, en = (Check.from_content(files(lang)["intimacy"]) for lang in ("nl", "en"))
    for a, b in zip(nl.areas, en.areas):
        assert a.prompt == b.prompt
        for band in rules.BANDS:
            assert [(s.kind, s.target) for s in a.steps[band]] == [(s.kind, s.target) for s in b.steps[band]]
        assert [(i.id, i.reverse) for i in a.items] == [(i.id, i.reverse) for i in b.items]
    links = {s.kind for area in en.areas for steps in area.steps.values() for s in steps if s.kind}
    assert links == {"card", "group", "cycle", "prompt"}  # step 2, the loop map and a together prompt


def test_a_link_to_nothing_is_caught_at_start_up():
    broken = files("en")
    broken["intimacy"]["areas"][0]["steps"]["grow"][0]["id"] = "no_such_card"
    broken["intimacy"]["areas"][1]["prompt"] = "no_such_prompt"
    problems = [str(p) for p in rules.link_problems(broken)]
    assert any("no card 'no_such_card'" in p for p in problems)
    assert any("no together prompt 'no_such_prompt'" in p for p in problems)


def test_a_wrong_shape_is_caught():
    tree = files("en")["intimacy"]
    tree["areas"][2]["steps"]["between"] = tree["areas"][2]["steps"]["between"][:1]
    with pytest.raises(ValueError, match="two or three next steps"):
        Check.from_content(tree)
    tree = files("en")["intimacy"]
    tree["areas"][3]["items"] = tree["areas"][3]["items"][:2]
    with pytest.raises(ValueError, match="three or four items"):
        Check.from_content(tree)
