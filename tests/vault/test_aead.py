"""AES-256-GCM field encryption."""

from __future__ import annotations

import os

import pytest

from erfenis_desktop.vault import aead
from erfenis_desktop.vault.errors import DamagedError

KEY = bytes(range(32))
FIELD = dict(record_uuid="rec-1", owner_uuid="owner-1", field="note", key_version=1)


def test_aes256gcm_known_answer() -> None:
    """McGrew & Viega GCM spec, test case 14 (256-bit zero key, zero IV)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    out = AESGCM(bytes(32)).encrypt(bytes(12), bytes(16), None)
    assert out[:16].hex() == "cea7403d4d606b6e074ec5d3baf39d18"
    assert out[16:].hex() == "d0d1c8a799996bf0265b98b5d48ab919"


def test_seal_format_and_round_trip() -> None:
    blob = aead.seal(KEY, b"hello", b"aad")
    assert blob[0] == 1
    assert len(blob) == 1 + aead.NONCE_BYTES + len(b"hello") + 16
    assert aead.open_(KEY, blob, b"aad") == b"hello"


def test_version_byte_is_bound_into_aad() -> None:
    """The ciphertext authenticates b"\\x01" + aad, not just aad."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    blob = aead.seal(KEY, b"x", b"aad")
    nonce, body = blob[1:13], blob[13:]
    assert AESGCM(KEY).decrypt(nonce, body, b"\x01aad") == b"x"
    with pytest.raises(InvalidTag):
        AESGCM(KEY).decrypt(nonce, body, b"aad")


def test_empty_plaintext_round_trips() -> None:
    assert aead.open_(KEY, aead.seal(KEY, b"", b""), b"") == b""


def test_nonces_unique_over_10000_encryptions() -> None:
    nonces = {aead.seal(KEY, b"x", b"")[1:13] for _ in range(10_000)}
    assert len(nonces) == 10_000


def _flip(blob: bytes, index: int) -> bytes:
    data = bytearray(blob)
    data[index] ^= 0x01
    return bytes(data)


@pytest.mark.parametrize(
    "index", [0, 1, 12, 13, 20, -17, -1], ids=["version", "nonce0", "nonce11", "ct0", "ct7", "tag0", "tag15"]
)
def test_flipped_byte_is_damaged(index: int) -> None:
    blob = aead.seal(KEY, b"secret text", b"aad")
    assert len(blob) == 1 + 12 + 11 + 16
    with pytest.raises(DamagedError, match="damaged"):
        aead.open_(KEY, _flip(blob, index), b"aad")


def test_wrong_key_is_damaged() -> None:
    blob = aead.seal(KEY, b"secret", b"aad")
    with pytest.raises(DamagedError):
        aead.open_(os.urandom(32), blob, b"aad")


@pytest.mark.parametrize("length", [0, 1, 13, 28, -1])
def test_truncated_blob_is_damaged(length: int) -> None:
    blob = aead.seal(KEY, b"secret", b"aad")
    with pytest.raises(DamagedError):
        aead.open_(KEY, blob[:length], b"aad")


def test_unknown_version_is_damaged() -> None:
    blob = aead.seal(KEY, b"secret", b"aad")
    with pytest.raises(DamagedError):
        aead.open_(KEY, b"\x02" + blob[1:], b"aad")


@pytest.mark.parametrize(
    "other",
    [
        {"record_uuid": "rec-2"},
        {"owner_uuid": "owner-2"},
        {"field": "title"},
        {"key_version": 2},
    ],
)
def test_swapped_aad_is_damaged(other: dict) -> None:
    blob = aead.encrypt_text(KEY, "mijn verhaal", **FIELD)
    assert aead.decrypt_text(KEY, blob, **FIELD) == "mijn verhaal"
    with pytest.raises(DamagedError):
        aead.decrypt_text(KEY, blob, **{**FIELD, **other})


def test_field_aad_is_unambiguous() -> None:
    assert aead.field_aad("ab", "c", "f", 1) != aead.field_aad("a", "bc", "f", 1)
    assert aead.field_aad("a|b", "c", "f", 1) != aead.field_aad("a", "b|c", "f", 1)
    assert aead.field_aad("a", "b", "f", 1) != aead.field_aad("a", "b", "f", 256)
    assert aead.field_aad("a", "b", "f", 1) == aead.field_aad("a", "b", "f", 1)


def test_field_aad_rejects_bad_key_version() -> None:
    with pytest.raises(ValueError):
        aead.field_aad("a", "b", "f", -1)


@pytest.mark.parametrize(
    "text",
    ["", "🌳👨‍👩‍👧‍👦 erfenis ❤️", "ĳs en café", "x" * 100_000, "🙂" * 100_000],
    ids=["empty", "emoji", "accents", "100k-ascii", "100k-emoji"],
)
def test_text_round_trips(text: str) -> None:
    blob = aead.encrypt_text(KEY, text, **FIELD)
    assert aead.decrypt_text(KEY, blob, **FIELD) == text


def test_wrong_key_length_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        aead.seal(bytes(16), b"x", b"")
