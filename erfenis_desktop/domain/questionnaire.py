"""The pattern mirror: its questions, and scoring as pure functions.

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

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .content_problems import ContentError, problem

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
class Naming:
    """How someone who raised the person reads inside a sentence, in one language
    (``pattern_check.toml``, table ``[names]``).

    A role word ("moeder", or "mother" from the other language's list at the same place)
    becomes "je moeder" for ``{name}`` (a question or title that speaks to the reader) and
    "mijn moeder" for ``{my_name}`` (a sentence in the reader's own voice: a statement to
    agree with, an example answer). Any other name (Riet, mam, oma Riet) stays exactly as
    typed in both. An empty name (a question not yet about anyone) reads as ``anyone`` or
    ``my_anyone`` ("een van je ouders"). Without a Naming, a name is put in as typed."""

    words: tuple[str, ...] = ()  # this language's role words
    every_language: tuple[tuple[str, ...], ...] = ()  # each language's role words, twins at the same place
    your: str = "{word}"
    my: str = "{word}"
    anyone: str = ""
    my_anyone: str = ""

    @classmethod
    def from_content(cls, lang: str, trees: Mapping[str, Mapping[str, Any]]) -> Naming:
        """From each language's parsed ``pattern_check.toml`` (``trees``: language → tree)."""
        names = trees[lang]["names"]
        return cls(tuple(names["words"]), tuple(tuple(t["names"]["words"]) for t in trees.values()),
                   names["your"], names["my"], names["anyone"], names["my_anyone"])

    def role(self, name: str) -> str | None:
        """The role word in this language when ``name`` is one (in any language), else None."""
        key = " ".join(name.casefold().split())
        for words in ((self.words,) + self.every_language):
            for place, word in enumerate(words):
                if word.casefold() == key and place < len(self.words):
                    return self.words[place]
        return None

    def in_sentence(self, name: str, mine: bool = False) -> str:
        """How ``name`` reads in a sentence: to the reader (``{name}``) or in their own voice."""
        if not name:
            return self.my_anyone if mine else self.anyone
        word = self.role(name)
        if word is None:
            return name  # a typed name, as typed
        return fill_word(self.my if mine else self.your, word)


def fill_word(template: str, word: str) -> str:
    return template.replace("{word}", word, 1) if "{word}" in template else template


@dataclass(frozen=True)
class Questionnaire:
    sections: dict[str, tuple[Item, ...]]
    naming: Naming = field(default_factory=Naming, compare=False)

    @classmethod
    def from_content(cls, tree: Mapping[str, Any], naming: Naming | None = None) -> Questionnaire:
        """Build from the parsed ``pattern_check.toml``; raise ValueError naming what is wrong."""
        sections: dict[str, tuple[Item, ...]] = {}
        seen: set[str] = set()
        for name, scales in SECTIONS.items():
            items = []
            for raw in tree["sections"][name]["items"]:
                item = Item(raw["id"], raw["scale"], bool(raw["reverse"]), bool(raw["na"]), raw["text"])
                if item.scale not in scales:
                    raise ContentError([problem("item_wrong_scale", item.id, repr(item.scale), name)])
                if item.id in seen:
                    raise ContentError([problem("item_id_twice", item.id)])
                seen.add(item.id)
                items.append(item)
            for scale in scales:
                if not any(i.scale == scale for i in items):
                    raise ContentError([problem("scale_no_items", repr(scale))])
            sections[name] = tuple(items)
        return cls(sections, naming or Naming())


@dataclass(frozen=True)
class Question:
    key: str  # unique within one run, e.g. "parent:oma riet:p_absent_3"
    item: Item
    parent: str | None = None  # the parent figure's name, for parent items
    naming: Naming | None = field(default=None, compare=False)

    def text(self) -> str:
        return fill_name(self.item.text, self.parent or "", self.naming)


#: {name} or {my_name}, and whether it starts a sentence (the start of the text, or after . ! ?).
_NAME_PLACE = re.compile(r"(^\s*|[.!?…]\s+)?\{(name|my_name)\}")


def fill_name(text: str, name: str, naming: Naming | None = None) -> str:
    """Put a parent figure in where the text has {name} (speaking to the reader: "je moeder")
    or {my_name} (in the reader's own voice: "mijn moeder"); see ``Naming``. Capitalised where
    it starts a sentence ("Je moeder was …", "Riet was …"). One pass: what is put in is never
    read again, so a name with "{name}" or markup in it stays exactly as typed."""
    naming = naming or Naming()

    def put(m: re.Match) -> str:
        shown = naming.in_sentence(name, mine=m.group(2) == "my_name")
        if m.group(1) is None:
            return shown
        return m.group(1) + shown[:1].upper() + shown[1:]

    return _NAME_PLACE.sub(put, text)


def person_key(name: str) -> str:
    """How a parent figure is known in answers: by name (not by place in the list, which may change)."""
    return " ".join(name.casefold().replace(":", " ").split())


def questions(q: Questionnaire, parents: list[str]) -> list[Question]:
    """The questions in order: each parent figure, the parents as a couple (only with two or
    more parent figures), now in the relationship, the reactieval."""
    out = [Question(f"parent:{person_key(name)}:{item.id}", item, name, q.naming)
           for name in parents for item in q.sections["parent"]]
    if len(parents) >= 2:
        out += [Question(f"couple:{item.id}", item, None, q.naming) for item in q.sections["couple"]]
    out += [Question(f"now:{item.id}", item, None, q.naming) for item in q.sections["now"]]
    out += [Question(f"reactieval:{item.id}", item, None, q.naming) for item in q.sections["reactieval"]]
    return out


#: About how long one question takes, in seconds: reading, thinking, one key. With one
#: person named (33 questions) that is about ten minutes.
SECONDS_PER_QUESTION = 18


def minutes_for(count: int) -> int:
    """An honest estimate for ``count`` questions, in whole minutes rounded to five (at least 5)."""
    return max(5, 5 * round(count * SECONDS_PER_QUESTION / 60 / 5))


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
