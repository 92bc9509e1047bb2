"""The presenter view (issue 13, section 3): the part now on in large text and its countdown,
on the second screen when there is one (a virtual second screen of Qt's offscreen platform,
in a process of its own), else full screen; the notes only on the laptop's control window;
keys; the end seen (and heard only when asked); a timer that outlives pages and locks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QPlainTextEdit, QWidget

from erfenis_desktop.ui.workshop.presenter import Presenter, Shown, other_screen, presenter_for

NOTES = "Watch the couple by the window: they had a hard week"
PARTS = [Shown("Welcome", 1, NOTES), Shown("Step 1: See the pattern", 2, "Hand out the sheets"),
         Shown("Break", 1)]
ROOT = Path(__file__).resolve().parent.parent


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def every_text(window: QWidget) -> str:
    """Everything a widget of ``window`` shows or says (text, tooltips, names, descriptions)."""
    parts = [window.windowTitle(), window.toolTip(), window.accessibleName(), window.accessibleDescription()]
    for widget in window.findChildren(QWidget):
        parts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(), widget.windowTitle()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            parts.append(widget.text())
        if isinstance(widget, QPlainTextEdit):
            parts.append(widget.toPlainText())
    return "\n".join(parts)


@pytest.fixture
def running(qtbot):
    main = QWidget()
    qtbot.addWidget(main)
    main.show()
    clock, beeps = FakeClock(), []
    presenter = Presenter(main, clock=clock, beep=lambda: beeps.append(1))
    presenter.start(PARTS, main)
    yield presenter, clock, beeps, main
    presenter.close()


def test_one_screen_full_screen_in_large_text(running, qtbot):
    presenter, _clock, _beeps, main = running
    screen = presenter.screen_window
    qtbot.waitUntil(screen.isVisible)
    assert len(QGuiApplication.screens()) == 1
    assert screen.isFullScreen() and screen.screen() is main.screen()
    assert screen.title.text() == "Welcome" and screen.clock.text() == "1:00"
    assert screen.counter.text() == "Part 1 of 3" and screen.coming.text() == "Next: Step 1: See the pattern"
    assert screen.clock.font().pixelSize() > 4 * main.font().pointSizeF()  # large, for the back of the room
    assert screen.clock.font().pixelSize() >= screen.height() * 0.2


def test_the_notes_never_reach_the_presenter_screen(running):
    presenter, clock, _beeps, _main = running
    for step in range(len(PARTS)):
        assert NOTES not in every_text(presenter.screen_window)
        assert "Hand out the sheets" not in every_text(presenter.screen_window)
        assert PARTS[step].notes == presenter.control.notes.toPlainText()  # on the laptop only
        assert PARTS[step].title in every_text(presenter.screen_window)
        presenter.next()
    clock.now += 500
    presenter.refresh()
    assert NOTES not in every_text(presenter.screen_window)


def test_keys_on_either_window(running, qtbot):
    presenter, clock, _beeps, _main = running
    screen, control = presenter.screen_window, presenter.control
    clock.now += 10
    presenter.refresh()
    assert screen.clock.text() == "0:50"
    qtbot.keyClick(screen, Qt.Key.Key_Space)  # pause
    clock.now += 100
    presenter.refresh()
    assert screen.clock.text() == "0:50" and screen.status.text() == "Paused"
    assert control.pause_button.text() == "Go on"
    qtbot.keyClick(control, Qt.Key.Key_Space)  # go on, from the laptop's window
    clock.now += 5
    presenter.refresh()
    assert screen.clock.text() == "0:45" and screen.status.isHidden()
    qtbot.keyClick(screen, Qt.Key.Key_Right)
    assert screen.title.text() == "Step 1: See the pattern" and screen.clock.text() == "2:00"
    qtbot.keyClick(control, Qt.Key.Key_Right)
    assert screen.title.text() == "Break" and screen.coming.isHidden() and not control.next_button.isEnabled()
    qtbot.keyClick(screen, Qt.Key.Key_Right)  # the last part stays
    assert screen.title.text() == "Break"
    qtbot.keyClick(screen, Qt.Key.Key_Left)
    qtbot.keyClick(screen, Qt.Key.Key_Left)
    assert screen.title.text() == "Welcome" and not control.previous_button.isEnabled()
    control.activateWindow()
    control.next_button.setFocus()
    qtbot.keyClick(control.next_button, Qt.Key.Key_Space)  # Space pauses, also with a button focused
    assert screen.title.text() == "Welcome" and screen.status.text() == "Paused"
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert not presenter.active and presenter.screen_window is None and presenter.control is None


def test_the_end_is_visible_and_audible_only_when_asked(running):
    presenter, clock, beeps, _main = running
    screen = presenter.screen_window
    before = screen.grab().toImage().pixelColor(3, 3)
    clock.now += 60
    presenter.refresh()
    assert screen.clock.text() == "0:00" and screen.status.text() == "Time is up"
    after = screen.grab().toImage().pixelColor(3, 3)
    assert after != before  # the whole screen changes colour
    assert before.lightness() < 60 and after.lightness() < 120  # and light text stays readable on it
    assert beeps == []  # no sound unless turned on
    presenter.control.sound.setChecked(True)
    presenter.next()
    clock.now += 120
    presenter.refresh()
    presenter.refresh()
    assert beeps == [1]  # once, not once per tick


def test_the_timer_runs_on_while_pages_change_and_profiles_lock(qtbot):
    """The presenter belongs to the main window: a page that made it can go, and it keeps time
    with Qt's own timer (a short part of 1 minute, on a clock that runs fast)."""
    main = QWidget()
    qtbot.addWidget(main)
    main.show()
    page = QWidget(main)
    presenter = presenter_for(main)
    assert presenter_for(main) is presenter  # one per main window
    clock = FakeClock()
    presenter._clock = clock
    presenter.start(PARTS, main)
    page.hide()
    page.deleteLater()  # the page that opened it is rebuilt at a lock
    qtbot.waitUntil(lambda: page not in main.findChildren(QWidget), timeout=2000)
    presenter.forget_notes()  # the facilitator's profile locked
    assert presenter.control.notes.toPlainText() == "" and all(not p.notes for p in presenter.parts)
    clock.now += 30
    qtbot.waitUntil(lambda: presenter.screen_window.clock.text() == "0:30", timeout=2000)  # ticking by itself
    presenter.close()


def test_other_screen_chooses_the_one_that_is_not_the_main_windows():
    class S:  # stand-ins for QScreen: only their identity matters
        pass

    laptop, beamer = S(), S()
    assert other_screen(laptop, [laptop, beamer]) is beamer
    assert other_screen(beamer, [laptop, beamer]) is laptop
    assert other_screen(laptop, [laptop]) is None


SECOND_SCREEN = textwrap.dedent("""
    import json, sys
    from PySide6.QtWidgets import QApplication, QWidget, QLabel
    from erfenis_desktop.ui.workshop.presenter import Presenter, Shown
    app = QApplication([])
    laptop = next(s for s in app.screens() if s.name() == "Laptop")
    main = QWidget()
    main.winId()
    main.windowHandle().setScreen(laptop)
    main.setGeometry(laptop.geometry().adjusted(40, 40, -40, -40))
    main.show()
    app.processEvents()
    presenter = Presenter(main)
    presenter.start([Shown("Welcome", 5, "SECRET NOTES")], main)
    for _ in range(5):
        app.processEvents()
    w = presenter.screen_window
    texts = [l.text() for l in w.findChildren(QLabel)] + [w.windowTitle()]
    print(json.dumps({"screens": [s.name() for s in app.screens()], "main": main.screen().name(),
                      "presenter": w.screen().name(), "full": w.isFullScreen(),
                      "geometry": [w.geometry().width(), w.geometry().height()],
                      "control": presenter.control.screen().name(),
                      "notes_on_screen": any("SECRET" in t for t in texts),
                      "notes_on_laptop": presenter.control.notes.toPlainText()}))
    presenter.close()
""")


def test_on_a_second_screen_when_one_is_connected(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": "Laptop", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96, "logicalBaseDpi": 96,
         "dpr": 1},
        {"name": "Beamer", "x": 1280, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    out = subprocess.run([sys.executable, "-c", SECOND_SCREEN], capture_output=True, text=True, env=env, cwd=ROOT,
                         check=False, timeout=120)
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    if len(seen["screens"]) < 2:
        pytest.skip("this Qt's offscreen platform offers no second screen")
    assert seen["main"] == "Laptop"
    assert seen["presenter"] == "Beamer" and seen["full"] and seen["geometry"] == [1920, 1080]
    assert seen["control"] == "Laptop"
    assert not seen["notes_on_screen"] and seen["notes_on_laptop"] == "SECRET NOTES"


def test_closing_the_main_window_closes_the_presenter(running, qtbot):
    presenter, _clock, _beeps, main = running
    screen = presenter.screen_window
    assert not screen.testAttribute(Qt.WidgetAttribute.WA_QuitOnClose)  # it never keeps Erfenis running
    main.close()
    qtbot.waitUntil(lambda: not presenter.active)
    assert presenter.screen_window is None and presenter.control is None


def test_quick_hide_takes_the_room_screen_down_too(start_app, qtbot):
    """F12 hides everything at once: the presenter's windows (on the beamer and the laptop,
    titled with Erfenis) close with the rest."""
    erfenis = start_app("--workshop")
    window = erfenis.window
    presenter = presenter_for(window)
    presenter.start(PARTS, window)
    qtbot.waitUntil(lambda: presenter.screen_window.isVisible(), timeout=2000)
    room, control = presenter.screen_window, presenter.control
    window.quick_hide()
    assert not presenter.active
    assert not room.isVisible() and not control.isVisible()
