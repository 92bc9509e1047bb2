"""Steps 2 and 3 as the service keeps them (services/practice.py), with the real vault: the
cards chosen for a week, check-ins, progress and its sentences, reminder settings, the card
suggested from one's own pattern mirror, and sharing a card's progress with the partner.
Everything is a private item; only a snapshot of progress can be shared, never a check-in."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import UTC, date, time, timedelta, timezone

import pytest

from erfenis_desktop.domain.names import fill
from erfenis_desktop.domain.practice import CheckIn, ReminderSettings, Summary
from erfenis_desktop.domain.questionnaire import questions
from erfenis_desktop.services.content import load_content
from erfenis_desktop.services.couple import CoupleService
from erfenis_desktop.services.exercises import Exercises, Run
from erfenis_desktop.services.journal import journal
from erfenis_desktop.services.practice import CHECKIN, PLAN, PROGRESS, SETTINGS, Plan, Practice
from erfenis_desktop.services.together import Together
from erfenis_desktop.services.vault import ProfileError, VaultService
from erfenis_desktop.storage.database import open_database
from erfenis_desktop.vault.kdf import FastTestKdf
from tests.vault.memory_keyring import MemoryKeyring

PASSWORD = "lange wandeling"
TODAY = date(2026, 11, 30)
UTC = UTC


class Clock:
    now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def content():
    return load_content()


@pytest.fixture
def world(data_dir, content):
    data_dir.mkdir()
    db = open_database(data_dir)
    vault = VaultService(db, kdf=FastTestKdf(), keyring_backend=MemoryKeyring(), clock=Clock())
    couple = CoupleService(vault)
    exercises = Exercises(content)
    practice = Practice(exercises, couple)
    a, _ = vault.create("Alex", PASSWORD)
    b, _ = vault.create("Bo", PASSWORD + " b")
    yield vault, couple, practice, a, b
    db.close()


def cards(practice: Practice) -> tuple[str, str, str]:
    """A card of each group (their ids are data: the same in every language)."""
    deck = practice.deck("en")
    return tuple(deck.group(group)[0].id for group in ("naming", "listening", "presence"))


def at(day: date, hour: int = 10) -> str:
    return f"{day.isoformat()}T{hour:02d}:00:00+00:00"


def sentence(practice, lang, period, shape, **values) -> str:
    """The summary sentence as practice.toml words it, with these values filled in."""
    return fill(practice.texts(lang)["summary"][period][shape], **values).strip()


def check_ins(practice, u, card, days_and_values):
    """One check-in per (day, discomfort after), on the given days."""
    return [practice.check_in(u, CheckIn(card, at(day), used=True, before=9, after=value))
            for day, value in days_and_values]


# Choosing cards --------------------------------------------------------------------------------

def test_choosing_one_or_two_cards_keeps_one_plan_updated_in_place(world):
    _vault, _couple, practice, a, b = world
    one, two, _three = cards(practice)
    assert practice.plan(a) is None
    first = practice.choose(a, [one], "en", today=date(2026, 11, 2))
    assert practice.plan(a) == first == Plan((one,), "2026-11-02", first.uuid)
    again = practice.choose(a, [two, one], "en", today=date(2026, 11, 9))
    assert again.uuid == first.uuid  # the same item, a new version
    assert practice.plan(a) == Plan((two, one), "2026-11-09", first.uuid)
    same = practice.choose(a, [one, two], "en", today=date(2026, 11, 12))
    assert same.since == "2026-11-09"  # the same cards again: the week did not start anew
    assert len(a.readable_texts(PLAN)[0]) == 1
    assert practice.plan(b) is None  # each person their own


@pytest.mark.parametrize("choice", [
    [], ["one", "two", "three"], ["no_such_card"], ["one", "one"], ["one", 7], "one", None,
], ids=["none", "three", "unknown", "twice", "not_text", "a_string", "nothing"])
def test_a_choice_that_is_not_one_or_two_cards_of_the_deck_is_refused(world, choice):
    _vault, _couple, practice, a, _b = world
    ids = dict(zip(("one", "two", "three"), cards(practice)))
    kept = practice.choose(a, [ids["one"]], "en", today=date(2026, 11, 2))
    if isinstance(choice, list):
        choice = [ids.get(c, c) if isinstance(c, str) else c for c in choice]
    elif isinstance(choice, str):
        choice = ids[choice]
    with pytest.raises(ProfileError) as err:
        practice.choose(a, choice, "en", today=date(2026, 11, 9))
    assert err.value.code == "invalid_answer"
    assert practice.plan(a) == kept


# Check-ins -------------------------------------------------------------------------------------

def test_check_ins_come_back_as_written_per_card_and_oldest_first(world):
    _vault, _couple, practice, a, b = world
    one, two, _three = cards(practice)
    later = CheckIn(one, "2026-11-03T19:30:00+00:00", used=True, situation="aan tafel", before=8, after=5,
                    happened="hij legde zijn telefoon weg", body="warme wangen")
    earlier = CheckIn(two, "2026-11-01T08:00:00+00:00", used=False)
    later_uuid, earlier_uuid = practice.check_in(a, later), practice.check_in(a, earlier)
    assert practice.checkins(a) == [replace(earlier, uuid=earlier_uuid), replace(later, uuid=later_uuid)]
    assert practice.checkins(a, one) == [replace(later, uuid=later_uuid)]
    edited = practice.check_in(a, replace(later, uuid=later_uuid, after=3))  # a check-in looked at again
    assert edited == later_uuid
    assert [c.after for c in practice.checkins(a, one)] == [3]
    assert len(a.readable_texts(CHECKIN)[0]) == 2
    assert practice.checkins(b) == []
    days = [date(2026, 10, day) for day in (30, 24, 18, 12, 6, 1)]
    check_ins(practice, a, two, [(day, 5) for day in days])  # saved newest first …
    oldest_first = [at(d) for d in reversed(days)] + [earlier.when]
    assert [c.when for c in practice.checkins(a, two)] == oldest_first  # … read oldest first


@pytest.mark.parametrize("change", [
    {"before": 11}, {"after": -1}, {"card": "no_such_card"}, {"card": ""}, {"when": "gisteren"},
    {"used": "ja"}, {"situation": None},
], ids=["before_high", "after_low", "unknown_card", "no_card", "no_time", "used_not_bool", "text_not_text"])
def test_a_check_in_of_the_wrong_shape_is_refused_and_nothing_is_kept(world, change):
    _vault, _couple, practice, a, _b = world
    one, _two, _three = cards(practice)
    with pytest.raises(ProfileError) as err:
        practice.check_in(a, replace(CheckIn(one, at(TODAY), before=5), **change))
    assert err.value.code == "invalid_answer"
    assert a.readable_texts(CHECKIN) == ([], 0)


def test_a_check_in_is_encrypted_its_words_are_in_no_file_of_the_data_folder(world, data_dir):
    vault, _couple, practice, a, _b = world
    one, _two, _three = cards(practice)
    canary = f"kanarie-{os.urandom(6).hex()}"  # made at run time: it is nowhere else
    practice.check_in(a, CheckIn(one, at(TODAY), used=True, situation=f"in de auto {canary}", before=7,
                                 happened=f"zij vroeg door {canary}", body=f"buikpijn {canary}"))
    assert canary in practice.checkins(a)[0].situation
    a.lock()
    vault.db.close()
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert any(p.name == "erfenis.db" for p in files)
    for path in files:
        data = path.read_bytes()
        assert canary.encode("utf-8") not in data and canary.encode("utf-16-le") not in data, path


# Progress and its sentences ----------------------------------------------------------------------

def test_progress_with_no_check_ins_says_so_in_both_sentences(world):
    _vault, _couple, practice, a, _b = world
    one, _two, _three = cards(practice)
    shown = practice.progress(a, one, "en", TODAY, UTC)
    assert shown.points == [] and shown.trend == []
    assert shown.week == shown.overall == Summary(0, None, None, "none")
    assert shown.week_sentence == sentence(practice, "en", "week", "none")
    assert shown.overall_sentence == sentence(practice, "en", "overall", "none")
    assert shown.week_sentence != shown.overall_sentence


def test_progress_over_weeks_counts_the_last_seven_days_up_to_today_and_all_before(world):
    _vault, _couple, practice, a, _b = world
    one, two, _three = cards(practice)
    check_ins(practice, a, one, [(date(2026, 11, 1), 8), (date(2026, 11, 2), 8), (date(2026, 11, 3), 7),
                                 (TODAY - timedelta(days=7), 6),  # a week and a day ago: not this week
                                 (TODAY - timedelta(days=6), 4), (date(2026, 11, 27), 3), (TODAY, 2),
                                 (TODAY + timedelta(days=1), 9)])  # after today: not yet
    check_ins(practice, a, two, [(date(2026, 11, 28), 10)])  # another card
    practice.check_in(a, CheckIn(one, at(date(2026, 11, 29)), used=False))  # no discomfort noted
    shown = practice.progress(a, one, "en", TODAY, UTC)
    assert [d for d, _v in shown.points] == [date(2026, 11, 1), date(2026, 11, 2), date(2026, 11, 3),
                                             date(2026, 11, 23), date(2026, 11, 24), date(2026, 11, 27), TODAY]
    assert [v for _d, v in shown.points] == [8, 8, 7, 6, 4, 3, 2]
    assert [d for d, _v in shown.trend] == [d for d, _v in shown.points]
    assert shown.week == Summary(3, 4.0, 2.0, "down")
    assert shown.overall.count == 7 and shown.overall.shape == "down"
    assert shown.week_sentence == sentence(practice, "en", "week", "down", count="3", start="4", end="2")
    assert shown.overall_sentence == sentence(practice, "en", "overall", "down", count="7", start="7.7", end="3")


def test_progress_that_went_up_is_told_honestly_in_dutch(world):
    _vault, _couple, practice, a, _b = world
    one, _two, _three = cards(practice)
    check_ins(practice, a, one, [(date(2026, 11, 25), 3), (date(2026, 11, 26), 4), (date(2026, 11, 29), 6),
                                 (TODAY, 7)])
    shown = practice.progress(a, one, "nl", TODAY, UTC)
    assert shown.week == shown.overall == Summary(4, 3.5, 6.5, "up")
    assert shown.week_sentence == sentence(practice, "nl", "week", "up", count="4", start="3,5", end="6,5")
    assert shown.overall_sentence == sentence(practice, "nl", "overall", "up", count="4", start="3,5", end="6,5")
    assert "3,5" in shown.week_sentence and "6,5" in shown.overall_sentence


def test_progress_of_one_check_in_and_of_a_flat_week(world):
    _vault, _couple, practice, a, _b = world
    one, two, _three = cards(practice)
    check_ins(practice, a, one, [(date(2026, 11, 10), 5)])
    single = practice.progress(a, one, "en", TODAY, UTC)
    assert single.week == Summary(0, None, None, "none") and single.overall == Summary(1, 5.0, 5.0, "one")
    assert single.overall_sentence == sentence(practice, "en", "overall", "one", count="1", start="5", end="5")
    check_ins(practice, a, two, [(date(2026, 11, 26), 5), (date(2026, 11, 28), 6), (TODAY, 5)])
    flat = practice.progress(a, two, "en", TODAY, UTC)
    assert flat.week.shape == flat.overall.shape == "flat"
    assert flat.week_sentence == sentence(practice, "en", "week", "flat", count="3", start="5", end="5")


def test_progress_counts_days_in_the_time_zone_it_is_given(world):
    _vault, _couple, practice, a, _b = world
    one, _two, _three = cards(practice)
    practice.check_in(a, CheckIn(one, "2026-12-01T03:30:00+00:00", before=6))  # 30 Nov, 22:30 in New York
    assert practice.progress(a, one, "en", TODAY, UTC).points == []  # 1 December: after today
    new_york = timezone(timedelta(hours=-5))
    assert practice.progress(a, one, "en", TODAY, new_york).points == [(TODAY, 6.0)]


# Reminders -----------------------------------------------------------------------------------------

def test_reminders_are_off_by_default_and_the_settings_are_each_persons_own_and_private(world):
    vault, _couple, practice, a, b = world
    assert practice.reminder_settings(a) == ReminderSettings()
    assert practice.reminder_settings(a).enabled is False
    mine = ReminderSettings(enabled=True, at=time(20, 37), quiet_from=time(23, 11), quiet_until=time(6, 53))
    practice.set_reminder_settings(a, ReminderSettings(enabled=True))
    practice.set_reminder_settings(a, mine)
    assert practice.reminder_settings(a) == mine
    assert practice.reminder_settings(b) == ReminderSettings()  # Bo's stay off
    [item] = a.readable_texts(SETTINGS)[0]  # one item, updated in place
    rows = vault.db.conn.execute("SELECT kind, body FROM private_item WHERE uuid = ?", (item.uuid,)).fetchall()
    assert [kind for kind, _body in rows] == [SETTINGS]
    for needle in (b"enabled", b"20:37", b"23:11", b"06:53"):
        assert needle not in bytes(rows[0][1])


# The suggestion ---------------------------------------------------------------------------------------

def finished_run(exercises: Exercises, u, tendency: str, started: str) -> Run:
    """A finished pattern mirror whose answers place the person as a pursuer, a withdrawer, or
    neither (every answer in the middle)."""
    targets = {"pursue": {"pursue_self": 7, "withdraw_self": 1},
               "withdraw": {"pursue_self": 1, "withdraw_self": 7}}.get(tendency, {})
    run = Run(parents=["mam", "pap"], started=started)
    for question in questions(exercises.questionnaire("en"), run.parents):
        target = targets.get(question.item.scale, 4)
        run.answers[question.key] = 8 - target if question.item.reverse else target
    return exercises.finish(u, exercises.save_run(u, run))


@pytest.mark.parametrize("tendency, card", [("pursue", "tell_more"), ("withdraw", "restless"),
                                            ("unclear", "hear_you")])
def test_the_suggestion_follows_ones_own_latest_finished_pattern_check(world, tendency, card):
    _vault, _couple, practice, a, b = world
    assert practice.suggestion(a, "en") is None  # no pattern mirror yet
    unfinished = Run(parents=["mam"], answers={}, started="2026-11-01T10:00:00+00:00")
    practice.exercises.save_run(a, unfinished)
    assert practice.suggestion(a, "en") is None  # one that was not finished says nothing yet
    other = "withdraw" if tendency == "pursue" else "pursue"
    finished_run(practice.exercises, a, tendency, "2026-11-20T10:00:00+00:00")  # the latest one counts …
    finished_run(practice.exercises, a, other, "2026-11-10T10:00:00+00:00")  # … even when saved first
    finished_run(practice.exercises, b, other, "2026-11-25T10:00:00+00:00")  # the partner's never does
    suggestion = practice.suggestion(a, "en")
    assert suggestion.card == card == practice.texts("en")["suggest"][tendency]
    assert suggestion.reason == practice.texts("en")["suggest_reason"][tendency].strip()
    assert practice.suggestion(a, "nl").reason == practice.texts("nl")["suggest_reason"][tendency].strip()


# Sharing progress ----------------------------------------------------------------------------------

def progress_items(couple, practice, reader, lang="en"):
    items, damaged = Together(couple, practice.exercises).timeline(reader, lang)
    return [i for i in items if i.kind == PROGRESS], damaged


def test_sharing_progress_reaches_the_partner_readably_and_sharing_again_replaces_it(world):
    _vault, couple, practice, a, b = world
    one, two, _three = cards(practice)
    couple.link(a, b)
    secret = f"geheim-{os.urandom(4).hex()}"
    practice.check_in(a, CheckIn(one, at(date(2026, 11, 20)), used=True, situation=secret, before=9, after=8))
    check_ins(practice, a, one, [(date(2026, 11, 21), 7), (date(2026, 11, 27), 4), (TODAY, 3)])
    shown = practice.progress(a, one, "en", TODAY, UTC)
    shared = practice.share_progress(a, one, "en", TODAY, UTC)
    [item], damaged = progress_items(couple, practice, b)
    assert damaged == 0
    assert (item.uuid, item.owner_uuid) == (shared, a.profile.uuid)
    titled = practice.texts("en")["progress"]["shared_title"]
    assert item.title == fill(titled, name="Alex", card=practice.deck("en").card(one).title)
    assert "Alex" in item.title and practice.deck("en").card(one).title in item.title
    assert item.text == f"{shown.week_sentence}\n{shown.overall_sentence}"
    assert item.progress.points == shown.points and item.progress.overall == shown.overall
    [dutch], _ = progress_items(couple, practice, b, "nl")
    titled = practice.texts("nl")["progress"]["shared_title"]
    assert dutch.title == fill(titled, name="Alex", card=practice.deck("nl").card(one).title)
    assert not [t for t in couple.shared(b)[0] if secret in t.text]  # what was written stays private
    assert practice.shared_progress(a, one) == shared
    assert practice.share_progress(a, one, "en", TODAY, UTC) == shared  # nothing new: the same copy stays
    assert [i.uuid for i in progress_items(couple, practice, b)[0]] == [shared]

    check_ins(practice, a, one, [(TODAY, 1)])
    again = practice.share_progress(a, one, "en", TODAY, UTC)
    [item], damaged = progress_items(couple, practice, b)
    assert damaged == 0 and again != shared and item.uuid == again  # the old snapshot is gone
    assert item.progress.overall.count == 5
    assert len(a.readable_texts(PROGRESS)[0]) == 1
    assert practice.shared_progress(a, one) == again
    couple.unshare(a, again)  # taken back on the timeline …
    assert practice.shared_progress(a, one) is None
    again = practice.share_progress(a, one, "en", TODAY, UTC)  # … and shared once more, unchanged
    assert [i.uuid for i in progress_items(couple, practice, b)[0]] == [again]

    check_ins(practice, a, two, [(TODAY, 6)])
    other = practice.share_progress(a, two, "en", TODAY, UTC)  # another card: its own snapshot
    items, damaged = progress_items(couple, practice, b)
    assert damaged == 0 and {(i.uuid, i.progress.card) for i in items} == {(again, one), (other, two)}
    assert (practice.shared_progress(a, one), practice.shared_progress(a, two)) == (again, other)


def test_a_check_in_is_never_shared_and_progress_only_with_a_partner_and_something_to_show(world):
    vault, couple, practice, a, b = world
    one, two, _three = cards(practice)
    [checkin] = check_ins(practice, a, one, [(TODAY, 4)])
    with pytest.raises(ProfileError) as err:
        practice.share_progress(a, one, "en", TODAY, UTC)
    assert err.value.code == "no_couple"  # not linked
    assert a.readable_texts(PROGRESS) == ([], 0)  # and nothing was made
    couple.link(a, b)
    with pytest.raises(ProfileError) as err:
        couple.share(a, checkin)
    assert err.value.code == "not_shareable"
    with pytest.raises(ProfileError) as err:
        practice.share_progress(a, two, "en", TODAY, UTC)
    assert err.value.code == "empty"  # no check-in for this card
    with pytest.raises(ProfileError) as err:
        practice.share_progress(a, "no_such_card", "en", TODAY, UTC)
    assert err.value.code == "invalid_answer"
    assert vault.db.conn.execute("SELECT count(*) FROM shared_item").fetchone()[0] == 0


# JSON of another shape ------------------------------------------------------------------------

GOOD_PROGRESS = {"v": 1, "card": "restless", "title": "I feel restless", "points": [["2026-11-30", 4]],
                 "week": {"count": 1, "start": 4, "end": 4, "shape": "one"},
                 "overall": {"count": 1, "start": 4, "end": 4, "shape": "one"},
                 "week_sentence": "Eens.", "overall_sentence": "Alles.", "made_at": "2026-11-30T10:00:00+00:00"}


def _odd(**change):
    data = json.loads(json.dumps(GOOD_PROGRESS))
    for key, value in change.items():
        if value is ...:
            del data[key]
        else:
            data[key] = value
    return json.dumps(data)


@pytest.mark.parametrize("text", [
    "[1, 2]", "geen json", _odd(card=5), _odd(card=""), _odd(title=["x"]), _odd(made_at=...),
    _odd(week_sentence=7), _odd(overall_sentence=None), _odd(points="veel"), _odd(points=[["2026-11-30", True]]),
    _odd(points=[["2026-11-30", 11]]), _odd(points=[["gisteren", 4]]), _odd(points=[[4, "2026-11-30"]]),
    _odd(points=[["2026-11-30", 4, 5]]), _odd(week=None), _odd(week={"count": 1, "start": 4, "end": 4}),
    _odd(overall={"count": True, "start": 4, "end": 4, "shape": "one"}),
    _odd(overall={"count": 1, "start": 4, "end": 4, "shape": "sideways"}),
    _odd(overall={"count": 1, "start": "4", "end": 4, "shape": "one"}),
    _odd(overall={"count": -1, "start": 4, "end": 4, "shape": "one"}),
    _odd(week={"count": 1, "start": 4, "end": float("nan"), "shape": "one"}),
    _odd(week={"count": 1, "start": 4, "end": 4, "shape": "one", "mood": "blij"}), _odd(points=None),
    _odd(points={"2026-11-30": 4}),
])
def test_shared_progress_of_another_shape_is_counted_as_damaged_never_shown(world, text):
    _vault, couple, practice, a, b = world
    couple.link(a, b)
    control = couple.share(a, a.save_text(PROGRESS, json.dumps(GOOD_PROGRESS)))  # the right shape shows
    couple.share(a, a.save_text(PROGRESS, text))  # a partner's profile can share any JSON
    items, damaged = progress_items(couple, practice, b)
    assert [i.uuid for i in items] == [control]
    assert damaged == 1


def test_private_items_of_another_shape_are_counted_as_damaged_and_replaced_in_place(world):
    _vault, _couple, practice, a, _b = world
    one, _two, _three = cards(practice)
    for odd in ("[1, 2]", '{"card": 5, "when": "2026-11-30T10:00:00+00:00"}', "geen json",
                json.dumps({"card": one, "when": at(TODAY), "before": 11}),
                json.dumps({"card": one, "when": at(TODAY), "used": "ja"}),
                json.dumps({"card": one, "when": at(TODAY), "mood": "blij"})):
        a.save_text(CHECKIN, odd)
    [good] = check_ins(practice, a, one, [(TODAY, 3)])
    assert [c.uuid for c in practice.checkins(a)] == [good]
    assert practice.read_checkins(a)[1] == 6
    assert practice.progress(a, one, "en", TODAY, UTC).overall.count == 1
    entries, damaged = journal(practice.exercises, a, "en")
    assert [e.uuid for e in entries if e.kind == CHECKIN] == [good] and damaged == 6

    odd_settings = a.save_text(SETTINGS, json.dumps({"enabled": "ja", "at": "19:00"}))
    assert practice.reminder_settings(a) == ReminderSettings()  # off, not a guess
    practice.set_reminder_settings(a, ReminderSettings(enabled=True))
    assert [t.uuid for t in a.readable_texts(SETTINGS)[0]] == [odd_settings]
    assert practice.reminder_settings(a).enabled is True


@pytest.mark.parametrize("odd", [
    "[1, 2]", "{}", '{"cards": "restless", "since": "2026-11-01"}', '{"cards": "r", "since": "2026-11-01"}',
    '{"cards": [], "since": "2026-11-01"}',
    '{"cards": ["restless", "tell_more", "hear_you"], "since": "2026-11-01"}',
    '{"cards": ["restless", 7], "since": "2026-11-01"}', '{"cards": [""], "since": "2026-11-01"}',
    '{"cards": ["restless", "restless"], "since": "2026-11-01"}', '{"cards": ["restless"]}',
    '{"cards": ["restless"], "since": 20261101}', '{"cards": ["restless"], "since": "1 november"}',
])
def test_a_plan_of_another_shape_is_no_plan_and_choosing_mends_it_in_place(world, odd):
    _vault, _couple, practice, a, _b = world
    one, two, _three = cards(practice)
    odd_plan = a.save_text(PLAN, odd)
    assert practice.plan(a) is None
    assert practice.choose(a, [two, one], "en", today=TODAY).uuid == odd_plan  # one plan, mended
    assert practice.plan(a) == Plan((two, one), TODAY.isoformat(), odd_plan)
    assert len(a.readable_texts(PLAN)[0]) == 1


# The journal ---------------------------------------------------------------------------------------------

def test_check_ins_are_in_the_journal_as_one_readable_searchable_text(world):
    _vault, _couple, practice, a, _b = world
    one, _two, _three = cards(practice)
    uuid = practice.check_in(a, CheckIn(one, "2026-11-03T19:30:00+01:00", used=True, situation="aan tafel",
                                        before=8, after=5, happened="hij legde zijn telefoon weg",
                                        body="warme wangen"))
    practice.check_in(a, CheckIn(one, at(TODAY), used=False))
    practice.check_in(a, CheckIn(one, at(TODAY - timedelta(days=1)), before=3))  # "used" left open
    a.save_text("note", "Een gewone notitie.")
    entries, damaged = journal(practice.exercises, a, "en")
    assert damaged == 0
    [entry] = [e for e in entries if e.uuid == uuid]
    assert entry.kind == CHECKIN and entry.prompt == one
    assert entry.when == "2026-11-03T18:30:00+00:00"  # in UTC, like every other entry
    t = practice.texts("en")["checkin"]
    title = fill(t["journal_title"], card=practice.deck("en").card(one).title)
    assert entry.text.splitlines() == [
        title, f"{t['used']} {t['used_yes']}", f"{t['situation']} aan tafel", f"{t['before']} 8", f"{t['after']} 5",
        f"{t['happened']} hij legde zijn telefoon weg", f"{t['body']} warme wangen"]
    unused, open_ = [e for e in entries if e.kind == CHECKIN and e.uuid != uuid]  # newest first
    assert unused.text.splitlines() == [title, f"{t['used']} {t['used_no']}"]  # nothing else was filled in
    assert open_.text.splitlines() == [title, f"{t['before']} 3"]
    assert [e.uuid for e in practice.exercises.search(entries, "TELEFOON")] == [uuid]
    dutch = next(e for e in journal(practice.exercises, a, "nl")[0] if e.uuid == uuid)
    dutch_title = fill(practice.texts("nl")["checkin"]["journal_title"], card=practice.deck("nl").card(one).title)
    assert dutch.text.splitlines()[0] == dutch_title != title


def test_the_journal_page_labels_a_check_in_never_offers_to_share_it_and_names_it_in_the_export(
        start_app, qtbot, dialogs):
    from tests.test_profile_screens import make_profile

    erfenis = start_app()
    make_profile(erfenis, qtbot, name="Sam")
    u = erfenis.session.current
    robin, _ = erfenis.session.vault.create("Robin", PASSWORD + "!")
    erfenis.session.couple.link(u, robin)  # linked: the journal offers sharing
    robin.lock()
    practice = Practice(erfenis.window.profiles.exercises)
    one = practice.deck("en").group("naming")[0].id
    practice.check_in(u, CheckIn(one, "2026-11-03T19:30:00+00:00", used=True, situation="aan tafel"))
    u.save_text("note", "Een gewone notitie.")  # newer: first in the list
    erfenis.window.home.profiles.exercise_buttons["journal"].click()
    journal = erfenis.window.profiles.journal_page
    labels = [journal.list.text(i) for i in range(journal.list.count())]
    assert len(labels) == 2 and " · Note\n" in labels[0]
    title = fill(practice.texts("en")["checkin"]["journal_title"], card=practice.deck("en").card(one).title)
    assert " · Check-in\n" in labels[1] and labels[1].endswith(title[:49])
    journal.list.setCurrentRow(0)
    assert journal.share.isVisibleTo(journal)  # a note may be shared …
    journal.list.setCurrentRow(1)
    assert not journal.share.isVisibleTo(journal)  # … a check-in never
    assert "aan tafel" in journal.reader.toPlainText()
    dialogs.answer("ask", "cancel")
    journal.export.click()
    asked = dialogs.log[-1].text
    assert "Check-ins: 1" in asked and "Notes: 1" in asked
