"""Workshop programmes (issue 13): the rules of a programme (domain/programme.py), its
countdown on a fake clock, and programmes kept as encrypted private items of the
facilitator's profile (services/programme.py) with the real vault."""

from __future__ import annotations

import json

import pytest

from erfenis_desktop.domain.programme import (
    EXERCISES,
    MAX_NOTES,
    MAX_PARTS,
    MAX_TITLE,
    Countdown,
    Part,
    Problem,
    Programme,
    ProgrammeError,
    checked,
    clock_text,
    validate,
)
from erfenis_desktop.services.content import load_content
from erfenis_desktop.services.programme import KIND, Programmes
from erfenis_desktop.services.vault import ProfileError, VaultService
from erfenis_desktop.storage.database import open_database
from erfenis_desktop.vault.kdf import FastTestKdf
from tests.vault.memory_keyring import MemoryKeyring

DAY = Programme("Saturday", (Part("pattern_check", 20, "Start slowly"), Part("break", 15),
                             Part("step2", 30, group="listening"), Part("own", 10, title="Closing round")))


# The rules ----------------------------------------------------------------------------------
@pytest.mark.parametrize("programme, problems", [
    (DAY, []),
    (Programme("  ", DAY.parts), [Problem("name_empty")]),
    (Programme("x" * 81, DAY.parts), [Problem("name_too_long")]),
    (Programme("Day", ()), [Problem("no_parts")]),
    (Programme("Day", (Part("break", 5),) * (MAX_PARTS + 1)), [Problem("too_many_parts")]),
    (Programme("Day", (Part("break", 5),) * MAX_PARTS), []),
    (Programme("Day", (Part("yoga", 10),)), [Problem("unknown_exercise", 0)]),
    (Programme("Day", (Part("step1", 0),)), [Problem("minutes_range", 0)]),
    (Programme("Day", (Part("step1", 1),)), []),
    (Programme("Day", (Part("step1", 240),)), []),
    (Programme("Day", (Part("step1", 241),)), [Problem("minutes_range", 0)]),
    (Programme("Day", (Part("step1", True),)), [Problem("minutes_range", 0)]),
    (Programme("Day", (Part("step1", 10), Part("own", 10))), [Problem("title_empty", 1)]),
    (Programme("Day", (Part("own", 10, title="   "),)), [Problem("title_empty", 0)]),
    (Programme("Day", (Part("own", 10, title="x" * (MAX_TITLE + 1)),)), [Problem("title_too_long", 0)]),
    (Programme("Day", (Part("own", 10, title="x" * MAX_TITLE),)), []),
    (Programme("Day", (Part("break", 10, title="Coffee"),)), []),
    (Programme("Day", (Part("dans", 10, title="Dance"),)), [Problem("title_not_allowed", 0)]),
    (Programme("Day", (Part("dans", 10, "n" * (MAX_NOTES + 1)),)), [Problem("notes_too_long", 0)]),
    (Programme("Day", (Part("dans", 10, "n" * MAX_NOTES),)), []),
    (Programme("Day", (Part("step2", 10),)), [Problem("group_unknown", 0)]),
    (Programme("Day", (Part("step2", 10, group="shouting"),)), [Problem("group_unknown", 0)]),
    (Programme("Day", (Part("repair", 10, group="naming"),)), [Problem("group_not_allowed", 0)]),
    (Programme("", (Part("step1", 0, "n" * (MAX_NOTES + 1)),)),
     [Problem("name_empty"), Problem("minutes_range", 0), Problem("notes_too_long", 0)]),
])
def test_every_problem_of_a_programme_is_named(programme, problems):
    assert validate(programme) == problems
    if problems:
        with pytest.raises(ProgrammeError) as raised:
            checked(programme)
        assert raised.value.problems == problems
    else:
        assert checked(programme).name == programme.name.strip()


def test_every_exercise_of_erfenis_can_be_a_part():
    assert set(EXERCISES) >= {"pattern_check", "step1", "step2", "practice_together", "repair", "cycle_map",
                              "dans", "answer_together", "history", "break", "own"}


@pytest.mark.parametrize("index, step, order", [
    (0, 1, ["break", "pattern_check", "step2", "own"]),
    (1, -1, ["break", "pattern_check", "step2", "own"]),
    (0, -1, ["pattern_check", "break", "step2", "own"]),  # the first stays first
    (3, 1, ["pattern_check", "break", "step2", "own"]),  # the last stays last
    (2, 1, ["pattern_check", "break", "own", "step2"]),
])
def test_parts_move_up_and_down(index, step, order):
    assert [p.exercise for p in DAY.moved(index, step).parts] == order


def test_editing_and_the_total_time():
    day = DAY.with_part(Part("dans", 25), at=1).without(2).changed(0, minutes=5, notes="Welcome")
    assert [p.exercise for p in day.parts] == ["pattern_check", "dans", "step2", "own"]
    assert day.parts[0] == Part("pattern_check", 5, "Welcome")
    assert day.total_minutes == 5 + 25 + 30 + 10
    assert DAY.total_minutes == 75  # the original is unchanged


def test_a_programme_survives_json_and_refuses_any_other_shape():
    assert Programme.from_json(DAY.to_json(), "id") == Programme(DAY.name, DAY.parts, "id")
    good = json.loads(DAY.to_json())
    for bad in ("[]", "{}", json.dumps({**good, "v": 2}), json.dumps({**good, "name": 3}),
                json.dumps({**good, "parts": [{"exercise": "step1", "minutes": "10"}]}),
                json.dumps({**good, "parts": [{"exercise": "step1", "minutes": 10, "notes": None}]}),
                json.dumps({**good, "parts": [{"exercise": "step1", "minutes": 999}]}),
                json.dumps({**good, "parts": ["step1"]})):
        with pytest.raises(ValueError):
            Programme.from_json(bad)


# The countdown ---------------------------------------------------------------------------------
class FakeClock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


def test_the_countdown_counts_only_while_running():
    clock = FakeClock()
    countdown = Countdown([10, 5], clock)
    assert countdown.remaining() == 600 and not countdown.running
    clock.now += 100
    assert countdown.remaining() == 600  # paused at first: nothing is used
    countdown.start()
    clock.now += 90
    assert countdown.remaining() == 510
    countdown.toggle()  # space: pause
    clock.now += 1000
    assert countdown.remaining() == 510 and not countdown.running
    countdown.toggle()  # space: go on
    clock.now += 10
    assert countdown.remaining() == 500


def test_the_end_is_seen_and_said_once():
    clock = FakeClock()
    countdown = Countdown([1, 2], clock)
    countdown.start()
    clock.now += 59.5
    assert not countdown.time_up and not countdown.take_end()
    assert clock_text(countdown.remaining()) == "0:01"  # rounded up: 0:00 only at the end
    clock.now += 0.5
    assert countdown.time_up and countdown.remaining() == 0
    assert countdown.take_end() and not countdown.take_end()  # one sound, not one per tick
    clock.now += 30
    assert countdown.over() == 30 and countdown.remaining() == 0


def test_next_and_previous_start_a_part_afresh():
    clock = FakeClock()
    countdown = Countdown([1, 2, 3], clock)
    countdown.start()
    clock.now += 70
    assert countdown.take_end()
    assert countdown.next() and countdown.index == 1 and countdown.remaining() == 120 and countdown.running
    clock.now += 20
    assert countdown.remaining() == 100
    assert countdown.next() and countdown.is_last
    assert not countdown.next() and countdown.index == 2  # past the end: nothing changes
    countdown.pause()
    assert countdown.previous() and countdown.index == 1 and not countdown.running
    clock.now += 500
    assert countdown.remaining() == 120 and not countdown.take_end()
    assert countdown.previous() and not countdown.previous()


@pytest.mark.parametrize("seconds, text", [(0, "0:00"), (0.2, "0:01"), (59, "0:59"), (60, "1:00"),
                                           (754, "12:34"), (3600, "1:00:00"), (4 * 3600, "4:00:00")])
def test_clock_text(seconds, text):
    assert clock_text(seconds) == text


# Kept in the facilitator's profile ---------------------------------------------------------------
@pytest.fixture(scope="module")
def content():
    return load_content()


@pytest.fixture
def world(data_dir, content):
    data_dir.mkdir()
    db = open_database(data_dir)
    keyring = MemoryKeyring()
    vault = VaultService(db, kdf=FastTestKdf(), keyring_backend=keyring)
    vault.test_keyring = keyring
    facilitator, _ = vault.create("Noor", "een lange wandeling")
    yield vault, Programmes(content), facilitator, db, data_dir
    db.close()


def test_a_programme_round_trips_encrypted(world):
    vault, programmes, noor, db, data_dir = world
    secret = "Watch the couple by the window: they had a hard week"
    day = programmes.save(noor, Programme(" Saturday ", (Part("step1", 30, secret), Part("own", 10, title="Tea"))))
    assert day.uuid and day.name == "Saturday"
    db.close()
    for path in data_dir.rglob("*"):  # neither the notes nor the name are on disk in plain text
        if path.is_file():
            raw = path.read_bytes()
            assert b"Watch the couple" not in raw and b"Saturday" not in raw, path
    db2 = open_database(data_dir)
    vault2 = VaultService(db2, kdf=FastTestKdf(), keyring_backend=vault.test_keyring)
    again, _profile = vault2.unlock(noor.profile.uuid, "een lange wandeling")
    (saved,), damaged = programmes.saved(again)
    assert damaged == 0
    assert saved == day
    db2.close()


def test_list_rename_duplicate_delete(world):
    _vault, programmes, noor, _db, _dir = world
    b = programmes.save(noor, Programme("b day", (Part("dans", 20),)))
    a = programmes.save(noor, Programme("A day", (Part("repair", 45, "notes"),)))
    assert [p.name for p in programmes.saved(noor)[0]] == ["A day", "b day"]
    renamed = programmes.rename(noor, b.uuid, "Couples day")
    assert renamed.uuid == b.uuid and programmes.get(noor, b.uuid).name == "Couples day"
    copy = programmes.duplicate(noor, a.uuid, "A day (copy)")
    assert copy.uuid != a.uuid and copy.parts == a.parts
    assert [p.name for p in programmes.saved(noor)[0]] == ["A day", "A day (copy)", "Couples day"]
    programmes.delete(noor, a.uuid)
    assert [p.uuid for p in programmes.saved(noor)[0]] == [copy.uuid, b.uuid]
    with pytest.raises(ProgrammeError):
        programmes.rename(noor, b.uuid, "")
    assert programmes.get(noor, b.uuid).name == "Couples day"  # nothing was written


def test_an_invalid_programme_is_not_saved(world):
    _vault, programmes, noor, _db, _dir = world
    with pytest.raises(ProgrammeError) as raised:
        programmes.save(noor, Programme("Day", (Part("step1", 500), Part("own", 5))))
    assert raised.value.problems == [Problem("minutes_range", 0), Problem("title_empty", 1)]
    assert programmes.saved(noor) == ([], 0)


def test_another_kind_of_item_or_a_damaged_one_is_never_a_programme(world):
    _vault, programmes, noor, _db, _dir = world
    note = noor.save_text("note", "not a programme")
    with pytest.raises(ProfileError):
        programmes.get(noor, note)
    with pytest.raises(ProfileError):
        programmes.delete(noor, note)
    assert noor.read_text(note).text == "not a programme"
    noor.save_text(KIND, '{"v": 1, "name": "x", "parts": [{"exercise": "rm -rf", "minutes": 1}]}')
    assert programmes.saved(noor) == ([], 1)


def test_another_profile_cannot_open_the_programmes(world):
    vault, programmes, noor, _db, _dir = world
    day = programmes.save(noor, DAY)
    bo, _ = vault.create("Bo", "een andere wandeling")
    assert programmes.saved(bo) == ([], 0)
    with pytest.raises(ProfileError):
        programmes.get(bo, day.uuid)


def test_names_come_from_the_content_in_both_languages(content):
    programmes = Programmes(content)
    assert programmes.part_name("en", Part("step2", 5, group="listening")) == \
        "Step 2: Learn a new language · Listening"
    assert programmes.part_name("nl", Part("repair", 5)) == "Na een botsing"
    assert programmes.part_name("nl", Part("own", 5, title="Kringgesprek")) == "Kringgesprek"
    assert programmes.part_name("en", Part("break", 5)) == "Break"
    for lang in ("nl", "en"):
        names = [name for _e, _g, name in programmes.choices(lang)]
        assert len(names) == len(EXERCISES) + 2 and all(names) and len(set(names)) == len(names)
