"""Key hierarchy: per-profile data key, password/recovery wrapping, fingerprint words.

Data key (random, 256 bit) is wrapped twice:

* password: KEK = HKDF-SHA256(argon2(password), salt=device secret or b"",
  info=b"erfenis kek v1|" + profile uuid)
* recovery: KEK = HKDF-SHA256(argon2(recovery code), salt=b"",
  info=b"erfenis recovery v1|" + profile uuid) -- never uses the device secret

Records are canonical JSON bytes (see :class:`WrappedKeyRecord`).
``cryptography`` is imported lazily.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import struct
from dataclasses import dataclass, field
from typing import Any

from . import aead
from .errors import DamagedError, DeviceSecretMissing, UnlockFailed
from .kdf import Kdf, KdfParams
from .recovery_code import (  # noqa: F401  (re-exported for callers)
    confirm_recovery_groups,
    format_recovery_code,
    new_recovery_code,
    normalize_recovery_code,
    pick_confirmation_indices,
    recovery_confirmation_groups,
)
from .wordlist import WORDLISTS

DATA_KEY_BYTES = 32
IDENTITY_KEY_BYTES = 32
FINGERPRINT_WORDS = 6

PURPOSE_PASSWORD = "password"
PURPOSE_RECOVERY = "recovery"
_PURPOSES = (PURPOSE_PASSWORD, PURPOSE_RECOVERY)

RECORD_FORMAT = "erfenis-wrapped-key"
RECORD_VERSION = 1

_KEK_INFO = b"erfenis kek v1|"
_RECOVERY_INFO = b"erfenis recovery v1|"
_WRAP_AAD_LABEL = b"erfenis wrapped key v1"


def _lp(*parts: bytes) -> bytes:
    return b"".join(struct.pack(">I", len(part)) + part for part in parts)


def _hkdf(ikm: bytes, salt: bytes | None, info: bytes) -> bytearray:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    out = bytearray(32)
    HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive_into(ikm, out)
    return out


def _wipe(buffer: bytearray | None) -> None:
    if buffer is not None:
        buffer[:] = bytes(len(buffer))


# --------------------------------------------------------------------------
# Records


@dataclass(frozen=True)
class WrappedKeyRecord:
    """A data key wrapped under a password- or recovery-derived KEK."""

    purpose: str
    params: KdfParams
    wrapped_key: bytes
    uses_device_secret: bool = False

    def to_bytes(self) -> bytes:
        """Canonical JSON: sorted keys, no spaces, base64 wrapped key."""
        data = {
            "format": RECORD_FORMAT,
            "version": RECORD_VERSION,
            "purpose": self.purpose,
            "kdf": self.params.to_dict(),
            "uses_device_secret": self.uses_device_secret,
            "wrapped_key": base64.b64encode(self.wrapped_key).decode("ascii"),
        }
        return json.dumps(data, sort_keys=True, separators=(",", ":")).encode("ascii")

    @classmethod
    def from_bytes(cls, raw: bytes | str) -> WrappedKeyRecord:
        """Parse a stored record; anything malformed raises ``DamagedError``."""
        try:
            data: Any = json.loads(raw)
            if (
                not isinstance(data, dict)
                or data.get("format") != RECORD_FORMAT
                or type(data.get("version")) is not int
                or data["version"] != RECORD_VERSION
                or data.get("purpose") not in _PURPOSES
                or not isinstance(data.get("uses_device_secret"), bool)
                or not isinstance(data.get("kdf"), dict)
            ):
                raise DamagedError()
            wrapped = base64.b64decode(data["wrapped_key"], validate=True)
        except (ValueError, TypeError, KeyError, binascii.Error) as exc:
            raise DamagedError() from exc
        return cls(
            purpose=data["purpose"],
            params=KdfParams.from_dict(data["kdf"]),
            wrapped_key=wrapped,
            uses_device_secret=data["uses_device_secret"],
        )


def _load_record(record: bytes | str | WrappedKeyRecord, purpose: str) -> WrappedKeyRecord:
    if not isinstance(record, WrappedKeyRecord):
        record = WrappedKeyRecord.from_bytes(record)
    if record.purpose != purpose:
        raise DamagedError()
    return record


# --------------------------------------------------------------------------
# KEKs and data-key wrapping


def derive_kek(ikm: bytes, profile_uuid: str, device_secret: bytes | None) -> bytearray:
    """Password KEK from the Argon2 output, optionally mixed with a device secret."""
    return _hkdf(ikm, device_secret or b"", _KEK_INFO + profile_uuid.encode("utf-8"))


def derive_recovery_kek(ikm: bytes, profile_uuid: str) -> bytearray:
    """Recovery KEK from the Argon2 output of the recovery code."""
    return _hkdf(ikm, b"", _RECOVERY_INFO + profile_uuid.encode("utf-8"))


def _wrap_aad(profile_uuid: str, purpose: str, params: KdfParams) -> bytes:
    if purpose not in _PURPOSES:
        raise ValueError(f"unknown purpose {purpose!r}")
    return _WRAP_AAD_LABEL + _lp(
        profile_uuid.encode("utf-8"), purpose.encode("ascii"), params.encode()
    )


def wrap_data_key(
    data_key: bytes | bytearray, kek: bytes | bytearray, *, profile_uuid: str, params: KdfParams, purpose: str
) -> bytes:
    """AES-256-GCM wrap bound to profile, purpose and KDF parameters."""
    if len(data_key) != DATA_KEY_BYTES:
        raise ValueError("data key must be 32 bytes")
    return aead.seal(kek, data_key, _wrap_aad(profile_uuid, purpose, params))


def unwrap_data_key(
    wrapped: bytes, kek: bytes | bytearray, *, profile_uuid: str, params: KdfParams, purpose: str
) -> bytearray:
    """Inverse of :func:`wrap_data_key`; every failure raises ``UnlockFailed``. The key comes
    back in a ``bytearray`` that its holder overwrites when done (``Unlocked.lock``)."""
    try:
        data_key = aead.open_into(kek, wrapped, _wrap_aad(profile_uuid, purpose, params))
    except DamagedError:
        raise UnlockFailed() from None
    if len(data_key) != DATA_KEY_BYTES:
        _wipe(data_key)
        raise UnlockFailed()
    return data_key


# --------------------------------------------------------------------------
# Profile-level operations


@dataclass(frozen=True)
class CreatedProfile:
    """Everything produced when a profile is created. Secrets are not repr'd."""

    data_key: bytearray = field(repr=False)
    recovery_code: str = field(repr=False)
    password_record: bytes
    recovery_record: bytes
    identity_key: bytes  # public (Ed25519), see items.identity_key


def _check_device_secret(device_secret: bytes | None) -> None:
    if device_secret is not None and (
        not isinstance(device_secret, bytes) or not device_secret
    ):
        raise ValueError("device secret must be non-empty bytes or None")


def rewrap_for_new_password(
    data_key: bytes,
    new_password: str,
    profile_uuid: str,
    kdf: Kdf,
    device_secret: bytes | None = None,
) -> bytes:
    """New password record for ``data_key`` (password change, recovery reset)."""
    _check_device_secret(device_secret)
    params = kdf.new_params()
    kek = derive_kek(kdf.derive(new_password, params), profile_uuid, device_secret)
    try:
        wrapped = wrap_data_key(
            data_key, kek, profile_uuid=profile_uuid, params=params, purpose=PURPOSE_PASSWORD
        )
    finally:
        _wipe(kek)
    return WrappedKeyRecord(
        PURPOSE_PASSWORD, params, wrapped, uses_device_secret=device_secret is not None
    ).to_bytes()


def new_recovery_record(data_key: bytes, profile_uuid: str, kdf: Kdf) -> tuple[str, bytes]:
    """A fresh recovery code and the record wrapping ``data_key`` under it."""
    code = new_recovery_code()
    params = kdf.new_params()
    ikm = kdf.derive(normalize_recovery_code(code), params)
    kek = derive_recovery_kek(ikm, profile_uuid)
    try:
        wrapped = wrap_data_key(
            data_key, kek, profile_uuid=profile_uuid, params=params, purpose=PURPOSE_RECOVERY
        )
    finally:
        _wipe(kek)
    return code, WrappedKeyRecord(PURPOSE_RECOVERY, params, wrapped).to_bytes()


def create_profile_secrets(
    password: str, profile_uuid: str, kdf: Kdf, device_secret: bytes | None = None
) -> CreatedProfile:
    """Create the data key, the password and recovery records and the identity key."""
    from .items import identity_key

    data_key = new_data_key()
    password_record = rewrap_for_new_password(
        data_key, password, profile_uuid, kdf, device_secret
    )
    recovery_code, recovery_record = new_recovery_record(data_key, profile_uuid, kdf)
    return CreatedProfile(
        data_key=data_key,
        recovery_code=recovery_code,
        password_record=password_record,
        recovery_record=recovery_record,
        identity_key=identity_key(data_key, profile_uuid),
    )


def new_data_key() -> bytearray:
    """A random data key, in a buffer that can be overwritten later."""
    return bytearray(os.urandom(DATA_KEY_BYTES))


def unlock_with_password(
    password: str,
    profile_uuid: str,
    password_record: bytes | str | WrappedKeyRecord,
    kdf: Kdf,
    device_secret: bytes | None = None,
) -> bytes:
    """Return the data key, or raise.

    Raises ``DamagedError`` (unreadable record), ``WeakKdfParams`` (params
    refused by ``kdf.check``), ``DeviceSecretMissing`` or ``UnlockFailed``.
    """
    _check_device_secret(device_secret)
    record = _load_record(password_record, PURPOSE_PASSWORD)
    kdf.check(record.params)
    if record.uses_device_secret and device_secret is None:
        raise DeviceSecretMissing()
    ikm = kdf.derive(password, record.params)
    kek = derive_kek(ikm, profile_uuid, device_secret if record.uses_device_secret else None)
    try:
        return unwrap_data_key(
            record.wrapped_key,
            kek,
            profile_uuid=profile_uuid,
            params=record.params,
            purpose=PURPOSE_PASSWORD,
        )
    finally:
        _wipe(kek)


def unlock_with_recovery(
    code: str,
    profile_uuid: str,
    recovery_record: bytes | str | WrappedKeyRecord,
    kdf: Kdf,
) -> bytes:
    """Return the data key using the recovery code (no device secret needed).

    A malformed code raises ``InvalidRecoveryCode`` (an ``UnlockFailed``).
    """
    canonical = normalize_recovery_code(code)
    record = _load_record(recovery_record, PURPOSE_RECOVERY)
    kdf.check(record.params)
    kek = derive_recovery_kek(kdf.derive(canonical, record.params), profile_uuid)
    try:
        return unwrap_data_key(
            record.wrapped_key,
            kek,
            profile_uuid=profile_uuid,
            params=record.params,
            purpose=PURPOSE_RECOVERY,
        )
    finally:
        _wipe(kek)


# --------------------------------------------------------------------------
# Fingerprints


def fingerprint_words(public_bytes: bytes, lang: str = "en") -> list[str]:
    """Six words (one per byte of SHA-256(identity key)) for comparing keys.

    ``lang`` is ``"en"`` or ``"nl"`` (a locale such as ``"nl_NL"`` also works).
    """
    words = WORDLISTS.get(lang.replace("-", "_").split("_")[0].lower())
    if words is None:
        raise ValueError(f"no fingerprint word list for {lang!r}")
    if len(public_bytes) != IDENTITY_KEY_BYTES:
        raise ValueError("identity key must be 32 bytes")
    digest = hashlib.sha256(public_bytes).digest()
    return [words[b] for b in digest[:FINGERPRINT_WORDS]]
