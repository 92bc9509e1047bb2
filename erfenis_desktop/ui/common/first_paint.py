"""Work that waits until a window is on screen: ``after_first_paint(widget, callback)``.

``QTimer.singleShot(0, …)`` is not "after the first paint": a zero timer runs at the next
turn of the event loop, and the first paint of a new window comes after that. Whatever
was put there (listening for a second start, the desktop's lock, the day's backup, asking
the system keyring) ran before anything was seen. This waits for the widget's first paint
event instead, then runs ``callback`` once, right after that paint has been delivered.

A widget that is never painted (hidden, or a platform that never exposes it) still gets
its callback after ``fallback_ms``, so nothing deferred is ever lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None], fallback_ms: int):
        super().__init__(widget)
        self._widget, self._callback, self._fired = widget, callback, False
        widget.installEventFilter(self)
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._fire)
        self._fallback.start(fallback_ms)

    def eventFilter(self, obj, event) -> bool:
        if obj is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self._fire)  # once this paint (and its children's) is done
        return False

    def _fire(self) -> None:
        if self._fired:
            return
        self._fired = True
        self._fallback.stop()
        self._widget.removeEventFilter(self)
        self.deleteLater()
        self._callback()


def after_first_paint(widget: QWidget, callback: Callable[[], None], fallback_ms: int = 2000) -> None:
    """Run ``callback`` once, right after ``widget`` is first painted (or after ``fallback_ms``
    if it is not painted by then). The callback goes with the widget: a widget deleted
    before its paint takes its callback with it."""
    _FirstPaint(widget, callback, fallback_ms)
