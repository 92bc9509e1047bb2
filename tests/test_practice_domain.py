"""Steps 2 and 3 as pure functions: the deck, check-ins, discomfort over time, the honest
summary in both languages, the suggested card and reminders (fixed times, no clock)."""

from __future__ import annotations

import copy
import json
import re
from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from erfenis_desktop.domain import practice as p
from erfenis_desktop.domain.content import ContentError, validate
from erfenis_desktop.services.content import load_content

CONTENT = load_content()
D0 = date(2026, 3, 2)  # a Monday


def day(n: int) -> date:
    return D0 + timedelta(days=n)


def series(*pairs: tuple[int, float]) -> list[tuple[date, float]]:
    return [(day(n), float(v)) for n, v in pairs]


# The deck ------------------------------------------------------------------------------------

def _card(card_id: str, group: str, **extra) -> dict:
    card = {"id": card_id, "group": group, "title": f"T {card_id}", "phrase": f"P {card_id}",
            "instead": f"I {card_id}", "why": f"W {card_id}", "scene": f"S {card_id}"}
    card.update(extra)
    return {k: v for k, v in card.items() if v is not None}


def _tree(cards=None, avoid=None, suggest=None) -> dict:
    tree = {"cards": cards if cards is not None else
            [_card("a", "naming"), _card("b", "listening"), _card("c", "presence")],
            "avoid": avoid if avoid is not None else [{"phrase": "Stel je niet aan.", "why": "Omdat."}]}
    if suggest is not None:
        tree["suggest"] = suggest
    return tree


def test_a_deck_keeps_its_cards_in_order_by_id_and_group():
    deck = p.Deck.from_content(_tree(cards=[_card("a", "naming"), _card("b", "listening"),
                                            _card("c", "presence"), _card("d", "listening")]))
    assert [c.id for c in deck.cards] == ["a", "b", "c", "d"]
    assert [c.id for c in deck.group("listening")] == ["b", "d"]
    assert deck.card("c") == p.Card("c", "presence", "T c", "P c", "I c", "W c", "S c")
    assert deck.card("nope") is None
    assert deck.avoid == (p.Avoid("Stel je niet aan.", "Omdat."),)


def test_a_card_may_replace_nothing_and_texts_lose_their_outer_blanks():
    deck = p.Deck.from_content(_tree(cards=[_card("a", "naming", instead=None, phrase="  Vertel me meer.\n"),
                                            _card("b", "listening"), _card("c", "presence")]))
    assert deck.card("a").instead == ""
    assert deck.card("a").phrase == "Vertel me meer."


@pytest.mark.parametrize("tree, problem", [
    (_tree(cards=[_card("a", None), _card("b", "listening"), _card("c", "presence"), _card("d", "naming")]),
     "card 'a' has no group (one of naming, listening, presence)"),
    (_tree(cards=[_card("a", "naming"), _card("b", "talking"), _card("c", "presence"), _card("d", "listening")]),
     "card 'b': unknown group 'talking' (one of naming, listening, presence)"),
    (_tree(cards=[_card("a", "naming"), _card("a", "listening"), _card("c", "presence")]),
     "card 'a': the id is used twice"),
    (_tree(cards=[_card(None, "naming"), _card("b", "listening"), _card("c", "presence")]),
     "cards[0] has no id"),
    (_tree(cards=[_card(" ", "naming"), _card("b", "listening"), _card("c", "presence")]),
     "cards[0] has no id"),
    (_tree(cards=[_card("a", "naming", title=" "), _card("b", "listening"), _card("c", "presence")]),
     "card 'a': 'title' is empty or missing"),
    (_tree(cards=[_card("a", "naming"), _card("b", "listening", phrase=""), _card("c", "presence")]),
     "card 'b': 'phrase' is empty or missing"),
    (_tree(cards=[_card("a", "naming"), _card("b", "listening"), _card("c", "presence", why=None)]),
     "card 'c': 'why' is empty or missing"),
    (_tree(cards=[_card("a", "naming", scene="\n"), _card("b", "listening"), _card("c", "presence")]),
     "card 'a': 'scene' is empty or missing"),
    (_tree(cards=[_card("a", "naming", instead=7), _card("b", "listening"), _card("c", "presence")]),
     "card 'a': 'instead' is empty or missing"),
    (_tree(cards=[_card("a", "naming"), _card("b", "listening")]), "group 'presence' has no cards"),
    (_tree(cards=[]), "there are no [[cards]]"),
    ({"avoid": []}, "there are no [[cards]]"),
    (_tree(cards=[_card("a", "naming"), "b", _card("c", "presence"), _card("d", "listening")]),
     "cards[1] is not a table"),
    (_tree(avoid=[{"phrase": "Dat valt toch wel mee.", "why": " "}]), "avoid[0]: 'why' is empty or missing"),
    (_tree(avoid=[{"why": "Omdat."}]), "avoid[0]: 'phrase' is empty or missing"),
    (_tree(avoid=["Stel je niet aan."]), "avoid[0] is not a table"),
    ({**_tree(), "avoid": {"phrase": "x", "why": "y"}}, "'avoid' must be a list of tables ([[avoid]])"),
    (_tree(suggest={"pursue": "zz"}), "suggest.pursue: there is no card 'zz'"),
    (_tree(suggest={"clingy": "a"}), "suggest: unknown tendency 'clingy' (one of pursue, withdraw, unclear)"),
    (_tree(suggest="a"), "'suggest' must be a table"),
])
def test_a_broken_deck_names_its_problem(tree, problem):
    with pytest.raises(ValueError) as err:
        p.Deck.from_content(tree)
    assert problem in str(err.value).splitlines()


def test_a_deck_lists_every_problem_at_once():
    with pytest.raises(ValueError) as err:
        p.Deck.from_content(_tree(cards=[_card("a", "naming", title=""), _card("a", "listening"),
                                         _card("c", "sing")]))
    assert str(err.value).splitlines() == [
        "card 'a': 'title' is empty or missing", "card 'a': the id is used twice", "card 'c': unknown group 'sing' "
        "(one of naming, listening, presence)", "group 'presence' has no cards"]


def test_a_deck_without_avoid_or_suggest_is_fine():
    deck = p.Deck.from_content({"cards": _tree()["cards"]})
    assert deck.avoid == () and len(deck.cards) == 3


# The shipped cards ---------------------------------------------------------------------------

def _practice(lang: str) -> dict:
    return CONTENT.texts[lang]["practice"]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_shipped_deck_has_at_least_four_cards_per_group_and_several_to_avoid(lang):
    deck = p.Deck.from_content(_practice(lang))
    assert [len(deck.group(g)) >= 4 for g in p.GROUPS] == [True, True, True]
    assert len(deck.avoid) >= 3


def test_both_languages_have_the_same_cards_in_the_same_groups_and_the_same_suggestions():
    nl, en = (p.Deck.from_content(_practice(lang)) for lang in ("nl", "en"))
    assert [(c.id, c.group) for c in nl.cards] == [(c.id, c.group) for c in en.cards]
    assert _practice("nl")["suggest"] == _practice("en")["suggest"]


SEED_PHRASES = {"naming": ("Ik merk dat ik me onrustig voel.", "Ik weet niet precies wat er is, maar er is iets."),
                "listening": ("Vertel me meer.", "Hoe voelt dat voor je?"),
                "presence": ("Ik hoor je. Ik ben er.",)}


def test_the_dutch_deck_holds_the_article_s_phrases_in_their_groups_and_what_not_to_say():
    deck = p.Deck.from_content(_practice("nl"))
    for group, phrases in SEED_PHRASES.items():
        assert set(phrases) <= {c.phrase for c in deck.group(group)}, group
    said = {a.phrase for a in deck.avoid}
    assert {"Stel je niet aan.", "Dat valt toch wel mee."} <= said
    assert "Het gaat wel." in {c.instead for c in deck.cards} and "Er is niks." in {c.instead for c in deck.cards}


GENDERED = {"nl": r"\b(hij|zij|zijn vrouw|haar man)\b", "en": r"\b(he|she|him|his|her|hers)\b"}


def _strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for v in node.values():
            yield from _strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_practice_texts_never_give_a_person_a_gender(lang):
    found = [s for s in _strings(_practice(lang)) if re.search(GENDERED[lang], s, re.IGNORECASE)]
    assert found == []


# Check-ins -----------------------------------------------------------------------------------

FULL = p.CheckIn(card="restless", when="2026-03-02T19:04:00+00:00", used=True, situation="Op de bank",
                 before=7, after=4, happened="We praatten ‘even’ door.", body="Strakke buik", uuid="u-1")


@pytest.mark.parametrize("checkin", [
    FULL,
    p.CheckIn(card="restless", when="2026-03-02T19:04:00+00:00", uuid="u-2"),
    p.CheckIn(card="hear_you", when="2026-03-02T19:04:00+00:00", used=False, before=0, after=10, uuid="u-3"),
    p.CheckIn(card="hear_you", when="2026-03-02T19:04:00+00:00", used=None, before=10, after=0, uuid="u-4"),
])
def test_a_check_in_survives_json(checkin):
    assert p.CheckIn.from_json(checkin.uuid, checkin.to_json()) == checkin


def test_the_stored_json_leaves_the_item_id_out_and_the_id_comes_from_the_item():
    stored = json.loads(FULL.to_json())
    assert "uuid" not in stored and stored["card"] == "restless" and stored["before"] == 7
    assert p.CheckIn.from_json("other", FULL.to_json()).uuid == "other"


def test_a_check_in_with_only_card_and_time_gets_the_empty_defaults():
    got = p.CheckIn.from_json("u", json.dumps({"card": "x", "when": "2026-03-02T19:04:00+00:00"}))
    assert (got.used, got.situation, got.before, got.after, got.happened, got.body) == (None, "", None, None, "", "")


GOOD = {"card": "restless", "when": "2026-03-02T19:04:00+00:00"}


@pytest.mark.parametrize("text", [
    "not json",
    "[1, 2]",
    '"a string"',
    "null",
    json.dumps({"when": GOOD["when"]}),
    json.dumps({"card": "restless"}),
    json.dumps({**GOOD, "card": ""}),
    json.dumps({**GOOD, "card": 5}),
    json.dumps({**GOOD, "when": "yesterday"}),
    json.dumps({**GOOD, "when": 1772478240}),
    json.dumps({**GOOD, "used": "yes"}),
    json.dumps({**GOOD, "used": 1}),
    json.dumps({**GOOD, "before": 11}),
    json.dumps({**GOOD, "before": -1}),
    json.dumps({**GOOD, "after": 11}),
    json.dumps({**GOOD, "after": -1}),
    json.dumps({**GOOD, "before": 5.5}),
    json.dumps({**GOOD, "after": 4.0}),
    json.dumps({**GOOD, "before": True}),
    json.dumps({**GOOD, "after": "3"}),
    json.dumps({**GOOD, "situation": 3}),
    json.dumps({**GOOD, "happened": None}),
    json.dumps({**GOOD, "body": ["tight"]}),
    json.dumps({**GOOD, "mood": "fine"}),
    json.dumps({**GOOD, "uuid": "u-9"}),
])
def test_a_check_in_of_another_shape_is_refused(text):
    with pytest.raises(ValueError):
        p.CheckIn.from_json("u", text)


@pytest.mark.parametrize("odd", [
    {"before": 11}, {"after": -1}, {"used": "no"}, {"card": ""}, {"when": "soon"}, {"situation": None},
])
def test_an_odd_check_in_is_never_written(odd):
    with pytest.raises(ValueError):
        p.CheckIn(**{**GOOD, **odd}).to_json()


# Discomfort over time ------------------------------------------------------------------------

@pytest.mark.parametrize("before, after, expected", [
    (None, None, None),
    (7, None, 7.0),  # the card was not used: how it felt beforehand
    (None, 3, 3.0),
    (8, 3, 3.0),  # a before/after pair stands for how it felt after using the card
    (2, 6, 6.0),
    (0, None, 0.0),  # 0 is a discomfort too, not a missing one
    (7, 0, 0.0),
])
def test_a_check_in_stands_for_the_discomfort_after_else_before(before, after, expected):
    got = p.discomfort(p.CheckIn("c", "2026-03-02T19:00:00+00:00", before=before, after=after))
    assert got == expected and (got is None or isinstance(got, float))


def _ci(card: str, when: str, before=None, after=None) -> p.CheckIn:
    return p.CheckIn(card, when, before=before, after=after)


def test_points_go_by_time_per_card_and_skip_check_ins_without_a_number():
    checkins = [
        _ci("a", "2026-03-20T10:00:00+00:00", before=5),
        _ci("a", "2026-03-02T10:00:00+00:00", before=8, after=6),
        _ci("b", "2026-03-03T10:00:00+00:00", before=1),
        _ci("a", "2026-03-04T10:00:00+00:00"),
        _ci("a", "2026-03-03T09:00:00+01:00", after=7),  # 08:00 UTC
        _ci("a", "2026-03-03T08:30:00+00:00", after=2),
    ]
    assert p.points(checkins, "a") == [(date(2026, 3, 2), 6.0), (date(2026, 3, 3), 7.0), (date(2026, 3, 3), 2.0),
                                       (date(2026, 3, 20), 5.0)]
    assert p.points(checkins) == [(date(2026, 3, 2), 6.0), (date(2026, 3, 3), 7.0), (date(2026, 3, 3), 2.0),
                                  (date(2026, 3, 3), 1.0), (date(2026, 3, 20), 5.0)]
    assert p.points([]) == [] and p.points(checkins, "nobody") == []


@pytest.mark.parametrize("when, tz, expected", [
    ("2026-03-02T23:30:00+00:00", None, date(2026, 3, 2)),
    ("2026-03-02T23:30:00+00:00", timezone(timedelta(hours=2)), date(2026, 3, 3)),
    ("2026-03-02T00:30:00+00:00", timezone(timedelta(hours=-5)), date(2026, 3, 1)),
    ("2026-03-02T23:30:00", timezone(timedelta(hours=2)), date(2026, 3, 3)),  # no zone written: UTC
    ("2026-03-03T00:30:00+02:00", None, date(2026, 3, 2)),
])
def test_the_day_of_a_point_is_counted_in_the_time_zone_given(when, tz, expected):
    assert p.points([_ci("a", when, before=4)], tz=tz) == [(expected, 4.0)]


def test_a_time_written_without_a_zone_is_utc_whatever_the_machine_s_zone(monkeypatch):
    import time as clock

    monkeypatch.setenv("TZ", "America/New_York")
    clock.tzset()
    try:
        assert p.points([_ci("a", "2026-03-02T23:30:00", before=4)]) == [(date(2026, 3, 2), 4.0)]
        assert p.points([_ci("a", "2026-03-03T02:00:00", before=4)], tz=UTC) == [(date(2026, 3, 3), 4.0)]
    finally:
        monkeypatch.undo()
        clock.tzset()


def test_no_data_has_no_trend():
    assert p.trend([]) == []


@pytest.mark.parametrize("points", [
    series((0, 6)),
    series((0, 5), (1, 5), (3, 5), (10, 5)),  # flat stays flat
    series((0, 9), (30, 2), (60, 5)),  # weeks apart: nothing to smooth with
    series((0, 9), (8, 1)),  # just outside the window
])
def test_a_point_without_neighbours_or_among_equals_keeps_its_value(points):
    assert p.trend(points) == points


@pytest.mark.parametrize("points, expected", [
    # one day apart: the neighbour weighs 1 - 1/8
    (series((0, 8), (1, 0)), [8 / 1.875, 7 / 1.875]),
    # exactly seven days apart: the neighbour still counts, for 1/8
    (series((0, 8), (7, 0)), [8 / 1.125, 1 / 1.125]),
    # the same day: both count fully
    (series((0, 8), (0, 2)), [5.0, 5.0]),
    # three in a row: the middle one is pulled towards both neighbours
    (series((0, 2), (2, 10), (4, 2)), [(2 + 0.75 * 10 + 0.5 * 2) / 2.25, (10 + 0.75 * 2 * 2) / 2.5,
                                       (2 + 0.75 * 10 + 0.5 * 2) / 2.25]),
])
def test_the_trend_weighs_neighbours_by_closeness_in_time(points, expected):
    got = p.trend(points)
    assert [d for d, _ in got] == [d for d, _ in points]
    assert [v for _, v in got] == pytest.approx(expected)


def test_a_narrower_window_smooths_less():
    points = series((0, 8), (2, 0))
    assert p.trend(points, window_days=1) == points
    assert [v for _, v in p.trend(points, window_days=2)] == pytest.approx([8 / (1 + 1 / 3), (8 / 3) / (1 + 1 / 3)])
    assert p.trend(series((0, 8), (0, 4), (1, 0)), window_days=0) == series((0, 6), (0, 6), (1, 0))
    with pytest.raises(ValueError):
        p.trend(points, window_days=-1)


def test_many_points_give_one_trend_value_each_that_follows_the_direction():
    falling = [(day(i), 9 - i * 0.25) for i in range(0, 28)]
    line = p.trend(falling)
    assert len(line) == len(falling) and [d for d, _ in line] == [d for d, _ in falling]
    values = [v for _, v in line]
    assert all(a > b for a, b in zip(values, values[1:]))
    assert max(values) < 9 and min(values) > 9 - 27 * 0.25  # the ends are pulled inwards
    rising = [(d, 10 - v) for d, v in falling]
    assert [v for _, v in p.trend(rising)] == pytest.approx([10 - v for v in values])


# Summaries -----------------------------------------------------------------------------------

@pytest.mark.parametrize("points, expected", [
    ([], p.Summary(0, None, None, "none")),
    (series((3, 6.5)), p.Summary(1, 6.5, 6.5, "one")),
    (series((0, 7), (1, 4)), p.Summary(2, 7.0, 4.0, "down")),
    (series((0, 3), (1, 6)), p.Summary(2, 3.0, 6.0, "up")),
    (series((0, 5), (1, 5.5)), p.Summary(2, 5.0, 5.5, "flat")),
    (series((0, 5), (1, 4)), p.Summary(2, 5.0, 4.0, "down")),  # a change of exactly 1 counts
    (series((0, 4), (1, 5)), p.Summary(2, 4.0, 5.0, "up")),
    (series((0, 5), (1, 4.5)), p.Summary(2, 5.0, 4.5, "flat")),
    # three points: the first and the last, never the middle one twice
    (series((0, 8), (1, 1), (2, 6)), p.Summary(3, 8.0, 6.0, "down")),
    # four and five points: the first two and the last two
    (series((0, 8), (1, 6), (2, 5), (3, 3)), p.Summary(4, 7.0, 4.0, "down")),
    (series((0, 8), (1, 6), (2, 0), (3, 5), (4, 3)), p.Summary(5, 7.0, 4.0, "down")),
    # many points: the first three and the last three
    (series(*[(i, v) for i, v in enumerate([9, 8, 7, 9, 9, 9, 9, 3, 2, 1])]), p.Summary(10, 8.0, 2.0, "down")),
    (series(*[(i, v) for i, v in enumerate([2, 3, 4, 0, 0, 0, 5, 6, 7])]), p.Summary(9, 3.0, 6.0, "up")),
    # up and down again: honest about where it ends, not about the bump
    (series((0, 4), (1, 4), (2, 4), (3, 9), (4, 9), (5, 4), (6, 4), (7, 4)), p.Summary(8, 4.0, 4.0, "flat")),
    # gaps of weeks change nothing about what came first and last
    (series((0, 8), (21, 7), (49, 3), (90, 2)), p.Summary(4, 7.5, 2.5, "down")),
])
def test_a_summary_tells_the_typical_discomfort_at_the_start_and_the_end(points, expected):
    assert p.summarise(points) == expected


def test_a_summary_reads_the_points_in_order_of_days():
    assert p.summarise(list(reversed(series((0, 8), (1, 6), (2, 2))))) == p.Summary(3, 8.0, 2.0, "down")


def test_a_period_holds_its_first_and_last_day():
    points = series((0, 9), (6, 8), (7, 5), (13, 3), (14, 1))
    assert p.summarise(points, since=day(6), until=day(13)) == p.Summary(3, 8.0, 3.0, "down")
    assert p.summarise(points, since=day(7)) == p.Summary(3, 5.0, 1.0, "down")
    assert p.summarise(points, until=day(6)) == p.Summary(2, 9.0, 8.0, "down")
    assert p.summarise(points, since=day(1), until=day(5)) == p.Summary(0, None, None, "none")
    assert p.summarise(points, since=day(14), until=day(14)) == p.Summary(1, 1.0, 1.0, "one")


def test_a_week_after_weeks_away_sees_only_that_week():
    points = series((0, 9), (1, 9), (30, 6), (33, 6))
    assert p.summarise(points, since=day(27), until=day(33)) == p.Summary(2, 6.0, 6.0, "flat")
    assert p.summarise(points) == p.Summary(4, 9.0, 6.0, "down")


def test_before_and_after_pairs_count_by_how_it_felt_afterwards():
    checkins = [_ci("a", f"2026-03-0{i + 2}T20:00:00+00:00", before=b, after=a)
                for i, (b, a) in enumerate([(9, 7), (8, 6), (8, None), (7, 3), (6, 2)])]
    assert p.summarise(p.points(checkins, "a")) == p.Summary(5, 6.5, 2.5, "down")
    rising_after = [_ci("a", f"2026-03-0{i + 2}T20:00:00+00:00", before=b, after=a)
                    for i, (b, a) in enumerate([(9, 2), (9, 3), (3, 7)])]
    assert p.summarise(p.points(rising_after, "a")) == p.Summary(3, 2.0, 7.0, "up")


@pytest.mark.parametrize("value, decimal, expected", [
    (7.0, ",", "7"), (7, ".", "7"), (6.5, ",", "6,5"), (6.5, ".", "6.5"), (6.25, ",", "6,3"),
    (6.24, ",", "6,2"), (6.96, ",", "7"), (0.0, ",", "0"), (10.0, ".", "10"), (0.05, ".", "0.1"),
    (20 / 3, ",", "6,7"),
])
def test_a_number_is_written_the_language_s_way(value, decimal, expected):
    assert p.number(value, decimal) == expected


SAMPLES = {
    "none": p.Summary(0, None, None, "none"),
    "one": p.Summary(1, 6.5, 6.5, "one"),
    "down": p.Summary(5, 7.0, 4.0, "down"),
    "up": p.Summary(3, 3.5, 6.25, "up"),
    "flat": p.Summary(4, 5.0, 5.5, "flat"),
}

EXPECTED = {
    ("nl", "week", "down"): "Deze week 5 keer geoefend; het ongemak ging van gemiddeld 7 naar 4.",
    ("nl", "overall", "down"): "In totaal 5 keer geoefend; het ongemak ging van gemiddeld 7 naar 4.",
    ("en", "week", "down"): "Practised 5 times this week; the discomfort went from 7 to 4 on average.",
    ("en", "overall", "down"): "Practised 5 times in all; the discomfort went from 7 to 4 on average.",
}


@pytest.mark.parametrize("summary, expected", [
    (p.Summary(0, None, None, "none"), "none: 0 [] []"),
    (p.Summary(1, 6.5, 6.5, "one"), "one: 1 [6;5] [6;5]"),
    (p.Summary(12, 7.25, 3.0, "down"), "down: 12 [7;3] [3]"),
    (p.Summary(2, 3.0, 6.0, "up"), "up: 2 [3] [6]"),
    (p.Summary(3, 5.0, 5.5, "flat"), "flat: 3 [5] [5;5]"),
])
def test_a_sentence_fills_in_the_count_and_both_numbers_with_the_table_s_decimal_sign(summary, expected):
    table = {"decimal": ";", **{shape: shape + ": {count} [{start}] [{end}]" for shape in p.SHAPES}}
    assert p.summary_sentence(summary, table) == expected
    assert p.summary_sentence(summary, {"week": table, "overall": {}}, "week") == expected


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("period", ["week", "overall"])
@pytest.mark.parametrize("shape", p.SHAPES)
def test_every_shape_has_its_own_sentence_for_the_week_and_overall(lang, period, shape):
    texts = _practice(lang)["summary"]
    summary = SAMPLES[shape]
    sentence = p.summary_sentence(summary, texts, period)
    assert sentence == p.summary_sentence(summary, texts[period])  # the period's own table works too
    assert "{" not in sentence and "}" not in sentence and sentence[0].isupper() and sentence[-1] == "."
    others = {(pe, sh) for pe in ("week", "overall") for sh in p.SHAPES} - {(period, shape)}
    assert sentence not in {p.summary_sentence(SAMPLES[sh], texts, pe) for pe, sh in others}
    if (lang, period, shape) in EXPECTED:
        assert sentence == EXPECTED[lang, period, shape]


@pytest.mark.parametrize("lang, numbers, not_there", [
    ("nl", ("3,5", "6,3"), ("3.5", "6.3", "6,25")),
    ("en", ("3.5", "6.3"), ("3,5", "6,3", "6.25")),
])
@pytest.mark.parametrize("period", ["week", "overall"])
def test_a_rise_is_told_as_it_is_from_start_to_end(lang, numbers, not_there, period):
    sentence = p.summary_sentence(SAMPLES["up"], _practice(lang)["summary"], period)
    start, end = numbers
    assert 0 <= sentence.index(start) < sentence.index(end)
    assert "3 " in sentence.split(start)[0]  # the count, before the numbers
    assert [n for n in not_there if n in sentence] == []


@pytest.mark.parametrize("lang, once, many", [("nl", "1 keer", "keer"), ("en", "once", "times")])
@pytest.mark.parametrize("period", ["week", "overall"])
def test_one_time_is_said_in_the_singular(lang, once, many, period):
    texts = _practice(lang)["summary"]
    one = p.summary_sentence(SAMPLES["one"], texts, period)
    assert once in one and "6" in one and "1 times" not in one
    for shape in ("down", "up", "flat"):
        assert f"{SAMPLES[shape].count} {many}" in p.summary_sentence(SAMPLES[shape], texts, period)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_summary_templates_use_only_their_numbers_and_never_blame_or_count_streaks(lang):
    summary = _practice(lang)["summary"]
    blame = re.compile(r"helaas|jammer|moet|streak|reeks|score|unfortunately|should|must|fail", re.IGNORECASE)
    for period in ("week", "overall"):
        for shape in p.SHAPES:
            template = summary[period][shape]
            assert set(re.findall(r"{(\w*)}", template)) <= {"count", "start", "end"}, (period, shape)
            assert not blame.search(template), (period, shape)
        assert {"{start}", "{end}"} <= set(re.findall(r"{\w+}", summary[period]["down"] + summary[period]["up"]))
        assert "{count}" in summary[period]["down"] and "{count}" not in summary[period]["one"]


# The suggested card --------------------------------------------------------------------------

SUGGEST = {"pursue": "tell_more", "withdraw": "restless", "unclear": "hear_you"}


@pytest.mark.parametrize("tendency, suggestions, expected", [
    (None, SUGGEST, None),  # no pattern mirror
    ("pursue", SUGGEST, "tell_more"),
    ("withdraw", SUGGEST, "restless"),
    ("unclear", SUGGEST, "hear_you"),
    ("neither", SUGGEST, "hear_you"),  # domain.dans's word for in between
    ("sideways", SUGGEST, "hear_you"),
    ("pursue", {"withdraw": "restless"}, None),
    ("pursue", {"pursue": ""}, None),
    ("neither", {"pursue": "x", "withdraw": "y"}, None),
])
def test_the_suggested_card_follows_the_person_s_own_tendency(tendency, suggestions, expected):
    assert p.suggested_card(tendency, suggestions) == expected


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_shipped_suggestions_start_where_the_person_has_room_to_grow(lang):
    texts = _practice(lang)
    deck = p.Deck.from_content(texts)
    group = lambda tendency: deck.card(p.suggested_card(tendency, texts["suggest"])).group  # noqa: E731
    assert (group("withdraw"), group("pursue"), group("unclear")) == ("naming", "listening", "presence")
    assert set(texts["suggest_reason"]) == set(p.TENDENCIES)


# Reminders -----------------------------------------------------------------------------------

ON = p.ReminderSettings(enabled=True)


def at(hour: int, minute: int = 0, days: int = 0) -> datetime:
    return datetime(2026, 3, 2, hour, minute) + timedelta(days=days)


@pytest.mark.parametrize("moment, quiet", [
    (time(21, 59), False), (time(22, 0), True), (time(23, 59), True), (time(0, 0), True),
    (time(7, 59), True), (time(8, 0), False), (time(12, 0), False),
])
def test_quiet_hours_may_span_midnight(moment, quiet):
    assert p.in_quiet_hours(moment, p.ReminderSettings()) is quiet


@pytest.mark.parametrize("moment, quiet", [
    (time(12, 59), False), (time(13, 0), True), (time(13, 59), True), (time(14, 0), False), (time(23, 0), False),
    (time(0, 30), False),
])
def test_quiet_hours_within_one_day(moment, quiet):
    settings = p.ReminderSettings(quiet_from=time(13, 0), quiet_until=time(14, 0))
    assert p.in_quiet_hours(moment, settings) is quiet


def test_quiet_hours_from_and_until_the_same_time_are_no_quiet_hours():
    settings = p.ReminderSettings(quiet_from=time(9, 0), quiet_until=time(9, 0))
    assert [m for m in (time(0, 0), time(9, 0), time(21, 0)) if p.in_quiet_hours(m, settings)] == []


def test_reminders_are_off_by_default():
    assert p.ReminderSettings().enabled is False
    minutes = (at(0) + timedelta(minutes=m) for m in range(24 * 60))
    assert [m for m in minutes if p.reminder_due(m, p.ReminderSettings(), None)] == []


@pytest.mark.parametrize("now, last_shown, due", [
    (at(18, 59), None, False),  # before the chosen time
    (at(19, 0), None, True),
    (at(21, 59), None, True),
    (at(22, 0), None, False),  # quiet hours
    (at(23, 30), None, False),
    (at(0, 30, days=1), None, False),
    (at(7, 59, days=1), None, False),
    (at(19, 30), at(19, 0), False),  # once a day
    (at(20, 0), at(8, 0), False),
    (at(19, 0), at(23, 59, days=-1), True),
    (at(19, 0), at(19, 0, days=-3), True),
])
def test_a_reminder_is_due_once_a_day_from_its_time_and_never_in_quiet_hours(now, last_shown, due):
    assert p.reminder_due(now, ON, last_shown) is due


@pytest.mark.parametrize("settings, first", [
    (ON, time(19, 0)),
    (p.ReminderSettings(enabled=True, at=time(6, 0)), time(8, 0)),  # waits for the quiet hours to end
    (p.ReminderSettings(enabled=True, at=time(23, 0)), None),  # inside quiet hours until midnight: never
    (p.ReminderSettings(enabled=True, at=time(12, 0), quiet_from=time(12, 30), quiet_until=time(13, 30)),
     time(12, 0)),
    (p.ReminderSettings(enabled=True, at=time(12, 45), quiet_from=time(12, 30), quiet_until=time(13, 30)),
     time(13, 30)),
    (p.ReminderSettings(enabled=True, at=time(0, 0), quiet_from=time(0, 0), quiet_until=time(0, 0)), time(0, 0)),
])
def test_a_week_minute_by_minute_gives_at_most_one_reminder_a_day_and_none_in_quiet_hours(settings, first):
    shown: list[datetime] = []
    for minute in range(7 * 24 * 60):
        now = at(0) + timedelta(minutes=minute)
        if p.reminder_due(now, settings, shown[-1] if shown else None):
            assert not p.in_quiet_hours(now.time(), settings) and now.time() >= settings.at
            shown.append(now)
    assert [s.date() for s in shown] == ([at(0, days=n).date() for n in range(7)] if first else [])
    assert {s.time() for s in shown} <= {first}


@pytest.mark.parametrize("settings", [
    p.ReminderSettings(),
    ON,
    p.ReminderSettings(enabled=True, at=time(7, 5), quiet_from=time(23, 30), quiet_until=time(6, 45)),
])
def test_reminder_settings_survive_json(settings):
    assert p.ReminderSettings.from_json(settings.to_json()) == settings


def test_reminder_settings_left_out_stay_off_and_at_their_defaults():
    assert p.ReminderSettings.from_json("{}") == p.ReminderSettings()
    assert p.ReminderSettings.from_json('{"at": "20:15"}') == p.ReminderSettings(at=time(20, 15))


@pytest.mark.parametrize("text", [
    "", "not json", "[]", "null", '{"enabled": "yes"}', '{"enabled": 1}', '{"at": "7pm"}', '{"at": "25:00"}',
    '{"at": 19}', '{"quiet_from": "22:00:00"}', '{"quiet_until": "8:00"}', '{"sound": true}',
])
def test_reminder_settings_of_another_shape_are_refused(text):
    with pytest.raises(ValueError):
        p.ReminderSettings.from_json(text)


# The start-up check knows practice.toml ------------------------------------------------------

def _texts() -> dict:
    return copy.deepcopy(CONTENT.texts)


def _problems(texts: dict) -> list[str]:
    with pytest.raises(ContentError) as err:
        validate(texts)
    return [str(problem) for problem in err.value.problems]


def test_start_up_refuses_a_deck_with_a_card_id_used_twice():
    texts = _texts()
    for lang in ("nl", "en"):
        cards = texts[lang]["practice"]["cards"]
        cards[1]["id"] = cards[0]["id"]
    problems = _problems(texts)
    assert f"nl/practice.toml: card '{texts['nl']['practice']['cards'][0]['id']}': the id is used twice" in problems
    assert any(p_.startswith("en/practice.toml: card") for p_ in problems)


def test_start_up_refuses_a_card_in_another_group_or_a_suggestion_for_another_card_in_one_language():
    texts = _texts()
    texts["en"]["practice"]["cards"][0]["group"] = "listening"
    texts["en"]["practice"]["suggest"]["pursue"] = "hear_you"
    problems = "\n".join(_problems(texts))
    assert "en/practice.toml: 'cards[0].group' must be 'naming' as in the first language, not 'listening'" in problems
    assert "en/practice.toml: 'suggest.pursue' must be 'tell_more' as in the first language, not 'hear_you'" in problems


@pytest.mark.parametrize("key", ["summary.week.flat", "summary.overall.decimal", "checkin.body_help",
                                 "repair.needs.way_out", "together.starter", "reminder.text", "step3.leads_to"])
def test_start_up_wants_the_practice_texts_the_screens_read(key):
    texts = _texts()
    for lang in ("nl", "en"):
        *path, last = key.split(".")
        node = texts[lang]["practice"]
        for part in path:
            node = node[part]
        del node[last]
    assert f"nl/practice.toml: '{key}' is missing" in _problems(texts)


def test_an_empty_suggestion_is_refused_at_start_up():
    texts = _texts()
    texts["en"]["practice"]["suggest"]["unclear"] = " "
    assert "en/practice.toml: 'suggest.unclear' is empty" in _problems(texts)


def _trend_everything(series, window_days=7):
    """The trend by its definition, looking at every point for every point."""
    line = []
    for day, _ in series:
        total = weights = 0.0
        for other, value in series:
            distance = abs((other - day).days)
            if distance <= window_days:
                weight = 1 - distance / (window_days + 1)
                total += weight * value
                weights += weight
        line.append((day, total / weights))
    return line



@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.floats(0, 10, allow_nan=False)), max_size=40),
       st.integers(0, 9), st.booleans())
def test_the_trend_of_years_of_points_is_the_trend_by_its_definition(raw, window, in_order):
    """Step 3 looks only at the points near each one (years of check-ins open at once); the line
    is the same, to the last bit, as when every point is weighed against every other, in order or not."""
    start = date(2024, 2, 27)
    series = [(start + timedelta(days=d), v) for d, v in (sorted(raw, key=lambda r: r[0]) if in_order else raw)]
    assert p.trend(series, window_days=window) == _trend_everything(series, window)
