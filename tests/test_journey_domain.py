"""Where a person is on the path, and where "continue where I was" leads (domain/journey.py):
tables of what someone did, and what the home screen must say about it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from erfenis_desktop.domain import journey as j

UTC = UTC
AMSTERDAM = timezone(timedelta(hours=1))
QUESTIONS = (("table", "moeder"), ("touch", "moeder"), ("mirror", ""))


def at(day: int, hour: int = 12) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=UTC)


def answer(key, day, updated=None):
    return j.AnswerFact(key, at(day), at(updated or day))


# The pattern mirror ------------------------------------------------------------------------
@pytest.mark.parametrize("runs, state, since, done_on", [
    ((), j.NOT_STARTED, None, None),
    ((j.RunFact(at(3)),), j.UNDER_WAY, date(2026, 3, 3), None),
    ((j.RunFact(at(3), at(4)),), j.DONE, None, date(2026, 3, 4)),
    # two finished: done on the day of the latest
    ((j.RunFact(at(3), at(4)), j.RunFact(at(10), at(11))), j.DONE, None, date(2026, 3, 11)),
    # a second go under way: under way since it began, and still done before
    ((j.RunFact(at(3), at(4)), j.RunFact(at(10))), j.UNDER_WAY, date(2026, 3, 10), date(2026, 3, 4)),
])
def test_pattern_mirror_status(runs, state, since, done_on):
    status = j.pattern_status(runs, UTC)
    assert (status.state, status.since, status.done_on) == (state, since, done_on)


# Step 1 -------------------------------------------------------------------------------------
@pytest.mark.parametrize("answers, state, count, since, done_on", [
    ((), j.NOT_STARTED, 0, None, None),
    ((answer(("table", "moeder"), 5),), j.UNDER_WAY, 1, date(2026, 3, 5), None),
    ((answer(("table", "moeder"), 5), answer(("touch", "moeder"), 6)), j.UNDER_WAY, 2, date(2026, 3, 5), None),
    # all three: done on the day the last one was first written, not when one was edited later
    ((answer(("table", "moeder"), 5, updated=20), answer(("touch", "moeder"), 6), answer(("mirror", ""), 7)),
     j.DONE, 3, date(2026, 3, 5), date(2026, 3, 7)),
    # an answer about someone no longer named (the mirror was done again with other people)
    # counts as under way, never towards done
    ((answer(("table", "vader"), 2), answer(("touch", "moeder"), 6), answer(("mirror", ""), 7)),
     j.UNDER_WAY, 2, date(2026, 3, 2), None),
])
def test_step_one_status(answers, state, count, since, done_on):
    status = j.step1_status(QUESTIONS, answers, UTC)
    assert (status.state, status.count, status.goal, status.since, status.done_on) == (
        state, count, 3, since, done_on)


def test_step_one_without_questions_is_never_done():
    """No pattern mirror yet: no people named, so no questions about them. An answer to a
    general question is a beginning, not the end."""
    status = j.step1_status((), [answer(("mirror", ""), 3)], UTC)
    assert status.state == j.UNDER_WAY


def test_step_one_questions_follow_the_people_named():
    one = j.step1_questions(["moeder"], ["table", "touch"], ["couple"], [("where", True), ("what", False)])
    assert one == (("table", "moeder"), ("touch", "moeder"), ("where", "moeder"), ("what", ""))
    two = j.step1_questions(["moeder", "opa Kees"], ["table"], ["couple"], [("where", True)])
    assert two == (("table", "moeder"), ("table", "opa Kees"), ("couple", ""), ("where", "moeder"),
                   ("where", "opa Kees"))


# Steps 2 and 3 ------------------------------------------------------------------------------
def used_on(*days, discomfort=False, used=True):
    return tuple(j.CheckInFact(at(d), used, discomfort) for d in days)


@pytest.mark.parametrize("plan, checkins, state, count, since, done_on", [
    (None, (), j.NOT_STARTED, 0, None, None),
    (date(2026, 3, 2), (), j.UNDER_WAY, 0, date(2026, 3, 2), None),  # cards chosen, nothing tried yet
    (date(2026, 3, 2), used_on(3, 3, 4), j.UNDER_WAY, 2, date(2026, 3, 2), None),  # two days, not three
    (date(2026, 3, 2), used_on(3, 4, 6, used=False), j.UNDER_WAY, 0, date(2026, 3, 2), None),  # not used
    (date(2026, 3, 2), used_on(3, 4, 5, 8, 9, 12), j.DONE, 6, date(2026, 3, 2), date(2026, 3, 9)),
    (None, used_on(5), j.UNDER_WAY, 1, date(2026, 3, 5), None),  # a check-in without a plan (it was changed)
])
def test_step_two_status(plan, checkins, state, count, since, done_on):
    status = j.step2_status(plan, at(2) if plan else None, checkins, UTC)
    assert (status.state, status.count, status.since, status.done_on) == (state, count, since, done_on)
    assert status.goal == j.DAYS_USED == 5


@pytest.mark.parametrize("checkins, state, count, done_on", [
    ((), j.NOT_STARTED, 0, None),
    (used_on(3, 4), j.NOT_STARTED, 0, None),  # used, but no discomfort noted
    (used_on(3, 4, discomfort=True), j.UNDER_WAY, 2, None),
    (used_on(*range(1, 10), discomfort=True), j.UNDER_WAY, 9, None),
    (used_on(*range(1, 12), discomfort=True), j.DONE, 11, date(2026, 3, 10)),
])
def test_step_three_status(checkins, state, count, done_on):
    status = j.step3_status(checkins, UTC)
    assert (status.state, status.count, status.done_on) == (state, count, done_on)
    assert status.goal == j.DAYS_NOTED == 10


def test_days_are_counted_in_the_persons_own_time_zone():
    """Check-ins at 22:30 and 23:30 UTC are one day in London, but two in Amsterdam (23:30 and
    00:30 there)."""
    evening, late = datetime(2026, 3, 3, 22, 30, tzinfo=UTC), datetime(2026, 3, 3, 23, 30, tzinfo=UTC)
    checkins = (j.CheckInFact(evening, True), j.CheckInFact(late, True))
    assert j.step2_status(None, None, checkins, UTC).count == 1
    assert j.step2_status(None, None, checkins, AMSTERDAM).count == 2
    assert j.pattern_status((j.RunFact(late),), AMSTERDAM).since == date(2026, 3, 4)


# Continue where I was -----------------------------------------------------------------------
def status(step, state, last=None):
    return j.Status(step, state, last=at(last) if last else None)


N, U, D = j.NOT_STARTED, j.UNDER_WAY, j.DONE


@pytest.mark.parametrize("states, lasts, expected", [
    ((N, N, N, N), (None,) * 4, (j.BEGIN, "pattern")),  # fresh: begin with the mirror
    ((U, N, N, N), (3, None, None, None), (j.CONTINUE, "pattern")),
    ((D, N, N, N), (3, None, None, None), (j.NEXT, "step1")),
    ((D, U, N, N), (3, 5, None, None), (j.CONTINUE, "step1")),
    ((D, D, N, N), (3, 5, None, None), (j.NEXT, "step2")),
    ((D, U, U, N), (3, 9, 5, None), (j.CONTINUE, "step1")),  # step 1 was worked on last
    ((D, U, U, N), (3, 4, 5, None), (j.CONTINUE, "step2")),  # step 2 was
    ((D, D, U, U), (3, 4, 8, 8), (j.CONTINUE, "step2")),  # one check-in for both: the earlier step
    ((D, D, D, U), (3, 4, 8, 9), (j.CONTINUE, "step3")),
    ((D, D, D, N), (3, 4, 8, None), (j.NEXT, "step3")),
    ((N, U, N, N), (None, 4, None, None), (j.CONTINUE, "step1")),  # step 1 before the mirror
    ((D, D, D, D), (3, 4, 8, 9), (j.AGAIN, "step2")),  # everything done: keep practising
])
def test_continue_where_i_was(states, lasts, expected):
    steps = [status(step, state, last) for step, state, last in zip(j.STEPS, states, lasts)]
    target = j.continue_target(steps)
    assert (target.kind, target.step) == expected


def test_a_whole_journey_from_facts():
    facts = j.Facts(runs=(j.RunFact(at(1), at(1, 13)),), step1_questions=QUESTIONS,
                    step1_answers=(answer(("table", "moeder"), 2),), plan_since=date(2026, 3, 4),
                    plan_touched=at(4), checkins=used_on(5, 6, discomfort=True))
    way = j.journey(facts, UTC)
    assert [s.state for s in way.steps] == [D, U, U, U]
    assert way.status("step1").count == 1 and way.status("step1").goal == 3
    assert (way.next.kind, way.next.step) == (j.CONTINUE, "step2")
