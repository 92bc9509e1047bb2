"""Workshop mode below the screens: roles, couples for the picker, the facilitator's keys,
and the verified wipe at the end of the day. Real SQLite, real crypto."""

from __future__ import annotations

import sqlite3

import pytest

from erfenis_desktop.services.couple import CoupleService, space_aad
from erfenis_desktop.services.vault import ProfileError, VaultService
from erfenis_desktop.services.workshop import WorkshopService, workshop_dir
from erfenis_desktop.services.workshop_wipe import WipeService, name_forms, value_slice
from erfenis_desktop.storage import database
from erfenis_desktop.storage.database import open_database
from erfenis_desktop.vault import aead
from erfenis_desktop.vault.errors import DamagedError
from erfenis_desktop.vault.items import open_item, open_text
from erfenis_desktop.vault.kdf import FastTestKdf
from tests.vault.memory_keyring import MemoryKeyring

FACILITATOR_PW = "de hele dag koffie"
PEOPLE = [("Marieke Vos", "zonnebloem 1"), ("Jeroen Kwak", "zonnebloem 2"),
          ("Ayşe Demir", "zonnebloem 3"), ("Ömer Yıldız", "zonnebloem 4"), ("Kees-Willem", "zonnebloem 5")]


@pytest.fixture
def day(data_dir):
    """A workshop with a facilitator (with a programme), two couples and one on their own, each
    with private answers and the couples with shared ones."""
    data_dir.mkdir()
    db = open_database(data_dir)
    vault = VaultService(db, kdf=FastTestKdf(), keyring_backend=MemoryKeyring())
    workshop = WorkshopService(vault)
    facilitator, _code = workshop.create_facilitator_job("Hold Me Tight, voorjaar", "2027-03-13", "Femke",
                                                         FACILITATOR_PW).run_here()
    programme = facilitator.save_text("programme", "Programma: 10:00 welkom, 10:15 patrooncheck, 11:00 pauze")
    people, canaries = [], {}
    for name, password in PEOPLE:
        u, _code = workshop.join_job(name, password, skip_code=True).run_here()
        canary = f"CANARY-{name.split()[0].upper()}-mijn vader zweeg altijd aan tafel"
        canaries[u.profile.uuid] = canary
        u.save_text("note", canary)
        u.save_text("step1", f"Thuis werd er niet over gevoelens gepraat ({name})")
        people.append(u)
    couple = CoupleService(vault)
    for a, b in ((people[0], people[1]), (people[2], people[3])):
        couple.link(a, b)
        couple.share(a, a.save_text("note", f"Gedeeld door {a.profile.name}: ik word bang als je stil bent"))
        couple.share(b, b.save_text("note", f"Gedeeld door {b.profile.name}: ik trek me terug"))
    yield vault, workshop, facilitator, programme, people, canaries
    db.close()


def test_roles_and_the_folder_are_marked(day):
    _vault, workshop, facilitator, _programme, people, _c = day
    assert workshop.is_workshop
    assert workshop.info() == ("Hold Me Tight, voorjaar", "2027-03-13")
    assert workshop.is_facilitator(facilitator.profile.uuid)
    assert all(workshop.is_participant(u.profile.uuid) and workshop.skips_code(u.profile.uuid) for u in people)
    assert not workshop.skips_code(facilitator.profile.uuid)
    assert sorted(p.name for p in workshop.participants()) == sorted(n for n, _ in PEOPLE)
    with pytest.raises(ProfileError):
        workshop.create_facilitator_job("Tweede", "2027-03-14", "Nog een", "nog een wachtwoord")


def test_the_picker_groups_couples_together_by_name(day):
    _vault, workshop, _f, _p, people, _c = day
    groups = [g.names for g in workshop.groups()]
    assert groups == [("Ayşe Demir", "Ömer Yıldız"), ("Jeroen Kwak", "Marieke Vos"), ("Kees-Willem",)]
    assert [g.names for g in workshop.groups(exclude={people[1].profile.uuid})] == [
        ("Ayşe Demir", "Ömer Yıldız"), ("Kees-Willem",)]


def test_a_participant_name_follows_the_name_rules(day):
    _vault, workshop, *_ = day
    with pytest.raises(ProfileError) as refused:
        workshop.join_job("marieke vos", "een wachtwoord", skip_code=True)
    assert refused.value.code == "name_taken"
    with pytest.raises(ProfileError) as refused:
        workshop.join_job("Bo\u202e", "een wachtwoord", skip_code=True)
    assert refused.value.code == "name_direction"


def test_the_workshop_folder_is_a_sibling_of_the_personal_one(tmp_path):
    assert workshop_dir(tmp_path / "Erfenis") == tmp_path / "Erfenis-workshop"


def test_the_facilitators_keys_open_no_participant_item(day):
    """Enforced by the keys: the facilitator's data key, tried with the real vault code on every
    participant's private item, shared item, item key and space key, opens none of them."""
    vault, _workshop, facilitator, _p, people, _c = day
    facilitator.lock()
    facilitator, _ = vault.unlock(facilitator.profile.uuid, FACILITATOR_PW)
    key = facilitator._key()
    conn = vault.db.conn
    participant_ids = {u.profile.uuid for u in people}
    rows = list(conn.execute("SELECT uuid, owner_uuid, kind, created_at, updated_at, key_version, revision, body"
                             " FROM private_item"))
    theirs = [r for r in rows if r[1] in participant_ids]
    assert len(theirs) >= 2 * len(people)
    for uuid, owner, kind, created, updated, version, revision, body in theirs:
        for as_owner in (owner, facilitator.profile.uuid):
            with pytest.raises(DamagedError):
                open_item(key, body, uuid=uuid, owner=as_owner, kind=kind, revision=revision, key_version=version,
                          created_at=created, updated_at=updated)
        with pytest.raises(ProfileError):
            facilitator.read_text(uuid)
    shared = list(conn.execute("SELECT uuid, couple_uuid, owner_uuid, item_key, body FROM shared_item"))
    assert len(shared) == 4
    from erfenis_desktop.services.couple import _aad

    for uuid, couple, owner, item_key, body in shared:
        with pytest.raises(DamagedError):
            aead.open_into(key, item_key, _aad(couple, uuid, "item key"))  # as if it were the space key
        with pytest.raises(DamagedError):
            open_text(key, body, _aad(couple, uuid, owner, "body"))  # as if it were the item key
    for couple, member, space in conn.execute("SELECT couple_uuid, profile_uuid, space_key FROM couple_member"):
        for as_member in (member, facilitator.profile.uuid):
            with pytest.raises(DamagedError):
                aead.open_into(key, space, space_aad(couple, as_member))
    # ... while the same code opens the participants' items with their own keys.
    own = people[0]
    assert own.read_text(theirs[0][0]).text if theirs[0][1] == own.profile.uuid else True


def _all_files(folder):
    return [p for p in folder.rglob("*") if p.is_file()]


def test_the_wipe_leaves_no_participant_name_or_writing_in_any_file(day, data_dir):
    vault, workshop, facilitator, programme, people, canaries = day
    conn = vault.db.conn
    marks = ",".join("?" * len(people))
    ids = [u.profile.uuid for u in people]
    # Every participant's ciphertext, read before the wipe: the canaries of their answers.
    bodies = [bytes(b) for (b,) in conn.execute(f"SELECT body FROM private_item WHERE owner_uuid IN ({marks})", ids)]
    bodies += [bytes(b) for (b,) in conn.execute(f"SELECT body FROM shared_item WHERE owner_uuid IN ({marks})", ids)]
    assert len(bodies) >= 2 * len(people) + 4
    names = [u.profile.name for u in people]
    # A kept copy from before, holding everything: it must go too.
    copy = database.backup_copy(vault.db.path, 5, data_dir / database.BACKUP_DIRNAME)
    assert any(value_slice(bodies[0]) in p.read_bytes() for p in _all_files(data_dir))
    assert any(names[0].encode() in p.read_bytes() for p in _all_files(data_dir))
    for u in people:
        u.lock()
    facilitator.lock()

    report = WipeService(vault).wipe_job(facilitator.profile.uuid, FACILITATOR_PW).run_here()

    assert report.ok, report
    assert report.removed_profiles == len(people)
    assert report.removed_copies == 1 and not copy.exists()
    assert report.names_checked == len(people) and report.values_checked >= len(bodies)
    assert {f for f, _ in report.files} >= {"erfenis.db"}
    files = _all_files(data_dir)
    assert files
    for path in files:
        data = path.read_bytes()
        for name in names:
            for form in name_forms(name):
                assert form not in data, (path, name)
        for body in bodies:
            assert value_slice(body) not in data, path
            assert body[1:13] not in data, path  # its nonce too
        for canary in canaries.values():
            assert canary.encode() not in data
    # Nobody of the day left; the facilitator stays, unlocks, and their programme opens.
    assert [p.name for p in vault.profiles()] == ["Femke"]
    assert conn.execute("SELECT count(*) FROM couple").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM shared_item").fetchone()[0] == 0
    again, _ = vault.unlock(facilitator.profile.uuid, FACILITATOR_PW)
    assert again.read_text(programme).text.startswith("Programma: 10:00 welkom")
    assert workshop.is_workshop and workshop.info()[0] == "Hold Me Tight, voorjaar"


def test_the_group_picture_goes_with_its_people(day):
    """The day's group picture is emptied by the wipe (the next group starts with none), and a
    new round begins: a record of having added today no longer stops anyone adding."""
    from erfenis_desktop.storage.group import GroupRepository

    vault, _workshop, facilitator, *_ = day
    with vault.db.transaction() as conn:
        conn.execute("INSERT INTO group_count(key, n) VALUES ('contributors', 5), ('lean:closer', 3)")
    before = GroupRepository(vault.db).round()
    facilitator.lock()
    report = WipeService(vault).wipe_job(facilitator.profile.uuid, FACILITATOR_PW).run_here()
    assert report.ok
    assert {k: n for k, n in GroupRepository(vault.db).counts().items() if k != "round"} == {}
    assert GroupRepository(vault.db).round() != before


def test_a_wrong_password_wipes_nothing_and_never_locks_out(day):
    vault, _workshop, facilitator, *_ = day
    before = len(vault.profiles())
    with pytest.raises(ProfileError) as wrong:
        WipeService(vault).wipe_job(facilitator.profile.uuid, "niet het wachtwoord").run_here()
    assert wrong.value.code == "wrong_password"
    assert len(vault.profiles()) == before
    # A participant cannot start a wipe with their own password.
    participant = next(p for p in vault.profiles() if p.name == PEOPLE[0][0])
    with pytest.raises(ProfileError):
        WipeService(vault).wipe_job(participant.uuid, PEOPLE[0][1])


def test_the_verification_finds_what_is_left(day, data_dir):
    """The check itself is honest: a participant's name written into a file of the folder is
    found, and so is a slice of their ciphertext."""
    vault, _workshop, _facilitator, _p, people, _c = day
    body = bytes(vault.db.conn.execute("SELECT body FROM private_item WHERE owner_uuid = ?",
                                       (people[2].profile.uuid,)).fetchone()[0])
    report = WipeService(vault).wipe()
    assert report.ok
    (data_dir / "left-behind.txt").write_bytes("Ömer Yıldız".encode("utf-16-le"))
    (data_dir / "left-behind.bin").write_bytes(b"xx" + body + b"yy")
    from erfenis_desktop.services.workshop_wipe import WipeReport, verify

    again = WipeReport(compacted=True)
    verify(data_dir, [p[0] for p in PEOPLE], [body], [], again)
    assert ("left-behind.txt", "name") in again.found
    assert ("left-behind.bin", "writing") in again.found
    assert not again.ok


def test_a_name_inside_the_facilitators_is_no_false_alarm(data_dir):
    data_dir.mkdir()
    db = open_database(data_dir)
    vault = VaultService(db, kdf=FastTestKdf(), keyring_backend=MemoryKeyring())
    workshop = WorkshopService(vault)
    _facilitator, _ = workshop.create_facilitator_job("Dag", "2027-01-01", "Annabel", FACILITATOR_PW).run_here()
    workshop.join_job("Anna", "een wachtwoord", skip_code=True).run_here()
    report = WipeService(vault).wipe()
    assert report.ok, report.found
    db.close()
    with sqlite3.connect(data_dir / "erfenis.db") as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM profile")] == ["Annabel"]


def test_a_profile_made_outside_join_is_a_participant_and_goes_with_the_wipe(day):
    """A partner who makes their profile at Together (an ordinary create) is still one of the day."""
    vault, workshop, facilitator, *_ = day
    partner, _ = vault.create("Partner van Kees", "een lang wachtwoord")
    partner.save_text("note", "CANARY-partner")
    assert workshop.is_participant(partner.profile.uuid)
    assert "Partner van Kees" in [p.name for p in workshop.participants()]
    workshop.adopt(partner.profile.uuid)
    assert workshop.repo.role(partner.profile.uuid) == "participant"
    facilitator.lock()
    report = WipeService(vault).wipe()
    assert report.ok and [p.name for p in vault.profiles()] == ["Femke"]
