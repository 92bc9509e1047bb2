"""The profile picker in workshop mode: whose turn it is, couples together (not a wall of
names), a search field for a name, the facilitator apart, and "Join the workshop". Built by
ProfilesPanel (ui/profile/picker.py) into its content widget; usable with the keyboard alone (type to
search, Down or Enter to the first person found, Tab between people)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..common.fields import badge
from ..common.widgets import fill, for_button, heading, plain_label

COLUMNS = 2


class WorkshopPicker(QObject):
    def __init__(self, session, workshop, prefs, host: QWidget):
        super().__init__(host)
        self._session, self._workshop, self._prefs, self.host = session, workshop, prefs, host
        outer = QVBoxLayout(host)
        outer.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        self.rows: list[tuple[QFrame, tuple[str, ...]]] = []  # (row, the names in it)
        size = host.fontMetrics().height() * 2
        hidden = workshop.hidden
        groups = workshop.groups(exclude=hidden)
        turn = next((g for g in groups if workshop.turn and set(g.uuids) == set(workshop.turn)), None)
        # Whose turn it is: first, on its own.
        self.turn_title = heading("subheading")
        self.turn_box = QWidget()
        turn_row = QHBoxLayout(self.turn_box)
        turn_row.setContentsMargins(0, 0, 0, 0)
        self.turn_group = turn
        if turn is not None:
            for person in turn.people:
                turn_row.addWidget(self._button(person, size))
            turn_row.addStretch(1)
        self.turn_title.setVisible(turn is not None)
        self.turn_box.setVisible(turn is not None)
        outer.addWidget(self.turn_title)
        outer.addWidget(self.turn_box)
        # Search.
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        outer.addWidget(self.search)
        self.none_found = plain_label()
        self.none_found.hide()
        outer.addWidget(self.none_found)
        # Couples together, then one by one (by name).
        self.everyone_title = heading("subheading")
        outer.addWidget(self.everyone_title)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, group in enumerate(g for g in groups if g is not turn):
            row = QFrame()
            row.setObjectName("card")
            box = QHBoxLayout(row)
            box.setContentsMargins(8, 6, 8, 6)
            for n, person in enumerate(group.people):
                if n:
                    box.addWidget(plain_label("&"))  # a couple, side by side
                box.addWidget(self._button(person, size))
            box.addStretch(1)
            row.setProperty("couple", len(group.people) == 2)
            grid.addWidget(row, i // COLUMNS, i % COLUMNS)
            self.rows.append((row, group.names))
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        outer.addWidget(grid_host)
        self.empty = plain_label()
        self.empty.setWordWrap(True)
        self.empty.setVisible(not groups)
        outer.addWidget(self.empty)
        # The join button and the facilitator.
        bottom = QHBoxLayout()
        self.join_button = QPushButton()
        self.join_button.clicked.connect(self._join)
        bottom.addWidget(self.join_button)
        # The group picture holds no person: anyone may show it to the room.
        self.group_button = QPushButton()
        self.group_button.clicked.connect(self._group_picture)
        bottom.addWidget(self.group_button)
        bottom.addStretch(1)
        facilitator = workshop.facilitator()
        self.facilitator_button = None
        if facilitator is not None and facilitator.uuid not in hidden:
            self.facilitator_button = self._button(facilitator, size)
            bottom.addWidget(self.facilitator_button)
        outer.addLayout(bottom)

    def _button(self, person, size: int) -> QPushButton:
        button = QPushButton(for_button(person.name))  # an "&" in a name is shown, not a shortcut
        button.setIcon(badge(person.colour, person.initial, size))
        button.setIconSize(QSize(size, size))
        button.setProperty("profile_name", person.name)
        panel = self.host.parent()
        while panel is not None and not hasattr(panel, "unlockRequested"):
            panel = panel.parent()
        if panel is not None:
            button.clicked.connect(lambda _c=False, u=person.uuid: panel.unlockRequested.emit(u))
        self.buttons[person.uuid] = button
        return button

    def _join(self) -> None:
        window = self.host.window()
        mode = getattr(window, "workshop", None)
        if mode is not None:
            mode.show_join()

    def _group_picture(self) -> None:
        from .group_page import show_group_page

        show_group_page(self.host.window())

    # Search ---------------------------------------------------------------------------------------
    def _filter(self, text: str) -> None:
        needle = " ".join(text.split()).casefold()
        shown = 0
        for row, names in self.rows:
            match = not needle or any(needle in name.casefold() for name in names)
            row.setVisible(match)
            shown += match
        self.none_found.setVisible(bool(needle) and not shown)

    def first_found(self) -> QPushButton | None:
        for row, _names in self.rows:
            if not row.isHidden():
                return row.findChild(QPushButton)
        return None

    def eventFilter(self, obj, event) -> bool:
        if obj is self.search and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            found = self.first_found()
            if found is not None:
                found.setFocus()
                return True
        return False

    # Texts -------------------------------------------------------------------------------------------
    def retranslate(self, panel) -> None:
        if self.turn_group is not None:
            self.turn_title.setText(fill(self.tr("Now it is the turn of %1"), " & ".join(self.turn_group.names)))
        self.everyone_title.setText(self.tr("Couples and participants"))
        panel.title.setText(self.tr("Whose turn is it?"))
        panel.note.setText(self.tr("Find your name and unlock with your own password. A couple’s names are side "
                                   "by side. What you write, only you can read; the names are seen by everyone "
                                   "here."))
        self.search.setPlaceholderText(self.tr("Search for a name"))
        self.search.setAccessibleName(self.tr("Search for a name"))
        self.none_found.setText(self.tr("No one by that name. Check the spelling, or join the workshop."))
        self.empty.setText(self.tr("No one has joined yet. Join with your name and a password of your own."))
        self.join_button.setText(self.tr("&Join the workshop…"))
        self.join_button.setAccessibleName(self.tr("Join the workshop"))
        self.group_button.setText(self.tr("&Group picture"))
        self.group_button.setAccessibleName(self.tr("Show the group picture"))
        if self.facilitator_button is not None:
            name = self.facilitator_button.property("profile_name")
            self.facilitator_button.setText(for_button(fill(self.tr("Facilitator: %1"), name)))
            self.facilitator_button.setAccessibleName(fill(self.tr("Open the facilitator’s profile, %1"), name))
