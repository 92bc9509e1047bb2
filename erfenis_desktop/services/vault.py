"""Profiles and their private writing: the only place where keys meet the database.

Widgets call this service; they never see a key. A profile's data key lives in
an ``Unlocked`` object only while the profile is unlocked; ``lock()`` drops it.
"""

from __future__ import annotations

import time
import unicodedata
import uuid as uuidlib
from dataclasses import dataclass, field
from typing import Callable

from erfenis_desktop.domain.attempts import seconds_to_wait
from erfenis_desktop.storage.database import Database
from erfenis_desktop.storage.profiles import ItemRow, ProfileRepository

MIN_PASSWORD = 8
MAX_NAME = 40
COLOURS = ("#b5562b", "#2f6f8f", "#6b8e23", "#8e4585", "#c28e0e", "#4a5a8a")


class ProfileError(Exception):
    """Something the person can fix; ``code`` selects the message the UI shows."""

    def __init__(self, code: str, **details):
        self.code, self.details = code, details
        super().__init__(code)


@dataclass(frozen=True)
class Profile:
    uuid: str
    name: str
    colour: str
    failed_attempts: int
    first_failed_at: float | None

    @property
    def initial(self) -> str:
        return self.name[:1].upper()


@dataclass(frozen=True)
class PrivateText:
    uuid: str
    kind: str
    created_at: str
    updated_at: str
    text: str


@dataclass
class Unlocked:
    """An unlocked profile. Holds the data key until ``lock()``."""

    profile: Profile
    _service: "VaultService" = field(repr=False)
    _data_key: bytes | None = field(repr=False, default=None)
    key_version: int = 1

    @property
    def is_locked(self) -> bool:
        return self._data_key is None

    def _key(self) -> bytes:
        if self._data_key is None:
            raise ProfileError("locked")
        return self._data_key

    def lock(self) -> None:
        self._data_key = None

    def save_text(self, kind: str, text: str, item_uuid: str | None = None) -> str:
        from erfenis_desktop.vault.aead import encrypt_text

        item_uuid = item_uuid or str(uuidlib.uuid4())
        body = encrypt_text(self._key(), text, record_uuid=item_uuid, owner_uuid=self.profile.uuid,
                            field="body", key_version=self.key_version)
        self._service.repo.put_item(item_uuid, self.profile.uuid, kind, self.key_version, body)
        return item_uuid

    def _open(self, row: ItemRow) -> PrivateText:
        from erfenis_desktop.vault.aead import decrypt_text
        from erfenis_desktop.vault.errors import DamagedError

        if row.owner_uuid != self.profile.uuid:
            raise ProfileError("not_yours")
        try:
            text = decrypt_text(self._key(), row.body, record_uuid=row.uuid, owner_uuid=row.owner_uuid,
                                field="body", key_version=row.key_version)
        except DamagedError:
            raise ProfileError("damaged", item=row.uuid) from None
        return PrivateText(row.uuid, row.kind, row.created_at, row.updated_at, text)

    def read_text(self, item_uuid: str) -> PrivateText:
        row = self._service.repo.item(item_uuid)
        if row is None:
            raise ProfileError("not_found")
        return self._open(row)

    def texts(self, kind: str | None = None) -> list[PrivateText]:
        return [self._open(row) for row in self._service.repo.items(self.profile.uuid, kind)]

    def delete_text(self, item_uuid: str) -> None:
        row = self._service.repo.item(item_uuid)
        if row is not None and row.owner_uuid == self.profile.uuid:
            self._service.repo.delete_item(item_uuid)


class VaultService:
    def __init__(self, db: Database, kdf=None, keyring_backend=None, clock: Callable[[], float] = time.time):
        self.db = db
        self.repo = ProfileRepository(db)
        self._kdf = kdf
        self._keyring_backend = keyring_backend
        self._clock = clock
        self._device_state = None

    # Set-up ------------------------------------------------------------------
    @property
    def kdf(self):
        if self._kdf is None:
            from erfenis_desktop.vault.kdf import ProductionKdf

            self._kdf = ProductionKdf()
        return self._kdf

    def device_state(self):
        """The keyring situation for this data folder (resolved once; may be slow: call off the UI thread)."""
        if self._device_state is None:
            from erfenis_desktop.vault.device_secret import (FIRST_RUN, DeviceSecretStore,
                                                             resolve_device_secret)

            stored = self.db.meta("device_check")
            state = resolve_device_secret(DeviceSecretStore(backend=self._keyring_backend),
                                          self.db.meta("store_id"), bytes.fromhex(stored) if stored else None)
            if state.status is FIRST_RUN:
                with self.db.transaction() as conn:
                    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('device_check', ?)",
                                 (state.check_value.hex(),))
            self._device_state = state
        return self._device_state

    def _device_secret(self) -> bytes | None:
        return self.device_state().secret

    # Profiles ------------------------------------------------------------------
    @staticmethod
    def _profile(row) -> Profile:
        return Profile(row.uuid, row.name, row.colour, row.failed_attempts, row.first_failed_at)

    def profiles(self) -> list[Profile]:
        return [self._profile(r) for r in self.repo.all()]

    def clean_name(self, name: str, exclude: str | None = None) -> str:
        name = unicodedata.normalize("NFC", " ".join(name.split()))
        if not name:
            raise ProfileError("name_empty")
        if len(name) > MAX_NAME:
            raise ProfileError("name_too_long", limit=MAX_NAME)
        folded = name.casefold()
        if any(p.name.casefold() == folded and p.uuid != exclude for p in self.profiles()):
            raise ProfileError("name_taken")
        return name

    @staticmethod
    def check_password(password: str) -> None:
        if len(unicodedata.normalize("NFC", password)) < MIN_PASSWORD:
            raise ProfileError("password_short", minimum=MIN_PASSWORD)

    def create(self, name: str, password: str, colour: str | None = None) -> tuple[Unlocked, str]:
        """Make a profile; returns it unlocked, with the recovery code to show once."""
        from erfenis_desktop.vault.keys import create_profile_secrets

        name = self.clean_name(name)
        self.check_password(password)
        colour = colour or COLOURS[len(self.profiles()) % len(COLOURS)]
        profile_uuid = str(uuidlib.uuid4())
        made = create_profile_secrets(password, profile_uuid, self.kdf, self._device_secret())
        self.repo.insert(profile_uuid, name, colour, made.password_record, made.recovery_record,
                         made.public_key, made.sealed_private_key)
        profile = self._profile(self.repo.get(profile_uuid))
        return Unlocked(profile, self, made.data_key), made.recovery_code

    def seconds_to_wait(self, profile_uuid: str) -> float:
        row = self.repo.get(profile_uuid)
        return seconds_to_wait(row.failed_attempts, row.last_failed_at, self._clock()) if row else 0.0

    def unlock(self, profile_uuid: str, password: str) -> tuple[Unlocked, Profile]:
        """Unlock with the password. Returns the unlocked profile and the row as it was
        before (its ``failed_attempts`` and ``first_failed_at`` are for "N failed attempts since …")."""
        from erfenis_desktop.vault import errors
        from erfenis_desktop.vault.keys import unlock_with_password

        row = self.repo.get(profile_uuid)
        if row is None:
            raise ProfileError("not_found")
        wait = self.seconds_to_wait(profile_uuid)
        if wait > 0:
            raise ProfileError("wait", seconds=wait)
        try:
            key = unlock_with_password(password, profile_uuid, row.password_record, self.kdf,
                                       self._device_secret())
        except errors.DeviceSecretMissing:
            raise ProfileError("device_secret_missing") from None
        except (errors.WeakKdfParams, errors.DamagedError):
            raise ProfileError("damaged") from None
        except errors.UnlockFailed:
            self.repo.record_failure(profile_uuid, self._clock())
            raise ProfileError("wrong_password", wait=self.seconds_to_wait(profile_uuid)) from None
        before = self._profile(row)
        self.repo.reset_failures(profile_uuid)
        return Unlocked(self._profile(self.repo.get(profile_uuid)), self, key, row.key_version), before

    def recover(self, profile_uuid: str, code: str, new_password: str) -> tuple[Unlocked, str]:
        """Open with the recovery code and set a new password; returns a fresh recovery code too."""
        from erfenis_desktop.vault import errors
        from erfenis_desktop.vault.keys import (new_recovery_record, rewrap_for_new_password,
                                                unlock_with_recovery)

        self.check_password(new_password)
        row = self.repo.get(profile_uuid)
        if row is None:
            raise ProfileError("not_found")
        try:
            key = unlock_with_recovery(code, profile_uuid, row.recovery_record, self.kdf)
        except (errors.WeakKdfParams, errors.DamagedError):
            raise ProfileError("damaged") from None
        except errors.UnlockFailed:
            raise ProfileError("wrong_code") from None
        self.repo.set_password_record(
            profile_uuid, rewrap_for_new_password(key, new_password, profile_uuid, self.kdf, self._device_secret()))
        new_code, record = new_recovery_record(key, profile_uuid, self.kdf)
        self.repo.set_recovery_record(profile_uuid, record)
        self.repo.reset_failures(profile_uuid)
        self.repo.compact()
        return Unlocked(self._profile(self.repo.get(profile_uuid)), self, key, row.key_version), new_code

    def change_password(self, unlocked: Unlocked, new_password: str) -> None:
        """Re-wrap the data key under the new password; the private writing itself is untouched."""
        from erfenis_desktop.vault.keys import rewrap_for_new_password

        self.check_password(new_password)
        record = rewrap_for_new_password(unlocked._key(), new_password, unlocked.profile.uuid, self.kdf,
                                         self._device_secret())
        self.repo.set_password_record(unlocked.profile.uuid, record)
        self.repo.compact()

    def rename(self, unlocked: Unlocked, name: str) -> Profile:
        unlocked._key()  # only while unlocked
        self.repo.rename(unlocked.profile.uuid, self.clean_name(name, exclude=unlocked.profile.uuid))
        unlocked.profile = self._profile(self.repo.get(unlocked.profile.uuid))
        return unlocked.profile

    def delete(self, profile_uuid: str, password: str) -> None:
        """Delete a profile and all its writing; asks the password first."""
        unlocked, _ = self.unlock(profile_uuid, password)
        unlocked.lock()
        self.repo.delete(profile_uuid)
