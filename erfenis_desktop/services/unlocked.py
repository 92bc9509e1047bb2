"""An unlocked profile and the plain objects the UI sees (no keys leave ``Unlocked``)."""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from erfenis_desktop.storage.profiles import ItemRow

if TYPE_CHECKING:
    from .vault import VaultService


class ProfileError(Exception):
    """Something the person can fix; ``code`` selects the message the UI shows."""

    def __init__(self, code: str, **details):
        self.code, self.details = code, details
        super().__init__(code)


@dataclass(frozen=True)
class Profile:
    uuid: str
    name: str
    colour: str
    failed_attempts: int
    first_failed_at: float | None
    recovery_confirmed: bool = True

    @property
    def initial(self) -> str:
        return self.name[:1].upper()


@dataclass(frozen=True)
class PrivateText:
    uuid: str
    kind: str
    created_at: str
    updated_at: str
    text: str


@dataclass
class Unlocked:
    """An unlocked profile. Holds the data key until ``lock()``."""

    profile: Profile
    _service: VaultService = field(repr=False)
    _data_key: bytes | None = field(repr=False, default=None)
    key_version: int = 1
    unshared_on_save: bool = False  # the last save changed a shared text, which is no longer shared

    @property
    def is_locked(self) -> bool:
        return self._data_key is None

    def _key(self) -> bytes:
        if self._data_key is None:
            raise ProfileError("locked")
        return self._data_key

    def lock(self) -> None:
        self._data_key = None

    def save_text(self, kind: str, text: str, item_uuid: str | None = None) -> str:
        from erfenis_desktop.vault.aead import encrypt_text

        self._key()  # locked: nothing changes at all
        unshare = False
        if item_uuid is not None and self._service.repo.is_shared(item_uuid):
            # A shared text that changes stops being shared: words taken out must not stay
            # with the partner. (Sharing it again shares the new version.)
            try:
                unshare = self.read_text(item_uuid).text != text
            except ProfileError:
                unshare = True
        self.unshared_on_save = unshare
        item_uuid = item_uuid or str(uuidlib.uuid4())
        body = encrypt_text(self._key(), text, record_uuid=item_uuid, owner_uuid=self.profile.uuid,
                            field="body", key_version=self.key_version)
        self._service.repo.put_item(item_uuid, self.profile.uuid, kind, self.key_version, body, unshare=unshare)
        return item_uuid

    def _open(self, row: ItemRow) -> PrivateText:
        from erfenis_desktop.vault.aead import decrypt_text
        from erfenis_desktop.vault.errors import DamagedError

        if row.owner_uuid != self.profile.uuid:
            raise ProfileError("not_yours")
        try:
            text = decrypt_text(self._key(), row.body, record_uuid=row.uuid, owner_uuid=row.owner_uuid,
                                field="body", key_version=row.key_version)
        except DamagedError:
            raise ProfileError("damaged", item=row.uuid) from None
        return PrivateText(row.uuid, row.kind, row.created_at, row.updated_at, text)

    def read_text(self, item_uuid: str) -> PrivateText:
        row = self._service.repo.item(item_uuid)
        if row is None:
            raise ProfileError("not_found")
        return self._open(row)

    def texts(self, kind: str | None = None) -> list[PrivateText]:
        return [self._open(row) for row in self._service.repo.items(self.profile.uuid, kind)]

    def readable_texts(self, kind: str | None = None) -> tuple[list[PrivateText], int]:
        """Every text that opens, and how many are damaged (those are skipped, never guessed at)."""
        texts, damaged = [], 0
        for row in self._service.repo.items(self.profile.uuid, kind):
            try:
                texts.append(self._open(row))
            except ProfileError:
                damaged += 1
        return texts, damaged

    def delete_text(self, item_uuid: str) -> None:
        row = self._service.repo.item(item_uuid)
        if row is not None and row.owner_uuid == self.profile.uuid:
            self._service.repo.delete_item(item_uuid)
