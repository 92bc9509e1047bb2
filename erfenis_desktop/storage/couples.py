"""Rows of the couple, couple_member and shared_item tables. Bytes in, bytes out."""

from __future__ import annotations

from dataclasses import dataclass
from .database import Database, utc_now as _now


@dataclass(frozen=True)
class MemberRow:
    couple_uuid: str
    profile_uuid: str
    space_key: bytes
    sealed_with: str  # "public" or "data"


@dataclass(frozen=True)
class SharedRow:
    uuid: str
    couple_uuid: str
    owner_uuid: str
    source_uuid: str
    kind: str
    created_at: str
    item_key: bytes
    body: bytes


_SHARED = ", ".join(SharedRow.__dataclass_fields__)


class CoupleRepository:
    def __init__(self, db: Database):
        self.db = db

    def member(self, profile_uuid: str) -> MemberRow | None:
        row = self.db.conn.execute("SELECT couple_uuid, profile_uuid, space_key, sealed_with FROM couple_member"
                                   " WHERE profile_uuid = ?", (profile_uuid,)).fetchone()
        return MemberRow(*row) if row else None

    def members(self, couple_uuid: str) -> list[MemberRow]:
        rows = self.db.conn.execute("SELECT couple_uuid, profile_uuid, space_key, sealed_with FROM couple_member"
                                    " WHERE couple_uuid = ? ORDER BY profile_uuid", (couple_uuid,))
        return [MemberRow(*r) for r in rows]

    def create(self, couple_uuid: str, members: list[tuple[str, bytes, str]]) -> None:
        with self.db.transaction() as conn:
            conn.execute("INSERT INTO couple(uuid, created_at) VALUES (?, ?)", (couple_uuid, _now()))
            conn.executemany("INSERT INTO couple_member(couple_uuid, profile_uuid, space_key, sealed_with)"
                             " VALUES (?, ?, ?, ?)", [(couple_uuid, p, k, w) for p, k, w in members])

    def reseal(self, couple_uuid: str, profile_uuid: str, space_key: bytes) -> None:
        with self.db.transaction() as conn:
            conn.execute("UPDATE couple_member SET space_key = ?, sealed_with = 'data'"
                         " WHERE couple_uuid = ? AND profile_uuid = ?", (space_key, couple_uuid, profile_uuid))

    def delete(self, couple_uuid: str) -> None:
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM couple WHERE uuid = ?", (couple_uuid,))  # members and shared items follow
        self.db.compact()

    def put_shared(self, row: SharedRow) -> None:
        with self.db.transaction() as conn:
            conn.execute(f"INSERT INTO shared_item({_SHARED}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         (row.uuid, row.couple_uuid, row.owner_uuid, row.source_uuid, row.kind, row.created_at,
                          row.item_key, row.body))

    def shared(self, couple_uuid: str) -> list[SharedRow]:
        rows = self.db.conn.execute(f"SELECT {_SHARED} FROM shared_item WHERE couple_uuid = ? ORDER BY created_at",
                                    (couple_uuid,))
        return [SharedRow(*r) for r in rows]

    def shared_item(self, uuid: str) -> SharedRow | None:
        row = self.db.conn.execute(f"SELECT {_SHARED} FROM shared_item WHERE uuid = ?", (uuid,)).fetchone()
        return SharedRow(*row) if row else None

    def delete_shared(self, uuid: str) -> None:
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM shared_item WHERE uuid = ?", (uuid,))
        self.db.compact()
