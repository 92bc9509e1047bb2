"""A damaged backup (truncated, bytes changed, not Erfenis's, an empty leftover) never stands in
for a good one: not as the day's backup, not at the next start, not as one of the seven kept."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from erfenis_desktop.services.backups import BackupService, entries
from erfenis_desktop.services.vault import VaultService
from erfenis_desktop.storage import backups as storage
from erfenis_desktop.storage.database import open_database
from erfenis_desktop.vault.kdf import FastTestKdf

PASSWORD = "lange wandeling"


class Clock:
    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def next_day(self) -> None:
        self.now += timedelta(days=1)


def truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:len(data) // 2])


def bytes_changed(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for i in range(100, len(data)):
        data[i] = (i * 7 + 13) % 256
    path.write_bytes(bytes(data))


def not_erfenis(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()


def empty_leftover(path: Path) -> None:
    path.write_bytes(b"")


DAMAGES = [truncated, bytes_changed, not_erfenis, empty_leftover]


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


def _notes(path: Path, owner: str) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM private_item WHERE owner_uuid = ? AND kind = 'note'",
                            (owner,)).fetchone()[0]
    finally:
        conn.close()


def _good(data_dir: Path) -> list[Path]:
    return [e.path for e in entries(data_dir) if e.usable]


@pytest.mark.parametrize("damage", DAMAGES, ids=lambda f: f.__name__)
def test_a_damaged_backup_of_today_does_not_stop_the_days_backup(world, data_dir, qtbot, damage):
    db, vault, service, clock = world
    sam, _ = vault.create("Sam", PASSWORD)
    sam.save_text("note", "gisteren")
    yesterday = service.make_now()
    clock.next_day()
    sam.save_text("note", "vandaag, alleen in de backup van vandaag")
    today = service.make_now()
    damage(today)  # after it was made, with nothing changed since
    assert service.check()  # the timer's check, as while Erfenis runs
    qtbot.waitUntil(lambda: not service.busy)
    [newest, *_] = _good(data_dir)
    assert newest not in (today, yesterday) and newest.parent == data_dir / "backups"
    assert storage.list_daily(data_dir)[0].made.date() == clock().date()
    assert _notes(newest, sam.profile.uuid) == 2  # today's writing is in a good backup again
    assert service.failure is None
    # Once there is a good one of today, no more are made that day.
    assert not service.check()


@pytest.mark.parametrize("next_day", [False, True], ids=["same_day", "next_day"])
def test_at_start_a_damaged_newest_backup_of_an_unchanged_file_is_made_again(data_dir, qapp, qtbot, next_day):
    data_dir.mkdir(mode=0o700)
    clock = Clock(datetime(2026, 3, 2, 9, 30))
    db = open_database(data_dir)
    vault = VaultService(db, kdf=FastTestKdf())
    sam, _ = vault.create("Sam", PASSWORD)
    owner = sam.profile.uuid
    sam.save_text("note", "maandag")
    BackupService(db, clock=clock).make_now()
    clock.next_day()
    sam.save_text("note", "dinsdag")
    damaged = BackupService(db, clock=clock).make_now()
    sam.lock()
    db.close()
    bytes_changed(damaged)  # after the file was closed: the file is older than this backup
    if next_day:
        clock.next_day()
    db = open_database(data_dir)
    service = BackupService(db, clock=clock)
    try:
        assert service.check(at_start=True)
        qtbot.waitUntil(lambda: not service.busy)
        [newest, *_] = _good(data_dir)
        assert newest != damaged
        assert storage.list_daily(data_dir)[0].path == newest
        assert _notes(newest, owner) == 2  # Tuesday's note is in a good backup
    finally:
        service.stop()
        db.close()


def test_a_damaged_backup_never_pushes_a_good_one_out_of_the_seven(world, data_dir, qtbot):
    db, vault, service, clock = world
    sam, _ = vault.create("Sam", PASSWORD)
    week = []
    for day in range(7):
        sam.save_text("note", f"dag {day}")
        week.append(service.make_now())
        clock.next_day()
    damaged = week[3]
    truncated(damaged)
    good = [p for p in week if p != damaged]
    sam.save_text("note", "dag 7")
    assert service.check()
    qtbot.waitUntil(lambda: not service.busy)
    newest = storage.list_daily(data_dir)[0].path
    assert newest not in week
    # 7 good (the new one and the six older good ones) and the damaged one, shown as damaged.
    assert sorted(_good(data_dir)) == sorted([newest, *good])
    assert [e.path for e in entries(data_dir) if not e.usable] == [damaged]
    for path in good:
        assert storage.check(path) is None  # still there, still restorable

    from erfenis_desktop.ui.settings.backups_section import BackupsSection

    section = BackupsSection(service, None)
    qtbot.addWidget(section)
    section.refresh()
    texts = [section.list.item(i).text() for i in range(section.list.count())]
    assert len(texts) == 8 and sum("damaged, cannot be restored" in t for t in texts) == 1
    assert "damaged, cannot be restored" in texts[[e.path for e in section.list.entries].index(damaged)]

    # Later the damaged one goes with the good ones of its age: it does not pile up.
    for day in range(8, 12):
        clock.next_day()
        sam.save_text("note", f"dag {day}")
        service.make_now()
    assert damaged.exists() is False
    assert len(_good(data_dir)) == 7 and len(storage.list_daily(data_dir)) == 7


def test_the_newest_backups_are_checked_once_in_a_worker_at_start(data_dir, qapp, qtbot):
    """A backup of an earlier run is checked (an integrity check) once, off the UI thread;
    after that the minute's check knows it and starts nothing."""
    data_dir.mkdir(mode=0o700)
    clock = Clock(datetime(2026, 3, 2, 9, 30))
    db = open_database(data_dir)
    VaultService(db, kdf=FastTestKdf()).create("Sam", PASSWORD)
    made = BackupService(db, clock=clock).make_now()
    db.close()
    os.utime(made)  # touched since: checked again, like any file Erfenis did not just make
    db = open_database(data_dir)
    service = BackupService(db, clock=clock)
    try:
        assert storage.unchecked(data_dir) != []
        service.check(at_start=True)
        qtbot.waitUntil(lambda: not service.busy)
        assert storage.unchecked(data_dir) == []
        assert [b.path for b in storage.list_daily(data_dir)] == [made]  # good, of today: nothing new
        assert not service.check()
    finally:
        service.stop()
        db.close()


def test_after_a_failed_backup_the_next_try_waits_its_time_even_while_there_is_writing(world):
    """A backup that failed (a full disk, a folder that cannot be made) is tried again some
    minutes later, as Settings says, not at every check of the clock while the person writes."""
    from erfenis_desktop.services.backups import RETRY_AFTER

    db, vault, service, clock = world
    u, _ = vault.create("Sam", PASSWORD)
    folder = storage.folder_of(db.data_dir)
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("in the way")  # the backups' folder cannot be made
    assert service.due() and not service.begin() and service.failed_at is not None
    for minutes in (1, 2, 5, 9):
        clock.now = service.failed_at + timedelta(minutes=minutes)
        u.save_text("note", f"written after {minutes} minutes")
        assert not service.due(), f"tried again after {minutes} minutes"
    clock.now = service.failed_at + RETRY_AFTER
    assert service.due()
    folder.unlink()  # room again: the next try works
    assert service.make_now() is not None and service.failed_at is None
