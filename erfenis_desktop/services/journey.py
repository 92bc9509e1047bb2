"""Where one unlocked person is on the path, for the home screen: the facts are read from
their own items (pattern-mirror runs, step-1 answers, the step-2 plan and check-ins), the
rules are in domain/journey.py. Nothing is stored: it is worked out each time, and nothing
of it leaves the person's own profile."""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from erfenis_desktop.domain import journey as rules
from erfenis_desktop.domain.questionnaire import person_key

from .exercises import PATTERN_CHECK, STEP1, Exercises
from .unlocked import Unlocked


def _moment(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None


def facts(u: Unlocked, exercises: Exercises, lang: str) -> rules.Facts:
    """What the person did so far, from their own items (damaged items are skipped)."""
    from .practice import PLAN, Practice

    # The pattern mirror: each run, and when its item was last saved.
    saved = {t.uuid: t.updated_at for t in u.readable_texts(PATTERN_CHECK)[0]}
    runs = []
    all_runs = exercises.runs(u)
    for run in all_runs:
        started = _moment(run.started)
        if started is None:
            continue
        runs.append(rules.RunFact(started, _moment(run.finished) if run.finished else None,
                                  _moment(saved.get(run.uuid, "")) or started))
    # Step 1: the questions for the people named in the latest run, and the answers with text.
    see = exercises.tree(lang, "see_the_pattern")
    parents = all_runs[-1].parents if all_runs else []
    questions = rules.step1_questions(parents, [p["id"] for p in see["parent_prompts"]],
                                      [p["id"] for p in see["couple_prompts"]],
                                      [(p["id"], "{name}" in p["question"]) for p in see["mirror_prompts"]],
                                      key=person_key)
    created = {t.uuid: t.created_at for t in u.readable_texts(STEP1)[0]}
    answers = []
    for (prompt, who), writing in exercises.writings(u).items():
        first, last = _moment(created.get(writing.uuid, "")), _moment(writing.updated)
        if writing.text.strip() and last is not None:
            answers.append(rules.AnswerFact((prompt, who), first or last, last))
    # Steps 2 and 3: the plan for the week, and the check-ins.
    practice = Practice(exercises)
    plan = practice.plan(u)
    plan_touched = None
    if plan is not None:
        plan_touched = next((_moment(t.updated_at) for t in u.readable_texts(PLAN)[0] if t.uuid == plan.uuid), None)
    checkins = []
    for c in practice.checkins(u):
        when = _moment(c.when)
        if when is not None:
            checkins.append(rules.CheckInFact(when, c.used, c.before is not None or c.after is not None))
    return rules.Facts(tuple(runs), questions, tuple(answers),
                       date.fromisoformat(plan.since) if plan is not None else None, plan_touched, tuple(checkins))


def journey(u: Unlocked, exercises: Exercises, lang: str, tz: tzinfo | None = None) -> rules.Journey:
    """Where the person is on each step, and where "continue where I was" leads. Days are
    counted in ``tz`` (the local time zone when None)."""
    zone = tz or datetime.now().astimezone().tzinfo
    return rules.journey(facts(u, exercises, lang), zone)

