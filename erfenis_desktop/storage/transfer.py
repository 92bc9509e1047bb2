"""Rows for the take-home file: gathering one profile's rows as they are, and putting the rows
of a file into this data folder, all of it in one transaction. Bytes in, bytes out: no keys,
no decisions (those are in services/transfer.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .couples import MemberRow, SharedRow
from .database import Database
from .profiles import ItemRow

_ITEM_COLUMNS = ", ".join(ItemRow.__dataclass_fields__)
_MEMBER_COLUMNS = ", ".join(MemberRow.__dataclass_fields__)
_SHARED_COLUMNS = ", ".join(SharedRow.__dataclass_fields__)


class ImportRefused(Exception):
    """The data folder changed between the decision and the write (``changed_meanwhile``), or
    a row of the file would land on a row of someone else (``clash``). Nothing was written."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(reason)


@dataclass(frozen=True)
class ProfileRows:
    """A profile's own row, as stored (the columns the take-home file carries)."""

    uuid: str
    name: str
    colour: str
    created_at: str
    key_version: int
    identity_key: bytes | None
    manifest: bytes | None
    manifest_seq: int
    role: str
    recovery_skipped: int
    recovery_confirmed: int
    recovery_record: bytes
    password_record: bytes = b""
    device_check: str | None = None


@dataclass
class CoupleRows:
    uuid: str
    created_at: str
    members: list[MemberRow] = field(default_factory=list)
    shared: list[SharedRow] = field(default_factory=list)


@dataclass
class Gathered:
    profile: ProfileRows
    items: list[ItemRow]
    couple: CoupleRows | None


_PROFILE_SELECT = ("SELECT uuid, name, colour, created_at, key_version, identity_key, manifest, manifest_seq, role,"
                   " recovery_skipped, recovery_confirmed, recovery_record, password_record, device_check"
                   " FROM profile WHERE uuid = ?")


def profile_rows(db: Database, uuid: str) -> ProfileRows | None:
    row = db.conn.execute(_PROFILE_SELECT, (uuid,)).fetchone()
    return ProfileRows(*row) if row else None


def gather(db: Database, uuid: str) -> Gathered | None:
    """One profile's rows, read in one read transaction: its own row, its items, and of its
    couple the couple row, its own member row and its own shared rows (the partner's rows
    travel in the partner's own file)."""
    conn = db.conn
    conn.execute("BEGIN")
    try:
        profile = profile_rows(db, uuid)
        if profile is None:
            return None
        items = [ItemRow(*r) for r in conn.execute(
            f"SELECT {_ITEM_COLUMNS} FROM private_item WHERE owner_uuid = ? ORDER BY created_at, uuid", (uuid,))]
        member = conn.execute(f"SELECT {_MEMBER_COLUMNS} FROM couple_member WHERE profile_uuid = ?",
                              (uuid,)).fetchone()
        couple = None
        if member is not None:
            member = MemberRow(*member)
            created = conn.execute("SELECT created_at FROM couple WHERE uuid = ?", (member.couple_uuid,)).fetchone()
            shared = [SharedRow(*r) for r in conn.execute(
                f"SELECT {_SHARED_COLUMNS} FROM shared_item WHERE couple_uuid = ? AND owner_uuid = ?"
                " ORDER BY created_at, uuid", (member.couple_uuid, uuid))]
            couple = CoupleRows(member.couple_uuid, created[0] if created else "", [member], shared)
        return Gathered(profile, items, couple)
    finally:
        conn.execute("COMMIT")


@dataclass
class ProfileImport:
    """What to write for one profile of a file. ``expected_seq`` None: a new profile (its
    row must not exist); else the profile is replaced by the file's, only if its
    ``manifest_seq`` is still ``expected_seq`` (the row's password and recovery records, which
    open the same data key, stay as they were on this computer)."""

    profile: ProfileRows
    items: list[ItemRow]
    expected_seq: int | None = None


def write_import(db: Database, profiles: list[ProfileImport], couples: list[CoupleRows]) -> None:
    """Everything of one file, in one transaction; a clash or a change meanwhile refuses all
    of it (ImportRefused) and nothing is written. Member rows and shared rows go in only for
    profiles that are in this data folder once the profiles are written (the partner who has
    not brought theirs yet gets theirs with their own file)."""
    with db.transaction() as conn:
        for entry in profiles:
            p = entry.profile
            if entry.expected_seq is None:
                if conn.execute("SELECT 1 FROM profile WHERE uuid = ?", (p.uuid,)).fetchone():
                    raise ImportRefused("changed_meanwhile")
                conn.execute(
                    "INSERT INTO profile(uuid, name, colour, created_at, password_record, device_check,"
                    " recovery_record, key_version, recovery_confirmed, identity_key, item_format, manifest,"
                    " manifest_seq, role, recovery_skipped) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2, ?, ?, ?, ?)",
                    (p.uuid, p.name, p.colour, p.created_at, p.password_record, p.device_check, p.recovery_record,
                     p.key_version, p.recovery_confirmed, p.identity_key, p.manifest, p.manifest_seq, p.role,
                     p.recovery_skipped))
            else:
                cursor = conn.execute(
                    "UPDATE profile SET key_version = ?, identity_key = ?, item_format = 2, manifest = ?,"
                    " manifest_seq = ? WHERE uuid = ? AND manifest_seq = ?",
                    (p.key_version, p.identity_key, p.manifest, p.manifest_seq, p.uuid, entry.expected_seq))
                if cursor.rowcount != 1:
                    raise ImportRefused("changed_meanwhile")
                conn.execute("DELETE FROM private_item WHERE owner_uuid = ?", (p.uuid,))
                conn.execute("DELETE FROM shared_item WHERE owner_uuid = ?", (p.uuid,))
                conn.execute("DELETE FROM couple_member WHERE profile_uuid = ?", (p.uuid,))
                conn.execute("DELETE FROM legacy_shared WHERE owner_uuid = ?", (p.uuid,))
            for item in entry.items:
                if item.owner_uuid != p.uuid or conn.execute(
                        "SELECT 1 FROM private_item WHERE uuid = ?", (item.uuid,)).fetchone():
                    raise ImportRefused("clash")
                conn.execute(f"INSERT INTO private_item({_ITEM_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                             (item.uuid, item.owner_uuid, item.kind, item.created_at, item.updated_at,
                              item.key_version, item.revision, item.body))
        present = {row[0] for row in conn.execute("SELECT uuid FROM profile")}
        for couple in couples:
            members = [m for m in couple.members if m.profile_uuid in present]
            if not members:
                continue
            conn.execute("INSERT INTO couple(uuid, created_at) VALUES (?, ?) ON CONFLICT(uuid) DO NOTHING",
                         (couple.uuid, couple.created_at))
            for m in members:
                elsewhere = conn.execute("SELECT couple_uuid FROM couple_member WHERE profile_uuid = ?",
                                         (m.profile_uuid,)).fetchone()
                if elsewhere is not None:
                    if elsewhere[0] != couple.uuid:
                        raise ImportRefused("clash")
                    continue  # already there: the same row (only new and replaced profiles reach here)
                others = conn.execute("SELECT COUNT(*) FROM couple_member WHERE couple_uuid = ?",
                                      (couple.uuid,)).fetchone()[0]
                if others >= 2:
                    raise ImportRefused("clash")  # a couple is two people
                conn.execute(f"INSERT INTO couple_member({_MEMBER_COLUMNS}) VALUES (?, ?, ?, ?, ?)",
                             (couple.uuid, m.profile_uuid, m.space_key, m.share_index, m.share_sig))
            for s in couple.shared:
                if s.owner_uuid not in present or s.couple_uuid != couple.uuid:
                    continue
                if conn.execute("SELECT 1 FROM shared_item WHERE uuid = ?", (s.uuid,)).fetchone():
                    raise ImportRefused("clash")
                conn.execute(f"INSERT INTO shared_item({_SHARED_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                             s.as_tuple())
