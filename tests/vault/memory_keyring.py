"""Keyring backends for tests: in-memory, failing, and locked."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import KeyringLocked, NoKeyringError, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Dict-backed keyring; ``items`` is ``{(service, username): password}``."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.items[(service, username)]
        except KeyError:
            raise PasswordDeleteError("not found") from None


class _RaisingKeyring(KeyringBackend):
    """Raises ``error`` on every operation; never chosen as a global default."""

    error: type[Exception] = NoKeyringError

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("test-only backend")  # not viable as a global default

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error("test keyring error")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error("test keyring error")

    def delete_password(self, service: str, username: str) -> None:
        raise self.error("test keyring error")


class FailingKeyring(_RaisingKeyring):
    error = NoKeyringError


class LockedKeyring(_RaisingKeyring):
    error = KeyringLocked
