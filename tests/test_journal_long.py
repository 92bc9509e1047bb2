"""Everything I wrote with years of writing: the list holds exactly what the search finds, each
line once and newest first, from the moment the key is typed; every line has one height (too
long a line is cut off, not wrapped), and only the lines shown get their words made; nothing
stays in the list after a lock. (How fast: benchmarks/pages.py.)"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextDocumentFragment
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QApplication, QToolTip

from erfenis_desktop.services.exercises import Exercises
from erfenis_desktop.ui.journal.journal_list import JournalList
from tests.test_profile_screens import make_profile
from tests.test_together import _linked_and_together

#: More notes than a screen shows.
MANY = 190


def _journal_with_notes(erfenis, qtbot, extra: str = ""):
    make_profile(erfenis, qtbot)
    u = erfenis.session.current
    for i in range(MANY):
        u.save_text("note", f"Note {i}: {'by the sea' if i % 2 else 'in the kitchen'}")
    if extra:
        u.save_text("note", extra)
    flow = erfenis.window.profiles
    flow.show_exercise("journal")
    return flow.journal_page


def _as_shown(tip: str) -> str:
    """A tooltip's words as a person sees them (Qt reads one that looks like markup as markup)."""
    text = QTextDocumentFragment.fromHtml(tip).toPlainText() if QtGui.mightBeRichText(tip) else tip
    return text.replace("\u2028", "\n").replace("\xa0", " ")


def _lines(page) -> list[str]:
    return [page.list.key(i) for i in range(page.list.count())]


def test_a_long_list_holds_every_line_once_newest_first_at_once(start_app, qtbot):
    erfenis = start_app()
    page = _journal_with_notes(erfenis, qtbot)
    everything = [e.uuid for e in page.shown()]
    assert len(everything) == MANY
    assert _lines(page) == everything  # straight away, each once
    assert page.list.currentRow() == 0 and page.reader.toPlainText() == page.shown()[0].text
    assert page.list.accessibleDescription() == f"{MANY} items"
    assert page.list.text(0).startswith(page._when(page.shown()[0]))


def test_a_search_leaves_only_what_it_finds(start_app, qtbot):
    erfenis = start_app()
    page = _journal_with_notes(erfenis, qtbot)
    page.search.setText("note")
    page.search.setText("note 7")
    found = [e.uuid for e in page.shown()]
    assert 1 < len(found) < MANY
    assert _lines(page) == found
    assert page.list.accessibleDescription() == f"{len(found)} items"
    assert page.reader.toPlainText() == page.shown()[0].text  # the first found, to read


def test_only_the_lines_shown_get_their_words_made(start_app, qtbot):
    erfenis = start_app()
    page = _journal_with_notes(erfenis, qtbot)
    page.resize(900, 500)
    qtbot.waitUntil(lambda: page.list.indexAt(QPoint(6, 6)).isValid())
    page.list.viewport().repaint()
    made = len(page._labels)
    assert 0 < made < MANY / 2  # a screenful (and the chosen one), not thousands


def test_every_line_has_one_height_and_a_long_one_is_cut_off(start_app, qtbot):
    erfenis = start_app()
    long = "A very long first line that goes on and on about the kitchen " * 6
    page = _journal_with_notes(erfenis, qtbot, extra=long)
    assert isinstance(page.list, JournalList)
    page.resize(700, 500)
    qtbot.waitUntil(lambda: page.list.indexAt(QPoint(6, 6)).isValid())
    heights = {page.list.visualRect(page.list.lines.index(row)).height() for row in range(5)}
    assert len(heights) == 1 and next(iter(heights)) >= 2 * page.list.fontMetrics().height()
    assert not page.list.wordWrap() and page.list.textElideMode() == Qt.TextElideMode.ElideRight
    # As wide as the list, never wider: what does not fit is cut off, nothing scrolls sideways.
    row = next(r for r in range(page.list.count()) if "goes on" in page.list.text(r))
    page.search.setText("goes on")  # the long line first: the one whose size the others take
    qtbot.waitUntil(lambda: page.list.indexAt(QPoint(6, 6)).isValid())
    first = page.list.lines.index(0)
    assert page.list.fontMetrics().horizontalAdvance(page.list.text(0).splitlines()[1]) > page.list.viewport().width()
    assert page.list.visualRect(first).right() <= page.list.viewport().width()
    assert page.list.horizontalScrollBar().maximum() == 0
    page.search.clear()
    assert page.list.text(row).endswith("…")  # the long note's words cut short
    assert page.list.visualRect(page.list.lines.index(row)).height() in heights  # no taller for its length
    assert _as_shown(page.list.lines.data(page.list.lines.index(row), Qt.ItemDataRole.ToolTipRole)) \
        == page.list.text(row)


def test_a_line_s_tooltip_shows_a_typed_name_as_typed(start_app, qtbot):
    erfenis = start_app()
    make_profile(erfenis, qtbot)
    Exercises.save_writing(erfenis.session.current, "table", 0, "<b>Mum</b>", "Mum sat at the table.")
    erfenis.window.profiles.show_exercise("journal")
    page = erfenis.window.profiles.journal_page
    erfenis.window.show()
    qtbot.waitUntil(lambda: page.list.indexAt(QPoint(6, 6)).isValid())
    viewport = page.list.viewport()
    centre = page.list.visualRect(page.list.lines.index(0)).center()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, centre, viewport.mapToGlobal(centre)))
    qtbot.waitUntil(QToolTip.isVisible)
    try:
        assert "(<b>Mum</b>)" in _as_shown(QToolTip.text())  # the name as typed, never bold
        assert _as_shown(QToolTip.text()) == page.list.text(0)  # the whole line
    finally:
        QToolTip.hideText()


def test_sharing_a_line_keeps_that_line_chosen_and_an_empty_search_offers_nothing_to_share(start_app, qtbot):
    erfenis = start_app()
    flow, _couple = _linked_and_together(erfenis, qtbot)
    for i in range(6):
        erfenis.session.current.save_text("note", f"Note {i} by the sea")
    flow.show_exercise("journal")
    page = flow.journal_page
    page.list.setCurrentRow(3)
    chosen, text = page.list.current_key(), page.reader.toPlainText()
    page.share.click()
    assert page.list.currentRow() == 3 and page.list.current_key() == chosen  # the same line, not the first
    assert page.list.selectionModel().isSelected(page.list.lines.index(3)) and page.reader.toPlainText() == text
    assert "shared" in page.list.text(3) and page.share.text() == "Stop sh&aring"
    # Said right after the date, so a narrow list (which cuts the line's end off) still shows it.
    when = page._when(next(e for e in page.entries if e.uuid == chosen))
    assert page.list.text(3).startswith(when + " · shared · ")
    page.share.click()
    assert page.list.current_key() == chosen and page.share.text() == "Sh&are with my partner"
    page.search.setText("nowhere to be found")
    assert page.list.count() == 0 and "nowhere to be found" in page.empty.text()
    assert not page.share.isVisibleTo(page)  # nothing chosen: nothing to share
    page.search.clear()
    assert page.list.currentRow() == 0 and page.share.isVisibleTo(page)


def test_another_language_keeps_the_chosen_line(start_app, qtbot):
    erfenis = start_app()
    page = _journal_with_notes(erfenis, qtbot)
    page.list.setCurrentRow(4)
    chosen = page.list.current_key()
    erfenis.prefs.set_language("nl")
    qtbot.waitUntil(lambda: page.title.text() == "Alles wat ik heb geschreven")  # the page in Dutch
    assert page.list.text(4).split(" · ")[1].startswith("Aantekening")
    assert page.list.current_key() == chosen and page.list.currentRow() == 4


def test_after_a_change_the_search_finds_the_new_and_not_the_old_words(start_app, qtbot):
    erfenis = start_app()
    page = _journal_with_notes(erfenis, qtbot)
    u = erfenis.session.current
    changed = page.shown()[5]
    u.save_text("note", "Now about the garden", changed.uuid)  # its words folded before: now others
    erfenis.window.profiles.go_home()
    erfenis.window.profiles.show_exercise("journal")
    page.search.setText("garden")
    assert [page.list.key(row) for row in range(page.list.count())] == [changed.uuid]
    page.search.setText(changed.text.split(":")[0])  # "Note 12": its old words find it no more
    assert changed.uuid not in [page.list.key(row) for row in range(page.list.count())]


def test_after_a_lock_no_line_of_the_list_is_left(start_app, qtbot):
    erfenis = start_app()
    page = _journal_with_notes(erfenis, qtbot)
    assert page.list.count() == MANY
    erfenis.session.lock()
    assert page.list.count() == 0 and page.list.text(0) == "" and page._labels == {}
    assert page.search_index.folded == {} and page.search_index.haystacks == {}  # nor what the search compared


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
    assert [page.list.text(i).splitlines()[1] for i in range(page.list.count())] == [question[:49] + "…"
                                                                                              if len(question) > 50
                                                                                              else question]


def test_years_of_lines_reach_the_view_a_batch_at_a_time_and_every_one_can_be_reached(qtbot):
    """The view gets the first lines at once and the rest as it scrolls to the end (so a long list
    opens quickly); every line is in the list from the start: it can be chosen, read, found, and
    reached with the keyboard and by scrolling."""
    from erfenis_desktop.ui.journal.journal_list import BATCH

    total = 2 * BATCH + 17
    view = JournalList(lambda thing: f"line {thing}")
    qtbot.addWidget(view)
    view.resize(300, 400)
    view.set_rows([(f"k{i}", i) for i in range(total)])
    view.show()
    qtbot.waitExposed(view)
    assert view.count() == total and view.model().rowCount() == BATCH  # the first batch only
    assert view.key(total - 1) == f"k{total - 1}" and view.lines.row_of(f"k{total - 1}") == total - 1
    bar = view.verticalScrollBar()
    for _ in range(10):  # scrolled to the end, again and again: the rest comes
        bar.setValue(bar.maximum())
        QApplication.processEvents()
    assert view.model().rowCount() == total
    view.set_rows([(f"k{i}", i) for i in range(total)])  # a new search: the first batch again
    assert view.model().rowCount() == BATCH
    view.setFocus()
    view.setCurrentRow(0)
    for _ in range(total + 5):  # Page Down all the way: the keys reach the very last line
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
        if view.currentRow() == total - 1:
            break
    assert view.currentRow() == total - 1 and view.current_key() == f"k{total - 1}"
    view.set_rows([(f"k{i}", i) for i in range(total)])
    view.setCurrentRow(total - 2)  # chosen by the page (a note found further down)
    assert view.current_key() == f"k{total - 2}" and view.text(total - 2) == f"line {total - 2}"
    view.lines.remove(total - 1)  # beyond what the view has: gone from the list as well
    view.lines.insert_first("new", "new")
    assert view.count() == total and view.key(0) == "new" and view.lines.row_of(f"k{total - 1}") == -1
