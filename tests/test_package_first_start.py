"""The first minute (issue 16, §3): from the very first start, with no settings saved, Erfenis
follows the system's text size and its dark or light mode, and follows a change of mode while it
runs. Each case is a fresh process: a first start is once per process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

REPO = Path(__file__).resolve().parent.parent

PROBE = r"""
import sys
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from erfenis_desktop.app import Erfenis
from erfenis_desktop.cli import parse_args
from erfenis_desktop.ui.common import theme

data_dir, point_size, scheme = sys.argv[1], float(sys.argv[2]), sys.argv[3]
app = QApplication([sys.argv[0]])
font = QFont(app.font())
font.setPointSizeF(point_size)  # what the desktop's text size gives every program
app.setFont(font)


class System:  # the desktop's light or dark mode (Qt's offscreen platform has none of its own)
    scheme = Qt.ColorScheme.Dark if scheme == "dark" else Qt.ColorScheme.Light

    def colorScheme(self):
        return self.scheme


class Gui:
    @staticmethod
    def styleHints():
        return System()


theme.QGuiApplication = Gui
erfenis = Erfenis(app, parse_args(["--data-dir", data_dir, "--lang", "en"]))
assert erfenis.start() is None
label = erfenis.window.findChild(__import__("PySide6.QtWidgets").QtWidgets.QLabel)
print("start", app.font().pointSizeF(), app.palette().window().color().name(), label.font().pointSizeF())
System.scheme = Qt.ColorScheme.Light if scheme == "dark" else Qt.ColorScheme.Dark  # the desktop switches
app.styleHints().colorSchemeChanged.emit(System.scheme)
print("switched", app.font().pointSizeF(), app.palette().window().color().name())
erfenis.shutdown()
"""

LIGHT, DARK = "#f7f3ee", "#1d1a18"  # theme.py: the window colour of each palette


def first_start(tmp_path: Path, point_size: float, scheme: str) -> dict[str, list[str]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "c"),
           "XDG_DATA_HOME": str(tmp_path / "d"), "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    env.pop("ERFENIS_DATA_DIR", None)
    result = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "data"), str(point_size), scheme],
                            env=env, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return {line.split()[0]: line.split()[1:] for line in result.stdout.splitlines() if line.split()}


@pytest.mark.parametrize("scheme, first, then", [("dark", DARK, LIGHT), ("light", LIGHT, DARK)])
def test_the_first_start_follows_the_systems_mode_and_its_changes(tmp_path, scheme, first, then):
    seen = first_start(tmp_path, 12, scheme)
    assert seen["start"][1] == first
    assert seen["switched"][1] == then


def test_the_first_start_follows_the_systems_text_size(tmp_path):
    """A desktop set to large text (16 pt) gets 16 pt in Erfenis, labels too; never below 11 pt."""
    large = first_start(tmp_path / "large", 16, "light")
    assert float(large["start"][0]) == 16 and float(large["start"][2]) >= 16
    small = first_start(tmp_path / "small", 8, "light")
    assert float(small["start"][0]) == 11


# No system keyring: the first screen says what that means ------------------------------------------

def _note(erfenis):
    return erfenis.window.home.profiles.keyring_note


def test_without_a_keyring_the_picker_says_the_password_alone_protects(start_app, qtbot, monkeypatch):
    import keyring.core

    from tests.test_profile_screens import make_profile
    from tests.vault.memory_keyring import FailingKeyring

    monkeypatch.setattr(keyring.core, "_keyring_backend", FailingKeyring())
    erfenis = start_app()
    note = _note(erfenis)
    qtbot.waitUntil(note.isVisible, timeout=5000)
    assert note.text() == ("This computer has no system keyring, so your profiles here are protected by your "
                           "password alone: choose a strong one.")
    assert note.textFormat() == Qt.TextFormat.PlainText
    make_profile(erfenis, qtbot)  # profiles still work; the open home does not repeat it
    assert erfenis.session.is_unlocked and not note.isVisible()
    erfenis.session.lock()
    qtbot.waitUntil(note.isVisible, timeout=5000)  # back on the picker


def test_with_a_keyring_the_picker_says_nothing_about_it(start_app, qtbot):
    erfenis = start_app()
    qtbot.waitUntil(lambda: erfenis.session.vault.known_device_state() is not None, timeout=5000)
    assert not _note(erfenis).isVisible()


def test_the_demo_says_nothing_about_a_keyring(start_app, qtbot):
    """The demo uses no keyring on purpose (it leaves nothing behind): that is not the computer's."""
    erfenis = start_app("--demo")
    qtbot.waitUntil(lambda: erfenis.session.vault.known_device_state() is not None, timeout=5000)
    QCoreApplication.processEvents()  # the answer's signal, queued from the worker, is delivered
    assert not _note(erfenis).isVisible()
