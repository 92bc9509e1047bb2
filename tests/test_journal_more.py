"""Everything I wrote also holds the loop map, the earlier relationships and the results of the
pattern mirror, as readable text: in the list, when searching, in the PDF and in what the export
says it holds; and an empty list or a search that finds nothing says so.
Set ERFENIS_PICTURES=<folder> to keep a PNG of the page (to look at it)."""

from __future__ import annotations

import os
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from erfenis_desktop.domain.questionnaire import questions
from erfenis_desktop.services.exercises import Run
from tests.test_exercises import wait_for_layout
from tests.test_profile_screens import make_profile

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="pdftotext (poppler-utils) is not installed")

TRIGGER = "Mijn partner zegt hoi zonder op te kijken van de laptop."
MOVE_OWN = "ik zeg iets scherps over de afwas"
WHO = "Jesse, de eerste grote liefde"


def _look(page, name: str) -> None:
    folder = os.environ.get("ERFENIS_PICTURES")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert page.grab().save(str(Path(folder) / f"{name}.png"))


def _write_loop_map_and_history(erfenis, qtbot) -> None:
    """Through their own screens, as a person fills them in."""
    flow = erfenis.window.profiles
    flow.show_exercise("cycle")
    page = flow.cycle_page
    qtbot.keyClicks(page.inputs["trigger"], TRIGGER)
    move = page.inputs["move"]
    move.combo.setCurrentIndex(move.combo.findData("criticise"))
    move.own.setText(MOVE_OWN)
    page.save_button.click()
    assert page.uuid is not None and page.values() == page._saved  # kept
    flow.show_exercise("history")
    page = flow.history_page
    qtbot.keyClicks(page.inputs["who"], WHO)
    page.save_button.click()
    assert page.uuid is not None and page.values() == page._saved  # kept


def _finish_pattern_check(erfenis, parents=("Mama", "Opa Henk")) -> Run:
    """Every question answered (a pattern that stands out, and one that does not)."""
    ex, u = erfenis.window.profiles.exercises, erfenis.session.current
    answers = {}
    for i, q in enumerate(questions(ex.questionnaire("en"), list(parents))):
        answers[q.key] = 6 if q.item.scale in ("absent", "pursue_self") else 2 + i % 3
    return ex.finish(u, ex.save_run(u, Run(parents=list(parents), answers=answers)))


def _labels(journal) -> list[str]:
    return [journal.list.text(i) for i in range(journal.list.count())]


def _choose(journal, kind_label: str) -> str:
    """Choose the first entry whose label names ``kind_label``; what the reader then shows."""
    row = next(i for i, label in enumerate(_labels(journal)) if kind_label in label.splitlines()[0])
    journal.list.setCurrentRow(row)
    return journal.reader.toPlainText()


def _read_all(journal) -> list[str]:
    """What the reader shows for each entry in turn."""
    out = []
    for row in range(journal.list.count()):
        journal.list.setCurrentRow(row)
        out.append(journal.reader.toPlainText())
    return out


def _results_bars(erfenis) -> list[str]:
    """What the results screen says of each bar (its text alternative), split per row."""
    flow = erfenis.window.profiles
    flow.show_exercise("results")
    rows = []
    for title, bars in flow.results_page.sections:
        for row in bars.accessibleDescription().split("; "):
            label, value = row.rsplit(": ", 1)
            rows.append(f"{title.text() if label == 'How much this fits' else label}: {value}")  # the reaction trap
    return rows


def test_the_loop_map_earlier_relationships_and_results_are_listed_read_and_found(start_app, qtbot):
    erfenis = start_app()
    make_profile(erfenis, qtbot)
    erfenis.session.current.save_text("note", "Een gewone notitie over de zondag.")
    _write_loop_map_and_history(erfenis, qtbot)
    _finish_pattern_check(erfenis)
    bars = _results_bars(erfenis)
    flow = erfenis.window.profiles
    flow.show_exercise("journal")
    journal = flow.journal_page
    labels = _labels(journal)
    assert len(labels) == 4
    kinds = [label.splitlines()[0].split(" · ")[1] for label in labels]
    assert sorted(kinds) == ["Earlier relationships", "Mapping our loop", "Note", "Pattern mirror results"]
    # The list names what each one is about: the first answer, or the people the check was about.
    assert next(label for label in labels if "Mapping our loop" in label).splitlines()[1] == TRIGGER[:49] + "…"
    assert next(label for label in labels if "Earlier relationships" in label).splitlines()[1] == WHO
    assert next(label for label in labels if "Pattern mirror" in label).splitlines()[1] == "Mama, Opa Henk"

    loop = _choose(journal, "Mapping our loop")
    _look(journal, "journal-loop-map-en")
    assert "What does your partner do, or not do, just before it goes wrong?\n" + TRIGGER in loop
    assert "What do you do then?\nI get critical — " + MOVE_OWN in loop  # the move in words, not its id
    assert "criticise" not in loop
    assert "Who are you thinking of?\n" + WHO in _choose(journal, "Earlier relationships")
    results = _choose(journal, "Pattern mirror")
    _look(journal, "journal-results-en")
    assert results.startswith("This is a mirror, not a measurement")
    assert "Mama\nThe absent parent: " in results and "Opa Henk\nThe absent parent: " in results
    for row in bars:  # the same numbers as on the results screen
        assert row in results, row
    assert "Moving closer: 6.0 / 7" in results

    journal.search.setText("afwas")
    assert [label.splitlines()[0].split(" · ")[1] for label in _labels(journal)] == ["Mapping our loop"]
    journal.search.setText("opa henk")
    assert [label.splitlines()[0].split(" · ")[1] for label in _labels(journal)] == ["Pattern mirror results"]
    journal.search.setText("jesse liefde")
    assert [label.splitlines()[0].split(" · ")[1] for label in _labels(journal)] == ["Earlier relationships"]


def test_they_come_in_the_language_of_the_screen_also_after_switching(start_app, qtbot):
    erfenis = start_app()
    make_profile(erfenis, qtbot)
    _write_loop_map_and_history(erfenis, qtbot)
    _finish_pattern_check(erfenis)
    flow = erfenis.window.profiles
    flow.show_exercise("journal")
    journal = flow.journal_page
    assert "Moving closer: 6.0 / 7" in _choose(journal, "Pattern mirror")
    erfenis.prefs.set_language("nl")
    dutch = erfenis.prefs.text("cycle_map", "intro.title")
    qtbot.waitUntil(lambda: any(dutch in label for label in _labels(journal)))  # the language change arrives
    loop = _choose(journal, dutch)
    label = erfenis.prefs.text("cycle_map", "fields")[0]["label"]
    assert label + "\n" + TRIGGER in loop and "What does your partner do" not in loop
    closer = erfenis.prefs.text("patterns", "scales.pursue_self.name")
    assert any(f"{closer}: 6,0 / 7" in text for text in _read_all(journal))  # with the Dutch decimal comma
    assert not any("The absent parent" in text or "Moving closer" in text for text in _read_all(journal))


@needs_poppler
def test_the_pdf_holds_them_and_the_question_before_saving_says_so(start_app, qtbot, dialogs, tmp_path):
    erfenis = start_app()
    make_profile(erfenis, qtbot)
    erfenis.session.current.save_text("note", "Een gewone notitie over de zondag.")
    _write_loop_map_and_history(erfenis, qtbot)
    _finish_pattern_check(erfenis)
    _finish_pattern_check(erfenis, parents=("Papa",))
    flow = erfenis.window.profiles
    flow.show_exercise("journal")
    target = tmp_path / "alles.pdf"
    dialogs.answer("ask", "save")
    dialogs.answer("save_file", target)
    flow.journal_page.export.click()
    asked = [r for r in dialogs.log if r.kind == "ask"][-1]
    for line in ("• Notes: 1\n", "• Mapping our loop: 1\n", "• Earlier relationships: 1\n",
                 "• Pattern mirror results: 2\n"):
        assert line in asked.text, asked.text
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    text = " ".join(unicodedata.normalize("NFKC", text).split())
    for expected in (TRIGGER, MOVE_OWN, WHO, "Mapping our loop", "Earlier relationships", "Pattern mirror results",
                     "Moving closer: 6.0 / 7", "Opa Henk", "Papa", "Een gewone notitie"):
        assert expected in text, expected

    flow.journal_page.search.setText("Papa")
    dialogs.answer("ask", "cancel")
    flow.journal_page.export.click()
    asked = [r for r in dialogs.log if r.kind == "ask"][-1]
    assert "• Pattern mirror results: 1\n" in asked.text
    assert "Mapping our loop" not in asked.text and "Notes" not in asked.text  # only what is listed


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_an_empty_list_and_a_search_without_results_say_so(start_app, qtbot, lang):
    erfenis = start_app("--lang", lang)
    erfenis.window.resize(1000, 700)
    make_profile(erfenis, qtbot)
    flow = erfenis.window.profiles
    flow.show_exercise("journal")
    journal = flow.journal_page
    wait_for_layout(qtbot, journal)
    _look(journal, f"journal-empty-{lang}")
    assert journal.list.count() == 0
    assert journal.empty.isVisible() and not journal.list.isVisible() and not journal.reader.isVisible()
    empty_text = journal.empty.text()
    assert len(empty_text.split()) > 10
    assert not journal.export.isEnabled()  # nothing to export

    erfenis.session.current.save_text("note", "De zwaluw kwam terug.")
    _write_loop_map_and_history(erfenis, qtbot)
    _finish_pattern_check(erfenis)
    flow.show_exercise("journal")
    wait_for_layout(qtbot, journal)
    _look(journal, f"journal-full-{lang}")
    assert journal.list.isVisible() and journal.reader.isVisible() and not journal.empty.isVisible()
    assert journal.export.isEnabled()
    journal.search.setText("<b>olifant</b>")
    wait_for_layout(qtbot, journal)
    _look(journal, f"journal-nothing-found-{lang}")
    assert journal.list.count() == 0 and not journal.list.isVisible() and journal.empty.isVisible()
    assert "<b>olifant</b>" in journal.empty.text() and journal.empty.text() != empty_text  # as typed
    assert not journal.export.isEnabled()
    journal.search.clear()
    assert journal.list.count() == 4 and not journal.empty.isVisible() and journal.export.isEnabled()

    erfenis.session.lock()  # nothing of the search stays behind
    assert "olifant" not in journal.empty.text()


def test_the_loop_map_and_results_can_be_shared_from_the_journal_but_earlier_relationships_not(
        start_app, qtbot):
    from tests.test_together import _linked_and_together

    erfenis = start_app()
    flow, _page = _linked_and_together(erfenis, qtbot)
    _write_loop_map_and_history(erfenis, qtbot)
    _finish_pattern_check(erfenis)
    flow.show_exercise("journal")
    journal = flow.journal_page
    _choose(journal, "Earlier relationships")
    assert not journal.share.isVisible()
    _choose(journal, "Mapping our loop")
    assert journal.share.isVisible()
    journal.share.click()
    _choose(journal, "Pattern mirror")
    journal.share.click()
    shared, damaged = erfenis.session.couple.shared(erfenis.session.partner)
    assert damaged == 0 and sorted(t.kind for t in shared) == ["cycle_map", "pattern_check"]
    assert "shared" in _labels(journal)[0] or any(" · shared" in label for label in _labels(journal))
