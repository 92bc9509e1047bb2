"""The group picture with real SQLite and real encryption: adding once, counts only, the reset."""

from __future__ import annotations

import sqlite3

import pytest

from erfenis_desktop.domain.questionnaire import questions
from erfenis_desktop.services.content import load_content
from erfenis_desktop.services.exercises import Exercises, Run
from erfenis_desktop.services.group import ADDED, KIND, NO_RESULTS, NOT_FOR_FACILITATOR, READY, GroupService
from erfenis_desktop.services.vault import ProfileError, VaultService
from erfenis_desktop.storage.database import DB_FILENAME, open_database
from erfenis_desktop.vault.kdf import FastTestKdf
from tests.vault.memory_keyring import MemoryKeyring

EXERCISES = Exercises(load_content())
#: Answers (1–7) per scale: moving closer with an absent parent; stepping back with parents without intimacy.
CLOSER_ABSENT = {"absent": 6, "overprotective": 2, "unequal": 2, "no_intimacy": 2, "pursue_self": 6,
                 "withdraw_self": 2}
BACK_NO_INTIMACY = {"absent": 2, "overprotective": 2, "unequal": 3, "no_intimacy": 6, "pursue_self": 2,
                    "withdraw_self": 6}
IN_BETWEEN_NOTHING = {"absent": 3, "overprotective": 3, "unequal": 3, "no_intimacy": 3, "pursue_self": 4,
                      "withdraw_self": 4}
#: Names that would be found anywhere they ended up.
NAMES = ["Zwaluwstaart", "Ijsvogeltje", "Kwartelkoning", "Boomklever", "Roodborstje", "Goudhaantje"]


def finish_pattern_mirror(u, scales: dict, parents=("moeder", "vader")) -> Run:
    """A finished pattern mirror whose answers give these scale scores (others 4)."""
    run = Run(parents=list(parents))
    for question in questions(EXERCISES.questionnaire("nl"), run.parents):
        target = scales.get(question.item.scale, 4)
        run.answers[question.key] = 8 - target if question.item.reverse else target
    return EXERCISES.finish(u, EXERCISES.save_run(u, run))


@pytest.fixture
def world(data_dir):
    data_dir.mkdir()
    db = open_database(data_dir)
    vault = VaultService(db, kdf=FastTestKdf(), keyring_backend=MemoryKeyring())
    yield vault, GroupService(vault, EXERCISES)
    db.close()


def person(vault, name: str, scales: dict | None):
    u, _code = vault.create(name, f"{name} wachtwoord")
    if scales is not None:
        finish_pattern_mirror(u, scales)
    return u


def facilitator(vault, name: str = "Begeleider"):
    u, _code = vault.create(name, "begeleider wachtwoord")
    with vault.db.transaction() as conn:  # the role is the workshop's business (services/workshop.py)
        conn.execute("UPDATE profile SET role = 'facilitator' WHERE uuid = ?", (u.profile.uuid,))
    return u


def rows(db) -> list[tuple[str, int]]:
    return sorted(db.conn.execute("SELECT key, n FROM group_count"))


def counted(db) -> list[tuple[str, int]]:
    """The counts above zero (every key has a row, most of them 0)."""
    return [(k, n) for k, n in rows(db) if n and k != "round"]


def test_what_a_person_adds_comes_from_their_own_results(world):
    vault, group = world
    u = person(vault, NAMES[0], CLOSER_ABSENT)
    standing = group.standing(u)
    assert standing.state == READY
    assert standing.contribution.lean == "closer" and standing.contribution.patterns == ("absent",)
    assert group.add(u) == standing.contribution
    assert counted(vault.db) == [("contributors", 1), ("lean:closer", 1), ("pattern:absent", 1)]
    # That they added is in their own profile, encrypted: the body holds no readable word.
    texts = u.texts(KIND)
    assert len(texts) == 1
    body = vault.db.conn.execute("SELECT body FROM private_item WHERE kind = ?", (KIND,)).fetchone()[0]
    assert b"round" not in body


def test_the_same_person_cannot_add_twice(world):
    vault, group = world
    u = person(vault, NAMES[0], BACK_NO_INTIMACY)
    group.add(u)
    before = rows(vault.db)
    with pytest.raises(ProfileError) as refused:
        group.add(u)
    assert refused.value.code == "group_added"
    assert group.standing(u).state == ADDED
    # Also not after locking and unlocking again, nor with a new pattern mirror.
    u.lock()
    again, _profile = vault.unlock(u.profile.uuid, f"{NAMES[0]} wachtwoord")
    finish_pattern_mirror(again, CLOSER_ABSENT)
    with pytest.raises(ProfileError):
        group.add(again)
    assert rows(vault.db) == before


def test_without_a_finished_pattern_mirror_nothing_can_be_added(world):
    vault, group = world
    u = person(vault, NAMES[0], None)
    run = Run(parents=["moeder"])  # begun, not finished
    EXERCISES.save_run(u, run)
    assert group.standing(u).state == NO_RESULTS
    with pytest.raises(ProfileError) as refused:
        group.add(u)
    assert refused.value.code == "group_no_results"
    assert rows(vault.db) == [] and u.texts(KIND) == []


def test_hidden_below_five_and_counts_only_from_five(world):
    vault, group = world
    people = [person(vault, NAMES[i], s) for i, s in
              enumerate([CLOSER_ABSENT, CLOSER_ABSENT, BACK_NO_INTIMACY, IN_BETWEEN_NOTHING, BACK_NO_INTIMACY])]
    for i, u in enumerate(people[:4]):
        group.add(u)
        p = group.picture()
        assert not p.shown and p.needed == 4 - i and p.contributors == 0 and p.leans == () and p.patterns == ()
    group.add(people[4])
    p = group.picture()
    assert p.shown and p.contributors == 5
    assert [(s.key, s.count) for s in p.leans] == [("closer", 2), ("middle", 1), ("back", 2)]
    assert [(s.key, s.count) for s in p.patterns][:2] == [("absent", 2), ("no_intimacy", 2)]
    assert p.no_pattern.count == 1


def test_the_database_holds_no_row_per_person(world):
    vault, group = world
    db = vault.db
    tables = [t for (t,) in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def sizes():
        return {t: db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    people = [person(vault, NAMES[i], CLOSER_ABSENT) for i in range(6)]
    group.add(people[0])
    after_one, keys_after_one = sizes(), rows(db)
    for u in people[1:]:
        group.add(u)
    after_six = sizes()
    # Five more people added: only their own (encrypted) records grew; the picture kept its rows.
    assert {t: after_six[t] - after_one[t] for t in tables if after_six[t] != after_one[t]} == {"private_item": 5}
    assert [k for k, _n in rows(db)] == [k for k, _n in keys_after_one]
    assert counted(db) == [("contributors", 6), ("lean:closer", 6), ("pattern:absent", 6)]
    ids = {u.profile.uuid for u in people}
    for key, n in rows(db):
        assert type(n) is int and not any(i in key for i in ids) and not any(name in key for name in NAMES)


def test_no_name_in_the_file_beyond_the_profile_table(world, data_dir):
    vault, group = world
    people = [person(vault, NAMES[i], s) for i, s in
              enumerate([CLOSER_ABSENT, BACK_NO_INTIMACY, IN_BETWEEN_NOTHING, CLOSER_ABSENT, BACK_NO_INTIMACY])]
    for u in people:
        group.add(u)
    assert group.picture().shown
    path = data_dir / DB_FILENAME
    raw = path.read_bytes()
    check = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    page_size = check.execute("PRAGMA page_size").fetchone()[0]
    profile_parts = {n for (n,) in check.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'profile'")}
    owner = {pageno: name for name, pageno in check.execute("SELECT name, pageno FROM dbstat")}
    check.close()
    for name in NAMES[:5]:
        needle, start, places = name.encode(), 0, []
        while (at := raw.find(needle, start)) >= 0:
            places.append(owner.get(at // page_size + 1, "free page"))
            start = at + 1
        assert places and set(places) <= profile_parts, (name, places)


def test_the_facilitator_resets_and_then_everyone_may_add_again(world):
    vault, group = world
    lead = facilitator(vault)
    u = person(vault, NAMES[0], CLOSER_ABSENT)
    other = person(vault, NAMES[1], BACK_NO_INTIMACY)
    group.add(u)
    assert group.standing(lead).state == NOT_FOR_FACILITATOR
    with pytest.raises(ProfileError) as refused:
        group.add(lead)
    assert refused.value.code == "group_facilitator"
    with pytest.raises(ProfileError) as refused:  # a participant cannot empty the picture
        group.reset(other)
    assert refused.value.code == "not_facilitator"
    assert ("contributors", 1) in rows(vault.db)
    group.reset(lead)
    assert [k for k, _n in rows(vault.db)] == ["round"]  # every count gone
    assert not group.picture().shown and group.picture().needed == 5
    assert group.standing(u).state == READY
    group.add(u)
    assert ("contributors", 1) in rows(vault.db)
    lead.lock()
    with pytest.raises(ProfileError) as refused:
        group.reset(lead)
    assert refused.value.code == "locked"


def test_a_reset_in_between_adds_nothing_and_takes_the_record_back(world):
    vault, group = world
    u = person(vault, NAMES[0], CLOSER_ABSENT)
    group.add(person(vault, NAMES[1], BACK_NO_INTIMACY))
    before = rows(vault.db)
    # The facilitator empties the picture at the very moment this person's record is written
    # (a trigger in SQLite itself, standing in for a second writer).
    vault.db.conn.execute(
        "CREATE TEMP TRIGGER reset_meanwhile AFTER INSERT ON private_item WHEN NEW.kind = 'group_contribution'"
        " BEGIN INSERT INTO group_count(key, n) VALUES ('round', 77) ON CONFLICT(key) DO UPDATE SET n = 77; END")
    with pytest.raises(ProfileError) as refused:
        group.add(u)
    assert refused.value.code == "group_reset"
    assert [r for r in rows(vault.db) if r[0] != "round"] == [r for r in before if r[0] != "round"]
    assert u.texts(KIND) == []  # not counted, so not recorded: they may add
    vault.db.conn.execute("DROP TRIGGER reset_meanwhile")
    assert group.standing(u).state == READY
    group.add(u)
    assert ("contributors", 2) in rows(vault.db) and group.standing(u).state == ADDED


def _picture_pages(data_dir) -> bytes:
    """The raw bytes of the pages that hold the picture (the table and its key index)."""
    path = data_dir / DB_FILENAME
    check = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    size = check.execute("PRAGMA page_size").fetchone()[0]
    pages = sorted(p for (p,) in check.execute(
        "SELECT pageno FROM dbstat WHERE name IN (SELECT name FROM sqlite_master WHERE tbl_name = 'group_count')"))
    check.close()
    raw = path.read_bytes()
    return b"".join(raw[(p - 1) * size:p * size] for p in pages)


@pytest.mark.parametrize("order", [(0, 1, 2, 3, 4), (4, 3, 2, 1, 0), (2, 0, 4, 1, 3)])
def test_the_picture_in_the_file_does_not_tell_who_added_what_or_when(tmp_path, order):
    """The same people adding in another order leave the very same bytes: no row made by the
    first to lean one way, no rowid, no cell moved by the last one to add."""
    scales = [CLOSER_ABSENT, BACK_NO_INTIMACY, IN_BETWEEN_NOTHING, CLOSER_ABSENT, BACK_NO_INTIMACY]
    pictures = []
    for run, sequence in enumerate([(0, 1, 2, 3, 4), order]):
        folder = tmp_path / f"folder-{run}"
        folder.mkdir()
        db = open_database(folder)
        vault = VaultService(db, kdf=FastTestKdf(), keyring_backend=MemoryKeyring())
        group = GroupService(vault, EXERCISES)
        for i in sequence:
            group.add(person(vault, NAMES[i], scales[i]))
        pictures.append((_picture_pages(folder), list(db.conn.execute("SELECT rowid, key FROM group_count ORDER BY rowid"))))
        db.close()
    assert pictures[0] == pictures[1]
    assert pictures[0][1][0] == (1, "round") and len(pictures[0][1]) == 1 + 10  # every key, in one fixed order
