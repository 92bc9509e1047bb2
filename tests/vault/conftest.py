"""Fixtures for vault tests. No test here may reach the real OS keyring."""

from __future__ import annotations

import pytest

from erfenis_desktop.vault.kdf import FastTestKdf

from .memory_keyring import MemoryKeyring


@pytest.fixture(autouse=True)
def _isolated_global_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    """Replace the process-wide keyring backend with an in-memory one."""
    import keyring.core

    backend = MemoryKeyring()
    monkeypatch.setattr(keyring.core, "_keyring_backend", backend)
    return backend


@pytest.fixture
def fast_kdf() -> FastTestKdf:
    return FastTestKdf()


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()
