"""The screens around profiles, and what happens to them when a profile locks."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget, QWidget

from erfenis_desktop.services.preferences import Preferences
from erfenis_desktop.services.session import Session

from ..common.dialogs import Dialogs
from .picker import ProfilesPanel


class ProfileFlow(QObject):
    """Makes each screen the first time it is needed (start-up stays quick), wires it, and
    clears every screen that was made when a profile locks."""

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
    #: ``_partner_target`` while the partner makes a profile of their own from Together.
    NEW_PARTNER = "new profile"

    def __init__(self, session: Session, dialogs: Dialogs, pages: QStackedWidget, home: QWidget,
                 panel: ProfilesPanel, exercises, prefs: Preferences, parent: QWidget):
        super().__init__(parent)
        self.session, self.dialogs, self.pages, self.home, self.panel = session, dialogs, pages, home, panel
        self._exercises_factory, self._exercises, self._prefs = exercises, None, prefs
        self._window = parent
        self._made: dict[str, QWidget] = {}
        self.action_dialogs: list = []
        self._for_partner = False  # the unlock screen is open for the partner, next to the profile
        self._partner_target: str | None = None  # ... for this profile
        panel.unlockRequested.connect(self.show_unlock)
        panel.createRequested.connect(self.show_create)
        panel.notesRequested.connect(self.show_notes)
        panel.exerciseRequested.connect(self.show_exercise)
        panel.actionRequested.connect(self.show_action)
        panel.switchRequested.connect(self.lock_asking)
        panel.profileRequested.connect(self.show_profile)  # ui/home/profile_page.py
        panel.joinRequested.connect(self.show_partner_unlock)  # "Answer together" without the partner here
        panel.exercises = lambda: self.exercises  # where the person is on the path (services/journey.py)
        self._discarding = False  # the person chose to lock although a text could not be saved
        session.locking.connect(self._on_locking)
        pages.currentChanged.connect(self._page_changed)
        self.reminders = self.reminder_banner = None  # made at the first unlock
        #: Workshop mode (ui/workshop/mode.py): a function giving the page that is home instead
        #: (the facilitator's page), or None for the usual home.
        self.workshop_home = None
        session.changed.connect(self._start_reminders)

    @property
    def exercises(self):
        if self._exercises is None:
            self._exercises = self._exercises_factory()
        return self._exercises

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

    def go_home(self) -> None:
        from ..common.announce import first_control, focus_page

        home = (self.workshop_home() if self.workshop_home is not None else None) or self.home
        switching = self.pages.currentWidget() is not home
        self.pages.setCurrentWidget(home)
        focus = home.window().focusWidget()
        if switching and focus is not None and home.isVisible() and focus is first_control(home):
            return  # the page change put focus there, its Tab stops in order (ui/common/announce.py)
        focus_page(home)  # after unlocking, locking, Back: the first thing to do there

    def _page_changed(self, _index: int) -> None:
        current = self.pages.currentWidget()
        together = self._made.get("together_page")
        # Esc, Home or Settings in the middle of a question: what was typed is kept, privately.
        # ("Need help?" keeps the question as it is.)
        if together is not None and current is not together and together.prompt is not None \
                and current.objectName() != "helpPage":
            together.clear_private()
        # The same for practising together and a talk after a clash (what was written is kept).
        for name in ("together_exercise_page", "repair_page"):
            page = self._made.get(name)
            if page is not None and current is not page and page.active and current.objectName() != "helpPage":
                page.clear_private()

    def can_leave(self) -> bool:
        """Not while a new recovery code waits to be confirmed: it is shown only once."""
        code = self._made.get("code_page")
        return not (code is not None and self.pages.currentWidget() is code and code.has_code())

    def _cancelled(self) -> None:
        if self._for_partner and self.session.is_unlocked:
            self._for_partner = False
            self.show_exercise("together")
        else:
            self.go_home()

    def show_partner_unlock(self, profile_uuid: str) -> None:
        """The partner unlocks their own profile next to the open one (to link, or to join)."""
        if not profile_uuid or not self.session.is_unlocked:
            return
        self._for_partner, self._partner_target = True, profile_uuid
        self.unlock_page.open_for(profile_uuid)
        self.unlock_page.forgot.hide()  # a recovery code opens a profile on its own, not as a partner
        self.pages.setCurrentWidget(self.unlock_page)
        self.unlock_page.password.setFocus()

    def start_together(self, prompt_id: str, mode: str) -> None:
        if self.together_page.start(prompt_id, mode):
            self.pages.setCurrentWidget(self.together_page)

    def start_together_exercise(self) -> None:
        if self.together_exercise_page.start():
            self.pages.setCurrentWidget(self.together_exercise_page)

    def start_repair(self) -> None:
        if self.repair_page.open():
            self.pages.setCurrentWidget(self.repair_page)

    def show_unlock(self, profile_uuid: str) -> None:
        self._for_partner, self._partner_target = False, None
        self.unlock_page.forgot.show()
        self.unlock_page.open_for(profile_uuid)
        self.pages.setCurrentWidget(self.unlock_page)
        self.unlock_page.password.setFocus()
        if self.panel.home is None or self.reminders is None:  # made while the password is typed
            from ..common.first_paint import after_first_paint

            after_first_paint(self.unlock_page.password.edit, self._prepare_unlock)  # a field is painted

    def _prepare_unlock(self) -> None:
        """What the first unlock would otherwise make on its way to the home screen: the home's
        cards (without a word of anyone), the reminders' clock and place, the exercises."""
        self.panel.prepare()
        self._make_reminders()

    def show_recover(self, profile_uuid: str) -> None:
        self.recover_page.open_for(profile_uuid)
        self.pages.setCurrentWidget(self.recover_page)

    def show_create(self) -> None:
        self._for_partner, self._partner_target = False, None
        self.create_page.open()
        self.pages.setCurrentWidget(self.create_page)

    def show_partner_create(self) -> None:
        """No other profile yet: the partner makes their own next to the open one, which stays
        unlocked (like ``show_partner_unlock``). Cancel leads back to Together."""
        if not self.session.is_unlocked:
            return
        self._for_partner, self._partner_target = True, self.NEW_PARTNER
        self.create_page.open(self.session.current.profile.name)
        self.pages.setCurrentWidget(self.create_page)

    def show_profile(self) -> None:
        """Your profile, on a page of its own (from the home screen and the header's chip)."""
        if not self.session.is_unlocked:
            return
        page = self.panel.profile_page
        if self.pages.indexOf(page) < 0:
            self.pages.addWidget(page)
            page.backRequested.connect(self.go_home)
        page.open()
        self.pages.setCurrentWidget(page)

    def show_notes(self) -> None:
        if not self.session.is_unlocked:
            return
        self.notes_page.load()
        self.pages.setCurrentWidget(self.notes_page)

    def show_exercise(self, which: str) -> None:
        """"pattern" (resume, or results when done before), "results", "step1", "journal"."""
        if not self.session.is_unlocked:
            return
        if which == "pattern":
            done = self.exercises.finished_runs(self.session.current)
            if done and self.exercises.open_run(self.session.current) is None:
                which = "results"
        page = {"pattern": self.pattern_page, "results": self.results_page, "step1": self.step_one_page,
                "journal": self.journal_page, "together": self.couple_page, "timeline": self.timeline_page,
                "compare": self.compare_page, "cycle": self.cycle_page, "history": self.history_page,
                "generations": self.generations_page,
                "dans": self.dans_page, "step2": self.practice_page, "step3": self.progress_page,
                "intimacy": self.intimacy_page}[which]
        page.open()
        self.pages.setCurrentWidget(page)

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

    def show_checkin(self, card_id: str) -> None:
        """A check-in of about a minute for one of the chosen cards."""
        if self.session.is_unlocked and self.checkin_page.open(card_id):
            self.pages.setCurrentWidget(self.checkin_page)

    def _checked_in(self, _card_id: str) -> None:
        if self.session.is_unlocked:
            self.practice_page.open(self._prefs.text("practice", "checkin.saved"))
            self.pages.setCurrentWidget(self.practice_page)

    def _start_reminders(self) -> None:
        """Once a profile is unlocked: a clock that asks every minute whether a gentle reminder
        is due, and a place for it on the home screen (made on first unlock: start-up stays quick)."""
        if self.session.is_unlocked:
            self._make_reminders()

    def _make_reminders(self) -> None:
        if self.reminders is not None:
            return
        from erfenis_desktop.services.practice import Practice

        from ..practice.reminders import ReminderBanner, ReminderClock

        self.reminder_banner = ReminderBanner(self._prefs)
        self.reminder_banner.checkInRequested.connect(lambda: self.show_exercise("step2"))
        self.panel.place_banner(self.reminder_banner)  # under the "Hello", above "continue where I was"
        practice = Practice(self.exercises, self.session.couple)
        self.reminders = ReminderClock(self.session, lambda: practice, parent=self)
        self.reminders.due.connect(self.reminder_banner.show)

    def retake(self) -> None:
        self.pattern_page.open()
        runs = self.exercises.finished_runs(self.session.current)
        for name in runs[-1].parents if runs else []:  # the same people as last time, to change if needed
            self.pattern_page._add_parent(name)
        self.pages.setCurrentWidget(self.pattern_page)

    def show_action(self, action: str) -> None:
        if not self.session.is_unlocked:
            return
        from .profile_actions import ProfileActionDialog

        if action in ("renew", "delete"):
            # What is being written is saved first: afterwards the profile locks with the old
            # key gone (renew) or the profile gone (delete), and nothing may be saved then.
            errors = self.save_drafts()
            if errors:
                from ..common.messages import storage_text

                self.dialogs.warn(self._window, self.tr("Your writing is not saved"),
                                  storage_text(errors[0]) + "\n\n" + self.tr(
                                      "What you wrote last could not be saved, so it is still on the screen. "
                                      "Try again once it has been saved."))
                return

        dialog = ProfileActionDialog(action, self.session, self._window)
        dialog.finished_ok.connect(self._action_done)
        dialog.finished.connect(lambda _r, d=dialog: self._forget(d))
        self.action_dialogs.append(dialog)
        self.dialogs.show(dialog)

    def _forget(self, dialog) -> None:
        if dialog in self.action_dialogs:
            self.action_dialogs.remove(dialog)
        dialog.deleteLater()

    def _action_done(self, action: str, result) -> None:
        if action == "renew":
            from ..common.messages import renewal_damaged_text

            unlocked, code = result
            self._lock_without_saving()  # the old key can no longer read anything
            if unlocked.renewal_damaged:
                self.dialogs.inform(self._window, self.tr("Protection renewed"),
                                    renewal_damaged_text(len(unlocked.renewal_damaged)))
            self._with_new_code(unlocked, code)
        elif action == "delete":
            self._lock_without_saving()
            self.dialogs.inform(self._window, self.tr("Profile deleted"),
                                self.tr("The profile and everything written in it have been deleted."))
        elif action == "recovery":
            self.dialogs.inform(self._window, self.tr("Recovery code checked"),
                                self.tr("This recovery code opens your profile. Keep it safe."))
        elif action == "rename":
            self.session.changed.emit()
        elif action == "password":
            self.dialogs.inform(self._window, self.tr("Password changed"),
                                self.tr("From now on, unlock your profile with the new password."))
            if self.session.current is not None:  # given without this computer's extra key: said so
                self._tell_notices(self.session.current)

    def _tell_notices(self, unlocked) -> None:
        """Whatever the person must hear once after their profile opened (by name, since two
        people may be sitting here)."""
        from ..common.messages import notice_text

        notices, unlocked.notices = unlocked.notices, []
        for code in notices:
            text = notice_text(code)
            if text:
                self.dialogs.inform(self._window, self.tr("For %1").replace("%1", unlocked.profile.name), text)

    def _unlocked(self, unlocked, before) -> None:
        # What the person must hear comes once their screen is there: a message opened before it
        # would hold the unlock's turn, and the home behind it would wait for its layout.
        try:
            self._open_unlocked(unlocked, before)
        finally:
            self._tell_notices(unlocked)

    def _open_unlocked(self, unlocked, before) -> None:
        joining = self._partner_target == unlocked.profile.uuid and self.session.is_unlocked \
            and self.session.current.profile.uuid != unlocked.profile.uuid
        if joining or self._for_partner:
            self._for_partner, self._partner_target = False, None
            try:
                self.session.enter_partner(unlocked)
            except ValueError:
                self.go_home()
                return
            self.show_exercise("together")
            self.couple_page.show_failures(unlocked.profile.name, before.failed_attempts, before.first_failed_at)
            if not unlocked.profile.recovery_confirmed and not self._skipped_code(unlocked):
                self.couple_page.show_code_notice(unlocked.profile.name)
            return
        self.session.enter(unlocked)
        self.panel.show_failures(before.failed_attempts, before.first_failed_at)
        if unlocked.profile.recovery_confirmed or self._skipped_code(unlocked):
            self.go_home()
            return
        # The last recovery code was never confirmed as kept (the profile locked while it was
        # on screen): it may be lost, so there is a new one now.
        running = self.session.run(self.session.vault.new_recovery_code_job(unlocked))
        running.done.connect(lambda code: self._show_code(code, replaced=True))
        running.failed.connect(self._new_code_failed)

    def _skipped_code(self, unlocked) -> bool:
        """A workshop participant who skipped the recovery code for the day: no new code at each
        turn (they get one when they take their work home, see services/workshop.py)."""
        workshop = getattr(self.session, "workshop", None)
        return workshop is not None and workshop.skips_code(unlocked.profile.uuid)

    def _new_code_failed(self, error) -> None:
        """No new recovery code (a failed disk, say): the old one stays in force, and the next
        unlock tries again."""
        from ..common.messages import failure_text

        self.go_home()
        self.dialogs.warn(self._window, self.tr("No new recovery code yet"), failure_text(error))

    def _created(self, unlocked, code: str) -> None:
        """A new profile. Made by the partner next to an open profile (from Together), it joins
        that one, and its recovery code is not shown while someone else is here: it stays
        unconfirmed, so the first unlock on its own shows its owner a new one (see ``_unlocked``)."""
        if self._for_partner and self._partner_target == self.NEW_PARTNER and self.session.is_unlocked:
            self._for_partner, self._partner_target = False, None
            del code  # never on screen, never kept
            self._tell_notices(unlocked)
            try:
                self.session.enter_partner(unlocked)
            except ValueError:
                self.go_home()
                return
            self.show_exercise("together")
            self.couple_page.show_partner_made(unlocked.profile.name)
            return
        self._with_new_code(unlocked, code)

    def _with_new_code(self, unlocked, code: str) -> None:
        """A new profile, or one opened with its recovery code: it is unlocked, and the new
        code comes first."""
        self._tell_notices(unlocked)
        self.session.enter(unlocked)
        self._show_code(code)

    def _show_code(self, code: str, replaced: bool = False) -> None:
        name = self.session.current.profile.name if self.session.current is not None else ""
        self.code_page.show_code(code, replaced, name)
        self.pages.setCurrentWidget(self.code_page)
        self.code_page.copy_button.setFocus()

    def _code_confirmed(self) -> None:
        if self.session.is_unlocked:
            from erfenis_desktop.services.store import StorageError

            try:
                self.session.vault.confirm_recovery_saved(self.session.current)
            except StorageError as error:  # the code is kept by the person, only not marked as kept
                from ..common.messages import storage_text

                self.go_home()
                self.dialogs.warn(self._window, self.tr("Your recovery code"), storage_text(error) + "\n\n" + self.tr(
                    "Erfenis could not note that you kept your recovery code, so it shows you a new one the next "
                    "time you unlock. The code you kept works until then."))
                return
        self.go_home()

    # Locking with what is being written -------------------------------------------------
    def save_drafts(self) -> list:
        """Save what is being written on every screen that was made; the StorageErrors of
        those that could not be saved (their text is still on screen)."""
        from erfenis_desktop.services.store import StorageError

        errors = []
        for name in self.PRIVATE:
            save = getattr(self._made.get(name), "save_draft", None)
            if save is not None:
                try:
                    save()
                except StorageError as error:
                    errors.append(error)
        return errors

    def lock_asking(self) -> bool:
        """Lock by choice (Lock, Ctrl+L, switching profile, closing the window): what is being
        written is saved first. When the disk refuses, the person chooses: stay, with the text
        still on screen, or lock and lose it. False when they stay. (A forced lock, when idle,
        by a quick hide or the desktop's screen lock, never waits: see ``_on_locking``.)"""
        from ..common.messages import storage_text

        if self.session.is_unlocked:
            errors = self.save_drafts()
            if errors:
                choice = self.dialogs.ask(
                    self._window, self.tr("Your writing is not saved"),
                    storage_text(errors[0]) + "\n\n" + self.tr(
                        "What you wrote last could not be saved, so it is still on the screen. If you lock now, "
                        "it is lost: once a profile is locked, Erfenis keeps no text that is not saved."),
                    [("stay", self.tr("&Stay, keep my text")), ("lock", self.tr("&Lock and lose it"))], "stay")
                if choice != "lock":
                    return False
                self._discarding = True
        try:
            self.session.lock()
        finally:
            self._discarding = False
        return True

    def _lock_without_saving(self) -> None:
        """After a renewal or a deletion: what was being written was saved before it started
        (``show_action``), so there is nothing left to keep, and nothing is said on the picker."""
        self._discarding = True
        try:
            self.session.lock()
        finally:
            self._discarding = False

    def _on_locking(self) -> None:
        """Before the key goes: keep what was being written, then clear every screen that
        shows private text or secrets. A text that could not be kept (the disk refused) is
        said on the profile picker afterwards, unless the person chose to lose it."""
        import logging

        made = self._made
        lost = []
        for name in self.PRIVATE:
            if name in made:
                try:
                    made[name].clear_private()
                except Exception:  # noqa: BLE001 - logged; the other screens are still cleared
                    logging.getLogger("erfenis").exception("could not clear %s while locking", name)
                if getattr(made[name], "lost_draft", None) is not None:
                    lost.append(made[name].lost_draft)
        if lost and not self._discarding:
            names = [u.profile.name for u in (self.session.current, self.session.partner) if u is not None]
            self.panel.show_unsaved(" & ".join(names), lost[0])
        if self.reminder_banner is not None:
            self.reminder_banner.hide()
        if "code_page" in made:
            made["code_page"].clear()
        for name in self.BUSY:
            if name in made:
                made[name].reset()
        for dialog in list(self.action_dialogs):
            dialog.clear_private()
            dialog.reject()
        self._for_partner, self._partner_target = False, None
        self.go_home()
