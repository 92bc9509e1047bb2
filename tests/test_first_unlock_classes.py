"""The first unlock after a start does not make PySide build every Qt class there is.

PySide creates a Qt class (with all its enums, as Python enum classes) the first time Python
meets it. A signal that hands Python a QObject being destroyed made it look for the object's
most derived type among *every* QObject class, building each one: some 140 enum classes and
50–90 ms in the first unlock's turns (its key work ends in such a signal). In a fresh process,
after a profile was opened through the unlock page, classes Erfenis never uses are still not
built."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

#: Qt classes no screen of Erfenis uses (each was built by that search).
UNUSED = ("QSharedMemory", "QSystemSemaphore", "QTimeLine", "QPdfWriter", "QMovie", "QTabWidget")

CHILD = r"""
import json, sys
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from erfenis_desktop.app import Erfenis
from erfenis_desktop.cli import parse_args
from erfenis_desktop.ui.common.dialogs import Dialogs
from erfenis_desktop.vault.kdf import FastTestKdf

PASSWORD = "een lange wandeling langs de zee"
app = QApplication([sys.argv[0]])
erfenis = Erfenis(app, parse_args(["--data-dir", sys.argv[1], "--lang", "en"]), Dialogs(responder=lambda r: None),
                  kdf=FastTestKdf())
assert erfenis.start() is None
vault = erfenis.session.vault
unlocked, _code = vault.create("Sam", PASSWORD)
vault.confirm_recovery_saved(unlocked)
uuid = unlocked.profile.uuid
unlocked.lock()
erfenis.session.changed.emit()
flow = erfenis.window.profiles
modules = (QtCore, QtGui, QtWidgets)


def built():
    return sorted(name for name in json.loads(sys.argv[2]) if any(name in vars(m) for m in modules))


def unlock():
    seen["before"] = built()
    flow.show_unlock(uuid)
    flow.unlock_page.password.edit.setText(PASSWORD)
    flow.unlock_page.go.click()
    QTimer.singleShot(50, wait)


def wait():
    if not erfenis.session.is_unlocked or erfenis.session._running:
        QTimer.singleShot(50, wait)  # the key work and its clean-up
        return
    QTimer.singleShot(300, report)  # and whatever the unlock put off


def report():
    seen["after"] = built()
    seen["unlocked"] = erfenis.session.is_unlocked
    print(json.dumps(seen), flush=True)
    erfenis.shutdown()
    app.quit()


seen = {}
QTimer.singleShot(500, unlock)  # once the start-up's own work is done
app.exec()
"""


def test_the_first_unlock_builds_no_qt_class_erfenis_does_not_use(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    out = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "data"), json.dumps(UNUSED)], env=env,
                         cwd=REPO, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["unlocked"]
    assert seen["before"] == [] and seen["after"] == []
