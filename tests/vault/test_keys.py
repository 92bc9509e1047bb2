"""Key hierarchy: create, unlock, recover, rewrap, records, X25519."""

from __future__ import annotations

import dataclasses
import json
import os

import pytest

from erfenis_desktop.vault import aead, items, keys
from erfenis_desktop.vault.errors import (
    DamagedError,
    DeviceSecretMissing,
    InvalidRecoveryCode,
    UnlockFailed,
    WeakKdfParams,
)
from erfenis_desktop.vault.kdf import FastTestKdf
from erfenis_desktop.vault.keys import WrappedKeyRecord

UUID = "6f1c2a9e-1111-4a2b-9c3d-000000000001"
OTHER_UUID = "6f1c2a9e-1111-4a2b-9c3d-000000000002"
PASSWORD = "correct horse battery staple"
DEVICE = os.urandom(32)


@pytest.fixture
def profile(fast_kdf: FastTestKdf) -> keys.CreatedProfile:
    return keys.create_profile_secrets(PASSWORD, UUID, fast_kdf, DEVICE)


@pytest.fixture
def plain_profile(fast_kdf: FastTestKdf) -> keys.CreatedProfile:
    return keys.create_profile_secrets(PASSWORD, UUID, fast_kdf, None)


def _edit_record(raw: bytes, **changes) -> bytes:
    data = json.loads(raw)
    for key, value in changes.items():
        if key in data["kdf"]:
            data["kdf"][key] = value
        else:
            data[key] = value
    return json.dumps(data).encode()


def test_created_profile_contents(profile: keys.CreatedProfile) -> None:
    assert len(profile.data_key) == 32 and isinstance(profile.data_key, bytearray)  # can be overwritten
    assert profile.identity_key == items.identity_key(profile.data_key, UUID)
    assert bytes(profile.data_key) not in profile.password_record
    assert profile.data_key.hex() not in repr(profile)
    assert profile.recovery_code not in repr(profile)
    record = WrappedKeyRecord.from_bytes(profile.password_record)
    assert record.purpose == "password" and record.uses_device_secret
    recovery = WrappedKeyRecord.from_bytes(profile.recovery_record)
    assert recovery.purpose == "recovery" and not recovery.uses_device_secret
    assert recovery.params.salt != record.params.salt


def test_record_round_trip_is_canonical(profile: keys.CreatedProfile) -> None:
    record = WrappedKeyRecord.from_bytes(profile.password_record)
    assert record.to_bytes() == profile.password_record
    data = json.loads(profile.password_record)
    assert set(data) == {
        "format", "version", "purpose", "kdf", "uses_device_secret", "wrapped_key"
    }
    assert data["format"] == "erfenis-wrapped-key" and data["version"] == 1


@pytest.mark.parametrize(
    "raw",
    [b"", b"not json", b"[]", b'{"format":"erfenis-wrapped-key"}', "\u00ff".encode("latin-1")],
)
def test_malformed_record_is_damaged(raw: bytes, fast_kdf: FastTestKdf) -> None:
    with pytest.raises(DamagedError):
        keys.unlock_with_password(PASSWORD, UUID, raw, fast_kdf, DEVICE)


@pytest.mark.parametrize(
    "changes",
    [{"version": 2}, {"version": True}, {"purpose": "other"}, {"wrapped_key": "!!"},
     {"uses_device_secret": "yes"}, {"salt": "xyz"}],
)
def test_edited_record_structure_is_damaged(
    profile: keys.CreatedProfile, fast_kdf: FastTestKdf, changes: dict
) -> None:
    with pytest.raises(DamagedError):
        keys.unlock_with_password(
            PASSWORD, UUID, _edit_record(profile.password_record, **changes), fast_kdf, DEVICE
        )


def test_unlock_with_password(profile: keys.CreatedProfile, fast_kdf: FastTestKdf) -> None:
    key = keys.unlock_with_password(PASSWORD, UUID, profile.password_record, fast_kdf, DEVICE)
    assert key == profile.data_key


def test_unlock_accepts_parsed_record(profile: keys.CreatedProfile, fast_kdf: FastTestKdf) -> None:
    record = WrappedKeyRecord.from_bytes(profile.password_record)
    assert keys.unlock_with_password(PASSWORD, UUID, record, fast_kdf, DEVICE) == profile.data_key


def test_wrong_password_fails(profile: keys.CreatedProfile, fast_kdf: FastTestKdf) -> None:
    with pytest.raises(UnlockFailed):
        keys.unlock_with_password("wrong", UUID, profile.password_record, fast_kdf, DEVICE)


def test_changed_profile_uuid_fails(profile: keys.CreatedProfile, fast_kdf: FastTestKdf) -> None:
    with pytest.raises(UnlockFailed):
        keys.unlock_with_password(PASSWORD, OTHER_UUID, profile.password_record, fast_kdf, DEVICE)


def test_lowered_iterations_in_record_are_refused(
    profile: keys.CreatedProfile, fast_kdf: FastTestKdf
) -> None:
    lowered = _edit_record(profile.password_record, iterations=0)
    with pytest.raises(WeakKdfParams):
        keys.unlock_with_password(PASSWORD, UUID, lowered, fast_kdf, DEVICE)
    with pytest.raises(WeakKdfParams):  # checked before anything else
        keys.unlock_with_password(PASSWORD, UUID, lowered, fast_kdf, None)


def test_params_are_bound_to_wrapped_key(fast_kdf: FastTestKdf) -> None:
    """Even parameters a KDF would accept fail if they differ from wrap time."""
    data_key, kek = os.urandom(32), os.urandom(32)
    params = fast_kdf.new_params()
    wrapped = keys.wrap_data_key(data_key, kek, profile_uuid=UUID, params=params, purpose="password")
    assert keys.unwrap_data_key(
        wrapped, kek, profile_uuid=UUID, params=params, purpose="password"
    ) == data_key
    for other in (
        dataclasses.replace(params, iterations=2),
        dataclasses.replace(params, memory_kib=16),
        dataclasses.replace(params, salt=os.urandom(16)),
    ):
        with pytest.raises(UnlockFailed):
            keys.unwrap_data_key(wrapped, kek, profile_uuid=UUID, params=other, purpose="password")
    with pytest.raises(UnlockFailed):
        keys.unwrap_data_key(wrapped, kek, profile_uuid=UUID, params=params, purpose="recovery")
    with pytest.raises(UnlockFailed):
        keys.unwrap_data_key(wrapped, kek, profile_uuid=OTHER_UUID, params=params, purpose="password")
    with pytest.raises(UnlockFailed):
        keys.unwrap_data_key(wrapped[:-1], kek, profile_uuid=UUID, params=params, purpose="password")


def test_other_device_secret_fails(profile: keys.CreatedProfile, fast_kdf: FastTestKdf) -> None:
    with pytest.raises(UnlockFailed):
        keys.unlock_with_password(
            PASSWORD, UUID, profile.password_record, fast_kdf, os.urandom(32)
        )


def test_missing_device_secret(profile: keys.CreatedProfile, fast_kdf: FastTestKdf) -> None:
    with pytest.raises(DeviceSecretMissing):
        keys.unlock_with_password(PASSWORD, UUID, profile.password_record, fast_kdf, None)


def test_flag_cleared_in_record_fails(profile: keys.CreatedProfile, fast_kdf: FastTestKdf) -> None:
    edited = _edit_record(profile.password_record, uses_device_secret=False)
    with pytest.raises(UnlockFailed):
        keys.unlock_with_password(PASSWORD, UUID, edited, fast_kdf, None)


def test_profile_without_device_secret(
    plain_profile: keys.CreatedProfile, fast_kdf: FastTestKdf
) -> None:
    record = WrappedKeyRecord.from_bytes(plain_profile.password_record)
    assert not record.uses_device_secret
    for device in (None, DEVICE):  # a device secret is ignored when not in use
        key = keys.unlock_with_password(PASSWORD, UUID, plain_profile.password_record, fast_kdf, device)
        assert key == plain_profile.data_key


def test_password_record_is_not_a_recovery_record(
    profile: keys.CreatedProfile, fast_kdf: FastTestKdf
) -> None:
    with pytest.raises(DamagedError):
        keys.unlock_with_recovery(profile.recovery_code, UUID, profile.password_record, fast_kdf)


def test_recovery_unlocks_without_device_secret(
    profile: keys.CreatedProfile, fast_kdf: FastTestKdf
) -> None:
    key = keys.unlock_with_recovery(profile.recovery_code, UUID, profile.recovery_record, fast_kdf)
    assert key == profile.data_key


def test_recovery_code_typed_sloppily(profile: keys.CreatedProfile, fast_kdf: FastTestKdf) -> None:
    canonical = keys.normalize_recovery_code(profile.recovery_code)
    sloppy = " ".join(canonical[i : i + 5] for i in range(0, 32, 5)).lower().replace("0", "o")
    sloppy = sloppy.replace("1", "l")
    key = keys.unlock_with_recovery(sloppy, UUID, profile.recovery_record, fast_kdf)
    assert key == profile.data_key


def test_wrong_recovery_code_fails(profile: keys.CreatedProfile, fast_kdf: FastTestKdf) -> None:
    with pytest.raises(UnlockFailed):
        keys.unlock_with_recovery(keys.new_recovery_code(), UUID, profile.recovery_record, fast_kdf)
    with pytest.raises(InvalidRecoveryCode):
        keys.unlock_with_recovery("too short", UUID, profile.recovery_record, fast_kdf)
    with pytest.raises(UnlockFailed):
        keys.unlock_with_recovery(profile.recovery_code, OTHER_UUID, profile.recovery_record, fast_kdf)


def test_recovery_lowered_params_refused(
    profile: keys.CreatedProfile, fast_kdf: FastTestKdf
) -> None:
    lowered = _edit_record(profile.recovery_record, memory_kib=4)
    with pytest.raises(WeakKdfParams):
        keys.unlock_with_recovery(profile.recovery_code, UUID, lowered, fast_kdf)


def test_password_rewrap(profile: keys.CreatedProfile, fast_kdf: FastTestKdf) -> None:
    new_record = keys.rewrap_for_new_password(
        profile.data_key, "nieuw wachtwoord", UUID, fast_kdf, DEVICE
    )
    with pytest.raises(UnlockFailed):
        keys.unlock_with_password(PASSWORD, UUID, new_record, fast_kdf, DEVICE)
    key = keys.unlock_with_password("nieuw wachtwoord", UUID, new_record, fast_kdf, DEVICE)
    assert key == profile.data_key


def test_recovery_reset_flow(profile: keys.CreatedProfile, fast_kdf: FastTestKdf) -> None:
    """Lost device secret: recover, then rewrap under a new device secret."""
    key = keys.unlock_with_recovery(profile.recovery_code, UUID, profile.recovery_record, fast_kdf)
    new_device = os.urandom(32)
    record = keys.rewrap_for_new_password(key, "nieuw", UUID, fast_kdf, new_device)
    assert keys.unlock_with_password("nieuw", UUID, record, fast_kdf, new_device) == profile.data_key
    code, recovery = keys.new_recovery_record(key, UUID, fast_kdf)
    assert code != profile.recovery_code
    assert keys.unlock_with_recovery(code, UUID, recovery, fast_kdf) == profile.data_key


@pytest.mark.parametrize("lang", ["en", "nl", "nl_NL", "en-GB"])
def test_fingerprint_words(lang: str) -> None:
    from erfenis_desktop.vault.wordlist import WORDLISTS

    public = items.identity_key(os.urandom(32), UUID)
    other = items.identity_key(os.urandom(32), UUID)
    words = keys.fingerprint_words(public, lang)
    assert len(words) == 6
    assert words == keys.fingerprint_words(public, lang)
    assert words != keys.fingerprint_words(other, lang)
    assert set(words) <= set(WORDLISTS[lang[:2]])


def test_fingerprint_known_value_and_languages_differ() -> None:
    public = bytes(32)  # SHA-256 = 66687aadf862bd776c8fc18b8e9f8e20...
    assert keys.fingerprint_words(public, "en") == [
        keys.WORDLISTS["en"][b] for b in bytes.fromhex("66687aadf862")
    ]
    assert keys.fingerprint_words(public, "en") != keys.fingerprint_words(public, "nl")
    with pytest.raises(ValueError):
        keys.fingerprint_words(public, "fr")


def test_wordlists_are_256_distinct_simple_words() -> None:
    from erfenis_desktop.vault.wordlist import DUTCH, ENGLISH

    for words in (ENGLISH, DUTCH):
        assert isinstance(words, tuple)
        assert len(words) == 256 == len(set(words))
        assert all(w.isascii() and w.isalpha() and w.islower() and 2 <= len(w) <= 8 for w in words)


def test_data_keys_are_random(fast_kdf: FastTestKdf) -> None:
    a = keys.create_profile_secrets("pw", UUID, fast_kdf)
    b = keys.create_profile_secrets("pw", UUID, fast_kdf)
    assert a.data_key != b.data_key and a.identity_key != b.identity_key
    assert a.recovery_code != b.recovery_code


def test_kek_depends_on_device_secret_and_uuid() -> None:
    ikm = os.urandom(32)
    base = keys.derive_kek(ikm, UUID, None)
    assert base == keys.derive_kek(ikm, UUID, b"")
    assert base != keys.derive_kek(ikm, UUID, DEVICE)
    assert base != keys.derive_kek(ikm, OTHER_UUID, None)
    assert base != keys.derive_recovery_kek(ikm, UUID)


def test_field_encryption_with_unlocked_key(profile: keys.CreatedProfile, fast_kdf: FastTestKdf) -> None:
    key = keys.unlock_with_password(PASSWORD, UUID, profile.password_record, fast_kdf, DEVICE)
    blob = aead.encrypt_text(key, "🌳", record_uuid="r", owner_uuid=UUID, field="f", key_version=1)
    assert aead.decrypt_text(
        profile.data_key, blob, record_uuid="r", owner_uuid=UUID, field="f", key_version=1
    ) == "🌳"


