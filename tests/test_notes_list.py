"""My notes with years of notes: the list holds every note at once, newest first, one height per
line, and makes the words only of the lines it shows; opening the page again without a change
keeps the list, and anything written since shows; choosing another note while a new one is
being typed saves the new one on top and opens the one chosen. (How fast: the notes page in
benchmarks/pages.py.)"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from tests.test_profile_screens import make_profile
from tests.test_storage_faults import read_only, writable

MANY = 120


def _notes_page(erfenis, qtbot, count: int = MANY):
    make_profile(erfenis, qtbot)
    u = erfenis.session.current
    for i in range(count):
        u.save_text("note", f"Note {i}\nabout the kitchen")
    erfenis.window.home.profiles.notes_button.click()
    page = erfenis.window.profiles.notes_page
    qtbot.waitUntil(page.isVisible)
    return page


def _firsts(page) -> list[str]:
    return [page.list.text(row).splitlines()[0] for row in range(page.list.count())]


def test_every_note_at_once_newest_first_one_height_words_only_for_what_is_shown(start_app, qtbot):
    erfenis = start_app()
    page = _notes_page(erfenis, qtbot)
    qtbot.waitUntil(lambda: page.list.indexAt(QPoint(6, 6)).isValid())
    page.list.viewport().repaint()
    assert 0 < len(page._labels) < MANY / 2  # a screenful of lines got their words, not every note
    heights = {page.list.visualRect(page.list.lines.index(row)).height() for row in range(4)}
    assert len(heights) == 1 and not page.list.wordWrap()
    notes, _damaged = erfenis.session.current.readable_texts("note")  # oldest first
    assert [page.list.key(row) for row in range(page.list.count())] == [n.uuid for n in reversed(notes)]
    assert sorted(_firsts(page)) == sorted(f"Note {i}" for i in range(MANY))
    assert page.list.currentRow() == -1 and page.editor.toPlainText() == ""  # a new note to write


def test_opening_again_keeps_the_list_and_shows_what_was_written_since(start_app, qtbot):
    erfenis = start_app()
    page = _notes_page(erfenis, qtbot, count=3)
    flow = erfenis.window.profiles
    page.editor.setPlainText("Written here")
    page.save()
    flow.go_home()
    erfenis.window.home.profiles.notes_button.click()
    assert _firsts(page)[0] == "Written here" and sorted(_firsts(page)[1:]) == ["Note 0", "Note 1", "Note 2"]
    flow.go_home()
    erfenis.session.current.save_text("note", "Written elsewhere")  # not on this page
    erfenis.window.home.profiles.notes_button.click()
    assert "Written elsewhere" in _firsts(page) and page.list.count() == 5
    row = _firsts(page).index("Note 2")
    page.list.setCurrentRow(row)
    page.delete()
    flow.go_home()
    erfenis.window.home.profiles.notes_button.click()
    assert sorted(_firsts(page)) == ["Note 0", "Note 1", "Written elsewhere", "Written here"]


def test_choosing_a_note_while_a_new_one_is_typed_keeps_both(start_app, qtbot):
    erfenis = start_app()
    page = _notes_page(erfenis, qtbot, count=3)
    page.editor.setFocus()
    page.editor.insertPlainText("A new thought")  # typed, not saved yet
    chosen = page.list.key(1)
    text = erfenis.session.current.read_text(chosen).text
    page.list.setCurrentRow(1)
    assert _firsts(page)[0] == "A new thought" and page.list.count() == 4  # saved on top
    assert page.list.current_key() == chosen  # and the note chosen is the one marked
    assert page.editor.toPlainText() == text


def _marked(page) -> list[int]:
    return [index.row() for index in page.list.selectionModel().selectedIndexes()]


def test_a_note_clicked_while_a_new_one_is_typed_is_the_line_marked(start_app, qtbot):
    erfenis = start_app()
    page = _notes_page(erfenis, qtbot, count=5)
    page.editor.setFocus()
    qtbot.keyClicks(page.editor, "A new thought")
    chosen = page.list.key(2)
    text = erfenis.session.current.read_text(chosen).text
    at = page.list.visualRect(page.list.lines.index(2)).center()
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=at)  # every line moves down one
    assert _firsts(page)[0] == "A new thought" and page.editor.toPlainText() == text
    assert page.list.current_key() == chosen and _marked(page) == [page.list.currentRow()]


def test_when_the_disk_refuses_the_line_marked_stays_the_note_being_written(start_app, qtbot):
    erfenis = start_app()
    page = _notes_page(erfenis, qtbot, count=5)
    page.editor.setFocus()
    qtbot.keyClicks(page.editor, "A new thought")
    read_only(erfenis)
    at = page.list.visualRect(page.list.lines.index(2)).center()
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert page.editor.toPlainText() == "A new thought" and _marked(page) == []  # no line is this note
    writable(erfenis)
    page.save()
    mine = page.list.current_key()
    assert _firsts(page)[0] == "A new thought" and page.list.currentRow() == 0
    qtbot.keyClicks(page.editor, " and more")
    read_only(erfenis)
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert page.list.current_key() == mine and _marked(page) == [0]
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Down)
    assert page.list.current_key() == mine and _marked(page) == [0]
    assert page.editor.toPlainText().endswith(" and more")
    writable(erfenis)


def test_a_note_saved_twice_in_a_second_shows_its_newest_words(start_app, qtbot):
    erfenis = start_app()
    page = _notes_page(erfenis, qtbot, count=2)
    for text in ("Shoping", "Shopping", "Shopping list"):  # Ctrl+S after each fix (within one second)
        page.editor.selectAll()
        page.editor.insertPlainText(text)
        page.save()
        assert _firsts(page)[0] == text and page.list.count() == 3


def test_a_note_written_elsewhere_while_the_page_is_open_shows_after_a_save_here(start_app, qtbot):
    erfenis = start_app()
    page = _notes_page(erfenis, qtbot, count=2)
    flow = erfenis.window.profiles
    erfenis.session.current.save_text("note", "Written elsewhere")  # while this page shows its list
    page.editor.setPlainText("Written here")
    page.save()
    flow.go_home()
    erfenis.window.home.profiles.notes_button.click()
    assert sorted(_firsts(page)) == ["Note 0", "Note 1", "Written elsewhere", "Written here"]


def test_the_list_kept_still_says_a_note_is_damaged_until_it_is_removed(start_app, qtbot, dialogs):
    from tests.test_damaged_screens import _break

    erfenis = start_app()
    page = _notes_page(erfenis, qtbot, count=2)
    flow = erfenis.window.profiles
    flow.go_home()
    broken = erfenis.session.current.save_text("note", "kapot")
    _break(erfenis, broken)
    erfenis.window.home.profiles.notes_button.click()
    damaged = page.message.text()
    assert "damaged" in damaged and page.list.count() == 2
    page.editor.setPlainText("Written here")
    page.save()
    assert page.message.text() == "Saved."
    flow.go_home()
    erfenis.window.home.profiles.notes_button.click()  # nothing written since: the list is kept
    assert page.message.text() == damaged
    flow.go_home()
    erfenis.window.home.profiles.exercise_buttons["journal"].click()
    journal = flow.journal_page
    journal.list.setCurrentRow([journal.list.key(row) for row in range(journal.list.count())].index(f"damaged:{broken}"))
    dialogs.answer("ask", "remove")
    journal.remove_damaged.click()
    flow.go_home()
    erfenis.window.home.profiles.notes_button.click()
    assert page.message.text() == "" and page.list.count() == 3


def test_the_dates_in_the_lines_follow_a_language_switch(start_app, qtbot):
    erfenis = start_app()
    page = _notes_page(erfenis, qtbot, count=2)
    english = page.list.text(0).splitlines()[1]  # 02/12/2026 04:15
    erfenis.prefs.set_language("nl")
    assert "/" in english
    qtbot.waitUntil(lambda: page.list.text(0).splitlines()[1] == english.replace("/", "-"))  # 02-12-2026 04:15


def test_the_damaged_message_on_a_kept_list_follows_a_language_switch(start_app, qtbot):
    from tests.test_damaged_screens import _break

    erfenis = start_app()
    page = _notes_page(erfenis, qtbot, count=1)
    flow = erfenis.window.profiles
    flow.go_home()
    _break(erfenis, erfenis.session.current.save_text("note", "kapot"))
    erfenis.window.home.profiles.notes_button.click()
    english = page.message.text()
    assert "damaged" in english
    flow.go_home()
    erfenis.prefs.set_language("nl")
    qtbot.waitUntil(lambda: page.title.text() == "Mijn aantekeningen")
    erfenis.window.home.profiles.notes_button.click()  # nothing written since: the list is kept
    assert page.message.text() != english and "beschadigd" in page.message.text()


def test_a_note_removed_by_another_program_during_a_save_here_is_not_kept_in_the_list(start_app, qtbot):
    from tests.test_read_caches import _elsewhere

    erfenis = start_app()
    page = _notes_page(erfenis, qtbot, count=2)
    gone = page.list.key(1)
    conn = erfenis.session.vault.db.conn
    done = []

    def meanwhile(statement: str) -> None:  # another program, at the moment this page saves
        if not done and statement.lstrip().upper().startswith("BEGIN"):  # the save's, before it writes
            done.append(True)
            _elsewhere(erfenis.data_dir, ("DELETE FROM private_item WHERE uuid = ?", (gone,)))

    conn.set_trace_callback(meanwhile)
    try:
        page.editor.setPlainText("Written here")
        page.save()
    finally:
        conn.set_trace_callback(None)
    assert done
    erfenis.window.profiles.go_home()
    erfenis.window.home.profiles.notes_button.click()
    assert gone not in [page.list.key(row) for row in range(page.list.count())]  # read again


def _strings(value, seen=None) -> list[str]:
    """Every text held in ``value`` (containers and plain objects, followed through)."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return []
    seen.add(id(value))
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in _strings(k, seen) + _strings(v, seen)]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [s for v in value for s in _strings(v, seen)]
    if hasattr(value, "__dataclass_fields__"):
        return [s for name in value.__dataclass_fields__ for s in _strings(getattr(value, name), seen)]
    return []


def test_after_a_lock_the_page_holds_no_word_of_any_note(start_app, qtbot):
    erfenis = start_app()
    page = _notes_page(erfenis, qtbot, count=3)
    page.list.viewport().repaint()  # the lines shown got their words
    page.editor.setPlainText("kanarie in the editor")
    page.save()
    held = _strings(page.__dict__) + _strings(page.list.lines.__dict__)
    assert any("kanarie" in text for text in held) and any("Note 1" in text for text in held)
    erfenis.session.lock()
    held = _strings(page.__dict__) + _strings(page.list.lines.__dict__)
    assert not any("kanarie" in text or "Note 1" in text for text in held)
