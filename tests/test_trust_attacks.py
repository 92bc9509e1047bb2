"""The attacks of issue 10, reproduced: someone with the data file (and no password), or a
partner who has their own profile in it, edits rows by hand. Each must be refused."""

from __future__ import annotations

import json
import os
import sqlite3
import uuid as uuidlib

import pytest

from erfenis_desktop.services.couple import CoupleService, _aad
from erfenis_desktop.services.vault import ProfileError, VaultService
from erfenis_desktop.storage.database import open_database
from erfenis_desktop.storage.profiles import Changes, WriteRefused
from erfenis_desktop.vault import aead, items
from erfenis_desktop.vault.errors import DamagedError
from erfenis_desktop.vault.kdf import FastTestKdf
from tests.vault.memory_keyring import MemoryKeyring

PASSWORD = "lange wandeling"


class Clock:
    now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def world(data_dir):
    data_dir.mkdir()
    db = open_database(data_dir)
    vault = VaultService(db, kdf=FastTestKdf(), keyring_backend=MemoryKeyring(), clock=Clock())
    couple = CoupleService(vault)
    a, _ = vault.create("Alex", PASSWORD)
    b, _ = vault.create("Bo", PASSWORD + " b")
    yield vault, couple, a, b
    db.close()


def sql(vault, statement, *args):
    return vault.db.conn.execute(statement, args)


def shared_texts(couple, reader):
    texts, damaged = couple.shared(reader)
    return [(t.owner_uuid, t.text) for t in texts], damaged


# Hole 3: the couple's space key --------------------------------------------------------------

def test_a_space_key_put_in_by_someone_without_a_password_is_refused_and_nothing_is_shared_to_it(world):
    vault, couple, a, b = world
    couple.link(a, b)
    note = a.save_text("note", "Ik merk dat ik me onrustig voel.")
    # The attacker makes a key of their own and seals it, in every way they can, into both rows.
    mine = os.urandom(32)
    c = couple.couple_of(a.profile.uuid)
    for u in (a, b):
        sql(vault, "UPDATE couple_member SET space_key = ? WHERE profile_uuid = ?",
            aead.seal(mine, mine, _aad(c, u.profile.uuid, "data")), u.profile.uuid)
    assert couple.state(a) == "damaged" and couple.state(b) == "damaged"  # not "linked"
    with pytest.raises(ProfileError) as err:
        couple.share(a, note)
    assert err.value.code == "damaged"
    assert sql(vault, "SELECT count(*) FROM shared_item").fetchone()[0] == 0  # nothing went to the attacker


def test_the_partners_space_key_row_copied_over_ones_own_is_refused(world):
    vault, couple, a, b = world
    couple.link(a, b)
    theirs = couple.repo.member(b.profile.uuid).space_key
    sql(vault, "UPDATE couple_member SET space_key = ? WHERE profile_uuid = ?", theirs, a.profile.uuid)
    assert couple.state(a) == "damaged"
    assert couple.state(b) == "linked"


def test_a_couple_made_up_around_a_profile_does_not_link_it(world):
    vault, couple, a, b = world
    # No link was ever made: the attacker writes a couple with a space key of their own.
    fake, key = str(uuidlib.uuid4()), os.urandom(32)
    sql(vault, "INSERT INTO couple(uuid, created_at) VALUES (?, '2026-01-01')", fake)
    for u in (a, b):
        sql(vault, "INSERT INTO couple_member(couple_uuid, profile_uuid, space_key) VALUES (?, ?, ?)",
            fake, u.profile.uuid, aead.seal(key, key, _aad(fake, u.profile.uuid, "data")))
    assert couple.state(a) == "changed"  # no pin of a partner: the link would have to be confirmed
    with pytest.raises(ProfileError):
        couple.share(a, a.save_text("note", "geheim"))
    assert sql(vault, "SELECT count(*) FROM shared_item").fetchone()[0] == 0


# Hole 4: words in someone else's mouth --------------------------------------------------------

def _forge(vault, couple, writer, owner_uuid, text, kind="note", uuid=None):
    """What a partner can do with their own space key: write a well-encrypted shared row
    that claims another owner."""
    c, space = couple.space_key(writer)
    uuid = uuid or str(uuidlib.uuid4())
    item_key = os.urandom(32)
    body = json.dumps({"source": str(uuidlib.uuid4()), "text": text}).encode()
    sql(vault, "INSERT INTO shared_item(uuid, couple_uuid, owner_uuid, kind, created_at, source_tag, item_key, body)"
        " VALUES (?, ?, ?, ?, '2026-11-30T10:00:00+00:00', 'x', ?, ?)", uuid, c, owner_uuid, kind,
        aead.seal(space, item_key, _aad(c, uuid, "item key")),
        aead.seal(item_key, items.pad(body), _aad(c, uuid, owner_uuid, "body")))
    return uuid


def test_a_partner_cannot_put_words_in_the_others_mouth(world):
    vault, couple, a, b = world
    couple.link(a, b)
    couple.share(a, a.save_text("note", "Vertel me meer."))
    _forge(vault, couple, b, a.profile.uuid, "Ik wil niet meer met je praten.")
    for reader in (a, b):
        texts, damaged = shared_texts(couple, reader)
        assert texts == [(a.profile.uuid, "Vertel me meer.")]  # only what Alex really shared
        assert damaged == 1  # and the forged one is reported


def test_the_dans_view_never_shows_a_forged_side(world):
    from erfenis_desktop.services.content import load_content
    from erfenis_desktop.services.dans import DansService
    from erfenis_desktop.services.exercises import Exercises

    vault, couple, a, b = world
    couple.link(a, b)
    forged = json.dumps({"v": 1, "trigger": "jij kijkt op je telefoon", "move": "pursue", "fear": "verlaten"})
    _forge(vault, couple, b, a.profile.uuid, forged, kind="cycle_map")
    service = DansService(couple, Exercises(load_content()))
    data = service.view(b, "en")
    assert [p.uuid for p in data.people] == [b.profile.uuid, a.profile.uuid]
    assert data.has_cycle == [False, False]  # Alex never shared a loop: none is shown as theirs
    assert "telefoon" not in repr(data.sides)
    assert data.damaged == 1


def test_an_index_signed_by_the_partner_does_not_vouch_for_the_owner(world):
    vault, couple, a, b = world
    couple.link(a, b)
    forged = _forge(vault, couple, b, a.profile.uuid, "nep")
    row = couple.repo.shared_item(forged)
    c = couple.couple_of(a.profile.uuid)
    digest = items.row_digest(uuid=row.uuid, couple=c, owner=a.profile.uuid, kind=row.kind,
                              created_at=row.created_at, source_tag=row.source_tag, item_key=row.item_key,
                              body=row.body)
    raw = items.encode_index(couple=c, owner=a.profile.uuid, seq=99, items={forged: digest})
    sql(vault, "UPDATE couple_member SET share_index = ?, share_sig = ? WHERE profile_uuid = ?",
        raw, items.sign_index(b._key(), b.profile.uuid, raw), a.profile.uuid)  # Bo signs "for" Alex
    assert shared_texts(couple, b) == ([], 1)


# Hole 5: kinds, versions and rows ------------------------------------------------------------

def test_a_note_relabelled_as_a_pin_is_reported_and_the_link_still_opens(world):
    vault, couple, a, b = world
    couple.link(a, b)
    note = a.save_text("note", "gewoon een notitie")
    sql(vault, "UPDATE private_item SET kind = 'pin' WHERE uuid = ?", note)
    assert couple.state(a) == "linked"  # the pin screens keep working
    assert [t.text for t in a.readable_texts("note")[0]] == []
    assert [(d.uuid, d.reason) for d in a.damaged_items()] == [(note, "damaged")]


def test_a_note_relabelled_as_step1_is_not_hidden_silently(world):
    vault, couple, a, b = world
    note = a.save_text("note", "zichtbaar")
    sql(vault, "UPDATE private_item SET kind = 'step1' WHERE uuid = ?", note)
    texts, damaged = a.readable_texts("step1")
    assert texts == [] and damaged == 1
    assert [d.uuid for d in a.damaged_items()] == [note]


def test_an_older_version_of_an_item_put_back_is_refused(world):
    vault, couple, a, b = world
    note = a.save_text("note", "eerste versie")
    old = sql(vault, "SELECT body, revision, updated_at FROM private_item WHERE uuid = ?", note).fetchone()
    a.save_text("note", "tweede versie, want de eerste klopte niet", note)
    sql(vault, "UPDATE private_item SET body = ?, revision = ?, updated_at = ? WHERE uuid = ?", *old, note)
    with pytest.raises(ProfileError) as err:
        a.read_text(note)
    assert err.value.code == "damaged"
    assert [d.uuid for d in a.damaged_items()] == [note]


def test_a_deleted_item_put_back_is_not_the_persons_writing(world):
    vault, couple, a, b = world
    note = a.save_text("note", "weggegooid")
    row = sql(vault, "SELECT * FROM private_item WHERE uuid = ?", note).fetchone()
    a.delete_text(note)
    sql(vault, f"INSERT INTO private_item VALUES ({', '.join('?' * len(row))})", *row)
    assert a.readable_texts("note") == ([], 1)


def test_an_edited_date_is_refused(world):
    vault, couple, a, b = world
    note = a.save_text("note", "op tijd")
    sql(vault, "UPDATE private_item SET created_at = '2020-01-01T00:00:00+00:00' WHERE uuid = ?", note)
    assert a.readable_texts("note") == ([], 1)


def test_a_removed_shared_row_put_back_is_refused(world):
    vault, couple, a, b = world
    couple.link(a, b)
    shared = couple.share(a, a.save_text("note", "even gedeeld"))
    row = sql(vault, "SELECT * FROM shared_item WHERE uuid = ?", shared).fetchone()
    couple.unshare(a, shared)
    sql(vault, f"INSERT INTO shared_item VALUES ({', '.join('?' * len(row))})", *row)
    assert shared_texts(couple, b) == ([], 1)
    assert shared_texts(couple, a) == ([], 1)


def test_an_older_share_index_put_back_with_its_row_is_refused_by_the_partner(world):
    vault, couple, a, b = world
    couple.link(a, b)
    shared = couple.share(a, a.save_text("note", "even gedeeld"))
    row = sql(vault, "SELECT * FROM shared_item WHERE uuid = ?", shared).fetchone()
    index = sql(vault, "SELECT share_index, share_sig FROM couple_member WHERE profile_uuid = ?",
                a.profile.uuid).fetchone()
    assert shared_texts(couple, b)[0] == [(a.profile.uuid, "even gedeeld")]  # Bo has seen this index
    couple.unshare(a, shared)
    assert shared_texts(couple, b) == ([], 0)  # ... and the newer one
    sql(vault, f"INSERT INTO shared_item VALUES ({', '.join('?' * len(row))})", *row)
    sql(vault, "UPDATE couple_member SET share_index = ?, share_sig = ? WHERE profile_uuid = ?", *index,
        a.profile.uuid)
    assert shared_texts(couple, b) == ([], 1)


def test_a_manifest_put_back_is_noticed_at_unlock_and_nobody_is_locked_out(world):
    vault, couple, a, b = world
    first = a.save_text("note", "een")
    old = sql(vault, "SELECT manifest, manifest_seq FROM profile WHERE uuid = ?", a.profile.uuid).fetchone()
    second = a.save_text("note", "twee")
    sql(vault, "UPDATE profile SET manifest = ? WHERE uuid = ?", old[0], a.profile.uuid)
    a.lock()
    again, _ = vault.unlock(a.profile.uuid, PASSWORD)
    assert again.notices == ["manifest_rebuilt"]  # the person is told
    assert sorted(t.text for t in again.readable_texts("note")[0]) == ["een", "twee"]
    assert first and second


# Hole 9: every write names its owner ------------------------------------------------------------

def test_saving_with_another_profiles_item_id_changes_nothing(world):
    vault, couple, a, b = world
    theirs = b.save_text("note", "van Bo")
    before = vault.repo.item(theirs)
    with pytest.raises(ProfileError) as err:
        a.save_text("note", "overschreven door Alex", theirs)
    assert err.value.code == "not_yours"
    assert vault.repo.item(theirs) == before
    assert b.read_text(theirs).text == "van Bo"


def test_the_repository_refuses_a_change_of_another_owner_as_a_whole(world):
    vault, couple, a, b = world
    theirs = b.save_text("note", "van Bo")
    row = vault.repo.item(theirs)
    from erfenis_desktop.storage.profiles import ItemWrite

    mine = a.save_text("note", "van Alex")
    mine_row = vault.repo.item(mine)
    changes = Changes(a.profile.uuid, deleted_items=[mine], items=[ItemWrite(
        theirs, "note", row.created_at, row.updated_at, 1, row.revision + 1, b"rommel", row.revision)])
    with pytest.raises(WriteRefused):
        vault.repo.apply(changes)
    assert vault.repo.item(theirs) == row and vault.repo.item(mine) == mine_row  # nothing half done
    with pytest.raises(WriteRefused):
        vault.repo.apply(Changes(a.profile.uuid, deleted_items=[theirs]))
    assert vault.repo.item(theirs) == row


def test_deleting_another_profiles_item_through_the_service_does_nothing(world):
    vault, couple, a, b = world
    theirs = b.save_text("note", "van Bo")
    a.delete_text(theirs)
    assert b.read_text(theirs).text == "van Bo"


# Hole 13: keys in memory ---------------------------------------------------------------------------

def test_locking_overwrites_the_data_key(world):
    vault, couple, a, b = world
    buffer = a._data_key
    assert any(buffer)
    a.lock()
    assert a.is_locked and bytes(buffer) == bytes(32)


# Hole 14: what the file says without a password --------------------------------------------------

def test_a_shared_copy_does_not_name_its_private_original(world):
    vault, couple, a, b = world
    couple.link(a, b)
    source = a.save_text("note", "gedeeld")
    shared = couple.share(a, source)
    row = sql(vault, "SELECT * FROM shared_item WHERE uuid = ?", shared).fetchone()
    assert not any(isinstance(v, str) and source in v for v in row)
    assert not any(isinstance(v, bytes) and source.encode() in v for v in row)
    # ... while the owner (and the partner, inside the encrypted copy) still knows it.
    assert couple.shared(b)[0][0].source_uuid == source


def test_the_size_of_a_stored_text_tells_little_about_its_length(world):
    vault, couple, a, b = world
    short = a.save_text("note", "ja")
    longer = a.save_text("note", "Ik merk dat ik me onrustig voel, en ik weet nog niet waarom. " * 3)
    lengths = {len(vault.repo.item(u).body) for u in (short, longer)}
    assert len(lengths) == 1


# Hole 7: renewal past damaged items ------------------------------------------------------------------

def test_renewal_carries_on_past_a_damaged_item_and_lists_it(world):
    vault, couple, a, b = world
    good = a.save_text("note", "blijft leesbaar")
    bad = a.save_text("note", "raakt beschadigd")
    body = bytearray(vault.repo.item(bad).body)
    body[-1] ^= 1
    sql(vault, "UPDATE private_item SET body = ? WHERE uuid = ?", bytes(body), bad)
    renewed, _code = vault.renew_key_job(a, PASSWORD, PASSWORD + " nieuw").run_here()
    assert [d.uuid for d in renewed.renewal_damaged] == [bad]
    assert renewed.read_text(good).text == "blijft leesbaar"
    assert [d.uuid for d in renewed.damaged_items()] == [bad]
    renewed.remove_damaged(bad)
    assert renewed.damaged_items() == [] and vault.repo.item(bad) is None
    with pytest.raises(ProfileError):  # a readable item is not removed this way
        renewed.remove_damaged(good)


# Section 2: rules that must be tested -----------------------------------------------------------------

def test_renewal_is_one_transaction_a_failure_halfway_leaves_the_old_keys_working(world):
    vault, couple, a, b = world
    notes = [a.save_text("note", f"tekst {i}") for i in range(4)]
    before = {u: vault.repo.item(u) for u in notes}
    profile_before = vault.repo.get(a.profile.uuid)
    # A real failure inside SQLite, at the last item to be written.
    sql(vault, f"CREATE TEMP TRIGGER halfway BEFORE UPDATE ON private_item WHEN OLD.uuid = '{notes[-1]}'"
        " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")
    with pytest.raises(sqlite3.IntegrityError, match="disk I/O error"):
        vault.renew_key_job(a, PASSWORD, PASSWORD + " nieuw").run_here()
    sql(vault, "DROP TRIGGER halfway")
    assert {u: vault.repo.item(u) for u in notes} == before  # nothing re-encrypted
    assert vault.repo.get(a.profile.uuid) == profile_before
    a.lock()
    vault._clock.now += 100
    again, _ = vault.unlock(a.profile.uuid, PASSWORD)
    assert [again.read_text(u).text for u in notes] == [f"tekst {i}" for i in range(4)]


def test_only_the_owner_can_unshare(world):
    vault, couple, a, b = world
    couple.link(a, b)
    shared = couple.share(a, a.save_text("note", "van Alex"))
    with pytest.raises(ProfileError) as err:
        couple.unshare(b, shared)
    assert err.value.code == "not_yours"
    assert shared_texts(couple, b) == ([(a.profile.uuid, "van Alex")], 0)  # still there
    with pytest.raises(WriteRefused):  # and below the service, the statement itself names the owner
        vault.repo.apply(Changes(b.profile.uuid, unshared=[shared]))
    assert shared_texts(couple, b) == ([(a.profile.uuid, "van Alex")], 0)


def test_sharing_again_uses_a_new_item_key(world):
    vault, couple, a, b = world
    couple.link(a, b)
    note = a.save_text("note", "Vertel me meer.")
    c, space = couple.space_key(a)
    first = couple.share(a, note)
    old_key = aead.open_(space, couple.repo.shared_item(first).item_key, _aad(c, first, "item key"))
    couple.unshare(a, first)
    again = couple.share(a, note)
    row = couple.repo.shared_item(again)
    with pytest.raises(DamagedError):  # the old item key does not open the new copy
        aead.open_(old_key, row.body, _aad(c, again, a.profile.uuid, "body"))
    assert shared_texts(couple, b) == ([(a.profile.uuid, "Vertel me meer.")], 0)
