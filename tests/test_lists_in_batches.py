"""The journal and My notes lists give the view their lines a batch at a time
(ui/journal/journal_list.py): what a person does with the keys, and what a screen reader and the
privacy checks of the tests read, is still the whole list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from erfenis_desktop.ui.journal.journal_list import BATCH, JournalList
from tests.test_profile_screens import texts_everywhere

TOTAL = 2 * BATCH + 17


def _long_list(qtbot, label=lambda thing: f"line {thing}") -> JournalList:
    view = JournalList(label)
    qtbot.addWidget(view)
    view.resize(300, 400)
    view.set_rows([(f"k{i}", i) for i in range(TOTAL)])
    view.show()
    qtbot.waitExposed(view)
    view.setFocus()
    return view


def test_end_goes_to_the_very_last_line_at_once(qtbot):
    """End (and Ctrl+End) is the last line of the list (where the damaged items are), not the
    last of the lines the view has been given so far."""
    view = _long_list(qtbot)
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.currentRow() == TOTAL - 1 and view.current_key() == f"k{TOTAL - 1}"
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.currentRow() == 0
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert view.currentRow() == TOTAL - 1


def test_typing_a_letter_finds_a_line_further_down(qtbot):
    """Typing the first letters of a line (a note's first words in My notes) goes to it, also
    when it is beyond the first batch."""
    view = _long_list(qtbot, label=lambda thing: ("Zee" if thing == TOTAL - 3 else "Keuken") + f" {thing}")
    qtbot.keyClicks(view, "z")
    assert view.currentRow() == TOTAL - 3


def test_a_screen_reader_hears_how_many_lines_there_are(qtbot):
    """With a screen reader on, the list it reads holds every line (it says "1 of 617", not
    "1 of 300", and the last line it reaches is the last one)."""
    was = QAccessible.isActive()
    QAccessible.setActive(True)
    try:
        view = _long_list(qtbot)
        assert QAccessible.queryAccessibleInterface(view).childCount() == TOTAL
    finally:
        QAccessible.setActive(was)


def test_the_tests_read_every_line_of_a_long_list(qtbot):
    """texts_everywhere (what the privacy tests search for words that must not be shown) reads
    every line of a list, also those not given to the view yet."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    page = QWidget()
    qtbot.addWidget(page)
    view = JournalList(lambda thing: f"line {thing}")
    QVBoxLayout(page).addWidget(view)
    view.set_rows([(f"k{i}", i) for i in range(TOTAL)])
    assert f"line {TOTAL - 1}" in texts_everywhere(page) and f"line {BATCH - 1}" in texts_everywhere(page)
