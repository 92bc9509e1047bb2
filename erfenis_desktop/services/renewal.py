"""Renewing protection: a new data key for everything a profile holds, as one job."""

from __future__ import annotations

import unicodedata

from erfenis_desktop.services.jobs import Job, Outcome

from .unlocked import ProfileError, Unlocked


class RenewalJob:
    """Part of :class:`~erfenis_desktop.services.vault.VaultService` (mixed in)."""

    def renew_key_job(self, unlocked: Unlocked, password: str, new_password: str) -> Job:
        """A new data key, with every private text re-encrypted under it, new key records, a
        new identity and a new recovery code (for when a partner may once have known the
        password and copied the file). Asks the current password, and a *new* one: the old
        password must not open the renewed profile, or someone who puts back an old copy of
        the profile's rows would have the person go on writing under the old key without
        noticing (the new password would simply work). Damaged items do not stop it:
        they are left as they are and listed (``Unlocked.renewal_damaged``). All of it is one
        transaction. The result is (Unlocked with the new key, new code)."""
        from erfenis_desktop.storage.couples import CoupleRepository

        self.check_password(new_password)
        if unicodedata.normalize("NFC", new_password) == unicodedata.normalize("NFC", password):
            raise ProfileError("same_password")
        profile_uuid, old_key = unlocked.profile.uuid, self._copy(unlocked._key())
        self._password_check(profile_uuid)
        row = self.repo.get(profile_uuid)
        items = self.repo.items(profile_uuid)
        couples = CoupleRepository(self.db)
        member, own_shared = couples.member(profile_uuid), couples.owned(profile_uuid)
        kdf, resolve = self.kdf, self.device.resolver()

        def compute():
            import hmac

            from erfenis_desktop.vault.items import wipe
            from erfenis_desktop.vault.keys import (
                new_data_key,
                new_recovery_record,
                rewrap_for_new_password,
                unlock_with_password,
            )

            from . import profile_format

            new_key = new_data_key()
            try:
                state = resolve()
                secret = self.device.secret_for(row, state)
                typed = unlock_with_password(password, profile_uuid, row.password_record, kdf, secret)
                try:
                    if not hmac.compare_digest(typed, old_key):
                        raise ProfileError("wrong_password")
                finally:
                    wipe(typed)
                renewal = profile_format.renew(row, old_key, new_key, items, member, own_shared)
                code, recovery_record = new_recovery_record(new_key, profile_uuid, kdf)
                password_record = rewrap_for_new_password(new_key, new_password, profile_uuid, kdf, state.secret)
            except BaseException:
                wipe(new_key)
                raise
            finally:
                wipe(old_key)
            return state, new_key, renewal, password_record, recovery_record, code

        def commit(outcome: Outcome):
            self._raise_for_password_error(outcome.error, profile_uuid)
            state, new_key, renewal, password_record, recovery_record, code = outcome.value
            self.device.keep(state)
            renewal.changes.profile.update(password_record=password_record, device_check=self.device.check_of(state),
                                           recovery_record=recovery_record, recovery_confirmed=0)
            try:
                # Refused as a whole when anything was saved meanwhile (the manifest moved on).
                self._apply(renewal.changes, compact=True)
            except BaseException:
                from erfenis_desktop.vault.items import wipe

                wipe(new_key)
                raise
            renewed = Unlocked(self.profile(profile_uuid), self, new_key, renewal.version)
            renewed.renewal_damaged = renewal.damaged
            if state.secret is None:  # renewed without this computer's extra key: the person hears it
                from .device import NOTICE_PASSWORD_ONLY

                renewed.notices.append(NOTICE_PASSWORD_ONLY)
            # (the partner is asked to confirm the link again at the next session together)
            return renewed, code

        return Job(compute, commit, self._password_discard(profile_uuid))

