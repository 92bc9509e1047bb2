"""Profiles and private writing through the vault service: what a partner with the file can and cannot see."""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
import unicodedata
from pathlib import Path

import pytest

from erfenis_desktop.domain.attempts import delay_after
from erfenis_desktop.services.vault import ProfileError, VaultService
from erfenis_desktop.storage.database import open_database
from erfenis_desktop.vault.errors import DamagedError
from erfenis_desktop.vault.items import open_item
from erfenis_desktop.vault.kdf import FastTestKdf
from tests.vault.memory_keyring import FailingKeyring, MemoryKeyring

PASSWORD = "lange wandeling"


class Clock:
    def __init__(self):
        self.now = 1_800_000_000.0

    def __call__(self):
        return self.now


@pytest.fixture
def keyring_backend():
    return MemoryKeyring()


@pytest.fixture
def service(data_dir, keyring_backend):
    data_dir.mkdir()
    db = open_database(data_dir)
    yield VaultService(db, kdf=FastTestKdf(), keyring_backend=keyring_backend, clock=Clock())
    db.close()


def _files_under(folder: Path, since: float = 0.0):
    for path in folder.rglob("*"):
        try:
            if path.is_file() and not path.is_symlink() and path.stat().st_mtime >= since:
                yield path
        except OSError:
            continue


def test_private_text_never_reaches_disk_in_plaintext(service, data_dir):
    # Made at run time, so the canaries appear nowhere else (not even in this file).
    started = time.time() - 1
    canaries = [f"kanarie-{os.urandom(6).hex()}", f"geheim-ëüï-🕊️-נסתר-{os.urandom(6).hex()}"]
    unlocked, _ = service.create("Sam", PASSWORD)
    item = unlocked.save_text("note", f"Mijn moeder vroeg hoe het ging. {canaries[0]}")
    unlocked.save_text("note", f"Als mijn vader boos was {canaries[1]}", item)  # edit
    assert canaries[1] in unlocked.read_text(item).text
    unlocked.delete_text(item)
    unlocked.lock()
    service.db.close()
    places = list(_files_under(data_dir)) + list(_files_under(Path(tempfile.gettempdir()), since=started))
    assert any(p.name == "erfenis.db" for p in places)
    for path in places:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        for canary in canaries:
            for encoding in ("utf-8", "utf-16-le"):
                assert canary.encode(encoding) not in data, path


def test_partner_with_sqlite_sees_no_private_text(service, data_dir):
    unlocked, _ = service.create("Robin", PASSWORD)
    unlocked.save_text("note", "Ik ben bang dat ik niet belangrijk genoeg ben")
    conn = sqlite3.connect(data_dir / "erfenis.db")
    dump = "\n".join(conn.iterdump())
    conn.close()
    assert "belangrijk genoeg" not in dump
    assert "Robin" in dump  # names are not secret, and the app says so


def test_swapped_or_flipped_ciphertext_is_reported_damaged(service):
    a, _ = service.create("Alex", PASSWORD)
    b, _ = service.create("Bo", PASSWORD + "!")
    first = a.save_text("note", "eerste")
    second = a.save_text("note", "tweede")
    other = b.save_text("note", "van Bo")
    conn = service.db.conn
    body = lambda u: conn.execute("SELECT body FROM private_item WHERE uuid=?", (u,)).fetchone()[0]  # noqa: E731
    # Swap two rows of the same profile.
    b1, b2 = body(first), body(second)
    conn.execute("UPDATE private_item SET body=? WHERE uuid=?", (b2, first))
    with pytest.raises(ProfileError) as err:
        a.read_text(first)
    assert err.value.code == "damaged"
    # Another profile's ciphertext moved into A's row.
    conn.execute("UPDATE private_item SET body=? WHERE uuid=?", (body(other), first))
    with pytest.raises(ProfileError) as err:
        a.read_text(first)
    assert err.value.code == "damaged"
    # One flipped byte anywhere: version, nonce, ciphertext, tag.
    for index in (0, 5, 20, len(b1) - 1):
        flipped = bytearray(b1)
        flipped[index] ^= 0x01
        conn.execute("UPDATE private_item SET body=? WHERE uuid=?", (bytes(flipped), first))
        with pytest.raises(ProfileError) as err:
            a.read_text(first)
        assert err.value.code == "damaged"
    assert a.read_text(second).text == "tweede"  # the rest still reads


def test_wrong_passwords_slow_down_but_never_lock_out(service):
    unlocked, _ = service.create("Kim", PASSWORD)
    unlocked.save_text("note", "blijft bewaard")
    clock = service._clock
    waits = []
    for _ in range(7):
        clock.now += 120  # always past the previous delay
        with pytest.raises(ProfileError) as err:
            service.unlock(unlocked.profile.uuid, "verkeerd wachtwoord")
        waits.append(err.value.details["wait"])
    assert waits[:2] == [0, 0] and waits[2:] == [delay_after(n) for n in range(3, 8)]
    assert waits[2] < waits[3] < waits[4] and max(waits) == 60
    with pytest.raises(ProfileError) as err:
        service.unlock(unlocked.profile.uuid, PASSWORD)  # too soon: told to wait, not refused forever
    assert err.value.code == "wait"
    clock.now += 60
    again, before = service.unlock(unlocked.profile.uuid, PASSWORD)
    assert before.failed_attempts == 7
    assert again.texts()[0].text == "blijft bewaard"
    assert service.seconds_to_wait(unlocked.profile.uuid) == 0


def test_password_change_rewraps_only(service, data_dir):
    unlocked, _ = service.create("Noor", PASSWORD)
    item = unlocked.save_text("note", "onveranderd")
    old_record = service.repo.get(unlocked.profile.uuid).password_record
    old_body = service.repo.item(item).body
    service.change_password(unlocked, "een nieuw wachtwoord")
    with pytest.raises(ProfileError) as err:
        service.unlock(unlocked.profile.uuid, PASSWORD)
    assert err.value.code == "wrong_password"
    service._clock.now += 10
    reopened, _ = service.unlock(unlocked.profile.uuid, "een nieuw wachtwoord")
    assert reopened.read_text(item).text == "onveranderd"
    assert service.repo.item(item).body == old_body
    assert old_record not in (data_dir / "erfenis.db").read_bytes()


def test_recovery_code_opens_without_keyring_and_wrong_code_fails(service, keyring_backend):
    unlocked, code = service.create("Lou", PASSWORD)
    unlocked.save_text("note", "terug")
    keyring_backend.items.clear()
    service = VaultService(service.db, kdf=FastTestKdf(), keyring_backend=keyring_backend, clock=Clock())  # restart
    with pytest.raises(ProfileError) as err:
        service.unlock(unlocked.profile.uuid, PASSWORD)
    assert err.value.code == "device_secret_missing"
    assert keyring_backend.items == {}  # never silently a new secret
    with pytest.raises(ProfileError) as err:
        service.recover(unlocked.profile.uuid, "0000-0000-0000-0000-0000-0000-0000-0000", "nieuw wachtwoord")
    assert err.value.code == "wrong_code"
    typed = code.lower().replace("-", " ")
    recovered, new_code = service.recover(unlocked.profile.uuid, typed, "nieuw wachtwoord")
    assert recovered.texts()[0].text == "terug"
    service._clock.now += 100
    with pytest.raises(ProfileError) as err:  # a used code opens nothing any more; the new one does
        service.recover(unlocked.profile.uuid, code, "ander wachtwoord")
    assert err.value.code == "wrong_code"
    assert not service.recover(unlocked.profile.uuid, new_code, "ander wachtwoord")[0].is_locked


def test_works_without_any_keyring(data_dir):
    data_dir.mkdir()
    db = open_database(data_dir)
    service = VaultService(db, kdf=FastTestKdf(), keyring_backend=FailingKeyring(), clock=Clock())
    unlocked, _ = service.create("Jip", PASSWORD)
    assert service.device_state().status.value == "unavailable"
    unlocked.save_text("note", "zonder sleutelhanger")
    again, _ = service.unlock(unlocked.profile.uuid, PASSWORD)
    assert again.texts()[0].text == "zonder sleutelhanger"
    db.close()


def test_database_on_another_computer_needs_the_recovery_code(service, data_dir):
    unlocked, code = service.create("Mo", PASSWORD)
    unlocked.save_text("note", "verhuisd")
    elsewhere = VaultService(service.db, kdf=FastTestKdf(), keyring_backend=MemoryKeyring(), clock=Clock())
    with pytest.raises(ProfileError) as err:
        elsewhere.unlock(unlocked.profile.uuid, PASSWORD)
    assert err.value.code == "device_secret_missing"
    recovered, _ = elsewhere.recover(unlocked.profile.uuid, code, "nieuw wachtwoord")
    assert recovered.texts()[0].text == "verhuisd"


def test_edited_kdf_parameters_or_uuid_refuse_to_unlock(service):
    import json

    unlocked, _ = service.create("Fee", PASSWORD)
    uuid = unlocked.profile.uuid
    row = service.repo.get(uuid)
    record = json.loads(row.password_record)
    record["kdf"]["iterations"] = 0
    service.db.conn.execute("UPDATE profile SET password_record=? WHERE uuid=?",
                            (json.dumps(record).encode(), uuid))
    with pytest.raises(ProfileError) as err:
        service.unlock(uuid, PASSWORD)
    assert err.value.code == "damaged"
    service.db.conn.execute("UPDATE profile SET password_record=? WHERE uuid=?", (row.password_record, uuid))
    service.db.conn.execute("PRAGMA foreign_keys=OFF")
    service.db.conn.execute("UPDATE profile SET uuid=? WHERE uuid=?", ("00000000-0000-4000-8000-000000000000", uuid))
    with pytest.raises(ProfileError) as err:
        service.unlock("00000000-0000-4000-8000-000000000000", PASSWORD)
    assert err.value.code == "wrong_password"


@pytest.mark.parametrize("name, code", [
    ("", "name_empty"), ("   ", "name_empty"), ("x" * 200, "name_too_long"), ("sam", "name_taken"),
])
def test_bad_names_are_refused_with_a_reason(service, name, code):
    service.create("Sam", PASSWORD)
    with pytest.raises(ProfileError) as err:
        service.create(name, PASSWORD)
    assert err.value.code == code


@pytest.mark.parametrize("name", ["Zoë 🌷", "שרה", "Ａｎｎａ"])
def test_emoji_and_right_to_left_names(service, name):
    unlocked, _ = service.create(name, PASSWORD)
    assert service.profiles()[0].name == unicodedata.normalize("NFC", name)


def test_short_password_refused_and_nfc_nfd_same(service):
    with pytest.raises(ProfileError) as err:
        service.create("Ada", "kort")
    assert err.value.code == "password_short" and err.value.details["minimum"] == 8
    nfc = unicodedata.normalize("NFC", "crème brûlée")
    unlocked, _ = service.create("Ada", nfc)
    again, _ = service.unlock(unlocked.profile.uuid, unicodedata.normalize("NFD", nfc))
    assert not again.is_locked


def test_delete_needs_password_and_removes_everything(service, data_dir):
    unlocked, _ = service.create("Tess", PASSWORD)
    unlocked.save_text("note", "weg ermee")
    body = service.repo.items(unlocked.profile.uuid)[0].body
    with pytest.raises(ProfileError) as err:
        service.delete(unlocked.profile.uuid, "fout wachtwoord")
    assert err.value.code == "wrong_password" and service.profiles() != []
    service._clock.now += 10
    service.delete(unlocked.profile.uuid, PASSWORD)
    assert service.profiles() == []
    assert service.db.conn.execute("SELECT count(*) FROM private_item").fetchone()[0] == 0
    assert body not in (data_dir / "erfenis.db").read_bytes()


def test_locked_profile_cannot_read(service):
    unlocked, _ = service.create("Ilse", PASSWORD)
    item = unlocked.save_text("note", "dicht")
    unlocked.lock()
    with pytest.raises(ProfileError) as err:
        unlocked.read_text(item)
    assert err.value.code == "locked"


def test_renew_key_reencrypts_everything_and_replaces_the_recovery_code(service, data_dir):
    unlocked, old_code = service.create("Vic", PASSWORD)
    items = [unlocked.save_text("note", f"tekst {i} 🌱") for i in range(3)]
    old_bodies = {i: service.repo.item(i).body for i in items}
    old_records = service.repo.get(unlocked.profile.uuid)
    with pytest.raises(ProfileError) as err:
        service.renew_key_job(unlocked, "verkeerd wachtwoord", "een nieuw wachtwoord").run_here()
    assert err.value.code == "wrong_password"
    assert service.repo.get(unlocked.profile.uuid).failed_attempts == 1  # counted like an unlock
    service._clock.now += 10
    old_key = bytes(unlocked._key())
    renewed, new_code = service.renew_key_job(unlocked, PASSWORD, "een nieuw wachtwoord").run_here()
    assert [renewed.read_text(i).text for i in items] == [f"tekst {i} 🌱" for i in range(3)]
    raw = (data_dir / "erfenis.db").read_bytes()
    for i in items:
        row = service.repo.item(i)
        assert old_bodies[i] not in raw
        with pytest.raises(DamagedError):  # the old key opens none of the new ciphertexts
            open_item(old_key, row.body, uuid=i, owner=row.owner_uuid, kind=row.kind, revision=row.revision,
                      key_version=row.key_version, created_at=row.created_at, updated_at=row.updated_at)
    assert old_records.password_record not in raw and old_records.recovery_record not in raw
    assert old_records.manifest not in raw  # the old manifest too
    assert service.repo.get(unlocked.profile.uuid).identity_key != old_records.identity_key  # a new identity
    with pytest.raises(ProfileError) as err:  # the old key reads nothing any more
        unlocked.read_text(items[0])
    assert err.value.code == "damaged"
    with pytest.raises(ProfileError) as err:  # nor does the old recovery code
        service.recover(unlocked.profile.uuid, old_code, "nieuw wachtwoord")
    assert err.value.code == "wrong_code"
    assert service.check_recovery_job(renewed, new_code).run_here() is True
    service._clock.now += 100
    with pytest.raises(ProfileError) as err:  # the old password does not open the renewed profile
        service.unlock(unlocked.profile.uuid, PASSWORD)
    assert err.value.code == "wrong_password"
    service._clock.now += 100
    again, _ = service.unlock(unlocked.profile.uuid, "een nieuw wachtwoord")
    assert again.read_text(items[1]).text == "tekst 1 🌱"


def test_renewal_needs_a_new_password(service):
    unlocked, _ = service.create("Vic", PASSWORD)
    with pytest.raises(ProfileError) as err:
        service.renew_key_job(unlocked, PASSWORD, PASSWORD)
    assert err.value.code == "same_password"
    with pytest.raises(ProfileError) as err:
        service.renew_key_job(unlocked, PASSWORD, "kort")
    assert err.value.code == "password_short"


def test_after_recovery_the_computer_gets_a_new_extra_key(service, keyring_backend, data_dir):
    first, first_code = service.create("Eva", PASSWORD)
    second, second_code = service.create("Rik", PASSWORD + " 2")
    keyring_backend.items.clear()
    service = VaultService(service.db, kdf=FastTestKdf(), keyring_backend=keyring_backend, clock=Clock())  # restart
    recovered, _ = service.recover(first.profile.uuid, first_code, "nieuw wachtwoord")
    assert len(keyring_backend.items) == 1  # a new secret, made at the moment of recovery
    restarted = VaultService(service.db, kdf=FastTestKdf(), keyring_backend=keyring_backend, clock=Clock())
    assert restarted.device_state().status.value == "ok"
    again, _ = restarted.unlock(first.profile.uuid, "nieuw wachtwoord")
    assert not again.is_locked
    with pytest.raises(ProfileError) as err:  # the other profile still needs its own recovery code
        restarted.unlock(second.profile.uuid, PASSWORD + " 2")
    assert err.value.code == "device_secret_missing"  # told plainly, not "wrong password"
    restarted._clock.now += 10
    reopened, _ = restarted.recover(second.profile.uuid, second_code, "ook nieuw")
    assert not reopened.is_locked


def test_a_keyring_that_is_only_locked_is_told_apart_from_a_lost_one(service, keyring_backend):
    from tests.vault.memory_keyring import LockedKeyring

    unlocked, _ = service.create("Ilja", PASSWORD)
    locked = VaultService(service.db, kdf=FastTestKdf(), keyring_backend=LockedKeyring(), clock=Clock())
    with pytest.raises(ProfileError) as err:
        locked.unlock(unlocked.profile.uuid, PASSWORD)
    assert err.value.code == "keyring_unavailable"
    assert locked.repo.get(unlocked.profile.uuid).failed_attempts == 0  # not counted as a wrong password
    locked.device._backend = keyring_backend  # the person unlocks their keyring and tries again
    again, _ = locked.unlock(unlocked.profile.uuid, PASSWORD)
    assert not again.is_locked
