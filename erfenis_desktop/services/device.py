"""This computer’s extra key for a data folder (the device secret in the OS keyring).

The keyring is only ever asked from a worker thread (through ``resolver()``);
what was learned is kept, and written to the database, on the UI thread (``keep``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from erfenis_desktop.storage.database import Database

from .jobs import Job, Outcome

#: Told once to the person whose profile was just made (or given a new password with its
#: recovery code) without this computer's extra key: it is protected by its password alone.
NOTICE_PASSWORD_ONLY = "password_only"


def _check_bytes(stored: str | None) -> bytes | None:
    """The folder's stored check value; text that is not hex (an edited file) counts as a
    check value that matches no key, so nothing is ever made over it."""
    if not stored:
        return None
    try:
        return bytes.fromhex(stored)
    except ValueError:
        return b"\x00"


class DeviceKeys:
    def __init__(self, db: Database, keyring_backend=None):
        self.db = db
        self._backend = keyring_backend  # None: the system keyring
        self._state = None  # cached once known (never while the keyring is unavailable)
        self._last = None  # the latest answer, for showing in Settings
        # Worker threads ask the keyring one at a time and share the answer: two first-run
        # answers at once would each make a secret, and one would overwrite the other.
        self._lock = threading.Lock()
        self._resolved = None

    def resolver(self, replace_missing: bool = False) -> Callable[[], object]:
        """A thread-safe function giving the keyring situation. With ``replace_missing`` it
        returns ``(state, replaced)`` and gives this computer a new extra key when the old
        one is lost: only for after a recovery code has been proven, never silently."""
        cached, backend = self._state, self._backend
        store_id, stored = self.db.meta("store_id"), self.db.meta("device_check")

        def resolve():
            from erfenis_desktop.vault import device_secret as ds

            store = ds.DeviceSecretStore(backend=backend)
            with self._lock:
                state = cached or self._resolved
                # Locked, absent or without our key: ask again each time, the weather may have changed.
                if state is None or state.status in (ds.UNAVAILABLE, ds.MISSING):
                    state = ds.resolve_device_secret(store, store_id, _check_bytes(stored))
                    self._resolved = state
                if not replace_missing:
                    return state
                if state.status is ds.MISSING:
                    # A valid key of another time (a keyring backend that changed and changed
                    # back) is taken over, never overwritten: profiles made with it still need it.
                    try:
                        secret = state.found or store.create(store_id)
                    except ds.KeyringUnavailable:
                        return state, False
                    self._resolved = ds.DeviceSecretState(ds.OK, secret, ds.check_value(secret))
                    return self._resolved, True
                return state, False

        return resolve

    def keep(self, state, replaced: bool = False) -> None:
        """Remember what the keyring said; store a new check value after a first run or a replacement."""
        if state is None or (self._state is not None and not replaced):
            return
        from erfenis_desktop.vault.device_secret import FIRST_RUN, UNAVAILABLE

        self._last = state
        if state.status is UNAVAILABLE:
            return  # a locked or absent keyring may be back next time: ask again then
        if state.status is FIRST_RUN or replaced:
            with self.db.transaction() as conn:
                conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('device_check', ?)",
                             (state.check_value.hex(),))
        self._state = state

    @staticmethod
    def check_of(state) -> str | None:
        """What a profile stores to know which extra key its password record was made with."""
        from erfenis_desktop.vault.device_secret import check_value

        return check_value(state.secret).hex() if state.secret else None

    @staticmethod
    def secret_for(row, state) -> bytes | None:
        """The device secret this profile's password record was made with. Raises
        KeyringUnavailable (keyring locked or absent right now) or DeviceSecretMissing
        (this computer's extra key is gone or has been replaced)."""
        from erfenis_desktop.vault.device_secret import UNAVAILABLE, check_value
        from erfenis_desktop.vault.errors import DeviceSecretMissing, KeyringUnavailable

        if row.device_check is None:
            return None
        for secret in (state.secret, getattr(state, "found", None)):
            if secret is not None and check_value(secret).hex() == row.device_check:
                return secret
        if state.status is UNAVAILABLE:
            raise KeyringUnavailable()
        raise DeviceSecretMissing()

    def protects(self, profile_uuid: str) -> bool:
        """Whether this profile's password record uses this computer's extra key. False for a
        profile made (or given a new password) while the keyring could not be used: it is
        protected by its password alone, and the person is told so."""
        from erfenis_desktop.storage.profiles import ProfileRepository

        row = ProfileRepository(self.db).get(profile_uuid)
        return row is not None and row.device_check is not None

    def state_job(self) -> Job:
        def commit(outcome: Outcome):
            if outcome.error:
                raise outcome.error
            self.keep(outcome.value)
            return outcome.value

        return Job(self.resolver(), commit)

    def uses_system_keyring(self) -> bool:
        """True unless a keyring backend was given (the demo's, a test's)."""
        return self._backend is None

    def known(self):
        """The keyring situation if it has been looked up already, else None (never blocks)."""
        return self._state or self._last

    def state(self):
        """FIRST_RUN / OK / MISSING / UNAVAILABLE (asks the keyring on the spot if not known yet)."""
        return self._state or self.state_job().run_here()
