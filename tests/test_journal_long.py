"""Everything I wrote with years of writing: the list shows a screenful at once and the rest in
the next turns of the event loop, so a search answers quickly; whatever way the keys come, the
list ends up holding exactly what the search finds, each line once, and nothing comes back after
a lock. (How fast: benchmarks/pages.py.)"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer

from erfenis_desktop.ui.journal.journal_page import JournalPage
from tests.test_profile_screens import make_profile

#: More notes than the list takes at once.
MANY = JournalPage.LINES_AT_ONCE + 40


def _journal_with_notes(erfenis, qtbot):
    make_profile(erfenis, qtbot)
    u = erfenis.session.current
    for i in range(MANY):
        u.save_text("note", f"Note {i}: {'by the sea' if i % 2 else 'in the kitchen'}")
    flow = erfenis.window.profiles
    flow.show_exercise("journal")
    return flow.journal_page


def _after_what_was_waiting(qtbot) -> None:
    """Until everything already waiting for the event loop has run (a timer put in after it
    comes after it)."""
    ran = []
    QTimer.singleShot(0, lambda: ran.append(True))
    qtbot.waitUntil(lambda: bool(ran))


def _lines(page) -> list[str]:
    return [page.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.list.count())]


def test_a_long_list_fills_in_batches_and_ends_with_every_line_once(start_app, qtbot):
    erfenis = start_app()
    page = _journal_with_notes(erfenis, qtbot)
    everything = [e.uuid for e in page.shown()]
    assert len(everything) == MANY
    # A screenful at once, with the first line chosen to read, and the count a screen reader
    # says is the whole list's from the start.
    assert page.list.count() == JournalPage.LINES_AT_ONCE
    assert page.list.currentRow() == 0 and page.reader.toPlainText() == page.shown()[0].text
    assert page.list.accessibleDescription() == f"{MANY} items"
    qtbot.waitUntil(lambda: page.list.count() == MANY)
    assert _lines(page) == everything  # newest first, each once


def test_keys_typed_while_the_list_still_fills_leave_only_what_the_last_search_finds(start_app, qtbot):
    erfenis = start_app()
    page = _journal_with_notes(erfenis, qtbot)
    page.search.setText("note")  # everything: a batch now, the rest still to come
    assert page.list.count() == JournalPage.LINES_AT_ONCE
    page.search.setText("note 7")  # before the rest came
    found = [e.uuid for e in page.shown()]
    assert 1 < len(found) < JournalPage.LINES_AT_ONCE
    qtbot.waitUntil(lambda: _lines(page) == found)
    _after_what_was_waiting(qtbot)  # (the turn where the first search's batch would have come)
    assert _lines(page) == found
    assert page.list.accessibleDescription() == f"{len(found)} items"


def test_after_a_lock_no_line_of_the_list_comes_back(start_app, qtbot):
    erfenis = start_app()
    page = _journal_with_notes(erfenis, qtbot)
    assert page.list.count() == JournalPage.LINES_AT_ONCE  # the rest still to come
    erfenis.session.lock()
    _after_what_was_waiting(qtbot)  # the turn where the rest would have come
    assert page.list.count() == 0


def test_one_word_finds_an_answer_by_the_question_it_answers(start_app, qtbot):
    erfenis = start_app()
    make_profile(erfenis, qtbot)
    u = erfenis.session.current
    exercises = erfenis.window.profiles.exercises
    prompt = exercises.tree("en", "see_the_pattern")["parent_prompts"][0]
    exercises.save_writing(u, prompt["id"], 0, "Mum", "Saturdays were quiet.")
    u.save_text("note", "Saturdays were quiet here too.")
    flow = erfenis.window.profiles
    flow.show_exercise("journal")
    page = flow.journal_page
    question = exercises.prompt_text("en", prompt["id"], "Mum", "step1")
    word = max((w.strip(".,?!:;“”\"'") for w in question.split()), key=len)  # a word of the question only
    assert word.lower() not in "saturdays were quiet here too."
    page.search.setText(word)
    assert [page.list.item(i).text().splitlines()[1] for i in range(page.list.count())] == [question[:49] + "…"
                                                                                              if len(question) > 50
                                                                                              else question]
