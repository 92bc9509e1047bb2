"""The start of answering together: which theme, the question offered, 'another question' and
'not for us'. Lives on the Together page (ui/together/couple_page.py), around its question list.

The list holds the theme's questions in the order they are offered (services/prompts.py):
the first is the one offered now; the couple may still pick any other. What the couple
passes over or sets aside is kept, encrypted, in both their profiles; only when both are
here (the choices are shown only then)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from erfenis_desktop.domain.questionnaire import fill_name
from erfenis_desktop.services.exercises import Exercises
from erfenis_desktop.services.preferences import Preferences
from erfenis_desktop.services.prompts import ANY, STEP1, PromptChoices
from erfenis_desktop.services.session import Session
from erfenis_desktop.services.store import StorageError
from erfenis_desktop.services.vault import ProfileError

from ..common.announce import announce
from ..common.messages import error_text, failure_text
from ..common.widgets import Retranslating, paragraph


class PromptChooser(Retranslating, QWidget):
    def __init__(self, session: Session, exercises: Exercises, prefs: Preferences, label: QLabel,
                 prompt: QComboBox, parent=None):
        super().__init__(parent)
        self.setObjectName("promptChooser")
        self._session, self._prefs, self._exercises = session, prefs, exercises
        self.service = PromptChoices(session.couple, exercises)
        self.label, self.prompt = label, prompt
        self._aside: str | None = None  # the question just set aside (Undo brings it back)

        self.theme_label, self.theme = QLabel(), QComboBox()
        self.theme.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.theme.setMinimumContentsLength(20)
        self.theme_label.setBuddy(self.theme)
        self.theme_intro, self.question, self.message = paragraph(), paragraph(), paragraph()
        self.question.setObjectName("offeredQuestion")
        self.another_button, self.aside_button, self.undo_button = QPushButton(), QPushButton(), QPushButton()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.theme_label, self.theme, self.theme_intro, label, prompt, self.question):
            layout.addWidget(w)
        row = QHBoxLayout()
        for button in (self.another_button, self.aside_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        undo = QHBoxLayout()
        undo.addWidget(self.undo_button)
        undo.addStretch(1)
        layout.addLayout(undo)
        self.undo_button.hide()

        self.theme.activated.connect(self._theme_chosen)  # by the couple, not when filled
        self.prompt.currentIndexChanged.connect(self._show_question)
        self.another_button.clicked.connect(self.another)
        self.aside_button.clicked.connect(self.set_aside)
        self.undo_button.clicked.connect(self.undo)
        self.retranslate()

    # Filling -------------------------------------------------------------------------------------
    def _pair(self):
        """Both partners, when both are here and linked (only then is anything offered or kept)."""
        s = self._session
        if not s.together:
            return None
        couple = s.couple.couple_of(s.current.profile.uuid)
        return (s.current, s.partner) if couple and couple == s.couple.couple_of(s.partner.profile.uuid) else None

    def fill(self, keep: bool = False, avoid: str | None = None) -> None:
        """The themes, and the chosen theme's questions in the order they are offered; the first
        is selected (``keep``: the one selected stays selected, as after a language switch)."""
        lang = self._prefs.language
        themes = self.service.themes(lang)
        chosen = self.theme.currentData() or ANY
        self.theme.blockSignals(True)
        self.theme.clear()
        self.theme.addItem(self.tr("Any theme"), ANY)
        for theme in themes:
            self.theme.addItem(theme.title, theme.id)
        self.theme.setCurrentIndex(max(0, self.theme.findData(chosen)))
        self.theme.blockSignals(False)
        chosen = self.theme.currentData()
        if chosen == ANY:
            intro = self.tr("A question from each theme in turn. Questions you have answered or passed over "
                            "come back only after all the others.")
        elif chosen == STEP1:
            intro = self.tr("The questions of step 1 about the home you grew up in, to answer together.")
        else:
            intro = next(t.intro for t in themes if t.id == chosen)
        self.theme_intro.setText(intro)
        prompts = None
        pair = self._pair()
        if pair is not None:
            try:
                prompts = self.service.ranked(*pair, lang, chosen, avoid)
            except ProfileError as exc:
                self.message.setText(error_text(exc))
            except StorageError as exc:
                self.message.setText(failure_text(exc))
        if prompts is None:  # not both here (nothing is shown then), or it could not be read
            prompts = [p for t in themes if chosen in (ANY, t.id) for p in t.prompts]
        current = self.prompt.currentData() if keep else None
        self.prompt.blockSignals(True)
        self.prompt.clear()
        naming = self._exercises.naming(lang)
        for p in prompts:
            # About whom is chosen when writing: until then "one of your parents", inside the sentence.
            self.prompt.addItem(fill_name(p.question, "", naming), p.id)
        self.prompt.setCurrentIndex(max(0, self.prompt.findData(current)) if current is not None else 0)
        self.prompt.blockSignals(False)
        self._show_question()

    def _show_question(self, *_args) -> None:
        """The question selected, whole (the list itself may cut it short)."""
        has = self.prompt.currentData() is not None
        self.question.setText(self.prompt.currentText() if has else self.tr(
            "You have set aside every question of this theme. Choose another theme."))
        self.another_button.setEnabled(has and self.prompt.count() > 1)
        self.aside_button.setEnabled(has)

    # What the couple does ---------------------------------------------------------------------
    def _theme_chosen(self, *_args) -> None:
        self._forget_undo()
        self.message.clear()
        self.fill()

    def _keep(self, action, prompt_id: str) -> bool:
        pair = self._pair()
        if pair is None or prompt_id is None:
            return False
        try:
            action(*pair, prompt_id)
        except ProfileError as exc:
            self.message.setText(error_text(exc))
            return False
        except StorageError as exc:
            self.message.setText(failure_text(exc))
            return False
        return True

    def another(self) -> None:
        """Passed over: it counts as seen, and the next question of the theme is offered."""
        passed = self.prompt.currentData()
        if not self._keep(self.service.another, passed):
            return
        self._forget_undo()
        self.message.clear()
        self.fill(avoid=passed)
        self.prompt.setFocus()
        announce(self.question, self.question.text())

    def set_aside(self) -> None:
        """Not for us: never offered to this couple again (unless they bring it back now)."""
        aside, shown = self.prompt.currentData(), self.prompt.currentText()
        if not self._keep(self.service.not_for_us, aside):
            return
        self.fill()
        self._aside = aside
        self.message.setText(self.tr("“%1” will not be offered to you again.").replace("%1", shown))
        self.undo_button.show()
        announce(self.message, f"{self.message.text()} {self.question.text()}")

    def undo(self) -> None:
        back = self._aside
        if back is None or not self._keep(self.service.for_us_again, back):
            return
        self._forget_undo()
        self.fill()
        self.prompt.setCurrentIndex(max(0, self.prompt.findData(back)))
        self.message.setText(self.tr("The question is back."))
        self.prompt.setFocus()

    def _forget_undo(self) -> None:
        self._aside = None
        self.undo_button.hide()

    def clear_private(self) -> None:
        """On lock: nothing of what the couple chose stays on screen."""
        self._forget_undo()
        self.message.clear()

    # Texts -----------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.theme_label.setText(self.tr("&Pick a theme:"))
        self.theme.setAccessibleName(self.tr("Theme"))
        self.question.setAccessibleName(self.tr("The question"))
        self.another_button.setText(self.tr("Anothe&r question"))
        self.another_button.setAccessibleName(self.tr("Another question"))
        self.aside_button.setText(self.tr("Not &for us"))
        self.aside_button.setAccessibleName(self.tr("Not for us: never offer this question again"))
        self.undo_button.setText(self.tr("Un&do"))
        self.undo_button.setAccessibleName(self.tr("Undo: offer this question again"))
