"""What an unlocked profile keeps in memory between reads, carried past its own writes.

An unlocked profile keeps its stored rows (encrypted, as read) and a few things made from them
(``Unlocked.kept``) until the file changes. When the change is one this profile made itself,
through ``Unlocked._change``, and nobody else wrote meanwhile, it is known exactly what changed:
the rows written and deleted are put into the kept rows, and whatever was made from parts of the
profile that the change did not touch stays kept. A page opened after a note was written then
reads the note, not five years of check-ins and sharing again.

An *area* is a part of a profile's data that something kept depends on: ``kind:<kind>`` for its
private items of one kind (their rows and their lines in the manifest), ``sharing`` for anything
the couple's shared timeline depends on (shared rows, share index, space key, what was seen of
the partner). When in doubt a change touches everything (``None``): a renewal, new key records,
a manifest line that changed without its row.
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Callable, Iterable
from typing import Any

from erfenis_desktop.storage.profiles import Changes, ItemRow

SHARING = "sharing"


def kind_area(kind: str) -> str:
    return "kind:" + kind


def touched_by(changes: Changes, before: dict[str, Any], after: dict[str, Any]) -> frozenset[str] | None:
    """The areas ``changes`` touches, with ``before`` the manifest as stored and ``after`` as it
    will be stored; None when it may touch anything."""
    if changes.profile or changes.legacy_done:
        return None
    old, new = before["items"], after["items"]
    written = {w.uuid for w in changes.items}
    areas = {kind_area(w.kind) for w in changes.items}
    for uuid in written | set(changes.deleted_items):
        if uuid in old:
            areas.add(kind_area(old[uuid][0]))
        elif uuid not in written:
            return None  # deleting what the manifest does not list: of a kind unknown here
    if {uuid for uuid in old.keys() | new.keys() if old.get(uuid) != new.get(uuid)} - written \
            - set(changes.deleted_items):
        return None  # a line of the manifest changed without its row
    rest = (before.keys() | after.keys()) - {"items", "seq"}
    if any(before.get(k) != after.get(k) for k in rest - {"shares", "seen"}):
        return None
    if changes.shared or changes.unshared or changes.share_index is not None or changes.space_key is not None \
            or any(before.get(k) != after.get(k) for k in ("shares", "seen")):
        areas.add(SHARING)
    return frozenset(areas)


def rows_after(rows: dict[str | None, list[ItemRow]], owner: str,
               changes: Changes) -> dict[str | None, list[ItemRow]] | None:
    """The kept rows (by kind; None: every kind) as they are after ``changes`` was stored, in the
    order the file gives them (oldest first, then by id); None when that order cannot be kept."""
    gone = set(changes.deleted_items) | {w.uuid for w in changes.items}
    written = [ItemRow(w.uuid, owner, w.kind, w.created_at, w.updated_at, w.key_version, w.revision, w.body)
               for w in changes.items]
    out: dict[str | None, list[ItemRow]] = {}
    for kind, listed in rows.items():
        kept = [row for row in listed if row.uuid not in gone]
        mine = [row for row in written if kind is None or row.kind == kind]
        if mine:
            if not all(isinstance(r.created_at, str) and isinstance(r.uuid, str) for r in kept) \
                    or any(_order(a) > _order(b) for a, b in zip(kept, kept[1:], strict=False)):
                return None  # rows the file orders otherwise (changed elsewhere to other types)
            for row in mine:
                insort(kept, row, key=_order)
        out[kind] = kept
    return out


def _order(row: ItemRow) -> tuple[str, str]:
    return row.created_at, row.uuid


class KeptInMemory:
    """What ``Unlocked`` keeps in memory, and how it is carried past the profile's own writes.
    Uses the profile's ``revision()``, ``profile`` and its fields ``_kept``, ``_each`` and
    ``_rows_seen`` (services/unlocked.py); all of it is dropped at the lock."""

    def kept(self, name: str, make: Callable[[], Any], depends: Any = None,
             areas: frozenset[str] | None = None) -> Any:
        """``make()``, kept in memory with this profile (never on disk) until its writing changes
        (or ``depends``, say the partner's revision), and dropped at the lock. What is kept must
        not be changed by whoever gets it (frozen objects, or copies). With ``areas`` (see
        services/read_cache.py), what ``make`` reads: a change this profile makes itself that
        touches none of them leaves it kept."""
        version = (self.revision(), depends)
        hit = self._kept.get(name)
        if hit is not None and hit[0] == version:
            return hit[1]
        value = make()
        # As it stands after ``make`` (which may itself have written: noting a newer index seen),
        # unless another program wrote meanwhile (``data_version``): what ``make`` read may be
        # older than that revision, so it is not kept under it.
        after = self.revision()
        if after[2] == version[0][2]:
            self._kept[name] = ((after, depends), value, areas)
        return value

    def kept_each(self, name: str, items: Iterable[Any], make: Callable[[Any], Any]) -> list[Any]:
        """``make(item)`` for each of ``items``, kept per item while this profile is unlocked: an
        item handed out again (the very object: ``_open`` hands out one per stored row while the
        row stays as it was) is not made again. Only the items of the last call are kept."""
        before: dict[int, tuple[Any, Any]] = self._each.get(name, {})
        now: dict[int, tuple[Any, Any]] = {}
        out = []
        for item in items:
            hit = before.get(id(item))
            value = hit[1] if hit is not None and hit[0] is item else make(item)
            now[id(item)] = (item, value)  # the item itself is held: its id cannot be reused meanwhile
            out.append(value)
        self._each[name] = now
        return out

    def _carry(self, before: tuple, changes: Changes, stored: dict[str, Any], written: dict[str, Any]) -> None:
        """After this profile's own change (``changes``, the manifest from ``stored`` to ``written``)
        was stored at revision ``before``: what is kept of before is carried to the revision of
        now, the kept rows with the change put in, unless someone else wrote meanwhile."""
        after = self.revision()
        if after[0] != before[0] + 1 or after[2] != before[2]:
            return  # another change came in between: everything is read again
        touched = touched_by(changes, stored, written)
        for name, (version, value, areas) in list(self._kept.items()):
            if version[0] == before and areas is not None and touched is not None and not areas & touched:
                self._kept[name] = ((after, version[1]), value, areas)
        seen = self._rows_seen
        if seen is not None and seen[0] == before and touched is not None:
            rows = rows_after(seen[1], self.profile.uuid, changes)
            self._rows_seen = (after, rows) if rows is not None else None
