"""The dans: which shape a couple's pursue–withdraw loop has, the loop's steps, and the
sentences that name it. Pure functions: the words come from content (``dans.toml``),
the data from what each partner shared.

Roles never follow from anything but a person's own answers: who tends to move closer
comes from their pattern-check position (pursue minus withdraw, −6…6) or, without one,
from the move they chose in their cycle map.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: From this far on the pursue–withdraw axis a person clearly tends one way.
LEANING = 1.0

PURSUE, WITHDRAW, NEITHER = "pursue", "withdraw", "neither"
PURSUE_WITHDRAW, BOTH_PURSUE, BOTH_WITHDRAW, UNCLEAR = "pursue_withdraw", "both_pursue", "both_withdraw", "unclear"
INCOMPLETE = "incomplete"  # one partner shared nothing that tells yet
SHAPES = (PURSUE_WITHDRAW, BOTH_PURSUE, BOTH_WITHDRAW, UNCLEAR, INCOMPLETE)

#: The fields of a cycle map, in the order of the exercise.
FIELDS = ("trigger", "meaning", "surface", "underneath", "move", "need", "fear", "origin")
#: The drawing goes round: A's move → B's meaning → B's feeling → B's move → A's meaning → A's feeling → …
LOOP = ((0, "move"), (1, "meaning"), (1, "feeling"), (1, "move"), (0, "meaning"), (0, "feeling"))


@dataclass(frozen=True)
class Side:
    """One partner as far as they shared: a name, a position, a cycle map (or nothing)."""

    name: str
    position: float | None = None
    cycle: Mapping[str, str] = field(default_factory=dict)
    move_kind: str | None = None  # "pursue" or "withdraw", from the move chosen in the cycle map
    patterns: Mapping[str, float | None] = field(default_factory=dict)  # absent, overprotective, …

    @property
    def tendency(self) -> str | None:
        """pursue, withdraw, neither, or None when nothing tells."""
        if self.position is not None:
            if self.position >= LEANING:
                return PURSUE
            if self.position <= -LEANING:
                return WITHDRAW
            return NEITHER
        return self.move_kind if self.move_kind in (PURSUE, WITHDRAW) else None

    @property
    def fear(self) -> str:
        """The oldest fear in the person's own words, without closing punctuation (it goes in quotes)."""
        return (self.cycle.get("fear") or "").strip().rstrip(".!…").strip()

    def step_text(self, kind: str) -> str:
        """What this person wrote for a step of the loop ("" when they did not)."""
        if kind == "feeling":
            return " / ".join(t for t in (self.cycle.get("surface", "").strip(),
                                          self.cycle.get("underneath", "").strip()) if t)
        return self.cycle.get(kind, "").strip()


def shape(a: Side, b: Side) -> str:
    ta, tb = a.tendency, b.tendency
    if {ta, tb} == {PURSUE, WITHDRAW}:
        return PURSUE_WITHDRAW
    if ta == tb == PURSUE:
        return BOTH_PURSUE
    if ta == tb == WITHDRAW:
        return BOTH_WITHDRAW
    if (ta is None) != (tb is None):
        return INCOMPLETE
    return UNCLEAR


def fill(template: str, **values: str) -> str:
    """{name} and the like filled in, in one pass: a name like "{withdrawer}" stays as typed."""
    from .names import fill as fill_in

    return fill_in(template, **values).strip()


@dataclass(frozen=True)
class Dance:
    shape: str
    sentences: tuple[str, ...]
    pursuer: int | None = None  # index of the one who moves closer, in a pursue–withdraw dance


def compose(a: Side, b: Side, texts: Mapping[str, Any]) -> Dance:
    """One or two sentences that name the dance, from the ``dans`` content tree."""
    kind = shape(a, b)
    t = texts["shapes"][kind]
    if kind == INCOMPLETE:  # never "no clear dance" about someone who has not answered
        missing, present = (a, b) if a.tendency is None else (b, a)
        return Dance(kind, (fill(t["sentence"], missing=missing.name, present=present.name),))
    if kind == PURSUE_WITHDRAW:
        first = 0 if a.tendency == PURSUE else 1
        p, w = (a, b) if first == 0 else (b, a)
        sentences = [fill(t["sentence"], pursuer=p.name, withdrawer=w.name)]
        sentences.append(fill(t["fears"], pursuer=p.name, withdrawer=w.name, fear_pursuer=p.fear,
                              fear_withdrawer=w.fear) if p.fear and w.fear else fill(t["fears_missing"]))
        return Dance(kind, tuple(sentences), first)
    sentences = [fill(t["sentence"], a=a.name, b=b.name)]
    sentences.append(fill(t["fears"], a=a.name, b=b.name, fear_a=a.fear, fear_b=b.fear)
                     if a.fear and b.fear else fill(t["fears_missing"]))
    return Dance(kind, tuple(sentences))


def solo(side: Side, texts: Mapping[str, Any]) -> str:
    """One person's own side, without a partner."""
    tendency = side.tendency if side.tendency in (PURSUE, WITHDRAW) else "unclear"
    return fill(texts["solo"][tendency], name=side.name)


@dataclass(frozen=True)
class Step:
    owner: int  # 0 or 1
    kind: str  # move, meaning, feeling
    text: str  # "" when the owner did not write it (or did not share it)


def loop(a: Side, b: Side) -> list[Step]:
    sides = (a, b)
    return [Step(owner, kind, sides[owner].step_text(kind)) for owner, kind in LOOP]


def exits(side: Side, texts: Mapping[str, Any]) -> list[str]:
    """What this person could say or do instead, for the step-through."""
    tendency = side.tendency
    if tendency == PURSUE:
        return list(texts["exits"]["pursue"])
    if tendency == WITHDRAW:
        return list(texts["exits"]["withdraw"])
    return list(texts["exits"]["pursue"][:2]) + list(texts["exits"]["withdraw"][:2])
