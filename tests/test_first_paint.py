"""What start-up leaves until the window is on screen runs after its first paint, not before:
listening for a second start, the desktop's lock, the day's backup, asking the keyring and
watching for input. (A zero timer is not enough: it ran before the first paint, and the
window appeared some 300 ms later than it had to.)"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel

from erfenis_desktop.ui.common.first_paint import after_first_paint
from erfenis_desktop.ui.window.main_window import MainWindow


class _Seen(QObject):
    """At the main window's first paint: what had already started by then."""

    def __init__(self, erfenis_ref: list):
        super().__init__()
        self.erfenis_ref, self.at_paint = erfenis_ref, None

    def eventFilter(self, obj, event):
        if self.at_paint is None and event.type() == QEvent.Type.Paint and isinstance(obj, MainWindow):
            erfenis = self.erfenis_ref[0]
            self.at_paint = {"listening": erfenis.channel is not None,
                             "desktop": erfenis.desktop_lock is not None,
                             "idle watching": erfenis.idle._watching}
        return False


def test_start_up_work_waits_for_the_first_paint(start_app, qtbot, monkeypatch):
    from erfenis_desktop import app as app_module

    ref: list = []
    seen = _Seen(ref)
    QApplication.instance().installEventFilter(seen)
    original = app_module.Erfenis._enter

    def enter(self, *args):  # remember which Erfenis, before its window can paint
        ref.append(self)
        return original(self, *args)

    monkeypatch.setattr(app_module.Erfenis, "_enter", enter)
    try:
        erfenis = start_app()
        qtbot.waitUntil(lambda: seen.at_paint is not None)
        assert seen.at_paint == {"listening": False, "desktop": False, "idle watching": False}
        qtbot.waitUntil(lambda: erfenis.channel is not None and erfenis.desktop_lock is not None)
        assert erfenis.idle._watching
    finally:
        QApplication.instance().removeEventFilter(seen)


def test_a_callback_runs_once_after_the_paint(qtbot):
    calls: list[str] = []
    label = QLabel("Hallo")
    qtbot.addWidget(label)
    after_first_paint(label, lambda: calls.append("after"), fallback_ms=60_000)
    QApplication.processEvents()
    assert calls == []  # not shown, so not painted: nothing yet
    label.show()
    qtbot.waitUntil(lambda: calls == ["after"])
    label.repaint()  # painted again, at once
    QApplication.processEvents()
    assert calls == ["after"]


def test_a_widget_never_painted_still_gets_its_callback(qtbot):
    calls: list[str] = []
    label = QLabel("Nooit getoond")
    qtbot.addWidget(label)
    after_first_paint(label, lambda: calls.append("late"), fallback_ms=50)
    qtbot.waitUntil(lambda: calls == ["late"])
