"""Step 1, "See the pattern": concrete writing about daily life at home, one question at a time."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QProgressBar, QPushButton, QToolButton

from erfenis_desktop.domain.nudge import should_nudge, words
from erfenis_desktop.domain.questionnaire import fill_name, person_key
from erfenis_desktop.services.exercises import Exercises
from erfenis_desktop.services.preferences import Preferences
from erfenis_desktop.services.session import Session
from erfenis_desktop.services.store import StorageError

from ..common.messages import not_saved_text
from ..common.widgets import ReadingColumn, Retranslating, button_row, card, heading, paragraph, plain_label

AUTOSAVE_MS = 3000


@dataclass(frozen=True)
class Prompt:
    id: str
    group: str  # parent_prompts, couple_prompts, mirror_prompts
    index: int  # place in its group in the content file
    parent: int | None  # which parent figure, or None
    parent_name: str


class StepOnePage(Retranslating, ReadingColumn):
    helpRequested = Signal()
    backRequested = Signal()
    patternRequested = Signal()
    stepTwoRequested = Signal()  # from the last question: on to step 2

    def __init__(self, session: Session, exercises: Exercises, prefs: Preferences, parent=None):
        super().__init__(parent=parent)
        self.setObjectName("stepOnePage")
        self._session, self._exercises, self._prefs = session, exercises, prefs
        self.prompts: list[Prompt] = []
        self.index = 0
        self._uuid: str | None = None
        self.title, self.intro = heading(), paragraph()
        self.progress = QProgressBar()
        self.question = heading("question")
        self.no_parents = paragraph()
        self.to_pattern = QPushButton()
        self.to_pattern.clicked.connect(self.patternRequested)
        no_parents_row = QHBoxLayout()
        no_parents_row.addWidget(self.to_pattern)
        no_parents_row.addStretch(1)
        # The introduction is shown open once (before anything is written), then folded under
        # a button that opens it again: the question and the answer stay in view.
        self.about = QToolButton()
        self.about.setCheckable(True)
        self.about.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.about.toggled.connect(self._fold)
        self._fold(False)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.about, 0, Qt.AlignmentFlag.AlignVCenter)
        self.body.addLayout(title_row)
        for w in (self.intro, self.no_parents):
            self.body.addWidget(w)
        self.body.addLayout(no_parents_row)
        for w in (self.progress, self.question):
            self.body.addWidget(w)
        box, box_layout = card()
        self.concrete_title = plain_label()
        self.vague, self.concrete = paragraph(), paragraph()
        for w in (self.concrete_title, self.vague, self.concrete):
            box_layout.addWidget(w)
        self.body.addWidget(box)
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)  # Tab goes on to the next control, as in any form
        self.question.setBuddy(self.editor)  # the question labels the answer field
        self.editor.setMinimumHeight(self.fontMetrics().height() * 6)  # with Next in view at 100 %
        self.editor.textChanged.connect(self._typed)
        self.body.addWidget(self.editor)
        self.nudge = paragraph()
        self.nudge.setObjectName("nudge")
        self.nudge.hide()
        self.count = plain_label()
        self.body.addWidget(self.nudge)
        from ..practice.feelings import with_feelings

        self.feelings = with_feelings(self.body, self.editor, prefs, self.count)  # words for feelings, at the cursor
        self.message = paragraph()  # when saving fails: why, and that the text is still here
        self.message.setObjectName("inlineMessage")
        self.message.hide()
        self.body.addWidget(self.message)
        self.lost_draft: StorageError | None = None  # set when a lock could not keep the answer
        self.prev_button, self.next_button = QPushButton(), QPushButton()
        self.help_button, self.back = QPushButton(), QPushButton()
        self.prev_button.clicked.connect(lambda: self.go(self.index - 1))
        self.next_button.clicked.connect(self._next)
        self.help_button.clicked.connect(self.helpRequested)
        self.back.clicked.connect(self._leave)
        # Help and the way out sit on Next's row when it fits (Next stays in view at the usual
        # size), else on a row of their own (at 200 % a long row would widen the page).
        self._nav = button_row(self.body, self.prev_button, self.next_button)
        self._leave_row = QHBoxLayout()
        self._leave_row.addStretch(1)
        self._leave_row.addWidget(self.help_button)
        self._leave_row.addWidget(self.back)
        self.body.addLayout(self._leave_row)
        self._one_row: bool | None = None
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save)
        self.retranslate()

    # Which questions --------------------------------------------------------------------------
    def _content(self, key: str):
        return self._exercises.text(self._prefs.language, "see_the_pattern", key)

    def build_prompts(self, parents: list[str]) -> list[Prompt]:
        """For each parent figure the daily-life questions, then the parents together (with two or
        more), then the mirror questions (about each parent figure where the question names one)."""
        out = []
        for p, name in enumerate(parents):
            out += [Prompt(x["id"], "parent_prompts", i, p, name)
                    for i, x in enumerate(self._content("parent_prompts"))]
        if len(parents) >= 2:
            out += [Prompt(x["id"], "couple_prompts", i, None, "") for i, x in enumerate(self._content("couple_prompts"))]
        for i, x in enumerate(self._content("mirror_prompts")):
            if "{name}" in x["question"]:
                out += [Prompt(x["id"], "mirror_prompts", i, p, name) for p, name in enumerate(parents)]
            else:
                out.append(Prompt(x["id"], "mirror_prompts", i, None, ""))
        return out

    def open(self) -> None:
        if not self.save():  # anything still unsaved belongs to the question it was typed for
            return  # … and stays on screen until it can be saved
        unlocked = self._session.current
        if unlocked is None:
            return
        runs = self._exercises.runs(unlocked)
        parents = runs[-1].parents if runs else []
        # The questions are about the people who raised you, named in the pattern mirror.
        self.no_parents.setVisible(not runs)
        self.to_pattern.setVisible(not runs)
        self.prompts = self.build_prompts(parents)
        # Resume at the first question without an answer.
        written = self._exercises.writings(unlocked)
        self.index = next((i for i, p in enumerate(self.prompts)
                           if (p.id, person_key(p.parent_name)) not in written), 0)
        self.about.setChecked(not written)  # the introduction, open until the first answer exists
        self._fold(self.about.isChecked())
        self.go(self.index)

    def go(self, index: int) -> None:
        if not self.save():
            return  # the unsaved answer stays on screen (the message says why)
        if not self.prompts:
            return
        if max(0, min(index, len(self.prompts) - 1)) != self.index:
            self.about.setChecked(False)  # read once: folded from the next question on
        self.index = max(0, min(index, len(self.prompts) - 1))
        prompt = self.prompts[self.index]
        written = self._exercises.writings(self._session.current).get((prompt.id, person_key(prompt.parent_name)))
        self._uuid = written.uuid if written else None
        self.editor.blockSignals(True)
        self.editor.setPlainText(written.text if written else "")
        self.editor.document().clearUndoRedoStacks()
        self.editor.document().setModified(False)
        self.editor.blockSignals(False)
        staying = self.editor.hasFocus()
        self._render()
        self._typed()
        if staying:  # no focus change reads the field's description: say the next question
            from ..common.announce import announce

            announce(self.question, self.editor.accessibleDescription())
        self.editor.setFocus()

    def _next(self) -> None:
        """The next question; after the last one, on to step 2 (what was typed is kept first)."""
        if self.prompts and self.index + 1 >= len(self.prompts):
            if self.save():
                self.stepTwoRequested.emit()
            return
        self.go(self.index + 1)

    def _leave(self) -> None:
        if self.save():  # what was typed in the last seconds is kept before going elsewhere
            self.backRequested.emit()

    def hideEvent(self, event) -> None:
        self.save()
        super().hideEvent(event)

    # Writing ----------------------------------------------------------------------------------
    def _typed(self) -> None:
        text = self.editor.toPlainText()
        n = len(words(text))
        self.count.setText(self.tr("%n word(s)", "", n))
        rules = self._exercises.nudge_rules(self._prefs.language)
        nudging = should_nudge(text, rules)
        if nudging and self.nudge.isHidden():  # said once when it appears, not at every key
            from ..common.announce import announce

            self.nudge.show()
            announce(self.nudge, self.nudge.text())
        self.nudge.setVisible(nudging)
        if self.editor.document().isModified():
            self._autosave.start()

    def save(self) -> bool:
        """Store the answer (encrypted) if it changed: every few seconds, on leaving, on lock.
        False when the disk refused: the answer stays on screen, the message says why, and
        saving is tried again in a few seconds."""
        try:
            self.save_draft()
        except StorageError:
            return False
        return True

    def save_draft(self) -> None:
        """Save now; raises StorageError when the disk refuses (the answer stays on screen)."""
        self._autosave.stop()
        if not self.prompts or self._session.current is None or self._session.current.is_locked \
                or not self.editor.document().isModified():
            return
        prompt = self.prompts[self.index]
        try:
            self._uuid = self._exercises.save_writing(self._session.current, prompt.id, prompt.parent,
                                                      prompt.parent_name, self.editor.toPlainText(), self._uuid)
        except StorageError as error:
            first = self.message.isHidden()
            self.message.setText(not_saved_text(error))
            self.message.show()
            if first:  # below the answer, perhaps below the fold: brought into view once
                QTimer.singleShot(0, lambda: self.ensureWidgetVisible(self.message))
            self._autosave.start()  # try again
            raise
        if not self.message.isHidden():  # it worked again
            self.message.setText(self.tr("Saved."))
        self.editor.document().setModified(False)
        if self._session.current.unshared_on_save:
            self.nudge.setText(self.tr("You changed an answer you had shared, so it is no longer shared. Share it "
                                       "again from Everything I wrote if you like."))
            self.nudge.show()

    def clear_private(self) -> None:
        self.lost_draft = None
        try:
            self.save_draft()
        except StorageError as error:
            self.lost_draft = error  # said on the picker
        except Exception:  # noqa: BLE001 - the screen is emptied all the same (the log has it)
            import logging

            logging.getLogger("erfenis").exception("could not keep the step-1 answer while locking")
        self.prompts = []
        self._uuid = None
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.document().clearUndoRedoStacks()
        self.editor.blockSignals(False)
        for w in (self.question, self.vague, self.concrete, self.count, self.message):
            w.clear()
        self.editor.setAccessibleDescription("")  # the question, with a parent's name in it
        self.message.hide()
        self.nudge.hide()
        self.progress.setFormat("")
        self.progress.setAccessibleName("")

    # Texts ------------------------------------------------------------------------------------
    def _render(self) -> None:
        if not self.prompts:
            return
        p = self.prompts[self.index]
        raw = self._content(p.group)[p.index]
        naming = self._exercises.naming(self._prefs.language)  # "je moeder" in a question, "mijn moeder" in an example
        fill = lambda s: fill_name(s, p.parent_name, naming)  # noqa: E731
        self.question.setText(fill(raw["question"]))
        self.vague.setText(self.tr("Vague: %1").replace("%1", fill(raw["vague"])))
        self.concrete.setText(self.tr("Concrete: %1").replace("%1", fill(raw["concrete"])))
        self.progress.setRange(0, len(self.prompts))
        self.progress.setValue(self.index + 1)
        self.progress.setFormat(self.tr("Question %1 of %2").replace("%1", str(self.index + 1))
                                .replace("%2", str(len(self.prompts))))
        self.progress.setAccessibleName(self.progress.format())
        self.editor.setAccessibleDescription(f"{self.progress.format()}: {self.question.text()}")
        self.prev_button.setEnabled(self.index > 0)
        self._name_next()

    def _name_next(self) -> None:
        last = bool(self.prompts) and self.index + 1 >= len(self.prompts)
        self.next_button.setText(self.tr("On to step &2") if last else self.tr("&Next"))
        self.next_button.setAccessibleName(self.tr("On to step 2: Learn a new language") if last
                                           else self.tr("Next question"))
        if self.next_button.text() != getattr(self, "_next_text", None):  # a new width: place the row again
            self._next_text, self._one_row = self.next_button.text(), None
            self._place_buttons()

    def _fold(self, open_: bool) -> None:
        self.intro.setVisible(open_)
        self.about.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)

    def _place_buttons(self) -> None:
        """Need help? and Back beside Previous and Next when the four fit the column's width."""
        buttons = (self.prev_button, self.next_button, self.help_button, self.back)
        spacing = self._nav.spacing() if self._nav.spacing() >= 0 else 6
        need = sum(b.sizeHint().width() for b in buttons) + 4 * spacing + self.fontMetrics().height() * 2
        room = min(self.column.maximumWidth(), self.viewport().width() - 48)
        one_row = need <= room
        if one_row == self._one_row:
            return
        self._one_row = one_row
        for b in (self.help_button, self.back):
            for layout in (self._nav, self._leave_row):
                layout.removeWidget(b)
            (self._nav if one_row else self._leave_row).addWidget(b)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_buttons()

    def changeEvent(self, event) -> None:  # noqa: N802 - the text size changed: the buttons' widths too
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._place_buttons()

    def retranslate(self) -> None:
        self.title.setText(self._content("intro.title"))
        self.intro.setText(self._content("intro.body").strip())
        self.about.setText(self.tr("About this step"))
        self.about.setAccessibleName(self.tr("About this step: what to write, and why"))
        self.concrete_title.setText(self._content("intro.concrete_title"))
        self.nudge.setText(self._exercises.text(self._prefs.language, "nudge", "message"))
        self.no_parents.setText(self.tr("Most questions here are about the people who raised you. Name them in "
                                        "the pattern mirror first; until then you see only the general questions."))
        self.to_pattern.setText(self.tr("Go to the pattern &mirror"))
        self.to_pattern.setAccessibleName(self.tr("Go to the pattern mirror"))
        self.editor.setAccessibleName(self.tr("Your answer"))
        self.editor.setPlaceholderText(self.tr("Write what happened, what someone did or said…"))
        for button, text, name in ((self.prev_button, self.tr("&Previous"), self.tr("Previous question")),
                                   (self.help_button, self.tr("Need help?"), self.tr("Need help? Where to find support")),
                                   (self.back, self.tr("&Back to the start"), self.tr("Back to the start"))):
            button.setText(text)
            button.setAccessibleName(name)
        self._name_next()
        self._render()
        self._typed()
