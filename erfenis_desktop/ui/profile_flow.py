"""The screens around profiles, and what happens to them when a profile locks."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget, QWidget

from erfenis_desktop.services.exercises import Exercises
from erfenis_desktop.services.preferences import Preferences
from erfenis_desktop.services.session import Session

from .create_page import CreateProfilePage
from .dialogs import Dialogs
from .journal_page import JournalPage
from .notes_page import NotesPage
from .pattern_check_page import PatternCheckPage
from .picker import ProfilesPanel
from .profile_actions import ProfileActionDialog
from .recovery_code_page import RecoveryCodePage
from .results_page import ResultsPage
from .step1_page import StepOnePage
from .unlock_page import RecoverPage, UnlockPage


class ProfileFlow(QObject):
    def __init__(self, session: Session, dialogs: Dialogs, pages: QStackedWidget, home: QWidget,
                 panel: ProfilesPanel, exercises: Exercises, prefs: Preferences, parent: QWidget):
        super().__init__(parent)
        self.session, self.dialogs, self.pages, self.home, self.panel = session, dialogs, pages, home, panel
        self._window = parent
        self.unlock_page = UnlockPage(session)
        self.recover_page = RecoverPage(session)
        self.create_page = CreateProfilePage(session)
        self.code_page = RecoveryCodePage(dialogs)
        self.notes_page = NotesPage(session)
        self.pattern_page = PatternCheckPage(session, exercises, prefs)
        self.results_page = ResultsPage(session, exercises, prefs)
        self.step_one_page = StepOnePage(session, exercises, prefs)
        self.journal_page = JournalPage(session, exercises, prefs, dialogs)
        self.exercises = exercises
        self.busy_pages = (self.unlock_page, self.recover_page, self.create_page)
        #: Pages that show a profile's private writing: cleared on lock, after saving what was typed.
        self.private_pages = (self.notes_page, self.pattern_page, self.results_page, self.step_one_page,
                              self.journal_page)
        for page in self.busy_pages + (self.code_page,) + self.private_pages:
            pages.addWidget(page)
        self.action_dialogs: list[ProfileActionDialog] = []

        panel.unlockRequested.connect(self.show_unlock)
        panel.createRequested.connect(self.show_create)
        panel.notesRequested.connect(self.show_notes)
        panel.exerciseRequested.connect(self.show_exercise)
        panel.actionRequested.connect(self.show_action)
        panel.switchRequested.connect(session.lock)
        for page in self.busy_pages:
            page.cancelled.connect(self.go_home)
        self.unlock_page.unlocked.connect(self._unlocked)
        self.unlock_page.forgotRequested.connect(self.show_recover)
        self.recover_page.recovered.connect(self._with_new_code)
        self.create_page.created.connect(self._with_new_code)
        self.code_page.confirmed.connect(self._code_confirmed)
        self.notes_page.backRequested.connect(self.go_home)
        for page in (self.pattern_page, self.results_page, self.step_one_page, self.journal_page):
            page.backRequested.connect(self.go_home)
        self.pattern_page.finished.connect(lambda _run: self.show_exercise("results"))
        self.results_page.stepOneRequested.connect(lambda: self.show_exercise("step1"))
        self.results_page.retakeRequested.connect(self.retake)
        self.step_one_page.patternRequested.connect(lambda: self.show_exercise("pattern"))
        session.locking.connect(self._on_locking)

    def go_home(self) -> None:
        self.pages.setCurrentWidget(self.home)

    def can_leave(self) -> bool:
        """Not while a new recovery code waits to be confirmed: it is shown only once."""
        return not (self.pages.currentWidget() is self.code_page and self.code_page.has_code())

    def show_unlock(self, profile_uuid: str) -> None:
        self.unlock_page.open_for(profile_uuid)
        self.pages.setCurrentWidget(self.unlock_page)
        self.unlock_page.password.setFocus()

    def show_recover(self, profile_uuid: str) -> None:
        self.recover_page.open_for(profile_uuid)
        self.pages.setCurrentWidget(self.recover_page)

    def show_create(self) -> None:
        self.create_page.open()
        self.pages.setCurrentWidget(self.create_page)

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
                "journal": self.journal_page}[which]
        page.open()
        self.pages.setCurrentWidget(page)

    def retake(self) -> None:
        self.pattern_page.open()
        runs = self.exercises.finished_runs(self.session.current)
        for name in runs[-1].parents if runs else []:  # the same people as last time, to change if needed
            self.pattern_page._add_parent(name)
        self.pages.setCurrentWidget(self.pattern_page)

    def show_action(self, action: str) -> None:
        if not self.session.is_unlocked:
            return
        dialog = ProfileActionDialog(action, self.session, self._window)
        dialog.finished_ok.connect(self._action_done)
        dialog.finished.connect(lambda _r, d=dialog: self._forget(d))
        self.action_dialogs.append(dialog)
        self.dialogs.show(dialog)

    def _forget(self, dialog: ProfileActionDialog) -> None:
        if dialog in self.action_dialogs:
            self.action_dialogs.remove(dialog)
        dialog.deleteLater()

    def _action_done(self, action: str, result) -> None:
        if action == "renew":
            unlocked, code = result
            self.session.lock()  # the old key can no longer read anything
            self._with_new_code(unlocked, code)
        elif action == "delete":
            self.session.lock()
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

    def _unlocked(self, unlocked, before) -> None:
        self.session.enter(unlocked)
        self.panel.show_failures(before.failed_attempts, before.first_failed_at)
        if unlocked.profile.recovery_confirmed:
            self.go_home()
            return
        # The last recovery code was never confirmed as kept (the profile locked while it was
        # on screen): it may be lost, so there is a new one now.
        running = self.session.run(self.session.vault.new_recovery_code_job(unlocked))
        running.done.connect(lambda code: self._show_code(code, replaced=True))

    def _with_new_code(self, unlocked, code: str) -> None:
        """A new profile, or one opened with its recovery code: it is unlocked, and the new
        code comes first."""
        self.session.enter(unlocked)
        self._show_code(code)

    def _show_code(self, code: str, replaced: bool = False) -> None:
        self.code_page.show_code(code, replaced)
        self.pages.setCurrentWidget(self.code_page)
        self.code_page.copy_button.setFocus()

    def _code_confirmed(self) -> None:
        if self.session.is_unlocked:
            self.session.vault.confirm_recovery_saved(self.session.current)
        self.go_home()

    def _on_locking(self) -> None:
        """Before the key goes: keep what was being written, then clear every screen that
        shows private text or secrets."""
        self.notes_page.save_draft()
        for page in self.private_pages:
            page.clear_private()
        self.code_page.clear()
        for page in self.busy_pages:
            page.reset()
        for dialog in list(self.action_dialogs):
            dialog.clear_private()
            dialog.reject()
        self.go_home()
