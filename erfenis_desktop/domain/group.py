"""The group picture of a workshop: what one person adds, and what the room may see.

Pure functions. The picture is made of counts only (see storage/group.py): how many people
added their results, how many of them lean toward moving closer, toward stepping back or
sit in between, and for each of the four childhood patterns how many people it stands out
for. Nothing is kept per person, so nothing can be traced back to anyone.

The room sees the picture only when at least :data:`THRESHOLD` people have added theirs;
below that it sees how many more are needed, and no count at all.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .questionnaire import stands_out

#: The picture shows from this many contributors on.
THRESHOLD = 5
#: From this far on the pursue–withdraw axis (−6…6) a person clearly leans one way (as in dans.py).
LEANING = 1.0

CONTRIBUTORS = "contributors"
#: A number that changes at every reset: a person may add again after the facilitator reset
#: the picture (their own record names the round they added to). Not a count; never shown.
ROUND = "round"

CLOSER, MIDDLE, BACK, UNCLEAR = "closer", "middle", "back", "unclear"
LEANS = (CLOSER, MIDDLE, BACK, UNCLEAR)
#: The four childhood patterns (the parent scales and the parents as a couple).
PATTERNS = ("absent", "overprotective", "unequal", "no_intimacy")
NO_PATTERN = "none"  # for this person no childhood pattern stands out


def lean_key(lean: str) -> str:
    return f"lean:{lean}"


def pattern_key(pattern: str) -> str:
    return f"pattern:{pattern}"


#: Every key a contribution may add to (and so every row group_count can hold, with ROUND).
KEYS = frozenset({CONTRIBUTORS, *(lean_key(k) for k in LEANS), *(pattern_key(p) for p in PATTERNS),
                  pattern_key(NO_PATTERN)})


def lean_of(position: float | None) -> str:
    """Which way a person leans, from their place on the axis (pursue minus withdraw, −6…6)."""
    if position is None:
        return UNCLEAR
    if position >= LEANING:
        return CLOSER
    if position <= -LEANING:
        return BACK
    return MIDDLE


@dataclass(frozen=True)
class Contribution:
    """What one person adds: one to the contributors, one to their lean, one to each pattern
    that stands out for them (or one to 'none stands out')."""

    lean: str
    patterns: tuple[str, ...]  # in the order of PATTERNS; empty: none stands out

    def increments(self) -> dict[str, int]:
        keys = [CONTRIBUTORS, lean_key(self.lean)]
        keys += [pattern_key(p) for p in self.patterns] if self.patterns else [pattern_key(NO_PATTERN)]
        return {k: 1 for k in keys}


def contribution(position: float | None, patterns: Mapping[str, float | None]) -> Contribution:
    """From a person's results: their place on the axis and their score per childhood pattern
    (1–7, or None: too few answers). A pattern counts when it stands out (questionnaire.STANDS_OUT)."""
    return Contribution(lean_of(position), tuple(p for p in PATTERNS if stands_out(patterns.get(p))))


@dataclass(frozen=True)
class Share:
    """One row of the picture: how many of the contributors, and that as a whole percentage."""

    key: str  # a lean (closer, middle, back, unclear) or a pattern id (or NO_PATTERN)
    count: int
    percent: int


@dataclass(frozen=True)
class Picture:
    """What the room may see. Hidden: ``needed`` more people, and no count at all."""

    shown: bool
    needed: int = 0
    contributors: int = 0  # 0 when hidden
    leans: tuple[Share, ...] = ()  # closer, middle, back (and unclear when anyone is); percentages add up to 100
    patterns: tuple[Share, ...] = ()  # all four, the most common first
    no_pattern: Share | None = None  # for how many none of the four stands out


def _percent(count: int, total: int) -> int:
    """A whole percentage, half rounded up."""
    return (200 * count + total) // (2 * total) if total else 0


def _spread(counts: list[int], total: int) -> list[int]:
    """Whole percentages that add up to 100 (largest remainder first), for a split of ``total``."""
    if not total or sum(counts) != total:
        return [_percent(c, total) for c in counts]
    exact = [100 * c / total for c in counts]
    whole = [int(e) for e in exact]
    order = sorted(range(len(counts)), key=lambda i: (-(exact[i] - whole[i]), i))
    for i in order[:100 - sum(whole)]:
        whole[i] += 1
    return whole


def _count(counts: Mapping[str, int], key: str, most: int) -> int:
    """A count as stored, made sensible: a whole number from 0 to ``most`` (the file may have been edited)."""
    value = counts.get(key, 0)
    if not isinstance(value, int) or isinstance(value, bool):
        return 0
    return max(0, min(value, most))


def picture(counts: Mapping[str, int]) -> Picture:
    """What may be shown of these counts."""
    raw = counts.get(CONTRIBUTORS, 0)
    total = raw if isinstance(raw, int) and not isinstance(raw, bool) and raw > 0 else 0
    if total < THRESHOLD:
        return Picture(False, needed=THRESHOLD - total)
    lean_counts = {k: _count(counts, lean_key(k), total) for k in LEANS}
    shown_leans = [k for k in LEANS if k != UNCLEAR or lean_counts[k]]
    values = [lean_counts[k] for k in shown_leans]
    leans = tuple(Share(k, n, p) for k, n, p in zip(shown_leans, values, _spread(values, total)))
    patterns = [Share(p, n, _percent(n, total)) for p in PATTERNS for n in [_count(counts, pattern_key(p), total)]]
    patterns.sort(key=lambda s: -s.count)  # stable: ties keep the order of PATTERNS
    none = _count(counts, pattern_key(NO_PATTERN), total)
    return Picture(True, 0, total, leans, tuple(patterns), Share(NO_PATTERN, none, _percent(none, total)))
