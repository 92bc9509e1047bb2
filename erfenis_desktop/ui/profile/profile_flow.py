"""The screens around profiles, and what happens to them when a profile locks.

This module is the way through them: unlocking, making a profile, the recovery code, the
partner next to an open profile, the actions on a profile, and which exercise opens where.
Its two parts live next door: ``flow_pages.py`` makes each screen on first use and wires it,
``flow_locking.py`` saves what is being written and clears every screen when a profile locks.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget, QWidget

from erfenis_desktop.services.preferences import Preferences
from erfenis_desktop.services.session import Session

from ..common.dialogs import Dialogs
from .flow_locking import FlowLocking
from .flow_pages import FlowPages
from .picker import ProfilesPanel


class ProfileFlow(FlowPages, FlowLocking, QObject):
    """Makes each screen the first time it is needed (start-up stays quick), wires it, and
    clears every screen that was made when a profile locks."""

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

    def go_home(self) -> None:
        from ..common.announce import first_control, focus_page

        home = (self.workshop_home() if self.workshop_home is not None else None) or self.home
        switching = self.pages.currentWidget() is not home
        self.pages.setCurrentWidget(home)
        focus = home.window().focusWidget()
        if switching and focus is not None and home.isVisible() and focus is first_control(home):
            return  # the page change put focus there, its Tab stops in order (ui/common/announce.py)
        focus_page(home)  # after unlocking, locking, Back: the first thing to do there

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

    # Steps 2 and 3 (ui/practice/) ----------------------------------------------------------
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
