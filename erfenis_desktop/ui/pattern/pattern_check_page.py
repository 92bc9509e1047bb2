"""The pattern mirror: who raised you, then one question at a time, saved after every answer.

The first stage, who raised you, is ``parents_stage.py`` (a part of this page); this module
holds the page, its questions one at a time, and finishing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from erfenis_desktop.domain.questionnaire import (
    NOT_APPLICABLE,
    can_finish,
    fill_name,
    first_unanswered,
    person_key,
    questions,
    valid_answer,
)
from erfenis_desktop.services.exercises import Exercises, Run
from erfenis_desktop.services.preferences import Preferences
from erfenis_desktop.services.session import Session
from erfenis_desktop.services.store import StorageError

from ..common.flow_layout import FlowLayout
from ..common.messages import failure_text
from ..common.widgets import ReadingColumn, Retranslating, fill, heading, paragraph
from .parents_stage import ParentsStage


class _ScaleButton(QPushButton):
    """An answer from 1 to 7: always the same width, whatever else is on its row (room for two
    digits, at the text size of the moment), so the scale does not shift when ‘Not applicable’
    comes and goes."""

    def __init__(self, text: str):
        super().__init__(text)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self):  # noqa: N802
        hint = super().sizeHint()
        fm = self.fontMetrics()
        hint.setWidth(max(fm.horizontalAdvance("77") * 2, int(fm.height() * 2.5)))
        return hint

    def minimumSizeHint(self):  # noqa: N802
        return self.sizeHint()


class PatternCheckPage(Retranslating, ParentsStage, ReadingColumn):
    finished = Signal(object)  # the finished Run
    helpRequested = Signal()
    backRequested = Signal()

    def __init__(self, session: Session, exercises: Exercises, prefs: Preferences, parent=None):
        super().__init__(parent=parent)
        self.setObjectName("patternCheckPage")
        self._session, self._exercises, self._prefs = session, exercises, prefs
        self.run: Run | None = None
        self.index = 0
        self.stages = QStackedWidget()
        self.body.addWidget(self.stages)
        self.message = paragraph()  # an answer that could not be saved: why
        self.message.setObjectName("inlineMessage")
        self.body.addWidget(self.message)
        self._build_parents()
        self._build_question()
        self.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802 - a new text size: the list's lines are taller
        super().changeEvent(event)
        if event.type() == event.Type.FontChange and hasattr(self, "duration"):
            self._people_changed()

    def _say_duration(self) -> None:  # here, not in parents_stage.py: lupdate sees plurals only in tr()
        n = self.parent_list.count()
        text = (self.tr("With the %n person(s) you named, it takes about %1 minutes.", "", n) if n
                else self.tr("Without anyone named, it takes about %1 minutes."))
        self.duration.setText(fill(text, str(self.minutes(n))))

    # One question at a time ----------------------------------------------------------------
    def _build_question(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.section_title = heading("subheading")
        self.section_body = paragraph()
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.question = heading("question")
        self.question.setMinimumHeight(self.fontMetrics().height() * 3)
        layout.addWidget(self.section_title)
        layout.addWidget(self.section_body)
        layout.addWidget(self.progress)
        layout.addWidget(self.question)
        self.choice = QButtonGroup(self)
        self.choice.setExclusive(True)
        row = FlowLayout()  # at a large text size, "Not applicable" goes under the scale
        for value in range(1, 8):
            button = _ScaleButton(str(value))
            button.setCheckable(True)
            self.choice.addButton(button, value)
            row.addWidget(button)
        self.na_button = QPushButton()
        self.na_button.setCheckable(True)
        self.choice.addButton(self.na_button, 0)
        row.addWidget(self.na_button)
        layout.addLayout(row)
        ends = QHBoxLayout()
        self.low_label, self.high_label = QLabel(), QLabel()
        ends.addWidget(self.low_label)
        ends.addStretch(1)
        ends.addWidget(self.high_label)
        self.ends = QWidget()
        self.ends.setLayout(ends)
        layout.addWidget(self.ends)
        self.choice.idClicked.connect(self._chosen)
        self.keys_hint = paragraph()
        layout.addWidget(self.keys_hint)
        nav = QHBoxLayout()
        self.back_button, self.next_button, self.help_button2 = QPushButton(), QPushButton(), QPushButton()
        self.finish_button = QPushButton()
        self.back_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.finish_button.clicked.connect(self.finish)
        self.help_button2.clicked.connect(self.helpRequested)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        nav.addWidget(self.finish_button)
        nav.addStretch(1)
        layout.addLayout(nav)
        # Stopping keeps every answer (each is saved at once); the check goes on from here later.
        leave = QHBoxLayout()
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self.backRequested)
        leave.addWidget(self.stop_button)
        leave.addStretch(1)
        leave.addWidget(self.help_button2)
        layout.addLayout(leave)
        layout.addStretch(1)
        self.stages.addWidget(page)
        self.question_page = page

    # Flow -------------------------------------------------------------------------------------
    def _stage(self, page: QWidget) -> None:
        """Show one stage; the hidden one takes no room, and the view starts at the top."""
        from PySide6.QtWidgets import QSizePolicy

        for other in (self.parents_page, self.question_page):
            policy = QSizePolicy.Policy.Preferred if other is page else QSizePolicy.Policy.Ignored
            other.setSizePolicy(policy, policy)
        self.stages.setCurrentWidget(page)
        self.stages.adjustSize()
        self.verticalScrollBar().setValue(0)

    def _questionnaire(self):
        return self._exercises.questionnaire(self._prefs.language)

    def _questions(self):
        return questions(self._questionnaire(), self.run.parents) if self.run else []

    def open(self) -> None:
        """Resume an unfinished check where it stopped, or begin with who raised you."""
        unlocked = self._session.current
        self.run = self._exercises.open_run(unlocked) if unlocked else None
        if self.run is None:
            self.parent_list.clear()
            self._stage(self.parents_page)
            self.parent_name.setFocus()
        else:
            self.index = min(first_unanswered(self._questionnaire(), self.run.parents, self.run.answers),
                             len(self._questions()) - 1)
            self._show()
        self.retranslate()

    def start(self) -> None:
        """Begin (or, coming back to the list, go on with the people as they are now)."""
        if self.run is None:
            self.run = Run(parents=self.parents())
        else:
            self.run.parents = self.parents()
            keep = {f"parent:{person_key(n)}:" for n in self.run.parents}
            # Answers about someone no longer in the list are not kept.
            self.run.answers = {k: v for k, v in self.run.answers.items()
                                if not k.startswith("parent:") or any(k.startswith(p) for p in keep)}
        try:
            self.run = Exercises.save_run(self._session.current, self.run)
        except StorageError as error:
            self.message.setText(failure_text(error))  # the list stays as it is
            return
        self.index = 0
        self._show()

    def _show(self) -> None:
        qs = self._questions()
        self.message.clear()
        self._stage(self.question_page)
        q = qs[self.index]
        self.progress.setRange(0, len(qs))
        self.progress.setValue(self.index + 1)
        self.question.setText(q.text())
        self.na_button.setVisible(q.item.na)
        value = self.run.answers.get(q.key)
        self.choice.setExclusive(False)
        for b in self.choice.buttons():
            b.setChecked(False)
        self.choice.setExclusive(True)
        if value is not None and valid_answer(value, q.item):  # a damaged or odd stored value is just ignored
            self.choice.button(0 if value == NOT_APPLICABLE else int(value)).setChecked(True)
        self.back_button.setEnabled(True)  # from the first question: back to the list of people
        self.finish_button.setVisible(can_finish(self._questionnaire(), self.run.parents, self.run.answers))
        self._retranslate_question()
        self._focus_question()

    def _focus_question(self) -> None:
        """Focus stays where it is on the question (an answer button, Next): the new question is
        said, with its scale; else it goes to the answer given before, or to 1, whose name and
        description say the question."""
        from ..common.announce import announce

        focused = self.window().focusWidget()
        if focused is not None and focused.isVisible() and self.question_page.isAncestorOf(focused):
            announce(self.question, self._question_spoken())
        else:
            (self.choice.checkedButton() or self.choice.button(1)).setFocus()

    def _question_spoken(self) -> str:
        """“Question 5 of 55: … 1 = not at all, 7 = very much.”"""
        scale = f"{self.low_label.text()}, {self.high_label.text()}"
        return f"{self.progress.format()}: {self.question.text()} {scale}"

    def _chosen(self, value: int) -> None:
        self.answer(NOT_APPLICABLE if value == 0 else value)

    def answer(self, value) -> None:
        """Save the answer for the current question at once, then go on."""
        q = self._questions()[self.index]
        if value == NOT_APPLICABLE and not q.item.na:
            return
        self.run.position = self.index
        before = self.run.answers.get(q.key)
        try:
            self._exercises.answer(self._session.current, self.run, q, value)
        except StorageError as error:
            if before is None:  # not saved, so not kept either: the screen shows what is stored
                self.run.answers.pop(q.key, None)
            else:
                self.run.answers[q.key] = before
            self._show()
            self.message.setText(failure_text(error))
            return
        self.next()

    def next(self) -> None:
        if self.index + 1 < len(self._questions()):
            self.index += 1
            self._show()
        elif first_unanswered(self._questionnaire(), self.run.parents, self.run.answers) < len(self._questions()):
            self.index = first_unanswered(self._questionnaire(), self.run.parents, self.run.answers)
            self._show()
        else:
            self.finish()

    def previous(self) -> None:
        if self.index > 0:
            self.index -= 1
            self._show()
            return
        # Back to who raised you: the list can still be changed.
        self.parent_list.clear()
        for name in self.run.parents:
            self.parent_list.addItem(name)
        self._stage(self.parents_page)

    def finish(self) -> None:
        """End here: every scale has enough answers, even if a few questions were skipped."""
        if self.run is None or not can_finish(self._questionnaire(), self.run.parents, self.run.answers):
            return
        try:
            run = self._exercises.finish(self._session.current, self.run)
        except StorageError as error:
            self.run.finished = None  # not finished until that is saved
            self.message.setText(failure_text(error))
            return
        self.run = None
        self.finished.emit(run)

    def keyPressEvent(self, event) -> None:
        if self.stages.currentWidget() is self.question_page and self.run is not None:
            key = event.key()
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_7:
                self.choice.button(key - Qt.Key.Key_0).setChecked(True)
                self.answer(key - Qt.Key.Key_0)
                return
            if key in (Qt.Key.Key_Right, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.next()
                return
            if key == Qt.Key.Key_Left:
                self.previous()
                return
        super().keyPressEvent(event)

    def clear_private(self) -> None:
        self.run = None
        for w in (self.parent_list, self.parent_name, self.question, self.section_title, self.section_body,
                  self.message):
            w.clear()
        self.progress.setFormat("")
        self.progress.setAccessibleName("")
        self.choice.setExclusive(False)
        for b in self.choice.buttons():
            b.setChecked(False)
            b.setAccessibleDescription("")  # the question, with the name of a parent in it
        self.choice.setExclusive(True)
        self._stage(self.parents_page)

    # Texts ----------------------------------------------------------------------------------
    def _t(self, key: str):
        return self._exercises.text(self._prefs.language, "pattern_check", key)

    def _retranslate_question(self) -> None:
        if not self.run:
            return
        q = self._questions()[self.index]
        section = q.key.split(":")[0]
        naming = self._exercises.naming(self._prefs.language)  # "Over je moeder", "Over oma Riet"
        self.section_title.setText(fill_name(self._t(f"sections.{section}.title"), q.parent or "", naming))
        body = self._exercises.text(self._prefs.language, "pattern_check", f"sections.{section}") or {}
        self.section_body.setText(fill_name(body.get("body", ""), q.parent or "", naming).strip())
        self.section_body.setVisible(bool(self.section_body.text()))
        self.question.setText(q.text())
        self.progress.setFormat(self.tr("Question %1 of %2").replace("%1", str(self.index + 1))
                                .replace("%2", str(len(self._questions()))))
        self.progress.setAccessibleName(self.progress.format())
        # Each answer button says which question it answers (a Tab onto it reads the question).

        scale = f"{self.low_label.text()}, {self.high_label.text()}"
        for value in range(1, 8):
            self.choice.button(value).setAccessibleName(
                fill(self.tr("Answer %1 of 7 to question %2 of %3"), str(value), str(self.index + 1),
                     str(len(self._questions()))))
        self.na_button.setAccessibleName(fill(self.tr("%1, for question %2 of %3"), self.na_button.text(),
                                              str(self.index + 1), str(len(self._questions()))))
        for button in self.choice.buttons():
            button.setAccessibleDescription(f"{self.question.text()} {scale}")

    def retranslate(self) -> None:
        self._parents_texts()
        self.stop_button.setText(self.tr("Stop for no&w"))
        self.stop_button.setAccessibleName(self.tr("Stop for now: your answers are kept, and you can go on "
                                                   "from here later"))
        for button in (self.help_button, self.help_button2):
            button.setText(self.tr("Need help?"))
            button.setAccessibleName(self.tr("Need help? Where to find support"))
        for value in range(1, 8):
            self.choice.button(value).setAccessibleName(self.tr("Answer %1 of 7").replace("%1", str(value)))
        self.na_button.setText(self._t("scale.not_applicable"))
        self.na_button.setAccessibleName(self._t("scale.not_applicable"))
        self.low_label.setText("1 = " + self._t("scale.low"))
        self.high_label.setText("7 = " + self._t("scale.high"))
        self.keys_hint.setText(self.tr("Keys: 1 to 7 to answer, arrows to go back or on. "
                                       "Every answer is saved at once; you can stop and continue later."))
        self.back_button.setText(self.tr("&Previous"))
        self.back_button.setAccessibleName(self.tr("Previous question"))
        self.next_button.setText(self.tr("&Next"))
        self.next_button.setAccessibleName(self.tr("Next question"))
        self.finish_button.setText(self.tr("&Finish here"))
        self.finish_button.setAccessibleName(self.tr("Finish here and see the results"))
        self._retranslate_question()
