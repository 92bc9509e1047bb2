"""Take home (issue 13, section 5): a profile, or a couple, as one encrypted file, and that file
brought into another data folder (another computer). Real crypto, real SQLite, the tests' fast
KDF; each data folder has a keyring of its own, as two computers do."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat

import pytest

from erfenis_desktop.services.couple import CoupleService
from erfenis_desktop.services.transfer import ADDED, DIVERGED, OLDER, OTHER, SAME, UPDATED, TransferService
from erfenis_desktop.services.vault import ProfileError, VaultService
from erfenis_desktop.storage.database import open_database
from erfenis_desktop.vault.kdf import FastTestKdf
from tests.vault.memory_keyring import MemoryKeyring

PASSWORD = "lange wandeling"
B_PASSWORD = "korte fietstocht"
FILE_PASSWORD = "een nieuw wachtwoord"


class Computer:
    """One data folder with its own keyring: one computer."""

    def __init__(self, folder):
        folder.mkdir()
        self.folder = folder
        self.db = open_database(folder)
        self.keyring = MemoryKeyring()
        self.vault = VaultService(self.db, kdf=FastTestKdf(), keyring_backend=self.keyring)
        self.couple = CoupleService(self.vault)
        self.transfer = TransferService(self.vault)

    def dump(self) -> list:
        """Every row of every table: what a person could ever notice of this data folder."""
        conn = self.db.conn
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return [(t, sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr)) for t in tables]

    def close(self):
        self.db.close()


@pytest.fixture
def workshop(tmp_path):
    c = Computer(tmp_path / "workshop")
    yield c
    c.close()


@pytest.fixture
def home(tmp_path):
    c = Computer(tmp_path / "at-home")
    yield c
    c.close()


def texts_of(unlocked) -> dict[str, tuple[str, str]]:
    texts, damaged = unlocked.readable_texts()
    assert damaged == 0
    return {t.uuid: (t.kind, t.text) for t in texts}


def write_some(unlocked, tag: str = "") -> None:
    unlocked.save_text("note", f"Als jij stil wordt, word ik bang{tag}.")
    step = unlocked.save_text("step1", f"Thuis werd er niet gepraat{tag}.")
    unlocked.save_text("step1", f"Thuis werd er nooit gepraat over ruzie{tag}.", step)  # revision 2
    unlocked.save_text("cycle_map", '{"me": "ik trek me terug"}')


def test_one_person_round_trip(workshop, home, tmp_path):
    alex, code = workshop.vault.create("Alex", PASSWORD)
    workshop.vault.confirm_recovery_saved(alex)  # Alex wrote the code down
    write_some(alex)
    before = texts_of(alex)
    path = tmp_path / "alex.erfenis"
    summary = workshop.transfer.export([alex], path, PASSWORD, own_password=True)
    assert summary.names == ["Alex"] and summary.items == 3 and not summary.linked
    # The file is the owner's alone, and holds nothing readable.
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    raw = path.read_bytes()
    for secret in (b"Alex", b"bang", b"gepraat", b"note", b"step1", alex.profile.uuid.encode()):
        assert secret not in raw
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".part")] == []

    result = home.transfer.import_file(path, PASSWORD)
    assert [(p.name, p.outcome) for p in result.profiles] == [("Alex", ADDED)]
    assert not result.profiles[0].new_code_at_unlock  # the code Alex kept goes on working
    opened, before_profile = home.vault.unlock(alex.profile.uuid, PASSWORD)
    assert texts_of(opened) == before and before_profile.failed_attempts == 0
    # Made fresh for this computer: bound to this computer's own extra key.
    row = home.vault.repo.get(alex.profile.uuid)
    assert row.device_check is not None and row.device_check == home.db.meta("device_check")
    assert row.device_check != workshop.vault.repo.get(alex.profile.uuid).device_check
    # The recovery code Alex wrote down at the workshop opens it here too.
    recovered, _new_code = home.vault.recover(alex.profile.uuid, code, "weer een ander wachtwoord")
    assert texts_of(recovered) == before
    with pytest.raises(ProfileError) as wrong:
        home.vault.unlock(alex.profile.uuid, "niet het wachtwoord")
    assert wrong.value.code == "wrong_password"
    # Writing goes on here as anywhere.
    new = recovered.save_text("note", "Thuis, op mijn eigen computer.")
    assert recovered.read_text(new).text == "Thuis, op mijn eigen computer."


def test_a_new_password_for_the_file_is_the_password_on_the_other_computer(workshop, home, tmp_path):
    alex, _ = workshop.vault.create("Alex", PASSWORD)
    write_some(alex)
    path = tmp_path / "alex.erfenis"
    workshop.transfer.export([alex], path, FILE_PASSWORD, own_password=False, current=PASSWORD)
    with pytest.raises(ProfileError) as wrong:
        home.transfer.import_file(path, PASSWORD)  # the profile's own password does not open this file
    assert wrong.value.code == "wrong_password"
    home.transfer.import_file(path, FILE_PASSWORD)
    assert texts_of(home.vault.unlock(alex.profile.uuid, FILE_PASSWORD)[0]) == texts_of(alex)
    with pytest.raises(ProfileError):
        home.vault.unlock(alex.profile.uuid, PASSWORD)


def test_own_password_is_checked_before_the_file_is_written(workshop, tmp_path):
    alex, _ = workshop.vault.create("Alex", PASSWORD)
    path = tmp_path / "alex.erfenis"
    with pytest.raises(ProfileError) as wrong:
        workshop.transfer.export([alex], path, "iets anders dan het", own_password=True)
    assert wrong.value.code == "wrong_password" and not path.exists()
    assert workshop.vault.repo.get(alex.profile.uuid).failed_attempts == 1  # counted, as at unlocking
    with pytest.raises(ProfileError) as short:
        workshop.transfer.export([alex], path, "kort", own_password=False, current=PASSWORD)
    assert short.value.code == "password_short" and not path.exists()


def test_a_skipped_recovery_code_is_replaced_after_the_import(workshop, home, tmp_path):
    alex, old_code = workshop.vault.create("Alex", PASSWORD)
    with workshop.db.transaction() as conn:  # a workshop participant who skipped the code
        conn.execute("UPDATE profile SET role = 'participant', recovery_skipped = 1, recovery_confirmed = 0"
                     " WHERE uuid = ?", (alex.profile.uuid,))
    write_some(alex)
    path = tmp_path / "alex.erfenis"
    workshop.transfer.export([alex], path, PASSWORD, own_password=True)
    result = home.transfer.import_file(path, PASSWORD)
    assert result.profiles[0].new_code_at_unlock
    role, skipped, confirmed = home.db.conn.execute(
        "SELECT role, recovery_skipped, recovery_confirmed FROM profile").fetchone()
    assert (role, skipped, confirmed) == ("person", 0, 0)
    # At the first unlock here a new code is made (the flow shows it), and the unseen one stops working.
    opened, _ = home.vault.unlock(alex.profile.uuid, PASSWORD)
    assert not opened.profile.recovery_confirmed
    new_code = home.vault.new_recovery_code_job(opened).run_here()
    with pytest.raises(ProfileError):
        home.vault.recover(alex.profile.uuid, old_code, "weer een ander wachtwoord")
    assert texts_of(home.vault.recover(alex.profile.uuid, new_code, "weer een ander wachtwoord")[0])


@pytest.fixture
def linked(workshop):
    alex, _ = workshop.vault.create("Alex", PASSWORD)
    bo, _ = workshop.vault.create("Bo", B_PASSWORD)
    workshop.couple.link(alex, bo)
    a_note = alex.save_text("note", "Als jij stil wordt, word ik bang.")
    workshop.couple.share(alex, a_note)
    alex.save_text("note", "Dit blijft van mij.")
    b_note = bo.save_text("step1", "Bij ons thuis sloeg de deur dicht.")
    workshop.couple.share(bo, b_note)
    return alex, bo


@pytest.mark.parametrize("order", ["alex first", "bo first"])
def test_a_couple_who_both_import_keeps_the_link_and_what_they_shared(workshop, home, tmp_path, linked, order):
    alex, bo = linked
    a_path, b_path = tmp_path / "alex.erfenis", tmp_path / "bo.erfenis"
    a_summary = workshop.transfer.export([alex], a_path, PASSWORD, own_password=True)
    workshop.transfer.export([bo], b_path, B_PASSWORD, own_password=True)
    assert a_summary.linked and a_summary.shared == 1
    files = [(a_path, PASSWORD), (b_path, B_PASSWORD)]
    if order == "bo first":
        files.reverse()
    first = home.transfer.import_file(*files[0])
    assert first.profiles[0].outcome == ADDED and not first.profiles[0].linked  # the partner is not here yet
    assert first.profiles[0].waiting_for_partner
    alone = home.vault.unlock(first.profiles[0].uuid, files[0][1])[0]
    assert home.couple.state(alone) == "changed"  # nothing is shared to a partner who is not here
    with pytest.raises(ProfileError):
        home.couple.share(alone, alone.save_text("note", "Nog alleen."))
    alone.lock()
    second = home.transfer.import_file(*files[1])
    assert second.profiles[0].outcome == ADDED and second.profiles[0].linked
    a_home = home.vault.unlock(alex.profile.uuid, PASSWORD)[0]
    b_home = home.vault.unlock(bo.profile.uuid, B_PASSWORD)[0]
    assert home.couple.state(a_home) == "linked" and home.couple.state(b_home) == "linked"
    assert home.couple.fingerprint(alex.profile.uuid, "en") == workshop.couple.fingerprint(alex.profile.uuid, "en")
    shared_to_bo, damaged = home.couple.shared(b_home)
    assert damaged == 0
    assert sorted(t.text for t in shared_to_bo) == ["Als jij stil wordt, word ik bang.",
                                                   "Bij ons thuis sloeg de deur dicht."]
    assert "Dit blijft van mij." not in {t.text for t in shared_to_bo}
    # Sharing something new still works, both ways, and unsharing too.
    fresh = a_home.save_text("note", "Thuis verder.")
    copy = home.couple.share(a_home, fresh)
    assert "Thuis verder." in {t.text for t in home.couple.shared(b_home)[0]}
    home.couple.unshare(a_home, copy)
    assert "Thuis verder." not in {t.text for t in home.couple.shared(b_home)[0]}
    back = b_home.save_text("note", "Ik hoor je.")
    home.couple.share(b_home, back)
    assert "Ik hoor je." in {t.text for t in home.couple.shared(a_home)[0]}
    # Both files again: nothing added twice.
    dump = home.dump()
    for path, password in files:
        assert [p.outcome for p in home.transfer.import_file(path, password).profiles] in ([SAME], [OLDER])
    assert home.dump() == dump


def test_a_couple_takes_two_files_never_one(workshop, tmp_path, linked):
    """One file for two would hold both data keys under one password both know: each could open
    the other's profile with it. Each takes their own (see the test above for the link)."""
    alex, bo = linked
    path = tmp_path / "samen.erfenis"
    for own in (False, True):
        with pytest.raises(ProfileError) as refused:
            workshop.transfer.export([alex, bo], path, FILE_PASSWORD if not own else PASSWORD, own_password=own)
        assert refused.value.code == "own_file_each" and not path.exists()


def test_importing_the_same_file_twice_adds_nothing(workshop, home, tmp_path):
    alex, _ = workshop.vault.create("Alex", PASSWORD)
    write_some(alex)
    path = tmp_path / "alex.erfenis"
    workshop.transfer.export([alex], path, PASSWORD, own_password=True)
    home.transfer.import_file(path, PASSWORD)
    dump = home.dump()
    again = home.transfer.import_file(path, PASSWORD)
    assert [(p.name, p.outcome) for p in again.profiles] == [("Alex", SAME)] and not again.changed
    assert home.dump() == dump
    assert len(home.vault.profiles()) == 1


def test_a_newer_file_updates_an_older_import_and_an_older_file_is_refused(workshop, home, tmp_path):
    alex, _ = workshop.vault.create("Alex", PASSWORD)
    write_some(alex)
    old_path, new_path = tmp_path / "old.erfenis", tmp_path / "new.erfenis"
    workshop.transfer.export([alex], old_path, PASSWORD, own_password=True)
    later = alex.save_text("note", "Na de pauze geschreven.")
    step = next(uuid for uuid, (kind, _t) in texts_of(alex).items() if kind == "step1")
    alex.save_text("step1", "Thuis werd er nooit gepraat, en ook niet gelachen.", step)
    workshop.transfer.export([alex], new_path, PASSWORD, own_password=True)

    home.transfer.import_file(old_path, PASSWORD)
    home.vault.change_password(home.vault.unlock(alex.profile.uuid, PASSWORD)[0], "mijn thuiswachtwoord")
    result = home.transfer.import_file(new_path, PASSWORD)
    assert [(p.name, p.outcome) for p in result.profiles] == [("Alex", UPDATED)]
    opened = home.vault.unlock(alex.profile.uuid, "mijn thuiswachtwoord")[0]  # the password here stays
    assert texts_of(opened) == texts_of(alex) and later in texts_of(opened)

    # Rolling back: the older file is refused, and nothing changes.
    dump = home.dump()
    refused = home.transfer.import_file(old_path, PASSWORD)
    assert [(p.name, p.outcome) for p in refused.profiles] == [("Alex", OLDER)] and not refused.changed
    assert home.dump() == dump


def test_a_profile_that_went_on_here_too_is_not_overwritten(workshop, home, tmp_path):
    alex, _ = workshop.vault.create("Alex", PASSWORD)
    write_some(alex)
    old_path, new_path = tmp_path / "old.erfenis", tmp_path / "new.erfenis"
    workshop.transfer.export([alex], old_path, PASSWORD, own_password=True)
    home.transfer.import_file(old_path, PASSWORD)
    here = home.vault.unlock(alex.profile.uuid, PASSWORD)[0]
    mine = here.save_text("note", "Alleen hier geschreven.")
    for n in range(3):
        alex.save_text("note", f"Op de workshop {n}.")
    workshop.transfer.export([alex], new_path, PASSWORD, own_password=True)
    dump = home.dump()
    result = home.transfer.import_file(new_path, PASSWORD)
    assert [p.outcome for p in result.profiles] == [DIVERGED]
    assert home.dump() == dump and here.read_text(mine).text == "Alleen hier geschreven."


def test_the_same_number_of_changes_on_both_sides_is_not_the_same(workshop, home, tmp_path):
    alex, _ = workshop.vault.create("Alex", PASSWORD)
    old_path, new_path = tmp_path / "old.erfenis", tmp_path / "new.erfenis"
    workshop.transfer.export([alex], old_path, PASSWORD, own_password=True)
    home.transfer.import_file(old_path, PASSWORD)
    home.vault.unlock(alex.profile.uuid, PASSWORD)[0].save_text("note", "Hier.")
    alex.save_text("note", "Daar.")
    workshop.transfer.export([alex], new_path, PASSWORD, own_password=True)
    assert [p.outcome for p in home.transfer.import_file(new_path, PASSWORD).profiles] == [DIVERGED]


def test_another_profile_with_the_same_id_is_never_overwritten(workshop, home, tmp_path):
    alex, _ = workshop.vault.create("Alex", PASSWORD)
    write_some(alex)
    path, newer = tmp_path / "alex.erfenis", tmp_path / "newer.erfenis"
    workshop.transfer.export([alex], path, PASSWORD, own_password=True)
    home.transfer.import_file(path, PASSWORD)
    # Here the profile renewed its protection: a new data key, which the file's does not prove.
    home.vault.renew_key_job(home.vault.unlock(alex.profile.uuid, PASSWORD)[0], PASSWORD,
                             "een heel nieuw wachtwoord").run_here()
    for n in range(5):
        alex.save_text("note", f"Meer {n}.")
    workshop.transfer.export([alex], newer, PASSWORD, own_password=True)
    dump = home.dump()
    assert [p.outcome for p in home.transfer.import_file(newer, PASSWORD).profiles] == [OTHER]
    assert home.dump() == dump


def test_a_name_taken_here_gets_a_number(workshop, home, tmp_path):
    alex, _ = workshop.vault.create("Alex", PASSWORD)
    home.vault.create("alex", "een ander wachtwoord")
    path = tmp_path / "alex.erfenis"
    workshop.transfer.export([alex], path, PASSWORD, own_password=True)
    result = home.transfer.import_file(path, PASSWORD)
    assert [(p.name, p.renamed_from) for p in result.profiles] == [("Alex (2)", "Alex")]
    assert sorted(p.name for p in home.vault.profiles()) == ["Alex (2)", "alex"]


@pytest.fixture
def alex_file(workshop, tmp_path):
    alex, _ = workshop.vault.create("Alex", PASSWORD)
    write_some(alex)
    path = tmp_path / "alex.erfenis"
    workshop.transfer.export([alex], path, PASSWORD, own_password=True)
    return path


def _refused(home, path, password=PASSWORD) -> str:
    dump = home.dump()
    with pytest.raises(ProfileError) as err:
        home.transfer.import_file(path, password)
    assert home.dump() == dump  # nothing changed in this data folder
    return err.value.code


def test_a_wrong_password_for_the_file(home, alex_file):
    for _ in range(3):  # no wait, no lock-out: the right one works at once afterwards
        assert _refused(home, alex_file, "niet het goede") == "wrong_password"
    assert home.transfer.import_file(alex_file, PASSWORD).profiles[0].outcome == ADDED


def test_a_flipped_byte_anywhere_is_refused(home, alex_file, tmp_path):
    raw = alex_file.read_bytes()
    header_end = 22 + int.from_bytes(raw[18:22], "big")
    positions = [0, 15, 16, 17, 18, 21, 22, 40, header_end - 2, header_end, header_end + 1, header_end + 20,
                 len(raw) // 2, len(raw) - 40, len(raw) - 33, len(raw) - 32, len(raw) - 1]
    for pos in positions:
        bad = bytearray(raw)
        bad[pos] ^= 0x01
        target = tmp_path / f"flip-{pos}.erfenis"
        target.write_bytes(bad)
        assert _refused(home, target) in ("transfer_damaged", "transfer_foreign"), pos
    # Someone who knows the format changes a byte and puts the checksum right: still refused.
    for pos in [22 + 10, header_end - 5, header_end + 1, header_end + 30, len(raw) - 40]:
        bad = bytearray(raw[:-32])
        bad[pos] ^= 0x01
        target = tmp_path / f"tamper-{pos}.erfenis"
        target.write_bytes(bytes(bad) + hashlib.sha256(bad).digest())
        assert _refused(home, target) in ("transfer_damaged", "wrong_password"), pos
    assert home.vault.profiles() == []


def test_a_truncated_or_lengthened_file_is_refused(home, alex_file, tmp_path):
    raw = alex_file.read_bytes()
    for cut in (0, 5, 16, 30, len(raw) // 3, len(raw) - 1):
        target = tmp_path / f"cut-{cut}.erfenis"
        target.write_bytes(raw[:cut])
        assert _refused(home, target) == "transfer_damaged", cut
    target = tmp_path / "longer.erfenis"
    target.write_bytes(raw + b"\0")
    assert _refused(home, target) == "transfer_damaged"


def test_a_file_of_another_kind_or_a_newer_version(home, alex_file, tmp_path):
    other = tmp_path / "letter.pdf"
    other.write_bytes(b"%PDF-1.7\n" + os.urandom(300))
    assert _refused(home, other) == "transfer_foreign"
    database = tmp_path / "erfenis.db"
    sqlite3.connect(database).execute("CREATE TABLE t(x)").connection.commit()
    assert _refused(home, database) == "transfer_foreign"
    raw = bytearray(alex_file.read_bytes()[:-32])
    raw[17] = 2  # version 2, with its checksum put right
    newer = tmp_path / "newer.erfenis"
    newer.write_bytes(bytes(raw) + hashlib.sha256(raw).digest())
    assert _refused(home, newer) == "transfer_too_new"
    assert _refused(home, tmp_path / "not there.erfenis") == "transfer_unreadable"


def test_the_file_is_replaced_whole_or_not_at_all(workshop, tmp_path):
    alex, _ = workshop.vault.create("Alex", PASSWORD)
    path = tmp_path / "alex.erfenis"
    path.write_bytes(b"an older file")
    os.chmod(path, 0o644)
    workshop.transfer.export([alex], path, PASSWORD, own_password=True)
    assert path.read_bytes().startswith(b"ERFENIS TAKEHOME") and stat.S_IMODE(path.stat().st_mode) == 0o600
    # A place that cannot take the file (here: a folder of that name): refused, nothing left behind.
    taken = tmp_path / "taken.erfenis"
    taken.mkdir()
    with pytest.raises(ProfileError) as err:
        workshop.transfer.export([alex], taken, PASSWORD, own_password=True)
    assert err.value.code == "transfer_unwritable" and taken.is_dir() and list(taken.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".erfenis-")) == []


def test_a_locked_profile_is_not_exported(workshop, tmp_path):
    alex, _ = workshop.vault.create("Alex", PASSWORD)
    alex.lock()
    with pytest.raises(ProfileError) as err:
        workshop.transfer.export([alex], tmp_path / "alex.erfenis", PASSWORD, own_password=True)
    assert err.value.code == "locked" and not (tmp_path / "alex.erfenis").exists()


def test_brought_back_to_a_workshop_it_is_a_participant_again(workshop, home, tmp_path):
    """A programme over several meetings: the work comes back to the workshop laptop, where the
    wipe at the end of the day must find it; at home it is a person's own profile."""
    from erfenis_desktop.storage.workshop import WorkshopRepository

    alex, _ = workshop.vault.create("Alex", PASSWORD)
    with workshop.db.transaction() as conn:
        conn.execute("UPDATE profile SET role = 'participant', recovery_skipped = 1, recovery_confirmed = 0")
    path = tmp_path / "alex.erfenis"
    workshop.transfer.export([alex], path, PASSWORD, own_password=True)
    WorkshopRepository(home.db).mark_workshop()
    home.transfer.import_file(path, PASSWORD)
    assert home.db.conn.execute("SELECT role, recovery_skipped, recovery_confirmed FROM profile").fetchone() == \
        ("participant", 1, 0)


def test_rows_that_would_land_on_someone_elses_are_refused_as_a_whole(workshop, home, tmp_path):
    """A file sealed with the right password whose item carries the id of another profile's item
    here: nothing of the file goes in (one transaction), and that other item is untouched."""
    from erfenis_desktop.vault import transfer as fmt

    alex, _ = workshop.vault.create("Alex", PASSWORD)
    write_some(alex)
    sam, _ = home.vault.create("Sam", "een ander wachtwoord")
    theirs = sam.save_text("note", "Van Sam.")
    path = tmp_path / "alex.erfenis"
    workshop.transfer.export([alex], path, PASSWORD, own_password=True)
    payload = fmt.open_file(path.read_bytes(), PASSWORD, FastTestKdf())
    payload["profiles"][0]["items"][-1]["uuid"] = theirs
    forged = tmp_path / "forged.erfenis"
    forged.write_bytes(fmt.seal_file(payload, PASSWORD, FastTestKdf()))
    assert _refused(home, forged) == "transfer_clash"
    assert sam.read_text(theirs).text == "Van Sam." and [p.name for p in home.vault.profiles()] == ["Sam"]


def test_a_profile_changed_between_deciding_and_writing_is_not_overwritten(workshop, home, tmp_path):
    from erfenis_desktop.storage.transfer import ImportRefused, ProfileImport, profile_rows, write_import

    alex, _ = workshop.vault.create("Alex", PASSWORD)
    path = tmp_path / "alex.erfenis"
    workshop.transfer.export([alex], path, PASSWORD, own_password=True)
    home.transfer.import_file(path, PASSWORD)
    rows = profile_rows(home.db, alex.profile.uuid)
    dump = home.dump()
    with pytest.raises(ImportRefused):
        write_import(home.db, [ProfileImport(rows, [], expected_seq=rows.manifest_seq - 1)], [])
    with pytest.raises(ImportRefused):  # "new", but it is there now
        write_import(home.db, [ProfileImport(rows, [])], [])
    assert home.dump() == dump
