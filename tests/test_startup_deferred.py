"""The picker's first paint waits for nothing it does not show (issue 15, start-up): the daily
backups, the keyring's child process, the menus' items, the transfer items and the keeper of
focus are made right after it. Nobody meets the window half-built: quick hide and every other key
work from the start, and whatever asks for a deferred part gets the window finished first."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

REPO = Path(__file__).resolve().parent.parent

#: Loaded at the picker's first paint, they would make it later.
LAZY = ("erfenis_desktop.services.backups", "erfenis_desktop.storage.backups",
        "erfenis_desktop.services.keyring_probe", "erfenis_desktop.ui.common.announce",
        "erfenis_desktop.ui.transfer")

CHILD = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from erfenis_desktop.app import Erfenis
from erfenis_desktop.cli import parse_args
from erfenis_desktop.ui.window.main_window import MainWindow

LAZY = json.loads(sys.argv[2])
seen = {}


class Watch(QObject):
    def eventFilter(self, obj, event):
        if "at_paint" not in seen and event.type() == QEvent.Type.Paint:
            seen["at_paint"] = {"loaded": [m for m in LAZY if m in sys.modules],
                                "deferred": sorted(n for n in ("transfer", "page_focus", "act_about", "act_workshop")
                                                   if n in erfenis.window.__dict__)}
        return False


app = QApplication([sys.argv[0]])
erfenis = Erfenis(app, parse_args(["--data-dir", sys.argv[1], "--lang", "en"]))
assert erfenis.start() is None
watch = Watch()
erfenis.window.installEventFilter(watch)  # on the window alone, as benchmarks/_first_paint.py does


def report():
    window = erfenis.window
    items = [a.text() for a in window.__dict__.get("file_menu", window.menuBar()).actions()]
    seen["after"] = {"items": items, "backups": erfenis.session.backups is not None,
                     "transfer": "transfer" in window.__dict__}
    print(json.dumps(seen), flush=True)
    app.quit()


QTimer.singleShot(3000, report)  # the callbacks after the first paint have long run by then
app.exec()
"""


def _start(data: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    out = None
    for _ in range(2):  # the first start checks the content files and keeps the result
        out = subprocess.run([sys.executable, "-c", CHILD, str(data), json.dumps(LAZY)], env=env, cwd=REPO,
                             capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_first_paint_waits_for_nothing_the_picker_does_not_show_and_then_the_window_is_whole(tmp_path):
    seen = _start(tmp_path / "data")
    assert seen["at_paint"] == {"loaded": [], "deferred": []}
    after = seen["after"]
    assert after["transfer"] and after["backups"]
    assert after["items"][:3] == ["&Home", "&Settings…", "&Lock profile"]
    assert "H&ide everything at once" in after["items"] and after["items"][-1] == "&Quit"


def test_a_deferred_part_asked_for_before_the_first_paint_finishes_the_window_first(start_app):
    erfenis = start_app()
    window = erfenis.window
    assert not window._finished  # not yet painted: the picker alone
    texts = [a.text() for a in window.file_menu.actions()]  # asked for: the window is finished first
    assert window._finished
    assert "H&ide everything at once" in texts and texts[-1] == "&Quit"
    assert window.transfer is not None and window.page_focus is not None


def test_every_key_is_there_before_the_first_paint_and_quick_hide_works_with_the_first_key(start_app, qtbot):
    """Quick hide is a safety feature: its keys (and Ctrl+L, Ctrl+Q, F1) are never among what waits."""
    erfenis = start_app()
    window = erfenis.window
    assert not window._finished
    keys = {k.toString() for a in window.actions() for k in a.shortcuts()}
    assert {"F12", "Ctrl+Shift+H", "Ctrl+L", "Ctrl+Q", "F1"} <= keys
    window.activateWindow()  # a window gets keys once it is active: the first key it can get
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F12)
    assert window.is_hidden and window.screens.currentWidget() is window.neutral


def test_the_second_quick_hide_key_and_help_work_with_the_first_key(start_app, qtbot):
    erfenis = start_app()
    window = erfenis.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.pages.currentWidget() is window.help_page
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.is_hidden


def test_an_opened_menu_is_whole_even_before_the_first_paint(start_app):
    erfenis = start_app()
    window = erfenis.window
    menu = window.menuBar().actions()[0].menu()
    menu.aboutToShow.emit()  # as when it is opened by a click or its Alt letter
    assert window._finished and [a for a in menu.actions() if a.text() == "&Quit"]
