"""Backups on the screens: Settings lists and restores them, says when one failed; the problem
screen offers them and restoring one lets Erfenis start."""

from __future__ import annotations

import sqlite3

from erfenis_desktop.services.vault import VaultService
from erfenis_desktop.storage import backups as storage
from erfenis_desktop.storage.database import DB_FILENAME, open_database
from erfenis_desktop.ui.window.error_window import DatabaseErrorWindow
from erfenis_desktop.ui.window.main_window import MainWindow
from erfenis_desktop.vault.kdf import FastTestKdf

PASSWORD = "lange wandeling"


def _folder_with_a_backup(data_dir, notes: int = 1):
    """A profile with ``notes`` notes, a daily backup of that, then one note more."""
    from datetime import datetime

    data_dir.mkdir(mode=0o700)
    db = open_database(data_dir)
    vault = VaultService(db, kdf=FastTestKdf())
    sam, _ = vault.create("Sam", PASSWORD)
    for i in range(notes):
        sam.save_text("note", f"oud {i}")
    backup = storage.make(db.conn, data_dir, datetime(2026, 3, 1, 8, 0))
    sam.save_text("note", "nieuw")
    uuid = sam.profile.uuid
    sam.lock()
    db.close()
    return backup, uuid


def _count(db, uuid) -> int:
    return db.conn.execute("SELECT count(*) FROM private_item WHERE owner_uuid = ? AND kind = 'note'",
                           (uuid,)).fetchone()[0]


def _corrupt(path) -> None:
    data = bytearray(path.read_bytes())
    for i in range(100, len(data)):
        data[i] = (i * 7 + 13) % 256
    path.write_bytes(bytes(data))


def test_settings_restores_an_older_backup_after_saying_what_is_lost(start_app, data_dir, dialogs, qtbot):
    backup, uuid = _folder_with_a_backup(data_dir)
    erfenis = start_app()
    qtbot.waitUntil(lambda: erfenis.backups is not None and not erfenis.backups.busy and
                    len(storage.list_daily(data_dir)) == 2)  # today's backup at start, beside the old one
    assert _count(erfenis.db, uuid) == 2
    sam, _ = erfenis.session.vault.unlock(uuid, PASSWORD)
    sam.save_text("note", "vandaag, na de backup van vandaag")  # only in the current file
    sam.lock()
    erfenis.window.show_settings()
    section = erfenis.window.settings.backups
    assert section.list.count() == 2
    assert "The newest backup is from" in section.status.text()
    section.list.setCurrentRow(1)  # the older one
    dialogs.answer("ask", "restore")
    section.restore.click()
    question = dialogs.log[-1]
    assert question.title == "Restore this backup?"
    assert "Everything saved after that moment is lost" in question.text
    assert "current file is first kept as a backup" in question.text
    assert isinstance(erfenis.window, MainWindow)
    assert not erfenis.session.is_unlocked
    assert _count(erfenis.db, uuid) == 1  # the older state
    kept = storage.list_daily(data_dir)[0].path  # the file as it was just before, kept as a backup
    conn = sqlite3.connect(f"file:{kept}?mode=ro", uri=True)
    assert conn.execute("SELECT count(*) FROM private_item WHERE owner_uuid = ? AND kind = 'note'",
                        (uuid,)).fetchone()[0] == 3
    conn.close()


def test_settings_does_nothing_when_the_restore_is_cancelled(start_app, data_dir, dialogs, qtbot):
    _backup, uuid = _folder_with_a_backup(data_dir)
    erfenis = start_app()
    qtbot.waitUntil(lambda: erfenis.backups is not None and not erfenis.backups.busy)
    erfenis.window.show_settings()
    section = erfenis.window.settings.backups
    section.list.setCurrentRow(section.list.count() - 1)
    dialogs.answer("ask", "cancel")
    window = erfenis.window
    section.restore.click()
    assert erfenis.window is window and _count(erfenis.db, uuid) == 2


def test_settings_says_the_last_backup_failed_and_why(start_app, data_dir, qtbot):
    data_dir.mkdir(mode=0o700)
    (data_dir / "backups").write_bytes(b"")  # the backups folder cannot be made
    erfenis = start_app()
    qtbot.waitUntil(lambda: erfenis.backups is not None and erfenis.backups.failure is not None)
    erfenis.window.show_settings()
    status = erfenis.window.settings.backups.status.text()
    assert "The last backup" in status and "failed" in status
    assert "cannot write in the backups folder" in status and str(data_dir / "backups") in status
    assert "nothing is lost" in status
    assert isinstance(erfenis.window, MainWindow)  # Erfenis goes on


def test_the_problem_screen_offers_the_backups_and_restoring_one_starts_erfenis(start_app, data_dir, dialogs):
    backup, uuid = _folder_with_a_backup(data_dir, notes=3)
    _corrupt(data_dir / DB_FILENAME)
    damaged = data_dir / "backups" / "daily-20260302-080000.db"  # newer, but itself damaged
    damaged.write_bytes(backup.read_bytes())
    _corrupt(damaged)
    erfenis = start_app()
    window = erfenis.window
    assert isinstance(window, DatabaseErrorWindow)
    assert [e.path for e in window.backups.entries] == [damaged, backup]  # newest first
    assert "cannot be restored" in window.backups.item(0).text()
    assert window.backups.chosen() == backup  # the damaged one is never chosen
    window.backups.setCurrentRow(0)  # trying the damaged one: nothing to restore
    assert window.backups.chosen() is None and not window.restore.isEnabled()
    window.backups.setCurrentRow(1)
    assert window.restore.isEnabled()
    window.restore.click()
    assert isinstance(erfenis.window, MainWindow)
    assert erfenis.data_dir.name.startswith("data-restored-")
    assert _count(erfenis.db, uuid) == 3
    # The backups moved along with the data, so deleting keeps covering them.
    assert backup.name in {b.path.name for b in storage.list_daily(erfenis.data_dir)}


def test_the_problem_screen_offers_no_restore_when_every_backup_is_damaged(start_app, data_dir):
    backup, _uuid = _folder_with_a_backup(data_dir)
    _corrupt(data_dir / DB_FILENAME)
    _corrupt(backup)
    window = start_app().window
    assert isinstance(window, DatabaseErrorWindow)
    assert window.backups.chosen() is None and not window.restore.isEnabled()
    assert window.choices.text().startswith("Erfenis has no backup of this file")
