"""Child process for startup.py and memory.py: prints the wall-clock time of the first painted
main window and the process's peak memory (max RSS, KiB) on its last line: ``"<time> <kib>"``.

The paint is watched by an event filter on the main window alone, installed once the window
exists and before the event loop runs (which is where the first paint happens). Not on the
whole application: a Python filter there sees every event of every object, and to hand Qt's
internal objects (scroll bars, viewports, the window's surface) to Python, PySide 6.11 first
creates every class it has not made yet, with all their enums: some 80 ms for a window with
a scroll area, which would be the instrument's cost, not the program's.

    _first_paint.py bare|erfenis DATA_DIR [--settle MS]

``--settle MS``: stay that long after the first paint (what start-up defers to after the first
paint runs then) before the peak memory is read; without it, read right after the paint.
"""

import resource
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstPaint(QObject):
    def __init__(self, window_type, settle_ms: int = 0):
        super().__init__()
        self.window_type = window_type
        self.settle_ms = settle_ms
        self.done = False
        self.painted = 0.0

    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint and isinstance(obj, self.window_type):
            self.done = True
            # Report after this paint has been delivered.
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self):
        self.painted = time.time()
        QTimer.singleShot(self.settle_ms, self._report)

    def _report(self):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
        print(f"{self.painted:.6f} {peak}", flush=True)
        QApplication.quit()


def main(mode: str, data_dir: str, settle_ms: int = 0) -> int:
    if mode == "bare":
        app = QApplication([sys.argv[0]])
        watcher = FirstPaint(QMainWindow, settle_ms)
        window = QMainWindow()
        window.setCentralWidget(QLabel("Hello"))
        window.show()
        window.installEventFilter(watcher)
        return app.exec()
    from erfenis_desktop.app import Erfenis
    from erfenis_desktop.cli import parse_args
    from erfenis_desktop.ui.window.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    watcher = FirstPaint(MainWindow, settle_ms)
    erfenis = Erfenis(app, parse_args(["--data-dir", data_dir, "--lang", "nl"]))
    if erfenis.start() is not None or not isinstance(erfenis.window, MainWindow):
        return 1
    erfenis.window.installEventFilter(watcher)
    return app.exec()


if __name__ == "__main__":
    settle = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[3] == "--settle" else 0
    sys.exit(main(sys.argv[1], sys.argv[2], settle))
