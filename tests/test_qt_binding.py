"""The Qt binding itself: a build that breaks Erfenis after long use is refused."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    changed = Signal()
    count = Signal(int)


def test_emitting_signals_does_not_use_up_a_reference_to_true_or_false():
    """PySide6 6.12.0 returned True from emit() without a reference of its own: every emit
    took one away, and after a few thousand keystrokes Erfenis aborted ("bool_dealloc")."""
    sender = _Sender()
    sender.changed.connect(lambda: None)
    sender.count.connect(lambda _n: None)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for i in range(50):
        sender.changed.emit()
        sender.count.emit(i)
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
