"""The screens ProfileFlow shows, made the first time they are needed, and where their signals lead.

Start-up stays quick because no screen of the profile flow is built before it is asked for:
``flow.pattern_page`` (or any name in :attr:`FlowPages.PRIVATE`, :attr:`FlowPages.BUSY`, or
``code_page``) makes it here, adds it to the stack and wires its signals to the flow.
Which screens hold private writing (cleared on lock, ``flow_locking.py``) is said here too.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class FlowPages:
    """Part of :class:`~.profile_flow.ProfileFlow`: making and wiring its screens."""

    #: Screens that show a profile's private writing: cleared on lock, after saving what was typed.
    PRIVATE = ("notes_page", "pattern_page", "results_page", "step_one_page", "journal_page",
               "couple_page", "together_page", "timeline_page", "compare_page", "cycle_page", "history_page",
               "dans_page", "together_exercise_page", "repair_page")
    #: Steps 2 and 3 (ui/practice/): private too, and cleared on lock.
    PRIVATE += ("practice_page", "checkin_page", "progress_page")
    PRIVATE += ("intimacy_page",)  # the intimacy check (ui/intimacy/)
    #: The generations view (ui/generations/): private too.
    PRIVATE += ("generations_page",)
    BUSY = ("unlock_page", "recover_page", "create_page")

    def _make(self, name: str) -> QWidget:
        import importlib

        from ..dans import dans_page
        from ..journal import journal_page, notes_page, timeline_page
        from ..pattern import compare_page, pattern_check_page, results_page
        from ..steps import form_exercise_page, step1_page
        from ..together import couple_page, together_page
        from . import create_page, recovery_code_page, unlock_page

        s, ex, pr = self.session, self.exercises, self._prefs
        page = {
            "unlock_page": lambda: unlock_page.UnlockPage(s),
            "recover_page": lambda: unlock_page.RecoverPage(s),
            "create_page": lambda: create_page.CreateProfilePage(s),
            "code_page": lambda: recovery_code_page.RecoveryCodePage(self.dialogs),
            "notes_page": lambda: notes_page.NotesPage(s, pr),
            "pattern_page": lambda: pattern_check_page.PatternCheckPage(s, ex, pr),
            "results_page": lambda: results_page.ResultsPage(s, ex, pr),
            "step_one_page": lambda: step1_page.StepOnePage(s, ex, pr),
            "journal_page": lambda: journal_page.JournalPage(s, ex, pr, self.dialogs),
            "couple_page": lambda: couple_page.CouplePage(s, ex, pr, self.dialogs),
            "together_page": lambda: together_page.TogetherPage(s, ex, pr),
            "timeline_page": lambda: timeline_page.TimelinePage(s, ex, pr),
            "compare_page": lambda: compare_page.ComparePage(s, ex, pr),
            "cycle_page": lambda: form_exercise_page.FormExercisePage("cycle_map", "cycle_map", s, ex, pr),
            "history_page": lambda: form_exercise_page.FormExercisePage("history", "relationship_history", s, ex, pr),
            "generations_page": lambda: importlib.import_module("erfenis_desktop.ui.generations.page").GenerationsPage(
                s, ex, pr, self.dialogs),
            "dans_page": lambda: dans_page.DansPage(s, ex, pr, self.dialogs),
            "practice_page": lambda: self._practice_module("practice_page").PracticePage(s, ex, pr),
            "checkin_page": lambda: self._practice_module("checkin_page").CheckInPage(s, ex, pr),
            "progress_page": lambda: self._practice_module("progress_page").ProgressPage(s, ex, pr),
            "together_exercise_page": lambda: self._practice_module("together_exercise").TogetherExercisePage(
                s, ex, pr),
            "repair_page": lambda: self._practice_module("repair").RepairPage(s, ex, pr),
            "intimacy_page": lambda: self._intimacy_page(s, ex, pr),
        }[name]()
        self._made[name] = page
        self.pages.addWidget(page)
        if name in self.BUSY:
            page.cancelled.connect(self._cancelled)
        if name in ("together_page", "timeline_page", "compare_page", "together_exercise_page", "repair_page"):
            page.backRequested.connect(lambda: self.show_exercise("together"))
        elif name in self.PRIVATE:
            page.backRequested.connect(self.go_home)
        if name == "unlock_page":
            page.unlocked.connect(self._unlocked)
            page.forgotRequested.connect(self.show_recover)
        elif name in ("recover_page",):
            page.recovered.connect(self._with_new_code)
        elif name == "create_page":
            page.created.connect(self._created)
        elif name == "code_page":
            page.confirmed.connect(self._code_confirmed)
        elif name == "pattern_page":
            page.finished.connect(lambda _run: self.show_exercise("results"))
        elif name == "results_page":
            page.stepOneRequested.connect(lambda: self.show_exercise("step1"))
            page.retakeRequested.connect(self.retake)
        elif name == "step_one_page":
            page.patternRequested.connect(lambda: self.show_exercise("pattern"))
            page.stepTwoRequested.connect(lambda: self.show_exercise("step2"))
        elif name in ("practice_page", "checkin_page", "progress_page"):
            self._wire_practice(name, page)
        elif name == "couple_page":
            page.partnerUnlockRequested.connect(self.show_partner_unlock)
            page.partnerCreateRequested.connect(self.show_partner_create)
            page.sessionRequested.connect(self.start_together)
            page.timelineRequested.connect(lambda: self.show_exercise("timeline"))
            page.compareRequested.connect(lambda: self.show_exercise("compare"))
            page.exerciseRequested.connect(self.start_together_exercise)
            page.repairRequested.connect(self.start_repair)
        elif name == "repair_page":
            page.loopMapRequested.connect(lambda: self.show_exercise("cycle"))
        elif name == "timeline_page":
            page.compareRequested.connect(lambda: self.show_exercise("compare"))
        help_requested = getattr(page, "helpRequested", None)
        if help_requested is not None and hasattr(self._window, "show_help"):
            help_requested.connect(self._window.show_help)
        return page

    def __getattr__(self, name: str):
        # unlock_page, create_page, code_page, notes_page, pattern_page, …: made on first use.
        if name in self.BUSY + self.PRIVATE + ("code_page",):
            made = self.__dict__.get("_made", {})
            return made[name] if name in made else self._make(name)
        raise AttributeError(name)


    def _intimacy_page(self, s, ex, pr):
        from ..intimacy.page import IntimacyPage

        page = IntimacyPage(s, ex, pr, self.dialogs)
        page.wire(self)  # next steps and "Answer together now" lead to the exercises
        return page

    # Steps 2 and 3 (ui/practice/) ----------------------------------------------------------
    @staticmethod
    def _practice_module(module: str):
        import importlib

        return importlib.import_module(f"erfenis_desktop.ui.practice.{module}")

    def _wire_practice(self, name: str, page: QWidget) -> None:
        if name == "practice_page":
            page.checkInRequested.connect(self.show_checkin)
            page.stepThreeRequested.connect(lambda: self.show_exercise("step3"))
        elif name == "checkin_page":
            page.backRequested.disconnect()  # back to step 2, not home
            page.backRequested.connect(lambda: self.show_exercise("step2"))
            page.saved.connect(self._checked_in)
        elif name == "progress_page":
            page.stepTwoRequested.connect(lambda: self.show_exercise("step2"))

