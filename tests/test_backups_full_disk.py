"""A backup on a full disk: it fails cleanly, says so in the user's language, leaves no
half-written copy, touches neither the older backups nor the data file, and the next try after
room is made works.

The full disk is real to the system: Erfenis runs in a child process whose files may not grow
past half the data file's size (``RLIMIT_FSIZE``; every write past it fails with EFBIG, as the
disk would with ENOSPC, and as root too). "Room is made" by lifting the limit again."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from erfenis_desktop.services.backups import BackupService
from erfenis_desktop.services.vault import VaultService
from erfenis_desktop.storage import backups as storage
from erfenis_desktop.storage.database import DB_FILENAME, open_database
from erfenis_desktop.vault.kdf import FastTestKdf

pytestmark = pytest.mark.skipif(not hasattr(os, "posix_fallocate") or sys.platform != "linux",
                                reason="RLIMIT_FSIZE as a full disk: Linux")

PASSWORD = "lange wandeling"

CHILD = r"""
import hashlib, json, os, resource, sys, time
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication

from erfenis_desktop.services.backups import RETRY_AFTER, BackupError, BackupService
from erfenis_desktop.services.i18n import Translations
from erfenis_desktop.storage.database import open_database
from erfenis_desktop.ui.settings.backups_section import BackupsSection

data_dir = Path(sys.argv[1])
app = QApplication([])
now = [datetime(2026, 3, 3, 9, 30)]
db = open_database(data_dir)
service = BackupService(db, clock=lambda: now[0])
out = {}


def sha(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def settle():
    deadline = time.monotonic() + 30
    while service.busy and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 100)


def backups():
    return sorted(p.name for p in (data_dir / "backups").iterdir())


out["data_before"] = sha(db.path)
soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
resource.setrlimit(resource.RLIMIT_FSIZE, (db.path.stat().st_size // 2, hard))  # the disk is full
try:
    out["started"] = service.check(at_start=True)  # as after the first paint
    settle()
    out["failure"] = service.failure.kind if service.failure else None
    try:
        service.make_now()  # before a restore: at once, on this thread
        out["make_now"] = "made"
    except BackupError as exc:
        out["make_now"] = exc.kind
finally:
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))  # room is made
out["after_failure"] = backups()
out["data_after"] = sha(db.path)
section = BackupsSection(service, None)
translations = Translations(app)
for lang in ("nl", "en"):
    translations.switch(lang)
    section.retranslate()
    section.refresh()
    out["status_" + lang] = section.status.text()
out["retry_too_soon"] = service.check()
now[0] += RETRY_AFTER
out["retry"] = service.check()
settle()
out["failure_after_room"] = service.failure.kind if service.failure else None
out["after_room"] = backups()
service.stop()
db.close()
print(json.dumps(out))
"""


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _notes(path: Path, owner: str) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM private_item WHERE owner_uuid = ? AND kind = 'note'",
                            (owner,)).fetchone()[0]
    finally:
        conn.close()


def test_a_backup_on_a_full_disk_fails_cleanly_and_the_next_try_after_room_works(data_dir, qapp):
    data_dir.mkdir(mode=0o700)
    db = open_database(data_dir)
    sam, _ = VaultService(db, kdf=FastTestKdf()).create("Sam", PASSWORD)
    owner = sam.profile.uuid
    sam.save_text("note", " ".join(f"woord{i}" for i in range(20000)))  # a file worth copying
    older = BackupService(db, clock=lambda: datetime(2026, 3, 2, 9, 30)).make_now()
    sam.save_text("note", "na de backup van maandag")
    sam.lock()
    db.close()
    older_bytes = _sha(older)

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.run([sys.executable, "-c", CHILD, str(data_dir)], capture_output=True, text=True,
                           env=env, cwd=Path(__file__).resolve().parent.parent, timeout=120)
    assert child.returncode == 0, child.stderr
    out = json.loads(child.stdout.strip().splitlines()[-1])

    # It failed, cleanly, and said why in the user's language.
    assert out["started"] is True
    assert out["failure"] == "full" and out["make_now"] == "full"
    assert "De laatste reservekopie" in out["status_nl"] and "De schijf is vol." in out["status_nl"]
    assert "niets verloren" in out["status_nl"]
    assert "The disk is full." in out["status_en"] and "nothing is lost" in out["status_en"]
    # No half-written copy, the older backup untouched, the data file untouched.
    assert out["after_failure"] == [older.name]
    assert _sha(older) == older_bytes and storage.check(older) is None
    assert out["data_after"] == out["data_before"]
    # Once there is room, the next try (a while later, nothing changed) works.
    assert out["retry_too_soon"] is False
    assert out["retry"] is True and out["failure_after_room"] is None
    [newest] = [name for name in out["after_room"] if name != older.name]
    assert out["after_room"] == sorted([older.name, newest]) and not newest.startswith(".")
    assert storage.check(older.parent / newest) is None
    assert _notes(older.parent / newest, owner) == 2

    # The older backup can still be restored.
    db = open_database(data_dir)
    service = BackupService(db, clock=lambda: datetime(2026, 3, 3, 10, 0))
    service.restore(older)
    db = open_database(data_dir)
    try:
        assert _notes(data_dir / DB_FILENAME, owner) == 1
    finally:
        db.close()
