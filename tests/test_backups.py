"""Daily backups: rotation, the deletion promises, restoring, and a backup that fails."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from erfenis_desktop.services.backups import BackupService, RestoreRefused, entries
from erfenis_desktop.services.couple import CoupleService
from erfenis_desktop.services.vault import VaultService
from erfenis_desktop.storage import backups as storage
from erfenis_desktop.storage.database import DB_FILENAME, open_database
from erfenis_desktop.vault.kdf import FastTestKdf
from tests.storage_helpers import files_holding

PASSWORD = "lange wandeling"


class Clock:
    """An injected clock: the tests move the day on, nobody sleeps."""

    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def next_day(self) -> None:
        self.now += timedelta(days=1)


@pytest.fixture
def world(data_dir, qapp):
    data_dir.mkdir(mode=0o700)
    db = open_database(data_dir)
    vault = VaultService(db, kdf=FastTestKdf())
    clock = Clock(datetime(2026, 3, 2, 9, 30))
    service = BackupService(db, clock=clock)
    yield db, vault, service, clock
    service.stop()
    db.close()


def _body(db, item: str) -> bytes:
    return bytes(db.conn.execute("SELECT body FROM private_item WHERE uuid = ?", (item,)).fetchone()[0])


def _backup_files(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "backups").glob("daily-*.db"))


def _rows(path: Path, sql: str, *args) -> list:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def test_one_backup_a_day_and_the_last_seven_are_kept(world, data_dir):
    db, vault, service, clock = world
    sam, _ = vault.create("Sam", PASSWORD)
    made = []
    for day in range(10):
        sam.save_text("note", f"dag {day}")
        assert service.due()
        made.append(service.make_now())
        sam.save_text("note", f"later op dag {day}")
        assert not service.due(), "a second backup on the same day"
        assert not service.check()
        clock.next_day()
    kept = _backup_files(data_dir)
    assert kept == sorted(made[-7:])  # the newest seven, the oldest three gone
    assert [e.made.date() for e in entries(data_dir)] == [datetime(2026, 3, 2 + d).date() for d in range(9, 2, -1)]
    # No change since the last one: a new day alone makes no backup.
    service.make_now()
    clock.next_day()
    assert not service.due()
    sam.save_text("note", "de eerste verandering van een nieuwe dag")
    assert service.due()


def test_a_backup_is_made_in_the_background_and_is_private(world, data_dir, qtbot):
    db, vault, service, clock = world
    vault.create("Sam", PASSWORD)
    assert service.check(at_start=True)
    qtbot.waitUntil(lambda: not service.busy)
    [made] = _backup_files(data_dir)
    assert oct(made.stat().st_mode & 0o777) == oct(0o600)
    assert oct((data_dir / "backups").stat().st_mode & 0o777) == oct(0o700)
    assert storage.check(made) is None
    assert _rows(made, "SELECT name FROM profile") == [("Sam",)]
    assert not list((data_dir / "backups").glob(".*"))  # no temporary file left


def test_a_backup_holds_no_more_than_the_file(world, data_dir):
    db, vault, service, clock = world
    sam, _ = vault.create("Sam", PASSWORD)
    secret = "wat ik nooit hardop zei " + os.urandom(6).hex()
    sam.save_text("note", secret)
    made = service.make_now()
    assert secret.encode() not in made.read_bytes()
    # Every plain column of the backup is the live file's, nothing more.
    for table in ("profile", "private_item", "meta"):
        assert _rows(made, f"SELECT * FROM {table}") == db.conn.execute(f"SELECT * FROM {table}").fetchall()


def test_a_deleted_text_is_in_no_backup(world, data_dir, qtbot):
    db, vault, service, clock = world
    sam, _ = vault.create("Sam", PASSWORD)
    note = sam.save_text("note", "weg ermee " + os.urandom(6).hex())
    keep = sam.save_text("note", "dit blijft")
    canary = _body(db, note)[-48:]
    for _ in range(3):
        service.make_now()
        clock.next_day()
    assert len(files_holding(data_dir / "backups", canary)) == 3
    sam.delete_text(note)
    assert files_holding(data_dir, canary) == []
    # The next check makes a fresh backup of the file as it is now: without the text.
    assert service.check()
    qtbot.waitUntil(lambda: not service.busy)
    [fresh] = _backup_files(data_dir)
    assert files_holding(data_dir, canary) == []
    assert _rows(fresh, "SELECT uuid FROM private_item WHERE uuid = ?", note) == []
    assert _rows(fresh, "SELECT uuid FROM private_item WHERE uuid = ?", keep) == [(keep,)]


def test_a_backup_being_written_while_something_is_deleted_is_thrown_away(world, data_dir):
    db, vault, service, clock = world
    sam, _ = vault.create("Sam", PASSWORD)
    note = sam.save_text("note", "halverwege " + os.urandom(6).hex())
    canary = _body(db, note)[-48:]
    begun = storage.generation(data_dir)
    temp = storage.snapshot(db.conn, data_dir, clock())  # copied, not yet synced and put in place
    sam.delete_text(note)
    assert storage.finish(temp, data_dir, begun, clock()) is None
    assert files_holding(data_dir, canary) == []


def test_a_deleted_profile_is_in_no_backup(world, data_dir):
    db, vault, service, clock = world
    sam, _ = vault.create("Sam-Vanderveld", PASSWORD)
    vault.create("Noor", PASSWORD + " n")
    canary = _body(db, sam.save_text("note", "van Sam"))[-48:]
    record = bytes(db.conn.execute("SELECT password_record FROM profile WHERE uuid = ?",
                                   (sam.profile.uuid,)).fetchone()[0])[-40:]
    service.make_now()
    uuid = sam.profile.uuid
    sam.lock()
    vault.delete(uuid, PASSWORD)
    for needle in (canary, record, b"Sam-Vanderveld", uuid.encode()):
        assert files_holding(data_dir, needle) == []
    fresh = service.make_now()
    assert _rows(fresh, "SELECT name FROM profile") == [("Noor",)]
    assert files_holding(data_dir, b"Sam-Vanderveld") == []


def test_an_unshared_copy_is_in_no_backup(world, data_dir):
    db, vault, service, clock = world
    a, _ = vault.create("Alex", PASSWORD)
    b, _ = vault.create("Bo", PASSWORD + " b")
    couple = CoupleService(vault)
    couple.link(a, b)
    shared = couple.share(a, a.save_text("note", "voor Bo " + os.urandom(6).hex()))
    canary = bytes(db.conn.execute("SELECT body FROM shared_item WHERE uuid = ?", (shared,)).fetchone()[0])[-48:]
    service.make_now()
    assert files_holding(data_dir / "backups", canary)
    couple.unshare(a, shared)
    service.make_now()
    assert files_holding(data_dir, canary) == []


def test_restore_brings_back_the_older_state_and_keeps_the_current_file(world, data_dir):
    db, vault, service, clock = world
    sam, _ = vault.create("Sam", PASSWORD)
    sam.save_text("note", "maandag")
    monday = service.make_now()
    clock.next_day()
    sam.save_text("note", "dinsdag")
    sam.lock()
    service.restore(monday)  # no app here: the service closes the file itself
    db = open_database(data_dir)
    try:
        assert db.conn.execute("SELECT count(*) FROM private_item WHERE owner_uuid = ?",
                               (sam.profile.uuid,)).fetchone()[0] == 1
    finally:
        db.close()
    newest = entries(data_dir)[0]
    assert newest.made == clock()  # the file as it was before the restore
    assert _rows(newest.path, "SELECT count(*) FROM private_item WHERE owner_uuid = ?", sam.profile.uuid) == [(2,)]


def test_a_corrupt_backup_is_shown_unusable_and_refused(world, data_dir):
    db, vault, service, clock = world
    vault.create("Sam", PASSWORD)
    made = service.make_now()
    data = bytearray(made.read_bytes())
    for i in range(100, len(data)):
        data[i] = (i * 7 + 13) % 256
    made.write_bytes(bytes(data))
    before = (data_dir / DB_FILENAME).read_bytes()
    [entry] = service.entries()
    assert not entry.usable and entry.problem == "corrupt"
    with pytest.raises(RestoreRefused) as refused:
        service.restore(made)
    assert refused.value.reason == "unusable"
    assert (data_dir / DB_FILENAME).read_bytes() == before


def test_an_unwritable_backups_folder_is_said_and_nothing_else_changes(world, data_dir, qtbot):
    db, vault, service, clock = world
    sam, _ = vault.create("Sam", PASSWORD)
    (data_dir / "backups").mkdir(exist_ok=True)
    (data_dir / "backups").rmdir()
    (data_dir / "backups").write_bytes(b"not a folder")  # as root, permissions would not stop us
    assert not service.check(at_start=True)
    assert service.failure is not None and service.failure.kind == "not_folder"
    note = sam.save_text("note", "gaat gewoon door")  # Erfenis goes on
    assert sam.read_text(note).text == "gaat gewoon door"


def test_a_backup_interrupted_in_an_earlier_run_is_removed_when_backups_start(world, data_dir, qtbot):
    """A half-written backup of an earlier run (a kill mid-copy) holds readable-when-unlocked data
    under no promise: it goes when the backups start, right after the first paint."""
    db, vault, service, clock = world
    sam, _ = vault.create("Sam", PASSWORD)
    canary = _body(db, sam.save_text("note", "half gekopieerd " + os.urandom(6).hex()))[-48:]
    temp = storage.snapshot(db.conn, data_dir, clock())  # copied, never finished: the run was killed
    assert files_holding(data_dir, canary) != [] and temp.exists()
    service.start()
    qtbot.waitUntil(lambda: not service.busy)
    assert not temp.exists()
    assert [p.name for p in (data_dir / "backups").iterdir() if p.name.startswith(".")] == []


def test_only_names_with_a_real_time_count_as_daily_backups(world, data_dir):
    """The time in a backup's name decides which seven are kept: a file whose name only looks
    like one (a month 13, letters, a missing dash) is never taken for a backup, nor removed."""
    db, vault, service, clock = world
    vault.create("Sam", PASSWORD)
    made = service.make_now()
    folder = data_dir / "backups"
    odd = ["daily-20261301-093000.db", "daily-2026O302-093000.db", "daily-20260302093000x.db",
           "daily-20260230-093000.db", "daily-２０２６0302-093000.db"]
    for name in odd:
        (folder / name).write_bytes(b"not a backup")
    assert [e.path for e in entries(data_dir)] == [made]
    assert storage.list_daily(data_dir)[0].made == datetime(2026, 3, 2, 9, 30)
    storage.forget(data_dir)  # the deletion promise removes backups, not someone else's files
    assert sorted(p.name for p in folder.iterdir()) == sorted(odd)
