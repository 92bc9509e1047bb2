"""Rows of the couple, couple_member and shared_item tables. Bytes in, bytes out.

Writes that belong to one profile (sharing, unsharing, the share index, the space key)
go through ``ProfileRepository.apply``, which limits each statement to that profile.
"""

from __future__ import annotations

from dataclasses import astuple, dataclass

from .database import Database
from .database import utc_now as _now


@dataclass(frozen=True)
class MemberRow:
    couple_uuid: str
    profile_uuid: str
    space_key: bytes  # sealed under the member's own data key
    share_index: bytes | None  # what this member shares, signed with their identity key
    share_sig: bytes | None


@dataclass(frozen=True)
class SharedRow:
    uuid: str
    couple_uuid: str
    owner_uuid: str
    kind: str
    created_at: str
    source_tag: str  # keyed by the owner: names the private original only to them
    item_key: bytes
    body: bytes

    def as_tuple(self) -> tuple:
        return astuple(self)


_MEMBER = ", ".join(MemberRow.__dataclass_fields__)
_SHARED = ", ".join(SharedRow.__dataclass_fields__)


class CoupleRepository:
    def __init__(self, db: Database):
        self.db = db

    def member(self, profile_uuid: str) -> MemberRow | None:
        row = self.db.conn.execute(f"SELECT {_MEMBER} FROM couple_member WHERE profile_uuid = ?",
                                   (profile_uuid,)).fetchone()
        return MemberRow(*row) if row else None

    def members(self, couple_uuid: str) -> list[MemberRow]:
        rows = self.db.conn.execute(f"SELECT {_MEMBER} FROM couple_member WHERE couple_uuid = ?"
                                    " ORDER BY profile_uuid", (couple_uuid,))
        return [MemberRow(*r) for r in rows]

    def exists(self, couple_uuid: str) -> bool:
        return self.db.conn.execute("SELECT 1 FROM couple WHERE uuid = ?", (couple_uuid,)).fetchone() is not None

    def create(self, couple_uuid: str, members: list[tuple[str, bytes, bytes, bytes]]) -> None:
        """A couple and its two members: (profile, sealed space key, signed empty index, signature)."""
        with self.db.transaction() as conn:
            conn.execute("INSERT INTO couple(uuid, created_at) VALUES (?, ?)", (couple_uuid, _now()))
            conn.executemany("INSERT INTO couple_member(couple_uuid, profile_uuid, space_key, share_index,"
                             " share_sig) VALUES (?, ?, ?, ?, ?)", [(couple_uuid, *m) for m in members])

    def delete(self, couple_uuid: str) -> None:
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM couple WHERE uuid = ?", (couple_uuid,))  # members and shared items follow
        self.db.compact()

    def shared(self, couple_uuid: str) -> list[SharedRow]:
        rows = self.db.conn.execute(f"SELECT {_SHARED} FROM shared_item WHERE couple_uuid = ?"
                                    " ORDER BY created_at, uuid", (couple_uuid,))
        return [SharedRow(*r) for r in rows]

    def shared_item(self, uuid: str) -> SharedRow | None:
        row = self.db.conn.execute(f"SELECT {_SHARED} FROM shared_item WHERE uuid = ?", (uuid,)).fetchone()
        return SharedRow(*row) if row else None

    def shared_by_tag(self, owner_uuid: str, source_tag: str) -> list[SharedRow]:
        rows = self.db.conn.execute(f"SELECT {_SHARED} FROM shared_item WHERE owner_uuid = ? AND source_tag = ?",
                                    (owner_uuid, source_tag))
        return [SharedRow(*r) for r in rows]

    def owned(self, owner_uuid: str) -> list[SharedRow]:
        rows = self.db.conn.execute(f"SELECT {_SHARED} FROM shared_item WHERE owner_uuid = ?", (owner_uuid,))
        return [SharedRow(*r) for r in rows]
