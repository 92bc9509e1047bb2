"""Real storage failures for tests: a crashed writer, files searched byte for byte."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from erfenis_desktop.storage.database import DB_FILENAME

# A writer that dies inside a big transaction (no roll-back, no clean-up) leaves a hot journal.
_CRASHING_WRITER = (
    "import sqlite3, os, sys\n"
    "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "c.execute('PRAGMA cache_size=1')\n"
    "c.execute('BEGIN')\n"
    "c.execute('CREATE TABLE filler(x BLOB)')\n"
    "for i in range(int(sys.argv[2])): c.execute('INSERT INTO filler VALUES (randomblob(4000))')\n"
    "os._exit(0)\n"
)


def crash_mid_write(data_dir: Path, rows: int = 400) -> Path:
    """Leave ``data_dir``'s database with a hot journal, as a crash in the middle of a write does."""
    subprocess.run([sys.executable, "-c", _CRASHING_WRITER, str(data_dir / DB_FILENAME), str(rows)], check=True)
    journal = data_dir / (DB_FILENAME + "-journal")
    assert journal.exists() and journal.stat().st_size > 0
    return journal


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def files_holding(folder: Path, needle: bytes) -> list[Path]:
    """Every file under ``folder`` that holds these bytes anywhere."""
    return [p for p in files_under(folder) if needle in p.read_bytes()]
