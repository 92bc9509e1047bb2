"""The questions to answer together (issue 14, section 4): the themes in the content files,
and the rotation (domain/prompts.py), by table and by property."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from erfenis_desktop.domain import prompts as rules
from erfenis_desktop.domain.content import ContentError, validate
from erfenis_desktop.services.content import load_content
from erfenis_desktop.services.exercises import Exercises
from erfenis_desktop.services.together import Together

CONTENT = Path(__file__).resolve().parent.parent / "resources" / "content"
EARLIER_IDS = ["sad_at_home", "comfort", "repair", "fight_style", "closeness", "asking", "space", "like_home"]


@pytest.fixture(scope="module")
def content():
    return load_content()


def _raw(lang: str) -> dict:
    return {p.stem: tomllib.loads(p.read_text(encoding="utf-8")) for p in sorted((CONTENT / lang).glob("*.toml"))}


def _ids(files: dict, theme: str) -> list[str]:
    return [p["id"] for p in rules.theme_prompts(files, theme)]


# The content ---------------------------------------------------------------------------------

def test_every_theme_has_questions_in_both_languages_with_the_same_ids_and_120_in_all():
    nl, en = _raw("nl"), _raw("en")
    total = []
    for theme in rules.THEMES:
        assert rules.file_name(theme) in nl and rules.file_name(theme) in en, theme
        ids = _ids(nl, theme)
        assert len(ids) >= 10, theme  # a theme that holds a few evenings, not one
        assert ids == _ids(en, theme), theme
        for lang, files in (("nl", nl), ("en", en)):
            for prompt in rules.theme_prompts(files, theme):
                assert set(prompt) == {"id", "question", "hint"}, (lang, prompt["id"])
                assert prompt["question"].strip() and prompt["hint"].strip(), (lang, prompt["id"])
                assert "{" not in prompt["question"], (lang, prompt["id"])  # about the two of you, no parent
        total += ids
    assert len(total) >= 120
    assert len(set(total)) == len(total)
    assert not rules.check(nl) and not rules.check(en)


def test_the_questions_are_written_for_each_language_not_copied():
    nl, en = _raw("nl"), _raw("en")
    for theme in rules.THEMES:
        for a, b in zip(rules.theme_prompts(nl, theme), rules.theme_prompts(en, theme)):
            assert a["question"] != b["question"] and a["hint"] != b["hint"], a["id"]
        assert nl[rules.file_name(theme)]["theme"]["title"] != en[rules.file_name(theme)]["theme"]["title"]


def test_the_eight_earlier_questions_keep_their_ids_and_each_belongs_to_one_theme(content):
    together = Together(None, Exercises(content))
    for lang in ("nl", "en"):
        files = content.texts[lang]
        assert [p["id"] for p in files["together"]["prompts"]] == EARLIER_IDS  # saved answers name these
        owners = {pid: theme for theme in rules.THEMES for pid in _ids(files, theme)}
        assert set(EARLIER_IDS) <= set(owners)
        for pid in EARLIER_IDS:
            prompt = together.prompt(lang, pid)
            assert prompt is not None and prompt.question == files["together"]["prompts"][EARLIER_IDS.index(pid)][
                "question"]
            if pid != "repair":  # (a step-1 question has this id too: the journal names that one)
                assert Exercises(content).prompt_text(lang, pid, "") == prompt.question
        # and the new ones are found by the journal and the timeline too
        assert Exercises(content).prompt_text(lang, "gen_letter", "") == together.prompt(lang, "gen_letter").question


def _texts() -> dict:
    return {"nl": _raw("nl"), "en": _raw("en")}


@pytest.mark.parametrize("break_it, says", [
    (lambda t: t["nl"]["prompts_future"]["prompts"].append(dict(t["nl"]["prompts_home"]["prompts"][0])),
     "is used in"),
    (lambda t: [t[lang]["prompts_repair"]["prompts"].clear() for lang in t], "the theme has no questions"),
    (lambda t: [t[lang]["prompts_dans"]["theme"]["earlier_prompts"].append("comfort") for lang in t],
     "is claimed by"),
    (lambda t: [t[lang]["prompts_intimacy"]["theme"].pop("earlier_prompts") for lang in t], "belongs to no theme"),
    (lambda t: [t[lang]["prompts_home"]["theme"]["earlier_prompts"].append("gone") for lang in t],
     "not in together.toml"),
    (lambda t: t["en"]["prompts_home"]["prompts"][0].update(id="home_other"), "must be"),  # other ids in English
    (lambda t: t["en"]["prompts_future"]["prompts"].pop(), "entries instead of"),
    (lambda t: t["en"].pop("prompts_appreciation"), "prompts_appreciation.toml is missing"),
    (lambda t: [t[lang]["prompts_home"]["prompts"][1].update(id="c_table") for lang in t], "see_the_pattern"),
])
def test_start_up_refuses_themes_that_break_the_rules(break_it, says):
    texts = copy.deepcopy(_texts())
    validate(copy.deepcopy(texts))  # as shipped: fine
    break_it(texts)
    with pytest.raises(ContentError) as caught:
        validate(texts)
    assert says in str(caught.value)


# The rotation, by table -------------------------------------------------------------------------

ORDER = ["a", "b", "c", "d"]


@pytest.mark.parametrize("counts, excluded, avoid, expected", [
    # expected: the order offered; a set is a round already seen once, in an order of the couple's own
    ({}, (), None, ["a", "b", "c", "d"]),  # nothing seen: the order of the content
    ({"a": 1}, (), None, ["b", "c", "d", "a"]),  # seen once: after every unseen one
    ({"a": 1, "c": 1}, (), None, ["b", "d", {"a", "c"}]),
    ({"a": 1, "b": 1, "c": 1}, (), None, ["d", {"a", "b", "c"}]),
    ({"a": 2, "b": 1, "c": 1, "d": 1}, (), None, [{"b", "c", "d"}, "a"]),  # a second time: after the others
    ({}, ("a",), None, ["b", "c", "d"]),  # not for us: never
    ({}, ("a", "b", "c", "d"), None, []),
    ({"b": 3}, ("a", "c", "d"), None, ["b"]),  # the last one left comes back
    ({}, (), "a", ["b", "c", "d", "a"]),  # the one just passed over goes last among its equals
    ({"a": 1}, (), "a", ["b", "c", "d", "a"]),
    ({"a": 1, "b": 1, "c": 1, "d": 1}, (), "c", [{"a", "b", "d"}, "c"]),
    ({}, ("b", "c", "d"), "a", ["a"]),  # … unless it is the only one
])
def test_rotation_table(counts, excluded, avoid, expected):
    ranked = rules.rotation(ORDER, counts, excluded, avoid=avoid)
    got, rest = [], list(ranked)
    for part in expected:
        size = len(part) if isinstance(part, set) else 1
        taken, rest = rest[:size], rest[size:]
        got.append(set(taken) if isinstance(part, set) else (taken[0] if taken else None))
    assert got == expected and not rest, ranked
    assert rules.offer(ORDER, counts, excluded, avoid=avoid) == (ranked[0] if ranked else None)


def test_a_new_round_keeps_the_order_so_nothing_comes_back_early():
    order = [f"q{i}" for i in range(12)]
    once = {pid: 1 for pid in order}
    assert rules.rotation(order, once) == order
    assert rules.rotation(order, {**once, "q0": 2}) == order[1:] + ["q0"]


@pytest.mark.parametrize("answered, skipped, expected", [
    ([], {}, {}),
    (["a", "a", "b"], {}, {"a": 2, "b": 1}),
    (["a"], {"a": 1, "c": 2}, {"a": 2, "c": 2}),
    ([], {"x": -3}, {"x": 0}),
])
def test_seen_counts(answered, skipped, expected):
    assert rules.seen_counts(answered, skipped) == expected


def test_any_theme_takes_one_of_each_theme_in_turn():
    assert rules.interleave([["h1", "h2", "h3"], ["d1"], ["r1", "r2"]]) == ["h1", "d1", "r1", "h2", "r2", "h3"]


# The rotation, by property --------------------------------------------------------------------

ids = st.lists(st.text("abcdefghij", min_size=1, max_size=3), min_size=1, max_size=12, unique=True)


@settings(max_examples=200, deadline=None)
@given(order=ids, data=st.data())
def test_no_question_comes_back_before_all_the_others_of_its_theme_were_seen(order, data):
    """Whatever the couple does with each question offered (answer it or ask for another), a
    question is offered again only after every other one they may still get was seen since."""
    excluded = set(data.draw(st.lists(st.sampled_from(order), unique=True, max_size=len(order) - 1)))
    allowed = [p for p in order if p not in excluded]
    answered: list[str] = []
    skipped: dict[str, int] = {}
    offered: list[str] = []
    last = None
    for _ in range(len(allowed) * 3 + 1):
        counts = rules.seen_counts(answered, skipped)
        pid = rules.offer(order, counts, excluded, avoid=last)
        assert pid in allowed
        offered.append(pid)
        if data.draw(st.booleans()):
            answered.append(pid)
        else:
            skipped[pid] = skipped.get(pid, 0) + 1
        last = pid
    # Every stretch of len(allowed) offers in a row holds each allowed question once.
    for start in range(0, len(offered) - len(allowed) + 1, len(allowed)):
        assert sorted(offered[start:start + len(allowed)]) == sorted(allowed)
    for i, pid in enumerate(offered):  # and between two offers of one question, all the others
        later = offered[i + 1:]
        if pid in later:
            assert set(later[:later.index(pid)]) == set(allowed) - {pid}


@settings(max_examples=200, deadline=None)
@given(order=ids, data=st.data())
def test_the_offer_is_always_one_seen_least_and_never_one_set_aside(order, data):
    counts = data.draw(st.dictionaries(st.sampled_from(order), st.integers(0, 5)))
    excluded = set(data.draw(st.lists(st.sampled_from(order), unique=True)))
    avoid = data.draw(st.one_of(st.none(), st.sampled_from(order)))
    ranked = rules.rotation(order, counts, excluded, avoid=avoid)
    assert sorted(ranked) == sorted(p for p in order if p not in excluded)
    if ranked:
        low = min(counts.get(p, 0) for p in ranked)
        assert counts.get(ranked[0], 0) == low
        if avoid in ranked and sum(counts.get(p, 0) == low for p in ranked) > 1:
            assert ranked[0] != avoid


def test_an_id_shared_by_step_one_and_together_is_titled_by_the_kind_of_answer():
    """'repair' is both a step-1 question and a question to answer together: the journal and
    'What you both shared' title each answer with its own question."""
    from erfenis_desktop.services.content import load_content
    from erfenis_desktop.services.exercises import STEP1, TOGETHER, Exercises

    exercises = Exercises(load_content())
    for lang in ("en", "nl"):
        texts = exercises._content.texts[lang]
        step1 = {p["id"]: p["question"] for g in ("parent_prompts", "couple_prompts", "mirror_prompts")
                 for p in texts["see_the_pattern"][g]}
        together = {p["id"]: p["question"] for p in texts["together"]["prompts"]}
        shared = sorted(set(step1) & set(together))
        assert shared, "no id is shared any more: this test can go"
        for prompt in shared:
            assert step1[prompt] != together[prompt]
            assert exercises.prompt_text(lang, prompt, "", TOGETHER) == together[prompt]
            assert exercises.prompt_text(lang, prompt, "", STEP1).startswith(step1[prompt].split("{")[0])
