"""“Our dance”: the couple's loop in their own shared words, both on one axis, what each
brought from home, a step-through in large text, and export to PNG or PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton, QStackedWidget, QVBoxLayout, QWidget

from erfenis_desktop.domain import dans
from erfenis_desktop.services.dans import PATTERNS, DansData, DansService
from erfenis_desktop.services.exercises import Exercises
from erfenis_desktop.services.preferences import Preferences
from erfenis_desktop.services.session import Session
from erfenis_desktop.services.vault import ProfileError

from ..common.charts import PursueWithdrawAxis
from ..common.dialogs import Dialogs
from ..common.messages import error_text
from ..common.widgets import (
    ReadingColumn,
    Retranslating,
    button_row,
    card,
    clear_layout,
    fill,
    heading,
    paragraph,
    plain_label,
)
from .dans_canvas import LoopCanvas, MirroredBars, StepBox


class StepThrough(Retranslating, QWidget):
    """One step of the loop at a time, in large text, with the way out at each step."""

    closed = Signal()
    saveRequested = Signal()
    helpRequested = Signal()

    def __init__(self, prefs: Preferences, parent=None):
        super().__init__(parent)
        self._prefs = prefs
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.steps: list[StepBox] = []
        self.exits: list[list[str]] = [[], []]
        self.names: list[str] = ["", ""]
        self.index = 0
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.column = ReadingColumn(max_width_chars=90)  # scrolls at 200 % text in a small window
        self.column.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(self.column)
        layout = self.column.body
        self.counter, self.title, self.text = plain_label(), heading("stepTitle"), heading("stepText")
        self.exit_title, self.exit_list, self.discomfort, self.hint = heading("subheading"), paragraph(), paragraph(), \
            paragraph()
        self.exit_list.setObjectName("stepExits")
        self.message = paragraph()
        self.safety = paragraph()  # next to "new feels strange": unfamiliar is not unsafe, and where help is
        self.safety.setObjectName("safetyNote")
        self.help_button = QPushButton()
        self.help_button.clicked.connect(self.helpRequested)
        for w in (self.counter, self.title, self.text, self.exit_title, self.exit_list, self.discomfort, self.safety,
                  self.hint, self.message):
            layout.addWidget(w)
        button_row(layout, self.help_button)
        self.prev_button, self.next_button, self.stop_button = QPushButton(), QPushButton(), QPushButton()
        self.prev_button.clicked.connect(lambda: self.go(self.index - 1))
        self.next_button.clicked.connect(lambda: self.go(self.index + 1))
        self.stop_button.clicked.connect(self.closed)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.saveRequested)
        button_row(layout, self.prev_button, self.next_button)
        button_row(layout, self.save_button, self.stop_button)
        for button in (self.prev_button, self.next_button, self.save_button, self.stop_button, self.help_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the arrow keys with the steps
        self.retranslate()  # named from the start, also before the first step

    def start(self, steps: list[StepBox], exits: list[list[str]], names: list[str] | None = None) -> None:
        self.steps, self.exits, self.names = steps, exits, (names or []) + ["", ""]
        self.go(0)
        self.setFocus()

    def counter_text(self, index: int, count: int) -> str:
        return self.tr("Step %1 of %2").replace("%1", str(index + 1)).replace("%2", str(count))

    def go(self, index: int) -> None:
        if self.steps:
            self.index = index % len(self.steps)  # it is a loop: round again
        self.retranslate()

    def keyPressEvent(self, event):
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_PageDown):
            self.go(self.index + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace, Qt.Key.Key_PageUp):
            self.go(self.index - 1)
        elif key == Qt.Key.Key_Escape:
            self.closed.emit()
        else:
            super().keyPressEvent(event)

    def retranslate(self) -> None:
        t = lambda key: self._prefs.text("dans", key)  # noqa: E731
        self.prev_button.setText(self.tr("&Previous step"))
        self.prev_button.setAccessibleName(self.tr("Previous step"))
        self.next_button.setText(self.tr("&Next step"))
        self.next_button.setAccessibleName(self.tr("Next step"))
        self.stop_button.setText(self.tr("Back to the pictu&re"))
        self.stop_button.setAccessibleName(self.tr("Back to the picture"))
        self.save_button.setText(self.tr("Save this step as PN&G…"))
        self.save_button.setAccessibleName(self.tr("Save this step as PNG"))
        self.hint.setText(t("view.step_hint"))
        self.safety.setText(self._prefs.text("help", "safety.unfamiliar"))
        self.help_button.setText(self.tr("Need help?"))
        self.help_button.setAccessibleName(self.tr("Need help? Where to find support"))
        if not self.steps:  # locked, or nothing to step through: nothing of before stays behind
            for w in (self.counter, self.title, self.text, self.exit_title, self.exit_list, self.message):
                w.clear()
            self.setAccessibleName("")
            return
        step = self.steps[self.index]
        self.counter.setText(self.counter_text(self.index, len(self.steps)))
        self.title.setText(step.title)
        self.text.setText(step.text)
        self.exit_title.setText(fill(self.tr("The way out for %1:"), self.names[step.owner]))
        self.exit_list.setText("\n".join(f"– {e}" for e in self.exits[step.owner]))
        self.discomfort.setText(t("exits.discomfort"))
        self.setAccessibleName(f"{self.counter.text()} {step.title}: {step.text}")


class DansPage(Retranslating, QWidget):
    backRequested = Signal()
    helpRequested = Signal()

    def __init__(self, session: Session, exercises: Exercises, prefs: Preferences, dialogs: Dialogs, parent=None):
        super().__init__(parent)
        self.setObjectName("dansPage")
        self._session, self._exercises, self._prefs, self._dialogs = session, exercises, prefs, dialogs
        self.service = DansService(session.couple, exercises)
        self.data: DansData | None = None
        self._lang = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.view = ReadingColumn(max_width_chars=120)
        self.stack.addWidget(self.view)
        body = self.view.body
        self.title, self.intro = heading(), paragraph()
        self.sentences = heading("question")
        self.sentences.setWordWrap(True)
        self.notes = paragraph()
        self.loop_title, self.axis_title, self.contrast_title = heading("subheading"), heading("subheading"), \
            heading("subheading")
        self.canvas, self.axis, self.bars = LoopCanvas(), PursueWithdrawAxis(), MirroredBars()
        self.history_box, self.history_layout = card()
        self.bars_note = paragraph()  # whose bars are empty, and why: in full, under the bars
        for w in (self.title, self.intro, self.sentences, self.notes, self.loop_title, self.canvas, self.axis_title,
                  self.axis, self.contrast_title, self.bars, self.bars_note, self.history_box):
            body.addWidget(w)
        self.message = paragraph()
        body.addWidget(self.message)
        self.step_button, self.png_button, self.pdf_button = QPushButton(), QPushButton(), QPushButton()
        self.step_button.clicked.connect(self.step_through)
        self.png_button.clicked.connect(lambda: self.export("png"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        button_row(body, self.step_button)
        button_row(body, self.png_button, self.pdf_button)
        self.help_button, self.back = QPushButton(), QPushButton()
        self.help_button.clicked.connect(self.helpRequested)
        self.back.clicked.connect(self.backRequested)
        button_row(body, self.help_button, self.back)
        self.steps_view = StepThrough(prefs)
        self.steps_view.closed.connect(self.close_steps)
        self.steps_view.saveRequested.connect(lambda: self.export("png"))
        self.steps_view.helpRequested.connect(self.helpRequested)
        self.stack.addWidget(self.steps_view)
        self.retranslate()

    # Filling -----------------------------------------------------------------------------
    def open(self) -> None:
        u = self._session.current
        if u is None:
            return
        self.message.clear()
        self._load()
        self.stack.setCurrentWidget(self.view)
        self.retranslate()
        self.step_button.setFocus()

    def _load(self) -> None:
        u = self._session.current
        self._lang = self._prefs.language
        try:
            self.data = self.service.view(u, self._lang)
        except ProfileError as exc:
            self.data = None
            self.message.setText(error_text(exc))

    def _t(self, key: str):
        return self._prefs.text("dans", key)

    def step_boxes(self) -> list[StepBox]:
        d = self.data
        if d is None or not d.people:
            return []
        if len(d.people) == 1:  # one's own side: what sets it off, and what happens in me
            side, name = d.sides[0], d.people[0].name
            missing = self.tr("(not filled in yet)")
            titles = [(self.tr("What sets it off"), side.cycle.get("trigger", ""))] + [
                (dans.fill(self._t(f"steps.{k}"), name=name), side.step_text(k)) for k in ("meaning", "feeling", "move")]
            return [StepBox(0, title, text or missing, not text) for title, text in titles]
        missing = self.tr("(not shared yet)")
        return [StepBox(s.owner, dans.fill(self._t(f"steps.{s.kind}"), name=d.people[s.owner].name),
                        s.text or missing, not s.text) for s in d.steps]

    def _render(self) -> None:
        d = self.data
        if d is None:
            return
        couple = len(d.people) == 2
        names = [p.name for p in d.people]
        notes = []
        if couple:
            self.sentences.setText("\n\n".join(d.dance.sentences) if d.anything else "")
            if not d.anything:
                notes.append(self._t("view.nothing_yet"))
            else:
                for person, cycle, results in zip(d.people, d.has_cycle, d.has_results):
                    if not cycle:
                        notes.append(dans.fill(self._t("view.missing_cycle"), name=person.name))
                    if not results:
                        notes.append(dans.fill(self._t("view.missing_results"), name=person.name))
        else:
            self.sentences.setText(d.solo_text if d.anything else "")
            if d.link_problem:
                notes.append(self.tr("Your link with your partner needs attention (see Together), so this "
                                     "shows only your own side for now."))
            if not d.anything:
                notes.append(self.tr("There is nothing to see here yet. Start with the pattern mirror and "
                                     "‘Mapping our loop’: your own side of the dance appears here."))
        self.canvas.set_steps(self.step_boxes(), [p.colour for p in d.people])
        if d.damaged:
            notes.append(error_text(ProfileError("damaged")))
        self.notes.setText("\n\n".join(notes))
        self.notes.setVisible(bool(notes))
        self.contrast_title.setText(self._t("view.contrast_title") if couple else self.tr("What you brought from home"))
        markers = [(p.name, s.position, QColor(p.colour)) for p, s in zip(d.people, d.sides)]
        self.axis.set_axis(self._prefs.text("patterns", "results.axis_withdraw"),
                           self._prefs.text("patterns", "results.axis_pursue"), markers)
        name = lambda s: self._prefs.text("patterns", f"scales.{s}.name")  # noqa: E731
        sides = d.sides + [dans.Side("")] * (2 - len(d.sides))
        self.bars.set_rows([(name(s), sides[0].patterns.get(s), sides[1].patterns.get(s)) for s in PATTERNS],
                           names + [""] * (2 - len(names)), [p.colour for p in d.people] + ["#888888"],
                           self.tr("no score"))  # in the track when it fits whole; the note under it says why
        self.bars_note.setText(self._bars_note(d))
        self.bars_note.setVisible(bool(self.bars_note.text()))
        self._render_history(d)

    def _bars_note(self, d: DansData) -> str:
        """Why a person's bars are empty, naming that person (or "you", alone): not shared yet,
        or too few answers for a pattern."""
        scale = lambda s: f"‘{self._prefs.text('patterns', f'scales.{s}.name')}’"  # noqa: E731
        lines = []
        for person, side, results in zip(d.people, d.sides, d.has_results):
            empty = [scale(s) for s in PATTERNS if side.patterns.get(s) is None]
            solo = len(d.people) == 1
            if not results:
                if solo and d.anything:
                    lines.append(self._t("view.bars_solo_missing"))
                elif not solo and d.anything:
                    lines.append(dans.fill(self._t("view.bars_not_shared"), name=person.name))
            elif empty:
                lines.append(dans.fill(self._t("view.bars_solo_too_few" if solo else "view.bars_too_few"),
                                       name=person.name, scales=", ".join(empty)))
        return "\n".join(lines)

    def _render_history(self, d: DansData) -> None:
        clear_layout(self.history_layout)
        shown = len(d.people) == 1 and any(v.strip() for v in d.history.values() if isinstance(v, str))
        self.history_box.setVisible(shown)
        if not shown:
            return
        title = heading("subheading")
        title.setText(self._prefs.text("relationship_history", "intro.title"))
        self.history_layout.addWidget(title)
        for field in self._prefs.text("relationship_history", "fields"):
            answer = str(d.history.get(field["id"], "")).strip()
            if answer:
                label, text = plain_label(field["label"]), paragraph()
                label.setWordWrap(True)
                text.setText(answer)
                self.history_layout.addWidget(label)
                self.history_layout.addWidget(text)

    # Step-through -------------------------------------------------------------------------
    def step_through(self) -> None:
        if self.data is None or not self.data.people:
            return
        texts = self.service.texts(self._prefs.language, "dans")
        self.steps_view.start(self.step_boxes(), [dans.exits(s, texts) for s in self.data.sides],
                              [p.name for p in self.data.people])
        self.stack.setCurrentWidget(self.steps_view)

    def service_exits(self, owner: int) -> list[str]:
        if self.data is None or owner >= len(self.data.sides):
            return []
        return dans.exits(self.data.sides[owner], self.service.texts(self._prefs.language, "dans"))

    def close_steps(self) -> None:
        self.stack.setCurrentWidget(self.view)
        self.step_button.setFocus()

    # Export ---------------------------------------------------------------------------------
    def summary(self, kind: str = "pdf") -> list[str]:
        """What an export holds: the shared (or, alone, one's own) words on this screen; from the
        step-through, the step on screen and its way out."""
        d = self.data
        if d is None:
            return []
        steps = self.steps_view
        if self.stack.currentWidget() is steps and steps.steps:
            step = steps.steps[steps.index]
            today = self.tr("Today’s date")
            way_out = QCoreApplication.translate("StepThrough", "The way out for %1:")
            return [today, f"{step.title}: {step.text}", fill(way_out, steps.names[step.owner])]
        lines = [self.tr("Your name and today’s date") if len(d.people) == 1 else
                 self.tr("Your names and today’s date")]
        lines += [self.sentences.text()] if self.sentences.text() else []
        lines += [f"{b.title}: {b.text}" for b in self.step_boxes() if not b.missing]
        if len(d.people) == 1 and self.history_box.isVisible():
            lines.append(self._prefs.text("relationship_history", "intro.title"))
        if any(s.position is not None or any(v is not None for v in s.patterns.values()) for s in d.sides):
            lines.append(self.tr("Your places on the axis, and the bars of what you each brought from home"))
        if kind == "pdf" and self.step_boxes():
            lines.append(self.tr("The ways out of the loop"))
        return lines

    def export(self, kind: str) -> None:
        if self.data is None:
            return
        from ..common.exports import confirm_export

        holds = self.tr("It holds your own writing from this screen. This is what will be in the file:") \
            if len(self.data.people) == 1 else self._t("view.export_body")
        if not confirm_export(self._dialogs, self, self._t("view.export_title"), holds, self.summary(kind)):
            return
        suffix = {"png": self.tr("PNG images (*.png)"), "pdf": self.tr("PDF files (*.pdf)")}[kind]
        target = self._dialogs.save_file(self, self.tr("Save the dance"),
                                         Path.home() / (self._file_name() + "." + kind), suffix)
        if target is None:
            return
        from . import dans_export

        label = self.steps_view.message if self.stack.currentWidget() is self.steps_view else self.message
        try:
            (dans_export.png if kind == "png" else dans_export.pdf)(self, Path(target))
        except OSError as exc:
            label.setText(fill(self.tr("The file could not be saved: %1"), exc.strerror or str(exc)))
            return
        label.setText(self.tr("Saved as %1.").replace("%1", str(target)))

    def _file_name(self) -> str:
        """"our-dance", or alone (one's own side only) "my-dance"."""
        return self.tr("my-dance") if self.data is not None and len(self.data.people) == 1 else self.tr("our-dance")

    def clear_private(self) -> None:
        self.data = None
        self.sentences.clear()
        self.notes.clear()
        self.message.clear()
        self.canvas.set_steps([], [])
        self.axis.set_axis("", "", [])
        self.bars.set_rows([], ["", ""], ["#888888", "#888888"], "")
        self.bars_note.clear()
        self.steps_view.start([], [[], []])
        self._render_history(DansData([], [], [], []))
        self.stack.setCurrentWidget(self.view)

    def retranslate(self) -> None:
        if self.data is not None and self._lang != self._prefs.language and self._session.current is not None:
            self._load()  # the sentences, moves and ways out in the new language
            if self.stack.currentWidget() is self.steps_view:
                index = self.steps_view.index
                self.step_through()
                self.steps_view.go(index)
        solo = self.data is not None and len(self.data.people) == 1
        self.title.setText(self.tr("Your side of the dance") if solo else self._t("view.title"))
        self.setAccessibleName(self.title.text())
        self.intro.setText(self._t("view.solo_intro") if solo else self._t("view.intro"))
        self.loop_title.setText(self._t("view.loop_title"))
        self.axis_title.setText(self._t("view.axis_title"))
        self.contrast_title.setText(self._t("view.contrast_title"))
        self.canvas.setAccessibleName(self._t("view.loop_title"))
        self.axis.setAccessibleName(self._t("view.axis_title"))
        self.bars.setAccessibleName(self._t("view.contrast_title"))
        self.step_button.setText(self.tr("Step thro&ugh the loop"))
        self.step_button.setAccessibleName(self.tr("Step through the loop"))
        self.png_button.setText(self.tr("Save as PN&G…"))
        self.png_button.setAccessibleName(self.tr("Save as PNG"))
        self.pdf_button.setText(self.tr("Save as P&DF…"))
        self.pdf_button.setAccessibleName(self.tr("Save as PDF"))
        self.help_button.setText(self.tr("Need help?"))
        self.help_button.setAccessibleName(self.tr("Need help? Where to find support"))
        self.back.setText(self.tr("&Back to the start"))
        self.back.setAccessibleName(self.tr("Back to the start"))
        self._render()
