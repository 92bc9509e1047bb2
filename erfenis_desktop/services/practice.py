"""Steps 2 and 3 for one unlocked profile: choosing cards, check-ins, progress, reminders,
and sharing one's progress with the partner. Everything is a private item (JSON inside
the encrypted body, see services/unlocked.py) until the person shares it.

Kinds of private item:

* ``practice_plan``: the cards chosen for the coming week (one item, updated);
* ``checkin``: one check-in (domain.practice.CheckIn);
* ``practice_progress``: a snapshot of one card's progress, made only to be shared;
* ``practice_settings``: the reminder settings (per person, so they are private too);
* ``practice_together``: a private rating of discomfort after practising together;
* ``repair``: what a person wrote during "Na een botsing" (after a clash).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from erfenis_desktop.domain.practice import CheckIn, Deck, ReminderSettings, Summary

from .exercises import Exercises
from .unlocked import Unlocked

PLAN = "practice_plan"
CHECKIN = "checkin"
PROGRESS = "practice_progress"
SETTINGS = "practice_settings"
TOGETHER_RATING = "practice_together"
REPAIR = "repair"


@dataclass(frozen=True)
class Plan:
    cards: tuple[str, ...]  # card ids, at most domain.practice.MAX_CHOSEN
    since: str  # ISO date the cards were chosen
    uuid: str | None = None


@dataclass(frozen=True)
class Progress:
    card: str
    points: list[tuple[date, float]]
    trend: list[tuple[date, float]]
    week: Summary  # the last seven days
    overall: Summary
    week_sentence: str
    overall_sentence: str


@dataclass(frozen=True)
class Suggestion:
    card: str
    reason: str  # why this card, in the person's language, from their own pattern check


@dataclass
class RepairStep:
    """One step of "Na een botsing", built from what both partners shared in their loop map."""

    key: str  # "happened", "moves", "underneath", "listen", "needs", "repair"
    title: str
    body: str  # may quote the partners' own shared words (plain text)
    way_out: str  # the way out at this step
    prompts: list[str] = field(default_factory=list)  # what each may write here


class Practice:
    def __init__(self, exercises: Exercises, couple=None):
        """``couple``: the CoupleService (for sharing progress and the repair conversation)."""
        self.exercises, self.couple = exercises, couple

    def deck(self, lang: str) -> Deck:
        raise NotImplementedError

    def texts(self, lang: str):
        """The whole practice.toml tree of a language."""
        return self.exercises.tree(lang, "practice")

    # Step 2 ------------------------------------------------------------------------------
    def plan(self, u: Unlocked) -> Plan | None:
        raise NotImplementedError

    def choose(self, u: Unlocked, cards: list[str], lang: str) -> Plan:
        """Choose one or two cards for the coming week (ProfileError "invalid_answer" else)."""
        raise NotImplementedError

    def suggestion(self, u: Unlocked, lang: str) -> Suggestion | None:
        raise NotImplementedError

    def check_in(self, u: Unlocked, checkin: CheckIn) -> str:
        raise NotImplementedError

    def checkins(self, u: Unlocked, card: str | None = None) -> list[CheckIn]:
        raise NotImplementedError

    # Step 3 ------------------------------------------------------------------------------
    def progress(self, u: Unlocked, card: str, lang: str, today: date) -> Progress:
        raise NotImplementedError

    def share_progress(self, u: Unlocked, card: str, lang: str, today: date) -> str:
        """Share one card's progress with the partner (through the couple's sharing)."""
        raise NotImplementedError

    # Reminders ---------------------------------------------------------------------------
    def reminder_settings(self, u: Unlocked) -> ReminderSettings:
        raise NotImplementedError

    def set_reminder_settings(self, u: Unlocked, settings: ReminderSettings) -> None:
        raise NotImplementedError

    # Together ----------------------------------------------------------------------------
    def rate_together(self, u: Unlocked, session_id: str, discomfort: int) -> str:
        raise NotImplementedError

    def repair_steps(self, reader: Unlocked, lang: str) -> list[RepairStep]:
        raise NotImplementedError

    def save_repair(self, u: Unlocked, session_id: str, answers: dict[str, str]) -> str:
        raise NotImplementedError
