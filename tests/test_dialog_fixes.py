"""Dialogs and the pages that ask something, as a new user met them: Enter presses the button that
has focus; the name and recovery-code fields show what is typed whole; a group of the recovery
code typed back wrongly is named; deleting for good carries no green tick.
Set ERFENIS_PICTURES=<folder> to keep a PNG of each (to look at them)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QProxyStyle, QStyle

from erfenis_desktop.ui.common.dialogs import Dialogs
from tests.test_practice_screens import _unlocked
from tests.test_profile_screens import PASSWORD, fill_in_new_profile


def _look(widget, name: str) -> None:
    folder = os.environ.get("ERFENIS_PICTURES")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(folder) / f"{name}.png"))


def _open_action(erfenis, qtbot, action: str):
    flow = erfenis.window.profiles
    flow.show_action(action)
    dialog = flow.action_dialogs[-1]
    qtbot.waitExposed(dialog)
    return dialog


# Enter ---------------------------------------------------------------------------------------------

def test_enter_on_a_focused_button_of_a_question_presses_that_button(qapp, qtbot):
    dialogs = Dialogs()  # the real message box, answered with the keyboard
    seen = []

    def press_enter_on_keep() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        keep = next(b for b in box.buttons() if b.text() == "Keep it")
        assert box.defaultButton() is not keep  # "Remove" is the default: Enter alone would press that
        keep.setFocus()
        seen.append(box.focusWidget().text())
        qtbot.keyClick(keep, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter_on_keep)
    answer = dialogs.ask(None, "Remove this item?", "It goes for good.",
                         [("remove", "Remove"), ("keep", "Keep it"), ("cancel", "Cancel")], "remove")
    assert seen == ["Keep it"] and answer == "keep"


def test_enter_in_a_profile_window_presses_the_focused_button(start_app, qtbot):
    erfenis = start_app()
    _unlocked(erfenis)
    dialog = _open_action(erfenis, qtbot, "rename")
    dialog.fields["name"].setText("Robin")
    dialog.cancel_button.setFocus()
    qtbot.keyClick(dialog.cancel_button, Qt.Key.Key_Return)
    assert not dialog.isVisible() and erfenis.session.current.profile.name == "Sam"  # Cancel, not Save
    dialog = _open_action(erfenis, qtbot, "rename")
    dialog.fields["name"].setText("Robin")
    qtbot.keyClick(dialog.fields["name"], Qt.Key.Key_Return)  # in the field: the window's own button
    qtbot.waitUntil(lambda: erfenis.session.current.profile.name == "Robin")


def test_enter_on_a_focused_button_of_a_page_presses_it(start_app, qtbot):
    erfenis = start_app()
    vault = erfenis.session.vault
    unlocked, _code = vault.create("Sam", PASSWORD)
    vault.confirm_recovery_saved(unlocked)
    window, flow = erfenis.window, erfenis.window.profiles
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    flow.show_unlock(unlocked.profile.uuid)
    page = flow.unlock_page
    assert flow.pages.currentWidget() is page
    page.forgot.setFocus()
    qtbot.keyClick(page.forgot, Qt.Key.Key_Return)
    assert flow.pages.currentWidget() is flow.recover_page
    flow.recover_page.cancel.setFocus()
    qtbot.keyClick(flow.recover_page.cancel, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert flow.pages.currentWidget() is not flow.recover_page
    window.nav_settings.setFocus()
    qtbot.keyClick(window.nav_settings, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.settings


# Widths ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_name_and_recovery_code_fields_show_what_is_typed_whole(start_app, qtbot, lang):
    erfenis = start_app("--lang", lang)
    u = _unlocked(erfenis)
    longest = "Wolfeschlegelsteinhausenbergerdorffvoral"  # 40 characters: the most a name may have
    code = "7K3M-W9XQ-0PZR-4TNB-88AC-Y2DF-HJ5V-MWQW"
    for scale in (100, 200):
        erfenis.prefs.set_text_scale(scale)
        rename = _open_action(erfenis, qtbot, "rename")
        name = rename.fields["name"]
        name.setText(longest)
        _look(rename, f"dialog-rename-{lang}-{scale}")
        assert name.width() >= name.fontMetrics().averageCharWidth() * 40
        assert name.fontMetrics().horizontalAdvance(longest) <= name.contentsRect().width()
        assert rename.screen().availableGeometry().contains(rename.frameGeometry())
        rename.cancel()
        check = _open_action(erfenis, qtbot, "recovery")
        field = check.fields["code"]
        field.setText(code)
        _look(check, f"dialog-check-code-{lang}-{scale}")
        assert field.fontMetrics().horizontalAdvance(code) <= field.contentsRect().width()
        check.cancel()
    flow = erfenis.window.profiles
    erfenis.session.lock()
    flow.show_recover(u.profile.uuid)
    page = flow.recover_page
    assert flow.pages.currentWidget() is page
    qtbot.waitExposed(page)
    page.code.setText(code)
    _look(page, f"recover-page-{lang}-200")
    assert page.code.fontMetrics().horizontalAdvance(code) <= page.code.contentsRect().width()
    right = page.code.mapTo(page.viewport(), page.code.rect().topRight()).x()
    assert right <= page.viewport().width()  # in view, not beside it
    erfenis.prefs.set_text_scale(100)


# The recovery code, typed back --------------------------------------------------------------------------

def _wrong(group: str) -> str:
    """Another group of four: every character changed."""
    return "".join("1" if c != "1" else "2" for c in group)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_mistyped_group_is_named_plainly_without_giving_the_code_away(start_app, qtbot, lang):
    erfenis = start_app("--lang", lang)
    fill_in_new_profile(erfenis, qtbot)
    page = erfenis.window.profiles.code_page
    groups = page._code.split("-")
    (first, second), (one, two) = page.group_fields, page._indices
    message = page.group_message

    first.setText(groups[one - 1][:3])  # still typing: nothing said yet
    assert not message.isVisibleTo(page)
    first.setText(_wrong(groups[one - 1]))
    assert message.isVisibleTo(page) and str(one) in message.text() and str(two) not in message.text()
    assert not any(g in message.text() for g in groups)  # the code itself is never in the message
    assert first.accessibleDescription() and not second.accessibleDescription()
    second.setText(_wrong(groups[two - 1]))
    assert str(one) in message.text() and str(two) in message.text()
    _look(page, f"recovery-code-wrong-{lang}")
    assert not page.done_button.isEnabled()
    first.setText(groups[one - 1].lower())  # small letters do not matter
    assert str(two) in message.text() and f" {one} " not in f" {message.text()} "
    second.setText(groups[two - 1])
    assert not message.isVisibleTo(page) and page.done_button.isEnabled()
    assert not first.accessibleDescription() and not second.accessibleDescription()


# No green tick on deleting for good ----------------------------------------------------------------------

class _ButtonsWithIcons(QProxyStyle):
    """Like the desktops that give dialog buttons an icon (a green tick on Ok)."""

    def styleHint(self, hint, option=None, widget=None, data=None):
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, data)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_delete_for_good_has_no_tick_and_is_marked_destructive(start_app, qtbot, qapp, lang):
    erfenis = start_app("--lang", lang)
    _unlocked(erfenis)
    qapp.setStyle(_ButtonsWithIcons("Fusion"))
    try:
        dialog = _open_action(erfenis, qtbot, "delete")
        _look(dialog, f"dialog-delete-{lang}")
        ok = dialog.ok_button
        assert ok.icon().isNull() and dialog.cancel_button.icon().isNull()
        assert dialog.buttons.buttonRole(ok) == QDialogButtonBox.ButtonRole.DestructiveRole
        assert ok.text() == ("Delete for good" if lang == "en" else ok.text()) and ok.objectName() == "destructive"
        erfenis.prefs.set_color_scheme("dark")  # the style is set again: still no icon
        assert ok.icon().isNull()
        dialog.cancel()
    finally:
        erfenis.prefs.set_color_scheme("light")
