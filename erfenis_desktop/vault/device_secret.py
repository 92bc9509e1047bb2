"""Per-data-folder device secret kept in the OS keyring.

The keyring item is ``service="Erfenis"``, ``username="device-secret:<id>"``
where ``<id>`` is a stable random id the caller stores in its database. The
caller also stores :func:`check_value` of the secret so a lost keyring item
(``MISSING``) can be told apart from a first run.

``keyring`` is imported lazily; every keyring failure becomes
``KeyringUnavailable`` (or the ``UNAVAILABLE`` state), never a crash.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import hmac
import logging
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .errors import KeyringUnavailable

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE_NAME = "Erfenis"
USERNAME_PREFIX = "device-secret:"
SECRET_BYTES = 32
CHECK_BYTES = 16
_CHECK_LABEL = b"erfenis device check v1"
_PROBE_USERNAME = USERNAME_PREFIX + "availability-probe"

_log = logging.getLogger(__name__)


def check_value(secret: bytes) -> bytes:
    """16-byte check value, safe to store next to the data."""
    return hmac.new(secret, _CHECK_LABEL, hashlib.sha256).digest()[:CHECK_BYTES]


def _encode(secret: bytes) -> str:
    return base64.b64encode(secret).decode("ascii")


def _decode(stored: Any) -> bytes | None:
    """Stored text to bytes; ``None`` if absent or not a valid secret. Whatever a backend
    hands back (another type, bytes, a number, text that is not base64 or of the wrong
    length) is garbage, never a crash: a secret is exactly 32 bytes as base64 text."""
    if not isinstance(stored, str) or not stored.strip():
        return None
    try:
        secret = base64.b64decode(stored.strip(), validate=True)
    except (binascii.Error, ValueError):
        return None
    return secret if len(secret) == SECRET_BYTES else None


class DeviceSecretStore:
    """Reads and writes device secrets in a keyring backend.

    ``backend`` defaults to the global keyring; tests pass an in-memory one.
    """

    def __init__(
        self, backend: KeyringBackend | None = None, service: str = SERVICE_NAME
    ) -> None:
        self._backend = backend
        self._service = service

    @staticmethod
    def username(dir_id: str) -> str:
        if not dir_id:
            raise ValueError("dir_id must not be empty")
        return USERNAME_PREFIX + dir_id

    def _call(self, name: str, *args: str) -> Any:
        """Call ``get_password``/``set_password``/... mapping errors."""
        try:
            if self._backend is not None:
                return getattr(self._backend, name)(self._service, *args)
            import keyring

            return getattr(keyring, name)(self._service, *args)
        except Exception as exc:  # keyring, DBus, backend init... never crash
            _log.warning("keyring %s failed: %s", name, type(exc).__name__)
            raise KeyringUnavailable() from exc

    def _is_dummy_backend(self) -> bool:
        """True for keyring's ``null``/``fail`` backends, which store nothing."""
        try:
            from keyring.backends import fail, null

            backend = self._backend
            if backend is None:
                import keyring

                backend = keyring.get_keyring()
            return isinstance(backend, (fail.Keyring, null.Keyring))
        except Exception:
            return True

    def available(self) -> bool:
        """Whether the keyring can be read right now."""
        if self._is_dummy_backend():
            return False
        try:
            self._call("get_password", _PROBE_USERNAME)
        except KeyringUnavailable:
            return False
        return True

    def load(self, dir_id: str) -> bytes | None:
        """The stored secret, or ``None`` if absent or unreadable.

        Raises ``KeyringUnavailable`` if the keyring cannot be used.
        """
        return _decode(self._call("get_password", self.username(dir_id)))

    def create(self, dir_id: str) -> bytes:
        """Generate, store and read back a new secret (overwrites any old one).

        Raises ``KeyringUnavailable`` if it could not be stored reliably.
        """
        if self._is_dummy_backend():
            raise KeyringUnavailable()
        secret = os.urandom(SECRET_BYTES)
        username = self.username(dir_id)
        self._call("set_password", username, _encode(secret))
        stored = _decode(self._call("get_password", username))
        if stored is None or not hmac.compare_digest(stored, secret):
            raise KeyringUnavailable()
        return secret

    def delete(self, dir_id: str) -> None:
        """Remove the secret if present. Raises ``KeyringUnavailable``."""
        username = self.username(dir_id)
        if self._call("get_password", username) is not None:
            self._call("delete_password", username)


class DeviceSecretStatus(enum.Enum):
    FIRST_RUN = "first_run"
    OK = "ok"
    MISSING = "missing"
    UNAVAILABLE = "unavailable"


FIRST_RUN = DeviceSecretStatus.FIRST_RUN
OK = DeviceSecretStatus.OK
MISSING = DeviceSecretStatus.MISSING
UNAVAILABLE = DeviceSecretStatus.UNAVAILABLE


@dataclass(frozen=True)
class DeviceSecretState:
    """Result of :func:`resolve_device_secret`.

    * ``FIRST_RUN``: ``secret`` and ``check_value`` are set; store the check value.
    * ``OK``: ``secret`` is set and matches the stored check value.
    * ``MISSING``: a check value is stored but the keyring has no (matching)
      secret; the person needs the recovery code. Nothing was created. When the
      keyring holds a valid secret that is not this folder's (a keyring backend
      that changed and changed back), it is in ``found``: profiles made with it
      still open with it, and it is never overwritten.
    * ``UNAVAILABLE``: the keyring cannot be used; ``secret`` is ``None``. With a
      stored check value this means "try again later or use the recovery code".
    """

    status: DeviceSecretStatus
    secret: bytes | None = field(default=None, repr=False)
    check_value: bytes | None = None
    found: bytes | None = field(default=None, repr=False)


def resolve_device_secret(
    store: DeviceSecretStore, dir_id: str, stored_check_value: bytes | None
) -> DeviceSecretState:
    """Decide what the device secret situation is for a data folder.

    Never raises for keyring problems and never replaces an existing secret
    when a check value is stored.
    """
    try:
        if stored_check_value is None:
            if not store.available():
                return DeviceSecretState(UNAVAILABLE)
            # Reuse a valid leftover item (e.g. a crash before the caller saved
            # the check value) rather than overwrite it.
            secret = store.load(dir_id) or store.create(dir_id)
            return DeviceSecretState(FIRST_RUN, secret, check_value(secret))
        loaded = store.load(dir_id)
    except KeyringUnavailable:
        return DeviceSecretState(UNAVAILABLE)
    if loaded is None:
        return DeviceSecretState(MISSING)
    if not hmac.compare_digest(check_value(loaded), bytes(stored_check_value)):
        return DeviceSecretState(MISSING, found=loaded)
    return DeviceSecretState(OK, loaded)
