"""The second round of attacks on the trust design (an outside review after schema v5), each
reproduced and refused: v4 copies that never were shared, undoing a renewal, rolled-back
shares and links, odd plain values, a detached source tag, odd JSON from the partner, a
style sheet in a colour, and the clipboard after locking."""

from __future__ import annotations

import json
import math
import sqlite3
import uuid as uuidlib

import pytest

from erfenis_desktop.services.couple import CoupleService
from erfenis_desktop.services.vault import COLOURS, ProfileError, VaultService
from erfenis_desktop.storage.database import DB_FILENAME, open_database
from erfenis_desktop.vault.kdf import FastTestKdf
from tests.test_trust_attacks import PASSWORD, Clock, sql
from tests.test_upgrade_v5 import _v4_file
from tests.vault.memory_keyring import MemoryKeyring

KEYRING = MemoryKeyring()


def _open(data_dir):
    db = open_database(data_dir)
    vault = VaultService(db, kdf=FastTestKdf(), keyring_backend=KEYRING, clock=Clock())
    return vault, CoupleService(vault)


@pytest.fixture
def world(data_dir):
    data_dir.mkdir()
    vault, couple = _open(data_dir)
    a, _ = vault.create("Alex", PASSWORD)
    b, _ = vault.create("Bo", PASSWORD + " b")
    couple.link(a, b)
    yield vault, couple, a, b
    vault.db.close()


def _partner_reads(vault, couple, reader):
    return sorted(t.text for t in couple.shared(reader)[0])


# v4 copies ------------------------------------------------------------------------------------------

def test_a_v4_copy_made_up_for_a_private_item_shares_nothing(data_dir):
    people, private, shared = _v4_file(data_dir)
    alex, bo = people["Alex"][0], people["Bo"][0]
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    couple_uuid = conn.execute("SELECT couple_uuid FROM couple_member WHERE profile_uuid = ?", (alex,)).fetchone()[0]
    for source, kind in conn.execute("SELECT uuid, kind FROM private_item WHERE owner_uuid = ?", (alex,)).fetchall():
        conn.execute("INSERT INTO shared_item(uuid, couple_uuid, owner_uuid, source_uuid, kind, created_at, item_key,"
                     " body) VALUES (?, ?, ?, ?, ?, '2026-11-20T10:00:00+00:00', x'00', x'00')",
                     (str(uuidlib.uuid4()), couple_uuid, alex, source, kind))  # Bo, with sqlite3
    conn.commit()
    conn.close()
    vault, couple = _open(data_dir)
    a, _ = vault.unlock(alex, PASSWORD)
    b, _ = vault.unlock(bo, PASSWORD + " b")
    couple.repin(a, b)
    assert _partner_reads(vault, couple, b) == ["Ik hoor je. Ik ben er."]  # only what really was shared
    vault.db.close()


def test_a_v4_upgrade_cannot_be_made_to_run_again(data_dir):
    people, private, shared = _v4_file(data_dir)
    alex, bo = people["Alex"][0], people["Bo"][0]
    v4_row = sqlite3.connect(data_dir / DB_FILENAME).execute(
        "SELECT body, key_version FROM private_item WHERE uuid = ?", (private,)).fetchone()
    vault, couple = _open(data_dir)
    a, _ = vault.unlock(alex, PASSWORD)
    b, _ = vault.unlock(bo, PASSWORD + " b")
    couple.repin(a, b)
    couple_uuid = couple.couple_of(alex)
    a.lock()
    # Bo: Alex's item back to its v4 form, the format flag back to 1, and a "v4 copy" of it.
    sql(vault, "UPDATE profile SET item_format = 1 WHERE uuid = ?", alex)
    sql(vault, "UPDATE private_item SET body = ?, key_version = ? WHERE uuid = ?", *v4_row, private)
    sql(vault, "INSERT INTO legacy_shared(uuid, couple_uuid, owner_uuid, source_uuid, kind, created_at, item_key,"
        " body) VALUES (?, ?, ?, ?, 'note', '2026-11-21T10:00:00+00:00', x'00', x'00')",
        str(uuidlib.uuid4()), couple_uuid, alex, private)
    a, _ = vault.unlock(alex, PASSWORD)
    assert a.notices == []  # the manifest opens: nothing to upgrade, nothing to rebuild
    assert vault.repo.get(alex).item_format == 2
    assert "Alleen voor mij." not in _partner_reads(vault, couple, b)
    assert sql(vault, "SELECT count(*) FROM legacy_shared").fetchone()[0] == 0
    vault.db.close()


# Undoing a renewal -----------------------------------------------------------------------------------

def test_putting_back_the_rows_from_before_a_renewal_does_not_open_with_the_new_password(world):
    vault, couple, a, b = world
    a.save_text("note", "oud")
    alex = a.profile.uuid
    before = {t: sql(vault, f"SELECT * FROM {t} WHERE {c} = ?", alex).fetchall()
              for t, c in (("profile", "uuid"), ("private_item", "owner_uuid"), ("couple_member", "profile_uuid"))}
    renewed, _code = vault.renew_key_job(a, PASSWORD, "een nieuw wachtwoord").run_here()
    renewed.save_text("note", "na het vernieuwen: echt privé")
    renewed.lock()
    for table, rows in before.items():  # the partner puts the old rows back
        column = "uuid" if table == "profile" else "owner_uuid" if table == "private_item" else "profile_uuid"
        if table == "profile":
            sql(vault, "PRAGMA foreign_keys = OFF")
        sql(vault, f"DELETE FROM {table} WHERE {column} = ?", alex)
        for row in rows:
            sql(vault, f"INSERT INTO {table} VALUES ({', '.join('?' * len(row))})", *row)
        sql(vault, "PRAGMA foreign_keys = ON")
    with pytest.raises(ProfileError) as err:  # the person notices: the new password does not open it
        vault.unlock(alex, "een nieuw wachtwoord")
    assert err.value.code == "wrong_password"


# Rebuilding trusts nothing of the couple -----------------------------------------------------------

def test_a_rebuild_does_not_bring_back_an_unshared_text(world):
    vault, couple, a, b = world
    secret = a.save_text("note", "Eerst gedeeld, toen spijt.")
    first = couple.share(a, secret)
    kept_row = sql(vault, "SELECT * FROM shared_item WHERE uuid = ?", first).fetchone()
    kept_index = sql(vault, "SELECT share_index, share_sig FROM couple_member WHERE profile_uuid = ?",
                     a.profile.uuid).fetchone()
    couple.unshare(a, first)
    a.lock()
    sql(vault, f"INSERT INTO shared_item VALUES ({', '.join('?' * len(kept_row))})", *kept_row)
    sql(vault, "UPDATE couple_member SET share_index = ?, share_sig = ? WHERE profile_uuid = ?", *kept_index,
        a.profile.uuid)
    sql(vault, "UPDATE profile SET manifest_seq = manifest_seq + 1 WHERE uuid = ?", a.profile.uuid)
    a, _ = vault.unlock(a.profile.uuid, PASSWORD)
    assert a.notices == ["manifest_rebuilt"]
    assert couple.state(a) == "changed"  # the link is confirmed again, together, before anything more
    couple.repin(a, b)
    couple.share(a, a.save_text("note", "Iets nieuws."))
    assert _partner_reads(vault, couple, b) == ["Iets nieuws."]


def test_a_couple_put_back_after_unlinking_is_not_a_link_again(world):
    vault, couple, a, b = world
    couple.share(a, a.save_text("note", "gedeeld"))
    alex = a.profile.uuid
    keep = {t: sql(vault, f"SELECT * FROM {t}").fetchall() for t in ("couple", "couple_member", "shared_item")}
    pins = sql(vault, "SELECT * FROM private_item WHERE owner_uuid = ? AND kind = 'pin'", alex).fetchall()
    couple.unlink(a)
    a.lock()
    for table, rows in keep.items():
        for row in rows:
            sql(vault, f"INSERT INTO {table} VALUES ({', '.join('?' * len(row))})", *row)
    for row in pins:
        sql(vault, f"INSERT INTO private_item VALUES ({', '.join('?' * len(row))})", *row)
    sql(vault, "UPDATE profile SET manifest_seq = manifest_seq + 1 WHERE uuid = ?", alex)
    a, _ = vault.unlock(alex, PASSWORD)
    assert couple.state(a) == "changed"
    with pytest.raises(ProfileError):
        couple.share(a, a.save_text("note", "nieuw"))


# Odd plain values never lock anyone out -------------------------------------------------------------

@pytest.mark.parametrize("column, value", [("manifest_seq", 2**63 - 1), ("key_version", -1), ("item_format", 1),
                                           ("manifest_seq", -5)])
def test_an_odd_plain_value_does_not_lock_the_profile(world, column, value):
    vault, couple, a, b = world
    a.save_text("note", "mijn dagboek")
    code = vault.new_recovery_code_job(a).run_here()
    a.lock()
    sql(vault, f"UPDATE profile SET {column} = ? WHERE uuid = ?", value, a.profile.uuid)
    again, _ = vault.unlock(a.profile.uuid, PASSWORD)
    assert [t.text for t in again.texts("note")] == ["mijn dagboek"]
    again.save_text("note", "en verder")
    again.lock()
    reopened, new_code = vault.recover(a.profile.uuid, code, "een ander wachtwoord")
    assert sorted(t.text for t in reopened.texts("note")) == ["en verder", "mijn dagboek"]
    assert vault.check_recovery_job(reopened, new_code).run_here() is True


def test_odd_values_in_item_rows_are_damage_not_a_crash(world):
    vault, couple, a, b = world
    one, two = a.save_text("note", "een"), a.save_text("note", "twee")
    sql(vault, "UPDATE private_item SET revision = -1 WHERE uuid = ?", one)
    sql(vault, "UPDATE private_item SET created_at = CAST(x'ff' AS TEXT) WHERE uuid = ?", two)
    assert a.readable_texts("note") == ([], 2)
    renewed, _ = vault.renew_key_job(a, PASSWORD, "een nieuw wachtwoord").run_here()
    assert sorted(d.uuid for d in renewed.renewal_damaged) == sorted([one, two])


def test_a_name_that_is_not_utf8_still_lets_everyone_in(world, data_dir):
    vault, couple, a, b = world
    sql(vault, "UPDATE profile SET name = CAST(x'ff' AS TEXT) WHERE uuid = ?", a.profile.uuid)
    assert sorted(p.name for p in vault.profiles()) == ["Bo", "\ufffd"]
    assert not vault.unlock(b.profile.uuid, PASSWORD + " b")[0].is_locked


@pytest.mark.parametrize("when", [1e12, math.inf])
def test_a_last_failure_in_the_future_asks_for_no_endless_wait(world, when):
    vault, couple, a, b = world
    sql(vault, "UPDATE profile SET failed_attempts = 40, last_failed_at = ? WHERE uuid = ?", when, a.profile.uuid)
    assert vault.seconds_to_wait(a.profile.uuid) == 0
    assert not vault.unlock(a.profile.uuid, PASSWORD)[0].is_locked


def test_a_colour_is_only_ever_a_colour(world):
    vault, couple, a, b = world
    sql(vault, "UPDATE profile SET colour = ? WHERE uuid = ?",
        "red; } QCheckBox::indicator { image: url(/dev/zero); } QFrame {", a.profile.uuid)
    assert vault.profile(a.profile.uuid).colour == COLOURS[0]


# The owner finds their copies through their own signed index -------------------------------------

def test_deleting_a_text_unshares_it_even_when_the_plain_tag_was_changed(world):
    vault, couple, a, b = world
    note = a.save_text("note", "oude versie")
    shared = couple.share(a, note)
    tag = sql(vault, "SELECT source_tag FROM shared_item WHERE uuid = ?", shared).fetchone()[0]
    sql(vault, "UPDATE shared_item SET source_tag = '0' || substr(source_tag, 2) WHERE uuid = ?", shared)
    a.delete_text(note)
    assert sql(vault, "SELECT count(*) FROM shared_item").fetchone()[0] == 0
    assert couple.shared(b) == ([], 0)
    assert tag


# Odd JSON from the partner's own profile -----------------------------------------------------------

def test_odd_json_shared_by_the_partner_is_counted_not_a_crash(world):
    from erfenis_desktop.services.content import load_content
    from erfenis_desktop.services.exercises import Exercises
    from erfenis_desktop.services.together import Together

    vault, couple, a, b = world
    together = Together(couple, Exercises(load_content()))
    session = str(uuidlib.uuid4())
    couple.share(b, b.save_text("together", json.dumps({"v": 1, "prompt": "sad_at_home", "parent_name": 5,
                                                         "text": ["x"], "session": session})))
    couple.share(b, b.save_text("pattern_check", json.dumps({"parents": [1, 2], "answers": {}, "started": "x",
                                                              "finished": "y"})))
    assert together.timeline(a, "en") == ([], 2)
    assert together.revealed(a, session) == {}
    assert together.shared_results(a) == {}


def test_sharing_a_pin_is_refused(world):
    vault, couple, a, b = world
    pin = next(t.uuid for t in a.texts("pin"))
    with pytest.raises(ProfileError) as err:
        couple.share(a, pin)
    assert err.value.code == "not_shareable"


# The clipboard after locking -------------------------------------------------------------------------

def test_text_copied_from_a_profile_leaves_the_clipboard_when_it_locks(start_app, qtbot):
    from PySide6.QtGui import QGuiApplication

    from tests.test_drafts import _unlocked_notes

    erfenis = start_app()
    page, _sam = _unlocked_notes(erfenis)
    qtbot.keyClicks(page.editor, "Wat ik mijn moeder nooit vertelde")
    page.editor.selectAll()
    page.editor.copy()
    assert QGuiApplication.clipboard().text() == "Wat ik mijn moeder nooit vertelde"
    erfenis.window.quick_hide()
    assert QGuiApplication.clipboard().text() == ""
