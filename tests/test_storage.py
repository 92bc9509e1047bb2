"""The data file: problems are shown plainly, the original is never touched, migrations keep data."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from erfenis_desktop.storage import migrations
from erfenis_desktop.storage.database import DB_FILENAME, open_database
from erfenis_desktop.ui.window.error_window import DatabaseErrorWindow
from erfenis_desktop.ui.window.main_window import MainWindow


def _make_healthy(data_dir: Path) -> Path:
    db = open_database(data_dir)
    db.close()
    return data_dir / DB_FILENAME


def _corrupt(path: Path) -> None:
    # Keep the header (so it still looks like ours) but wreck the pages after it.
    data = bytearray(path.read_bytes())
    for i in range(100, len(data)):
        data[i] = (i * 7 + 13) % 256
    path.write_bytes(bytes(data))


def _random(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def _foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, title TEXT)")
    conn.execute("INSERT INTO moz_bookmarks(title) VALUES ('recipes')")
    conn.commit()
    conn.close()


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.CURRENT_VERSION + 1}")
    conn.close()


@pytest.mark.parametrize("damage, title", [
    (_corrupt, "Your Erfenis file is damaged"),
    (_random, "This is not an Erfenis file"),
    (_foreign, "This file belongs to another program"),
    (_newer, "This file comes from a newer Erfenis"),
])
def test_problem_screen_and_original_untouched(start_app, data_dir, damage, title):
    data_dir.mkdir(mode=0o700)
    path = data_dir / DB_FILENAME
    if damage in (_corrupt, _newer):
        _make_healthy(data_dir)
    damage(path)
    before = path.read_bytes()
    window = start_app().window
    assert isinstance(window, DatabaseErrorWindow)
    assert window.title.text() == title
    assert str(path) in window.path.text()
    assert path.read_bytes() == before
    assert not (data_dir / (DB_FILENAME + "-journal")).exists()


def test_problem_screen_in_dutch(start_app, data_dir):
    data_dir.mkdir(mode=0o700)
    _random(data_dir / DB_FILENAME)
    window = start_app("--lang", "nl").window
    assert window.title.text() == "Dit is geen Erfenis-bestand"
    assert window.new_folder.text() == "Beginnen in een &nieuwe gegevensmap"


def test_start_in_new_folder_leaves_original(start_app, data_dir, dialogs):
    data_dir.mkdir(mode=0o700)
    path = data_dir / DB_FILENAME
    _random(path)
    before = path.read_bytes()
    erfenis = start_app()
    erfenis.window.new_folder.click()
    assert isinstance(erfenis.window, MainWindow)
    assert erfenis.data_dir != data_dir and erfenis.data_dir.name.startswith("data-new-")
    assert (erfenis.data_dir / DB_FILENAME).exists()
    assert path.read_bytes() == before


def test_open_backup_restores_into_new_folder(start_app, data_dir, dialogs):
    # A version-1 file gets migrated, which leaves a backup; then the file is damaged.
    data_dir.mkdir(mode=0o700)
    path = data_dir / DB_FILENAME
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(conn, target=1)
    conn.close()
    _make_healthy(data_dir)
    backups = sorted((data_dir / "backups").glob("*.db"))
    assert len(backups) == 1
    _corrupt(path)
    before = path.read_bytes()

    dialogs.answer("open_file", backups[0])
    erfenis = start_app()
    erfenis.window.open_backup.click()
    assert isinstance(erfenis.window, MainWindow)
    assert erfenis.data_dir.name.startswith("data-restored-")
    assert erfenis.db.version == migrations.CURRENT_VERSION
    assert path.read_bytes() == before


def test_a_bad_backup_is_refused_with_a_message(start_app, data_dir, dialogs, tmp_path):
    data_dir.mkdir(mode=0o700)
    _random(data_dir / DB_FILENAME)
    junk = tmp_path / "junk.db"
    _random(junk)
    dialogs.answer("open_file", junk)
    erfenis = start_app()
    erfenis.window.open_backup.click()
    assert isinstance(erfenis.window, DatabaseErrorWindow)
    assert "This backup cannot be used" in dialogs.texts()[-1]


def test_migration_keeps_data_and_leaves_backup(data_dir):
    data_dir.mkdir()
    path = data_dir / DB_FILENAME
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrations.migrate(conn, target=1) == 1
    conn.execute("INSERT INTO meta(key, value) VALUES ('canary', 'zwaluw 🕊️')")
    created = conn.execute("SELECT value FROM meta WHERE key='created_at'").fetchone()[0]
    conn.close()

    db = open_database(data_dir)
    assert db.version == migrations.CURRENT_VERSION
    assert db.meta("canary") == "zwaluw 🕊️"
    assert db.meta("created_at") == created
    assert db.meta("store_id")
    assert db.migration_backup is not None and db.migration_backup.exists()
    db.close()
    old = sqlite3.connect(db.migration_backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT value FROM meta WHERE key='canary'").fetchone()[0] == "zwaluw 🕊️"
    old.close()


def test_failed_migration_step_changes_nothing(data_dir, monkeypatch):
    data_dir.mkdir()
    conn = sqlite3.connect(data_dir / DB_FILENAME, isolation_level=None)
    migrations.migrate(conn, target=1)

    def broken(c):
        c.execute("INSERT INTO meta(key, value) VALUES ('half', 'done')")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setitem(migrations.STEPS, 2, broken)
    with pytest.raises(sqlite3.OperationalError):
        migrations.migrate(conn)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM meta WHERE key='half'").fetchone()[0] == 0
    conn.close()


def test_connection_settings(data_dir):
    data_dir.mkdir()
    db = open_database(data_dir)
    pragma = lambda name: db.conn.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "delete"
    assert pragma("foreign_keys") == 1
    assert pragma("secure_delete") == 1
    assert pragma("temp_store") == 2  # MEMORY
    db.close()


def test_crash_in_the_middle_of_a_write_is_repaired_not_called_damaged(data_dir):
    from tests.storage_helpers import crash_mid_write

    data_dir.mkdir()
    open_database(data_dir).close()
    crash_mid_write(data_dir)

    db = open_database(data_dir)
    assert db.version == migrations.CURRENT_VERSION
    assert db.conn.execute("SELECT count(*) FROM sqlite_master WHERE name='filler'").fetchone()[0] == 0
    assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    assert not (data_dir / (DB_FILENAME + "-journal")).exists()
    # The repaired file was verified, so the copy made before the repair is gone again.
    assert list((data_dir / "backups").iterdir()) == []


def test_an_empty_file_from_an_unfinished_first_start_is_started_afresh(data_dir):
    data_dir.mkdir()
    (data_dir / DB_FILENAME).write_bytes(b"")
    db = open_database(data_dir)
    assert db.version == migrations.CURRENT_VERSION
    db.close()


def test_a_folder_in_place_of_the_file_gets_the_problem_screen(start_app, data_dir):
    data_dir.mkdir(mode=0o700)
    (data_dir / DB_FILENAME).mkdir()
    window = start_app().window
    assert isinstance(window, DatabaseErrorWindow)
    assert window.title.text() == "The file cannot be opened"


def test_the_problem_screen_says_when_there_is_no_backup(start_app, data_dir):
    data_dir.mkdir(mode=0o700)
    _make_healthy(data_dir)
    _corrupt(data_dir / DB_FILENAME)
    window = start_app().window
    assert isinstance(window, DatabaseErrorWindow)
    assert window.choices.text().startswith("Erfenis has no backup of this file")


def test_the_problem_screen_offers_the_backup_there_is(start_app, data_dir):
    data_dir.mkdir(mode=0o700)
    conn = sqlite3.connect(data_dir / DB_FILENAME, isolation_level=None)
    migrations.migrate(conn, target=1)
    conn.close()
    _make_healthy(data_dir)  # upgraded: the copy from before stays until a later start checks the file
    _corrupt(data_dir / DB_FILENAME)
    window = start_app().window
    assert window.choices.text().startswith("You can open one of the backups Erfenis made earlier")
    assert [p.name for p in window.problem.backups] == [p.name for p in (data_dir / "backups").glob("*.db")]


def test_a_compaction_postponed_by_a_busy_or_full_moment_is_done_at_the_next_start(data_dir):
    from erfenis_desktop.services.store import open_store

    data_dir.mkdir()
    db = open_database(data_dir)
    with db.transaction() as conn:
        conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", [(f"k{i}", "x" * 3000) for i in range(40)])
    with db.transaction() as conn:
        conn.execute("DELETE FROM meta WHERE key LIKE 'k%'")
    reading = db.conn.execute("SELECT key FROM meta")
    reading.fetchone()  # SQLite refuses a VACUUM while a read is under way
    assert db.compact() is False
    reading.close()
    db.close()
    db = open_database(data_dir)
    assert db.meta("compact_pending") == "1"
    assert db.conn.execute("PRAGMA freelist_count").fetchone()[0] > 0
    db.close()
    db = open_store(data_dir)
    assert db.meta("compact_pending") is None
    assert db.conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    db.close()
