"""“Na een botsing” (after a clash): a repair conversation through the couple's own loop, in the
words each shared in their loop map, one step at a time in large text, with the way out at
every step and a clear Stop. What each person writes during it is their own private text."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from erfenis_desktop.domain.repair import answer_key
from erfenis_desktop.services.exercises import Exercises
from erfenis_desktop.services.practice import Practice, RepairStep
from erfenis_desktop.services.preferences import Preferences
from erfenis_desktop.services.session import Session
from erfenis_desktop.services.store import StorageError
from erfenis_desktop.services.together import new_session_id
from erfenis_desktop.services.vault import ProfileError

from ..common.fields import badge
from ..common.messages import error_text, not_saved_text
from ..common.widgets import ReadingColumn, Retranslating, button_row, card, fill, heading, paragraph, plain_label

#: Keys that move through the steps when the focus is not in a writing field.
_NEXT = (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown)
_PREVIOUS = (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp)


class _Field(QPlainTextEdit):
    """A writing field of one person at one step, a few lines high; a tab leaves it (the steps
    stay reachable)."""

    def __init__(self, owner: int, key: str, parent=None):
        super().__init__(parent)
        self.owner, self.key = owner, key
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self._lines(3))

    def _lines(self, n: int) -> int:
        return self.fontMetrics().lineSpacing() * n + 2 * self.frameWidth() + 12

    def sizeHint(self):
        hint = super().sizeHint()
        hint.setHeight(self._lines(4))
        return hint

    def changeEvent(self, event):
        if event.type() == event.Type.FontChange:
            self.setMinimumHeight(self._lines(3))
            self.updateGeometry()
        super().changeEvent(event)


class RepairPage(Retranslating, QWidget):
    """``backRequested``: back to Together. ``loopMapRequested``: a partner shared no loop map
    and chose to fill it in now."""

    backRequested = Signal()
    helpRequested = Signal()
    loopMapRequested = Signal()

    def __init__(self, session: Session, exercises: Exercises, prefs: Preferences, parent=None):
        super().__init__(parent)
        self.setObjectName("repairPage")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._session, self._prefs = session, prefs
        self.practice = Practice(exercises, session.couple)
        self.users: list = [None, None]
        self.session_id = ""
        self.steps: list[RepairStep] = []
        self.index = 0
        self.fields: list[list[_Field]] = []  # per step
        self.saved = [False, False]  # each person's private item exists for this conversation
        self.lost_draft = None
        self._lang = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)

        # Before the first step: what this is, and that either of you can stop at any moment.
        self.start_view = ReadingColumn(max_width_chars=80)
        self.title, self.intro, self.first, self.stop_first = heading(), paragraph(), paragraph(), paragraph()
        self.before_safety = paragraph()  # more than a clash: not for now, and where help is
        self.before_safety.setObjectName("safetyNote")
        for w in (self.title, self.intro, self.first, self.stop_first, self.before_safety):
            self.start_view.body.addWidget(w)
        self.begin_button, self.not_now = QPushButton(), QPushButton()
        self.begin_button.clicked.connect(lambda: self.go(0))
        self.not_now.clicked.connect(self.stop)
        button_row(self.start_view.body, self.begin_button, self.not_now)
        self.start_help = QPushButton()
        self.start_help.clicked.connect(self.helpRequested)
        button_row(self.start_view.body, self.start_help)
        self.stack.addWidget(self.start_view)

        # One step: large text, the partners' own words, the way out, what each may write.
        self.step_view = ReadingColumn(max_width_chars=80)  # scrolls at 200 % text
        self.step_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = self.step_view.body
        self.counter, self.step_title, self.step_text = plain_label(), heading("stepTitle"), heading("question")
        for w in (self.counter, self.step_title, self.step_text):
            body.addWidget(w)
        way_out_box, way_out = card()  # the way out, set apart at every step
        self.way_out_title, self.way_out, self.stop_line = heading("subheading"), paragraph(), paragraph()
        self.way_out.setObjectName("stepExits")
        for w in (self.way_out_title, self.way_out, self.stop_line):
            way_out.addWidget(w)
        body.addWidget(way_out_box)
        self.private_note, self.hint = paragraph(), paragraph()
        body.addWidget(self.private_note)  # right above the fields it is about
        self.writing = QWidget()
        self.writing_layout = QVBoxLayout(self.writing)
        self.writing_layout.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.writing)
        self.message = paragraph()
        self.message.setObjectName("inlineMessage")
        for w in (self.hint, self.message):
            body.addWidget(w)
        self.help_button = QPushButton()
        self.help_button.clicked.connect(self.helpRequested)
        button_row(body, self.help_button)
        self.stack.addWidget(self.step_view)

        # The end, or a partner who shared no loop map yet.
        self.end_view = ReadingColumn(max_width_chars=80)
        self.end_title, self.end_text, self.end_safety = heading(), paragraph(), paragraph()
        self.end_safety.setObjectName("safetyNote")  # next to "it need not feel right yet"
        self.end_message = paragraph()
        self.end_message.setObjectName("inlineMessage")
        for w in (self.end_title, self.end_text, self.end_safety, self.end_message):
            self.end_view.body.addWidget(w)
        self.loop_button, self.end_back = QPushButton(), QPushButton()
        self.loop_button.clicked.connect(self._to_loop_map)
        self.end_back.clicked.connect(self.stop)
        button_row(self.end_view.body, self.loop_button)
        button_row(self.end_view.body, self.end_back)
        self.stack.addWidget(self.end_view)
        self.end_kind = ""  # "missing", "done", "stopped", "problem"

        # Always at hand, outside the scrolling: back, on, and Stop.
        self.bar = QWidget()
        bar = QHBoxLayout(self.bar)
        bar.setContentsMargins(24, 8, 24, 12)
        self.prev_button, self.next_button, self.stop_button = QPushButton(), QPushButton(), QPushButton()
        self.stop_button.setObjectName("stopButton")
        self.prev_button.clicked.connect(lambda: self.go(self.index - 1))
        self.next_button.clicked.connect(self._next)
        self.stop_button.clicked.connect(self.stop)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self.stop_button)
        outer.addWidget(self.bar)
        self.bar.hide()
        self.retranslate()

    # Starting -----------------------------------------------------------------------------
    def open(self) -> bool:
        """Build the conversation for the two unlocked partners; False when they are not both here."""
        if not self._session.together:
            return False
        if self.active:
            self.clear_private()  # an earlier conversation left behind: what was written is kept first
        self.users = [self._session.current, self._session.partner]
        self.session_id = new_session_id()
        self.saved = [False, False]
        self.lost_draft = None
        self.index = 0
        self._load()
        return True

    def _load(self) -> None:
        self._lang = self._prefs.language
        try:
            self.steps = self.practice.repair_steps(self.users[0], self._lang)
        except ProfileError as exc:
            self.steps = []
            self._end("problem", error_text(exc))
            return
        if self.steps and self.steps[0].key == "missing":
            self._end("missing")
            return
        self._build_fields()
        self.stack.setCurrentWidget(self.start_view)
        self.retranslate()
        self.begin_button.setFocus()

    def _build_fields(self) -> None:
        """A field per person and prompt, per step (kept when going back and forth), each in its
        own place: whose it is (colour, initial, name), the field, and words for feelings."""
        from .feelings import with_feelings

        old = {(f.owner, f.key): f.toPlainText() for fields in self.fields for f in fields}
        self._drop_fields()
        size = self.fontMetrics().height() * 2
        for step in self.steps:
            fields = []
            for i, _prompt in enumerate(step.prompts):
                for owner in (0, 1):
                    field = _Field(owner, answer_key(step.key, i))
                    field.setPlainText(old.get((owner, field.key), ""))
                    field.prompt = i
                    field.entry = QWidget()
                    column = QVBoxLayout(field.entry)
                    column.setContentsMargins(0, 8, 0, 0)
                    row = QHBoxLayout()
                    u = self.users[owner]
                    mark = QLabel()
                    mark.setPixmap(badge(u.profile.colour, u.profile.initial, size).pixmap(QSize(size, size)))
                    field.label = plain_label()
                    field.label.setWordWrap(True)
                    field.label.setBuddy(field)
                    row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
                    row.addWidget(field.label, 1)
                    column.addLayout(row)
                    column.addWidget(field)
                    with_feelings(column, field, self._prefs)
                    field.entry.hide()
                    fields.append(field)
            self.fields.append(fields)

    def _drop_fields(self) -> None:
        for field in (f for fields in self.fields for f in fields):
            field.clear()
            self.writing_layout.removeWidget(field.entry)
            field.entry.hide()
            field.entry.deleteLater()  # the field, its label and its words for feelings with it
        self.fields = []

    @property
    def active(self) -> bool:
        return self.users[0] is not None

    # Going through ----------------------------------------------------------------------
    def go(self, index: int) -> None:
        if not self.steps or not self.active:
            return
        self.index = max(0, min(index, len(self.steps) - 1))
        self._show_fields()
        self.stack.setCurrentWidget(self.step_view)
        self.message.clear()
        self.retranslate()
        self.step_view.verticalScrollBar().setValue(0)
        self.setFocus()

    def _next(self) -> None:
        if self.index < len(self.steps) - 1:
            self.go(self.index + 1)
        else:
            self.finish()

    def _show_fields(self) -> None:
        """The writing fields of this step, each under the name of whose it is."""
        for field in (f for fields in self.fields for f in fields):
            self.writing_layout.removeWidget(field.entry)
            field.entry.hide()
        step = self.steps[self.index]
        for field in self.fields[self.index]:
            name, prompt = self.users[field.owner].profile.name, step.prompts[field.prompt]
            field.label.setText(fill(self.tr("%1: %2"), name, prompt))
            field.setAccessibleName(fill(self.tr("What %1 writes: %2"), name, prompt))
            self.writing_layout.addWidget(field.entry)
            field.entry.show()
        self.writing.setVisible(bool(self.fields[self.index]))

    def keyPressEvent(self, event):
        key = event.key()
        if key == Qt.Key.Key_Escape:  # the way out, from anywhere in the conversation
            self.stop()
        elif self.stack.currentWidget() is self.step_view and key in _NEXT:
            self._next()
        elif self.stack.currentWidget() is self.step_view and key in _PREVIOUS:
            self.go(self.index - 1)
        else:
            super().keyPressEvent(event)

    # What each wrote --------------------------------------------------------------------
    def answers(self, owner: int) -> dict[str, str]:
        return {f.key: f.toPlainText() for fields in self.fields for f in fields if f.owner == owner}

    def save_draft(self) -> None:
        """Keep what each person wrote as their own private text; StorageError when the disk
        refuses (the text stays on screen)."""
        if not self.active:
            return
        for owner, u in enumerate(self.users):
            answers = self.answers(owner)
            if u is None or u.is_locked or not (self.saved[owner] or any(v.strip() for v in answers.values())):
                continue
            self.practice.save_repair(u, self.session_id, answers)
            self.saved[owner] = True

    def _save_or_say(self, label: QLabel) -> bool:
        try:
            self.save_draft()
        except StorageError as exc:
            label.setText(not_saved_text(exc))
            label.show()
            return False
        except ProfileError as exc:
            label.setText(error_text(exc))
            label.show()
            return False
        return True

    def finish(self) -> None:
        if self._save_or_say(self.message):
            self._end("done")

    def stop(self) -> None:
        """The way out, at every step: what was written is kept privately, and the conversation ends."""
        if self.stack.currentWidget() is self.end_view or not self.active:
            self.clear_private()
            self.backRequested.emit()
            return
        if not self._save_or_say(self.message if self.stack.currentWidget() is self.step_view else self.end_message):
            return
        if self.stack.currentWidget() is self.start_view:
            self.clear_private()
            self.backRequested.emit()
            return
        self._end("stopped")

    def _end(self, kind: str, message: str = "") -> None:
        self.end_kind = kind
        if kind != "missing" and kind != "problem":
            for fields in self.fields:  # kept privately now: nothing of it stays on screen
                for field in fields:
                    field.clear()
        self.end_message.setText(message)
        self.end_message.setVisible(bool(message))
        self.stack.setCurrentWidget(self.end_view)
        self.retranslate()
        (self.loop_button if kind == "missing" else self.end_back).setFocus()

    def _to_loop_map(self) -> None:
        self.clear_private()
        self.loopMapRequested.emit()

    def clear_private(self) -> None:
        """On lock, and when leaving: what each wrote is kept first (as their own private text),
        then nothing of the conversation stays in the widgets."""
        self.lost_draft = None
        try:
            self.save_draft()
        except StorageError as error:
            self.lost_draft = error  # said on the picker after the lock
        except Exception:  # noqa: BLE001 - locking must go on; the log has it
            import logging

            logging.getLogger("erfenis").exception("could not keep a repair conversation")
        self._drop_fields()
        self.steps, self.users, self.session_id, self.saved = [], [None, None], "", [False, False]
        self.message.clear()
        self.end_message.clear()
        self.end_kind = ""
        self.index = 0
        self.stack.setCurrentWidget(self.start_view)
        self.retranslate()

    # Texts ----------------------------------------------------------------------------------
    def _t(self, key: str):
        return self._prefs.text("practice", f"repair.{key}")

    def retranslate(self) -> None:
        if self.active and self.steps and self._lang != self._prefs.language:
            self._lang = self._prefs.language  # the steps in the new language; what was written stays
            try:
                self.steps = self.practice.repair_steps(self.users[0], self._lang)
            except ProfileError:
                pass
            if self.steps and self.steps[0].key != "missing":
                self._build_fields()
                if self.stack.currentWidget() is self.step_view:
                    self._show_fields()
        self.title.setText(self._t("title"))
        self.setAccessibleName(self._t("title"))
        self.start_view.setAccessibleName(self._t("title"))
        self.intro.setText(self._t("intro").strip())
        self.first.setText(self._t("first").strip())
        self.stop_first.setText(self._t("stop").strip())
        self.before_safety.setText(self._t("safety").strip())
        self.start_help.setText(self.tr("Need help?"))
        self.start_help.setAccessibleName(self.tr("Need help? Where to find support"))
        self.begin_button.setText(self.tr("&Begin"))
        self.begin_button.setAccessibleName(self.tr("Begin the conversation"))
        self.not_now.setText(self.tr("&Not now"))
        self.not_now.setAccessibleName(self.tr("Not now: back to Together"))
        on_step = self.stack.currentWidget() is self.step_view and bool(self.steps)
        self.bar.setVisible(on_step)
        last = on_step and self.index == len(self.steps) - 1
        self.prev_button.setText(self.tr("&Previous step"))
        self.prev_button.setAccessibleName(self.tr("Previous step"))
        self.prev_button.setEnabled(on_step and self.index > 0)
        self.next_button.setText(self.tr("&Finish") if last else self.tr("&Next step"))
        self.next_button.setAccessibleName(self.tr("Finish the conversation") if last else self.tr("Next step"))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop the conversation now"))
        self.stop_button.setToolTip(self.tr("Stop the conversation now (Esc)"))
        self.way_out_title.setText(self._t("way_out_title"))
        self.stop_line.setText(self._t("stop").strip())
        self.private_note.setText(self._t("private").strip())
        self.hint.setText(self._t("keys").strip())
        self.help_button.setText(self.tr("Need help?"))
        self.help_button.setAccessibleName(self.tr("Need help? Where to find support"))
        if on_step:
            step = self.steps[self.index]
            self.counter.setText(self.tr("Step %1 of %2").replace("%1", str(self.index + 1))
                                 .replace("%2", str(len(self.steps))))
            self.step_title.setText(step.title)
            self.step_text.setText(step.body)
            self.way_out.setText(step.way_out)
            self.private_note.setVisible(bool(self.fields[self.index]))
            self.step_view.setAccessibleName(f"{self.counter.text()} {step.title}")
        else:
            for w in (self.counter, self.step_title, self.step_text, self.way_out):
                w.clear()
            self.step_view.setAccessibleName("")
        # The end, or what to do first.
        kind = self.end_kind
        self.loop_button.setVisible(kind == "missing")
        self.loop_button.setText(self.tr("Open ‘&Mapping our loop’"))
        self.loop_button.setAccessibleName(self.tr("Open Mapping our loop"))
        self.end_back.setText(self.tr("&Back to Together"))
        self.end_back.setAccessibleName(self.tr("Back to Together"))
        if kind == "missing":
            self.end_title.setText(self.steps[0].title if self.steps else self._t("title"))
            self.end_text.setText("\n\n".join(t for t in (self.steps[0].body, self.steps[0].way_out) if t)
                                  if self.steps else "")
        elif kind in ("done", "stopped"):
            self.end_title.setText(self._t(f"{kind}_title"))
            self.end_text.setText(self._t(f"{kind}_body").strip())
        elif kind == "problem":
            self.end_title.setText(self._t("title"))
            self.end_text.clear()
        else:
            self.end_title.clear()
            self.end_text.clear()
        self.end_view.setAccessibleName(self.end_title.text())
        self.end_safety.setText(self._prefs.text("help", "safety.unfamiliar") if kind in ("done", "stopped") else "")
        self.end_safety.setVisible(kind in ("done", "stopped"))
