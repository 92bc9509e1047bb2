"""One half of the split screen: one partner's colour, name, question and hidden writing."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from erfenis_desktop.domain.names import without_hidden

from ..common.fields import badge
from ..common.masked_editor import MaskedEditor
from ..common.widgets import Retranslating, fill, for_button, heading, paragraph

WRITING, LOCKED, REVEALED = "writing", "locked", "revealed"


class _Editor(MaskedEditor):
    """Asks for its minimum height only, and grows into the room the half has."""

    def sizeHint(self):
        return QSize(super().sizeHint().width(), self.minimumHeight())


class _Room(QScrollArea):
    """A half's scrolling part. While writing (``fill``) it asks for a few lines and takes the
    room it is given, so each half scrolls on its own; else it is as tall as what it shows."""

    fill = False

    def sizeHint(self):
        hint = super().sizeHint()
        return QSize(hint.width(), self.minimumHeight()) if self.fill else hint

    def hasHeightForWidth(self) -> bool:
        return not self.fill and self.widget() is not None

    def heightForWidth(self, width: int) -> int:
        """Not filling: exactly as tall as what it shows at this width (nothing to scroll)."""
        body = self.widget()
        inner = width - 2 * self.frameWidth()
        return (body.heightForWidth(inner) if body.hasHeightForWidth() else body.sizeHint().height()) \
            + 2 * self.frameWidth()


class Half(Retranslating, QFrame):
    """``lockInRequested``: the writer is done. ``shareRequested``: after the reveal, the writer
    shares after all. Nothing the writer typed is shown outside the editor, which shows dots
    until the writer peeks."""

    lockInRequested = Signal()
    shareRequested = Signal()
    personChanged = Signal()
    switchRequested = Signal()  # side by side: this writer takes the keyboard

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("half")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = self.partner = ""
        self.colour = "#888888"
        self.state = WRITING
        self.private_note = ""
        self.shared_text: str | None = None  # what the partner may read, after the reveal
        self.active: bool | None = None  # side by side: writing now (True), waiting (False); else None
        self.stacked = False  # the halves are one above the other
        # The name, whose turn it is and the switch stay in view; the rest scrolls on its own.
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.badge = QLabel()
        self.who = heading("subheading")
        top.addWidget(self.badge)
        top.addWidget(self.who, 1)
        outer.addLayout(top)
        self.turn_note = paragraph()
        self.switch = QPushButton()
        self.switch.clicked.connect(self.switchRequested)
        outer.addWidget(self.turn_note)
        switch_row = QHBoxLayout()
        switch_row.addWidget(self.switch)
        switch_row.addStretch(1)
        outer.addLayout(switch_row)
        self.scroll = _Room()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields are the Tab stops, not the area
        self.body = QWidget()
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scroll.setWidget(self.body)
        outer.addWidget(self.scroll, 1)
        self.question = heading("question")
        self.hint = paragraph()
        layout.addWidget(self.question)
        layout.addWidget(self.hint)
        person_row = QHBoxLayout()
        self.person_label = QLabel()
        self.person = QLineEdit()  # typed here, not filled in from the private pattern mirror
        self.person.setMaxLength(40)
        self.person.textChanged.connect(lambda _t: self.personChanged.emit())
        self.person_label.setBuddy(self.person)
        person_row.addWidget(self.person_label)
        person_row.addWidget(self.person, 1)
        layout.addLayout(person_row)
        self.editor = _Editor()
        self.editor.setMinimumHeight(self.fontMetrics().height() * 5)  # and all the room the half has
        layout.addWidget(self.editor, 10)
        self.peek = QPushButton()
        self.peek.setCheckable(True)
        self.peek.toggled.connect(lambda on: self.editor.set_hidden(not on))
        self.editor.peekChanged.connect(self._peek_changed)
        self.share = QCheckBox()
        self.lock_in = QPushButton()
        self.lock_in.clicked.connect(self.lockInRequested)
        row = QHBoxLayout()
        row.addWidget(self.peek)
        row.addStretch(1)
        row.addWidget(self.lock_in)
        layout.addWidget(self.share)
        layout.addLayout(row)
        self.status = paragraph()
        layout.addWidget(self.status)
        self.share_more = QPushButton()
        self.share_more.clicked.connect(self.shareRequested)
        more = QHBoxLayout()
        more.addWidget(self.share_more)
        more.addStretch(1)
        layout.addLayout(more)
        layout.addStretch(1)  # locked in or revealed: the rest stays at the top
        # From the keyboard, inside the writing field: Ctrl+Enter locks in, Ctrl+Space peeks.
        self.shortcuts = []
        for keys, slot in (("Ctrl+Return", self._lock_in_key), ("Ctrl+Enter", self._lock_in_key),
                           ("Ctrl+Space", self.peek.toggle)):
            shortcut = QShortcut(QKeySequence(keys), self.editor)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)
        self.set_state(WRITING)

    def _lock_in_key(self) -> None:
        if self.state == WRITING and self.lock_in.isEnabled():
            self.lockInRequested.emit()

    def _peek_changed(self, shown: bool) -> None:
        if self.peek.isChecked() != shown:
            self.peek.setChecked(shown)
        self.retranslate()

    def _frame_style(self) -> None:
        """The writer's colour round the half: solid while writing, dashed while waiting."""
        # (``colour`` is a checked #rrggbb, see VaultService._profile; QColor names it again here so
        # nothing but a colour can ever reach the style sheet)
        line = "2px dashed" if self.active is False else "3px solid"
        self.setStyleSheet(f"QFrame#half {{ border: {line} {QColor(self.colour).name()}; border-radius: 8px; }}")

    def _room(self) -> None:
        """Side by side while writing, each half takes the room it is given and scrolls inside it (at
        least a few lines); stacked, locked in or revealed, it is as tall as what it shows, and the
        page scrolls."""
        fill = self.state == WRITING and not self.stacked
        self.scroll.fill = fill
        self.scroll.setMinimumHeight(self.fontMetrics().height() * 6 if fill else 0)
        self.scroll.updateGeometry()

    def set_turn(self, active: bool | None, compact: bool = False) -> None:
        """Side by side, one writes at a time. ``active``: True for the writer with the keyboard;
        False for the one waiting: greyed and not typeable, their text hidden again, with a switch
        to take over (``compact``: folded to the name and the switch, when the halves are stacked);
        None without turns (taking turns, locked in, revealed)."""
        self.active, self.stacked = active, compact
        waiting = active is False
        self._room()
        if waiting:
            self.editor.set_hidden(True)  # what was peeked at is hidden before the other takes over
        self.body.setEnabled(not waiting)
        self.scroll.setVisible(not (waiting and compact))
        self.switch.setVisible(waiting)
        self.turn_note.setVisible(active is not None and not (waiting and compact))  # the switch says it
        self._frame_style()
        self.retranslate()

    # Set-up -------------------------------------------------------------------------
    def setup(self, name: str, partner: str, colour: str, initial: str, about_someone: bool) -> None:
        """``about_someone``: the question is about a parent figure, whom the writer names."""
        self.name, self.partner, self.colour = name, partner, colour
        size = round(self.fontMetrics().height() * 2)
        self.badge.setPixmap(badge(colour, initial, size).pixmap(QSize(size, size)))
        self._frame_style()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.blockSignals(False)
        for w in (self.person_label, self.person):
            w.setVisible(about_someone)
        self.editor.clear_text()
        self.editor.set_hidden(True)
        self.share.setChecked(False)
        self.shared_text = None
        self.set_state(WRITING)

    def person_name(self) -> str:
        return without_hidden(self.person.text()) if not self.person.isHidden() else ""

    def set_question(self, question: str, hint: str) -> None:
        self.question.setText(question)
        self.hint.setText(hint)

    def set_state(self, state: str, shared_text: str | None = None, private_note: str = "") -> None:
        """After the reveal, ``shared_text`` is what this writer shared (None: kept private,
        and ``private_note`` says so)."""
        self.state = state
        self.private_note = private_note
        if state == REVEALED:
            self.shared_text = shared_text
        writing = state == WRITING
        # While writing, the half takes the room it is given and scrolls inside it (at least a few
        # lines); locked in or revealed, it is as tall as what it shows.
        self._room()
        for w in (self.editor, self.peek, self.share, self.lock_in, self.hint):
            w.setVisible(writing)
        self.person.setEnabled(writing)
        if not writing:
            self.editor.clear_text()
            self.editor.set_hidden(True)
        self.share_more.setVisible(state == REVEALED and shared_text is None)
        self.retranslate()

    def forget(self) -> None:
        """The profile locks, or the session ends: nothing of this half stays on screen."""
        self.editor.clear_text()
        self.editor.set_hidden(True)
        self.shared_text = None
        self.question.clear()
        self.status.clear()
        self.person.clear()

    def retranslate(self) -> None:
        self.who.setText(self.name)
        self.turn_note.setText(self.tr("%1 is writing now.").replace("%1", self.name) if self.active else
                               self.tr("%1 is writing. When it is your turn, take the keyboard:")
                               .replace("%1", self.partner))
        switch = self.tr("I am %1: I &write now")
        self.switch.setText(fill(switch, for_button(self.name)))
        self.switch.setAccessibleName(fill(switch.replace("&", ""), self.name))
        self.switch.setAccessibleDescription(self.tr("F6 also switches between the two halves."))
        self.setAccessibleName(self.tr("The half of %1").replace("%1", self.name))
        self.person_label.setText(self.tr("About whom:"))
        self.person.setAccessibleName(self.tr("About whom %1 writes").replace("%1", self.name))
        self.person.setPlaceholderText(self.tr("for example: mum, grandad"))
        self.editor.setAccessibleName(self.tr("The answer of %1").replace("%1", self.name))
        self.editor.setAccessibleDescription(self.tr("Hidden behind dots; Ctrl+Space shows it to you, "
                                                     "Ctrl+Enter locks it in.") if self.editor.hidden else
                                             self.tr("Shown; Ctrl+Space hides it again."))
        self.peek.setText(self.tr("Hide my text") if self.peek.isChecked() else self.tr("Show my text"))
        self.peek.setAccessibleName(self.tr("%1: show or hide your own text").replace("%1", self.name))
        share = self.tr("Share with %1 after reading")
        self.share.setText(fill(share, for_button(self.partner)))
        self.share.setAccessibleName(fill(share, self.partner))
        self.lock_in.setText(self.tr("Lock in"))
        self.lock_in.setAccessibleName(self.tr("%1: lock in your answer").replace("%1", self.name))
        self.share_more.setText(self.tr("Share my answer after all"))
        self.share_more.setAccessibleName(self.tr("%1: share your answer after all").replace("%1", self.name))
        if self.state == LOCKED:
            self.status.setText(self.tr("Locked in. %1 cannot see it until you both are ready.")
                                .replace("%1", self.partner))
        elif self.state == WRITING:
            self.status.setText("")
        elif self.shared_text is not None:
            self.status.setText(self.shared_text)
        else:
            self.status.setText(self.private_note)
