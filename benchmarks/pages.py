"""How long each page takes to open, and a journal search to answer, for a couple with five
years of writing.

The data set (made once, then kept in the temporary folder, like the dans benchmark's): two
linked profiles, each with a note on most days, a check-in of step 2 twice a week, ten
step-1 answers a year, an answer together each week, a revised loop map each month and a
pattern mirror each year, the answers together, loop maps and pattern mirrors shared. Made
through the services, with a fast key derivation (pages are measured here, not Argon2).

A page "opens" from the click (``show_exercise``) until the window is laid out and painted;
between two opens the home screen is shown. Each page is timed twice: opened again with nothing
written since (a page keeps what it showed), and opened after a note was written meanwhile
("after a change": the page reads what it shows again). The search is typed one key at a time: each key,
until the list's first line is laid out in its place and the window is painted (a list may lay
its lines out later than it is painted: a painted window with an empty list is not an answer).
Before each click and each key the event loop has its turns, as between a person's clicks and
keys.

    .venv/bin/python benchmarks/pages.py [--runs 7] [--json] [--fresh]

Targets: every page ≤ 50 ms (median), each key of a search ≤ 50 ms (median).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

#: Bump when the data set changes: an older cached one is made again.
VERSION = 1
PASSWORDS = ("benchmark a password", "benchmark b password")
DAYS = 5 * 365
#: Page (as ProfileFlow.show_exercise knows it; "home" for the home screen, "notes" for My notes) and
#: what the table calls it.
PAGES = (("home", "home"), ("journal", "journal (everything I wrote)"), ("notes", "my notes"),
         ("timeline", "what we shared"),
         ("results", "results (pattern mirror)"), ("dans", "dans"), ("step1", "step 1"), ("step2", "step 2"),
         ("step3", "step 3"))
QUERIES = ("zee", "boos", "samen")
TARGET_MS = 50.0


def _folder(lang: str) -> Path:
    return Path(tempfile.gettempdir()) / "erfenis-benchmark" / f"pages-v{VERSION}-{lang}"


class _Clock:
    """The time the services write into each item (they call ``utc_now``), moved by hand."""

    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> str:
        return self.now.isoformat(timespec="seconds")


def _make(data_dir: Path, lang: str) -> str:
    """Five years of a couple's writing in ``data_dir``; returns the first person's profile id."""
    from keyring.backends import fail

    from erfenis_desktop.domain.practice import CheckIn
    from erfenis_desktop.domain.questionnaire import questions
    from erfenis_desktop.services import couple as couple_module
    from erfenis_desktop.services import practice as practice_module
    from erfenis_desktop.services import unlocked as unlocked_module
    from erfenis_desktop.services.content import load_content
    from erfenis_desktop.services.couple import CoupleService
    from erfenis_desktop.services.dans import CYCLE_MAP, DansService
    from erfenis_desktop.services.exercises import Exercises, Run
    from erfenis_desktop.services.practice import Practice
    from erfenis_desktop.services.together import Together
    from erfenis_desktop.services.vault import VaultService
    from erfenis_desktop.storage.database import open_database
    from erfenis_desktop.vault.kdf import FastTestKdf

    data_dir.mkdir(parents=True, exist_ok=True)
    db = open_database(data_dir)
    vault = VaultService(db, kdf=FastTestKdf(), keyring_backend=fail.Keyring())
    exercises = Exercises(load_content())
    couple = CoupleService(vault)
    dans, together, practice = DansService(couple, exercises), Together(couple, exercises), Practice(exercises)
    demo = exercises._content.texts[lang]["demo"]["people"]
    a, _ = vault.create(demo["a"]["name"], PASSWORDS[0])
    b, _ = vault.create(demo["b"]["name"], PASSWORDS[1])
    vault.confirm_recovery_saved(a)
    vault.confirm_recovery_saved(b)
    couple.link(a, b)
    q = exercises.questionnaire(lang)
    prompts = exercises.tree(lang, "see_the_pattern")["parent_prompts"]
    cards = [c.id for c in practice.deck(lang).cards]
    words = ("We liepen langs de zee en praatten over vroeger.", "Ik was boos en trok me terug.",
             "Samen koken ging goed vandaag.", "Moe na het werk; weinig gezegd.",
             "Ze vroeg hoe het ging en ik zei eerlijk dat ik het moeilijk vond.")
    clock = _Clock(datetime.now(UTC).replace(microsecond=0) - timedelta(days=DAYS))
    saved = (unlocked_module.utc_now, couple_module.utc_now, practice_module.utc_now)
    unlocked_module.utc_now = couple_module.utc_now = practice_module.utc_now = clock
    try:
        start = clock.now
        for day in range(DAYS):
            for i, (u, person) in enumerate(((a, demo["a"]), (b, demo["b"]))):
                clock.now = start + timedelta(days=day, hours=20 + i, minutes=day % 60)
                if (day + i) % 7 not in (3,):  # a note on most days
                    u.save_text("note", f"Dag {day + 1}. {words[(day + i) % len(words)]}\n"
                                        f"{words[(day * 3 + i) % len(words)]}")
                if day % 7 in (1, 4):  # a check-in twice a week
                    practice.check_in(u, CheckIn(cards[(day + i) % len(cards)], clock(), True,
                                                 f"Aan tafel, dag {day + 1}", 6, 4, words[day % len(words)],
                                                 "Schouders los"))
                if day % 36 == 5:  # ten answers of step 1 a year
                    prompt = prompts[(day // 36) % len(prompts)]
                    exercises.save_writing(u, prompt["id"], 0, person["parents"][0],
                                           f"{words[day % len(words)]} (jaar {day // 365 + 1})")
                if day % 7 == 6:  # an answer together each week, shared
                    couple.share(u, together.lock_in(u, "closeness", "", f"Week {day // 7}: "
                                                     + person["answers"][0]["text"], f"session {day // 7}"))
                if day % 30 == 10:  # the loop map revised each month, shared
                    couple.share(u, dans.save(u, CYCLE_MAP, dict(person["cycle"])))
                if day % 365 == 20:  # the pattern mirror each year, shared
                    run = Run(parents=list(person["parents"]))
                    value = 6 if i == 0 else 2
                    run.answers = {x.key: (8 - value if x.item.reverse else value)
                                   for x in questions(q, run.parents)}
                    couple.share(u, exercises.finish(u, exercises.save_run(u, run)).uuid)
        practice.choose(a, cards[:2], lang, clock.now.date())
    finally:
        unlocked_module.utc_now, couple_module.utc_now, practice_module.utc_now = saved
    uuid = a.profile.uuid
    a.lock()
    b.lock()
    db.close()
    return uuid


def data_set(lang: str, fresh: bool = False) -> tuple[Path, str]:
    """The data folder with five years of writing (made the first time), and the profile to open."""
    folder = _folder(lang)
    ready = folder / "ready.json"
    if fresh and folder.exists():
        shutil.rmtree(folder)
    if not ready.exists():
        if folder.exists():
            shutil.rmtree(folder)
        print("making five years of a couple's writing (once; kept in " f"{folder}) …", file=sys.stderr, flush=True)
        start = time.perf_counter()
        uuid = _make(folder / "data", lang)
        ready.write_text(json.dumps({"profile": uuid}))
        print(f"made in {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
    return folder / "data", json.loads(ready.read_text())["profile"]


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--lang", default="nl", choices=("nl", "en"))
    parser.add_argument("--json", action="store_true", help="print one JSON object with the rows as the last line")
    parser.add_argument("--fresh", action="store_true", help="make the data set again")
    args = parser.parse_args()
    data, uuid = data_set(args.lang, args.fresh)
    app = QApplication.instance() or QApplication([])

    from PySide6.QtCore import QEvent, QPoint, Qt
    from PySide6.QtTest import QTest

    from erfenis_desktop.app import Erfenis
    from erfenis_desktop.cli import parse_args
    from erfenis_desktop.ui.common.dialogs import Dialogs
    from erfenis_desktop.vault.kdf import FastTestKdf

    # A copy, so the kept data set stays as it was made (opening a page may tidy or write).
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(data, Path(tmp) / "data")
        erfenis = Erfenis(app, parse_args(["--data-dir", str(Path(tmp) / "data"), "--lang", args.lang]),
                          Dialogs(responder=lambda r: None), kdf=FastTestKdf())
        erfenis.start()
        unlocked, _ = erfenis.session.vault.unlock(uuid, PASSWORDS[0])
        erfenis.session.enter(unlocked)
        window = erfenis.window
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        flow = window.profiles
        items = len(erfenis.session.vault.repo.items(uuid))
        shared = len(erfenis.session.couple.shared(unlocked)[0])

        def settle() -> None:
            """The event loop's turns between two clicks or keys of a person (some 30 ms here; a
            person is slower): what the last one put off (the rest of a list filled in batches,
            deferred deletions, layouts) is done before the next is timed, as it would be in use."""
            until = time.perf_counter() + 0.03
            while time.perf_counter() < until:
                app.processEvents()
                app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)

        def open_page(page: str) -> float:
            settle()
            start = time.perf_counter()
            if page == "home":
                flow.go_home()
            elif page == "notes":
                flow.show_notes()
            else:
                flow.show_exercise(page)
            window.grab()  # laid out and painted
            return _ms(start)

        timings: dict[str, list[float]] = {page: [] for page, _name in PAGES}
        for run in range(args.runs + 1):  # the first round makes the pages: not counted
            for page, _name in PAGES:
                if page != "home":
                    open_page("home")
                took = open_page(page)
                if run:
                    timings[page].append(took)
        # Each page again after something was written elsewhere (a note): a page keeps what it
        # showed only while nothing changed, so this is its opening after a change.
        changed: dict[str, list[float]] = {page: [] for page, _name in PAGES if page != "home"}
        for run in range(args.runs):
            for page in changed:
                open_page("home")
                unlocked.save_text("note", f"Written meanwhile, {run} {page}.")
                changed[page].append(open_page(page))
        keys = []
        flow.show_exercise("journal")
        search = flow.journal_page.search
        for _ in range(max(1, args.runs // 3)):
            for query in QUERIES:
                search.clear()
                window.grab()
                for ch in query:
                    settle()
                    start = time.perf_counter()
                    QTest.keyClick(search, ch)
                    found_list = flow.journal_page.list
                    # Until the list's first line is laid out in its place: before that the
                    # list shows nothing, however soon the window is painted.
                    while found_list.count() and not found_list.indexAt(QPoint(3, 3)).isValid():
                        app.processEvents()
                    window.grab()
                    keys.append(_ms(start))
                QTest.keyClick(search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        found = len(flow.journal_page.shown())
        erfenis.shutdown()

    rows = []
    for page, name in PAGES:
        value = statistics.median(timings[page])
        rows.append({"what": f"open {name}", "value": round(value, 1), "unit": "ms", "target": "≤ 50 ms",
                     "met": value <= TARGET_MS, "worst": round(max(timings[page]), 1)})
    for page, name in PAGES:
        if page in changed:
            value = statistics.median(changed[page])
            rows.append({"what": f"open {name} after a change", "value": round(value, 1), "unit": "ms",
                         "target": "≤ 50 ms", "met": value <= TARGET_MS, "worst": round(max(changed[page]), 1)})
    value = statistics.median(keys)
    rows.append({"what": "journal search, each key", "value": round(value, 1), "unit": "ms", "target": "≤ 50 ms",
                 "met": value <= TARGET_MS, "worst": round(max(keys), 1)})
    print(f"five years: {items} items of the first person, {shared} shared items between them; "
          f"the last search found {found}")
    for row in rows:
        print(f"{row['what']:<36} median {row['value']:7.1f} ms   worst {row['worst']:7.1f} ms   "
              f"(target {row['target']}{'' if row['met'] else ', NOT met'})")
    if args.json:
        print(json.dumps({"rows": [{k: row[k] for k in ("what", "value", "unit", "target", "met")} for row in rows]},
                         ensure_ascii=False))


if __name__ == "__main__":
    main()
