"""The demo couple's practice and intimacy data (``demo.toml``), checked at start-up like every
other content file, so ``erfenis --demo`` never meets a card, an area or a number it cannot use.

Each person may have ``[people.<x>.practice]`` with ``card_ids`` (one or two cards of step 2)
and ``[[…checkins]]`` (``days_ago``, ``discomfort_before`` and ``discomfort_after`` 0–10,
``situation`` and ``happened`` as text), and ``[people.<x>.intimacy_answers]``: one answer
(1–7) for each area of the intimacy check.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .content_problems import ContentProblem, problem
from .practice import HIGHEST, LOWEST, MAX_CHOSEN

#: An answer of the intimacy check (domain/intimacy.py: 1–7).
ANSWER_LOW, ANSWER_HIGH = 1, 7
#: The farthest back a demo check-in may lie: about a year.
MAX_DAYS_AGO = 365


def _whole(value: Any, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def demo_problems(demo: Mapping[str, Any], card_ids: set[str] | None,
                  area_ids: list[str] | None) -> list[ContentProblem]:
    """What is wrong with the demo's practice and intimacy data (an empty list when nothing);
    ``card_ids`` or ``area_ids`` None: the deck or the intimacy check itself is broken, so the
    cards named or the answers are not checked against it."""
    problems: list[ContentProblem] = []
    for key, person in demo.get("people", {}).items():
        at = f"people.{key}"
        practice = person.get("practice")
        if practice is not None:
            chosen = practice.get("card_ids")
            if not isinstance(chosen, list) or not 1 <= len(chosen) <= MAX_CHOSEN:
                problems.append(problem("demo_cards", f"{at}.practice.card_ids", MAX_CHOSEN))
            else:  # as step 2 takes them: known cards (text), none chosen twice
                problems += [problem("demo_unknown_card", f"{at}.practice.card_ids", repr(c))
                             for c in chosen if not isinstance(c, str) or (card_ids is not None and c not in card_ids)]
                problems += [problem("demo_card_twice", f"{at}.practice.card_ids", repr(c))
                             for i, c in enumerate(chosen) if isinstance(c, str) and c in chosen[:i]]
            for i, checkin in enumerate(practice.get("checkins", [])):
                where = f"{at}.practice.checkins[{i}]"
                for name, low, high in (("days_ago", 0, MAX_DAYS_AGO), ("discomfort_before", LOWEST, HIGHEST),
                                        ("discomfort_after", LOWEST, HIGHEST)):
                    if not _whole(checkin.get(name), low, high):
                        problems.append(problem("demo_number", f"{where}.{name}", low, high))
                for name in ("situation", "happened"):
                    if not isinstance(checkin.get(name), str):
                        problems.append(problem("key_missing", f"{where}.{name}"))
        answers = person.get("intimacy_answers")
        if answers is not None and area_ids is not None:
            for area in area_ids:
                if not _whole(answers.get(area), ANSWER_LOW, ANSWER_HIGH):
                    problems.append(problem("demo_number", f"{at}.intimacy_answers.{area}", ANSWER_LOW,
                                            ANSWER_HIGH))
            problems += [problem("demo_unknown_area", f"{at}.intimacy_answers", repr(a))
                         for a in answers if a not in area_ids]
    return problems
