"""Copies Erfenis keeps (backups/) keep the live file's promises: bounded, private, and gone
once the file is verified or something is deleted."""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from pathlib import Path

import pytest

from erfenis_desktop.services.vault import VaultService
from erfenis_desktop.storage import migrations
from erfenis_desktop.storage.database import DB_FILENAME, KEEP_DAYS, open_database
from erfenis_desktop.vault.kdf import FastTestKdf
from tests.storage_helpers import crash_mid_write, files_holding, files_under

PASSWORD = "lange wandeling"


def _vault(db) -> VaultService:
    return VaultService(db, kdf=FastTestKdf())  # the test's in-memory keyring (conftest)


def _body(db, item: str) -> bytes:
    return bytes(db.conn.execute("SELECT body FROM private_item WHERE uuid = ?", (item,)).fetchone()[0])


def _v1_with_canary(data_dir: Path, canary: str) -> None:
    data_dir.mkdir(mode=0o700)
    conn = sqlite3.connect(data_dir / DB_FILENAME, isolation_level=None)
    migrations.migrate(conn, target=1)
    conn.execute("INSERT INTO meta(key, value) VALUES ('canary', ?)", (canary,))
    conn.close()


def test_a_deleted_note_is_in_no_file_after_a_crash_was_repaired(data_dir):
    # The attack: a crash leaves a copy; the note is deleted later; the copy kept it, readable
    # by whoever has the password. Now the copy goes as soon as the repaired file is verified.
    data_dir.mkdir()
    db = open_database(data_dir)
    vault = _vault(db)
    sam, _ = vault.create("Sam", PASSWORD)
    note = sam.save_text("note", "wat ik nooit hardop zei " + os.urandom(8).hex())
    canary = _body(db, note)[-48:]  # ciphertext: the partner can open it with Sam's old password
    db.close()
    crash_mid_write(data_dir)

    db = open_database(data_dir)
    vault = _vault(db)
    sam, _ = vault.unlock(sam.profile.uuid, PASSWORD)
    assert files_holding(data_dir, canary) == [data_dir / DB_FILENAME]  # only the live file, so far
    sam.delete_text(note)
    db.close()
    assert files_holding(data_dir, canary) == []


def test_sixty_crashes_leave_no_copies_behind(data_dir):
    data_dir.mkdir()
    db = open_database(data_dir)
    sam, _ = _vault(db).create("Sam", PASSWORD)
    for _ in range(20):
        sam.save_text("note", os.urandom(3000).hex())
    db.close()
    size = (data_dir / DB_FILENAME).stat().st_size
    for crash in range(60):
        crash_mid_write(data_dir, rows=40)
        db = open_database(data_dir)
        db.close()
        assert files_under(data_dir / "backups") == [], f"a copy was left after crash {crash + 1}"
    # The live file, its lock and settings: nothing grows next to it.
    assert sum(p.stat().st_size for p in files_under(data_dir)) <= size + 64 * 1024


def test_crash_copies_of_older_versions_are_removed(data_dir):
    # Erfenis 0.1 kept a folder per crash, forever.
    data_dir.mkdir()
    open_database(data_dir).close()
    old = data_dir / "backups" / "before-crash-recovery-20260101-101010"
    old.mkdir(parents=True)
    (old / DB_FILENAME).write_bytes((data_dir / DB_FILENAME).read_bytes())
    (old / (DB_FILENAME + "-journal")).write_bytes(b"x" * 4096)
    leftover = data_dir / ".check-abc123"  # a crash check that was itself interrupted
    leftover.mkdir()
    (leftover / DB_FILENAME).write_bytes((data_dir / DB_FILENAME).read_bytes())
    open_database(data_dir).close()
    assert not old.exists() and not leftover.exists()


def test_a_migration_copy_lasts_until_a_later_verified_start(data_dir):
    canary = "zwaluw-" + os.urandom(6).hex()
    _v1_with_canary(data_dir, canary)
    db = open_database(data_dir)
    assert db.migration_backup.exists()
    assert stat.S_IMODE(db.migration_backup.stat().st_mode) == 0o600
    db.close()
    db = open_database(data_dir)  # verified (integrity_check), no upgrade needed
    db.close()
    assert files_under(data_dir / "backups") == []


def test_forget_copies_removes_every_copy_so_a_deleted_value_is_nowhere(data_dir):
    canary = "zwaluw-" + os.urandom(6).hex()
    _v1_with_canary(data_dir, canary)
    db = open_database(data_dir)
    with db.transaction() as conn:
        conn.execute("DELETE FROM meta WHERE key = 'canary'")
    assert files_holding(data_dir, canary.encode()) == [db.migration_backup]
    assert db.forget_copies() is True
    assert files_holding(data_dir, canary.encode()) == []
    db.close()


def test_every_compaction_forgets_the_copies_too(data_dir):
    # Compaction follows every promise to delete (unshare, delete, renew, unlink, new password).
    canary = "zwaluw-" + os.urandom(6).hex()
    _v1_with_canary(data_dir, canary)
    db = open_database(data_dir)
    with db.transaction() as conn:
        conn.execute("DELETE FROM meta WHERE key = 'canary'")
    assert db.compact() is True
    assert files_holding(data_dir, canary.encode()) == []
    db.close()


def test_a_password_change_leaves_the_old_key_record_in_no_copy(data_dir):
    # A copy made before an upgrade holds the old password record: with the old password it
    # opens everything. After the change, no file may hold it.
    from erfenis_desktop.storage.database import backup_copy

    data_dir.mkdir()
    db = open_database(data_dir)
    vault = _vault(db)
    sam, _ = vault.create("Sam", PASSWORD)
    old_record = bytes(vault.repo.get(sam.profile.uuid).password_record)[-40:]
    copy = backup_copy(db.path, db.version, data_dir / "backups")  # as an upgrade makes it
    assert files_holding(data_dir, old_record) == [copy, db.path]
    vault.change_password(sam, "een heel ander wachtwoord")
    db.close()
    assert files_holding(data_dir, old_record) == []


def test_copies_older_than_the_limit_are_removed_while_erfenis_runs(data_dir):
    _v1_with_canary(data_dir, "x")
    db = open_database(data_dir)
    copy = db.migration_backup
    recent = time.time() - (KEEP_DAYS - 1) * 86400
    os.utime(copy, (recent, recent))
    db.prune_copies()
    assert copy.exists()
    old = time.time() - (KEEP_DAYS + 1) * 86400
    os.utime(copy, (old, old))
    db.prune_copies()
    assert not copy.exists()
    db.close()


def test_a_running_erfenis_removes_a_copy_once_it_is_older_than_the_limit(start_app, data_dir):
    _v1_with_canary(data_dir, "x")
    erfenis = start_app()
    copy = erfenis.db.migration_backup
    old = time.time() - (KEEP_DAYS + 1) * 86400
    os.utime(copy, (old, old))
    assert erfenis._prune.isActive() and erfenis._prune.interval() <= 3600 * 1000  # at least hourly
    erfenis._prune.timeout.emit()
    assert not copy.exists()


def test_a_crash_copy_whose_repair_was_not_verified_opens_from_the_problem_screen(start_app, data_dir, dialogs):
    from erfenis_desktop.storage import database
    from erfenis_desktop.ui.window.error_window import DatabaseErrorWindow
    from erfenis_desktop.ui.window.main_window import MainWindow

    data_dir.mkdir(mode=0o700)
    db = open_database(data_dir)
    _vault(db).create("Sam", PASSWORD)
    db.close()
    crash_mid_write(data_dir)
    # Erfenis stopped (power cut) after keeping the copy, before it could repair the file …
    database._inspect_after_crash(data_dir / DB_FILENAME, data_dir / "backups")
    # … and the file took damage meanwhile.
    path = data_dir / DB_FILENAME
    data = bytearray(path.read_bytes())
    for i in range(100, len(data)):
        data[i] = (i * 7 + 13) % 256
    path.write_bytes(bytes(data))

    erfenis = start_app()
    assert isinstance(erfenis.window, DatabaseErrorWindow)
    copies = database.list_backups(data_dir)
    assert len(copies) == 1 and copies[0].name.startswith("before-crash-recovery-")
    dialogs.answer("open_file", copies[0])
    erfenis.window.open_backup.click()
    assert isinstance(erfenis.window, MainWindow)
    assert erfenis.data_dir.name.startswith("data-restored-")
    assert [p.name for p in erfenis.session.vault.profiles()] == ["Sam"]


def _modes(folder: Path) -> dict[str, int]:
    out = {".": stat.S_IMODE(folder.stat().st_mode)}
    for p in folder.rglob("*"):
        out[str(p.relative_to(folder))] = stat.S_IMODE(p.lstat().st_mode)
    return out


def test_every_file_erfenis_keeps_is_private(start_app, data_dir, tmp_path):
    _v1_with_canary(data_dir, "x")  # so there is a migration copy
    (data_dir / "settings.ini").write_text("[ui]\nlanguage=en\n")  # from an older Erfenis: 0644
    os.chmod(data_dir / "settings.ini", 0o644)
    erfenis = start_app()
    erfenis.window.show_settings()
    erfenis.window.settings.scale_spin.setValue(120)  # settings.ini written
    modes = _modes(data_dir)
    assert {"settings.ini", "erfenis.db", "erfenis.lock", "backups"} <= set(modes)
    assert any(name.startswith("backups/erfenis-v1-") for name in modes)
    for name, mode in modes.items():
        expected = 0o700 if (data_dir / name).is_dir() else 0o600
        assert mode == expected, f"{name} is {oct(mode)}"


def test_a_new_settings_file_is_private_from_the_start(start_app, data_dir):
    erfenis = start_app()
    erfenis.window.show_settings()
    erfenis.window.settings.scale_spin.setValue(130)
    assert stat.S_IMODE((data_dir / "settings.ini").stat().st_mode) == 0o600


def test_the_remembered_data_folder_is_private(tmp_path):
    from PySide6.QtCore import QStandardPaths

    from erfenis_desktop.services import locations

    locations.remember_data_dir(tmp_path / "elsewhere")
    pointer = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation))
    assert stat.S_IMODE((pointer / "location.ini").stat().st_mode) == 0o600
    assert stat.S_IMODE(pointer.stat().st_mode) == 0o700
    assert locations.remembered_data_dir() == tmp_path / "elsewhere"


@pytest.mark.parametrize("kind", ["migration", "crash"])
def test_the_copy_is_no_bigger_than_the_file(data_dir, kind):
    data_dir.mkdir()
    if kind == "migration":
        conn = sqlite3.connect(data_dir / DB_FILENAME, isolation_level=None)
        migrations.migrate(conn, target=3)
        conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)",
                         [(f"k{i}", os.urandom(500).hex()) for i in range(50)])
        conn.close()
        size = (data_dir / DB_FILENAME).stat().st_size
        db = open_database(data_dir)
        copies = files_under(data_dir / "backups")
        db.close()
    else:
        from erfenis_desktop.storage import database

        open_database(data_dir).close()
        size = (data_dir / DB_FILENAME).stat().st_size
        crash_mid_write(data_dir)
        database._inspect_after_crash(data_dir / DB_FILENAME, data_dir / "backups")
        copies = files_under(data_dir / "backups")
    assert len(copies) == 1
    assert copies[0].stat().st_size <= size
    assert stat.S_IMODE(copies[0].stat().st_mode) == 0o600
