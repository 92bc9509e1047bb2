"""A workshop day on one laptop: 30 participants (15 couples), each with a day's answers.

Measures what a facilitator waits for: the workshop picker shown with 30 names (built and
painted), taking one participant's work home (export, with the real key derivation), bringing
it in on another computer (import into a fresh folder), and the end-of-day wipe with its
verification of every file in the workshop folder.

    .venv/bin/python benchmarks/workshop.py [--runs 20]

Targets: picker ≤ 100 ms; wipe (verified) ≤ 3 s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

PASSWORD = "a workshop password"


def _day(folder: Path, lang: str):
    """The workshop folder after a day: a facilitator and 30 participants with their answers
    (the pattern mirror, step 1, a loop map, a few answers together, shared with the partner).
    Made with a fast key derivation (painting and files are measured here, not Argon2), except
    the one participant whose work is taken home, made with the real one."""
    from keyring.backends import fail

    from erfenis_desktop.domain.questionnaire import questions
    from erfenis_desktop.services.content import load_content
    from erfenis_desktop.services.couple import CoupleService
    from erfenis_desktop.services.dans import CYCLE_MAP, DansService
    from erfenis_desktop.services.exercises import Exercises, Run
    from erfenis_desktop.services.together import Together
    from erfenis_desktop.services.vault import VaultService
    from erfenis_desktop.services.workshop import WorkshopService
    from erfenis_desktop.storage.database import open_database
    from erfenis_desktop.vault.kdf import FastTestKdf, ProductionKdf

    folder.mkdir(parents=True, exist_ok=True)
    db = open_database(folder)
    fast = VaultService(db, kdf=FastTestKdf(), keyring_backend=fail.Keyring())
    real = VaultService(db, kdf=ProductionKdf(), keyring_backend=fail.Keyring())
    workshop = WorkshopService(fast)
    workshop.create_facilitator_job("Benchmark day", "2026-12-01", "Facilitator", PASSWORD).run_here()[0].lock()
    exercises = Exercises(load_content())
    couple = CoupleService(fast)
    dans, together = DansService(couple, exercises), Together(couple, exercises)
    demo = exercises._content.texts[lang]["demo"]["people"]
    see = exercises.tree(lang, "see_the_pattern")
    q = exercises.questionnaire(lang)
    taken_home = None
    for n in range(15):
        pair = []
        for side, person in (("a", demo["a"]), ("b", demo["b"])):
            service = WorkshopService(real) if (n, side) == (0, "a") else workshop
            u, _code = service.join_job(f"{person['name']} {n + 1}", PASSWORD, True).run_here()
            run = Run(parents=list(person["parents"]))
            value = 6 if side == "a" else 2
            run.answers = {x.key: (8 - value if x.item.reverse else value) for x in questions(q, run.parents)}
            couple_item = exercises.finish(u, exercises.save_run(u, run)).uuid
            for i, prompt in enumerate(see["parent_prompts"][:10]):
                exercises.save_writing(u, prompt["id"], 0, person["parents"][0],
                                       f"Answer {i} of {person['name']} {n + 1}: aan tafel zei niemand iets.")
            loop = dans.save(u, CYCLE_MAP, dict(person["cycle"]))
            pair.append((u, person, couple_item, loop))
        (a, pa, ra, la), (b, pb, rb, lb) = pair
        couple.link(a, b)
        for u, person, run_uuid, loop in pair:
            couple.share(u, run_uuid)
            couple.share(u, loop)
            for week in range(3):
                couple.share(u, together.lock_in(u, "closeness", "", f"{person['answers'][0]['text']} ({week})",
                                                 f"session {week}"))
        if n == 0:
            taken_home = a.profile.uuid
        for u in (a, b):
            u.lock()
    return db, real, taken_home


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--lang", default="nl", choices=("nl", "en"))
    parser.add_argument("--json", action="store_true", help="print one JSON object with the rows as the last line")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "Erfenis-workshop"
        print("making a workshop day (30 participants) …", flush=True)
        db, real, taken_home = _day(folder, args.lang)
        db.close()

        # The picker, in the real app.
        from erfenis_desktop.app import Erfenis
        from erfenis_desktop.cli import parse_args
        from erfenis_desktop.ui.common.dialogs import Dialogs
        from erfenis_desktop.vault.kdf import FastTestKdf, ProductionKdf

        erfenis = Erfenis(app, parse_args(["--workshop", "--data-dir", str(folder), "--lang", args.lang]),
                          Dialogs(responder=lambda r: None), kdf=FastTestKdf())
        erfenis.start()
        window = erfenis.window
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        panel = window.home.profiles
        shown = []
        for _ in range(args.runs):
            start = time.perf_counter()
            panel.refresh()
            window.grab()  # laid out and painted
            shown.append((time.perf_counter() - start) * 1000)
        names = len(erfenis.workshop.participants()) if hasattr(erfenis, "workshop") else 30

        # Taking one participant's work home, with the real key derivation.
        from erfenis_desktop.services.transfer import TransferService

        vault = erfenis.session.vault
        vault._kdf = ProductionKdf()
        u = vault.unlock(taken_home, PASSWORD)[0]
        path = Path(tmp) / "take-home.erfenis"
        start = time.perf_counter()
        TransferService(vault).export([u], path, PASSWORD, own_password=True)
        exported = time.perf_counter() - start
        size = path.stat().st_size // 1024
        u.lock()

        # Bringing it in on another computer.
        from keyring.backends import fail

        from erfenis_desktop.services.vault import VaultService
        from erfenis_desktop.storage.database import open_database

        (Path(tmp) / "home").mkdir()
        other_db = open_database(Path(tmp) / "home")
        other = VaultService(other_db, kdf=ProductionKdf(), keyring_backend=fail.Keyring())
        start = time.perf_counter()
        TransferService(other).import_file(path, PASSWORD)
        imported = time.perf_counter() - start
        other_db.close()

        # The end of the day.
        from erfenis_desktop.services.workshop_wipe import WipeService

        start = time.perf_counter()
        report = WipeService(vault).wipe()
        wiped = time.perf_counter() - start
        erfenis.shutdown()

    print(f"workshop picker with {names} participants, built and painted: median "
          f"{statistics.median(shown):.0f} ms, worst {max(shown):.0f} ms (target ≤ 100 ms)")
    print(f"take one participant's work home (export, real key derivation): {exported:.2f} s ({size} KB)")
    print(f"bring it in on another computer (import, real key derivation): {imported:.2f} s")
    print(f"wipe participants and verify every file: {wiped:.2f} s (target ≤ 3 s); "
          f"verified {'clean' if report.ok else 'NOT clean'}, {report.removed_profiles} profiles removed")
    if args.json:
        picker = statistics.median(shown)
        print(json.dumps({"rows": [
            {"what": "workshop: picker with 30 participants (median)", "value": round(picker, 1), "unit": "ms",
             "target": "≤ 100 ms", "met": picker <= 100},
            {"what": "workshop: take one participant's work home", "value": round(exported, 2), "unit": "s",
             "target": "", "met": None},
            {"what": "workshop: bring it in on another computer", "value": round(imported, 2), "unit": "s",
             "target": "", "met": None},
            {"what": "workshop: wipe and verify every file", "value": round(wiped, 2), "unit": "s",
             "target": "≤ 3 s", "met": wiped <= 3 and report.ok}]}, ensure_ascii=False))


if __name__ == "__main__":
    main()
