"""The picker's question "is there a usable system keyring here?" goes to a short-lived child process
(services/keyring_probe.py, ``--keyring-probe``), so the picker's own process never loads keyring,
its Secret Service client and cryptography before a profile is opened (issue 15: peak memory).

Real child processes throughout. The child honours PYTHON_KEYRING_BACKEND as keyring does: the
fail backend is "no keyring"; tests.vault.memory_keyring.MemoryKeyring is a keyring. The pickers
run in a fresh process each, where nothing has loaded keyring yet (this test process has)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked

from erfenis_desktop.services.keyring_probe import AVAILABLE, NONE, UNKNOWN, KeyringProbe

REPO = Path(__file__).resolve().parent.parent
NO_KEYRING = "keyring.backends.fail.Keyring"
A_KEYRING = "tests.vault.memory_keyring.MemoryKeyring"
LOCKED_KEYRING = "tests.test_keyring_probe.LockedKeyring"
NOTE = ("This computer has no system keyring, so your profiles here are protected by your "
        "password alone: choose a strong one.")


class LockedKeyring(KeyringBackend):
    """A Secret Service whose unlock prompt was refused: every call raises."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service, username):
        raise KeyringLocked("the keyring is locked")

    def set_password(self, service, username, password):
        raise KeyringLocked("the keyring is locked")

    def delete_password(self, service, username):
        raise KeyringLocked("the keyring is locked")


def _ask(qtbot, probe: KeyringProbe) -> str:
    with qtbot.waitSignal(probe.answered, timeout=15000) as said:
        probe.start()
    assert said.args == [probe.answer]
    return probe.answer


@pytest.fixture
def keyring_backend(monkeypatch):
    """The backend the child finds (and the tests package on its path, for the test backend)."""
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))

    def use(name: str) -> None:
        monkeypatch.setenv("PYTHON_KEYRING_BACKEND", name)

    return use


# The child's answer ---------------------------------------------------------------------------------
def test_without_a_keyring_the_child_answers_none(qtbot, keyring_backend):
    keyring_backend(NO_KEYRING)
    assert _ask(qtbot, KeyringProbe()) == NONE


def test_with_a_keyring_the_child_answers_available(qtbot, keyring_backend):
    keyring_backend(A_KEYRING)
    assert _ask(qtbot, KeyringProbe()) == AVAILABLE


@pytest.mark.parametrize("program", [
    "print('no keyring here')",  # garbage
    "print(json.dumps({'keyring': 'maybe'}))",  # an answer that is none of ours
    "print(json.dumps({'keyring': 'none'})); sys.exit(3)",  # a child that failed
    "os.abort()",  # a crash
])
def test_a_child_that_gives_no_clean_answer_is_unknown(qtbot, program):
    command = [sys.executable, "-c", f"import json, os, sys; {program}"]
    assert _ask(qtbot, KeyringProbe(command=command)) == UNKNOWN


def test_a_child_that_cannot_start_is_unknown(qtbot, tmp_path):
    assert _ask(qtbot, KeyringProbe(command=[str(tmp_path / "no-such-program")])) == UNKNOWN


def test_a_child_that_hangs_is_unknown_and_killed_after_the_timeout(qtbot):
    probe = KeyringProbe(command=[sys.executable, "-c", "import time; time.sleep(120)"], timeout_ms=300)
    assert _ask(qtbot, probe) == UNKNOWN
    qtbot.waitUntil(lambda: not probe.running(), timeout=5000)  # killed, not left to sleep


def test_a_child_still_running_when_erfenis_quits_is_killed(qtbot):
    probe = KeyringProbe(command=[sys.executable, "-c", "import time; time.sleep(120)"])
    probe.start()
    qtbot.waitUntil(probe.running, timeout=5000)
    probe.stop()  # what the application's aboutToQuit does
    qtbot.waitUntil(lambda: not probe.running(), timeout=5000)
    assert probe.answer == UNKNOWN


# The picker, on the system keyring's path -------------------------------------------------------------
PICKER = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from erfenis_desktop.app import Erfenis
from erfenis_desktop.cli import parse_args
from erfenis_desktop.ui.window.main_window import MainWindow

app = QApplication([sys.argv[0]])
seen = {}


class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if "at_first_paint" not in seen and event.type() == QEvent.Type.Paint and isinstance(obj, MainWindow):
            note = obj.home.profiles.keyring_note
            seen["at_first_paint"] = {"shown": note.isVisible(), "asked": note.probe is not None}
        return False


watch = FirstPaint()
app.installEventFilter(watch)
make_profile = sys.argv[2:] == ["make-a-profile"]
kdf = None
if make_profile:
    from erfenis_desktop.vault.kdf import FastTestKdf

    kdf = FastTestKdf()
erfenis = Erfenis(app, parse_args(["--data-dir", sys.argv[1], "--lang", "en"]), kdf=kdf)
assert erfenis.start() is None
note = erfenis.window.home.profiles.keyring_note


def wait(waited=0):
    if (note.probe is None or note.probe.answer is None) and waited < 20000:
        QTimer.singleShot(20, lambda: wait(waited + 20))
    else:
        QTimer.singleShot(0, report)  # once the answer has been shown


def report():
    if make_profile:  # a profile made and locked again: the vault has asked the keyring itself now
        seen["shown_before_profile"] = note.isVisible()
        unlocked, _code = erfenis.session.vault.create("Sam", "lange wandeling")
        seen["state"] = erfenis.session.vault.known_device_state().status.value
        erfenis.session.enter(unlocked)
        erfenis.session.lock()
    seen.update(answer=note.probe and note.probe.answer, shown=note.isVisible(), text=note.text(),
                loaded=sorted(m for m in ("keyring", "secretstorage", "jeepney", "cryptography", "_hashlib",
                                          "erfenis_desktop.vault.items") if m in sys.modules),
                sources_kept=sorted(f for f in __import__("linecache").cache if "erfenis_desktop" in f))
    print(json.dumps(seen), flush=True)
    app.quit()


wait()
app.exec()
"""


def picker(tmp_path: Path, backend: str, *extra: str) -> dict:
    """Erfenis started in a fresh process on the system keyring's path, until the child has answered."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": backend,
           "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    result = subprocess.run([sys.executable, "-c", PICKER, str(tmp_path / "data"), *extra], env=env, cwd=REPO,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_without_a_keyring_the_picker_says_so_after_its_first_paint(tmp_path):
    seen = picker(tmp_path, NO_KEYRING)
    assert seen["at_first_paint"] == {"shown": False, "asked": False}  # nothing asked before the picker is seen
    assert seen["answer"] == NONE
    assert seen["shown"] and seen["text"] == NOTE


@pytest.mark.parametrize("backend, answer", [(A_KEYRING, AVAILABLE), ("tests.no_such_module.Keyring", UNKNOWN)])
def test_with_a_keyring_or_no_clear_answer_the_picker_says_nothing(tmp_path, backend, answer):
    seen = picker(tmp_path, backend)
    assert seen["answer"] == answer
    assert not seen["shown"]


@pytest.mark.parametrize("backend", [NO_KEYRING, A_KEYRING])
def test_the_picker_never_loads_the_keyring_libraries_itself(tmp_path, backend):
    """Issue 15's memory target: keyring, its Secret Service client and cryptography (some 18 MiB),
    and OpenSSL's library behind ``hashlib`` with the vault's item code (over 3 MiB), wait until a
    profile is opened or made."""
    seen = picker(tmp_path, backend)
    assert seen["loaded"] == []
    assert seen["sources_kept"] == []  # PySide had Python keep the source of every module it looked at


def test_a_locked_keyring_is_a_keyring_before_and_after_a_profile_is_made(tmp_path):
    """No "no keyring" note for a keyring that is there but locked: not at the start, nor once the
    vault, making a profile, found it locked (the unlock screen explains a locked keyring)."""
    seen = picker(tmp_path, LOCKED_KEYRING, "make-a-profile")
    assert seen["answer"] == AVAILABLE and not seen["shown_before_profile"]
    assert seen["state"] == "unavailable"
    assert not seen["shown"]


def test_without_a_keyring_the_note_stays_once_a_profile_is_made(tmp_path):
    seen = picker(tmp_path, NO_KEYRING, "make-a-profile")
    assert seen["state"] == "unavailable"
    assert seen["shown"]
