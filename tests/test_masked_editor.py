"""The hidden writing field: what is typed is kept exactly, and only dots are ever shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QTextCursor

from erfenis_desktop.ui.common.masked_editor import MaskedEditor, masked


@pytest.fixture
def editor(qtbot):
    e = MaskedEditor()
    qtbot.addWidget(e)
    e.show()
    e.setFocus()
    return e


def _type(qtbot, e, text):
    for c in text:
        if c == "\n":
            qtbot.keyClick(e, Qt.Key.Key_Return)
        else:
            qtbot.keyClicks(e, c)


def _at(e, position, anchor=None):
    c = e.textCursor()
    c.setPosition(position if anchor is None else anchor)
    if anchor is not None:
        c.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
    e.setTextCursor(c)


def _shows_only_dots(e):
    return set(e.toPlainText()) <= {"•", "\n"} and len(e.toPlainText()) == len(e.text())


def test_typing_keeps_the_text_and_shows_dots(qtbot, editor):
    _type(qtbot, editor, "ab\ncd")
    assert editor.text() == "ab\ncd" and editor.toPlainText() == "••\n••"
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor, Qt.Key.Key_Left)
    qtbot.keyClicks(editor, "X")
    assert editor.text() == "ab\nXc" and _shows_only_dots(editor)


@pytest.mark.parametrize("where, selection, expected", [
    (0, None, "xyabcd"),  # at the very start (Qt reports the whole block changed there)
    (2, None, "abxycd"),
    (2, 0, "xycd"),  # over a selection
    (4, None, "abcdxy"),
])
def test_pasting_anywhere_keeps_the_real_text(qtbot, editor, where, selection, expected):
    _type(qtbot, editor, "abcd")
    _at(editor, where, selection)
    QGuiApplication.clipboard().setText("xy")
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == expected and _shows_only_dots(editor)


def test_a_drop_at_the_start_keeps_the_real_text(qtbot, editor):
    _type(qtbot, editor, "abcd")
    _at(editor, 0)
    data = QMimeData()
    data.setText("é😀")
    editor.insertFromMimeData(data)
    assert editor.text() == "é😀abcd" and _shows_only_dots(editor)


def test_an_input_method_commit_is_kept_and_its_composition_not_shown(qtbot, editor):
    _type(qtbot, editor, "ab")
    QGuiApplication.sendEvent(editor, QInputMethodEvent("geheim", []))  # composing: not drawn
    assert editor.text() == "ab" and _shows_only_dots(editor)
    event = QInputMethodEvent("", [])
    event.setCommitString("é")
    QGuiApplication.sendEvent(editor, event)
    assert editor.text() == "abé" and _shows_only_dots(editor)


def test_peeking_keeps_the_cursor_after_an_emoji(qtbot, editor):
    editor.insertFromMimeData(_mime("Ik 😀 jij"))
    _at(editor, 4)  # just after the emoji
    editor.set_hidden(False)
    qtbot.keyClicks(editor, "!")
    assert editor.text() == "Ik 😀! jij"
    editor.set_hidden(True)
    assert _shows_only_dots(editor)


def test_copying_or_cutting_while_hidden_gives_nothing_away_and_loses_nothing(qtbot, editor):
    _type(qtbot, editor, "geheim")
    QGuiApplication.clipboard().setText("")
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert "geheim" not in QGuiApplication.clipboard().text()
    assert editor.text() == "geheim"
    assert editor.createMimeDataFromSelection().text() == ""  # a drag carries nothing either


def test_ctrl_backspace_deletes_one_word_not_everything(qtbot, editor):
    _type(qtbot, editor, "ik hoor je")
    qtbot.keyClick(editor, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == "ik hoor "


def test_a_change_behind_the_fields_back_is_put_back(qtbot, editor):
    _type(qtbot, editor, "abc")
    editor.document().setPlainText("xyz")  # e.g. a drag-move inside the field
    assert editor.text() == "abc" and editor.toPlainText() == masked("abc")


def test_typing_the_dot_itself_is_kept(qtbot, editor):
    _type(qtbot, editor, "a")
    _at(editor, 0)
    editor.insertFromMimeData(_mime("•"))
    assert editor.text() == "•a"


def _mime(text):
    data = QMimeData()
    data.setText(text)
    return data


def test_what_was_copied_while_peeking_leaves_the_clipboard_when_hidden_again(qtbot, editor):
    _type(qtbot, editor, "mijn geheim")
    editor.set_hidden(False)
    editor.selectAll()
    editor.copy()
    assert QGuiApplication.clipboard().text() == "mijn geheim"
    editor.set_hidden(True)
    assert QGuiApplication.clipboard().text() == ""
    QGuiApplication.clipboard().setText("iets anders")  # someone else's copy is left alone
    editor.clear_text()
    assert QGuiApplication.clipboard().text() == "iets anders"


# Delete, input methods, the context menu and line breaks, checked against what Qt's own
# field does with the same input: the hidden text must come out the same, only as dots.

def _plain_field(qtbot, text, position, anchor=None):
    """An ordinary text field holding ``text``: how Qt itself answers the same input."""
    from PySide6.QtWidgets import QPlainTextEdit

    plain = QPlainTextEdit()
    qtbot.addWidget(plain)
    plain.setPlainText(text)
    _at(plain, position, anchor)
    return plain


@pytest.mark.parametrize("position, anchor, modifier, expected", [
    (1, None, None, "acd"),  # the letter after the cursor, not the one before it
    (0, None, None, "bcd"),
    (4, None, None, "abcd"),  # nothing after the cursor: nothing goes
    (3, 1, None, "ad"),  # a selection goes, not one letter more
    (1, None, Qt.KeyboardModifier.ControlModifier, "a"),  # Ctrl+Delete: to the end of the word
])
def test_delete_removes_forwards(qtbot, editor, position, anchor, modifier, expected):
    editor.set_text("abcd")
    _at(editor, position, anchor)
    plain = _plain_field(qtbot, "abcd", position, anchor)
    for field in (editor, plain):
        qtbot.keyClick(field, Qt.Key.Key_Delete, modifier or Qt.KeyboardModifier.NoModifier)
    assert plain.toPlainText() == expected  # the rule, as any field keeps it
    assert editor.text() == expected and _shows_only_dots(editor)
    assert editor.textCursor().position() == min(position, anchor if anchor is not None else position)


def test_delete_twice_in_a_sentence(qtbot, editor):
    _type(qtbot, editor, "ik hoor je")
    _at(editor, 3)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert editor.text() == "ik or je"
    qtbot.keyClicks(editor, "ho")
    assert editor.text() == "ik hoor je" and _shows_only_dots(editor)


def _commit(field, text, start=0, length=0):
    event = QInputMethodEvent("", [])
    event.setCommitString(text, start, length)
    QGuiApplication.sendEvent(field, event)


@pytest.mark.parametrize("position, anchor, commit, start, length, expected", [
    (4, None, "X", -2, 2, "abX"),  # "cd" is replaced by the committed word (autocorrect)
    (4, None, "Y", -1, 0, "abcYd"),  # inserted one letter before the cursor
    (4, None, "", -1, 1, "abc"),  # an input method deleting the letter before the cursor
    (2, None, "Q", 1, 1, "abcQ"),  # a range after the cursor
    (0, None, "Q", -3, 1, "Qbcd"),  # a start before the text: Qt stays at the cursor
    (4, None, "W", -9, 2, "abcdW"),  # a range outside the text: nothing is replaced
    (3, 1, "Z", 0, 0, "aZd"),  # a selection is replaced
    (3, 1, "Z", -1, 1, "Zd"),  # a selection goes first, then the range counts from the cursor
])
def test_an_input_methods_replacement_range_is_honoured(qtbot, editor, position, anchor, commit, start, length,
                                                        expected):
    editor.set_text("abcd")
    _at(editor, position, anchor)
    plain = _plain_field(qtbot, "abcd", position, anchor)
    for field in (editor, plain):
        _commit(field, commit, start, length)
    assert plain.toPlainText() == expected  # what Qt's own field does
    assert editor.text() == expected and _shows_only_dots(editor)


def test_an_autocorrected_word_is_replaced_in_the_hidden_text(qtbot, editor):
    _type(qtbot, editor, "ik hoot je")
    _at(editor, 7)  # after "hoot", as the input method sees it
    _commit(editor, "hoor", -4, 4)
    assert editor.text() == "ik hoor je" and _shows_only_dots(editor)
    qtbot.keyClicks(editor, "!")
    assert editor.text() == "ik hoor! je"  # the cursor is after the replaced word


def _open_menus():
    from PySide6.QtWidgets import QApplication, QMenu

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]


def _close_menus():
    for menu in _open_menus():
        menu.close()


def _right_click(editor):
    from PySide6.QtGui import QContextMenuEvent

    at = editor.viewport().rect().center()
    QGuiApplication.sendEvent(editor.viewport(),
                              QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, editor.viewport().mapToGlobal(at)))


def test_no_context_menu_while_hidden(qtbot, editor):
    from PySide6.QtWidgets import QApplication

    _type(qtbot, editor, "geheim")
    editor.selectAll()
    try:
        _right_click(editor)
        assert _open_menus() == [] and QApplication.activePopupWidget() is None
        qtbot.keyClick(editor, Qt.Key.Key_Menu)  # the menu key on the keyboard
        assert _open_menus() == [] and QApplication.activePopupWidget() is None
        editor.set_hidden(False)  # peeking: the writer's own text has the usual menu
        _right_click(editor)
        assert len(_open_menus()) == 1
    finally:
        _close_menus()
    assert editor.text() == "geheim"


@pytest.mark.parametrize("pasted, expected", [
    ("een\r\ntwee", "een\ntwee"),  # Windows
    ("een\rtwee", "een\ntwee"),  # old Macs
    ("een\ntwee", "een\ntwee"),
    ("Lieve Bo,\r\n\r\nik hoor je.\r\n", "Lieve Bo,\n\nik hoor je.\n"),  # an empty line stays one empty line
    ("een\n\rtwee", "een\n\ntwee"),  # LF then CR: two line breaks, as in any field
    ("een\u2029twee\u2028drie", "een\ntwee\ndrie"),  # paragraph and line separators
])
def test_line_breaks_pasted_while_hidden_become_one_newline_each(qtbot, editor, pasted, expected):
    _type(qtbot, editor, "ab")
    _at(editor, 1)
    plain = _plain_field(qtbot, "ab", 1)
    plain.insertFromMimeData(_mime(pasted))
    QGuiApplication.clipboard().setText(pasted)
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert plain.toPlainText() == "a" + expected + "b"  # what a person sees in any field
    assert editor.text() == "a" + expected + "b"
    assert editor.toPlainText() == masked("a" + expected + "b") and _shows_only_dots(editor)
    editor.set_hidden(False)  # peeking shows exactly that text
    assert editor.toPlainText() == editor.text() == "a" + expected + "b"


def test_a_dropped_crlf_text_is_kept_with_single_newlines(qtbot, editor):
    editor.insertFromMimeData(_mime("ik\r\nhoor\rje"))
    assert editor.text() == "ik\nhoor\nje" and editor.toPlainText() == "••\n••••\n••"
