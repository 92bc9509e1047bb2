"""An unlocked profile and the plain objects the UI sees (no keys leave ``Unlocked``).

Every private text is an item of format 2 (see ``vault/items.py``): encrypted with its
id, owner, kind, revision, key version and dates in the associated data, and listed in
the profile's encrypted manifest. An item that does not match the manifest (a kind
relabelled, an older copy put back, a deleted one put back, one that is missing) is
*damaged*: it is never shown as the person's writing, it is counted, listed and can be
removed (:meth:`Unlocked.damaged_items`, :meth:`Unlocked.remove_damaged`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from erfenis_desktop.storage.database import utc_now
from erfenis_desktop.storage.profiles import Changes, ItemRow, ItemWrite, WriteRefused

from .errors import ProfileError
from .read_cache import KeptInMemory

if TYPE_CHECKING:
    from .vault import VaultService


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


@dataclass(frozen=True)
class DamagedItem:
    """An item that cannot be shown as the person's own writing."""

    uuid: str
    kind: str  # as the row says (which may be the very thing that was changed)
    updated_at: str  # "" when the item is missing altogether
    reason: str  # "damaged" (does not open or does not match), "missing" (listed but gone)


@dataclass
class Unlocked(KeptInMemory):
    """An unlocked profile. Holds the data key, in a buffer that ``lock()`` overwrites."""

    profile: Profile
    _service: VaultService = field(repr=False)
    _data_key: bytearray | None = field(repr=False, default=None)
    key_version: int = 1
    unshared_on_save: bool = False  # the last save changed a shared text, which is no longer shared
    #: What the person should be told once, right after unlocking (codes for ui/common/messages.py).
    notices: list[str] = field(default_factory=list)
    #: After "Renew protection": the items that could not be opened and were left as they were.
    renewal_damaged: list[DamagedItem] = field(default_factory=list)
    #: While unlocked only, in memory (``lock()`` drops them): the manifest as last opened, with the
    #: stored bytes it came from, and each text as last opened, with the row it came from. A page
    #: that opens again does not decrypt five years of writing again; a row that changed in any
    #: way (its bytes, revision, dates, key) is opened afresh.
    _manifest_seen: tuple[bytes, int, dict[str, Any]] | None = field(repr=False, compare=False, default=None)
    _opened: dict[str, tuple[tuple, PrivateText, ItemRow, Any]] = field(repr=False, compare=False, default_factory=dict)
    _kept: dict[str, tuple[Any, Any, frozenset[str] | None]] = field(repr=False, compare=False, default_factory=dict)
    _each: dict[str, dict[int, tuple[Any, Any]]] = field(repr=False, compare=False, default_factory=dict)
    #: Each shared item of the couple as last opened (services/couple.py), by its exact stored row:
    #: its digest, and what it said. Anything about the row changed: opened and checked afresh.
    _shared_opened: dict[Any, tuple[str, Any]] = field(repr=False, compare=False, default_factory=dict)
    #: The profile's stored rows (encrypted) as last read, with the revision they were read at: the
    #: pages opening after a change read them once, not once for each thing they show.
    _rows_seen: tuple[Any, dict[str | None, list[ItemRow]]] | None = field(repr=False, compare=False,
                                                                           default=None)

    def __post_init__(self) -> None:
        if self._data_key is not None and not isinstance(self._data_key, bytearray):
            self._data_key = bytearray(self._data_key)

    @property
    def is_locked(self) -> bool:
        return self._data_key is None

    def _key(self) -> bytearray:
        if self._data_key is None:
            raise ProfileError("locked")
        return self._data_key

    def lock(self) -> None:
        """Overwrite the key and let go of it."""
        from erfenis_desktop.vault.items import wipe

        key, self._data_key = self._data_key, None
        self.forget_opened()
        wipe(key)

    def forget_opened(self) -> None:
        """Drop the texts and the manifest kept in memory (at a lock; after a renewal)."""
        self._manifest_seen = None
        self._opened.clear()
        self._kept.clear()
        self._each.clear()
        self._shared_opened.clear()
        self._rows_seen = None

    @property
    def _repo(self):
        return self._service.repo

    def revision(self) -> tuple[int, int, int]:
        """Changes with every change to this profile's writing (the sequence number of its
        manifest) and with any write to the file at all, by Erfenis or anyone else (SQLite's
        count of this connection's changes and its ``data_version``): a page may keep what it
        showed while this stays the same."""
        row = self._repo.manifest_seq(self.profile.uuid)
        if row is None:
            raise ProfileError("not_found")
        conn = self._service.db.conn
        return row[0], conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0]

    # The manifest ---------------------------------------------------------------------
    def _load(self) -> tuple[dict[str, Any], int]:
        """The manifest as stored now, and the sequence number it was read at."""
        from erfenis_desktop.vault.errors import DamagedError
        from erfenis_desktop.vault.items import open_manifest

        row = self._repo.get(self.profile.uuid)
        if row is None:
            raise ProfileError("not_found")
        key = self._key()
        seen = self._manifest_seen
        if seen is not None and seen[0] == row.manifest and seen[1] == row.manifest_seq:
            manifest = seen[2]  # the same bytes as last time: the same manifest
        else:
            try:
                manifest = open_manifest(key, row.manifest, owner=self.profile.uuid)
            except DamagedError:
                raise ProfileError("damaged") from None
            self._manifest_seen = (row.manifest, row.manifest_seq, manifest)
        if manifest["seq"] != row.manifest_seq or manifest["key_version"] != self.key_version:
            raise ProfileError("damaged")
        # A copy the caller may change (``_change`` does): the one kept stays as stored.
        return {**manifest, **{k: dict(manifest[k]) for k in ("items", "shares", "seen")}}, row.manifest_seq

    def _change(self, build: Callable[[dict[str, Any], Changes], Any], *, compact: bool = False) -> Any:
        """Read the manifest, let ``build`` describe one change (it may edit the manifest),
        and store all of it in one transaction. Returns what ``build`` returned."""
        from erfenis_desktop.vault.items import record_deleted, seal_manifest

        manifest, seq = self._load()
        stored = self._manifest_seen[2] if self._manifest_seen is not None else None  # as stored
        # What is kept can be carried past this change when nothing else writes in between.
        before = self.revision() if stored is not None and not compact and (self._kept or self._rows_seen) \
            else None
        changes = Changes(self.profile.uuid)
        listed, couples = set(manifest["items"]), set(manifest["shares"]) | set(manifest["seen"])
        result = build(manifest, changes)
        # What this change deletes (an item, a shared copy, a couple left) is remembered in the
        # manifest, so a take-home file from before cannot bring it back (services/transfer.py).
        gone = (listed - set(manifest["items"])) | set(changes.deleted_items) | set(changes.unshared) \
            | (couples - set(manifest["shares"]) - set(manifest["seen"]))
        record_deleted(manifest, sorted(gone - set(manifest["items"])), seq + 1)
        manifest["seq"] = seq + 1
        changes.manifest = (seal_manifest(self._key(), manifest, owner=self.profile.uuid), seq, seq + 1)
        if before is not None and self.revision() != before:
            before = None  # ``build`` itself wrote
        try:
            self._repo.apply(changes, compact=compact)
        except WriteRefused as refused:
            raise ProfileError(refused.reason) from None
        if compact:
            self._service.forget_copies()
        # The manifest just stored is the one the next read finds (by its very bytes): not opened again.
        self._manifest_seen = (changes.manifest[0], seq + 1, manifest)
        if before is not None:
            self._carry(before, changes, stored, manifest)
        return result

    # Writing ------------------------------------------------------------------------------
    def _put(self, manifest: dict, changes: Changes, kind: str, text: str, item_uuid: str | None) -> str:
        """Add the encrypted text to ``changes`` and to ``manifest``."""
        from erfenis_desktop.vault.items import seal_item

        now = utc_now()
        if item_uuid is None:
            import uuid as uuidlib  # here, not at the top: the picker lists profiles without it

            item_uuid, created, revision, expected = str(uuidlib.uuid4()), now, 1, None
        else:
            row = self._repo.item(item_uuid)
            entry = manifest["items"].get(item_uuid)
            if row is None or row.owner_uuid != self.profile.uuid:
                raise ProfileError("not_yours")
            if entry != [row.kind, row.revision] or row.kind != kind:
                raise ProfileError("damaged", item=item_uuid)
            created, revision, expected = row.created_at, row.revision + 1, row.revision
        body = seal_item(self._key(), text, uuid=item_uuid, owner=self.profile.uuid, kind=kind, revision=revision,
                         key_version=self.key_version, created_at=created, updated_at=now)
        changes.items.append(ItemWrite(item_uuid, kind, created, now, self.key_version, revision, body, expected))
        manifest["items"][item_uuid] = [kind, revision]
        return item_uuid

    def save_text(self, kind: str, text: str, item_uuid: str | None = None) -> str:
        """Keep a private text (new, or a new version of ``item_uuid``); returns its id.
        A shared text that changes stops being shared, in the same transaction: words taken
        out must not stay with the partner (sharing it again shares the new version)."""
        self._key()  # locked: nothing changes at all
        from .share_index import drop_shared_copies, shared_copies  # here: not needed to list profiles

        copies = shared_copies(self, item_uuid) if item_uuid is not None else []
        unshare = bool(copies) and self._text_changed(item_uuid, text)
        self.unshared_on_save = unshare

        def build(manifest, changes):
            saved = self._put(manifest, changes, kind, text, item_uuid)
            if unshare:
                drop_shared_copies(self, manifest, changes, copies)
            return saved

        return self._change(build, compact=unshare)

    def _text_changed(self, item_uuid: str, text: str) -> bool:
        try:
            return self.read_text(item_uuid).text != text
        except ProfileError:
            return True

    # Reading -------------------------------------------------------------------------------
    def _open(self, row: ItemRow, manifest: dict[str, Any]) -> PrivateText:
        listed = manifest["items"].get(row.uuid)
        kept = self._opened.get(row.uuid)
        # The very row object and manifest line it was opened from (both kept as read, see ``_items``
        # and ``_load``): checked then, the same now. Anything else is checked in full below.
        if kept is not None and kept[2] is row and kept[3] is listed and listed is not None:
            return kept[1]
        if row.owner_uuid != self.profile.uuid:
            raise ProfileError("not_yours")
        if listed != [row.kind, row.revision]:
            raise ProfileError("damaged", item=row.uuid)  # relabelled, older, put back, or not ours
        key = self._key()
        stored = (row.body, row.owner_uuid, row.kind, row.revision, row.key_version, row.created_at, row.updated_at)
        if kept is not None and kept[0] == stored:  # the very bytes and labels opened before
            self._opened[row.uuid] = (stored, kept[1], row, listed)
            return kept[1]
        # Imported here, past the texts opened before: every import statement run under PySide
        # goes through its import hook, which for thousands of notes adds up.
        from erfenis_desktop.vault.errors import DamagedError
        from erfenis_desktop.vault.items import open_item

        try:
            text = open_item(key, row.body, uuid=row.uuid, owner=row.owner_uuid, kind=row.kind,
                             revision=row.revision, key_version=row.key_version, created_at=row.created_at,
                             updated_at=row.updated_at)
        except (DamagedError, ValueError):
            raise ProfileError("damaged", item=row.uuid) from None
        opened = PrivateText(row.uuid, row.kind, row.created_at, row.updated_at, text)
        self._opened[row.uuid] = (stored, opened, row, listed)
        return opened

    def _items(self, kind: str | None = None) -> list[ItemRow]:
        """This profile's stored rows (of one kind), oldest first, read again only after a write
        to the file (``revision``)."""
        version = self.revision()
        seen = self._rows_seen
        if seen is None or seen[0] != version:
            seen = self._rows_seen = (version, {})
        read = seen[1]  # kind (None: every kind) -> its rows
        if kind not in read:
            # All of them at once, each kind taken from those: one object per row, whichever kind
            # asks (``_open`` knows a row it opened before by that object).
            if None not in read:
                read[None] = self._repo.items(self.profile.uuid)
            if kind is not None:
                read[kind] = [row for row in read[None] if row.kind == kind]
        return list(read[kind])

    def read_text(self, item_uuid: str) -> PrivateText:
        row = self._repo.item(item_uuid)
        if row is None:
            raise ProfileError("not_found")
        return self._open(row, self._load()[0])

    def texts(self, kind: str | None = None) -> list[PrivateText]:
        """Every text (of one kind); a damaged one raises ProfileError("damaged")."""
        manifest = self._load()[0]
        return [self._open(row, manifest) for row in self._items(kind)]

    def readable_texts(self, kind: str | None = None) -> tuple[list[PrivateText], int]:
        """Every text that opens, and how many are damaged (those are skipped, never guessed at)."""
        manifest = self._load()[0]
        texts, damaged = [], 0
        for row in self._items(kind):
            try:
                texts.append(self._open(row, manifest))
            except ProfileError:
                damaged += 1
        return texts, damaged

    def damaged_items(self) -> list[DamagedItem]:
        """Every item of this profile that cannot be shown as its writing, and every item the
        manifest lists that is gone from the file."""
        manifest = self._load()[0]
        out = []
        rows = self._items()
        for row in rows:
            try:
                self._open(row, manifest)
            except ProfileError:
                out.append(DamagedItem(row.uuid, row.kind, row.updated_at, "damaged"))
        if len(manifest["items"]) != len(rows) - len(out) or out:  # (else every listed item is here)
            present = {row.uuid for row in rows}
            for item_uuid, (kind, _revision) in manifest["items"].items():
                if item_uuid not in present:
                    out.append(DamagedItem(item_uuid, kind, "", "missing"))
        return out

    # Deleting --------------------------------------------------------------------------------
    def delete_text(self, item_uuid: str) -> None:
        """Delete one of your texts, and its shared copies with it; the old bytes leave the file."""
        row = self._repo.item(item_uuid)
        if row is None or row.owner_uuid != self.profile.uuid:
            return
        from .share_index import drop_shared_copies, shared_copies  # here: not needed to list profiles

        copies = shared_copies(self, item_uuid)

        def build(manifest, changes):
            changes.deleted_items.append(item_uuid)
            manifest["items"].pop(item_uuid, None)
            drop_shared_copies(self, manifest, changes, copies)

        self._change(build, compact=True)

    def remove_damaged(self, item_uuid: str) -> None:
        """Remove an item listed by :meth:`damaged_items` (its row, if there is one, and its
        place in the manifest). A readable item is not removed this way."""
        if not any(d.uuid == item_uuid for d in self.damaged_items()):
            raise ProfileError("not_found")
        row = self._repo.item(item_uuid)
        from .share_index import drop_shared_copies, shared_copies  # here: not needed to list profiles

        copies = shared_copies(self, item_uuid)

        def build(manifest, changes):
            if row is not None:
                if row.owner_uuid != self.profile.uuid:
                    raise ProfileError("not_yours")
                changes.deleted_items.append(item_uuid)
            manifest["items"].pop(item_uuid, None)
            drop_shared_copies(self, manifest, changes, copies)

        self._change(build, compact=True)
