"""Safety on a shared screen: F1 for help, coercive control named, renewals kept private."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.test_profile_screens import make_profile


def test_f1_opens_need_help_from_an_exercise_and_not_about(start_app, qtbot, dialogs):
    erfenis = start_app()
    make_profile(erfenis, qtbot)
    window = erfenis.window
    window.profiles.show_exercise("step1")
    step = window.profiles.step_one_page
    step.editor.setFocus()
    qtbot.keyClick(step.editor, Qt.Key.Key_F1)
    assert window.pages.currentWidget() is window.help_page
    assert window.about_dialog is None and not [r for r in dialogs.log if r.kind == "show"]
    window.help_page.back.click()
    assert window.pages.currentWidget() is step
