"""The intimacy check: six areas, their items, and scoring as pure functions.

Each area has three or four statements answered from 1 ("not true at all") to 7
("completely true"), or "rather not" (skipped). Reverse-keyed items count as 8 − answer.
An area's score is the mean of what was answered, put on 0–100 ((mean − 1) / 6 × 100,
rounded), and one of three bands. An area with fewer than two answers (with three or four
items: more than half skipped) gets no score: "not enough answers".

A score is a mirror of how the person sees it now, not a measurement of the relationship,
and a high score never means "more desire": the items ask about ease, openness and room,
never about how often or how much.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .content_problems import ContentError, ContentProblem, problem

LOW, HIGH = 1, 7
SKIP = "skip"
#: An area needs at least this many answers for a score.
MIN_ANSWERED = 2
#: Bands, from the lowest score up, and where each begins (0–100).
GROW, BETWEEN, STRENGTH = "grow", "between", "strength"
BANDS = (GROW, BETWEEN, STRENGTH)
BAND_FROM = {GROW: 0, BETWEEN: 45, STRENGTH: 70}
#: The areas, in the order they are asked and shown.
AREAS = ("closeness", "touch", "talking", "desire", "play", "safety")
#: What a next step may link to: a card of step 2, a group of cards, the loop map, a together prompt.
LINK_KINDS = ("card", "group", "cycle", "prompt")
#: About how long one statement takes, in seconds (read, one key).
SECONDS_PER_ITEM = 14

Answer = int | str | None  # 1..7, "skip", or None (not reached yet)


@dataclass(frozen=True)
class Item:
    id: str
    area: str
    reverse: bool
    text: str


@dataclass(frozen=True)
class Step:
    """A small thing to do this week; ``kind`` and ``target`` name an exercise of Erfenis
    (both "" when the step stands on its own)."""

    text: str
    kind: str = ""
    target: str = ""


@dataclass(frozen=True)
class Area:
    id: str
    name: str
    meaning: str
    items: tuple[Item, ...]
    steps: dict[str, tuple[Step, ...]]  # band -> two or three steps
    talk: str = ""  # a question to talk about when this is where a couple differs most
    prompt: str = ""  # the together prompt (together.toml) to answer with lock-in and reveal


@dataclass(frozen=True)
class Check:
    areas: tuple[Area, ...]

    @classmethod
    def from_content(cls, tree: Mapping[str, Any]) -> Check:
        """Build from the parsed ``intimacy.toml``; ValueError naming what is wrong."""
        areas, seen = [], set()
        raw_areas = tree.get("areas", [])
        ids = [a.get("id") for a in raw_areas]
        if tuple(ids) != AREAS:
            raise ContentError([problem("areas_order", ", ".join(AREAS), ids)])
        for raw in raw_areas:
            items = []
            for r in raw["items"]:
                if r["id"] in seen:
                    raise ContentError([problem("item_id_twice", r["id"])])
                if not isinstance(r["reverse"], bool):
                    raise ContentError([problem("item_reverse", r["id"])])
                seen.add(r["id"])
                items.append(Item(r["id"], raw["id"], r["reverse"], r["text"]))
            if not 3 <= len(items) <= 4:
                raise ContentError([problem("area_item_count", raw["id"], len(items))])
            steps = {}
            for band in BANDS:
                found = raw.get("steps", {}).get(band, [])
                if not 2 <= len(found) <= 3:
                    raise ContentError([problem("area_step_count", raw["id"], band)])
                steps[band] = tuple(Step(s["text"], s.get("kind", ""), s.get("id", "")) for s in found)
                for step in steps[band]:
                    if step.kind and step.kind not in LINK_KINDS:
                        raise ContentError([problem("area_link_kind", raw["id"], repr(step.kind))])
            areas.append(Area(raw["id"], raw["name"], raw["meaning"].strip(), tuple(items), steps,
                              raw.get("talk", "").strip(), raw.get("prompt", "")))
        return cls(tuple(areas))

    @property
    def items(self) -> tuple[Item, ...]:
        """Every statement in the order asked: area by area."""
        return tuple(i for a in self.areas for i in a.items)

    def area(self, area_id: str) -> Area | None:
        return next((a for a in self.areas if a.id == area_id), None)


def link_problems(files: Mapping[str, Mapping[str, Any]]) -> list[ContentProblem]:
    """Every next step's link names something that exists (a card or group of step 2, the
    loop map, a together prompt), and every area's together prompt exists; one line each."""
    tree = files.get("intimacy")
    if not tree:
        return []
    try:
        check = Check.from_content(tree)
    except ContentError as exc:  # any other fault: domain/content.py says a value is not as expected
        return exc.problems
    cards = {c.get("id") for c in files.get("practice", {}).get("cards", [])}
    groups = {c.get("group") for c in files.get("practice", {}).get("cards", [])}
    prompts = {p.get("id") for name, tree in files.items() if name == "together" or name.startswith("prompts_")
               for p in (tree.get("prompts", []) if isinstance(tree, Mapping) else []) if isinstance(p, Mapping)}
    known = {"card": cards, "group": groups, "cycle": {"cycle_map"}, "prompt": prompts}
    problems = []
    for area in check.areas:
        for band, steps in area.steps.items():
            for step in steps:
                if step.kind and step.target not in known[step.kind]:
                    problems.append(problem("area_link_missing", area.id, band, step.kind, repr(step.target)))
        if area.prompt not in prompts:
            problems.append(problem("area_prompt_missing", area.id, repr(area.prompt)))
    return problems


def minutes_for(count: int) -> int:
    """An honest estimate for ``count`` statements, in whole minutes (at least 1)."""
    return max(1, round(count * SECONDS_PER_ITEM / 60))


def valid_answer(value: Answer) -> bool:
    return value is None or value == SKIP or (type(value) is int and LOW <= value <= HIGH)


def item_value(value: Answer, item: Item) -> int | None:
    """The answer as it counts (reversed where needed), or None when skipped or missing."""
    if type(value) is not int or not LOW <= value <= HIGH:
        return None
    return LOW + HIGH - value if item.reverse else value


def area_score(pairs: list[tuple[Item, Answer]]) -> int | None:
    """0–100, or None with fewer than MIN_ANSWERED answers."""
    values = [v for v in (item_value(a, i) for i, a in pairs) if v is not None]
    if len(values) < MIN_ANSWERED:
        return None
    mean = sum(values) / len(values)
    return round((mean - LOW) / (HIGH - LOW) * 100)


def band(score: int | None) -> str | None:
    if score is None:
        return None
    return STRENGTH if score >= BAND_FROM[STRENGTH] else BETWEEN if score >= BAND_FROM[BETWEEN] else GROW


@dataclass(frozen=True)
class AreaResult:
    area: str
    score: int | None  # None: not enough answers
    band: str | None
    answered: int
    total: int


def score(check: Check, answers: Mapping[str, Answer]) -> dict[str, AreaResult]:
    """Each area's result, by area id, in the check's order."""
    out = {}
    for area in check.areas:
        pairs = [(item, answers.get(item.id)) for item in area.items]
        value = area_score(pairs)
        answered = sum(1 for i, a in pairs if item_value(a, i) is not None)
        out[area.id] = AreaResult(area.id, value, band(value), answered, len(pairs))
    return out


def differences(mine: Mapping[str, AreaResult], theirs: Mapping[str, AreaResult]) -> list[tuple[str, int]]:
    """(area, absolute difference) where both have a score, the largest first (ties: the
    check's order)."""
    both = [(a, abs(mine[a].score - theirs[a].score)) for a in AREAS
            if a in mine and a in theirs and mine[a].score is not None and theirs[a].score is not None]
    return sorted(both, key=lambda pair: -pair[1])


def biggest_difference(mine: Mapping[str, AreaResult], theirs: Mapping[str, AreaResult]) -> str | None:
    """The area where two results differ most, or None when none can be compared."""
    found = differences(mine, theirs)
    return found[0][0] if found else None


def change(now: AreaResult, earlier: AreaResult | None) -> int | None:
    """How many points an area moved since an earlier time (None when either has no score)."""
    if earlier is None or now.score is None or earlier.score is None:
        return None
    return now.score - earlier.score


def first_unanswered(check: Check, answers: Mapping[str, Answer]) -> int:
    """Where to go on: the first statement not reached yet (a skip counts as reached)."""
    items = check.items
    return next((i for i, item in enumerate(items) if answers.get(item.id) is None), len(items))
