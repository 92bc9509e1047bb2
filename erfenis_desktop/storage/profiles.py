"""Rows of the profile and private_item tables. Bytes in, bytes out: no keys, no plaintext."""

from __future__ import annotations

from dataclasses import dataclass
from .database import Database, utc_now as _now


@dataclass(frozen=True)
class ProfileRow:
    uuid: str
    name: str
    colour: str
    created_at: str
    password_record: bytes
    device_check: str | None
    recovery_record: bytes
    public_key: bytes
    sealed_private_key: bytes
    key_version: int
    recovery_confirmed: int
    failed_attempts: int
    first_failed_at: float | None
    last_failed_at: float | None


@dataclass(frozen=True)
class ItemRow:
    uuid: str
    owner_uuid: str
    kind: str
    created_at: str
    updated_at: str
    key_version: int
    body: bytes


_PROFILE_COLUMNS = ", ".join(ProfileRow.__dataclass_fields__)
_ITEM_COLUMNS = ", ".join(ItemRow.__dataclass_fields__)


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

    def insert(self, uuid: str, name: str, colour: str, password_record: bytes, device_check: str | None,
               recovery_record: bytes, public_key: bytes, sealed_private_key: bytes) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO profile(uuid, name, colour, created_at, password_record, device_check,"
                " recovery_record, public_key, sealed_private_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (uuid, name, colour, _now(), password_record, device_check, recovery_record, public_key,
                 sealed_private_key))

    def rename(self, uuid: str, name: str) -> None:
        with self.db.transaction() as conn:
            conn.execute("UPDATE profile SET name = ? WHERE uuid = ?", (name, uuid))

    def set_password_record(self, uuid: str, record: bytes, device_check: str | None) -> None:
        with self.db.transaction() as conn:
            conn.execute("UPDATE profile SET password_record = ?, device_check = ? WHERE uuid = ?",
                         (record, device_check, uuid))

    def set_recovery_record(self, uuid: str, record: bytes) -> None:
        """A new recovery code: it counts as kept only once the person confirms it."""
        with self.db.transaction() as conn:
            conn.execute("UPDATE profile SET recovery_record = ?, recovery_confirmed = 0 WHERE uuid = ?",
                         (record, uuid))

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

    def renew(self, uuid: str, key_version: int, bodies: list[tuple[str, bytes]], password_record: bytes,
              device_check: str | None, recovery_record: bytes, public_key: bytes,
              sealed_private_key: bytes, couple_space: tuple[str, bytes] | None = None) -> None:
        """Everything re-encrypted under a new data key, in one transaction: all or nothing
        (including the couple's space key, when the profile is in a couple)."""
        with self.db.transaction() as conn:
            if couple_space is not None:
                conn.execute("UPDATE couple_member SET space_key = ?, sealed_with = 'data'"
                             " WHERE couple_uuid = ? AND profile_uuid = ?", (couple_space[1], couple_space[0], uuid))
            conn.executemany("UPDATE private_item SET body = ?, key_version = ? WHERE uuid = ? AND owner_uuid = ?",
                             [(body, key_version, item, uuid) for item, body in bodies])
            conn.execute("UPDATE profile SET key_version = ?, password_record = ?, device_check = ?,"
                         " recovery_record = ?, recovery_confirmed = 0, public_key = ?, sealed_private_key = ?"
                         " WHERE uuid = ?",
                         (key_version, password_record, device_check, recovery_record, public_key,
                          sealed_private_key, uuid))
        self.compact()

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
        return [ItemRow(*r) for r in self.db.conn.execute(sql + " ORDER BY created_at", args)]

    def item(self, uuid: str) -> ItemRow | None:
        row = self.db.conn.execute(f"SELECT {_ITEM_COLUMNS} FROM private_item WHERE uuid = ?", (uuid,)).fetchone()
        return ItemRow(*row) if row else None

    def put_item(self, uuid: str, owner_uuid: str, kind: str, key_version: int, body: bytes,
                 unshare: bool = False) -> None:
        """Store a private text; with ``unshare``, its shared copies go in the same transaction."""
        now = _now()
        with self.db.transaction() as conn:
            if unshare:
                conn.execute("DELETE FROM shared_item WHERE source_uuid = ? AND owner_uuid = ?", (uuid, owner_uuid))
            conn.execute(
                "INSERT INTO private_item(uuid, owner_uuid, kind, created_at, updated_at, key_version, body)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(uuid) DO UPDATE SET updated_at = excluded.updated_at,"
                " key_version = excluded.key_version, body = excluded.body",
                (uuid, owner_uuid, kind, now, now, key_version, body))
        if unshare:
            self.compact()  # the old words leave the file too

    def is_shared(self, uuid: str) -> bool:
        return self.db.conn.execute("SELECT 1 FROM shared_item WHERE source_uuid = ?", (uuid,)).fetchone() is not None

    def delete_item(self, uuid: str) -> None:
        """A deleted text is no longer shared either."""
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM shared_item WHERE source_uuid = ?"
                         " AND owner_uuid = (SELECT owner_uuid FROM private_item WHERE uuid = ?)", (uuid, uuid))
            conn.execute("DELETE FROM private_item WHERE uuid = ?", (uuid,))
