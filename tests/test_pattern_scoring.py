"""Scoring of the pattern mirror: pure functions, table-driven."""

from __future__ import annotations

import math

import pytest

from erfenis_desktop.domain.questionnaire import (
    Item,
    Questionnaire,
    first_unanswered,
    questions,
    scale_score,
    score,
    stands_out,
    valid_answer,
)


def _items(prefix, scale, n, reverse=(), na=False):
    return tuple(Item(f"{prefix}{i}", scale, i in reverse, na, f"{{name}} {scale} {i}") for i in range(1, n + 1))


Q = Questionnaire({
    "parent": _items("pa", "absent", 5, reverse={5}) + _items("po", "overprotective", 5, reverse={1}),
    "couple": _items("cu", "unequal", 5) + _items("ci", "no_intimacy", 5, reverse={2}),
    "now": (_items("ps", "pursue_self", 4, na=True) + _items("ws", "withdraw_self", 4, na=True)
            + _items("pp", "pursue_partner", 4, na=True) + _items("wp", "withdraw_partner", 4, na=True)),
    "reactieval": _items("r", "reactieval", 5, reverse={3}),
})


@pytest.mark.parametrize("answers, reverse, expected", [
    ([7, 7, 7, 7, 7], set(), 7.0),
    ([1, 1, 1, 1, 1], set(), 1.0),
    ([7, 7, 7, 7, 7], {5}, (7 * 4 + 1) / 5),          # a reverse-keyed 7 counts as 1
    ([4, 4, 4, 4, 1], {5}, (4 * 4 + 7) / 5),          # a reverse-keyed 1 counts as 7
    ([7, 7, 7, 7, None], set(), 7.0),                 # 1 of 5 missing = 20 %: still scored
    ([7, 7, 7, None, None], set(), None),             # 2 of 5 missing = 40 %: not enough answers
    ([7, 7, 7, 7, "na"], set(), 7.0),                 # "not applicable" counts as missing
    ([None] * 5, set(), None),
    ([0, 8, 7, 7, 7], set(), None),                   # out of range counts as missing
])
def test_scale_score(answers, reverse, expected):
    items = _items("x", "absent", 5, reverse=reverse)
    result = scale_score(list(zip(items, answers)))
    assert result == (pytest.approx(expected) if expected is not None else None)


@pytest.mark.parametrize("item_na, value, ok", [
    (False, 1, True), (False, 7, True), (False, 0, False), (False, 8, False), (False, True, False),
    (False, "na", False), (True, "na", True), (False, None, True), (False, 3.5, False),
])
def test_valid_answers(item_na, value, ok):
    assert valid_answer(value, Item("x", "absent", False, item_na, "")) is ok


@pytest.mark.parametrize("parents, expected_sections", [
    ([], ["now", "reactieval"]),
    (["moeder"], ["parent", "now", "reactieval"]),
    (["moeder", "vader"], ["parent", "couple", "now", "reactieval"]),
    (["oma", "opa", "tante"], ["parent", "couple", "now", "reactieval"]),
])
def test_questions_follow_the_parent_figures(parents, expected_sections):
    qs = questions(Q, parents)
    assert [s for s in dict.fromkeys(q.key.split(":")[0] for q in qs)] == expected_sections
    assert len(qs) == 10 * len(parents) + (10 if len(parents) >= 2 else 0) + 16 + 5
    for _i, name in enumerate(parents):
        assert all(q.text().lower().startswith(name) for q in qs if q.key.startswith(f"parent:{name}:"))


def _answer_all(parents, value=4, overrides=None):
    answers = {q.key: value for q in questions(Q, parents)}
    answers.update(overrides or {})
    return answers


def test_score_per_parent_figure_and_couple():
    parents = ["moeder", "vader", "oma"]
    overrides = {f"parent:vader:pa{i}": 7 for i in range(1, 5)}  # the second figure was absent
    overrides["parent:vader:pa5"] = 1  # reverse-keyed: counts as 7
    result = score(Q, parents, _answer_all(parents, 4, overrides))
    assert [name for name, _ in result.parents] == parents
    assert result.parents[1][1]["absent"] == 7.0 and stands_out(result.parents[1][1]["absent"])
    assert result.parents[0][1]["absent"] == 4.0 and not stands_out(result.parents[0][1]["absent"])
    assert result.couple is not None and result.couple["unequal"] == 4.0
    assert result.answered == result.total == 3 * 10 + 10 + 16 + 5


def test_one_parent_figure_has_no_couple_scores_and_none_is_fine():
    assert score(Q, ["vader"], _answer_all(["vader"])).couple is None
    empty = score(Q, [], _answer_all([]))
    assert empty.parents == [] and empty.couple is None and empty.reactieval == 4.0


def test_pursue_withdraw_axis():
    overrides = {f"now:ps{i}": 7 for i in range(1, 5)} | {f"now:ws{i}": 2 for i in range(1, 5)}
    overrides |= {f"now:pp{i}": "na" for i in range(1, 5)}
    result = score(Q, [], _answer_all([], 4, overrides))
    assert result.you == 5.0  # moves closer
    assert result.partner is None  # not enough answers about the partner


def test_resume_at_the_first_unanswered_question():
    parents = ["moeder"]
    qs = questions(Q, parents)
    answers = {q.key: 3 for q in qs[:7]}
    assert first_unanswered(Q, parents, answers) == 7
    assert first_unanswered(Q, parents, _answer_all(parents)) == len(qs)


def test_questionnaire_refuses_an_item_on_the_wrong_scale():
    tree = {"sections": {name: {"items": [{"id": i.id, "scale": i.scale, "reverse": i.reverse, "na": i.na,
                                             "text": i.text} for i in items]}
                         for name, items in Q.sections.items()}}
    tree["sections"]["couple"]["items"][0]["scale"] = "absent"
    with pytest.raises(ValueError, match="does not belong"):
        Questionnaire.from_content(tree)


@pytest.mark.parametrize("text, name, expected", [
    ("{name} was er vaak niet.", "moeder", "Moeder was er vaak niet."),
    ("Als ik {name} nodig had, was {name} er.", "oma Riet", "Als ik oma Riet nodig had, was oma Riet er."),
    ("Ja. {name} werkte veel.", "vader", "Ja. Vader werkte veel."),
])
def test_names_start_a_sentence_with_a_capital(text, name, expected):
    from erfenis_desktop.domain.questionnaire import fill_name

    assert fill_name(text, name) == expected


def test_the_shipped_questionnaire_is_complete_in_both_languages():
    from erfenis_desktop.services.content import load_content

    content = load_content()
    nl, en = (Questionnaire.from_content(content.texts[lang]["pattern_check"]) for lang in ("nl", "en"))
    ids = lambda q: [(i.id, i.scale, i.reverse, i.na) for s in q.sections.values() for i in s]  # noqa: E731
    assert ids(nl) == ids(en)
    for section in nl.sections.values():
        for scale in {i.scale for i in section}:
            assert sum(i.scale == scale for i in section) >= 4


def test_answers_belong_to_the_person_not_to_the_place_in_the_list():
    answers = _answer_all(["moeder", "vader"], 4, {f"parent:vader:pa{i}": 7 for i in range(1, 5)})
    answers["parent:vader:pa5"] = 1
    turned = score(Q, ["vader", "moeder"], answers)
    assert dict(turned.parents)["vader"]["absent"] == 7.0
    assert dict(turned.parents)["moeder"]["absent"] == 4.0


def test_can_finish_with_a_few_skipped_questions():
    from erfenis_desktop.domain.questionnaire import can_finish

    answers = _answer_all(["moeder"])
    answers.pop("parent:moeder:pa1")  # 1 of 5 absent items skipped: still enough
    assert can_finish(Q, ["moeder"], answers)
    answers.pop("parent:moeder:pa2")  # 2 of 5: not enough for that scale
    assert not can_finish(Q, ["moeder"], answers)


# "Stands out": from an average of 5 on (STANDS_OUT), exactly 5 included -----------------------

def test_the_stand_out_threshold_is_an_average_of_five():
    from erfenis_desktop.domain.questionnaire import STANDS_OUT

    assert STANDS_OUT == 5.0


@pytest.mark.parametrize("value, stands", [
    (5.0, True),  # exactly the threshold: "from this average on"
    (math.nextafter(5.0, 0.0), False),  # the smallest step below it
    (math.nextafter(5.0, 7.0), True),  # the smallest step above it
    (4.8, False), (5.2, True), (1.0, False), (7.0, True),
    (None, False),  # not enough answers never stands out
])
def test_stands_out_from_the_threshold_on(value, stands):
    assert stands_out(value) is stands


@pytest.mark.parametrize("answers, reverse, expected, stands", [
    ([5, 5, 5, 5, 5], set(), 5.0, True),  # exactly on the threshold
    ([5, 5, 5, 5, 3], {5}, 5.0, True),  # a reverse-keyed 3 counts as 5
    ([6, 4, 6, 4, None], set(), 5.0, True),  # one skipped: the mean of the other four
    ([5, 5, 5, 5, 4], set(), 4.8, False),  # the nearest a five-item scale comes from below
    ([5, 5, 5, 4, None], set(), 4.75, False),
    ([5, 5, 5, 5, 6], set(), 5.2, True),  # the nearest from above
])
def test_a_scale_on_either_side_of_the_threshold(answers, reverse, expected, stands):
    result = scale_score(list(zip(_items("x", "absent", 5, reverse=reverse), answers)))
    assert result == expected
    assert stands_out(result) is stands


def test_scores_exactly_on_the_threshold_stand_out_in_the_results():
    overrides = {f"parent:moeder:pa{i}": 5 for i in range(1, 5)} | {"parent:moeder:pa5": 3}  # 5.0 (reversed 3)
    overrides |= {f"parent:moeder:po{i}": 5 for i in range(2, 6)} | {"parent:moeder:po1": 4}  # (4·5 + 4) / 5
    overrides |= {f"reactieval:r{i}": 5 for i in (1, 2, 4, 5)} | {"reactieval:r3": 4}  # (4·5 + 4) / 5 = 4.8
    result = score(Q, ["moeder"], _answer_all(["moeder"], 4, overrides))
    scores = dict(result.parents)["moeder"]
    assert scores == {"absent": 5.0, "overprotective": 4.8}
    assert stands_out(scores["absent"]) and not stands_out(scores["overprotective"])
    assert result.reactieval == 4.8 and not stands_out(result.reactieval)
