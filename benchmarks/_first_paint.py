"""Child process for startup.py: prints the wall-clock time of the first painted main window."""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstPaint(QObject):
    def __init__(self, window_type):
        super().__init__()
        self.window_type = window_type
        self.done = False

    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint and isinstance(obj, self.window_type):
            self.done = True
            # Report after this paint has been delivered.
            QTimer.singleShot(0, lambda: (print(f"{time.time():.6f}", flush=True), QApplication.quit()))
        return False


def main(mode: str, data_dir: str) -> int:
    if mode == "bare":
        app = QApplication([sys.argv[0]])
        watcher = FirstPaint(QMainWindow)
        app.installEventFilter(watcher)
        window = QMainWindow()
        window.setCentralWidget(QLabel("Hello"))
        window.show()
        return app.exec()
    from erfenis_desktop.app import Erfenis
    from erfenis_desktop.cli import parse_args
    from erfenis_desktop.ui.window.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    watcher = FirstPaint(MainWindow)
    app.installEventFilter(watcher)
    erfenis = Erfenis(app, parse_args(["--data-dir", data_dir, "--lang", "nl"]))
    if erfenis.start() is not None:
        return 1
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
