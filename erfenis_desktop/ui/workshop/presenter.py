"""The presenter view of a workshop: the part now on, in large text, with its countdown.

Three pieces:

- ``Presenter`` (a QObject) owns the countdown (domain.programme.Countdown) and its ticking,
  and the two windows. It belongs to the application's main window (``presenter_for``), not
  to a page: a page hidden or rebuilt at a lock, or a participant locking their profile,
  does not stop it. Locking the facilitator's profile only forgets the notes (``forget_notes``).
- ``PresenterWindow``: on the screen that is not the main window's when a second screen is
  connected, else full screen. It is given titles and times only, never the notes.
- ``ControlWindow``: small, on the laptop, with the facilitator's notes, previous, pause and next.

Keys in both windows: Space pauses and goes on, Right and Left go to the next and previous
part, Escape closes the presenter. At the end of a part the screen says so in words and
colour; a sound (QApplication.beep) only when the facilitator turns it on.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from erfenis_desktop.domain.programme import Countdown, clock_text

TICK_MS = 200
DARK, LIGHT, END = QColor("#1f1b18"), QColor("#f7f3ee"), QColor("#8a3b12")  # 12:1 and 7:1 contrast


def fill_next(title: str) -> str:
    """"Next: …" with a part's title (typed by the facilitator: put in as text, never as markup)."""
    return QCoreApplication.translate("Presenter", "Next: %1").replace("%1", title)


@dataclass(frozen=True)
class Shown:
    """One part as the presenter knows it: the notes go to the control window only."""

    title: str
    minutes: int
    notes: str = ""


def other_screen(main: QScreen | None, screens: Sequence[QScreen]) -> QScreen | None:
    """The screen for the presenter: one that is not the main window's; None with one screen."""
    return next((s for s in screens if s is not main), None)


def _keys(window: QWidget, presenter: Presenter) -> None:
    """Space, Right, Left and Escape, the same in both windows, whatever has focus there (a
    focused button would otherwise take Space as a click)."""
    for key, action in ((Qt.Key.Key_Space, presenter.toggle), (Qt.Key.Key_Right, presenter.next),
                        (Qt.Key.Key_Left, presenter.previous), (Qt.Key.Key_Escape, presenter.close)):
        QShortcut(QKeySequence(key), window, action, context=Qt.ShortcutContext.WindowShortcut)


class PresenterWindow(QWidget):
    """What the room sees. Only ``show_state`` fills it: titles and times, never notes."""

    def __init__(self, presenter: Presenter):
        super().__init__(None, Qt.WindowType.Window)
        self.presenter = presenter
        self.setObjectName("presenter")
        _keys(self, presenter)
        self.setWindowTitle(QCoreApplication.translate("Presenter", "Erfenis: workshop"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.counter = QLabel()
        self.title = QLabel()
        self.clock = QLabel()
        self.status = QLabel()  # "Time is up" or "Paused"
        self.coming = QLabel()  # "Next: …"
        for label in (self.counter, self.title, self.clock, self.status, self.coming):
            label.setTextFormat(Qt.TextFormat.PlainText)  # a title is shown as typed
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (self.counter, self.title, self.clock, self.status, self.coming):
            layout.addWidget(label)
        layout.addStretch(1)
        self._colours(False)

    def _colours(self, ended: bool) -> None:
        """Light on dark, whatever the laptop's colours (a style sheet: the application's own
        style sheet would override a palette); another colour for the whole screen at the end."""
        if getattr(self, "_ended", None) is ended:
            return
        self._ended = ended
        background = (END if ended else DARK).name()
        self.setStyleSheet(f"QWidget#presenter {{ background: {background}; }} "
                           f"QWidget#presenter QLabel {{ color: {LIGHT.name()}; background: transparent; }}")

    def resizeEvent(self, event) -> None:  # noqa: N802 - the text grows with the screen
        super().resizeEvent(event)
        h = max(240, self.height())
        for label, share, bold in ((self.counter, 0.035, False), (self.title, 0.08, True), (self.clock, 0.22, True),
                                   (self.status, 0.06, True), (self.coming, 0.04, False)):
            font = QFont(self.font())
            font.setPixelSize(round(h * share))
            font.setBold(bold)
            label.setFont(font)

    def show_state(self, counter: str, title: str, clock: str, status: str, coming: str, ended: bool) -> None:
        self.counter.setText(counter)
        self.title.setText(title)
        self.clock.setText(clock)
        self.status.setText(status)
        self.status.setVisible(bool(status))
        self.coming.setText(coming)
        self.coming.setVisible(bool(coming))
        self._colours(ended)

    def closeEvent(self, event) -> None:  # noqa: N802 - closing the screen ends the presenter
        super().closeEvent(event)
        self.presenter.close()


class ControlWindow(QWidget):
    """On the laptop: the part, its time, the facilitator's notes, and the buttons."""

    def __init__(self, presenter: Presenter):
        super().__init__(None, Qt.WindowType.Window)
        self.presenter = presenter
        self.setObjectName("presenter-control")
        _keys(self, presenter)
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.3)
        self.part, self.clock, self.coming, self.notes_label, self.hint = (QLabel() for _ in range(5))
        for label in (self.part, self.coming):
            label.setTextFormat(Qt.TextFormat.PlainText)  # a title is shown as typed
        for label in (self.part, self.coming, self.hint):
            label.setWordWrap(True)
        self.part.setFont(bold)
        self.clock.setFont(bold)
        self.notes = QPlainTextEdit()  # plain text: the notes as typed
        self.notes.setReadOnly(True)
        self.notes_label.setBuddy(self.notes)
        self.previous_button, self.pause_button, self.next_button = QPushButton(), QPushButton(), QPushButton()
        self.sound = QCheckBox()
        self.close_button = QPushButton()
        self.previous_button.clicked.connect(presenter.previous)
        self.pause_button.clicked.connect(presenter.toggle)
        self.next_button.clicked.connect(presenter.next)
        self.close_button.clicked.connect(presenter.close)
        self.sound.toggled.connect(presenter.set_sound)
        buttons = QHBoxLayout()
        for button in (self.previous_button, self.pause_button, self.next_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        for widget in (self.part, self.clock, self.coming, self.notes_label, self.notes):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        for widget in (self.sound, self.hint, self.close_button):
            layout.addWidget(widget)
        self.resize(self.fontMetrics().horizontalAdvance("n") * 48, self.fontMetrics().height() * 26)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Presenter", "Presenter: control"))
        self.notes_label.setText(QCoreApplication.translate("Presenter", "Your notes (only on this screen):"))
        self.notes.setAccessibleName(QCoreApplication.translate("Presenter", "Your notes"))
        self.previous_button.setText(QCoreApplication.translate("Presenter", "Previous"))
        self.next_button.setText(QCoreApplication.translate("Presenter", "Next"))
        self.sound.setText(QCoreApplication.translate("Presenter", "Sound at the end of a part"))
        self.close_button.setText(QCoreApplication.translate("Presenter", "Close the presenter"))
        self.hint.setText(QCoreApplication.translate("Presenter",
                              "Keys: Space pauses and goes on, → next part, ← previous part, Esc closes."))
        for control in (self.previous_button, self.next_button, self.sound, self.close_button):
            control.setAccessibleName(control.text())
        self.presenter.refresh()

    def changeEvent(self, event) -> None:  # noqa: N802 - another language: the words follow
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        super().closeEvent(event)
        self.presenter.close()


class Presenter(QObject):
    """The countdown and its two windows (see the module). ``clock`` and ``beep`` for tests."""

    changed = Signal()
    closed = Signal()

    def __init__(self, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic,
                 beep: Callable[[], None] = QApplication.beep):
        super().__init__(parent)
        self._clock, self._beep = clock, beep
        self.parts: list[Shown] = []
        self.countdown: Countdown | None = None
        self.sound = False
        self.screen_window: PresenterWindow | None = None
        self.control: ControlWindow | None = None
        self._closing = False
        self._watched: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.refresh)

    @property
    def active(self) -> bool:
        return self.countdown is not None

    # Starting and closing ----------------------------------------------------------------------
    def start(self, parts: Sequence[Shown], main_window: QWidget | None, index: int = 0) -> None:
        """Show ``parts`` from part ``index``, running: the presenter on the other screen when
        there is one, else full screen; the control window next to the main window."""
        if not parts:
            return
        self.close()
        self.parts = list(parts)
        self.countdown = Countdown([p.minutes for p in self.parts], self._clock)
        self.countdown.go_to(index)
        self.countdown.start()
        self.screen_window, self.control = PresenterWindow(self), ControlWindow(self)
        for window in (self.screen_window, self.control):
            window.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # never keeps Erfenis open
        if main_window is not None and self._watched is not main_window:
            main_window.installEventFilter(self)  # the main window closes: so does the presenter
            self._watched = main_window
        self.control.sound.setChecked(self.sound)
        main_screen = main_window.screen() if main_window is not None else QGuiApplication.primaryScreen()
        target = other_screen(main_screen, QGuiApplication.screens())
        window = self.screen_window
        window.winId()  # a native window, so it can be put on a screen before it shows
        window.windowHandle().setScreen(target or main_screen)
        window.setGeometry((target or main_screen).geometry())
        window.showFullScreen()
        control = self.control
        control.winId()  # the control window stays on the laptop, over the main window
        control.windowHandle().setScreen(main_screen)
        if main_window is not None:
            control.move(main_window.geometry().center() - control.rect().center())
        control.show()
        if target is not None:  # the laptop keeps the control window in front
            self.control.raise_()
            self.control.activateWindow()
        else:
            window.activateWindow()
        self.refresh()
        self._timer.start()

    def close(self) -> None:
        if self._closing or self.countdown is None:
            return
        self._closing = True
        try:
            self._timer.stop()
            for window in (self.screen_window, self.control):
                if window is not None:
                    window.close()
                    window.deleteLater()
            self.screen_window = self.control = None
            self.countdown, self.parts = None, []
        finally:
            self._closing = False
        self.closed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._watched and event.type() == QEvent.Type.Close and event.isAccepted():
            QTimer.singleShot(0, self._close_if_main_closed)
        return False

    def _close_if_main_closed(self) -> None:
        if self._watched is not None and not self._watched.isVisible():
            self.close()

    def forget_notes(self) -> None:
        """The facilitator's profile locked: their notes leave memory and the control window;
        the parts and the time go on."""
        self.parts = [Shown(p.title, p.minutes) for p in self.parts]
        if self.control is not None:
            self.control.notes.clear()
            self.control.notes.document().clearUndoRedoStacks()
        self.refresh()

    # Control --------------------------------------------------------------------------------------
    def toggle(self) -> None:
        if self.countdown is not None:
            self.countdown.toggle()
            self.refresh()

    def next(self) -> None:
        if self.countdown is not None and self.countdown.next():
            self.refresh()

    def previous(self) -> None:
        if self.countdown is not None and self.countdown.previous():
            self.refresh()

    def set_sound(self, on: bool) -> None:
        self.sound = bool(on)

    # Showing ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        c = self.countdown
        if c is None:
            return
        if c.take_end() and self.sound:
            self._beep()
        part = self.parts[c.index]
        counter = QCoreApplication.translate("Presenter", "Part %1 of %2")
        counter = counter.replace("%1", str(c.index + 1)).replace("%2", str(len(self.parts)))
        if c.time_up:
            status = QCoreApplication.translate("Presenter", "Time is up")
        else:
            status = "" if c.running else QCoreApplication.translate("Presenter", "Paused")
        coming = "" if c.is_last else fill_next(self.parts[c.index + 1].title)
        clock = clock_text(c.remaining())
        if self.screen_window is not None:
            self.screen_window.show_state(counter, part.title, clock, status, coming, c.time_up)
        control = self.control
        if control is not None:
            control.part.setText(f"{counter}: {part.title}")
            control.clock.setText(" · ".join(x for x in (clock, status) if x))
            control.coming.setText(coming)
            if control.notes.toPlainText() != part.notes:
                control.notes.setPlainText(part.notes)
            control.pause_button.setText(QCoreApplication.translate("Presenter", "Pause") if c.running
                                         else QCoreApplication.translate("Presenter", "Go on"))
            control.pause_button.setAccessibleName(control.pause_button.text())
            control.previous_button.setEnabled(c.index > 0)
            control.next_button.setEnabled(not c.is_last)
        self.changed.emit()


def presenter_for(owner: QObject) -> Presenter:
    """The one presenter of ``owner`` (the main window): made on first use and kept with it,
    so it outlives every page."""
    found = owner.findChild(Presenter, "workshop-presenter", Qt.FindChildOption.FindDirectChildrenOnly)
    if found is None:
        found = Presenter(owner)
        found.setObjectName("workshop-presenter")
    return found
