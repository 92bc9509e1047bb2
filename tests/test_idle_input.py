"""Auto-lock counts what a person does: input through any of Erfenis's windows starts the
inactivity timer from zero again; without input it runs out. The input here goes in the way the
system delivers it (through the window, QTest's QWindow functions), not straight to a widget."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

MINUTE = 60_000


def _started(start_app, qtbot):
    erfenis = start_app()
    qtbot.waitUntil(lambda: erfenis.idle._watching)  # input is watched from the first paint on
    # To the millisecond, so that the time left can be read (a coarse timer's may be rounded).
    erfenis.idle.timer.setTimerType(Qt.TimerType.PreciseTimer)
    erfenis.idle.set_minutes(1)
    return erfenis


def _time_passes(erfenis, qtbot) -> int:
    """Wait (for the timer, not a fixed sleep) until a little of the minute has gone."""
    timer = erfenis.idle.timer
    qtbot.waitUntil(lambda: timer.remainingTime() < MINUTE - 150, timeout=3000)
    return timer.remainingTime()


def test_a_key_or_the_mouse_in_the_main_window_starts_the_count_again(start_app, qtbot):
    erfenis = _started(start_app, qtbot)
    window = erfenis.window.windowHandle()
    for act in (lambda: QTest.keyClick(window, Qt.Key.Key_Shift),
                lambda: QTest.mouseMove(window, QPoint(40, 40)),
                lambda: QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                                         QPoint(5, 5))):
        left = _time_passes(erfenis, qtbot)
        act()
        assert erfenis.idle.timer.remainingTime() > left + 100, "input did not count as activity"


def test_input_in_a_dialog_opened_later_counts_too(start_app, qtbot):
    erfenis = _started(start_app, qtbot)
    erfenis.window.show_about()  # a window of its own, made after the watching began
    about = erfenis.window.about_dialog
    qtbot.waitExposed(about)
    left = _time_passes(erfenis, qtbot)
    QTest.keyClick(about.windowHandle(), Qt.Key.Key_Down)
    assert erfenis.idle.timer.remainingTime() > left + 100


def test_without_input_the_timer_runs_out(start_app, qtbot):
    erfenis = _started(start_app, qtbot)
    erfenis.idle.timer.setInterval(200)
    erfenis.idle.restart()
    with qtbot.waitSignal(erfenis.idle.idle, timeout=3000):
        pass
