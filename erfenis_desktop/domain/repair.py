"""“Na een botsing” (after a clash) as a pure function: the steps of a repair conversation,
built from the couple's own loop as each partner shared it in their loop map.

Nothing here reads anything: the two sides (``domain.dans.Side``) come from what each partner
shared (services/dans.py builds them), the words around them from practice.toml's ``repair``
table, and the listening card from step 2's deck. A field a partner did not write, or did
not share, is said to be missing in so many words: a partner's words are never guessed.

Every step has its own way out; what each person may write at a step (``prompts``) stays
their own private text (services/practice.py, kind ``repair``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .dans import Side
from .names import fill as fill_in

#: The steps, in the order of the conversation.
KEYS = ("happened", "moves", "underneath", "listen", "needs", "repair")

#: What each step quotes from both loop maps (a field of ``domain.dans.FIELDS``), with the
#: step's ``quote`` template ({name}, {words}); the other steps quote nothing.
QUOTES: dict[str, str] = {"happened": "trigger", "moves": "move", "underneath": "underneath", "needs": "need"}

#: The keys of practice.toml's ``repair`` table this module reads: ``not_shared``, ``card`` (the
#: listen step's card: {card}, {phrase}, {why}), ``missing`` ({name}), and per step
#: ``<key>.title``, ``.body``, ``.way_out``, ``.prompts`` (a list); ``.quote`` for the steps in
#: QUOTES, ``.examples`` (a list) where there are examples.
STEP_KEYS = ("title", "body", "way_out", "prompts")


@dataclass(frozen=True)
class Step:
    key: str  # one of KEYS
    title: str
    body: str  # the step's words with both partners' own shared words in it (plain text)
    way_out: str
    prompts: tuple[str, ...] = ()  # what each person may write at this step


@dataclass(frozen=True)
class ListeningCard:
    """The part of a step-2 card the listen step shows."""

    title: str
    phrase: str
    why: str


def fill(template: str, **values: str) -> str:
    """{name} and {words} filled in, in one pass (a name like "{words}" stays as typed)."""
    return fill_in(template, **values).strip()


def words(side: Side, field: str) -> str:
    """What this person wrote for a field, without closing punctuation (it goes in quotes)."""
    return str(side.cycle.get(field, "") or "").strip().rstrip(".!…").strip()


def missing(names: Sequence[str], has_cycle: Sequence[bool], template: str) -> str:
    """The kind explanation when one or both shared no loop map ("" when both did): per
    person who did not, ``template`` with their {name}. Never a guess at their words."""
    return "\n\n".join(fill(template, name=name) for name, has in zip(names, has_cycle) if not has)


def quotes(sides: Sequence[Side], field: str, template: str, not_shared: str) -> list[str]:
    """Per person, their own shared words for ``field`` in ``template``, or ``not_shared``."""
    return [fill(template, name=side.name, words=words(side, field)) if words(side, field)
            else fill(not_shared, name=side.name) for side in sides]


def _prompts(step: Mapping[str, Any]) -> tuple[str, ...]:
    prompts = step.get("prompts", ())
    if isinstance(prompts, str):
        prompts = (prompts,)
    return tuple(p.strip() for p in prompts if isinstance(p, str) and p.strip())


def steps(a: Side, b: Side, texts: Mapping[str, Any], card: ListeningCard | None = None,
          bullet: str = "– ") -> list[Step]:
    """The conversation for two partners who both shared a loop map: ``a`` is the one whose
    profile opened the conversation, ``b`` their partner. ``texts`` is the ``repair`` table."""
    out = []
    names = {"name": a.name, "partner": b.name}
    for key in KEYS:
        t = texts[key]
        parts = [fill(t["body"], **names)]
        if key in QUOTES:
            parts += quotes((a, b), QUOTES[key], t["quote"], texts["not_shared"])
        if key == "listen" and card is not None:
            parts.append(fill(texts["card"], card=card.title.strip(), phrase=card.phrase.strip(),
                              why=card.why.strip()))
        examples = [e.strip() for e in t.get("examples", ()) if isinstance(e, str) and e.strip()]
        if examples:
            parts.append("\n".join(bullet + e for e in examples))
        out.append(Step(key, fill(t["title"], **names), "\n\n".join(p for p in parts if p),
                        fill(t["way_out"], **names), _prompts(t)))
    return out


def answer_key(step: str, index: int) -> str:
    """Where what a person wrote for a step's prompt is kept: the step's key for its first
    prompt, ``key.2``, ``key.3``… for more."""
    return step if index == 0 else f"{step}.{index + 1}"
