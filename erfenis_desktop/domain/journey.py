"""The way through the method, as pure functions: where a person is on the path (the pattern
mirror, then step 1 "See the pattern", step 2 "Learn a new language", step 3 "Bear the
discomfort of the new"), and where "continue where I was" leads.

No Qt, no I/O, no clock: the facts (when something was started, answered, checked in) come
from services/journey.py, which reads them from the person's own encrypted items; every
"now" and time zone is passed in.

What counts as done, in words a person can check on the home screen:

* the pattern mirror: a finished run (done on the day the latest one was finished); an
  unfinished run is "under way", also when an earlier one was finished (a second go);
* step 1: every question for the people named in the latest pattern mirror has an answer
  (an answer is text, not an empty field); done on the day the last one was first written;
* step 2: a chosen card was used (a check-in saying "yes, I used it") on :data:`DAYS_USED`
  different days; done on the day that happened;
* step 3: discomfort was noted (before or after, 0–10) on :data:`DAYS_NOTED` different days:
  bearing the new "again and again"; done on the day that happened.

Done is not a grade: a step that is done stays open, to go on with or to do again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo

#: The path, in order.
STEPS = ("pattern", "step1", "step2", "step3")
#: Where a person is on a step.
NOT_STARTED, UNDER_WAY, DONE = "not_started", "under_way", "done"
#: Step 2 is done after a chosen card was used on this many different days (about a week of practice).
DAYS_USED = 5
#: Step 3 is done after discomfort was noted on this many different days ("again and again").
DAYS_NOTED = 10
#: What "continue" means: nothing started yet, something under way, the next step in order,
#: or (everything done) keep practising.
BEGIN, CONTINUE, NEXT, AGAIN = "begin", "continue", "next", "again"


@dataclass(frozen=True)
class RunFact:
    """One go at the pattern mirror."""

    started: datetime
    finished: datetime | None = None
    touched: datetime | None = None  # last saved (an answer); ``started`` when unknown


@dataclass(frozen=True)
class AnswerFact:
    """One answer of step 1 that holds text: which question (prompt id, person key) and when."""

    key: tuple[str, str]
    created: datetime
    updated: datetime


@dataclass(frozen=True)
class CheckInFact:
    """One check-in of step 2: when, whether the card was used, whether discomfort was noted."""

    when: datetime
    used: bool | None = None
    discomfort: bool = False


@dataclass(frozen=True)
class Facts:
    runs: tuple[RunFact, ...] = ()
    step1_questions: tuple[tuple[str, str], ...] = ()  # every question of step 1 now (prompt id, person key)
    step1_answers: tuple[AnswerFact, ...] = ()
    plan_since: date | None = None  # the day the cards for the week were chosen
    plan_touched: datetime | None = None
    checkins: tuple[CheckInFact, ...] = ()


@dataclass(frozen=True)
class Status:
    step: str  # one of STEPS
    state: str  # NOT_STARTED, UNDER_WAY, DONE
    since: date | None = None  # under way since (local date)
    done_on: date | None = None  # done on (local date); also for an under-way second go
    last: datetime | None = None  # the last thing done on this step (for "continue")
    count: int = 0  # step 1: questions answered; step 2: days a card was used; step 3: days noted
    goal: int = 0  # step 1: questions in all; step 2: DAYS_USED; step 3: DAYS_NOTED


@dataclass(frozen=True)
class Continue:
    kind: str  # BEGIN, CONTINUE, NEXT or AGAIN
    step: str  # where it leads: one of STEPS


@dataclass(frozen=True)
class Journey:
    steps: tuple[Status, ...]
    next: Continue

    def status(self, step: str) -> Status:
        return next(s for s in self.steps if s.step == step)


# The questions of step 1 -------------------------------------------------------------------
def step1_questions(parents: Sequence[str], parent_prompts: Iterable[str], couple_prompts: Iterable[str],
                    mirror_prompts: Iterable[tuple[str, bool]], key=lambda name: name) -> tuple[tuple[str, str], ...]:
    """Every question of step 1, as (prompt id, person key), in the order step 1 asks them:
    for each person the daily-life questions, then the parents together (with two or more),
    then the mirror questions (per person where the question names one: ``(id, names_one)``).
    ``key`` turns a name into the key answers are filed under (questionnaire.person_key)."""
    out = [(pid, key(name)) for name in parents for pid in parent_prompts]
    if len(parents) >= 2:
        out += [(pid, key("")) for pid in couple_prompts]
    for pid, names_one in mirror_prompts:
        out += [(pid, key(name)) for name in parents] if names_one else [(pid, key(""))]
    return tuple(out)


# Where a person is --------------------------------------------------------------------------
def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _day(moment: datetime, tz: tzinfo) -> date:
    return _utc(moment).astimezone(tz).date()


def _nth_day(moments: Iterable[datetime], n: int, tz: tzinfo) -> tuple[int, date | None]:
    """How many different days ``moments`` fall on, and the day the ``n``-th of them was reached."""
    days = sorted({_day(m, tz) for m in moments})
    return len(days), (days[n - 1] if len(days) >= n else None)


def _latest(*moments: datetime | None) -> datetime | None:
    known = [_utc(m) for m in moments if m is not None]
    return max(known) if known else None


def pattern_status(runs: Sequence[RunFact], tz: tzinfo) -> Status:
    finished = [r for r in runs if r.finished is not None]
    done_on = _day(max(_utc(r.finished) for r in finished), tz) if finished else None
    last = _latest(*(r.touched or r.finished or r.started for r in runs))
    open_runs = [r for r in runs if r.finished is None]
    if open_runs:  # the latest unfinished one is resumed (services/exercises.py open_run)
        current = max(open_runs, key=lambda r: _utc(r.started))
        return Status("pattern", UNDER_WAY, _day(current.started, tz), done_on, last)
    if finished:
        return Status("pattern", DONE, None, done_on, last)
    return Status("pattern", NOT_STARTED)


def step1_status(questions: Sequence[tuple[str, str]], answers: Sequence[AnswerFact], tz: tzinfo) -> Status:
    wanted = set(questions)
    answered = [a for a in answers if a.key in wanted]
    count, goal = len({a.key for a in answered}), len(wanted)
    if not answers:
        return Status("step1", NOT_STARTED, goal=goal)
    since = _day(min(_utc(a.created) for a in answers), tz)
    last = _latest(*(a.updated for a in answers))
    if goal and count == goal:
        done_on = _day(max(_utc(a.created) for a in answered), tz)
        return Status("step1", DONE, since, done_on, last, count, goal)
    return Status("step1", UNDER_WAY, since, None, last, count, goal)


def step2_status(plan_since: date | None, plan_touched: datetime | None, checkins: Sequence[CheckInFact],
                 tz: tzinfo) -> Status:
    used, done_on = _nth_day((c.when for c in checkins if c.used), DAYS_USED, tz)
    if plan_since is None and not checkins:
        return Status("step2", NOT_STARTED, goal=DAYS_USED)
    firsts = ([plan_since] if plan_since is not None else []) + [_day(c.when, tz) for c in checkins]
    last = _latest(plan_touched, *(c.when for c in checkins))
    state = DONE if done_on is not None else UNDER_WAY
    return Status("step2", state, min(firsts), done_on, last, used, DAYS_USED)


def step3_status(checkins: Sequence[CheckInFact], tz: tzinfo) -> Status:
    noted = [c.when for c in checkins if c.discomfort]
    count, done_on = _nth_day(noted, DAYS_NOTED, tz)
    if not noted:
        return Status("step3", NOT_STARTED, goal=DAYS_NOTED)
    since = _day(min(_utc(m) for m in noted), tz)
    state = DONE if done_on is not None else UNDER_WAY
    return Status("step3", state, since, done_on, _latest(*noted), count, DAYS_NOTED)


def continue_target(steps: Sequence[Status]) -> Continue:
    """Where "continue where I was" leads: the step under way that was worked on last (the
    earlier step of the path when two were worked on at the same moment, as a check-in counts
    for steps 2 and 3); else the first step not started; the pattern mirror when nothing was
    started; step 2 (practising) when everything is done."""
    if all(s.state == NOT_STARTED for s in steps):
        return Continue(BEGIN, STEPS[0])
    under_way = [s for s in steps if s.state == UNDER_WAY]
    if under_way:
        order = {step: i for i, step in enumerate(STEPS)}
        never = datetime.min.replace(tzinfo=UTC)
        latest = max(under_way, key=lambda s: (s.last or never, -order[s.step]))
        return Continue(CONTINUE, latest.step)
    waiting = [s for s in steps if s.state == NOT_STARTED]
    if waiting:
        return Continue(NEXT, waiting[0].step)
    return Continue(AGAIN, "step2")


def journey(facts: Facts, tz: tzinfo) -> Journey:
    """Where a person is on each step of the path, and where "continue" leads."""
    steps = (pattern_status(facts.runs, tz), step1_status(facts.step1_questions, facts.step1_answers, tz),
             step2_status(facts.plan_since, facts.plan_touched, facts.checkins, tz),
             step3_status(facts.checkins, tz))
    return Journey(steps, continue_target(steps))
