"""The recovery code of a profile: opening with it, a new one, checking one."""

from __future__ import annotations

from erfenis_desktop.services.jobs import Job, Outcome
from erfenis_desktop.storage.profiles import Changes

from .unlocked import ProfileError, Unlocked


class RecoveryJobs:
    """Part of :class:`~erfenis_desktop.services.vault.VaultService` (mixed in)."""

    def _recovery_key(self, row, code: str, kdf) -> bytes:
        from erfenis_desktop.vault.keys import unlock_with_recovery

        return unlock_with_recovery(code, row.uuid, row.recovery_record, kdf)

    @staticmethod
    def _recovery_error(exc: BaseException | None) -> None:
        from erfenis_desktop.vault import errors

        if isinstance(exc, (errors.WeakKdfParams, errors.DamagedError)):
            raise ProfileError("damaged") from None
        if isinstance(exc, errors.UnlockFailed):
            raise ProfileError("wrong_code") from None
        if exc is not None:
            raise exc

    def recover_job(self, profile_uuid: str, code: str, new_password: str) -> Job:
        """Open with the recovery code and set a new password. The result is
        (Unlocked, a fresh recovery code: the old one has been used)."""
        self.check_password(new_password)
        row = self.repo.get(profile_uuid)
        if row is None:
            raise ProfileError("not_found")
        kdf, resolve = self.kdf, self.device.resolver(replace_missing=True)

        def compute():
            from erfenis_desktop.vault.keys import new_recovery_record, rewrap_for_new_password

            key = self._recovery_key(row, code, kdf)
            # Only now, with the recovery code proven, may a lost extra key be replaced.
            state, replaced = resolve()
            password_record = rewrap_for_new_password(key, new_password, profile_uuid, kdf, state.secret)
            return state, replaced, key, password_record, new_recovery_record(key, profile_uuid, kdf)

        def commit(outcome: Outcome):
            self._recovery_error(outcome.error)
            state, replaced, key, password_record, (new_code, recovery_record) = outcome.value
            self.device.keep(state, replaced)
            # The new password and the new code take over together, or neither does: a code
            # in force is always one the person is about to see.
            self._apply(Changes(profile_uuid, profile={
                "password_record": password_record, "device_check": self.device.check_of(state),
                "recovery_record": recovery_record, "recovery_confirmed": 0, "failed_attempts": 0,
                "first_failed_at": None, "last_failed_at": None}), compact=True)
            unlocked = self._opened(profile_uuid, key)
            if state.secret is None:  # the new password alone protects it now: the person hears it
                from .device import NOTICE_PASSWORD_ONLY

                unlocked.notices.append(NOTICE_PASSWORD_ONLY)
            return unlocked, new_code

        return Job(compute, commit)

    def recover(self, profile_uuid: str, code: str, new_password: str) -> tuple[Unlocked, str]:
        return self.recover_job(profile_uuid, code, new_password).run_here()

    def new_recovery_code_job(self, unlocked: Unlocked) -> Job:
        """A fresh recovery code for an unlocked profile (when the last one was never confirmed
        as kept). The result is the code; the old one stops working."""
        key, profile_uuid, kdf = self._copy(unlocked._key()), unlocked.profile.uuid, self.kdf

        def compute():
            from erfenis_desktop.vault.items import wipe
            from erfenis_desktop.vault.keys import new_recovery_record

            try:
                return new_recovery_record(key, profile_uuid, kdf)
            finally:
                wipe(key)

        def commit(outcome: Outcome):
            if outcome.error:
                raise outcome.error
            code, record = outcome.value
            self.repo.set_recovery_record(profile_uuid, record)
            self.repo.compact()  # never raises: the new code is in force and is shown
            return code

        return Job(compute, commit)

    def confirm_recovery_saved(self, unlocked: Unlocked) -> None:
        """The person typed groups of the current code back: they have kept it."""
        unlocked._key()
        self.repo.set_recovery_confirmed(unlocked.profile.uuid)
        unlocked.profile = self.profile(unlocked.profile.uuid)

    def check_recovery_job(self, unlocked: Unlocked, code: str) -> Job:
        """Does this recovery code still open the profile? The result is True or a ProfileError."""
        row = self.repo.get(unlocked.profile.uuid)
        key, kdf = self._copy(unlocked._key()), self.kdf

        def compute():
            import hmac

            from erfenis_desktop.vault.items import wipe

            try:
                opened = self._recovery_key(row, code, kdf)
                try:
                    return hmac.compare_digest(opened, key)
                finally:
                    wipe(opened)
            finally:
                wipe(key)

        def commit(outcome: Outcome):
            self._recovery_error(outcome.error)
            if not outcome.value:
                raise ProfileError("wrong_code")
            return True

        return Job(compute, commit)

