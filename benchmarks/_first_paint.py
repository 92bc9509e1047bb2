"""Child process for startup.py and memory.py: prints the wall-clock time of the first painted
main window, the process's peak memory (max RSS, KiB) and the CPU time the process had used by
that paint (seconds, all threads) on its last line: ``"<time> <kib> <cpu>"``.

The paint is watched by an event filter on the main window alone, installed once the window
exists and before the event loop runs (which is where the first paint happens). Not on the
whole application: a Python filter there sees every event of every object, and to hand Qt's
internal objects (scroll bars, viewports, the window's surface) to Python, PySide 6.11 first
creates every class it has not made yet, with all their enums: some 80 ms for a window with
a scroll area, which would be the instrument's cost, not the program's.

    _first_paint.py bare|erfenis|floor DATA_DIR [--settle MS]

``floor``: see :func:`floor`, the least an Erfenis picker must do (startup.py --floor).

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
        self.cpu = 0.0

    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint and isinstance(obj, self.window_type):
            self.done = True
            # Report after this paint has been delivered.
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self):
        self.painted = time.time()
        self.cpu = time.process_time()
        QTimer.singleShot(self.settle_ms, self._report)

    def _report(self):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
        print(f"{self.painted:.6f} {peak} {self.cpu:.6f}", flush=True)
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
    if mode == "floor":
        return floor(data_dir, settle_ms)
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


def floor(data_dir: str, settle_ms: int) -> int:
    """The least any Erfenis picker must do before its first paint, and nothing more: Erfenis's
    settings, both translations, its theme (text size, colours, style sheet), its checked
    content, its data file opened and the profiles listed, and a window like the picker (the
    welcome texts, one button per profile, "new profile", the not-therapy note, two menus).
    No vault, no session, no services, no second page: a measure of what is left to win."""
    from pathlib import Path

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFrame, QPushButton, QScrollArea, QVBoxLayout, QWidget

    from erfenis_desktop.services.content import default_cache_dir, load_content
    from erfenis_desktop.services.i18n import Translations
    from erfenis_desktop.services.settings import Settings
    from erfenis_desktop.storage.database import open_database
    from erfenis_desktop.storage.profiles import ProfileRepository
    from erfenis_desktop.ui.common import theme

    app = QApplication([sys.argv[0]])
    settings = Settings(Path(data_dir))
    Translations(app).switch("nl")
    theme.apply(app, settings.get("ui/text_scale"), settings.get("ui/color_scheme"))
    content = load_content(cache_dir=default_cache_dir())
    db = open_database(Path(data_dir))
    names = [row.name for row in ProfileRepository(db).all()]
    window = QMainWindow()
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    column = QWidget()
    layout = QVBoxLayout(column)
    for key in ("welcome.title", "welcome.tagline", "welcome.body"):
        label = QLabel(content.get("nl", "home", key))
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(label)
    card = QFrame()
    card.setObjectName("card")
    buttons = QVBoxLayout(card)
    for name in [*names, "Nieuw profiel…"]:
        buttons.addWidget(QPushButton(name))
    layout.addWidget(card)
    note = QLabel(content.get("nl", "home", "welcome.not_therapy"))
    note.setWordWrap(True)
    layout.addWidget(note)
    area.setWidget(column)
    window.setCentralWidget(area)
    window.menuBar().addMenu("&Bestand")
    window.menuBar().addMenu("&Help")
    window.resize(window.fontMetrics().averageCharWidth() * 110, window.fontMetrics().height() * 38)
    watcher = FirstPaint(QMainWindow, settle_ms)
    window.show()
    window.installEventFilter(watcher)
    code = app.exec()
    db.close()
    return code


if __name__ == "__main__":
    settle = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[3] == "--settle" else 0
    sys.exit(main(sys.argv[1], sys.argv[2], settle))
