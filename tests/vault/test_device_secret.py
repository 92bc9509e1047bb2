"""Device secret in the keyring, using in-memory and failing backends."""

from __future__ import annotations

import base64

import pytest
from keyring.errors import InitError, KeyringError

from erfenis_desktop.vault import device_secret as ds
from erfenis_desktop.vault.device_secret import DeviceSecretStore, resolve_device_secret
from erfenis_desktop.vault.errors import KeyringUnavailable

from .memory_keyring import FailingKeyring, LockedKeyring, MemoryKeyring

DIR_ID = "3d6f0c1e-data-dir"


def test_check_value_is_hmac_prefix() -> None:
    import hashlib
    import hmac

    secret = bytes(range(32))
    expected = hmac.new(secret, b"erfenis device check v1", hashlib.sha256).digest()[:16]
    assert ds.check_value(secret) == expected
    assert len(expected) == 16
    assert ds.check_value(bytes(32)) != expected


def test_first_run_then_ok(memory_keyring: MemoryKeyring) -> None:
    store = DeviceSecretStore(memory_keyring)
    first = resolve_device_secret(store, DIR_ID, None)
    assert first.status is ds.FIRST_RUN
    assert first.secret is not None and len(first.secret) == 32
    assert first.check_value == ds.check_value(first.secret)
    assert list(memory_keyring.items) == [("Erfenis", "device-secret:" + DIR_ID)]
    assert first.secret.hex() not in repr(first)

    again = resolve_device_secret(store, DIR_ID, first.check_value)
    assert again.status is ds.OK
    assert again.secret == first.secret


def test_first_run_reuses_leftover_item(memory_keyring: MemoryKeyring) -> None:
    store = DeviceSecretStore(memory_keyring)
    leftover = store.create(DIR_ID)
    state = resolve_device_secret(store, DIR_ID, None)
    assert state.status is ds.FIRST_RUN and state.secret == leftover


def test_separate_data_dirs_get_separate_secrets(memory_keyring: MemoryKeyring) -> None:
    store = DeviceSecretStore(memory_keyring)
    a = resolve_device_secret(store, "dir-a", None)
    b = resolve_device_secret(store, "dir-b", None)
    assert a.secret != b.secret
    assert resolve_device_secret(store, "dir-b", a.check_value).status is ds.MISSING


def test_emptied_keyring_is_missing_and_creates_nothing(memory_keyring: MemoryKeyring) -> None:
    store = DeviceSecretStore(memory_keyring)
    first = resolve_device_secret(store, DIR_ID, None)
    memory_keyring.items.clear()
    state = resolve_device_secret(store, DIR_ID, first.check_value)
    assert state.status is ds.MISSING
    assert state.secret is None
    assert memory_keyring.items == {}


def test_mismatching_secret_is_missing_and_not_replaced(memory_keyring: MemoryKeyring) -> None:
    store = DeviceSecretStore(memory_keyring)
    first = resolve_device_secret(store, DIR_ID, None)
    other = base64.b64encode(bytes(32)).decode()
    memory_keyring.items[("Erfenis", "device-secret:" + DIR_ID)] = other
    state = resolve_device_secret(store, DIR_ID, first.check_value)
    assert state.status is ds.MISSING
    assert memory_keyring.items[("Erfenis", "device-secret:" + DIR_ID)] == other


@pytest.mark.parametrize("stored", ["", "not base64!", base64.b64encode(b"short").decode()])
def test_unreadable_item_is_missing(memory_keyring: MemoryKeyring, stored: str) -> None:
    store = DeviceSecretStore(memory_keyring)
    first = resolve_device_secret(store, DIR_ID, None)
    memory_keyring.items[("Erfenis", "device-secret:" + DIR_ID)] = stored
    assert store.load(DIR_ID) is None
    assert resolve_device_secret(store, DIR_ID, first.check_value).status is ds.MISSING


@pytest.mark.parametrize("backend_type", [FailingKeyring, LockedKeyring])
@pytest.mark.parametrize("check", [None, b"\x00" * 16])
def test_broken_keyring_is_unavailable(backend_type, check) -> None:
    store = DeviceSecretStore(backend_type())
    state = resolve_device_secret(store, DIR_ID, check)
    assert state.status is ds.UNAVAILABLE
    assert state.secret is None and state.check_value is None
    assert not store.available()
    with pytest.raises(KeyringUnavailable):
        store.load(DIR_ID)
    with pytest.raises(KeyringUnavailable):
        store.create(DIR_ID)


class _OddErrorKeyring(MemoryKeyring):
    """Raises a non-keyring exception type, as DBus libraries do."""

    error: Exception = RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error


@pytest.mark.parametrize(
    "error", [RuntimeError("dbus"), InitError("init"), KeyringError("generic"), OSError("io")]
)
def test_any_backend_error_is_unavailable(error: Exception) -> None:
    backend = _OddErrorKeyring()
    backend.error = error
    store = DeviceSecretStore(backend)
    assert resolve_device_secret(store, DIR_ID, None).status is ds.UNAVAILABLE
    assert resolve_device_secret(store, DIR_ID, b"x" * 16).status is ds.UNAVAILABLE
    assert backend.items == {}


class _ForgetfulKeyring(MemoryKeyring):
    """Accepts writes but never stores them (like a misconfigured backend)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        pass


def test_write_that_does_not_stick_is_unavailable() -> None:
    store = DeviceSecretStore(_ForgetfulKeyring())
    with pytest.raises(KeyringUnavailable):
        store.create(DIR_ID)
    assert resolve_device_secret(store, DIR_ID, None).status is ds.UNAVAILABLE


def test_null_backend_is_unavailable() -> None:
    from keyring.backends import null

    store = DeviceSecretStore(null.Keyring())
    assert not store.available()
    assert resolve_device_secret(store, DIR_ID, None).status is ds.UNAVAILABLE


def test_global_keyring_is_used_without_backend(_isolated_global_keyring: MemoryKeyring) -> None:
    store = DeviceSecretStore()
    assert store.available()
    first = resolve_device_secret(store, DIR_ID, None)
    assert first.status is ds.FIRST_RUN
    assert ("Erfenis", "device-secret:" + DIR_ID) in _isolated_global_keyring.items
    assert resolve_device_secret(store, DIR_ID, first.check_value).secret == first.secret


def test_delete(memory_keyring: MemoryKeyring) -> None:
    store = DeviceSecretStore(memory_keyring)
    store.create(DIR_ID)
    store.delete(DIR_ID)
    store.delete(DIR_ID)  # absent: no error
    assert memory_keyring.items == {}


def test_empty_dir_id_rejected(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(ValueError):
        DeviceSecretStore(memory_keyring).load("")
