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
import math
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, time, tzinfo
from typing import Any

from .content_problems import ContentError, ContentProblem, problem
from .jsontext import loads_json
from .names import fill

#: The three groups of step 2, in the order they are shown.
GROUPS = ("naming", "listening", "presence")
#: Discomfort is noted on this scale.
LOWEST, HIGHEST = 0, 10
#: At most this many cards are chosen for a week at a time.
MAX_CHOSEN = 2
#: The texts every card must have (``instead`` may be left out: not every phrase replaces one).
CARD_TEXTS = ("title", "phrase", "why", "scene")
#: The shapes a summary can have, and the tendencies a suggestion is made for.
SHAPES = ("none", "one", "down", "up", "flat")
TENDENCIES = ("pursue", "withdraw", "unclear")
#: A change in typical discomfort smaller than this (on the 0–10 scale) counts as "flat".
STEADY = 1.0
#: "The first few" and "the last few" points of a period: at most this many, and never more
#: than half of the points, so start and end never share a point.
FEW = 3


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
        """The deck from the parsed practice.toml; ``ValueError`` naming what is wrong.

        Every card needs an id (unique), a group from :data:`GROUPS` and non-empty texts
        (:data:`CARD_TEXTS`; ``instead`` may be left out); every group needs a card; every
        ``avoid`` entry needs a phrase and why; a ``suggest`` table may only name cards
        that exist. All problems are listed at once, one a line."""
        problems: list[ContentProblem] = []
        cards: list[Card] = []
        seen: set[str] = set()
        raw_cards = tree.get("cards")
        if not isinstance(raw_cards, list) or not raw_cards:
            problems.append(problem("cards_none"))
            raw_cards = []
        for i, raw in enumerate(raw_cards):
            if not isinstance(raw, Mapping):
                problems.append(problem("card_not_table", i))
                continue
            card_id = raw.get("id")
            where = repr(card_id) if isinstance(card_id, str) and card_id.strip() else f"cards[{i}]"
            if not isinstance(card_id, str) or not card_id.strip():
                problems.append(problem("card_no_id", i))
            elif card_id in seen:
                problems.append(problem("card_id_twice", where))
            else:
                seen.add(card_id)
            group = raw.get("group")
            if group is None:
                problems.append(problem("card_no_group", where, ", ".join(GROUPS)))
            elif group not in GROUPS:
                problems.append(problem("card_unknown_group", where, repr(group), ", ".join(GROUPS)))
            texts = {}
            for key in CARD_TEXTS + ("instead",):
                value = raw.get(key, "" if key == "instead" else None)
                if not isinstance(value, str) or (key != "instead" and not value.strip()):
                    problems.append(problem("card_text_missing", where, key))
                    value = ""
                texts[key] = value.strip()
            cards.append(Card(id=card_id if isinstance(card_id, str) else "", group=str(group), **texts))
        for group in GROUPS:
            if raw_cards and not any(c.group == group for c in cards):
                problems.append(problem("group_no_cards", group))
        avoid: list[Avoid] = []
        raw_avoid = tree.get("avoid", [])
        if not isinstance(raw_avoid, list):
            problems.append(problem("avoid_not_list"))
            raw_avoid = []
        for i, raw in enumerate(raw_avoid):
            if not isinstance(raw, Mapping):
                problems.append(problem("avoid_not_table", i))
                continue
            texts = {}
            for key in ("phrase", "why"):
                value = raw.get(key)
                if not isinstance(value, str) or not value.strip():
                    problems.append(problem("avoid_text_missing", i, key))
                    value = ""
                texts[key] = value.strip()
            avoid.append(Avoid(**texts))
        suggest = tree.get("suggest", {})
        if isinstance(suggest, Mapping):
            for tendency, card_id in suggest.items():
                if tendency not in TENDENCIES:
                    problems.append(problem("suggest_unknown_tendency", repr(tendency), ", ".join(TENDENCIES)))
                elif card_id not in seen:
                    problems.append(problem("suggest_unknown_card", tendency, repr(card_id)))
        else:
            problems.append(problem("suggest_not_table"))
        if problems:
            raise ContentError(problems)  # a ValueError: one problem a line
        return cls(tuple(cards), tuple(avoid))


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

    def check(self) -> CheckIn:
        """This check-in if it has the right shape, else ``ValueError`` naming what is wrong:
        a card id, an ISO 8601 time, ``used`` True/False/None, texts as text, and ``before``
        and ``after`` whole numbers from LOWEST to HIGHEST, or None."""
        if not isinstance(self.card, str) or not self.card.strip():
            raise ValueError("a check-in needs a card")
        if not isinstance(self.when, str):
            raise ValueError("'when' must be an ISO 8601 time")
        try:
            datetime.fromisoformat(self.when)
        except ValueError:
            raise ValueError(f"'when' is not an ISO 8601 time: {self.when!r}") from None
        if self.used is not None and not isinstance(self.used, bool):
            raise ValueError("'used' must be true, false or left out")
        for key in _TEXTS:
            if not isinstance(getattr(self, key), str):
                raise ValueError(f"'{key}' must be text")
        for key in ("before", "after"):
            value = getattr(self, key)
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"'{key}' must be a whole number from {LOWEST} to {HIGHEST}")
            if not LOWEST <= value <= HIGHEST:
                raise ValueError(f"'{key}' must be from {LOWEST} to {HIGHEST}, not {value}")
        return self

    def to_json(self) -> str:
        """The check-in as stored (without ``uuid``: that is the item it is kept in).
        ``ValueError`` when it has the wrong shape, so nothing unreadable is ever kept."""
        self.check()
        return json.dumps({key: getattr(self, key) for key in _STORED}, ensure_ascii=False)

    @classmethod
    def from_json(cls, uuid: str, text: str) -> CheckIn:
        """``ValueError`` for anything not of this shape (values out of range included)."""
        try:
            data = loads_json(text)
        except (TypeError, ValueError):
            raise ValueError("a check-in must be JSON") from None
        if not isinstance(data, dict):
            raise ValueError("a check-in must be a JSON object")
        unknown = sorted(set(data) - set(_STORED))
        if unknown:
            raise ValueError(f"a check-in has no {', '.join(map(repr, unknown))}")
        if "card" not in data or "when" not in data:
            raise ValueError("a check-in needs 'card' and 'when'")
        return cls(uuid=uuid, **data).check()


_STORED = ("card", "when", "used", "situation", "before", "after", "happened", "body")
_TEXTS = ("situation", "happened", "body")


def discomfort(checkin: CheckIn) -> float | None:
    """The discomfort one check-in stands for: after using the card when noted, else before."""
    if checkin.after is not None:
        return float(checkin.after)
    if checkin.before is not None:
        return float(checkin.before)
    return None


def _moment(when: str) -> datetime:
    moment = datetime.fromisoformat(when)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def points(checkins: list[CheckIn], card: str | None = None,
           tz: tzinfo | None = None) -> list[tuple[date, float]]:
    """(day, discomfort) per check-in with a discomfort, by time; for one card or all.

    ``when`` is UTC; the day is counted in ``tz`` (pass the local time zone), UTC when None."""
    chosen = [(_moment(c.when), value) for c in checkins
              if (card is None or c.card == card) and (value := discomfort(c)) is not None]
    chosen.sort(key=lambda pair: pair[0])
    return [(moment.astimezone(tz or UTC).date(), value) for moment, value in chosen]


def trend(series: list[tuple[date, float]], window_days: int = 7) -> list[tuple[date, float]]:
    """A smoothed line through the points: one value per point, the mean of the points within
    ``window_days`` on either side, weighted by closeness in time. Empty in, empty out.

    The weight falls off in a straight line: 1 on the same day, ``1/(window_days + 1)`` at
    ``window_days`` away, nothing further. Points far from all others keep their own value."""
    if window_days < 0:
        raise ValueError("window_days cannot be negative")
    days = [day.toordinal() for day, _ in series]
    in_order = all(a <= b for a, b in zip(days, days[1:], strict=False))
    line = []
    for i, (day, _) in enumerate(series):
        # Points by day (as ``points`` gives them): only those within the window are looked at,
        # in the same order as a walk through all of them, so the sums come out the same.
        if in_order:
            near = range(bisect_left(days, days[i] - window_days), bisect_right(days, days[i] + window_days))
        else:
            near = range(len(series))
        total = weights = 0.0
        for j in near:
            distance = abs(days[j] - days[i])
            if distance <= window_days:
                weight = 1 - distance / (window_days + 1)
                total += weight * series[j][1]
                weights += weight
        line.append((day, total / weights))
    return line


@dataclass(frozen=True)
class Summary:
    count: int  # check-ins with a discomfort in the period
    start: float | None  # typical discomfort at the start of the period (mean of the first few)
    end: float | None  # and at the end (mean of the last few)
    shape: str  # "none", "one", "down", "up", "flat"


def summarise(series: list[tuple[date, float]], since: date | None = None,
              until: date | None = None) -> Summary:
    """What the points between ``since`` and ``until`` (inclusive) say, honestly.

    ``start`` is the mean of the first few points (at most :data:`FEW`, at most half of
    them), ``end`` of the last few; the shape is "down" or "up" when they differ by
    :data:`STEADY` or more, else "flat". One point: start and end are that point."""
    kept = sorted((p for p in series if (since is None or p[0] >= since) and (until is None or p[0] <= until)),
                  key=lambda p: p[0])
    values = [v for _, v in kept]
    if not values:
        return Summary(0, None, None, "none")
    if len(values) == 1:
        return Summary(1, values[0], values[0], "one")
    few = min(FEW, len(values) // 2)
    start, end = sum(values[:few]) / few, sum(values[-few:]) / few
    change = end - start
    shape = "down" if change <= -STEADY else "up" if change >= STEADY else "flat"
    return Summary(len(values), start, end, shape)


def number(value: float, decimal: str = ".") -> str:
    """A discomfort as people write it: one decimal at most, rounded half up, no ",0"
    (7, 6,5 with ``decimal=","``)."""
    tenths = math.floor(value * 10 + 0.5)
    whole, rest = divmod(tenths, 10)
    return str(whole) if rest == 0 else f"{whole}{decimal}{rest}"


def summary_sentence(summary: Summary, texts: Mapping[str, Any], period: str = "overall") -> str:
    """The plain sentence for a summary, from practice.toml's ``summary`` table, e.g.
    "5 keer geoefend; het ongemak ging van gemiddeld 7 naar 4".

    ``texts`` is the whole ``summary`` table (then ``period`` picks "week" or "overall")
    or one of its two period tables. A period table has a template per shape
    (:data:`SHAPES`) with {count}, {start} and {end}, and ``decimal``: the decimal sign."""
    table = texts if summary.shape in texts else texts[period]
    decimal = table["decimal"]
    values = {"count": str(summary.count)}
    for key in ("start", "end"):
        value = getattr(summary, key)
        values[key] = number(value, decimal) if value is not None else ""
    return fill(table[summary.shape], **values).strip()


def suggested_card(tendency: str | None, suggestions: Mapping[str, str]) -> str | None:
    """The card to suggest from a person's own pattern mirror: ``tendency`` is "pursue",
    "withdraw" or "unclear" (see domain.dans), ``suggestions`` maps it to a card id
    (practice.toml's ``suggest`` table). None without a pattern mirror.

    domain.dans's "neither" (and anything else) counts as "unclear"."""
    if tendency is None:
        return None
    key = tendency if tendency in ("pursue", "withdraw") else "unclear"
    return suggestions.get(key) or None


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

    @classmethod
    def from_json(cls, text: str) -> ReminderSettings:
        """The settings :meth:`to_json` wrote; ``ValueError`` for anything else. Keys left
        out keep their default (so reminders stay off unless ``enabled`` is true)."""
        try:
            data = loads_json(text)
        except (TypeError, ValueError):
            raise ValueError("reminder settings must be JSON") from None
        if not isinstance(data, dict):
            raise ValueError("reminder settings must be a JSON object")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(f"reminder settings have no {', '.join(map(repr, unknown))}")
        values: dict[str, Any] = {}
        if "enabled" in data:
            if not isinstance(data["enabled"], bool):
                raise ValueError("'enabled' must be true or false")
            values["enabled"] = data["enabled"]
        for key in ("at", "quiet_from", "quiet_until"):
            if key in data:
                raw = data[key]
                if not isinstance(raw, str) or len(raw) != 5 or raw[2] != ":":
                    raise ValueError(f"'{key}' must be a time as HH:MM")
                try:
                    values[key] = time.fromisoformat(raw)
                except ValueError:
                    raise ValueError(f"'{key}' must be a time as HH:MM") from None
        return cls(**values)


def in_quiet_hours(moment: time, settings: ReminderSettings) -> bool:
    """True from ``quiet_from`` (inclusive) to ``quiet_until`` (exclusive), also when that
    spans midnight; never when the two are the same (no quiet hours)."""
    start, end = settings.quiet_from, settings.quiet_until
    if start == end:
        return False
    if start < end:
        return start <= moment < end
    return moment >= start or moment < end


def reminder_due(now: datetime, settings: ReminderSettings, last_shown: datetime | None) -> bool:
    """True when a reminder may be shown now (local time): enabled, at or after ``at`` today,
    not in quiet hours, and none shown yet today."""
    if not settings.enabled:
        return False
    if now.time() < settings.at or in_quiet_hours(now.time(), settings):
        return False
    return last_shown is None or last_shown.date() != now.date()
