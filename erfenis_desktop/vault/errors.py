"""Exceptions raised by the vault layer.

Messages are deliberately vague: they are safe to show and never reveal which
check failed (wrong password vs. wrong device secret vs. edited record).
"""

from __future__ import annotations


class VaultError(Exception):
    """Base class for every vault error."""


class DamagedError(VaultError):
    """Stored ciphertext or record could not be authenticated or parsed."""

    def __init__(self, message: str = "this item is damaged") -> None:
        super().__init__(message)


class UnlockFailed(VaultError):
    """A key could not be unwrapped (wrong password, code or device secret)."""

    def __init__(self, message: str = "unlock failed") -> None:
        super().__init__(message)


class InvalidRecoveryCode(UnlockFailed):
    """A recovery code has the wrong length or contains impossible characters."""

    def __init__(self, message: str = "this is not a valid recovery code") -> None:
        super().__init__(message)


class WeakKdfParams(VaultError):
    """Stored key-derivation parameters are below the floor (or unreasonable)."""

    def __init__(self, message: str = "key derivation parameters are not acceptable") -> None:
        super().__init__(message)


class DeviceSecretMissing(VaultError):
    """The record needs a device secret but none is available."""

    def __init__(self, message: str = "the device secret for this data folder is missing") -> None:
        super().__init__(message)


class KeyringUnavailable(VaultError):
    """The OS keyring cannot be used (absent, locked, or failing)."""

    def __init__(self, message: str = "the system keyring is unavailable") -> None:
        super().__init__(message)
