"""Workshop mode in the database: the folder's mode, the workshop's name and date, profile
roles, and the rows the facilitator's wipe removes. Bytes in, bytes out: no keys, no plaintext.

A workshop folder marks itself in ``meta`` (``mode`` = ``workshop``). Profiles carry a role
(schema v6, ``profile.role``): ``person`` (anyone's own Erfenis), ``facilitator`` or
``participant``; ``recovery_skipped`` = 1 when a participant joined without writing down a
recovery code. Names, roles, the workshop's name and date are not secret (like profile names).
"""

from __future__ import annotations

from dataclasses import dataclass

from .database import Database

WORKSHOP = "workshop"
ROLES = ("person", "facilitator", "participant")


@dataclass(frozen=True)
class RoleRow:
    uuid: str
    name: str
    role: str
    recovery_skipped: bool


@dataclass
class Collected:
    """What a wipe is about to remove, read before it goes: the participants' names and every
    encrypted value of theirs (to prove afterwards that none of it is left in any file)."""

    uuids: list[str]
    names: list[str]
    blobs: list[bytes]


class WorkshopRepository:
    def __init__(self, db: Database):
        self.db = db

    # The folder's mode, name and date ------------------------------------------------------
    def is_open(self) -> bool:
        import sqlite3

        try:
            self.db.conn.execute("SELECT 1")
        except sqlite3.ProgrammingError:  # closed
            return False
        return True

    def is_workshop(self) -> bool:
        return self.db.meta("mode") == WORKSHOP

    def _set_meta(self, conn, key: str, value: str) -> None:
        conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = ?",
                     (key, value, value))

    def mark_workshop(self) -> None:
        with self.db.transaction() as conn:
            self._set_meta(conn, "mode", WORKSHOP)

    def info(self) -> tuple[str, str]:
        """(workshop name, date as typed), "" when not set yet."""
        return self.db.meta("workshop_name") or "", self.db.meta("workshop_date") or ""

    def set_info(self, name: str, day: str) -> None:
        with self.db.transaction() as conn:
            self._set_meta(conn, "workshop_name", name)
            self._set_meta(conn, "workshop_date", day)

    # Roles ------------------------------------------------------------------------------------
    def roles(self) -> list[RoleRow]:
        rows = self.db.conn.execute("SELECT uuid, name, role, recovery_skipped FROM profile"
                                    " ORDER BY created_at, name")
        return [RoleRow(u, n, r if r in ROLES else "person", bool(s)) for u, n, r, s in rows]

    def role(self, uuid: str) -> str | None:
        row = self.db.conn.execute("SELECT role FROM profile WHERE uuid = ?", (uuid,)).fetchone()
        if row is None:
            return None
        return row[0] if row[0] in ROLES else "person"

    def set_role(self, uuid: str, role: str, recovery_skipped: bool = False) -> None:
        if role not in ROLES:
            raise ValueError(role)
        with self.db.transaction() as conn:
            cursor = conn.execute("UPDATE profile SET role = ?, recovery_skipped = ? WHERE uuid = ?",
                                  (role, int(recovery_skipped), uuid))
            if cursor.rowcount != 1:
                raise KeyError(uuid)

    def adopt(self, uuid: str) -> bool:
        """A profile of this workshop made outside "Join" (a partner at Together) becomes a
        participant; True when it changed."""
        with self.db.transaction() as conn:
            return conn.execute("UPDATE profile SET role = 'participant' WHERE uuid = ? AND role NOT IN"
                                " ('facilitator', 'participant')", (uuid,)).rowcount == 1

    def pairs(self) -> list[tuple[str, str]]:
        """Linked profiles, two by two: (profile, profile)."""
        rows = self.db.conn.execute("SELECT couple_uuid, profile_uuid FROM couple_member"
                                    " ORDER BY couple_uuid, profile_uuid")
        by_couple: dict[str, list[str]] = {}
        for couple, profile in rows:
            by_couple.setdefault(couple, []).append(profile)
        return [(m[0], m[1]) for m in by_couple.values() if len(m) == 2]

    # The wipe ------------------------------------------------------------------------------------
    def collect(self) -> Collected:
        """Every participant, and every encrypted value that is theirs alone."""
        conn = self.db.conn
        # Everyone but the facilitator: a workshop folder holds no one else (a profile made some
        # other way, say by a partner at Together, goes too, whatever its role column says).
        people = list(conn.execute("SELECT uuid, name, password_record, recovery_record, manifest FROM profile"
                                   " WHERE role IS NOT 'facilitator'"))
        uuids = [p[0] for p in people]
        blobs: list[bytes] = []
        for _u, _n, *records in people:
            blobs += [bytes(r) for r in records if r]
        if uuids:
            marks = ", ".join("?" * len(uuids))
            blobs += [bytes(b) for (b,) in conn.execute(
                f"SELECT body FROM private_item WHERE owner_uuid IN ({marks})", uuids)]
            for key, body in conn.execute(f"SELECT item_key, body FROM shared_item WHERE owner_uuid IN ({marks})"
                                          f" OR couple_uuid IN (SELECT couple_uuid FROM couple_member"
                                          f" WHERE profile_uuid IN ({marks}))", uuids + uuids):
                blobs += [bytes(key), bytes(body)]
            for space, index, sig in conn.execute("SELECT space_key, share_index, share_sig FROM couple_member"
                                                  f" WHERE profile_uuid IN ({marks})", uuids):
                blobs += [bytes(b) for b in (space, index, sig) if b]
            blobs += [bytes(b) for (b,) in conn.execute(
                f"SELECT body FROM legacy_shared WHERE owner_uuid IN ({marks})", uuids)]
        return Collected(uuids, [p[1] for p in people], blobs)

    def remove(self, uuids: list[str]) -> None:
        """Remove these profiles with everything that is theirs, their couples included, in one
        transaction (the group counts stay: they hold no person)."""
        if not uuids:
            return
        marks = ", ".join("?" * len(uuids))
        with self.db.transaction() as conn:
            conn.execute(f"DELETE FROM couple WHERE uuid IN (SELECT couple_uuid FROM couple_member"
                         f" WHERE profile_uuid IN ({marks}))", uuids)
            for table in ("shared_item", "legacy_shared", "private_item"):
                conn.execute(f"DELETE FROM {table} WHERE owner_uuid IN ({marks})", uuids)
            conn.execute(f"DELETE FROM couple_member WHERE profile_uuid IN ({marks})", uuids)
            conn.execute(f"DELETE FROM profile WHERE uuid IN ({marks})", uuids)

    def kept_values(self) -> list[bytes]:
        """Every value that stays in the file (the facilitator's rows, meta, the schema): the
        verification blanks these out before it looks for a participant's name, so a name that
        happens to be part of them ("Anna" in "Annabel") is no false alarm."""
        conn = self.db.conn
        values: list[bytes] = []
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        values += [(sql or "").encode() for (sql,) in conn.execute("SELECT sql FROM sqlite_master")]
        for table in tables:
            values.append(table.encode())
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, (bytes, bytearray, memoryview)):
                        values.append(bytes(value))
                    elif isinstance(value, str):
                        values.append(value.encode("utf-8"))
                    elif value is not None:
                        values.append(str(value).encode())
        return [v for v in values if v]
