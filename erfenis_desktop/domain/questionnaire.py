"""The pattern check: its questions, and scoring as pure functions.

Structure borrowed (never wording) from published instruments: two parent scales
asked per parent figure (like the mother and father columns of the Parental
Bonding Instrument), two scales about the parents as a couple, pursue and
withdraw for "I" and for "my partner, as I see it" (like the self-demand /
partner-withdraw scales of the Communication Patterns Questionnaire), and the
reactieval. Answers run from 1 to 7; reverse-keyed items count as 8 − answer.
A scale with more than 20 % of its items unanswered (or "not applicable")
gets no score: "not enough answers".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

LOW, HIGH = 1, 7
NOT_APPLICABLE = "na"
MISSING_LIMIT = 0.2
#: A scale "stands out" from this average on; the results say so, as a mirror.
STANDS_OUT = 5.0

PARENT_SCALES = ("absent", "overprotective")
COUPLE_SCALES = ("unequal", "no_intimacy")
NOW_SCALES = ("pursue_self", "withdraw_self", "pursue_partner", "withdraw_partner")
REACTIEVAL = "reactieval"
SECTIONS = {"parent": PARENT_SCALES, "couple": COUPLE_SCALES, "now": NOW_SCALES, "reactieval": (REACTIEVAL,)}

Answer = int | str | None  # 1..7, "na", or None (not answered)


@dataclass(frozen=True)
class Item:
    id: str
    scale: str
    reverse: bool
    na: bool
    text: str


@dataclass(frozen=True)
class Questionnaire:
    sections: dict[str, tuple[Item, ...]]

    @classmethod
    def from_content(cls, tree: Mapping[str, Any]) -> Questionnaire:
        """Build from the parsed ``pattern_check.toml``; raise ValueError naming what is wrong."""
        sections: dict[str, tuple[Item, ...]] = {}
        seen: set[str] = set()
        for name, scales in SECTIONS.items():
            items = []
            for raw in tree["sections"][name]["items"]:
                item = Item(raw["id"], raw["scale"], bool(raw["reverse"]), bool(raw["na"]), raw["text"])
                if item.scale not in scales:
                    raise ValueError(f"item {item.id}: scale {item.scale!r} does not belong in '{name}'")
                if item.id in seen:
                    raise ValueError(f"item id {item.id} is used twice")
                seen.add(item.id)
                items.append(item)
            for scale in scales:
                if not any(i.scale == scale for i in items):
                    raise ValueError(f"scale {scale!r} has no items")
            sections[name] = tuple(items)
        return cls(sections)


@dataclass(frozen=True)
class Question:
    key: str  # unique within one run, e.g. "parent:oma riet:p_absent_3"
    item: Item
    parent: str | None = None  # the parent figure's name, for parent items

    def text(self) -> str:
        return fill_name(self.item.text, self.parent or "")


def fill_name(text: str, name: str) -> str:
    """Put a parent figure's name in; capitalised where it starts a sentence ("Moeder was …")."""
    import re

    capital = name[:1].upper() + name[1:]
    # One pass: the name is put in, never read again (a name with "{name}" in it stays as typed).
    return re.sub(r"(^|[.!?]\s+)?\{name\}", lambda m: (m.group(1) + capital) if m.group(1) is not None else name,
                  text)


def person_key(name: str) -> str:
    """How a parent figure is known in answers: by name (not by place in the list, which may change)."""
    return " ".join(name.casefold().replace(":", " ").split())


def questions(q: Questionnaire, parents: list[str]) -> list[Question]:
    """The questions in order: each parent figure, the parents as a couple (only with two or
    more parent figures), now in the relationship, the reactieval."""
    out = [Question(f"parent:{person_key(name)}:{item.id}", item, name)
           for name in parents for item in q.sections["parent"]]
    if len(parents) >= 2:
        out += [Question(f"couple:{item.id}", item) for item in q.sections["couple"]]
    out += [Question(f"now:{item.id}", item) for item in q.sections["now"]]
    out += [Question(f"reactieval:{item.id}", item) for item in q.sections["reactieval"]]
    return out


def valid_answer(value: Answer, item: Item) -> bool:
    if value is None:
        return True
    if value == NOT_APPLICABLE:
        return item.na
    return isinstance(value, int) and not isinstance(value, bool) and LOW <= value <= HIGH


def item_value(value: Answer, item: Item) -> int | None:
    """The answer as it counts for the scale (reversed where needed), or None when missing."""
    if not isinstance(value, int) or isinstance(value, bool) or not LOW <= value <= HIGH:
        return None
    return LOW + HIGH - value if item.reverse else value


def scale_score(pairs: list[tuple[Item, Answer]]) -> float | None:
    """Mean of the counted answers, or None with more than 20 % missing."""
    if not pairs:
        return None
    values = [v for v in (item_value(a, i) for i, a in pairs) if v is not None]
    missing = len(pairs) - len(values)
    if missing > MISSING_LIMIT * len(pairs) or not values:
        return None
    return sum(values) / len(values)


@dataclass(frozen=True)
class Results:
    parents: list[tuple[str, dict[str, float | None]]]  # (name, {scale: score})
    couple: dict[str, float | None] | None  # None: fewer than two parent figures
    now: dict[str, float | None]
    reactieval: float | None
    answered: int = 0
    total: int = 0
    you: float | None = field(default=None)  # place on the pursue(+) – withdraw(−) axis, −6..6
    partner: float | None = field(default=None)


def _position(pursue: float | None, withdraw: float | None) -> float | None:
    return None if pursue is None or withdraw is None else pursue - withdraw


def score(q: Questionnaire, parents: list[str], answers: Mapping[str, Answer]) -> Results:
    qs = questions(q, parents)

    def scales(prefix: str, names: tuple[str, ...]) -> dict[str, float | None]:
        return {s: scale_score([(x.item, answers.get(x.key)) for x in qs
                                if x.key.startswith(prefix) and x.item.scale == s]) for s in names}

    now = scales("now:", NOW_SCALES)
    return Results(
        parents=[(name, scales(f"parent:{person_key(name)}:", PARENT_SCALES)) for name in parents],
        couple=scales("couple:", COUPLE_SCALES) if len(parents) >= 2 else None,
        now=now,
        reactieval=scales("reactieval:", (REACTIEVAL,))[REACTIEVAL],
        answered=sum(1 for x in qs if answers.get(x.key) is not None),
        total=len(qs),
        you=_position(now["pursue_self"], now["withdraw_self"]),
        partner=_position(now["pursue_partner"], now["withdraw_partner"]),
    )


def stands_out(value: float | None) -> bool:
    return value is not None and value >= STANDS_OUT


def can_finish(q: Questionnaire, parents: list[str], answers: Mapping[str, Answer]) -> bool:
    """Every scale has enough answers (at most 20 % skipped): the check may end here."""
    r = score(q, parents, answers)
    values = [v for _n, s in r.parents for v in s.values()] + list(r.now.values()) + [r.reactieval]
    values += list(r.couple.values()) if r.couple is not None else []
    return all(v is not None for v in values)


def first_unanswered(q: Questionnaire, parents: list[str], answers: Mapping[str, Answer]) -> int:
    """Where to resume: the first question without an answer (or the end)."""
    qs = questions(q, parents)
    return next((i for i, x in enumerate(qs) if answers.get(x.key) is None), len(qs))
