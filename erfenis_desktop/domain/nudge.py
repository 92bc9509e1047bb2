"""The gentle concreteness nudge: does an answer only give a general impression?

"My parents were loving" says how it felt; "My mother asked how it went; my
father went to the garage" says what happened. The word lists are content
(``nudge.toml`` per language), so they can be tuned without code.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)


@dataclass(frozen=True)
class NudgeRules:
    vague: tuple[str, ...]  # words and short phrases, lower case
    concrete: frozenset[str]  # verb forms that show someone did or said something
    short_limit: int  # up to this many words, one vague word is enough for a nudge
    ratio: float  # longer answers: nudge when this share of the words is vague

    @classmethod
    def from_content(cls, tree: Mapping[str, Any]) -> NudgeRules:
        return cls(tuple(w.lower() for w in tree["vague_words"]),
                   frozenset(w.lower() for w in tree["concrete_markers"]),
                   int(tree["short_limit"]), float(tree["ratio"]))


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def should_nudge(text: str, rules: NudgeRules) -> bool:
    """True when the answer is only general words: some vague word, and no sign of anyone
    doing or saying something, or (for longer answers) mostly vague."""
    tokens = words(text)
    if not tokens:
        return False
    joined = " " + " ".join(tokens) + " "
    vague_hits = sum(joined.count(" " + phrase + " ") for phrase in rules.vague)
    if vague_hits == 0:
        return False
    if any(t in rules.concrete for t in tokens):
        return len(tokens) <= rules.short_limit and vague_hits / len(tokens) >= 0.5
    if len(tokens) <= rules.short_limit:
        return True
    return vague_hits / len(tokens) >= rules.ratio
