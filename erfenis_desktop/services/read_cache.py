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
