"""Field encryption: AES-256-GCM with a versioned blob format.

Blob layout (version 1)::

    0x01 | nonce (12 bytes, random) | ciphertext | tag (16 bytes)

The version byte is also prepended to the caller's associated data, so it is
authenticated. ``cryptography`` is imported lazily.
"""

from __future__ import annotations

import os
import struct

from .errors import DamagedError

KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
VERSION = 1
_VERSION_BYTE = bytes([VERSION])
_FIELD_AAD_LABEL = b"erfenis field v1"


def _check_key(key: bytes | bytearray) -> None:
    # A bytearray is welcome: keys that live for a while are kept in one, so they can be
    # overwritten when they are no longer needed (see items.wipe).
    if not isinstance(key, (bytes, bytearray)) or len(key) != KEY_BYTES:
        raise ValueError("key must be 32 bytes")


_CIPHER: tuple | None = None


def _cipher():
    """(AESGCM, InvalidTag), imported on first use (start-up does not need them) and kept:
    an import inside a function that runs for every item is not free under PySide6."""
    global _CIPHER
    if _CIPHER is None:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        _CIPHER = (AESGCM, InvalidTag)
    return _CIPHER


def seal(key: bytes | bytearray, plaintext: bytes | bytearray, aad: bytes) -> bytes:
    """Encrypt ``plaintext`` under ``key``, authenticating ``aad``."""
    AESGCM, _ = _cipher()
    _check_key(key)
    nonce = os.urandom(NONCE_BYTES)
    ciphertext = AESGCM(key).encrypt(nonce, plaintext, _VERSION_BYTE + aad)
    return _VERSION_BYTE + nonce + ciphertext


def _split(blob) -> tuple[bytes, bytes]:
    if (
        not isinstance(blob, (bytes, bytearray, memoryview))
        or len(blob) < 1 + NONCE_BYTES + TAG_BYTES
    ):
        raise DamagedError()
    blob = bytes(blob)
    if blob[:1] != _VERSION_BYTE:
        raise DamagedError()
    return blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]


def open_(key: bytes | bytearray, blob: bytes, aad: bytes) -> bytes:
    """Decrypt a blob from :func:`seal`; any failure raises ``DamagedError``."""
    AESGCM, InvalidTag = _cipher()
    _check_key(key)
    nonce, sealed = _split(blob)
    try:
        return AESGCM(key).decrypt(nonce, sealed, _VERSION_BYTE + aad)
    except InvalidTag as exc:
        raise DamagedError() from exc


def open_into(key: bytes | bytearray, blob: bytes, aad: bytes) -> bytearray:
    """Like :func:`open_`, but the plaintext goes straight into a new ``bytearray`` (for a
    key: no immutable copy of it is ever made on the Python side)."""
    AESGCM, InvalidTag = _cipher()
    _check_key(key)
    nonce, sealed = _split(blob)
    out = bytearray(len(sealed) - TAG_BYTES)
    try:
        AESGCM(key).decrypt_into(nonce, sealed, _VERSION_BYTE + aad, out)
    except InvalidTag as exc:
        out[:] = bytes(len(out))
        raise DamagedError() from exc
    return out


def _length_prefixed(*parts: bytes) -> bytes:
    return b"".join(struct.pack(">I", len(part)) + part for part in parts)


def field_aad(record_uuid: str, owner_uuid: str, field: str, key_version: int) -> bytes:
    """Unambiguous associated data binding a value to its row, owner and field."""
    if type(key_version) is not int or not 0 <= key_version < 2**64:
        raise ValueError("key_version must be a non-negative integer")
    return _FIELD_AAD_LABEL + _length_prefixed(
        record_uuid.encode("utf-8"),
        owner_uuid.encode("utf-8"),
        field.encode("utf-8"),
        struct.pack(">Q", key_version),
    )


def encrypt_text(
    key: bytes,
    text: str,
    *,
    record_uuid: str,
    owner_uuid: str,
    field: str,
    key_version: int,
) -> bytes:
    """Encrypt a text field as UTF-8 bound to its location."""
    aad = field_aad(record_uuid, owner_uuid, field, key_version)
    return seal(key, text.encode("utf-8"), aad)


def decrypt_text(
    key: bytes,
    blob: bytes,
    *,
    record_uuid: str,
    owner_uuid: str,
    field: str,
    key_version: int,
) -> str:
    """Inverse of :func:`encrypt_text`; raises ``DamagedError`` on any failure."""
    aad = field_aad(record_uuid, owner_uuid, field, key_version)
    plaintext = open_(key, blob, aad)
    try:
        return plaintext.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DamagedError() from exc
