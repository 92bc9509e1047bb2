"""Rows of the profile and private_item tables. Bytes in, bytes out: no keys, no plaintext.

Every change a profile makes to its own data goes through :meth:`ProfileRepository.apply`
as one :class:`Changes`: one transaction, and every statement names the owner, so an
id of another profile changes nothing (the whole change is refused).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .database import Database
from .database import utc_now as _now


class WriteRefused(Exception):
    """A change was refused as a whole: ``reason`` is ``not_yours`` (an id of another
    profile, or none at all) or ``changed_meanwhile`` (the data changed since it was read)."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(reason)


@dataclass(frozen=True)
class ProfileRow:
    uuid: str
    name: str
    colour: str
    created_at: str
    password_record: bytes
    device_check: str | None
    recovery_record: bytes
    key_version: int
    recovery_confirmed: int
    failed_attempts: int
    first_failed_at: float | None
    last_failed_at: float | None
    identity_key: bytes | None  # public; NULL until a v4 profile's first unlock upgrades it
    item_format: int  # 1: items of schema v4, 2: authenticated items with a manifest
    manifest: bytes | None
    manifest_seq: int


@dataclass(frozen=True)
class ItemRow:
    uuid: str
    owner_uuid: str
    kind: str
    created_at: str
    updated_at: str
    key_version: int
    revision: int
    body: bytes


@dataclass(frozen=True)
class ItemWrite:
    """One private item to store. ``expected_revision`` None: a new item."""

    uuid: str
    kind: str
    created_at: str
    updated_at: str
    key_version: int
    revision: int
    body: bytes
    expected_revision: int | None = None


@dataclass
class Changes:
    """Everything one action changes in one profile's data, applied all at once."""

    owner: str
    #: (new encrypted manifest, the manifest_seq it was read at, the new manifest_seq)
    manifest: tuple[bytes, int, int] | None = None
    items: list[ItemWrite] = field(default_factory=list)
    deleted_items: list[str] = field(default_factory=list)
    #: Rows for shared_item, as tuples in column order (see storage.couples.SharedRow).
    shared: list[tuple] = field(default_factory=list)
    unshared: list[str] = field(default_factory=list)
    #: (couple, signed index, signature)
    share_index: tuple[str, bytes, bytes] | None = None
    #: (couple, space key sealed under the data key)
    space_key: tuple[str, bytes] | None = None
    legacy_done: list[str] = field(default_factory=list)
    #: Columns of the profile row to set (renewal, upgrade, new key records).
    profile: dict[str, object] = field(default_factory=dict)


_PROFILE_COLUMNS = ", ".join(ProfileRow.__dataclass_fields__)
_ITEM_COLUMNS = ", ".join(ItemRow.__dataclass_fields__)
_SETTABLE = {"key_version", "password_record", "device_check", "recovery_record", "recovery_confirmed",
             "identity_key", "item_format", "failed_attempts", "first_failed_at", "last_failed_at"}


def _one(cursor, reason: str = "not_yours") -> None:
    if cursor.rowcount != 1:
        raise WriteRefused(reason)


class ProfileRepository:
    def __init__(self, db: Database):
        self.db = db

    # Profiles ---------------------------------------------------------------
    def all(self) -> list[ProfileRow]:
        rows = self.db.conn.execute(f"SELECT {_PROFILE_COLUMNS} FROM profile ORDER BY created_at, name")
        return [ProfileRow(*r) for r in rows]

    def get(self, uuid: str) -> ProfileRow | None:
        row = self.db.conn.execute(f"SELECT {_PROFILE_COLUMNS} FROM profile WHERE uuid = ?", (uuid,)).fetchone()
        return ProfileRow(*row) if row else None

    def manifest_seq(self, uuid: str) -> tuple[object] | None:
        """Only the sequence number of a profile's manifest, as a 1-tuple (None: no such profile):
        cheap enough to ask each time a page opens, unlike the whole row with its manifest."""
        return self.db.conn.execute("SELECT manifest_seq FROM profile WHERE uuid = ?", (uuid,)).fetchone()

    def insert(self, uuid: str, name: str, colour: str, password_record: bytes, device_check: str | None,
               recovery_record: bytes, identity_key: bytes, manifest: bytes) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO profile(uuid, name, colour, created_at, password_record, device_check,"
                " recovery_record, identity_key, item_format, manifest, manifest_seq)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 2, ?, 1)",
                (uuid, name, colour, _now(), password_record, device_check, recovery_record, identity_key, manifest))

    def rename(self, uuid: str, name: str) -> None:
        with self.db.transaction() as conn:
            _one(conn.execute("UPDATE profile SET name = ? WHERE uuid = ?", (name, uuid)))

    def set_password_record(self, uuid: str, record: bytes, device_check: str | None) -> None:
        with self.db.transaction() as conn:
            _one(conn.execute("UPDATE profile SET password_record = ?, device_check = ? WHERE uuid = ?",
                              (record, device_check, uuid)))

    def set_recovery_record(self, uuid: str, record: bytes) -> None:
        """A new recovery code: it counts as kept only once the person confirms it."""
        with self.db.transaction() as conn:
            _one(conn.execute("UPDATE profile SET recovery_record = ?, recovery_confirmed = 0 WHERE uuid = ?",
                              (record, uuid)))

    def set_recovery_confirmed(self, uuid: str) -> None:
        with self.db.transaction() as conn:
            conn.execute("UPDATE profile SET recovery_confirmed = 1 WHERE uuid = ?", (uuid,))

    def record_failure(self, uuid: str, when: float) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "UPDATE profile SET failed_attempts = failed_attempts + 1,"
                " first_failed_at = COALESCE(first_failed_at, ?), last_failed_at = ? WHERE uuid = ?",
                (when, when, uuid))

    def reset_failures(self, uuid: str) -> None:
        with self.db.transaction() as conn:
            conn.execute("UPDATE profile SET failed_attempts = 0, first_failed_at = NULL,"
                         " last_failed_at = NULL WHERE uuid = ?", (uuid,))

    def delete(self, uuid: str) -> None:
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM private_item WHERE owner_uuid = ?", (uuid,))
            conn.execute("DELETE FROM profile WHERE uuid = ?", (uuid,))
        self.compact()

    def compact(self) -> bool:
        """Make freed bytes leave the file; never raises (see ``Database.compact``)."""
        return self.db.compact()

    # Private items ----------------------------------------------------------
    def items(self, owner_uuid: str, kind: str | None = None) -> list[ItemRow]:
        sql = f"SELECT {_ITEM_COLUMNS} FROM private_item WHERE owner_uuid = ?"
        args: tuple = (owner_uuid,)
        if kind is not None:
            sql += " AND kind = ?"
            args += (kind,)
        return [ItemRow(*r) for r in self.db.conn.execute(sql + " ORDER BY created_at, uuid", args)]

    def item(self, uuid: str) -> ItemRow | None:
        row = self.db.conn.execute(f"SELECT {_ITEM_COLUMNS} FROM private_item WHERE uuid = ?", (uuid,)).fetchone()
        return ItemRow(*row) if row else None

    def legacy_shared(self, owner_uuid: str) -> list[tuple[str, str, str, str, str, bytes, bytes]]:
        """Shared copies from schema v4: (uuid, couple, source item, kind, created_at, sealed item
        key, body). Nothing in these rows is authenticated."""
        return list(self.db.conn.execute(
            "SELECT uuid, couple_uuid, source_uuid, kind, created_at, item_key, body FROM legacy_shared"
            " WHERE owner_uuid = ?", (owner_uuid,)))

    # All changes of one profile, at once ---------------------------------------
    def apply(self, changes: Changes, *, compact: bool = False) -> None:
        """Apply ``changes`` in one transaction. Every statement is limited to
        ``changes.owner``; anything that matches no row of that owner refuses the whole
        change (``WriteRefused``) and nothing is written. With ``compact``, the file is
        compacted afterwards (which never undoes the change, see ``Database.compact``)."""
        owner = changes.owner
        with self.db.transaction() as conn:
            if changes.profile:
                unknown = set(changes.profile) - _SETTABLE
                if unknown:
                    raise ValueError(f"not a settable profile column: {sorted(unknown)}")
                names = sorted(changes.profile)
                _one(conn.execute(f"UPDATE profile SET {', '.join(f'{n} = ?' for n in names)} WHERE uuid = ?",
                                  [changes.profile[n] for n in names] + [owner]))
            if changes.manifest is not None:
                blob, expected, new = changes.manifest
                _one(conn.execute("UPDATE profile SET manifest = ?, manifest_seq = ? WHERE uuid = ?"
                                  " AND manifest_seq = ?", (blob, new, owner, expected)), "changed_meanwhile")
            for w in changes.items:
                if w.expected_revision is None:
                    if conn.execute("SELECT 1 FROM private_item WHERE uuid = ?", (w.uuid,)).fetchone():
                        raise WriteRefused("not_yours")
                    conn.execute("INSERT INTO private_item(uuid, owner_uuid, kind, created_at, updated_at,"
                                 " key_version, revision, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                 (w.uuid, owner, w.kind, w.created_at, w.updated_at, w.key_version, w.revision,
                                  w.body))
                else:
                    cursor = conn.execute(
                        "UPDATE private_item SET kind = ?, created_at = ?, updated_at = ?, key_version = ?,"
                        " revision = ?, body = ? WHERE uuid = ? AND owner_uuid = ? AND revision = ?",
                        (w.kind, w.created_at, w.updated_at, w.key_version, w.revision, w.body, w.uuid, owner,
                         w.expected_revision))
                    if cursor.rowcount != 1:
                        mine = conn.execute("SELECT 1 FROM private_item WHERE uuid = ? AND owner_uuid = ?",
                                            (w.uuid, owner)).fetchone()
                        raise WriteRefused("changed_meanwhile" if mine else "not_yours")
            for uuid in changes.deleted_items:
                # A row already gone is fine (deleting twice); another owner's row is not.
                if conn.execute("SELECT 1 FROM private_item WHERE uuid = ? AND owner_uuid != ?",
                                (uuid, owner)).fetchone():
                    raise WriteRefused("not_yours")
                conn.execute("DELETE FROM private_item WHERE uuid = ? AND owner_uuid = ?", (uuid, owner))
            for uuid in changes.unshared:
                _one(conn.execute("DELETE FROM shared_item WHERE uuid = ? AND owner_uuid = ?", (uuid, owner)))
            for row in changes.shared:
                uuid, couple, row_owner, *rest = row
                if row_owner != owner:
                    raise WriteRefused("not_yours")
                conn.execute("INSERT INTO shared_item(uuid, couple_uuid, owner_uuid, kind, created_at, source_tag,"
                             " item_key, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (uuid, couple, owner, *rest))
            if changes.space_key is not None:
                couple, blob = changes.space_key
                _one(conn.execute("UPDATE couple_member SET space_key = ? WHERE couple_uuid = ? AND"
                                  " profile_uuid = ?", (blob, couple, owner)))
            if changes.share_index is not None:
                couple, index, signature = changes.share_index
                _one(conn.execute("UPDATE couple_member SET share_index = ?, share_sig = ? WHERE couple_uuid = ?"
                                  " AND profile_uuid = ?", (index, signature, couple, owner)))
            for uuid in changes.legacy_done:
                conn.execute("DELETE FROM legacy_shared WHERE uuid = ? AND owner_uuid = ?", (uuid, owner))
        if compact:
            self.compact()
