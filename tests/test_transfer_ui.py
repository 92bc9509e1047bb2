"""Take home through the screens: the Erfenis menu's "Take my work home…" and "Import from a
file…", with every question and file chooser answered by ScriptedDialogs."""

from __future__ import annotations

import stat

import shiboken6
from PySide6.QtWidgets import QAbstractButton

from tests.test_profile_screens import PASSWORD, make_profile, unlock, wait_for_background_work


def _export_dialog(erfenis, dialogs):
    menu = erfenis.window.transfer
    assert menu.act_export.isVisible() and menu.act_export.isEnabled()
    menu.act_export.trigger()
    assert dialogs.log[-1].kind == "show" and dialogs.log[-1].text == "takeHomeExport"
    return menu.dialog


def _wait(erfenis, qtbot, dialog):
    qtbot.waitUntil(lambda: not dialog.work.running, timeout=10000)
    wait_for_background_work(erfenis, qtbot)


def test_take_home_and_bring_in_through_the_screens(start_app, qtbot, dialogs, tmp_path):
    erfenis = start_app()
    menu = erfenis.window.transfer
    assert not menu.act_export.isVisible() and menu.act_import.isVisible()  # nothing unlocked: only import
    make_profile(erfenis, qtbot, "Sam")
    note = erfenis.session.current.save_text("note", "De zwaluw kwam elk voorjaar terug.")
    target = tmp_path / "sam.erfenis"

    dialog = _export_dialog(erfenis, dialogs)
    assert "Your recovery code keeps working there." in dialog.intro.text()
    assert not dialog.repeat.isVisible()  # own password, typed once
    # A wrong password for "my own password": said, counted like an unlock, and no file.
    dialog.password.edit.setText("niet mijn wachtwoord")
    dialogs.answer("ask", "save")
    dialogs.answer("save_file", target)
    dialog.ok_button.click()
    asked = [r for r in dialogs.log if r.kind == "ask"][-1]
    assert asked.title == "What the file holds"
    assert "only its password opens it" in asked.text
    for line in ("• Whose work: Sam", "• 1 text or answer"):
        assert line in asked.text
    _wait(erfenis, qtbot, dialog)
    assert dialog.message.isVisible() and dialog.message.text() == "That password is not right."
    assert not target.exists() and dialog.password.text() == ""
    # The right one: saved, 0600, and said where.
    dialog.password.edit.setText(PASSWORD)
    dialogs.answer("ask", "save")
    dialogs.answer("save_file", tmp_path / "sam")  # no suffix typed: Erfenis adds it
    dialog.ok_button.click()
    _wait(erfenis, qtbot, dialog)
    # Closed (and, once the event loop got to it, deleted: the menu lets a closed window go).
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert target.exists() and stat.S_IMODE(target.stat().st_mode) == 0o600
    told = dialogs.log[-1]
    assert told.kind == "inform" and told.title == "Your work is saved" and str(target) in told.text
    assert b"zwaluw" not in target.read_bytes()
    erfenis.session.lock()
    assert not menu.act_export.isVisible()

    # Another computer: its own data folder.
    other = start_app("--data-dir", str(tmp_path / "other computer"))
    menu = other.window.transfer
    menu.act_import.trigger()
    importer = menu.dialog
    assert dialogs.log[-1].kind == "show" and dialogs.log[-1].text == "takeHomeImport"
    importer.ok_button.click()
    assert importer.message.text() == "First choose the file to import."
    dialogs.answer("open_file", target)
    importer.choose.click()
    assert importer.file_name.text() == "sam.erfenis"
    importer.password.edit.setText("fout wachtwoord")
    importer.ok_button.click()
    _wait(other, qtbot, importer)
    assert importer.message.text() == "That password is not right." and other.session.vault.profiles() == []
    importer.password.edit.setText(PASSWORD)  # at once: no wait, no lock-out
    importer.ok_button.click()
    _wait(other, qtbot, importer)
    told = dialogs.log[-1]
    assert told.kind == "inform" and told.title == "Imported"
    assert "Sam is now in this Erfenis. Unlock it with the password of the file." in told.text
    assert [p.name for p in other.session.vault.profiles()] == ["Sam"]
    unlock(other, qtbot, PASSWORD, "Sam")
    assert other.session.is_unlocked and other.session.current.read_text(note).text == \
        "De zwaluw kwam elk voorjaar terug."

    # The same file again: nothing added, and said so.
    other.session.lock()
    menu.act_import.trigger()
    importer = menu.dialog
    dialogs.answer("open_file", target)
    importer.choose.click()
    importer.password.edit.setText(PASSWORD)
    importer.ok_button.click()
    _wait(other, qtbot, importer)
    told = dialogs.log[-1]
    assert told.title == "Nothing was imported" and "Sam was already here exactly like this" in told.text
    assert len(other.session.vault.profiles()) == 1


def test_a_damaged_file_is_refused_in_words_and_changes_nothing(start_app, qtbot, dialogs, tmp_path):
    erfenis = start_app()
    make_profile(erfenis, qtbot, "Sam")
    target = tmp_path / "sam.erfenis"
    erfenis.window.transfer.act_export.trigger()
    dialog = erfenis.window.transfer.dialog
    dialog.new.setChecked(True)  # a new password for the file, typed twice (and one's own, once)
    assert dialog.repeat.isVisible() or not dialog.isVisible()
    dialog.current.edit.setText(PASSWORD)
    dialog.password.edit.setText("een nieuw wachtwoord")
    dialog.repeat.edit.setText("een ander wachtwoord")
    dialog.ok_button.click()
    assert dialog.message.text() == "The two passwords are not the same."
    dialog.repeat.edit.setText("een nieuw wachtwoord")
    dialogs.answer("ask", "save")
    dialogs.answer("save_file", target)
    dialog.ok_button.click()
    _wait(erfenis, qtbot, dialog)
    erfenis.session.lock()
    raw = bytearray(target.read_bytes())
    raw[len(raw) // 2] ^= 0x40
    broken = tmp_path / "broken.erfenis"
    broken.write_bytes(bytes(raw))
    cut = tmp_path / "cut.erfenis"
    cut.write_bytes(bytes(raw[:200]))
    other = start_app("--data-dir", str(tmp_path / "other computer"))
    for path in (broken, cut):
        other.window.transfer.act_import.trigger()
        importer = other.window.transfer.dialog
        dialogs.answer("open_file", path)
        importer.choose.click()
        importer.password.edit.setText("een nieuw wachtwoord")
        importer.ok_button.click()
        _wait(other, qtbot, importer)
        assert importer.isVisible() and importer.message.text().startswith(
            "This file is damaged, incomplete or was changed after Erfenis saved it")
        assert "Nothing was imported." in importer.message.text()
        importer.cancel()
    assert other.session.vault.profiles() == []


def test_locking_closes_the_export_window_and_forgets_the_password(start_app, qtbot, dialogs):
    erfenis = start_app()
    make_profile(erfenis, qtbot, "Sam")
    dialog = _export_dialog(erfenis, dialogs)
    dialog.password.edit.setText(PASSWORD)
    erfenis.window.quick_hide()
    assert not dialog.isVisible() and dialog.password.text() == ""
    assert not erfenis.window.transfer.act_export.isVisible()


def test_together_each_takes_their_own_file_through_the_screens(start_app, qtbot, dialogs, tmp_path):
    """Two people on one screen: the window saves only the work of the one whose window it is
    (one file for two would give each the other's key), with their own password."""
    from tests.test_dans_view import _unlock_demo

    erfenis = start_app("--demo")
    first = _unlock_demo(erfenis, 0)
    vault = erfenis.session.vault
    second = vault.profiles()[1]
    partner, _ = vault.unlock(second.uuid, erfenis.session.demo_passwords[second.uuid])
    erfenis.session.enter_partner(partner)
    dialog = _export_dialog(erfenis, dialogs)
    assert dialog.people() == [first] and dialog.own.isEnabled()
    assert not any(partner.profile.name in w.text() for w in dialog.findChildren(QAbstractButton))
    dialog.password.edit.setText(erfenis.session.demo_passwords[first.profile.uuid])
    target = tmp_path / "eigen.erfenis"
    dialogs.answer("ask", "save")
    dialogs.answer("save_file", target)
    dialog.ok_button.click()
    asked = [r for r in dialogs.log if r.kind == "ask"][-1]
    assert f"• Whose work: {first.profile.name}" in asked.text and partner.profile.name not in asked.text
    _wait(erfenis, qtbot, dialog)
    assert target.exists() and dialogs.log[-1].title == "Your work is saved"
