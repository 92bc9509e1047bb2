"""The group_count table: the group picture of a workshop, as counts only.

One row per key ('contributors', 'lean:closer', 'pattern:absent', …), never a row per
person: adding one person's results raises a few counts by one, in one transaction, and
leaves nothing that says whose they were. Who added is kept in that person's own
encrypted items (services/group.py), not here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .database import Database


class RoundChanged(Exception):
    """The picture was reset between reading it and adding to it: nothing was added."""


class GroupRepository:
    def __init__(self, db: Database):
        self.db = db

    def counts(self) -> dict[str, int]:
        """Every count as stored (the round included)."""
        return {key: n for key, n in self.db.conn.execute("SELECT key, n FROM group_count")}

    def round(self) -> int:
        """The round the picture is in now (0 before its first reset)."""
        row = self.db.conn.execute("SELECT n FROM group_count WHERE key = 'round'").fetchone()
        return row[0] if row and isinstance(row[0], int) else 0

    def add(self, increments: Mapping[str, int], expected_round: int, keys: Iterable[str]) -> None:
        """Raise each count by its increment, all in one transaction; refused as a whole
        (``RoundChanged``) when the picture is no longer in ``expected_round``.

        The table is written anew each time: every key of ``keys`` (0 when nobody added to it),
        in a fixed order, after the round. So which rows exist, their order, their rowids and
        even the bytes of the table's pages depend only on the totals, never on who added what
        or in which order (a row first made by the first person to lean one way would say so)."""
        with self.db.transaction() as conn:
            now = {key: n for key, n in conn.execute("SELECT key, n FROM group_count")}
            current = now.get("round", 0)
            if current != expected_round:
                raise RoundChanged()
            counts = {key: (now.get(key, 0) if isinstance(now.get(key, 0), int) else 0) + increments.get(key, 0)
                      for key in sorted(set(keys) | set(increments))}
            conn.execute("DELETE FROM group_count")
            conn.executemany("INSERT INTO group_count(key, n) VALUES (?, ?)",
                             [("round", current)] + sorted(counts.items()))

    def reset(self, new_round: int) -> None:
        """Empty the picture: every count goes, and a new round begins."""
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM group_count")
            conn.execute("INSERT INTO group_count(key, n) VALUES ('round', ?)", (new_round,))

    def role(self, profile_uuid: str) -> str | None:
        """A profile's role (person, facilitator, participant), or None when there is no such profile."""
        row = self.db.conn.execute("SELECT role FROM profile WHERE uuid = ?", (profile_uuid,)).fetchone()
        return row[0] if row else None
