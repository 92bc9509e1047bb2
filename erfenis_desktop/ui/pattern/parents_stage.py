"""The pattern mirror's first stage: who raised you, and how long the check takes with them.

A part of :class:`~.pattern_check_page.PatternCheckPage` (a mixin: the page's stages, Tab
order and signals stay as they were): the names typed or chosen from the suggestions, the
list of people with Remove, the time it takes with the people named, Begin, Help and Back,
and their texts. Each person named gets their own questions (``domain/questionnaire.py``).
Its strings keep the PatternCheckPage translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidget, QPushButton, QVBoxLayout, QWidget

from erfenis_desktop.domain.names import fill as fill_names
from erfenis_desktop.domain.names import without_hidden
from erfenis_desktop.domain.questionnaire import minutes_for, questions

from ..common.flow_layout import FlowLayout
from ..common.widgets import clear_layout, heading, paragraph


class ParentsStage:
    """Who raised you, in :class:`~.pattern_check_page.PatternCheckPage` (``stages``,
    ``start``, ``_t``, ``_questionnaire`` and the signals are the page's)."""

    def _build_parents(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro_title, self.intro = heading(), paragraph()
        self.parents_title, self.parents_body = heading("subheading"), paragraph()
        for w in (self.intro_title, self.intro, self.parents_title, self.parents_body):
            if w is self.parents_title:
                layout.addSpacing(8)  # a new part: who raised you
            layout.addWidget(w)
        row = QHBoxLayout()
        self.parent_name = QLineEdit()
        self.parent_name.setMaxLength(40)
        self.parent_name.returnPressed.connect(self._add_typed)
        self.add_parent = QPushButton()
        self.add_parent.clicked.connect(self._add_typed)
        row.addWidget(self.parent_name, 1)
        row.addWidget(self.add_parent)
        layout.addLayout(row)
        self.suggestions = FlowLayout()  # as many on a line as fit: "Begin" stays in view at 100 %
        self.suggestion_buttons: list[QPushButton] = []
        layout.addLayout(self.suggestions)
        # The people named so far, as tall as they need (up to six lines), Remove next to them.
        people = QHBoxLayout()
        self.parent_list = QListWidget()
        model = self.parent_list.model()
        for changed in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            changed.connect(self._people_changed)
        people.addWidget(self.parent_list, 1)
        self.remove_parent = QPushButton()
        self.remove_parent.clicked.connect(lambda: self.parent_list.takeItem(self.parent_list.currentRow()))
        people.addWidget(self.remove_parent, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(people)
        self.duration = paragraph()  # how long, with the people named now
        layout.addWidget(self.duration)
        actions = QHBoxLayout()
        self.start_button = QPushButton()
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.help_button = QPushButton()
        self.help_button.clicked.connect(self.helpRequested)
        self.leave_button = QPushButton()  # back to the start; nothing is kept before Begin
        self.leave_button.clicked.connect(self.backRequested)
        actions.addWidget(self.start_button)
        actions.addStretch(1)
        actions.addWidget(self.help_button)
        actions.addWidget(self.leave_button)
        layout.addLayout(actions)
        layout.addStretch(1)
        self.stages.addWidget(page)
        self.parents_page = page

    def _add_parent(self, name: str) -> None:
        name = without_hidden(name)  # no control, direction or invisible characters: shown to the partner too
        if name and name.casefold() not in (self.parent_list.item(i).text().casefold()
                                            for i in range(self.parent_list.count())):
            self.parent_list.addItem(name)

    def _add_typed(self) -> None:
        self._add_parent(self.parent_name.text())
        self.parent_name.clear()
        self.parent_name.setFocus()

    def parents(self) -> list[str]:
        return [self.parent_list.item(i).text() for i in range(self.parent_list.count())]

    def _people_changed(self, *_args) -> None:
        """The list as tall as its names (one to six lines), and the time it takes with them."""
        rows = min(max(self.parent_list.count(), 1), 6)
        row = max(self.parent_list.sizeHintForRow(0), self.fontMetrics().height() + 4)  # the page's font is new first
        self.parent_list.setFixedHeight(rows * row + 2 * self.parent_list.frameWidth() + 4)
        self.parent_list.setVisible(self.parent_list.count() > 0)
        self.remove_parent.setVisible(self.parent_list.count() > 0)
        self._say_duration()

    def minutes(self, people: int) -> int:
        """About how long the check takes with this many people named (from its questions)."""
        return minutes_for(len(questions(self._questionnaire(), [f"{i}" for i in range(people)])))

    def _parents_texts(self) -> None:
        self.intro_title.setText(self._t("intro.title"))
        # How long it takes with one person, from the questions; the line under the list says it
        # for the people named.
        self.intro.setText(fill_names(self._t("intro.body"), minutes=str(self.minutes(1))).strip())
        self._people_changed()
        self.parents_title.setText(self._t("parents.title"))
        self.parents_body.setText(self._t("parents.body").strip())
        if getattr(self, "_suggestions_lang", None) != self._prefs.language:  # the words differ per language
            self._suggestions_lang = self._prefs.language
            clear_layout(self.suggestions)
            self.suggestion_buttons = []
            for name in self._t("parents.suggestions"):
                button = QPushButton(name)
                button.clicked.connect(lambda _c=False, n=name: self._add_parent(n))
                self.suggestions.addWidget(button)
                self.suggestion_buttons.append(button)
        for button in self.suggestion_buttons:
            button.setAccessibleName(QCoreApplication.translate("PatternCheckPage", "Add %1").replace("%1", button.text()))
        self.parent_name.setAccessibleName(QCoreApplication.translate("PatternCheckPage", "Who raised you"))
        self.parent_name.setPlaceholderText(QCoreApplication.translate("PatternCheckPage", "A name or a word, e.g. a grandparent"))
        self.add_parent.setText(QCoreApplication.translate("PatternCheckPage", "&Add"))
        self.add_parent.setAccessibleName(QCoreApplication.translate("PatternCheckPage", "Add"))
        self.parent_list.setAccessibleName(QCoreApplication.translate("PatternCheckPage", "The people who raised you"))
        self.remove_parent.setText(QCoreApplication.translate("PatternCheckPage", "&Remove"))
        self.remove_parent.setAccessibleName(QCoreApplication.translate("PatternCheckPage", "Remove the chosen person"))
        self.start_button.setText(QCoreApplication.translate("PatternCheckPage", "&Begin"))
        self.start_button.setAccessibleName(QCoreApplication.translate("PatternCheckPage", "Begin the pattern mirror"))
        self.leave_button.setText(QCoreApplication.translate("PatternCheckPage", "Ba&ck"))
        self.leave_button.setAccessibleName(QCoreApplication.translate("PatternCheckPage", "Back to the start"))
