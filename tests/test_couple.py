"""Two profiles as a couple: sharing by choice, readable by the partner only."""

from __future__ import annotations

import pytest

from erfenis_desktop.services.couple import CoupleService
from erfenis_desktop.services.vault import ProfileError, VaultService
from erfenis_desktop.storage.database import open_database
from erfenis_desktop.vault.kdf import FastTestKdf
from tests.vault.memory_keyring import MemoryKeyring

PASSWORD = "lange wandeling"


@pytest.fixture
def world(data_dir):
    data_dir.mkdir()
    db = open_database(data_dir)
    vault = VaultService(db, kdf=FastTestKdf(), keyring_backend=MemoryKeyring())
    couple = CoupleService(vault)
    a, _ = vault.create("Alex", PASSWORD)
    b, _ = vault.create("Bo", PASSWORD + " b")
    c, _ = vault.create("Chris", PASSWORD + " c")
    yield vault, couple, a, b, c
    db.close()


def a_again(vault, a):
    return vault.unlock(a.profile.uuid, PASSWORD)[0]


def test_partner_reads_what_was_shared_while_the_owner_is_locked(world):
    vault, couple, a, b, c = world
    couple.link(a, b)
    note = a.save_text("note", "Als jij stil wordt, word ik bang dat ik je kwijt ben.")
    private = a.save_text("note", "Dit blijft van mij.")
    couple.share(a, note)
    a.lock()
    texts, damaged = couple.shared(b)
    assert [t.text for t in texts] == ["Als jij stil wordt, word ik bang dat ik je kwijt ben."] and damaged == 0
    assert all("Dit blijft van mij" not in t.text for t in texts)
    with pytest.raises(ProfileError) as err:  # someone outside the couple does not even see that items exist
        couple.shared(c)
    assert err.value.code == "no_couple"
    assert private not in {t.source_uuid for t in texts}
    assert a_again(vault, a).read_text(private).text == "Dit blijft van mij."  # still the owner's own


def test_unshare_takes_away_the_partners_access(world):
    vault, couple, a, b, c = world
    couple.link(a, b)
    note = a.save_text("note", "Vertel me meer.")
    first = couple.share(a, note)
    first_row = couple.repo.shared_item(first)
    couple.unshare(a, first)
    assert couple.shared(b) == ([], 0)
    assert first_row.body not in vault.db.path.read_bytes() and first_row.item_key not in vault.db.path.read_bytes()
    again = couple.share(a, note)
    assert [(t.uuid, t.text) for t in couple.shared(b)[0]] == [(again, "Vertel me meer.")]
    # (only the owner unshares, and a new item key: tests/test_trust_attacks.py)


def test_a_swapped_identity_key_is_refused_because_it_is_pinned(world):
    vault, couple, a, b, c = world
    couple.link(a, b)
    c_public = vault.repo.get(c.profile.uuid).identity_key
    vault.db.conn.execute("UPDATE profile SET identity_key = ? WHERE uuid = ?", (c_public, b.profile.uuid))
    with pytest.raises(ProfileError) as err:
        couple.shared(a)
    assert err.value.code == "partner_key_changed"


def test_one_couple_per_profile_and_unlinking_destroys_the_shared_space(world):
    vault, couple, a, b, c = world
    couple.link(a, b)
    with pytest.raises(ProfileError) as err:
        couple.link(a, c)
    assert err.value.code == "already_linked"
    couple.share(b, b.save_text("note", "Ik hoor je. Ik ben er."))
    couple.unlink(b)
    assert couple.couple_of(a.profile.uuid) is None and couple.couple_of(b.profile.uuid) is None
    assert vault.db.conn.execute("SELECT count(*) FROM shared_item").fetchone()[0] == 0
    assert vault.db.conn.execute("SELECT count(*) FROM couple_member").fetchone()[0] == 0
    couple.link(a, c)  # free to link again


def test_a_damaged_shared_item_is_reported_not_shown(world):
    vault, couple, a, b, c = world
    couple.link(a, b)
    item = couple.share(a, a.save_text("note", "heel"))
    body = bytearray(couple.repo.shared_item(item).body)
    body[-1] ^= 1
    vault.db.conn.execute("UPDATE shared_item SET body = ? WHERE uuid = ?", (bytes(body), item))
    texts, damaged = couple.shared(b)
    assert texts == [] and damaged == 1


def test_after_renewing_protection_the_partner_must_compare_new_words_then_sharing_goes_on(world):
    vault, couple, a, b, c = world
    couple.link(a, b)
    couple.share(a, a.save_text("note", "van voor de vernieuwing"))
    old_words = couple.fingerprint(a.profile.uuid, "nl")
    a2, _code = vault.renew_key_job(a, PASSWORD, PASSWORD + " nieuw").run_here()
    assert couple.fingerprint(a.profile.uuid, "nl") != old_words  # a new key pair: new words
    assert couple.state(a2) == "linked"  # the renewer's own space key came along
    assert [t.text for t in couple.shared(a2)[0]] == ["van voor de vernieuwing"]
    assert couple.state(b) == "changed"  # the partner is asked to compare the new words first
    with pytest.raises(ProfileError) as err:
        couple.shared(b)
    assert err.value.code == "partner_key_changed"
    couple.repin(a2, b)
    assert couple.state(b) == "linked" and couple.state(a2) == "linked"
    assert [t.text for t in couple.shared(b)[0]] == ["van voor de vernieuwing"]


def test_repinning_refuses_a_key_swapped_in_the_table(world):
    vault, couple, a, b, c = world
    couple.link(a, b)
    c_public = vault.repo.get(c.profile.uuid).identity_key
    vault.db.conn.execute("UPDATE profile SET identity_key = ? WHERE uuid = ?", (c_public, b.profile.uuid))
    with pytest.raises(ProfileError) as err:
        couple.repin(a, b)
    assert err.value.code == "partner_key_changed"
    assert couple.state(a) == "changed"
