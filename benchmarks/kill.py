"""Kill test: Erfenis's writing path in a subprocess, killed with SIGKILL at random moments.

A driver (this file with ``--driver``) opens the data folder with the real services, unlocks
a profile (fast test KDF, no keyring) and keeps saving private texts: new ones, new versions
of earlier ones, now and then a deletion (which compacts the file). It prints
``saving <id|new> <digest>`` before each save and ``saved <id> <digest>`` only after the save
returned. The parent kills it at a random moment, then checks:

- ``PRAGMA integrity_check`` is "ok" on the file as the kill left it (with its journal);
- the app's own open path (``services.store.open_store``, unlocking through the vault
  service) opens the profile with no damaged or missing item and no "changed outside
  Erfenis" notice, and its file passes ``integrity_check`` too;
- every text the driver reported saved is there and decrypts to the same text (a save in
  flight at the kill may be there or not, whole), nothing reported deleted came back, and
  nothing is there that nobody saved.

    .venv/bin/python benchmarks/kill.py [--rounds 50] [--seed N] [--json]

Targets: every round ok, no reported save lost.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSWORD = "lange wandeling langs de zee"
KIND = "note"
WORDS = ("moeder", "vader", "thuis", "bang", "boos", "veilig", "zorg", "ruzie", "stilte", "lachen", "huilen",
         "père", "ëën", "🕊️", "נסתר", "数据", "\u200b", "zee", "school", "broer")
READY_TIMEOUT = 60.0


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _open(data_dir: Path):
    """The data folder as Erfenis opens it: (database, vault service). Never a real keyring."""
    from keyring.backends import fail

    from erfenis_desktop.services.store import open_store
    from erfenis_desktop.services.vault import VaultService
    from erfenis_desktop.vault.kdf import FastTestKdf

    db = open_store(data_dir)
    return db, VaultService(db, kdf=FastTestKdf(), keyring_backend=fail.Keyring())


# The driver (the child) ---------------------------------------------------------------------
def _text(rng: random.Random, n: int) -> str:
    size = rng.choice((1, 5, 40, 300, 2000))
    return f"{n}: " + " ".join(rng.choice(WORDS) for _ in range(size))


def drive(data_dir: Path, seed: int) -> None:
    rng = random.Random(seed)
    db, vault = _open(data_dir)
    (profile,) = vault.profiles()
    unlocked, _ = vault.unlock(profile.uuid, PASSWORD)
    ids = [t.uuid for t in unlocked.texts(KIND)]
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    n = 0
    while True:
        n += 1
        if len(ids) > 5 and rng.random() < 0.04:
            gone = ids.pop(rng.randrange(len(ids)))
            out.write(f"deleting {gone} -\n")
            out.flush()
            unlocked.delete_text(gone)
            out.write(f"deleted {gone} -\n")
            out.flush()
            continue
        text = _text(rng, n)
        target = rng.choice(ids) if ids and (len(ids) > 60 or rng.random() < 0.4) else None
        out.write(f"saving {target or 'new'} {digest(text)}\n")
        out.flush()
        saved = unlocked.save_text(KIND, text, target)
        out.write(f"saved {saved} {digest(text)}\n")  # only after the save returned
        out.flush()
        if target is None:
            ids.append(saved)


# The parent -------------------------------------------------------------------------------------
@dataclass
class Report:
    rounds: int = 0
    integrity_ok: int = 0
    opened_clean: int = 0
    saves: int = 0  # saves the driver reported done, in all rounds
    lost: int = 0  # of those, missing or different afterwards
    mid_save: int = 0  # rounds whose kill landed while a save or deletion was under way
    failures: list[str] = field(default_factory=list)
    seed: int = 0


def make_profile(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    db, vault = _open(data_dir)
    try:
        unlocked, _ = vault.create("Kill", PASSWORD)
        vault.confirm_recovery_saved(unlocked)
        unlocked.lock()
    finally:
        db.close()


def _raw_integrity(data_dir: Path) -> list[str]:
    """``integrity_check`` of the file as the kill left it (a copy, with its journal: any
    SQLite that opens it rolls that journal back first)."""
    from erfenis_desktop.storage.database import DB_FILENAME

    with tempfile.TemporaryDirectory(prefix="erfenis-kill-check-") as tmp:
        for suffix in ("", "-journal", "-wal"):
            source = data_dir / (DB_FILENAME + suffix)
            if source.exists():
                shutil.copyfile(source, Path(tmp) / (DB_FILENAME + suffix))
        conn = sqlite3.connect(Path(tmp) / DB_FILENAME)
        try:
            return [r[0] for r in conn.execute("PRAGMA integrity_check")]
        except sqlite3.DatabaseError as exc:
            return [f"{type(exc).__name__}: {exc}"]
        finally:
            conn.close()


def _kill_one(data_dir: Path, seed: int, rng: random.Random) -> tuple[list[str], str]:
    """Run the driver, kill it at a random moment; the complete lines it printed, and its stderr."""
    proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--driver", str(data_dir),
                             "--seed", str(seed)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    lines: list[str] = []
    saves = threading.Semaphore(0)
    ready = threading.Event()

    def read() -> None:
        for raw in proc.stdout:
            if not raw.endswith(b"\n"):
                break  # cut off by the kill: never reported
            line = raw.decode("utf-8")
            lines.append(line)
            if line == "ready\n":
                ready.set()
            elif line.startswith(("saving ", "deleting ")):
                saves.release()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        if not ready.wait(READY_TIMEOUT):
            raise RuntimeError("the driver did not get ready")
        # A random moment: after some saves began, and a little later still, so kills land
        # before, inside and after a transaction, and in a compaction.
        for _ in range(rng.randint(0, 30)):
            if not saves.acquire(timeout=10):
                break
        time.sleep(rng.uniform(0, 0.03))
        died = proc.poll()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        reader.join(10)
    stderr = proc.stderr.read().decode("utf-8", "replace")
    proc.stdout.close()
    proc.stderr.close()
    if died is not None:
        raise RuntimeError(f"the driver stopped by itself ({died}): {stderr[-2000:]}")
    return lines, stderr


def _check(data_dir: Path, expected: dict[str, str], lines: list[str], report: Report, label: str) -> None:
    """Compare the file with what the driver reported; ``expected`` (id → digest) is brought
    up to date with what is there now."""
    pending = None
    for line in lines:
        verb, _, rest = line.strip().partition(" ")
        if verb in ("saving", "deleting"):
            pending = (verb, *rest.split(" "))
        elif verb == "saved":
            item, dig = rest.split(" ")
            expected[item] = dig
            report.saves += 1
            pending = None
        elif verb == "deleted":
            expected.pop(rest.split(" ")[0], None)
            pending = None
    report.mid_save += pending is not None

    integrity = _raw_integrity(data_dir)
    if integrity == ["ok"]:
        report.integrity_ok += 1
    else:
        report.failures.append(f"{label}: integrity_check of the file as left: {integrity[:3]}")

    from erfenis_desktop.services.vault import ProfileError

    db, vault = _open(data_dir)
    try:
        app_integrity = [r[0] for r in db.conn.execute("PRAGMA integrity_check")]
        if app_integrity != ["ok"]:
            report.failures.append(f"{label}: integrity_check after Erfenis opened it: {app_integrity[:3]}")
        (profile,) = vault.profiles()
        unlocked, _ = vault.unlock(profile.uuid, PASSWORD)
        try:
            damaged = unlocked.damaged_items()
            notices = list(unlocked.notices)
            try:
                found = {t.uuid: digest(t.text) for t in unlocked.texts(KIND)}
            except ProfileError as error:
                found = {}
                report.failures.append(f"{label}: the texts do not open: {error.code}")
        finally:
            unlocked.lock()
    finally:
        db.close()
    if damaged or notices:
        report.failures.append(f"{label}: reported as damaged: {[(d.uuid, d.reason) for d in damaged]},"
                               f" notices {notices}")
    else:
        report.opened_clean += 1

    if pending is not None:  # the change under way at the kill: all of it, or none of it
        verb, item, dig = pending
        if verb == "saving" and item == "new":
            new = [i for i in found if i not in expected]
            if len(new) == 1 and found[new[0]] == dig:
                expected[new[0]] = dig
        elif verb == "saving" and found.get(item) == dig:
            expected[item] = dig
        elif verb == "deleting" and item not in found:
            expected.pop(item, None)
    for item, dig in expected.items():
        if found.get(item) != dig:
            report.lost += 1
            report.failures.append(f"{label}: reported saved but {'different' if item in found else 'gone'}: {item}")
    for item in found.keys() - expected.keys():
        report.failures.append(f"{label}: a text nobody saved (or one deleted before): {item}")
    expected.clear()
    expected.update(found)


def kill_rounds(data_dir: Path, rounds: int, seed: int | None = None) -> Report:
    """``rounds`` kills on the profile in ``data_dir`` (made if there is none)."""
    seed = random.randrange(2**32) if seed is None else seed
    rng = random.Random(seed)
    report = Report(seed=seed)
    if not data_dir.exists():
        make_profile(data_dir)
    expected: dict[str, str] = {}
    db, vault = _open(data_dir)
    try:
        unlocked, _ = vault.unlock(vault.profiles()[0].uuid, PASSWORD)
        expected.update({t.uuid: digest(t.text) for t in unlocked.texts(KIND)})
        unlocked.lock()
    finally:
        db.close()
    for n in range(1, rounds + 1):
        label = f"round {n} (seed {seed})"
        lines, _stderr = _kill_one(data_dir, rng.randrange(2**32), rng)
        report.rounds += 1
        _check(data_dir, expected, lines, report, label)
    return report


def rows(report: Report) -> list[dict]:
    n = report.rounds
    return [
        {"what": "kill test: integrity_check ok after SIGKILL", "value": float(report.integrity_ok),
         "unit": f"of {n} rounds", "target": f"{n}", "met": report.integrity_ok == n},
        {"what": "kill test: profile opens with nothing damaged", "value": float(report.opened_clean),
         "unit": f"of {n} rounds", "target": f"{n}", "met": report.opened_clean == n},
        {"what": "kill test: reported saves lost", "value": float(report.lost),
         "unit": f"of {report.saves} saves", "target": "0", "met": report.lost == 0 and not report.failures},
        {"what": "kill test: kills during a save or deletion", "value": float(report.mid_save),
         "unit": f"of {n} rounds", "target": "(how often the kill hit a write)", "met": None},
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--json", action="store_true", help="end with one JSON line of rows")
    parser.add_argument("--driver", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.driver is not None:
        drive(args.driver, args.seed or 0)
        return 0
    with tempfile.TemporaryDirectory(prefix="erfenis-kill-") as tmp:
        started = time.perf_counter()
        report = kill_rounds(Path(tmp) / "data", args.rounds, args.seed)
        seconds = time.perf_counter() - started
    for failure in report.failures:
        print("FAILED", failure)
    print(f"{report.rounds} kills in {seconds:.0f} s (seed {report.seed}); {report.saves} saves reported, "
          f"{report.mid_save} kills during a write")
    for row in rows(report):
        met = {True: "met", False: "MISSED", None: ""}[row["met"]]
        print(f"  {row['what']:<48} {row['value']:>6.0f} {row['unit']:<16} target {row['target']:<8} {met}")
    if args.json:
        print(json.dumps({"rows": rows(report)}))
    return 1 if report.failures else 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
