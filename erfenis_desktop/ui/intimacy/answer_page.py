"""Answering the intimacy check: what it is, then one statement at a time, saved after every
answer (like the pattern mirror, ui/pattern/pattern_check_page.py). Keys 1 to 7 answer, 0 is ‘Rather
not’; every statement may be skipped."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from erfenis_desktop.domain import intimacy as rules
from erfenis_desktop.domain.names import fill as fill_names
from erfenis_desktop.services.intimacy import IntimacyService, Take
from erfenis_desktop.services.store import StorageError

from ..common.flow_layout import FlowLayout
from ..common.messages import failure_text
from ..common.widgets import ReadingColumn, Retranslating, button_row, fill, heading, paragraph
from ..pattern.pattern_check_page import _ScaleButton

SKIP_ID = 0  # the button id of ‘Rather not’ in the group


class AnswerPage(Retranslating, ReadingColumn):
    finished = Signal(object)  # the finished Take
    helpRequested = Signal()
    backRequested = Signal()

    def __init__(self, session, service: IntimacyService, prefs, parent=None):
        super().__init__(parent=parent)
        self.setObjectName("intimacyAnswerPage")
        self._session, self._service, self._prefs = session, service, prefs
        self.take: Take | None = None
        self.index = 0
        self.stages = QStackedWidget()
        self.body.addWidget(self.stages)
        self.message = paragraph()
        self.message.setObjectName("inlineMessage")
        self.body.addWidget(self.message)
        self._build_intro()
        self._build_question()
        self.retranslate()

    # What it is ---------------------------------------------------------------------------
    def _build_intro(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro_title, self.intro = heading(), paragraph()
        layout.addWidget(self.intro_title)
        layout.addWidget(self.intro)
        self.start_button, self.help_button, self.leave_button = QPushButton(), QPushButton(), QPushButton()
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.help_button.clicked.connect(self.helpRequested)
        self.leave_button.clicked.connect(self.backRequested)
        button_row(layout, self.start_button)
        button_row(layout, self.help_button, self.leave_button)
        layout.addStretch(1)
        self.stages.addWidget(page)
        self.intro_page = page

    # One statement at a time --------------------------------------------------------------
    def _build_question(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.area_title = heading("subheading")
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.question = heading("question")
        self.question.setMinimumHeight(self.fontMetrics().height() * 3)
        for w in (self.area_title, self.progress, self.question):
            layout.addWidget(w)
        self.choice = QButtonGroup(self)
        self.choice.setExclusive(True)
        row = FlowLayout()  # at a large text size, ‘Rather not’ goes under the scale
        for value in range(1, 8):
            button = _ScaleButton(str(value))
            button.setCheckable(True)
            self.choice.addButton(button, value)
            row.addWidget(button)
        self.skip_button = QPushButton()
        self.skip_button.setCheckable(True)
        self.choice.addButton(self.skip_button, SKIP_ID)
        row.addWidget(self.skip_button)
        layout.addLayout(row)
        ends = QHBoxLayout()
        self.low_label, self.high_label = QLabel(), QLabel()
        ends.addWidget(self.low_label)
        ends.addStretch(1)
        ends.addWidget(self.high_label)
        layout.addLayout(ends)
        self.choice.idClicked.connect(self._chosen)
        self.keys_hint = paragraph()
        layout.addWidget(self.keys_hint)
        self.back_button, self.next_button, self.finish_button = QPushButton(), QPushButton(), QPushButton()
        self.back_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.finish_button.clicked.connect(self.finish)
        button_row(layout, self.back_button, self.next_button, self.finish_button)
        self.stop_button, self.help_button2 = QPushButton(), QPushButton()
        self.stop_button.clicked.connect(self.backRequested)  # every answer is kept: go on later
        self.help_button2.clicked.connect(self.helpRequested)
        button_row(layout, self.stop_button, self.help_button2)
        layout.addStretch(1)
        self.stages.addWidget(page)
        self.question_page = page

    # Flow -------------------------------------------------------------------------------------
    def _lang(self) -> str:
        return self._prefs.language

    def _items(self):
        return self._service.check(self._lang()).items

    def _stage(self, page: QWidget) -> None:
        from PySide6.QtWidgets import QSizePolicy

        for other in (self.intro_page, self.question_page):
            policy = QSizePolicy.Policy.Preferred if other is page else QSizePolicy.Policy.Ignored
            other.setSizePolicy(policy, policy)
        self.stages.setCurrentWidget(page)
        self.stages.adjustSize()
        self.verticalScrollBar().setValue(0)

    def open(self) -> None:
        """Go on where the check was left, or begin with what it is."""
        u = self._session.current
        self.take = self._service.open_take(u) if u else None
        self.message.clear()
        if self.take is None:
            self._stage(self.intro_page)
            self.start_button.setFocus()
        else:
            self.index = min(rules.first_unanswered(self._service.check(self._lang()), self.take.answers),
                             len(self._items()) - 1)
            self._show()
        self.retranslate()

    def begin_again(self) -> None:
        """Retake: what it is, then a new go (the earlier results stay)."""
        self.take = None
        self.message.clear()
        self._stage(self.intro_page)
        self.retranslate()
        self.start_button.setFocus()

    def start(self) -> None:
        if self.take is None:
            self.take = Take()
        self.index = rules.first_unanswered(self._service.check(self._lang()), self.take.answers)
        self.index = min(self.index, len(self._items()) - 1)
        self._show()

    def _show(self) -> None:
        items = self._items()
        item = items[self.index]
        self.message.clear()
        self._stage(self.question_page)
        self.progress.setRange(0, len(items))
        self.progress.setValue(self.index + 1)
        value = self.take.answers.get(item.id)
        self.choice.setExclusive(False)
        for b in self.choice.buttons():
            b.setChecked(False)
        self.choice.setExclusive(True)
        if rules.valid_answer(value) and value is not None:
            self.choice.button(SKIP_ID if value == rules.SKIP else value).setChecked(True)
        reached = rules.first_unanswered(self._service.check(self._lang()), self.take.answers) >= len(items)
        self.finish_button.setVisible(reached)
        self._retranslate_question()
        (self.choice.checkedButton() or self.choice.button(1)).setFocus()

    def _chosen(self, value: int) -> None:
        self.answer(rules.SKIP if value == SKIP_ID else value)

    def answer(self, value) -> None:
        """Save the answer at once, then go on."""
        item = self._items()[self.index]
        before = self.take.answers.get(item.id)
        self.take.position = self.index
        try:
            self.take = self._service.answer(self._session.current, self.take, item.id, value, self._lang())
        except StorageError as error:
            if before is None:  # not saved, so not kept: the screen shows what is stored
                self.take.answers.pop(item.id, None)
            else:
                self.take.answers[item.id] = before
            self._show()
            self.message.setText(failure_text(error))
            return
        self.next()

    def next(self) -> None:
        items = self._items()
        if self.index + 1 < len(items):
            self.index += 1
            self._show()
            return
        first = rules.first_unanswered(self._service.check(self._lang()), self.take.answers)
        if first < len(items):
            self.index = first
            self._show()
        else:
            self.finish()

    def previous(self) -> None:
        if self.index > 0:
            self.index -= 1
            self._show()
        else:
            self._stage(self.intro_page)
            self.start_button.setFocus()

    def finish(self) -> None:
        if self.take is None or rules.first_unanswered(self._service.check(self._lang()),
                                                       self.take.answers) < len(self._items()):
            return
        try:
            take = self._service.finish(self._session.current, self.take, self._lang())
        except StorageError as error:
            self.take.finished = None
            self.message.setText(failure_text(error))
            return
        self.take = None
        self.finished.emit(take)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if self.stages.currentWidget() is self.question_page and self.take is not None:
            key = event.key()
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_7:
                self.choice.button(key - Qt.Key.Key_0).setChecked(True)
                self.answer(key - Qt.Key.Key_0)
                return
            if key == Qt.Key.Key_0:
                self.skip_button.setChecked(True)
                self.answer(rules.SKIP)
                return
            if key in (Qt.Key.Key_Right, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.next()
                return
            if key == Qt.Key.Key_Left:
                self.previous()
                return
        super().keyPressEvent(event)

    def clear_private(self) -> None:
        self.take = None
        for w in (self.question, self.area_title, self.message):
            w.clear()
        self.progress.setFormat("")
        self.choice.setExclusive(False)
        for b in self.choice.buttons():
            b.setChecked(False)
        self.choice.setExclusive(True)
        self._stage(self.intro_page)

    # Texts ----------------------------------------------------------------------------------
    def _t(self, key: str):
        return self._prefs.text("intimacy", key)

    def _retranslate_question(self) -> None:
        if self.take is None or self.stages.currentWidget() is not self.question_page:
            return
        check = self._service.check(self._lang())
        items = check.items
        item = items[self.index]
        self.area_title.setText(check.area(item.area).name)
        self.question.setText(item.text)
        total = str(len(items))
        self.progress.setFormat(fill(self.tr("Statement %1 of %2 · about %3 minutes in all"), str(self.index + 1),
                                     total, str(self._service.minutes(self._lang()))))
        self.progress.setAccessibleName(self.progress.format())
        scale = f"{self.low_label.text()}, {self.high_label.text()}"
        for value in range(1, 8):
            self.choice.button(value).setAccessibleName(
                fill(self.tr("Answer %1 of 7 to statement %2 of %3"), str(value), str(self.index + 1), total))
        self.skip_button.setAccessibleName(fill(self.tr("%1, for statement %2 of %3"), self._t("scale.skip"),
                                                str(self.index + 1), total))
        for button in self.choice.buttons():
            button.setAccessibleDescription(f"{item.text} {scale}")

    def retranslate(self) -> None:
        self.intro_title.setText(self._t("intro.title"))
        self.intro.setText(fill_names(self._t("intro.body"), minutes=str(self._service.minutes(self._lang()))).strip())
        self.start_button.setText(self.tr("&Begin") if self.take is None or not self.take.answers
                                  else self.tr("&Go on"))
        self.start_button.setAccessibleName(self.tr("Begin the intimacy check"))
        self.leave_button.setText(self.tr("Ba&ck"))
        self.leave_button.setAccessibleName(self.tr("Back to the start"))
        self.stop_button.setText(self.tr("Stop for no&w"))
        self.stop_button.setAccessibleName(self.tr("Stop for now: your answers are kept, and you can go on "
                                                   "from here later"))
        for button in (self.help_button, self.help_button2):
            button.setText(self.tr("Need help?"))
            button.setAccessibleName(self.tr("Need help? Where to find support"))
        self.skip_button.setText(self._t("scale.skip"))
        self.low_label.setText("1 = " + self._t("scale.low"))
        self.high_label.setText("7 = " + self._t("scale.high"))
        self.keys_hint.setText(fill(self.tr("Keys: 1 to 7 to answer, 0 for ‘%1’, arrows to go back or on. Every "
                                            "answer is saved at once; you can stop and go on later."),
                                    self._t("scale.skip")))
        self.back_button.setText(self.tr("&Previous"))
        self.back_button.setAccessibleName(self.tr("Previous statement"))
        self.next_button.setText(self.tr("&Next"))
        self.next_button.setAccessibleName(self.tr("Next statement"))
        self.finish_button.setText(self.tr("&Finish and see the results"))
        self.finish_button.setAccessibleName(self.tr("Finish and see the results"))
        self._retranslate_question()
