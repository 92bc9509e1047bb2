"""Attacks on "a take-home import never brings back what was deleted here" (8533016), from
outside: every path by which a deleted text could come back, every way the list of deletions
could lock a person out of their own further-on file, old and malformed manifests, and what of
the list can be read without the key. Real files, real crypto, real SQLite, the tests' fast KDF;
each data folder has a keyring of its own, as two computers do."""

from __future__ import annotations

import pytest

from erfenis_desktop.services.transfer import ADDED, DIVERGED, OLDER, OTHER, SAME, UPDATED
from erfenis_desktop.services.vault import ProfileError
from erfenis_desktop.storage.workshop import WorkshopRepository
from erfenis_desktop.vault import items as vault_items
from erfenis_desktop.vault import transfer as vault_transfer
from tests.test_transfer import B_PASSWORD, PASSWORD, Computer

SECRET = "Wat ik hier schreef en weer wiste, zodat niemand aan deze computer het ooit leest."


@pytest.fixture
def home(tmp_path):
    c = Computer(tmp_path / "at-home")
    yield c
    c.close()


@pytest.fixture
def laptop(tmp_path):
    c = Computer(tmp_path / "workshop-laptop")
    yield c
    c.close()


@pytest.fixture
def third(tmp_path):
    c = Computer(tmp_path / "a-third-computer")
    yield c
    c.close()


def carry(source, target, unlocked, path, password=PASSWORD):
    """``unlocked``'s take-home file from ``source``, imported into ``target``; the outcomes."""
    source.transfer.export([unlocked], path, password, own_password=True)
    return [p.outcome for p in target.transfer.import_file(path, password).profiles]


def texts(unlocked) -> list[str]:
    found, damaged = unlocked.readable_texts()
    assert damaged == 0
    return sorted(t.text for t in found)


def again(computer, unlocked, password=PASSWORD):
    return computer.vault.unlock(unlocked.profile.uuid, password)[0]


def files_hold(computer, needle: bytes) -> list[str]:
    computer.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return [str(f) for f in computer.folder.rglob("*") if f.is_file() and needle in f.read_bytes()]


@pytest.fixture
def taken_along(home, laptop, tmp_path):
    """A profile at home with a private text X, taken to the laptop (both at the same point)."""
    p, _ = home.vault.create("Alex", PASSWORD)
    p.save_text("note", "Als jij stil wordt, word ik bang.")
    x = p.save_text("note", SECRET)
    assert carry(home, laptop, p, tmp_path / "to-laptop.erfenis") == [ADDED]
    return p, again(laptop, p), x


# Can a deleted text still come back? ----------------------------------------------------------

def test_renewed_protection_after_the_deletion_keeps_the_old_file_out(home, laptop, tmp_path, taken_along):
    p, there, x = taken_along
    p.delete_text(x)
    p, _code = home.vault.renew_key_job(p, PASSWORD, "nieuw en anders").run_here()
    for n in range(5):
        there.save_text("note", f"Op de workshop geschreven {n}.")
    dump = home.dump()
    assert carry(laptop, home, there, tmp_path / "back.erfenis") == [OTHER]
    assert home.dump() == dump
    assert SECRET not in texts(again(home, p, "nieuw en anders"))


def test_the_list_travels_home_laptop_home_so_a_stale_fork_stays_out(home, laptop, third, tmp_path, taken_along):
    """X deleted at home; the profile goes to the laptop and back (the laptop's manifest then
    replaces the one at home): a file that forked off before the deletion, elsewhere, and went
    on further than both, is still refused."""
    p, there, x = taken_along
    assert carry(laptop, third, there, tmp_path / "fork.erfenis") == [ADDED]  # forked while X was there
    fork = again(third, p)
    for n in range(20):
        fork.save_text("note", f"Elders {n}.")
    p.delete_text(x)
    p.save_text("note", "Thuis, na het wissen.")
    # The laptop still holds X (a deletion does not travel onto it), so a fresh laptop next time.
    fresh = Computer(tmp_path / "laptop-next-time")
    try:
        assert carry(home, fresh, p, tmp_path / "again.erfenis") == [ADDED]
        later = again(fresh, p)
        later.save_text("note", "Op de laptop, de tweede keer.")
        assert carry(fresh, home, later, tmp_path / "back.erfenis") == [UPDATED]
        p = again(home, p)
        assert SECRET not in texts(p) and "Op de laptop, de tweede keer." in texts(p)
        dump = home.dump()
        assert carry(third, home, fork, tmp_path / "fork-back.erfenis") == [DIVERGED]
        assert home.dump() == dump and SECRET not in texts(again(home, p))
        # And home -> laptop once more: the laptop is further behind, the file goes in.
        p.save_text("note", "Thuis, de derde keer.")
        assert carry(home, fresh, p, tmp_path / "third-trip.erfenis") == [UPDATED]
        assert SECRET not in texts(again(fresh, p))
    finally:
        fresh.close()


def test_an_older_file_after_a_deletion_is_older(home, laptop, tmp_path, taken_along):
    p, there, x = taken_along
    p.delete_text(x)
    dump = home.dump()
    assert carry(laptop, home, there, tmp_path / "old.erfenis") == [OLDER]
    assert home.dump() == dump and SECRET not in texts(p)


def test_a_text_edited_there_but_deleted_here_does_not_come_back(home, laptop, tmp_path, taken_along):
    p, there, x = taken_along
    p.delete_text(x)
    there.save_text("note", SECRET + " En nog meer.", x)
    for n in range(3):
        there.save_text("note", f"Op de workshop geschreven {n}.")
    dump = home.dump()
    assert carry(laptop, home, there, tmp_path / "back.erfenis") == [DIVERGED]
    assert home.dump() == dump


def test_deleted_and_written_again_is_not_doubled_by_the_old_id(home, laptop, tmp_path, taken_along):
    p, there, x = taken_along
    p.delete_text(x)
    p.save_text("note", SECRET)  # the same words, a new text
    for n in range(4):
        there.save_text("note", f"Op de workshop geschreven {n}.")
    assert carry(laptop, home, there, tmp_path / "back.erfenis") == [DIVERGED]
    assert texts(again(home, p)).count(SECRET) == 1


def test_the_same_text_edited_on_both_sides_is_not_overwritten(home, laptop, tmp_path, taken_along):
    """Both changed X once (the same revision number, other words) and the laptop went on
    further: taking its file would silently lose the words written here."""
    p, there, x = taken_along
    p.save_text("note", "Thuis anders gezegd.", x)
    there.save_text("note", "Op de laptop anders gezegd.", x)
    for n in range(3):
        there.save_text("note", f"Op de workshop geschreven {n}.")
    dump = home.dump()
    assert carry(laptop, home, there, tmp_path / "back.erfenis") == [DIVERGED]
    assert home.dump() == dump
    assert "Thuis anders gezegd." in texts(again(home, p))


def test_a_text_damaged_here_at_the_same_revision_is_mended_by_ones_own_file(home, laptop, tmp_path, taken_along):
    """Someone changed a byte of X here (it no longer opens: damaged, not the person's words).
    The person's own further-on file holds X as it was: it still goes in, and mends X."""
    p, there, x = taken_along
    there.save_text("note", "Op de laptop.")
    body = bytearray(home.db.conn.execute("SELECT body FROM private_item WHERE uuid = ?", (x,)).fetchone()[0])
    body[len(body) // 2] ^= 1
    with home.db.transaction() as conn:
        conn.execute("UPDATE private_item SET body = ? WHERE uuid = ?", (bytes(body), x))
    assert carry(laptop, home, there, tmp_path / "back.erfenis") == [UPDATED]
    assert SECRET in texts(again(home, p))


@pytest.fixture
def couple_taken_along(home, laptop, tmp_path):
    """Alex and Bo, linked at home, Alex sharing X; both take their file to the laptop."""
    alex, _ = home.vault.create("Alex", PASSWORD)
    bo, _ = home.vault.create("Bo", B_PASSWORD)
    home.couple.link(alex, bo)
    x = alex.save_text("note", SECRET)
    copy = home.couple.share(alex, x)
    carry(home, laptop, alex, tmp_path / "alex.erfenis")
    assert carry(home, laptop, bo, tmp_path / "bo.erfenis", B_PASSWORD) == [ADDED]
    a_there = again(laptop, alex)
    assert laptop.couple.state(a_there) == "linked"
    return alex, bo, a_there, x, copy


def test_a_copy_unshared_by_editing_here_is_not_shared_again(home, laptop, tmp_path, couple_taken_along):
    """Editing X here takes its shared copy back (Bo no longer sees the old words). The laptop
    saved X unchanged (its copy stays, at a higher revision) and shared more there."""
    alex, bo, a_there, x, copy = couple_taken_along
    alex.save_text("note", "Anders gezegd, niet meer voor Bo.", x)
    assert alex.unshared_on_save and SECRET not in {t.text for t in home.couple.shared(bo)[0]}
    a_there.save_text("note", SECRET, x)
    a_there.save_text("note", SECRET, x)  # revision 3, still shared there
    for n in range(2):
        laptop.couple.share(a_there, a_there.save_text("note", f"Daar gedeeld {n}."))
    dump = home.dump()
    assert carry(laptop, home, a_there, tmp_path / "back.erfenis") == [DIVERGED]
    assert home.dump() == dump
    assert SECRET not in {t.text for t in home.couple.shared(again(home, bo, B_PASSWORD))[0]}
    assert "Anders gezegd, niet meer voor Bo." in texts(again(home, alex))


def test_a_participant_brought_back_to_the_workshop_keeps_what_was_deleted_at_home(home, tmp_path):
    """The workshop flow: a participant's take-home goes home; X is deleted at home; the
    profile comes back to the workshop (a programme over several meetings) and home again."""
    day1 = Computer(tmp_path / "workshop-day-1")
    day2 = Computer(tmp_path / "workshop-day-2")
    try:
        WorkshopRepository(day1.db).mark_workshop()
        WorkshopRepository(day2.db).mark_workshop()
        p, _ = day1.vault.create("Alex", PASSWORD)
        x = p.save_text("note", SECRET)
        assert carry(day1, home, p, tmp_path / "take-home.erfenis") == [ADDED]
        day1_file_there = p
        at_home = again(home, p)
        at_home.delete_text(x)
        assert carry(home, day2, at_home, tmp_path / "to-day-2.erfenis") == [ADDED]
        there = again(day2, p)
        assert WorkshopRepository(day2.db).role(p.profile.uuid) == "participant"
        there.save_text("note", "Op de tweede dag geschreven.")
        assert carry(day2, home, there, tmp_path / "day-2-home.erfenis") == [UPDATED]
        assert texts(again(home, p)) == ["Op de tweede dag geschreven."]
        # Day 1's laptop, not yet wiped, went on with the old profile: its file stays out.
        for n in range(5):
            day1_file_there.save_text("note", f"Nog op dag een {n}.")
        assert carry(day1, home, day1_file_there, tmp_path / "day-1-late.erfenis") == [DIVERGED]
        assert texts(again(home, p)) == ["Op de tweede dag geschreven."]
    finally:
        day1.close()
        day2.close()


# Can the list lock a person out? ----------------------------------------------------------------

def test_deleted_before_taking_it_along_then_written_there_updates(home, laptop, tmp_path):
    p, _ = home.vault.create("Alex", PASSWORD)
    p.delete_text(p.save_text("note", SECRET))
    p.save_text("note", "Blijft.")
    assert carry(home, laptop, p, tmp_path / "to-laptop.erfenis") == [ADDED]
    there = again(laptop, p)
    there.save_text("note", "Op de laptop.")
    there.delete_text(there.save_text("note", "Ook daar weer gewist."))
    assert carry(laptop, home, there, tmp_path / "back.erfenis") == [UPDATED]
    assert texts(again(home, p)) == ["Blijft.", "Op de laptop."]


def test_a_couple_left_before_taking_it_along_does_not_block_coming_back(home, laptop, tmp_path,
                                                                         couple_taken_along):
    alex, bo, _a_there, _x, _copy = couple_taken_along
    home.couple.unlink(alex)
    fresh = Computer(tmp_path / "laptop-next-time")
    try:
        assert carry(home, fresh, alex, tmp_path / "again.erfenis") == [ADDED]
        there = again(fresh, alex)
        there.save_text("note", "Op de laptop, alleen.")
        assert carry(fresh, home, there, tmp_path / "back.erfenis") == [UPDATED]
        assert "Op de laptop, alleen." in texts(again(home, alex))
    finally:
        fresh.close()


def test_past_the_most_remembered_ones_own_further_on_file_still_updates(home, laptop, tmp_path, monkeypatch):
    """More deletions than the manifest remembers (``deleted_before``), all of them made BEFORE
    the profile was taken along: a text written there is new, not an old deletion. Refusing it
    would keep the person's own work out for good (every later file holds it too)."""
    monkeypatch.setattr(vault_items, "MAX_DELETED", 2)
    p, _ = home.vault.create("Alex", PASSWORD)
    for n in range(4):
        p.delete_text(p.save_text("note", f"Kort {n}."))
    p.save_text("note", "Blijft.")
    assert carry(home, laptop, p, tmp_path / "to-laptop.erfenis") == [ADDED]
    there = again(laptop, p)
    there.save_text("note", "Op de laptop geschreven.")
    assert carry(laptop, home, there, tmp_path / "back.erfenis") == [UPDATED]
    assert texts(again(home, p)) == ["Blijft.", "Op de laptop geschreven."]
    # Deleting there too (the file's list forgets more of the oldest) changes nothing of that.
    there.delete_text(there.save_text("note", "Daar weer gewist."))
    there.save_text("note", "Nog meer op de laptop.")
    assert carry(laptop, home, there, tmp_path / "back-2.erfenis") == [UPDATED]
    assert texts(again(home, p)) == ["Blijft.", "Nog meer op de laptop.", "Op de laptop geschreven."]


def test_past_the_most_remembered_a_fork_from_before_a_forgotten_deletion_stays_out(home, laptop, tmp_path,
                                                                                    monkeypatch):
    """The other side of the same rule: X deleted here and then forgotten (more deletions
    after it); a file from before X's deletion holds X and something new: refused."""
    monkeypatch.setattr(vault_items, "MAX_DELETED", 2)
    p, _ = home.vault.create("Alex", PASSWORD)
    x = p.save_text("note", SECRET)
    assert carry(home, laptop, p, tmp_path / "to-laptop.erfenis") == [ADDED]
    there = again(laptop, p)
    p.delete_text(x)
    for n in range(3):
        p.delete_text(p.save_text("note", f"Kort {n}."))
    for n in range(12):
        there.save_text("note", f"Op de laptop {n}.")
    dump = home.dump()
    assert carry(laptop, home, there, tmp_path / "back.erfenis") == [DIVERGED]
    assert home.dump() == dump


@pytest.mark.parametrize("short_lived_there", [1, 3])
def test_past_the_most_remembered_a_fork_that_also_forgot_much_stays_out(home, laptop, tmp_path, monkeypatch,
                                                                         short_lived_there):
    """Both sides past the limit: the file's list was forgotten as far as the one here (or
    further), so that alone does not show it went on from after the deletions here. X was
    deleted here and forgotten; the file still holds X: refused, X stays gone."""
    monkeypatch.setattr(vault_items, "MAX_DELETED", 2)
    p, _ = home.vault.create("Alex", PASSWORD)
    x = p.save_text("note", SECRET)
    a, b = p.save_text("note", "A."), p.save_text("note", "B.")
    for n in range(3):
        p.delete_text(p.save_text("note", f"Kort {n}."))  # the list is full before the fork
    assert carry(home, laptop, p, tmp_path / "to-laptop.erfenis") == [ADDED]
    there = again(laptop, p)
    for gone in (x, a, b):  # X first: forgotten here after A and B
        p.delete_text(gone)
    there.delete_text(a)
    there.delete_text(b)  # the same texts as here, each a step earlier
    for n in range(short_lived_there):  # forgets as far as here (1), or further than the newest here (3)
        there.delete_text(there.save_text("note", f"Even daar {n}."))
    there.save_text("note", "Nieuw op de laptop.")
    dump = home.dump()
    assert carry(laptop, home, there, tmp_path / "back.erfenis") == [DIVERGED]
    assert home.dump() == dump and SECRET not in texts(again(home, p))


def test_an_empty_profile_and_one_that_only_deleted(home, laptop, tmp_path):
    empty, _ = home.vault.create("Alex", PASSWORD)
    assert carry(home, laptop, empty, tmp_path / "empty.erfenis") == [ADDED]
    there = again(laptop, empty)
    assert carry(laptop, home, there, tmp_path / "same.erfenis") == [SAME]
    there.save_text("note", "Het eerste.")
    assert carry(laptop, home, there, tmp_path / "first.erfenis") == [UPDATED]
    # Deleted on both sides, the same step: the very same manifest, nothing to take.
    here = again(home, empty)
    x = here.save_text("note", SECRET)
    assert carry(home, laptop, here, tmp_path / "x.erfenis") == [UPDATED]
    there = again(laptop, empty)
    here.delete_text(x)
    there.delete_text(x)
    assert carry(laptop, home, there, tmp_path / "both.erfenis") == [SAME]
    assert texts(again(home, empty)) == ["Het eerste."]


# Old and malformed manifests -----------------------------------------------------------------------

@pytest.mark.parametrize("deleted", [
    {"deleted": {"x": -1}}, {"deleted": {"x": "3"}}, {"deleted": ["x"]}, {"deleted": {"x": 2**62}},
    {"deleted": {"x": 1.5}}, {"deleted": {"x": True}}, {"deleted_before": -5}, {"deleted_before": "7"},
    {"deleted": None},
])
def test_a_file_with_a_malformed_list_is_refused_as_damaged(home, laptop, tmp_path, taken_along, deleted):
    """Someone who knows the file's password (and so its key) seals a manifest with a list of
    the wrong shape: refused as damaged, said, nothing written; no traceback."""
    p, there, _x = taken_along
    there.save_text("note", "Op de laptop.")
    path = tmp_path / "back.erfenis"
    laptop.transfer.export([there], path, PASSWORD, own_password=True)
    payload = vault_transfer.open_file(path.read_bytes(), PASSWORD, laptop.vault.kdf)
    entry = payload["profiles"][0]
    key = vault_transfer.unb64(entry["data_key"])
    manifest = vault_items.open_manifest(key, vault_transfer.unb64(entry["manifest"]), owner=entry["uuid"])
    manifest.update(deleted)
    entry["manifest"] = vault_transfer.b64(vault_items.seal_manifest(key, manifest, owner=entry["uuid"]))
    path.write_bytes(vault_transfer.seal_file(payload, PASSWORD, laptop.vault.kdf))
    for target in (home, Computer(tmp_path / "empty-computer")):
        dump = target.dump()
        with pytest.raises(ProfileError) as refused:
            target.transfer.import_file(path, PASSWORD)
        assert refused.value.code == "transfer_damaged"
        assert target.dump() == dump


def test_a_list_of_ids_that_are_here_in_the_file_is_refused_not_obeyed(home, laptop, tmp_path, taken_along):
    """A file whose manifest claims to have deleted what it still holds (only someone with the
    key can make one): it never deletes anything here, and no traceback."""
    p, there, x = taken_along
    there.save_text("note", "Op de laptop.")
    path = tmp_path / "back.erfenis"
    laptop.transfer.export([there], path, PASSWORD, own_password=True)
    payload = vault_transfer.open_file(path.read_bytes(), PASSWORD, laptop.vault.kdf)
    entry = payload["profiles"][0]
    key = vault_transfer.unb64(entry["data_key"])
    manifest = vault_items.open_manifest(key, vault_transfer.unb64(entry["manifest"]), owner=entry["uuid"])
    manifest["deleted"] = {uuid: 1 for uuid in manifest["items"]}
    entry["manifest"] = vault_transfer.b64(vault_items.seal_manifest(key, manifest, owner=entry["uuid"]))
    path.write_bytes(vault_transfer.seal_file(payload, PASSWORD, laptop.vault.kdf))
    assert [r.outcome for r in home.transfer.import_file(path, PASSWORD).profiles] == [UPDATED]
    assert SECRET in texts(again(home, p))


# Privacy ----------------------------------------------------------------------------------------------

def test_the_id_of_a_deleted_text_is_in_no_file_without_the_key(home, laptop, tmp_path, taken_along):
    p, _there, x = taken_along
    p.delete_text(x)
    assert files_hold(home, x.encode()) == []
    path = tmp_path / "after.erfenis"
    home.transfer.export([p], path, PASSWORD, own_password=True)
    assert x.encode() not in path.read_bytes()
    # It is in the manifest, which opens with the key only.
    row = home.vault.repo.get(p.profile.uuid)
    assert x in vault_items.open_manifest(p._key(), row.manifest, owner=p.profile.uuid)["deleted"]
