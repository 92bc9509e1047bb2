"""Quick hide: one key (or the header button) locks every open profile and leaves a neutral screen."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QPlainTextEdit, QWidget

from erfenis_desktop.services.exercises import Run
from erfenis_desktop.ui.common import theme
from tests.test_profile_screens import make_profile, texts_everywhere
from tests.test_together import _linked_and_together, _start, _type

F12 = (Qt.Key.Key_F12, Qt.KeyboardModifier.NoModifier)
CTRL_SHIFT_H = (Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
#: Nothing on the neutral screen may say what the program is for, or whose it is.
GIVEAWAYS = ("erfenis", "partner", "love", "liefde", "relati", "together", "samen", "profile", "profiel",
             "alex", "sam", "hulp", "help")


def _canary() -> str:
    return f"kanarie-{os.urandom(5).hex()}"


def all_texts() -> str:
    """Every text in every window of the application, shown or not."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return "\n".join(texts_everywhere(w) for w in QApplication.topLevelWidgets())


def visible_texts() -> str:
    """What can be seen or heard now: window titles and every widget that is shown."""
    parts = []
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        parts.append(window.windowTitle())
        for w in [window, *window.findChildren(QWidget)]:
            if not w.isVisible():
                continue
            parts += [w.accessibleName(), w.accessibleDescription(), w.toolTip()]
            if isinstance(w, (QLabel, QLineEdit, QAbstractButton)):
                parts.append(w.text())
            if isinstance(w, QPlainTextEdit):
                parts.append(w.toPlainText())
    return "\n".join(parts)


def assert_neutral(erfenis) -> None:
    window = erfenis.window
    assert window.is_hidden and window.neutral.isVisible()
    assert not window.menuBar().isVisible() and not window.app_name.isVisible()
    shown = visible_texts().lower()
    assert [w for w in GIVEAWAYS if w in shown] == []
    assert not erfenis.session.is_unlocked and erfenis.session.partner is None


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_f12_while_typing_a_note_locks_and_leaves_no_private_text(start_app, qtbot, dialogs, lang):
    erfenis = start_app("--lang", lang)
    make_profile(erfenis, qtbot, "Sam")
    unlocked = erfenis.session.current
    canary = _canary()
    erfenis.window.home.profiles.notes_button.click()
    notes = erfenis.window.profiles.notes_page
    notes.editor.setFocus()
    notes.editor.setPlainText(f"Als mijn moeder huilde, ging mijn vader naar de garage. {canary}")
    notes.save()
    notes.editor.insertPlainText(f" nog niet bewaard {canary}")
    assert canary in all_texts()
    told = len(dialogs.log)

    qtbot.keyClick(notes.editor, *F12)

    assert unlocked.is_locked
    assert canary not in all_texts()
    assert not notes.editor.document().isUndoAvailable()
    assert_neutral(erfenis)
    assert len(dialogs.log) == told  # hiding pops up nothing


def test_the_second_key_hides_from_a_step_one_answer(start_app, qtbot):
    erfenis = start_app()
    make_profile(erfenis, qtbot, "Sam")
    flow = erfenis.window.profiles
    u = erfenis.session.current
    flow.exercises.finish(u, flow.exercises.save_run(u, Run(parents=["Mama"])))
    flow.show_exercise("step1")
    step = flow.step_one_page
    canary = _canary()
    step.editor.setFocus()
    step.editor.insertPlainText(f"Mama zat achter de krant. {canary}")
    assert canary in all_texts()

    qtbot.keyClick(step.editor, *CTRL_SHIFT_H)

    assert canary not in all_texts()
    assert_neutral(erfenis)


def test_hiding_in_a_session_together_locks_both_and_clears_both_halves(start_app, qtbot):
    erfenis = start_app()
    flow, page = _linked_and_together(erfenis, qtbot)
    alex, bo = erfenis.session.current, erfenis.session.partner
    together = _start(flow, page)
    mine, theirs = _canary(), _canary()
    _type(qtbot, together.halves[0], f"Bij ons werd gezwegen. {mine}")
    _type(qtbot, together.halves[1], f"Mijn moeder zong. {theirs}")
    together.halves[0].peek.click()  # Alex's own text is readable on screen
    assert mine in all_texts()

    qtbot.keyClick(together.halves[1].editor, *F12)  # from Bo's hidden field, with the focus in it

    assert alex.is_locked and bo.is_locked
    shown = all_texts()
    assert mine not in shown and theirs not in shown
    assert all(h.editor.text() == "" for h in together.halves)
    assert_neutral(erfenis)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_header_button_hides_and_one_deliberate_click_leads_back_to_the_picker(start_app, qtbot, lang):
    erfenis = start_app("--lang", lang)
    make_profile(erfenis, qtbot, "Sam")
    window = erfenis.window
    assert window.hide_button.isVisible() and window.hide_button.accessibleName()
    assert window.windowTitle() == "Erfenis"

    window.hide_button.click()

    assert_neutral(erfenis)
    assert window.windowTitle() not in ("", "Erfenis")  # never empty: Qt would fill in the program's name
    window.neutral.resume.click()
    assert not window.is_hidden and window.windowTitle() == "Erfenis"
    assert window.menuBar().isVisible() and window.app_name.isVisible()
    assert window.pages.currentWidget() is window.home
    picker = window.home.profiles
    assert not erfenis.session.is_unlocked and [b.text() for b in picker.buttons.values()] == ["Sam"]


def test_stray_keys_a_lock_or_the_idle_timer_never_bring_erfenis_back(start_app, qtbot):
    erfenis = start_app()
    make_profile(erfenis, qtbot, "Sam")
    window = erfenis.window
    erfenis.window.profiles.show_exercise("journal")
    qtbot.keyClick(window, *F12)
    assert_neutral(erfenis)
    behind, language = window.pages.currentWidget(), erfenis.prefs.language
    for key, mods in ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier),
                      (Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier),
                      (Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier),
                      (Qt.Key.Key_Up, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
                      (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_F12, Qt.KeyboardModifier.NoModifier)):
        qtbot.keyClick(QApplication.focusWidget() or window, key, mods)
        assert_neutral(erfenis)
        # Nothing changed behind the clock either: the same page, focus on the clock, the
        # language as it was, Erfenis still open.
        assert QApplication.focusWidget() is window.neutral
        assert window.pages.currentWidget() is behind and erfenis.prefs.language == language
        assert window.isVisible()
    erfenis.idle.timer.timeout.emit()  # auto-lock goes home; the neutral screen stays
    assert_neutral(erfenis)
    window.neutral.resumeRequested.emit()  # back: every key works again
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.pages.currentWidget() is window.help_page


def test_hiding_from_about_or_a_profile_window_closes_them(start_app, qtbot):
    erfenis = start_app()
    make_profile(erfenis, qtbot, "Sam")
    window = erfenis.window
    window.show_about()
    about = window.about_dialog
    qtbot.waitUntil(about.isVisible)
    about.activateWindow()
    qtbot.keyClick(about, *F12)  # the About window is modal: the key still works there
    assert not about.isVisible()
    assert_neutral(erfenis)

    window.neutral.resume.click()
    from tests.test_profile_screens import unlock

    unlock(erfenis, qtbot, name="Sam")
    window.home.profiles.buttons["password"].click()
    dialog = window.profiles.action_dialogs[-1]
    field = dialog.fields["new"].edit
    field.setText("een nieuw geheim wachtwoord")
    field.setFocus()
    qtbot.keyClick(field, *F12)
    assert not dialog.isVisible()
    assert "een nieuw geheim wachtwoord" not in all_texts()
    assert_neutral(erfenis)


def test_hiding_from_an_open_message_box_closes_it_and_answers_cancel(start_app, qtbot, dialogs):
    erfenis = start_app()
    make_profile(erfenis, qtbot, "Sam")
    window = erfenis.window
    dialogs.responder = None  # real message boxes, as in the app
    pressed = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, press)
            return
        pressed.append(box)
        box.activateWindow()
        qtbot.keyClick(box, *F12)
        if box.isVisible():  # the key did nothing: close it, so the test fails instead of hanging
            box.reject()

    QTimer.singleShot(0, press)
    answer = dialogs.ask(window, "Samen?", "Wil je dit met je partner delen?",
                         [("share", "Delen"), ("cancel", "Niet nu")], "share")
    assert pressed and answer == "cancel"
    assert not pressed[0].isVisible()
    assert_neutral(erfenis)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_neutral_screen_does_not_wear_erfenis_colours(start_app, qtbot, scheme):
    erfenis = start_app()
    erfenis.prefs.set_color_scheme(scheme)
    window = erfenis.window
    window.quick_hide()
    image = window.neutral.grab().toImage()
    corner = image.pixelColor(5, 5)
    erfenis_window = theme.palette(scheme == "dark").color(QPalette.ColorRole.Window)
    assert corner != erfenis_window
    assert (corner.lightness() < 100) == (scheme == "dark")  # still calm in the chosen scheme
    assert corner == window.neutral.palette().color(QPalette.ColorRole.Window) != QColor()
