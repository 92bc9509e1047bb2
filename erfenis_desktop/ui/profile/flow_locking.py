"""What ProfileFlow does to keep private writing private: when leaving a screen and when a profile locks.

What is being written is saved first (or, when the disk refuses, the person chooses to stay
or to lose it); then every screen that shows private text or a secret is cleared, the
dialogs about a profile are closed and the home screen comes back. Leaving a question of
answering together in the middle clears it too (what was typed is kept, privately).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class FlowLocking:
    """Part of :class:`~.profile_flow.ProfileFlow`: saving drafts and clearing screens (its
    strings keep the ProfileFlow translation context)."""

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
                    self._window, QCoreApplication.translate("ProfileFlow", "Your writing is not saved"),
                    storage_text(errors[0]) + "\n\n" + QCoreApplication.translate(
                        "ProfileFlow",
                        "What you wrote last could not be saved, so it is still on the screen. If you lock now, "
                        "it is lost: once a profile is locked, Erfenis keeps no text that is not saved."),
                    [("stay", QCoreApplication.translate("ProfileFlow", "&Stay, keep my text")),
                     ("lock", QCoreApplication.translate("ProfileFlow", "&Lock and lose it"))], "stay")
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
