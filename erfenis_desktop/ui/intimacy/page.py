"""The intimacy check as one page among the others: answering, the results, side by side.

ProfileFlow makes it on first use (``intimacy_page``), clears it when a profile locks, and
calls ``wire`` so that a next step's link and ‘Answer together now’ lead to the exercises."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from erfenis_desktop.services.intimacy import IntimacyService

from ..common.widgets import Retranslating, fill
from .answer_page import AnswerPage
from .compare_view import CompareView
from .results_view import ResultsView


class IntimacyPage(Retranslating, QWidget):
    backRequested = Signal()
    helpRequested = Signal()
    linkRequested = Signal(str, str)  # kind, target: an exercise a next step leads to
    togetherRequested = Signal(str)  # a together prompt, to answer with lock-in and reveal

    def __init__(self, session, exercises, prefs, dialogs, parent=None):
        super().__init__(parent)
        self.setObjectName("intimacyPage")
        self._session, self._prefs, self._dialogs = session, prefs, dialogs
        self.service = IntimacyService(exercises, session.couple)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self.answer = AnswerPage(session, self.service, prefs)
        self.results = ResultsView(session, self.service, prefs)
        self.compare = CompareView(session, self.service, prefs)
        for view in (self.answer, self.results, self.compare):
            self.stack.addWidget(view)
            view.helpRequested.connect(self.helpRequested)
        self.answer.backRequested.connect(self.backRequested)
        self.answer.finished.connect(lambda _take: self.show_results())
        self.results.backRequested.connect(self.backRequested)
        self.results.retakeRequested.connect(self.retake)
        self.results.compareRequested.connect(self.show_compare)
        self.results.reportRequested.connect(self.export)
        self.results.linkRequested.connect(self.linkRequested)
        self.compare.resultsRequested.connect(self.show_results)
        self.compare.togetherRequested.connect(self.togetherRequested)

    def wire(self, flow) -> None:
        """Where the links lead (ui/profile/profile_flow.py): step 2, the loop map, answering together."""
        def link(kind: str, target: str) -> None:
            if kind == "prompt":
                together(target)
            else:
                flow.show_exercise({"card": "step2", "group": "step2", "cycle": "cycle"}[kind])

        def together(prompt: str) -> None:
            if self._session.together:
                flow.start_together(prompt, "side")
            else:  # the partner unlocks first, under Together
                flow.show_exercise("together")

        self.linkRequested.connect(link)
        self.togetherRequested.connect(together)

    # Which view ---------------------------------------------------------------------------
    def open(self) -> None:
        """Go on with a check under way; else the latest results; else begin."""
        u = self._session.current
        if u is None:
            return
        if self.service.open_take(u) is None and self.service.finished(u):
            self.show_results()
        else:
            self.answer.open()
            self.stack.setCurrentWidget(self.answer)

    def show_results(self) -> None:
        self.results.open()
        self.stack.setCurrentWidget(self.results)
        self.results.focus_target().setFocus()

    def show_compare(self) -> None:
        self.compare.open()
        self.stack.setCurrentWidget(self.compare)
        self.compare.back.setFocus()

    def retake(self) -> None:
        self.answer.begin_again()
        self.stack.setCurrentWidget(self.answer)

    def focus_target(self):
        """Where focus goes on arriving (ui/common/announce.py): the view's own first thing to do."""
        view = self.stack.currentWidget()
        if view is self.results:
            return self.results.focus_target()
        if view is self.compare:
            return self.compare.back
        if view.stages.currentWidget() is view.question_page:
            return view.choice.checkedButton() or view.choice.button(1)
        return view.start_button

    # The report -----------------------------------------------------------------------------
    def export(self) -> None:
        from ..common.exports import confirm_export
        from . import report

        u, lang = self._session.current, self._prefs.language
        takes = self.service.finished(u) if u else []
        if not takes:
            return
        texts, check = self.service.texts(lang), self.service.check(lang)
        if not confirm_export(self._dialogs, self, self.tr("Save your report as a PDF?"),
                              self.tr("It holds your own results, and nothing of your partner. This is what will "
                                      "be in the file:"), report.summary(texts, check)):
            return
        target = self._dialogs.save_file(self, self.tr("Save the report"),
                                         Path.home() / (self.tr("my-intimacy-check") + ".pdf"),
                                         self.tr("PDF files (*.pdf)"))
        if target is None:
            return
        try:
            report.pdf(texts, check, self.service.result(takes[-1], lang), u.profile.name, self.font().family(),
                       Path(target))
        except OSError as exc:
            self.results.message.setText(fill(self.tr("The file could not be saved: %1"), exc.strerror or str(exc)))
            return
        self.results.message.setText(fill(self.tr("Saved as %1."), str(target)))

    def clear_private(self) -> None:
        for view in (self.answer, self.results, self.compare):
            view.clear_private()
        self.stack.setCurrentWidget(self.answer)

    def retranslate(self) -> None:
        self.setAccessibleName(self._prefs.text("intimacy", "intro.title"))
