"""Take home and back: an import never brings back what was deleted here. The profile's
manifest remembers the ids of what it deleted (items, shared copies, couples it left), so a
file that went on elsewhere from before the deletion is "both went on" (DIVERGED), said, and
nothing of it is written. Real crypto, real SQLite, the tests' fast KDF; each data folder has a
keyring of its own, as two computers do."""

from __future__ import annotations

import pytest

from erfenis_desktop.services.transfer import DIVERGED, UPDATED
from erfenis_desktop.services.vault import ProfileError
from erfenis_desktop.vault import items as vault_items
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


def carry(source, target, unlocked, password, path):
    """``unlocked``'s take-home file from ``source``, imported into ``target``; the outcomes."""
    source.transfer.export([unlocked], path, password, own_password=True)
    return [p.outcome for p in target.transfer.import_file(path, password).profiles]


def files_hold(computer, needle: bytes) -> list[str]:
    """Every file of the data folder (the database, its journal, kept copies) that holds ``needle``."""
    computer.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return [str(f) for f in computer.folder.rglob("*") if f.is_file() and needle in f.read_bytes()]


def middle(blob: bytes) -> bytes:
    return blob[len(blob) // 2 - 16:len(blob) // 2 + 16]


def body_of(computer, uuid: str) -> bytes:
    return computer.db.conn.execute("SELECT body FROM private_item WHERE uuid = ?", (uuid,)).fetchone()[0]


def texts(unlocked) -> set[str]:
    found, damaged = unlocked.readable_texts()
    assert damaged == 0
    return {t.text for t in found}


@pytest.fixture
def taken_along(home, laptop, tmp_path):
    """A profile at home with a private text X, taken to the laptop (both at the same point)."""
    p, _ = home.vault.create("Alex", PASSWORD)
    p.save_text("note", "Als jij stil wordt, word ik bang.")
    x = p.save_text("note", SECRET)
    assert carry(home, laptop, p, PASSWORD, tmp_path / "to-laptop.erfenis") == ["added"]
    there = laptop.vault.unlock(p.profile.uuid, PASSWORD)[0]
    return p, there, x


def test_a_text_deleted_here_does_not_come_back_with_a_file_that_went_on_there(home, laptop, tmp_path,
                                                                               taken_along):
    p, there, x = taken_along
    x_body = middle(body_of(home, x))
    p.delete_text(x)  # at home, so that the partner at this computer never sees it
    for n in range(5):
        there.save_text("note", f"Op de workshop geschreven {n}.")
    dump = home.dump()
    laptop.transfer.export([there], tmp_path / "back.erfenis", PASSWORD, own_password=True)
    result = home.transfer.import_file(tmp_path / "back.erfenis", PASSWORD)
    assert [(r.name, r.outcome) for r in result.profiles] == [("Alex", DIVERGED)] and not result.changed
    assert home.dump() == dump  # nothing of the file was written
    with pytest.raises(ProfileError) as gone:
        p.read_text(x)
    assert gone.value.code == "not_found"
    assert SECRET not in texts(p) and "Op de workshop geschreven 4." not in texts(p)
    assert files_hold(home, x_body) == []  # X's ciphertext is in no file of the folder at home
    assert files_hold(home, SECRET.encode()) == []


def test_without_a_deletion_here_the_file_still_updates(home, laptop, tmp_path, taken_along):
    p, there, x = taken_along
    for n in range(5):
        there.save_text("note", f"Op de workshop geschreven {n}.")
    assert carry(laptop, home, there, PASSWORD, tmp_path / "back.erfenis") == [UPDATED]
    p = home.vault.unlock(p.profile.uuid, PASSWORD)[0]
    assert SECRET in texts(p) and "Op de workshop geschreven 4." in texts(p)


def test_deleted_on_both_sides_still_updates_and_stays_deleted(home, laptop, tmp_path, taken_along):
    p, there, x = taken_along
    p.delete_text(x)
    there.delete_text(x)
    there.save_text("note", "Op de workshop geschreven.")
    assert carry(laptop, home, there, PASSWORD, tmp_path / "back.erfenis") == [UPDATED]
    p = home.vault.unlock(p.profile.uuid, PASSWORD)[0]
    assert SECRET not in texts(p) and "Op de workshop geschreven." in texts(p)


def test_a_file_that_deleted_what_is_still_here_is_refused(home, laptop, tmp_path, taken_along):
    p, there, x = taken_along
    there.delete_text(x)
    for n in range(3):
        there.save_text("note", f"Op de workshop geschreven {n}.")
    dump = home.dump()
    assert carry(laptop, home, there, PASSWORD, tmp_path / "back.erfenis") == [DIVERGED]
    assert home.dump() == dump and p.read_text(x).text == SECRET


@pytest.fixture
def couple_taken_along(home, laptop, tmp_path):
    """Alex and Bo, linked at home, Alex sharing a text; both take their file to the laptop."""
    alex, _ = home.vault.create("Alex", PASSWORD)
    bo, _ = home.vault.create("Bo", B_PASSWORD)
    home.couple.link(alex, bo)
    note = alex.save_text("note", SECRET)
    copy = home.couple.share(alex, note)
    assert SECRET in {t.text for t in home.couple.shared(bo)[0]}
    carry(home, laptop, alex, PASSWORD, tmp_path / "alex.erfenis")
    assert carry(home, laptop, bo, B_PASSWORD, tmp_path / "bo.erfenis") == ["added"]
    a_there = laptop.vault.unlock(alex.profile.uuid, PASSWORD)[0]
    assert laptop.couple.state(a_there) == "linked"
    return alex, bo, a_there, copy


def test_a_text_unshared_here_is_not_shared_again_by_a_file_that_shared_more_there(home, laptop, tmp_path,
                                                                                   couple_taken_along):
    alex, bo, a_there, copy = couple_taken_along
    copy_body = middle(home.couple.repo.shared_item(copy).body)
    home.couple.unshare(alex, copy)  # Bo no longer sees it
    for n in range(2):  # sharing there after that: its index is at a higher number than here
        laptop.couple.share(a_there, a_there.save_text("note", f"Daar gedeeld {n}."))
    dump = home.dump()
    assert carry(laptop, home, a_there, PASSWORD, tmp_path / "back.erfenis") == [DIVERGED]
    assert home.dump() == dump
    shown = {t.text for t in home.couple.shared(bo)[0]}
    assert SECRET not in shown and "Daar gedeeld 1." not in shown
    assert files_hold(home, copy_body) == []


def test_a_couple_left_here_is_not_joined_again_by_a_file_from_before(home, laptop, tmp_path, couple_taken_along):
    alex, bo, a_there, copy = couple_taken_along
    copy_body = middle(home.couple.repo.shared_item(copy).body)
    home.couple.unlink(alex)
    for n in range(5):
        a_there.save_text("note", f"Op de workshop geschreven {n}.")
    dump = home.dump()
    assert carry(laptop, home, a_there, PASSWORD, tmp_path / "back.erfenis") == [DIVERGED]
    assert home.dump() == dump
    assert home.couple.couple_of(alex.profile.uuid) is None and home.couple.couple_of(bo.profile.uuid) is None
    assert files_hold(home, copy_body) == []


def _as_an_older_erfenis_wrote_it(computer, unlocked):
    """The profile's manifest without the list of deletions (as before it existed), sealed
    again under its own key at the same sequence number."""
    uuid = unlocked.profile.uuid
    key = bytes(unlocked._key())
    blob, seq = computer.db.conn.execute("SELECT manifest, manifest_seq FROM profile WHERE uuid = ?",
                                         (uuid,)).fetchone()
    manifest = vault_items.open_manifest(key, blob, owner=uuid)
    assert manifest.pop("deleted")  # it was there: something was deleted
    manifest.pop("deleted_before", None)
    with computer.db.transaction() as conn:
        conn.execute("UPDATE profile SET manifest = ? WHERE uuid = ? AND manifest_seq = ?",
                     (vault_items.seal_manifest(key, manifest, owner=uuid), uuid, seq))
    unlocked.lock()


def test_a_manifest_without_the_list_still_imports_as_before(home, laptop, tmp_path):
    p, _ = home.vault.create("Alex", PASSWORD)
    p.delete_text(p.save_text("note", "Al lang weg."))
    kept = p.save_text("note", "Blijft.")
    _as_an_older_erfenis_wrote_it(home, p)
    p = home.vault.unlock(p.profile.uuid, PASSWORD)[0]
    assert texts(p) == {"Blijft."}  # it opens as before
    carry(home, laptop, p, PASSWORD, tmp_path / "to-laptop.erfenis")
    there = laptop.vault.unlock(p.profile.uuid, PASSWORD)[0]
    there.save_text("note", "Op de workshop geschreven.")
    assert carry(laptop, home, there, PASSWORD, tmp_path / "back.erfenis") == [UPDATED]
    p = home.vault.unlock(p.profile.uuid, PASSWORD)[0]
    assert texts(p) == {"Blijft.", "Op de workshop geschreven."}
    p.delete_text(kept)  # deleting goes on working (the list starts with it)
    assert texts(p) == {"Op de workshop geschreven."}


def test_when_old_deletions_are_forgotten_nothing_new_from_a_file_is_taken(home, laptop, tmp_path, taken_along,
                                                                          monkeypatch):
    """Past the most a manifest remembers, a file holding something not here cannot be told
    from one holding an old deletion: refused. A file that only changed what is here goes in."""
    monkeypatch.setattr(vault_items, "MAX_DELETED", 2)
    p, there, x = taken_along
    for n in range(3):
        p.delete_text(p.save_text("note", f"Kort {n}."))
    p.delete_text(x)  # the list is full: X's deletion is remembered, the oldest are not
    there.delete_text(x)  # so that only what is new there decides
    new = there.save_text("note", "Nieuw op de workshop.")
    for n in range(9):  # further on than home
        there.save_text("note", f"Nieuw op de workshop, versie {n}.", new)
    dump = home.dump()
    assert carry(laptop, home, there, PASSWORD, tmp_path / "new.erfenis") == [DIVERGED]
    assert home.dump() == dump
    # Nothing new there, only an edit of what is here: it goes in.
    there.delete_text(new)
    edited = next(iter(there.readable_texts()[0])).uuid
    there.save_text("note", "Als jij stil wordt, word ik bang. Nu weet ik dat.", edited)
    assert carry(laptop, home, there, PASSWORD, tmp_path / "edit.erfenis") == [UPDATED]
    p = home.vault.unlock(p.profile.uuid, PASSWORD)[0]
    assert texts(p) == {"Als jij stil wordt, word ik bang. Nu weet ik dat."}
