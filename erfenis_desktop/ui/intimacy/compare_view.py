"""Side by side: both partners' six areas in the dans view's idiom, where they differ most,
and a short conversation guide for the biggest difference, answered with the lock-in and
reveal of answering together (ui/together/together_page.py, started through ProfileFlow).

Nothing of the partner is shown unless both chose to share their latest result
(services/intimacy.py ``comparison``): otherwise only why not."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton

from erfenis_desktop.domain.names import fill as fill_names
from erfenis_desktop.services.intimacy import Comparison, IntimacyService

from ..common.widgets import ReadingColumn, Retranslating, button_row, card, clear_layout, fill, heading, paragraph
from .chart import AreaMirror


class CompareView(Retranslating, ReadingColumn):
    togetherRequested = Signal(str)  # the together prompt to answer with lock-in and reveal
    resultsRequested = Signal()
    helpRequested = Signal()

    def __init__(self, session, service: IntimacyService, prefs, parent=None):
        super().__init__(max_width_chars=90, parent=parent)
        self.setObjectName("intimacyCompare")
        self._session, self._service, self._prefs = session, service, prefs
        self.comparison: Comparison | None = None
        self.title, self.intro, self.why = heading(), paragraph(), paragraph()
        self.mirror = AreaMirror()
        self.biggest = heading("question")
        self.differences = paragraph()
        for w in (self.title, self.intro, self.why, self.mirror, self.biggest, self.differences):
            self.body.addWidget(w)
        self.guide_frame, self.guide_box = card()
        self.body.addWidget(self.guide_frame)
        self.safety = paragraph()
        self.safety.setObjectName("safetyNote")
        self.body.addWidget(self.safety)
        self.back, self.help_button = QPushButton(), QPushButton()
        self.back.clicked.connect(self.resultsRequested)
        self.help_button.clicked.connect(self.helpRequested)
        button_row(self.body, self.help_button, self.back)
        self.together_button: QPushButton | None = None
        self.retranslate()

    def open(self) -> None:
        u = self._session.current
        self.comparison = self._service.comparison(u, self._prefs.language) if u else None
        self.retranslate()

    def _t(self, key: str):
        return self._prefs.text("intimacy", key)

    def _render(self) -> None:
        clear_layout(self.guide_box)
        self.together_button = None
        c = self.comparison
        shown = c is not None and not c.reason
        for w in (self.mirror, self.biggest, self.differences, self.guide_frame, self.safety):
            w.setVisible(shown)
        if not shown:
            self.mirror.set_areas([], ["", ""], ["#888888", "#888888"], "")
            reason = c.reason if c is not None else "not_linked"
            self.why.setText(fill_names(self._t(f"compare.{reason}"), name=c.partner_name if c else "").strip())
            self.why.show()
            return
        check = self._service.check(self._prefs.language)
        me = self._session.current.profile
        self.mirror.set_areas([(a.name, c.mine[a.id].score, c.theirs[a.id].score) for a in check.areas],
                              [me.name, c.partner_name], [me.colour, c.partner_colour or "#888888"],
                              self._t("results.not_enough"))
        self.mirror.setAccessibleName(self._t("compare.title"))
        area = check.area(c.biggest) if c.biggest else None
        if area is None:
            self.why.setText(self._t("compare.no_scores"))
            self.why.show()
            for w in (self.biggest, self.differences, self.guide_frame):
                w.hide()
            return
        self.why.hide()
        big = c.differences[0][1]
        self.biggest.setText(fill_names(self._t("compare.biggest"), area=area.name) if big >= 15
                             else self._t("compare.close"))
        self.differences.setText(self.tr("Differences, largest first:") + "\n" + "\n".join(
            fill(self.tr("%1: %2 points apart"), check.area(a).name, str(d)) for a, d in c.differences))
        title = heading("subheading")
        title.setText(self._t("compare.guide_title"))
        self.guide_box.addWidget(title)
        for i, line in enumerate(self._t("compare.guide"), 1):
            step = paragraph()
            step.setText(f"{i}. {line}")
            self.guide_box.addWidget(step)
        # First the together question, answered with lock-in and reveal; then the area's own.
        from erfenis_desktop.services.together import Together

        prompt = Together(self._session.couple, self._service.exercises).prompt(self._prefs.language, area.prompt)
        question = heading("question")
        question.setText(prompt.question if prompt is not None else area.talk)
        self.guide_box.addWidget(question)
        note = paragraph()
        note.setText(self._t("compare.answer_together"))
        self.guide_box.addWidget(note)
        then = paragraph()
        then.setText(fill(self.tr("Afterwards, talk about this: %1"), area.talk))
        self.guide_box.addWidget(then)
        self.together_button = QPushButton(self.tr("&Answer together now"))
        self.together_button.setAccessibleName(self.tr("Answer together now, each on your own first"))
        self.together_button.clicked.connect(lambda _c=False, p=area.prompt: self.togetherRequested.emit(p))
        self.guide_box.addWidget(self.together_button, 0, Qt.AlignmentFlag.AlignLeft)  # no row: see clear_layout
        if not self._session.together:
            later = paragraph()
            later.setText(fill(self.tr("%1 unlocks their own profile next to yours first, under Together."),
                               c.partner_name))
            self.guide_box.addWidget(later)

    def retranslate(self) -> None:
        self.title.setText(self._t("compare.title"))
        self.intro.setText(self._t("compare.intro"))
        self.safety.setText(self._prefs.text("help", "safety.unfamiliar"))
        self.back.setText(self.tr("&Back to my results"))
        self.back.setAccessibleName(self.tr("Back to my results"))
        self.help_button.setText(self.tr("Need help?"))
        self.help_button.setAccessibleName(self.tr("Need help? Where to find support"))
        self._render()

    def clear_private(self) -> None:
        self.comparison = None
        clear_layout(self.guide_box)
        self.together_button = None
        self.mirror.set_areas([], ["", ""], ["#888888", "#888888"], "")
        self.biggest.clear()
        self.differences.clear()
        self.why.clear()
