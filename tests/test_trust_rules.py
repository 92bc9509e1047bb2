"""Rules people trust without seeing them: a failed save writes nothing, a damaged file is
refused, and "N wrong passwords since …" tells the truth."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from erfenis_desktop.storage.database import DB_FILENAME, open_database
from erfenis_desktop.ui.window.error_window import DatabaseErrorWindow
from tests.test_profile_screens import make_profile, unlock


class Halfway(Exception):
    """Something that goes wrong in the middle of a save (not a disk error)."""


# Database.transaction: all of it or nothing ------------------------------------------------

def test_a_transaction_that_fails_halfway_writes_nothing_and_loses_nothing(data_dir):
    data_dir.mkdir()
    db = open_database(data_dir)
    with db.transaction() as conn:
        conn.execute("INSERT INTO meta(key, value) VALUES ('kept', 'before')")
    store_id = db.meta("store_id")

    with pytest.raises(Halfway):
        with db.transaction() as conn:
            conn.execute("INSERT INTO meta(key, value) VALUES ('half', 'written')")
            conn.execute("UPDATE meta SET value = 'changed' WHERE key = 'kept'")
            conn.execute("DELETE FROM meta WHERE key = 'store_id'")
            raise Halfway()

    # Seen through the same connection: nothing of the failed transaction is there.
    assert db.meta("half") is None
    assert db.meta("kept") == "before"
    assert db.meta("store_id") == store_id
    assert not db.conn.in_transaction
    # The next save works as usual (no transaction was left open).
    with db.transaction() as conn:
        conn.execute("INSERT INTO meta(key, value) VALUES ('after', 'saved')")
    db.close()

    # And on disk, after a restart: the committed rows, never the half-written one.
    again = sqlite3.connect(data_dir / DB_FILENAME)
    rows = dict(again.execute("SELECT key, value FROM meta WHERE key IN ('kept', 'half', 'after', 'store_id')"))
    again.close()
    assert rows == {"kept": "before", "after": "saved", "store_id": store_id}


# A file that fails integrity_check ----------------------------------------------------------

def _damage_an_index(path: Path) -> None:
    """Change one byte of a key inside the index of the ``meta`` table. The header, the schema
    and the table itself stay readable; only ``PRAGMA integrity_check`` sees that the index
    no longer matches its table."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'meta'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    at = data.find(b"store_id", start, start + page_size)
    assert at > 0, "the key is in the index page"
    data[at + len("store_")] = ord("X")  # store_id → store_Xd, in the index only
    path.write_bytes(bytes(data))


def test_a_file_that_fails_the_integrity_check_gets_the_problem_screen(start_app, data_dir):
    data_dir.mkdir(mode=0o700)
    open_database(data_dir).close()
    path = data_dir / DB_FILENAME
    _damage_an_index(path)
    # The damage is of the quiet kind: the file opens and its rows read, only the check fails.
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert conn.execute("SELECT count(*) FROM meta NOT INDEXED WHERE key = 'store_id'").fetchone()[0] == 1
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
    conn.close()
    before = path.read_bytes()

    window = start_app().window

    assert isinstance(window, DatabaseErrorWindow)
    assert window.title.text() == "Your Erfenis file is damaged"
    assert str(path) in window.path.text()
    assert path.read_bytes() == before  # refused, and left exactly as it was


# "N wrong passwords since …" ----------------------------------------------------------------

class Clock:
    def __init__(self, now: float):
        self.now = now

    def __call__(self) -> float:
        return self.now


def _when(seconds: float) -> str:
    """How the screen writes a moment (the same locale and format as the picker)."""
    return QLocale().toString(datetime.fromtimestamp(seconds), QLocale.FormatType.ShortFormat)


def test_the_screen_names_the_first_wrong_password_and_an_unlock_starts_counting_afresh(start_app, qtbot):
    erfenis = start_app()
    make_profile(erfenis, qtbot)
    erfenis.session.lock()
    vault = erfenis.session.vault
    uuid = vault.profiles()[0].uuid
    clock = Clock(datetime(2026, 3, 2, 9, 15).timestamp())
    vault._clock = clock  # the time of each try, as the vault sees it
    attempts = lambda: erfenis.window.home.profiles.attempts  # noqa: E731 - made anew with each screen
    first = clock.now

    unlock(erfenis, qtbot, password="niet het goede")
    clock.now += 3 * 3600  # three hours later: another wrong one
    unlock(erfenis, qtbot, password="ook niet goed")
    assert not erfenis.session.is_unlocked
    assert vault.profile(uuid).first_failed_at == first  # kept, not moved to the latest try
    clock.now += 3600
    unlock(erfenis, qtbot)
    assert erfenis.session.is_unlocked
    assert attempts().isVisibleTo(erfenis.window)
    assert attempts().text() == f"2 wrong passwords were typed for this profile since {_when(first)}."
    assert _when(first + 3 * 3600) not in attempts().text()
    # The right password starts counting afresh.
    profile = vault.profile(uuid)
    assert (profile.failed_attempts, profile.first_failed_at) == (0, None)
    assert vault.seconds_to_wait(uuid) == 0

    erfenis.session.lock()
    clock.now += 24 * 3600
    later = clock.now
    unlock(erfenis, qtbot, password="niet het goede")
    clock.now += 60
    unlock(erfenis, qtbot)
    assert attempts().text() == f"1 wrong password was typed for this profile since {_when(later)}."

    erfenis.session.lock()
    unlock(erfenis, qtbot)  # no wrong password this time: nothing to report
    assert erfenis.session.is_unlocked
    assert not attempts().isVisibleTo(erfenis.window)
