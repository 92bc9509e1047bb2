"""Profiles and their private writing: the only place where keys meet the database.

Widgets call this service; they never see a key. A profile's data key lives in
an ``Unlocked`` object only while the profile is unlocked; ``lock()`` overwrites it.
Slow work (key derivation) copies what it needs and overwrites its copies when done.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable

from erfenis_desktop.domain.attempts import seconds_to_wait
from erfenis_desktop.services.jobs import Job, Outcome
from erfenis_desktop.storage.database import Database, StorageError
from erfenis_desktop.storage.profiles import Changes, ProfileRepository, WriteRefused

from .device import NOTICE_PASSWORD_ONLY, DeviceKeys
from .renewal import RenewalJob
from .unlocked import DamagedItem, PrivateText, Profile, ProfileError, Unlocked
from .vault_recovery import RecoveryJobs

__all__ = ["VaultService", "Profile", "ProfileError", "PrivateText", "DamagedItem", "Unlocked", "MIN_PASSWORD",
           "MAX_NAME", "COLOURS"]

MIN_PASSWORD = 8
MAX_NAME = 40
# Each colour carries white text at a contrast of at least 4.5:1.
COLOURS = ("#b5562b", "#2f6f8f", "#5a7a1e", "#8e4585", "#8a6500", "#4a5a8a")


class VaultService(RecoveryJobs, RenewalJob):
    """Profiles on one database. Slow work comes as ``*_job`` methods (see services.jobs);
    the plain methods run a job on the spot, for tests and scripts."""

    def __init__(self, db: Database, kdf=None, keyring_backend=None, clock: Callable[[], float] = time.time):
        self.db = db
        self.repo = ProfileRepository(db)
        self._kdf = kdf
        self._clock = clock
        self.device = DeviceKeys(db, keyring_backend)
        self._trying: set[str] = set()  # profiles with a password try under way

    # Set-up ------------------------------------------------------------------
    @property
    def kdf(self):
        if self._kdf is None:
            from erfenis_desktop.vault.kdf import ProductionKdf

            self._kdf = ProductionKdf()
        return self._kdf

    def device_state_job(self) -> Job:
        return self.device.state_job()

    def known_device_state(self):
        return self.device.known()

    def uses_system_keyring(self) -> bool:
        return self.device.uses_system_keyring()

    def keyring_backend(self):
        """The keyring backend given (the demo's, a test's), or None for the system keyring."""
        return self.device._backend

    def device_state(self):
        return self.device.state()

    def forget_copies(self) -> None:
        """After something was deleted, unshared or renewed: no copy Erfenis keeps of the
        data file may still hold it (see docs/storage.md)."""
        forget = getattr(self.db, "forget_copies", None)
        if forget is not None:
            forget()

    def _apply(self, changes: Changes, *, compact: bool = False) -> None:
        try:
            self.repo.apply(changes, compact=compact)
        except WriteRefused as refused:
            raise ProfileError(refused.reason) from None
        if compact:
            self.forget_copies()

    @staticmethod
    def _copy(key) -> bytearray:
        """A copy of a key for work in another thread, overwritten when that work is done
        (so locking, which overwrites the profile's own key, never races with it)."""
        return bytearray(key)

    # Profiles ------------------------------------------------------------------
    @staticmethod
    def _profile(row) -> Profile:
        """What the screens may show. The colour ends up in drawing and style code, so only a
        plain ``#rrggbb`` passes (the column is plain text anyone with the file can edit)."""
        import re

        colour = row.colour if isinstance(row.colour, str) and re.fullmatch(r"#[0-9a-fA-F]{6}", row.colour) \
            else COLOURS[0]
        failed = row.failed_attempts if isinstance(row.failed_attempts, int) and row.failed_attempts >= 0 else 0
        first = row.first_failed_at
        if not isinstance(first, (int, float)) or not 0 <= first < 32_503_680_000:  # before the year 3000
            first = None
        return Profile(row.uuid, row.name, colour, failed, first, bool(row.recovery_confirmed))

    def profiles(self) -> list[Profile]:
        return [self._profile(r) for r in self.repo.all()]

    def profile(self, profile_uuid: str) -> Profile:
        row = self.repo.get(profile_uuid)
        if row is None:
            raise ProfileError("not_found")
        return self._profile(row)

    def clean_name(self, name: str, exclude: str | None = None) -> str:
        """The name as kept (trimmed, NFC), or ProfileError: name_empty, name_control,
        name_direction, name_invisible, name_too_long, name_taken, name_lookalike."""
        from erfenis_desktop.domain import names

        try:
            name = names.clean(name)
        except names.NameRefused as refused:
            raise ProfileError(f"name_{refused.reason}") from None
        if len(name) > MAX_NAME:
            raise ProfileError("name_too_long", limit=MAX_NAME)
        for p in self.profiles():
            if p.uuid != exclude and names.looks_the_same(p.name, name):
                raise ProfileError("name_taken" if p.name.casefold() == name.casefold() else "name_lookalike")
        return name

    @staticmethod
    def check_password(password: str) -> None:
        """ProfileError password_control (NUL, tab, line break …), password_blank (only
        spaces or invisible characters) or password_short."""
        from erfenis_desktop.domain import names

        if names.has_control(password):
            raise ProfileError("password_control")
        if names.blank(password):
            raise ProfileError("password_blank")
        if len(unicodedata.normalize("NFC", password)) < MIN_PASSWORD:
            raise ProfileError("password_short", minimum=MIN_PASSWORD)

    def seconds_to_wait(self, profile_uuid: str) -> float:
        row = self.repo.get(profile_uuid)
        return seconds_to_wait(row.failed_attempts, row.last_failed_at, self._clock()) if row else 0.0

    # Create ----------------------------------------------------------------------
    def create_job(self, name: str, password: str, colour: str | None = None) -> Job:
        """Make a profile; the result is (Unlocked, recovery code to show once)."""
        name = self.clean_name(name)
        self.check_password(password)
        colour = colour if colour in COLOURS else COLOURS[len(self.profiles()) % len(COLOURS)]
        import uuid as uuidlib  # here, not at the top: the picker has no use for it

        profile_uuid = str(uuidlib.uuid4())
        kdf, resolve = self.kdf, self.device.resolver()

        def compute():
            from erfenis_desktop.vault.keys import create_profile_secrets

            state = resolve()
            return state, create_profile_secrets(password, profile_uuid, kdf, state.secret)

        def commit(outcome: Outcome):
            if outcome.error:
                raise outcome.error
            state, made = outcome.value
            self.device.keep(state)
            from .profile_format import first_manifest

            self.clean_name(name)  # still free?
            self.repo.insert(profile_uuid, name, colour, made.password_record, self.device.check_of(state),
                             made.recovery_record, made.identity_key, first_manifest(made.data_key, profile_uuid))
            unlocked = Unlocked(self.profile(profile_uuid), self, made.data_key)
            if state.secret is None:  # no extra key from the keyring: the person hears it
                unlocked.notices.append(NOTICE_PASSWORD_ONLY)
            return unlocked, made.recovery_code

        return Job(compute, commit)

    def create(self, name: str, password: str, colour: str | None = None) -> tuple[Unlocked, str]:
        return self.create_job(name, password, colour).run_here()

    def _password_check(self, profile_uuid: str) -> None:
        """Before a password is tried: no wait pending, and no other try for this profile still
        running (else Cancel-and-retry could run many guesses at once, around the wait)."""
        wait = self.seconds_to_wait(profile_uuid)
        if wait > 0:
            raise ProfileError("wait", seconds=wait)
        if profile_uuid in self._trying:
            raise ProfileError("busy")
        self._trying.add(profile_uuid)

    def _password_discard(self, profile_uuid: str) -> Callable[[Outcome], None]:
        """For a cancelled password try: nothing is written, but a wrong password still counts."""
        def discard(outcome: Outcome) -> None:
            from erfenis_desktop.vault.errors import UnlockFailed

            self._trying.discard(profile_uuid)
            if isinstance(outcome.error, UnlockFailed):
                self.repo.record_failure(profile_uuid, self._clock())

        return discard

    def _raise_for_password_error(self, exc: BaseException | None, profile_uuid: str) -> None:
        """Turn what went wrong while checking a password into what the person is told.
        Only a truly wrong password counts towards the wait."""
        from erfenis_desktop.vault import errors

        self._trying.discard(profile_uuid)
        if exc is None:
            return
        if isinstance(exc, errors.DeviceSecretMissing):
            raise ProfileError("device_secret_missing") from None
        if isinstance(exc, errors.KeyringUnavailable):
            raise ProfileError("keyring_unavailable") from None
        if isinstance(exc, (errors.WeakKdfParams, errors.DamagedError)):
            raise ProfileError("damaged") from None
        if isinstance(exc, errors.UnlockFailed):
            self.repo.record_failure(profile_uuid, self._clock())
            raise ProfileError("wrong_password", wait=self.seconds_to_wait(profile_uuid)) from None
        raise exc

    # Unlock ------------------------------------------------------------------------
    def unlock_job(self, profile_uuid: str, password: str) -> Job:
        """Unlock with the password. The result is (Unlocked, the profile as it was before:
        its ``failed_attempts`` and ``first_failed_at`` are for "N failed attempts since …")."""
        row = self.repo.get(profile_uuid)
        if row is None:
            raise ProfileError("not_found")
        self._password_check(profile_uuid)
        kdf, resolve = self.kdf, self.device.resolver()

        def compute():
            from erfenis_desktop.vault.keys import unlock_with_password

            state = resolve()
            secret = self.device.secret_for(row, state)
            return state, unlock_with_password(password, profile_uuid, row.password_record, kdf, secret)

        def commit(outcome: Outcome):
            self._raise_for_password_error(outcome.error, profile_uuid)
            state, key = outcome.value
            self.device.keep(state)
            before = self._profile(row)
            if row.failed_attempts:  # no write (and no disk sync) when there is nothing to reset
                try:
                    self.repo.reset_failures(profile_uuid)
                except StorageError:  # a read-only or full disk: the profile still opens
                    import logging

                    logging.getLogger("erfenis").warning("could not reset the failure count", exc_info=True)
            return self._opened(profile_uuid, key), before

        return Job(compute, commit, self._password_discard(profile_uuid))

    def unlock(self, profile_uuid: str, password: str) -> tuple[Unlocked, Profile]:
        return self.unlock_job(profile_uuid, password).run_here()

    def _opened(self, profile_uuid: str, key: bytearray) -> Unlocked:
        """The profile, unlocked with ``key``, with a manifest that opens. When it does not (a
        profile from schema v4, or a manifest damaged or put back by someone), the profile is
        put in order from the items that open, and the person is told. Never a reason to stay
        locked out, whatever the plain columns say."""
        from erfenis_desktop.storage.couples import CoupleRepository
        from erfenis_desktop.vault.errors import DamagedError
        from erfenis_desktop.vault.items import open_manifest

        from . import profile_format

        row = self.repo.get(profile_uuid)
        try:
            manifest = open_manifest(key, row.manifest, owner=profile_uuid)
            if manifest["seq"] != row.manifest_seq:
                raise DamagedError()
        except DamagedError:
            manifest = None
        stray = [entry[0] for entry in self.repo.legacy_shared(profile_uuid)]
        if manifest is not None:
            # Plain columns that disagree with the manifest were edited: the manifest wins.
            if row.item_format != 2 or row.key_version != manifest["key_version"] or stray:
                try:  # only tidying: a disk that cannot be written now does not keep anyone out
                    self._apply(Changes(profile_uuid, legacy_done=stray, profile={
                        "item_format": 2, "key_version": manifest["key_version"]}))
                except StorageError:
                    pass
            return Unlocked(self.profile(profile_uuid), self, key, manifest["key_version"])
        couples = CoupleRepository(self.db)
        member = couples.member(profile_uuid)
        from_v4 = row.item_format == 1 and row.manifest is None
        changes, version = profile_format.restore(
            row, key, self.repo.items(profile_uuid), member, couples.owned(profile_uuid),
            self.repo.legacy_shared(profile_uuid) if from_v4 else [])
        if not from_v4:
            changes.legacy_done += stray  # only a real v4 profile's copies may prove themselves
        self._apply(changes, compact=True)
        unlocked = Unlocked(self.profile(profile_uuid), self, key, version)
        if not from_v4:
            unlocked.notices.append(profile_format.NOTICE_REBUILT)
        elif member is not None:
            unlocked.notices.append(profile_format.NOTICE_UPGRADED_SHARING)
        return unlocked

    # Changes to an unlocked profile ------------------------------------------------------
    def change_password_job(self, unlocked: Unlocked, new_password: str) -> Job:
        """Re-wrap the data key under the new password; the private writing itself is untouched.
        Made without this computer's extra key (the keyring cannot be used), ``unlocked.notices``
        gets NOTICE_PASSWORD_ONLY."""
        self.check_password(new_password)
        key, profile_uuid = self._copy(unlocked._key()), unlocked.profile.uuid
        uses_device_key = self.repo.get(profile_uuid).device_check is not None
        kdf, resolve = self.kdf, self.device.resolver()

        def compute():
            from erfenis_desktop.vault.errors import KeyringUnavailable
            from erfenis_desktop.vault.items import wipe
            from erfenis_desktop.vault.keys import rewrap_for_new_password

            try:
                state = resolve()
                if uses_device_key and state.secret is None:
                    raise KeyringUnavailable()  # never quietly switch the extra protection off
                return state, rewrap_for_new_password(key, new_password, profile_uuid, kdf, state.secret)
            finally:
                wipe(key)

        def commit(outcome: Outcome):
            from erfenis_desktop.vault.errors import KeyringUnavailable

            if isinstance(outcome.error, KeyringUnavailable):
                raise ProfileError("keyring_unavailable") from None
            if outcome.error:
                raise outcome.error
            state, record = outcome.value
            self.device.keep(state)
            self.repo.set_password_record(profile_uuid, record, self.device.check_of(state))
            # From here on the new password is in force, whatever the clean-up does: the old
            # record's bytes leave the file now, or at the next compaction (never raises).
            self.repo.compact()
            self.forget_copies()
            if state.secret is None:  # the new password alone protects it: told after "Password changed"
                unlocked.notices.append(NOTICE_PASSWORD_ONLY)
            return True

        return Job(compute, commit)

    def change_password(self, unlocked: Unlocked, new_password: str) -> None:
        self.change_password_job(unlocked, new_password).run_here()

    def rename(self, unlocked: Unlocked, name: str) -> Profile:
        unlocked._key()  # only while unlocked
        self.repo.rename(unlocked.profile.uuid, self.clean_name(name, exclude=unlocked.profile.uuid))
        unlocked.profile = self.profile(unlocked.profile.uuid)
        return unlocked.profile

    def delete_job(self, profile_uuid: str, password: str) -> Job:
        """Delete a profile and all its writing; the password is asked first."""
        unlock = self.unlock_job(profile_uuid, password)

        def commit(outcome: Outcome):
            unlocked, _ = unlock.commit(outcome)
            unlocked.lock()
            self.repo.delete(profile_uuid)
            self.forget_copies()
            return True

        return Job(unlock.compute, commit, unlock.discard)

    def delete(self, profile_uuid: str, password: str) -> None:
        self.delete_job(profile_uuid, password).run_here()
