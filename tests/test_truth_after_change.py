"""Hole 6: with room on the disk for a change but not for the clean-up after it, Erfenis
tells the truth: the change is in force and says so, and a recovery code in force is
always one that was shown. The disk is made "nearly full" for real: a file-size limit
(RLIMIT_FSIZE) lets small writes through and stops the journal that VACUUM needs."""

from __future__ import annotations

import resource
import signal
from contextlib import contextmanager

import pytest

from erfenis_desktop.services.vault import ProfileError, VaultService
from erfenis_desktop.storage.database import DB_FILENAME, open_database
from erfenis_desktop.vault.kdf import FastTestKdf
from tests.vault.memory_keyring import MemoryKeyring

PASSWORD = "lange wandeling"


class Clock:
    now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@contextmanager
def nearly_full_disk(path):
    """Files may not grow past half of the database's size while inside."""
    limit = path.stat().st_size // 2
    old_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, old_limit[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, old_limit)
        signal.signal(signal.SIGXFSZ, old_handler)


@pytest.fixture
def filled(data_dir):
    data_dir.mkdir()
    db = open_database(data_dir)
    vault = VaultService(db, kdf=FastTestKdf(), keyring_backend=MemoryKeyring(), clock=Clock())
    unlocked, code = vault.create("Mila", PASSWORD)
    for i in range(30):
        unlocked.save_text("note", f"{i} " + "Vertel me meer. " * 150)
    yield vault, unlocked, code, data_dir / DB_FILENAME
    db.close()


def test_a_password_change_without_room_to_clean_up_is_in_force_and_said_so(filled):
    vault, unlocked, code, path = filled
    old_record = vault.repo.get(unlocked.profile.uuid).password_record
    with nearly_full_disk(path):
        assert vault.change_password_job(unlocked, "een nieuw wachtwoord").run_here() is True  # no error
    assert vault.db.compact_pending  # the clean-up could not run, and is remembered
    unlocked.lock()
    with pytest.raises(ProfileError) as err:
        vault.unlock(unlocked.profile.uuid, PASSWORD)
    assert err.value.code == "wrong_password"
    again, _ = vault.unlock(unlocked.profile.uuid, "een nieuw wachtwoord")
    assert not again.is_locked
    assert vault.db.compact_if_pending()  # with room again, the postponed clean-up runs
    assert not vault.db.compact_pending and vault.db.meta("compact_pending") is None
    assert old_record not in path.read_bytes()


def test_a_recovery_without_room_to_clean_up_shows_the_code_in_force(filled):
    vault, unlocked, code, path = filled
    unlocked.lock()
    with nearly_full_disk(path):
        reopened, new_code = vault.recover(unlocked.profile.uuid, code, "een nieuw wachtwoord")
    assert new_code != code and not reopened.is_locked
    vault._clock.now += 100
    with pytest.raises(ProfileError) as err:  # the old code no longer works ...
        vault.recover(unlocked.profile.uuid, code, "nog een wachtwoord")
    assert err.value.code == "wrong_code"
    again, _ = vault.recover(unlocked.profile.uuid, new_code, "nog een wachtwoord")  # ... the shown one does
    assert len(again.texts("note")) == 30


def test_a_new_recovery_code_without_room_to_clean_up_is_the_one_in_force(filled):
    vault, unlocked, code, path = filled
    with nearly_full_disk(path):
        new_code = vault.new_recovery_code_job(unlocked).run_here()
    assert vault.check_recovery_job(unlocked, new_code).run_here() is True
    with pytest.raises(ProfileError):
        vault.check_recovery_job(unlocked, code).run_here()
