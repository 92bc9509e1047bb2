"""A data file of schema v4 (Erfenis 0.1 before the trust issue) opens in v5: every private
text is still there, and what a couple shared comes back, signed, once both confirmed
their link again."""

from __future__ import annotations

import json
import os
import sqlite3
import uuid as uuidlib

import pytest

from erfenis_desktop.services.couple import CoupleService, _aad
from erfenis_desktop.services.vault import VaultService
from erfenis_desktop.storage import migrations
from erfenis_desktop.storage.database import DB_FILENAME, open_database
from erfenis_desktop.vault import aead, keys
from erfenis_desktop.vault.kdf import FastTestKdf
from tests.vault.memory_keyring import MemoryKeyring

PASSWORD = "lange wandeling"
NOW = "2026-11-20T10:00:00+00:00"


def _v4_file(data_dir):
    """Two linked profiles as Erfenis 0.1 (schema v4) stored them."""
    data_dir.mkdir()
    conn = sqlite3.connect(data_dir / DB_FILENAME, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    migrations.migrate(conn, target=4)
    kdf, people = FastTestKdf(), {}
    for name, password in (("Alex", PASSWORD), ("Bo", PASSWORD + " b")):
        uuid = str(uuidlib.uuid4())
        made = keys.create_profile_secrets(password, uuid, kdf)
        conn.execute("INSERT INTO profile(uuid, name, colour, created_at, password_record, device_check,"
                     " recovery_record, public_key, sealed_private_key, recovery_confirmed)"
                     " VALUES (?, ?, '#2f6f8f', ?, ?, NULL, ?, ?, ?, 1)",
                     (uuid, name, NOW, made.password_record, made.recovery_record, os.urandom(32), os.urandom(60)))
        people[name] = (uuid, bytes(made.data_key))

    def item(owner, kind, text):
        uuid, key = str(uuidlib.uuid4()), people[owner][1]
        conn.execute("INSERT INTO private_item(uuid, owner_uuid, kind, created_at, updated_at, key_version, body)"
                     " VALUES (?, ?, ?, ?, ?, 1, ?)",
                     (uuid, people[owner][0], kind, NOW, NOW, aead.encrypt_text(
                         key, text, record_uuid=uuid, owner_uuid=people[owner][0], field="body", key_version=1)))
        return uuid

    couple, space = str(uuidlib.uuid4()), os.urandom(32)
    conn.execute("INSERT INTO couple(uuid, created_at) VALUES (?, ?)", (couple, NOW))
    for name, (uuid, key) in people.items():
        conn.execute("INSERT INTO couple_member(couple_uuid, profile_uuid, space_key, sealed_with)"
                     " VALUES (?, ?, ?, 'data')", (couple, uuid, aead.seal(key, space, _aad(couple, uuid, "data"))))
        other = next(p for n, p in people.items() if n != name)
        item(name, "pin", json.dumps({"couple": couple, "partner": other[0], "public_key": os.urandom(32).hex()}))

    def share(owner, source, kind, text):
        uuid, item_key = str(uuidlib.uuid4()), os.urandom(32)
        conn.execute("INSERT INTO shared_item(uuid, couple_uuid, owner_uuid, source_uuid, kind, created_at, item_key,"
                     " body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     (uuid, couple, people[owner][0], source, kind, NOW,
                      aead.seal(space, item_key, _aad(couple, uuid, "item key")),
                      aead.seal(item_key, text.encode(), _aad(couple, uuid, people[owner][0], "body"))))

    private = item("Alex", "note", "Alleen voor mij.")
    shared = item("Alex", "note", "Ik hoor je. Ik ben er.")
    share("Alex", shared, "note", "Ik hoor je. Ik ben er.")
    share("Alex", str(uuidlib.uuid4()), "note", "Een kopie zonder origineel")  # e.g. forged in v4
    conn.close()
    return people, private, shared


def test_a_v4_couple_keeps_everything_and_confirms_the_link_once(data_dir):
    people, private, shared = _v4_file(data_dir)
    db = open_database(data_dir)
    assert db.version == migrations.CURRENT_VERSION and db.migration_backup is not None
    vault = VaultService(db, kdf=FastTestKdf(), keyring_backend=MemoryKeyring())
    couple = CoupleService(vault)
    alex, _ = vault.unlock(people["Alex"][0], PASSWORD)
    assert alex.notices == ["confirm_link_again"]
    assert {t.text for t in alex.readable_texts("note")[0]} == {"Alleen voor mij.", "Ik hoor je. Ik ben er."}
    assert vault.repo.get(alex.profile.uuid).item_format == 2
    assert couple.state(alex) == "changed"  # the old pins named no identity key: compare words again
    bo, _ = vault.unlock(people["Bo"][0], PASSWORD + " b")
    couple.repin(alex, bo)
    assert couple.state(alex) == couple.state(bo) == "linked"
    texts, damaged = couple.shared(bo)
    assert [(t.owner_uuid, t.text, t.source_uuid) for t in texts] == [(alex.profile.uuid, "Ik hoor je. Ik ben er.",
                                                                      shared)]
    assert damaged == 0  # the copy without an original was dropped, not shown
    assert db.conn.execute("SELECT count(*) FROM legacy_shared").fetchone()[0] == 0
    db.close()


def test_a_v4_item_that_does_not_open_stays_and_is_listed(data_dir):
    people, private, shared = _v4_file(data_dir)
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    body = bytearray(conn.execute("SELECT body FROM private_item WHERE uuid = ?", (private,)).fetchone()[0])
    body[-1] ^= 1
    conn.execute("UPDATE private_item SET body = ? WHERE uuid = ?", (bytes(body), private))
    conn.commit()
    conn.close()
    db = open_database(data_dir)
    vault = VaultService(db, kdf=FastTestKdf(), keyring_backend=MemoryKeyring())
    alex, _ = vault.unlock(people["Alex"][0], PASSWORD)
    assert [t.text for t in alex.readable_texts("note")[0]] == ["Ik hoor je. Ik ben er."]
    assert [d.uuid for d in alex.damaged_items()] == [private]
    db.close()


@pytest.mark.parametrize("column", ["public_key", "sealed_private_key", "sealed_with", "source_uuid"])
def test_v5_has_no_column_of_the_old_key_pair_or_the_plain_source(data_dir, column):
    data_dir.mkdir()
    db = open_database(data_dir)
    schema = " ".join(r[0] for r in db.conn.execute("SELECT sql FROM sqlite_master WHERE name IN"
                                                    " ('profile', 'couple_member', 'shared_item')"))
    assert column not in schema
    db.close()
