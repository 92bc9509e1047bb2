"""Steps 2 and 3 as pure functions: the phrase cards, check-ins, and the discomfort of the new
over time (no Qt, no I/O, no clock: every "now" is passed in).

Step 2, "Leer een nieuwe taal": cards in three groups (naming my own feeling, listening,
answering with presence), each with a short phrase, what it replaces, why, and an everyday
scene; plus what better not to say, each with why. Step 3, "Verdraag het ongemak van het
nieuwe": the discomfort a person notes before and after using a card (0–10), drawn over the
days with a smoothed trend and summed up honestly, also when it did not go down.

The texts live in ``resources/content/<lang>/practice.toml``; :meth:`Deck.from_content`
reads them. See services/practice.py for where check-ins are kept (encrypted, like all
writing).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, Mapping

#: The three groups of step 2, in the order they are shown.
GROUPS = ("naming", "listening", "presence")
#: Discomfort is noted on this scale.
LOWEST, HIGHEST = 0, 10
#: At most this many cards are chosen for a week at a time.
MAX_CHOSEN = 2


@dataclass(frozen=True)
class Card:
    id: str
    group: str  # one of GROUPS
    title: str
    phrase: str  # what to say, e.g. "Ik merk dat ik me onrustig voel."
    instead: str  # what it replaces, e.g. "Het gaat wel." ("" when there is nothing to replace)
    why: str  # one or two sentences on why it helps
    scene: str  # a small everyday scene that shows it in use


@dataclass(frozen=True)
class Avoid:
    """Something better not said in reply (a solution, "stel je niet aan", …), and why."""

    phrase: str
    why: str


@dataclass(frozen=True)
class Deck:
    cards: tuple[Card, ...]
    avoid: tuple[Avoid, ...]

    def card(self, card_id: str) -> Card | None:
        return next((c for c in self.cards if c.id == card_id), None)

    def group(self, group: str) -> list[Card]:
        return [c for c in self.cards if c.group == group]

    @classmethod
    def from_content(cls, tree: Mapping[str, Any]) -> Deck:
        """The deck from the parsed practice.toml; ``ValueError`` naming what is wrong."""
        raise NotImplementedError


@dataclass(frozen=True)
class CheckIn:
    """About a minute of looking back on using a card. Every field but ``card`` and ``when``
    may be left empty; ``before`` and ``after`` are 0–10 or None."""

    card: str
    when: str  # ISO 8601 date and time, UTC (storage.database.utc_now())
    used: bool | None = None  # did I use it?
    situation: str = ""  # in what situation
    before: int | None = None  # how uncomfortable, before (0–10)
    after: int | None = None  # and after
    happened: str = ""  # what happened
    body: str = ""  # what I noticed in my body
    uuid: str | None = None  # the private item it is kept in

    def to_json(self) -> str:
        raise NotImplementedError

    @classmethod
    def from_json(cls, uuid: str, text: str) -> CheckIn:
        """``ValueError`` for anything not of this shape (values out of range included)."""
        raise NotImplementedError


def discomfort(checkin: CheckIn) -> float | None:
    """The discomfort one check-in stands for: after using the card when noted, else before."""
    raise NotImplementedError


def points(checkins: list[CheckIn], card: str | None = None) -> list[tuple[date, float]]:
    """(day, discomfort) per check-in with a discomfort, by time; for one card or all."""
    raise NotImplementedError


def trend(series: list[tuple[date, float]], window_days: int = 7) -> list[tuple[date, float]]:
    """A smoothed line through the points: one value per point, the mean of the points within
    ``window_days`` on either side, weighted by closeness in time. Empty in, empty out."""
    raise NotImplementedError


@dataclass(frozen=True)
class Summary:
    count: int  # check-ins with a discomfort in the period
    start: float | None  # typical discomfort at the start of the period (mean of the first few)
    end: float | None  # and at the end (mean of the last few)
    shape: str  # "none", "one", "down", "up", "flat"


def summarise(series: list[tuple[date, float]], since: date | None = None,
              until: date | None = None) -> Summary:
    """What the points between ``since`` and ``until`` (inclusive) say, honestly."""
    raise NotImplementedError


def summary_sentence(summary: Summary, texts: Mapping[str, str]) -> str:
    """The plain sentence for a summary, from practice.toml's ``summary`` table, e.g.
    "5 keer geoefend; het ongemak ging van gemiddeld 7 naar 4"."""
    raise NotImplementedError


def suggested_card(tendency: str | None, suggestions: Mapping[str, str]) -> str | None:
    """The card to suggest from a person's own pattern check: ``tendency`` is "pursue",
    "withdraw" or "unclear" (see domain.dans), ``suggestions`` maps it to a card id
    (practice.toml's ``suggest`` table). None without a pattern check."""
    raise NotImplementedError


@dataclass(frozen=True)
class ReminderSettings:
    """Reminders while Erfenis runs: off by default, at most once a day, from ``at`` on,
    never between ``quiet_from`` and ``quiet_until`` (which may span midnight)."""

    enabled: bool = False
    at: time = time(19, 0)
    quiet_from: time = time(22, 0)
    quiet_until: time = time(8, 0)

    def to_json(self) -> str:
        return json.dumps({"enabled": self.enabled, "at": self.at.strftime("%H:%M"),
                           "quiet_from": self.quiet_from.strftime("%H:%M"),
                           "quiet_until": self.quiet_until.strftime("%H:%M")})


def in_quiet_hours(moment: time, settings: ReminderSettings) -> bool:
    raise NotImplementedError


def reminder_due(now: datetime, settings: ReminderSettings, last_shown: datetime | None) -> bool:
    """True when a reminder may be shown now (local time): enabled, at or after ``at`` today,
    not in quiet hours, and none shown yet today."""
    raise NotImplementedError
