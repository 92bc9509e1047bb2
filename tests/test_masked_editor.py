"""The hidden writing field: what is typed is kept exactly, and only dots are ever shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QTextCursor

from erfenis_desktop.ui.masked_editor import MaskedEditor, masked


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
