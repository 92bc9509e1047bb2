"""What is being written survives: notes save themselves, and a kill (SIGTERM) or the desktop's
log-out keeps every draft before Erfenis goes."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import SIGNAL

from tests.test_profile_screens import PASSWORD

NOTE = "Toen ik thuiskwam zei niemand iets, en ik deed alsof het me niets kon schelen."


def _unlocked_notes(erfenis, name="Sam"):
    """A profile (made through the vault, unlocked) with My notes open."""
    unlocked, _code = erfenis.session.vault.create(name, PASSWORD)
    erfenis.session.vault.confirm_recovery_saved(unlocked)
    erfenis.session.enter(unlocked)
    flow = erfenis.window.profiles
    erfenis.window.home.profiles.notes_button.click()
    return flow.notes_page, unlocked


def _stored_notes(erfenis, unlocked) -> list[str]:
    return [t.text for t in unlocked.texts("note")]


def test_a_note_saves_itself_a_few_seconds_after_typing(start_app, qtbot):
    erfenis = start_app()
    page, sam = _unlocked_notes(erfenis)
    page._autosave.setInterval(100)  # (3 s in use)
    qtbot.keyClicks(page.editor, "Wat ik mijn moeder nooit vertelde")
    assert _stored_notes(erfenis, sam) == []  # not at every key
    qtbot.waitUntil(lambda: _stored_notes(erfenis, sam) == ["Wat ik mijn moeder nooit vertelde"], timeout=3000)
    assert not page.editor.document().isModified()
    assert page.list.count() == 1


def test_a_note_is_kept_when_leaving_the_page(start_app, qtbot):
    erfenis = start_app()
    page, sam = _unlocked_notes(erfenis)
    qtbot.keyClicks(page.editor, NOTE)
    erfenis.window.show_help()  # from the middle of a note, without saving
    assert _stored_notes(erfenis, sam) == [NOTE]


def _run_app_and(data, action: str) -> subprocess.CompletedProcess:
    """Erfenis in its own process, as ``main()`` builds it (with the test KDF and no keyring):
    Sam unlocked, a note typed into My notes and not saved, then ``action``."""
    script = f"""
import os, signal, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import keyring.core
from tests.vault.memory_keyring import FailingKeyring
keyring.core._keyring_backend = FailingKeyring()  # no device key, so the test can reopen the profile
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from erfenis_desktop.app import Erfenis
from erfenis_desktop.cli import parse_args
from erfenis_desktop.ui.common.dialogs import Dialogs
from erfenis_desktop.vault.kdf import FastTestKdf
app = QApplication([])
e = Erfenis(app, parse_args(["--data-dir", {str(data)!r}, "--lang", "en"]), Dialogs(responder=lambda r: None),
            kdf=FastTestKdf())
e.quit_on_signals()
assert e.start() is None
unlocked, code = e.session.vault.create("Sam", {PASSWORD!r})
e.session.vault.confirm_recovery_saved(unlocked)
e.session.enter(unlocked)
e.window.profiles.show_notes()
e.window.profiles.notes_page.editor.insertPlainText({NOTE!r})  # saved by itself only after 3 s
QTimer.singleShot(200, lambda: {action})
sys.exit(app.exec())
"""
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                          cwd=os.getcwd(), env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})


def _notes_in(data) -> list[str]:
    from erfenis_desktop.services.vault import VaultService
    from erfenis_desktop.storage.database import open_database
    from erfenis_desktop.vault.kdf import FastTestKdf
    from tests.vault.memory_keyring import FailingKeyring

    db = open_database(data)
    try:
        vault = VaultService(db, kdf=FastTestKdf(), keyring_backend=FailingKeyring())
        unlocked, _ = vault.unlock(vault.profiles()[0].uuid, PASSWORD)
        return [t.text for t in unlocked.texts("note")]
    finally:
        db.close()


def test_sigterm_saves_the_note_being_typed_and_quits_cleanly(tmp_path):
    data = tmp_path / "data"
    result = _run_app_and(data, "os.kill(os.getpid(), signal.SIGTERM)")
    assert result.returncode == 0, result.stderr[-2000:]  # quit, not killed by the signal
    assert _notes_in(data) == [NOTE]
    assert not (data / "erfenis.lock").exists()  # a clean quit lets go of the folder


def test_hangup_of_the_terminal_saves_the_note_too(tmp_path):
    data = tmp_path / "data"
    result = _run_app_and(data, "os.kill(os.getpid(), signal.SIGHUP)")
    assert result.returncode == 0, result.stderr[-2000:]
    assert _notes_in(data) == [NOTE]


def test_the_desktops_log_out_request_keeps_every_draft(start_app, qtbot, qapp):
    signal = SIGNAL("commitDataRequest(QSessionManager&)")
    before = qapp.receivers(signal)
    erfenis = start_app()
    assert qapp.receivers(signal) == before + 1  # Erfenis listens to the desktop's log-out
    page, sam = _unlocked_notes(erfenis)
    qtbot.keyClicks(page.editor, NOTE)
    # What the desktop's session manager makes Qt call (a QSessionManager cannot be made here).
    erfenis.commit_data(None)
    assert not erfenis.session.is_unlocked
    assert page.editor.toPlainText() == ""
    again, _ = erfenis.session.vault.unlock(sam.profile.uuid, PASSWORD)
    assert _stored_notes(erfenis, again) == [NOTE]
