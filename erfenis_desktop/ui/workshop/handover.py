"""Between two participants: "Hand the laptop to …". A neutral screen that holds nothing of the
person who just locked: they are left out of its list (and of the picker, until the laptop is
handed over), the title is neutral, and what they copied left the clipboard when they locked.

First the one leaving chooses who is next (a couple or a person; a search field for a name);
then the screen says "Hand the laptop to …" with a button for each of them to unlock."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ..common.widgets import (
    ReadingColumn,
    Retranslating,
    button_row,
    fill,
    for_button,
    heading,
    paragraph,
    plain_label,
)

COLUMNS = 2


class HandoverPage(Retranslating, ReadingColumn):
    unlockRequested = Signal(str)  # the profile that gets the laptop unlocks
    joinRequested = Signal()  # someone new joins

    def __init__(self, session, workshop, prefs, parent=None):
        super().__init__(parent=parent)
        self._session, self._workshop, self._prefs = session, workshop, prefs
        self.setObjectName("workshopHandoverPage")
        self.chosen = None  # the Group that gets the laptop
        self.title = heading()
        self.intro = paragraph()
        self.body.addWidget(self.title)
        self.body.addWidget(self.intro)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.body.addWidget(self.search)
        self.list_host = QWidget()
        self.grid = QGridLayout(self.list_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.list_host)
        self.none_found = plain_label()
        self.none_found.setWordWrap(True)
        self.body.addWidget(self.none_found)
        self.unlock_row = QHBoxLayout()
        self.body.addLayout(self.unlock_row)
        self.join_button = QPushButton()
        self.join_button.clicked.connect(self.joinRequested)
        self.other_button = QPushButton()
        self.other_button.clicked.connect(self.open)
        button_row(self.body, self.join_button, self.other_button)
        self.body.addStretch(1)
        self._rows: list[tuple[QFrame, object]] = []
        self._unlock_buttons: list[QPushButton] = []
        self.retranslate()

    def open(self) -> None:
        """Choose who is next (never the person who just left: see WorkshopMode)."""
        self.chosen = None
        self.search.clear()
        self._clear_unlock()
        for row, _group in self._rows:
            row.hide()
            row.deleteLater()
        self._rows = []
        for i, group in enumerate(self._workshop.groups(exclude=self._workshop.hidden)):
            row = QFrame()
            row.setObjectName("card")
            box = QHBoxLayout(row)
            box.setContentsMargins(8, 6, 8, 6)
            button = QPushButton(for_button(" & ".join(group.names)))
            button.clicked.connect(lambda _c=False, g=group: self.choose(g))
            box.addWidget(button)
            box.addStretch(1)
            self.grid.addWidget(row, i // COLUMNS, i % COLUMNS)
            self._rows.append((row, group))
        self.search.show()
        self.list_host.show()
        self.other_button.hide()
        self.retranslate()

    def choose(self, group) -> None:
        """The laptop goes to ``group``: it is their turn (the picker shows it too)."""
        self.chosen = group
        self._workshop.turn = group.uuids
        self.search.hide()
        self.list_host.hide()
        self.none_found.hide()
        self.other_button.show()
        self._clear_unlock()
        for person in group.people:
            button = QPushButton(for_button(fill(self.tr("I am %1: unlock"), person.name)))
            button.clicked.connect(lambda _c=False, u=person.uuid: self.unlockRequested.emit(u))
            self.unlock_row.addWidget(button)
            self._unlock_buttons.append(button)
        self.unlock_row.addStretch(1)
        self.retranslate()
        self._unlock_buttons[0].setFocus()

    def _clear_unlock(self) -> None:
        while self.unlock_row.count():
            item = self.unlock_row.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self._unlock_buttons = []

    def clear_private(self) -> None:
        self.chosen = None
        self._clear_unlock()

    def _filter(self, text: str) -> None:
        needle = " ".join(text.split()).casefold()
        shown = 0
        for row, group in self._rows:
            match = not needle or any(needle in name.casefold() for name in group.names)
            row.setVisible(match)
            shown += match
        self.none_found.setVisible(bool(needle) and not shown)

    def eventFilter(self, obj, event) -> bool:
        if obj is getattr(self, "search", None) and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            for row, _group in self._rows:
                if not row.isHidden():
                    row.findChild(QPushButton).setFocus()
                    return True
        return super().eventFilter(obj, event)

    def focus_target(self):
        if self.chosen is not None and self._unlock_buttons:
            return self._unlock_buttons[0]
        return self.search

    def retranslate(self) -> None:
        if self.chosen is None:
            self.title.setText(self.tr("Hand the laptop to …"))
            self.intro.setText(self._prefs.text("workshop", "handover.body").strip())
        else:
            names = " & ".join(self.chosen.names)
            self.title.setText(fill(self.tr("Hand the laptop to %1"), names))
            self.intro.setText(self.tr("Whoever gets the laptop now unlocks with their own password."))
        self.setAccessibleName(self.title.text())
        self.search.setPlaceholderText(self.tr("Search for a name"))
        self.search.setAccessibleName(self.tr("Search for a name"))
        self.none_found.setText(self.tr("No one by that name."))
        self.none_found.setVisible(False)
        self.join_button.setText(self.tr("Someone new: &join the workshop"))
        self.join_button.setAccessibleName(self.tr("Someone new: join the workshop"))
        self.other_button.setText(self.tr("&Choose someone else"))
        self.other_button.setAccessibleName(self.tr("Choose someone else"))
        for button in self._unlock_buttons:
            button.setAccessibleName(button.text().replace("&&", "&"))
