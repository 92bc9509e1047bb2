"""Answering one question together: side by side or taking turns, locking in, the reveal, talking."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from erfenis_desktop.domain.names import fill as fill_names
from erfenis_desktop.domain.questionnaire import fill_name
from erfenis_desktop.services.exercises import Exercises
from erfenis_desktop.services.preferences import Preferences
from erfenis_desktop.services.session import Session
from erfenis_desktop.services.store import StorageError
from erfenis_desktop.services.together import Prompt, Together, new_session_id
from erfenis_desktop.services.vault import ProfileError

from ..common.messages import error_text, failure_text
from ..common.widgets import Retranslating, fill, for_button, heading, paragraph
from .talk_guide import TalkGuide
from .together_half import LOCKED, REVEALED, WRITING, Half

SIDE_BY_SIDE, TURNS = "side", "turns"


def _centre(widget: QWidget, *children: QWidget) -> QWidget:
    layout = QVBoxLayout(widget)
    layout.addStretch(1)
    for child in children:
        if isinstance(child, QPushButton):
            row = QHBoxLayout()
            row.addWidget(child)
            row.addStretch(1)
            layout.addLayout(row)
        else:
            layout.addWidget(child)
    layout.addStretch(2)
    return widget


class TogetherPage(Retranslating, QWidget):
    backRequested = Signal()
    helpRequested = Signal()

    def __init__(self, session: Session, exercises: Exercises, prefs: Preferences, parent=None):
        super().__init__(parent)
        self.setObjectName("togetherPage")
        self._session, self._prefs = session, prefs
        self.together = Together(session.couple, exercises)
        self.prompt: Prompt | None = None
        self.mode = SIDE_BY_SIDE
        self.session_id = ""
        self.users: list = [None, None]
        self.locked: list[str | None] = [None, None]
        self.to_share = [False, False]
        self.turn = 0  # who writes now, when taking turns
        self.active = 0  # side by side: whose half has the keyboard (the other waits)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 8)
        self.title, self.instruction = heading(), paragraph()
        outer.addWidget(self.title)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)

        # The halves, and after the reveal the talk guide, in one scrolling page.
        self.work = QScrollArea()
        self.work.setWidgetResizable(True)
        self.work.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.instruction)  # scrolls with the halves: at 200 % it is long
        # Side by side when there is room for both; one above the other when not (200 % text, a narrow window).
        self.row = row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.halves = [Half(), Half()]
        for i, half in enumerate(self.halves):
            half.lockInRequested.connect(lambda i=i: self.lock_in(i))
            half.shareRequested.connect(lambda i=i: self.share_after_reveal(i))
            half.personChanged.connect(lambda i=i: self._ask(i))
            half.switchRequested.connect(lambda i=i: self.switch_to(i))
            row.addWidget(half, 1)
        column.addLayout(row, 1)
        self.message = paragraph()
        column.addWidget(self.message)
        self.guide = TalkGuide(prefs)
        self.guide.timer.timeout.connect(session.activity)  # talking counts as being here
        self.guide.helpRequested.connect(self.helpRequested)
        column.addWidget(self.guide)
        self.work.setWidget(inner)
        self.stack.addWidget(self.work)

        self.look_away, self.handover = heading(), paragraph()
        self.handover_button = QPushButton()
        self.handover_button.clicked.connect(self._handed_over)
        self.handover_page = _centre(QWidget(), self.look_away, self.handover, self.handover_button)
        self.stack.addWidget(self.handover_page)

        self.ready_title, self.ready_body = heading(), paragraph()
        self.reveal_button = QPushButton()
        self.reveal_button.clicked.connect(self.reveal)
        self.ready_page = _centre(QWidget(), self.ready_title, self.ready_body, self.reveal_button)
        self.stack.addWidget(self.ready_page)

        buttons = QHBoxLayout()
        self.help_button, self.back, self.end = QPushButton(), QPushButton(), QPushButton()
        self.help_button.clicked.connect(self.helpRequested)
        self.back.clicked.connect(self.leave)
        self.end.clicked.connect(self.end_session)
        buttons.addWidget(self.help_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back)
        buttons.addWidget(self.end)
        outer.addLayout(buttons)
        self.switch_key = QShortcut(QKeySequence(Qt.Key.Key_F6), self)  # side by side: the other half writes
        self.switch_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.switch_key.activated.connect(self._switch_key)
        self.retranslate()

    # Starting --------------------------------------------------------------------------
    def start(self, prompt_id: str, mode: str) -> bool:
        """Begin a question for the two unlocked partners; False when that is not possible."""
        if not self._session.together:
            return False
        if self.prompt is not None:
            self.clear_private()  # an earlier question left behind: its drafts are kept first
        self.prompt = self.together.prompt(self._prefs.language, prompt_id)
        if self.prompt is None:
            return False
        self.mode, self.session_id = mode, new_session_id()
        self.active = 0  # side by side, the first writes first
        self.users = [self._session.current, self._session.partner]
        self.locked, self.to_share = [None, None], [False, False]
        names = [u.profile.name for u in self.users]
        for i, (half, u) in enumerate(zip(self.halves, self.users)):
            half.setup(u.profile.name, names[1 - i], u.profile.colour, u.profile.initial, self.prompt.about_someone)
            self._ask(i)
        self.guide.hide()
        self.guide.stop()
        self.message.clear()
        if mode == TURNS:
            self.turn = 0
            self._show_handover()
        else:
            for half in self.halves:
                half.show()
            self.stack.setCurrentWidget(self.work)
            self._show_turn()
            self._to_writer(0)
        self.retranslate()
        return True

    def _ask(self, i: int) -> None:
        if self.prompt is None:
            return
        half = self.halves[i]
        person = half.person_name()  # "je moeder", "Riet", or before it is typed "een van je ouders"
        question = self.together.question(self._prefs.language, self.prompt.id, person)
        hint = fill_name(self.prompt.hint, person, self.together.exercises.naming(self._prefs.language))
        if self.prompt.group != "prompts":  # a step-1 question comes with a concrete example
            hint = self.tr("For example: %1").replace("%1", hint)
        half.set_question(question, hint)

    # Side by side: one half at a time ---------------------------------------------------
    def _show_turn(self) -> None:
        """While both write side by side, one half has the keyboard; the other waits, greyed and
        not typeable, with a switch (folded to its name and the switch when the halves are stacked)."""
        turns = self.prompt is not None and self.mode == SIDE_BY_SIDE and \
            all(h.state == WRITING for h in self.halves)
        stacked = self.row.direction() == QBoxLayout.Direction.TopToBottom
        for i, half in enumerate(self.halves):
            half.set_turn(i == self.active if turns else None, compact=stacked)

    def switch_to(self, i: int) -> None:
        """The other writer takes the keyboard: their half becomes the one to type in."""
        if self.prompt is None or self.mode != SIDE_BY_SIDE or self.halves[i].state != WRITING \
                or self.stack.currentWidget() is not self.work:
            return
        self.active = i
        self._show_turn()
        self._to_writer(i)

    def _to_writer(self, i: int) -> None:
        """The keyboard in this writer's field, and the field in view (stacked, the page scrolls)."""
        editor = self.halves[i].editor
        editor.setFocus()
        QTimer.singleShot(0, self.work, lambda: self.work.ensureWidgetVisible(editor) if editor.isVisible() else None)

    def _switch_key(self) -> None:
        self.switch_to(1 - self.active)

    def _arrange(self) -> None:
        """Two halves side by side need room for about 40 characters each; else they stack."""
        margins = self.layout().contentsMargins()  # the page's own width: the scroll area follows it later
        stacked = self.width() - margins.left() - margins.right() < self.fontMetrics().averageCharWidth() * 84
        direction = QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        if self.row.direction() != direction:
            self.row.setDirection(direction)
            self._show_turn()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event):
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._arrange()

    # Taking turns ----------------------------------------------------------------------
    def _show_handover(self) -> None:
        """Before each writer: the other looks away. Nothing of an earlier answer is here."""
        self.stack.setCurrentWidget(self.handover_page)
        self.retranslate()
        self.handover_button.setFocus()

    def _handed_over(self) -> None:
        for i, half in enumerate(self.halves):
            half.setVisible(i == self.turn)
        self.stack.setCurrentWidget(self.work)
        self.halves[self.turn].editor.setFocus()

    # Locking in, revealing -------------------------------------------------------------
    def lock_in(self, i: int) -> None:
        half, u = self.halves[i], self.users[i]
        if half.state != WRITING or u is None:
            return
        try:
            uuid = self.together.lock_in(u, self.prompt.id, half.person_name(), half.editor.text(), self.session_id)
        except ProfileError as exc:
            self.message.setText(error_text(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a full disk, say: the text stays in the field
            self.message.setText(failure_text(exc))
            return
        self.message.clear()
        self.locked[i] = uuid
        self.to_share[i] = half.share.isChecked()  # shared at the reveal, not before
        half.set_state(LOCKED)
        from ..common.announce import announce

        announce(half.status, half.status.text())  # "Locked in. … cannot see it until you both are ready."
        if all(self.locked):
            for h in self.halves:
                h.show()
            self.stack.setCurrentWidget(self.ready_page)
            self.reveal_button.setFocus()
        elif self.mode == TURNS:
            self.turn = 1 - i
            half.hide()
            self._show_handover()
        else:
            self.active = 1 - i  # the keyboard goes to the one still writing
            self._show_turn()
            self._to_writer(1 - i)
        self.retranslate()

    def reveal(self) -> None:
        """Both locked in and ready: each half shows what its writer chose to share."""
        if not all(self.locked) or not self._session.together:
            return
        try:
            for u in self.users:  # both links in order, or nothing is shared at all
                self.together.couple.space_key(u)
            # Only now does anything reach the shared space: before the reveal, not even the
            # shared timeline could show an answer.
            for i, (u, source) in enumerate(zip(self.users, self.locked)):
                if self.to_share[i]:
                    self.together.share(u, source)
                    self.to_share[i] = False
            shared = self.together.revealed(self.users[0], self.session_id)
        except ProfileError as exc:
            self.message.setText(error_text(exc))
            return
        except StorageError as exc:  # what was shared before the failure stays shared
            self.message.setText(failure_text(exc))
            return
        before = [h.shared_text if h.state == REVEALED else False for h in self.halves]
        for half, u in zip(self.halves, self.users):
            note = self._prefs.text("together", "session.kept_private").replace("{name}", u.profile.name)
            half.set_state(REVEALED, shared.get(u.profile.uuid), note)
        self.stack.setCurrentWidget(self.work)
        if not self.guide.isVisibleTo(self):  # the first reveal: the talk starts (sharing more keeps it going)
            self.guide.set_people(*(u.profile.name for u in self.users))
            self.guide.show()
        self.retranslate()
        self.guide.start_button.setFocus()  # not left on a button that is gone (nor on the header's Lock)
        from ..common.announce import announce

        # Said on this screen, after "Ready to read?", where it is shown: what each chose to share
        # (or that they keep it); after sharing more, only what is new.
        for half, was in zip(self.halves, before):
            if half.shared_text != was:
                announce(half.status, f"{half.name}: {half.status.text()}")

    def share_after_reveal(self, i: int) -> None:
        u, source = self.users[i], self.locked[i]
        if u is None or source is None:
            return
        self.to_share[i] = True
        self.reveal()

    # Leaving -------------------------------------------------------------------------------
    def _keep_drafts(self) -> None:
        """What was typed but not locked in stays the writer's own, private answer."""
        for half, u in zip(self.halves, self.users):
            if half.state == WRITING and half.editor.text().strip() and u is not None and not u.is_locked:
                try:
                    self.together.lock_in(u, self.prompt.id, half.person_name(), half.editor.text(),
                                          self.session_id)
                except StorageError as error:
                    self.lost_draft = error  # said on the picker after the lock
                except Exception:  # noqa: BLE001 - locking must go on; the log has it
                    import logging

                    logging.getLogger("erfenis").exception("could not keep a draft")

    def leave(self) -> None:
        self.clear_private()  # keeps what was typed as each writer's private answer
        self.backRequested.emit()

    def end_session(self) -> None:
        """Ending the session locks both profiles."""
        self._session.lock()

    def clear_private(self) -> None:
        self.lost_draft = None
        if self.prompt is not None:
            self._keep_drafts()
        for half in self.halves:
            half.forget()
            half.set_state(WRITING)
        self.guide.stop()
        self.guide.hide()
        self.message.clear()
        self.users, self.locked, self.to_share, self.prompt = [None, None], [None, None], [False, False], None
        self.stack.setCurrentWidget(self.work)

    # Texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._show_turn()
        if self.prompt is not None:
            self.prompt = self.together.prompt(self._prefs.language, self.prompt.id) or self.prompt
            for i, half in enumerate(self.halves):
                if half.state == WRITING:
                    self._ask(i)
        t = lambda key: self._prefs.text("together", key)  # noqa: E731
        names = [u.profile.name if u is not None else "" for u in self.users]
        self.title.setText(t("intro.title"))
        self.instruction.setText(t("session.write") + " " + (t("session.turns") if self.mode == TURNS
                                                             else t("session.side_by_side")))
        writing = self.stack.currentWidget() is self.work and any(h.state == WRITING for h in self.halves)
        self.instruction.setVisible(writing)
        other, writer = names[1 - self.turn], names[self.turn]
        self.look_away.setText(fill_names(t("session.look_away"), name=other, partner=writer))
        self.handover.setText(fill_names(t("session.handover"), name=other, partner=writer))
        start = self.tr("I am %1: I start &writing")
        self.handover_button.setText(fill(start, for_button(writer)))
        self.handover_button.setAccessibleName(fill(start.replace("&", ""), writer))
        self.ready_title.setText(t("session.ready_title"))
        self.ready_body.setText(t("session.ready_body").strip())
        self.reveal_button.setText(self.tr("&Yes, show what we shared"))
        self.reveal_button.setAccessibleName(self.tr("Yes, show what we shared"))
        self.help_button.setText(self.tr("Need help?"))
        self.help_button.setAccessibleName(self.tr("Need help? Where to find support"))
        self.back.setText(self.tr("&Back to Together"))
        self.back.setAccessibleName(self.tr("Back to Together"))
        self.end.setText(self.tr("En&d and lock both profiles"))
        self.end.setAccessibleName(self.tr("End the session and lock both profiles"))
        self.work.setAccessibleName(t("intro.title"))
