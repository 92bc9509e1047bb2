"""The group picture, pure: what one person adds, and what the room may see (table tests)."""

from __future__ import annotations

import pytest

from erfenis_desktop.domain import group


@pytest.mark.parametrize("position, lean", [
    (None, "unclear"), (6.0, "closer"), (1.0, "closer"), (0.99, "middle"), (0.0, "middle"),
    (-0.99, "middle"), (-1.0, "back"), (-6.0, "back"),
])
def test_which_way_a_person_leans(position, lean):
    assert group.lean_of(position) == lean


@pytest.mark.parametrize("scores, patterns", [
    ({"absent": 5.0, "overprotective": 4.9, "unequal": 7.0, "no_intimacy": None}, ("absent", "unequal")),
    ({"absent": 1.0, "overprotective": 2.0, "unequal": None, "no_intimacy": None}, ()),
    ({}, ()),
    ({"no_intimacy": 6.2, "overprotective": 5.5}, ("overprotective", "no_intimacy")),
])
def test_a_contribution_is_a_few_ones_and_nothing_else(scores, patterns):
    c = group.contribution(2.5, scores)
    assert c == group.Contribution("closer", patterns)
    expected = {"contributors": 1, "lean:closer": 1}
    expected.update({f"pattern:{p}": 1 for p in patterns} or {"pattern:none": 1})
    assert c.increments() == expected
    assert set(c.increments()) <= group.KEYS


@pytest.mark.parametrize("contributors, needed", [(0, 5), (1, 4), (4, 1), (-3, 5)])
def test_below_five_nothing_but_how_many_more(contributors, needed):
    counts = {"contributors": contributors, "lean:closer": 3, "pattern:absent": 2, "round": 99}
    assert group.picture(counts) == group.Picture(False, needed=needed)


def test_an_empty_table_needs_five():
    assert group.picture({}) == group.Picture(False, needed=5)


@pytest.mark.parametrize("counts, leans, patterns, none", [
    # Five people: 2 closer, 1 in between, 2 back; whole percentages that add up to 100.
    ({"contributors": 5, "lean:closer": 2, "lean:middle": 1, "lean:back": 2, "pattern:absent": 3,
      "pattern:no_intimacy": 1, "pattern:none": 1},
     [("closer", 2, 40), ("middle", 1, 20), ("back", 2, 40)],
     [("absent", 3, 60), ("no_intimacy", 1, 20), ("overprotective", 0, 0), ("unequal", 0, 0)], (1, 20)),
    # Seven: thirds and sevenths still add up to 100; ties keep the patterns' own order.
    ({"contributors": 7, "lean:closer": 3, "lean:middle": 1, "lean:back": 3, "pattern:unequal": 2,
      "pattern:overprotective": 2, "pattern:absent": 5},
     [("closer", 3, 43), ("middle", 1, 14), ("back", 3, 43)],
     [("absent", 5, 71), ("overprotective", 2, 29), ("unequal", 2, 29), ("no_intimacy", 0, 0)], (0, 0)),
    # Three ways in thirds of six, and one whose answers did not tell.
    ({"contributors": 6, "lean:closer": 2, "lean:middle": 1, "lean:back": 2, "lean:unclear": 1},
     [("closer", 2, 33), ("middle", 1, 17), ("back", 2, 33), ("unclear", 1, 17)],
     [("absent", 0, 0), ("overprotective", 0, 0), ("unequal", 0, 0), ("no_intimacy", 0, 0)], (0, 0)),
])
def test_from_five_on_counts_and_whole_percentages(counts, leans, patterns, none):
    p = group.picture(counts)
    assert p.shown and p.needed == 0 and p.contributors == counts["contributors"]
    assert [(s.key, s.count, s.percent) for s in p.leans] == leans
    assert sum(s.percent for s in p.leans) == 100
    assert [(s.key, s.count, s.percent) for s in p.patterns] == patterns
    assert (p.no_pattern.count, p.no_pattern.percent) == none


def test_counts_from_an_edited_file_stay_sensible():
    p = group.picture({"contributors": 5, "lean:closer": 40, "lean:back": -2, "pattern:absent": True,
                       "pattern:unequal": "7", "someone:Alex": 1})
    assert [(s.key, s.count) for s in p.leans] == [("closer", 5), ("middle", 0), ("back", 0)]
    assert all(0 <= s.count <= 5 and 0 <= s.percent <= 100 for s in p.leans + p.patterns)
    assert "someone:Alex" not in {s.key for s in p.leans + p.patterns}
