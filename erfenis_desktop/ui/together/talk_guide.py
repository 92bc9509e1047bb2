"""After the reveal: talking one at a time, with a timer and the listener's phrases."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from erfenis_desktop.services.preferences import Preferences

from ..common.widgets import Retranslating, button_row, card, fill, heading, paragraph

DEFAULT_MINUTES = 3


def clock(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


class TalkGuide(Retranslating, QWidget):
    """Whose turn it is to speak and to listen, a timer per turn, and what helps."""

    timeUp = Signal()
    helpRequested = Signal()

    def __init__(self, prefs: Preferences, parent=None):
        super().__init__(parent)
        self._prefs = prefs
        self.names = ["", ""]
        self.speaker = 0  # index into names
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title, self.intro = heading("subheading"), paragraph()
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        turn_box, turn = card()
        self.turn = heading("question")
        self.remaining = QLabel()
        self.remaining.setObjectName("timer")
        self.time_up = paragraph()
        self.time_up.setObjectName("nudge")
        self.time_up.hide()
        turn.addWidget(self.turn)
        turn.addWidget(self.remaining)
        turn.addWidget(self.time_up)
        row = QHBoxLayout()
        self.start_button, self.swap_button = QPushButton(), QPushButton()
        self.start_button.clicked.connect(self.start_or_pause)
        self.swap_button.clicked.connect(self.swap)
        self.minutes_label = QLabel()
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 15)
        self.minutes.setValue(DEFAULT_MINUTES)
        self.minutes.valueChanged.connect(lambda _v: self.reset_turn())
        self.minutes_label.setBuddy(self.minutes)
        for w in (self.start_button, self.swap_button):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.minutes_label)
        row.addWidget(self.minutes)
        turn.addLayout(row)
        layout.addWidget(turn_box)
        self.speaker_tip, self.listener_tip = paragraph(), paragraph()
        self.phrases = paragraph()
        self.phrases.setObjectName("phrases")
        self.avoid_title, self.avoid = heading("subheading"), paragraph()
        self.discomfort = paragraph()
        for w in (self.speaker_tip, self.listener_tip, self.phrases, self.avoid_title, self.avoid, self.discomfort):
            layout.addWidget(w)
        # Right next to "new feels strange": unfamiliar is not unsafe, and where help is.
        self.safety = paragraph()
        self.safety.setObjectName("safetyNote")
        layout.addWidget(self.safety)
        self.help_button = QPushButton()
        self.help_button.clicked.connect(self.helpRequested)
        button_row(layout, self.help_button)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.left = self.minutes.value() * 60
        self.retranslate()

    def set_people(self, first: str, second: str) -> None:
        """Who talks first, and who listens first."""
        self.names = [first, second]
        self.speaker = 0
        self.reset_turn()

    def reset_turn(self) -> None:
        self.timer.stop()
        self.left = self.minutes.value() * 60
        self.time_up.hide()
        self.retranslate()

    def start_or_pause(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
        else:
            if self.left <= 0:
                self.reset_turn()
            self.timer.start()
        self.retranslate()

    def swap(self) -> None:
        self.speaker = 1 - self.speaker
        self.reset_turn()

    def _tick(self) -> None:
        self.left = max(0, self.left - 1)
        if self.left == 0:
            self.timer.stop()
            self.time_up.show()
            from ..common.announce import announce

            announce(self.time_up, self.time_up.text())  # only a label appears: say it
            self.timeUp.emit()
        self._show_time()

    def _show_time(self) -> None:
        self.remaining.setText(clock(self.left))
        self.remaining.setAccessibleName(self.tr("Time left in this turn: %1").replace("%1", clock(self.left)))

    def stop(self) -> None:
        self.timer.stop()

    def retranslate(self) -> None:
        t = lambda key: self._prefs.text("together", key)  # noqa: E731
        speaker, listener = self.names[self.speaker], self.names[1 - self.speaker]
        self.title.setText(t("talk.title"))
        self.intro.setText(t("talk.intro"))
        self.turn.setText(fill(self.tr("%1 talks, %2 listens."), speaker, listener))
        self._show_time()
        self.time_up.setText(t("talk.time_up"))
        running = self.timer.isActive()
        self.start_button.setText(self.tr("&Pause") if running else self.tr("Start the cl&ock"))
        self.start_button.setAccessibleName(self.start_button.text().replace("&", ""))
        self.swap_button.setText(self.tr("Swap t&urns"))
        self.swap_button.setAccessibleName(self.tr("Swap turns"))
        self.minutes_label.setText(self.tr("&Minutes per turn:"))
        self.minutes.setAccessibleName(self.tr("Minutes per turn"))
        self.speaker_tip.setText(self.tr("%1 is talking:").replace("%1", speaker) + " " + t("talk.speaker"))
        self.listener_tip.setText(self.tr("%1 is listening:").replace("%1", listener) + " " + t("talk.listener"))
        self.phrases.setText("\n".join(f"“{p}”" if self._prefs.language == "en" else f"‘{p}’"
                                       for p in t("talk.listener_phrases")))
        self.avoid_title.setText(t("talk.avoid_title"))
        self.avoid.setText("\n".join(f"– {p}" for p in t("talk.avoid")))
        self.discomfort.setText(t("talk.discomfort"))
        self.safety.setText(self._prefs.text("help", "safety.unfamiliar"))
        self.help_button.setText(self.tr("Need help?"))
        self.help_button.setAccessibleName(self.tr("Need help? Where to find support"))
