"""What a member's sharing is made of, below the couple service: the share index (signed by
its owner, listing their shared copies), the associated data of the couple's keys, and
finding and dropping the shared copies of a private item.

``unlocked`` (saving and deleting a text takes its shared copies with it), ``couple`` and
``profile_format`` all use these; this module imports none of them, so the services
import each other in one direction only (tests/test_layers.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from erfenis_desktop.storage.couples import CoupleRepository, MemberRow, SharedRow
from erfenis_desktop.storage.profiles import Changes
from erfenis_desktop.vault.items import row_digest

from .errors import ProfileError

if TYPE_CHECKING:
    from .unlocked import Unlocked


def _aad(*parts: str) -> bytes:
    return ("erfenis couple v1|" + "|".join(parts)).encode("utf-8")


def space_aad(couple: str, profile: str) -> bytes:
    """Associated data of a member's space key, sealed under their data key."""
    return _aad(couple, profile, "data")


def _digest(row: SharedRow) -> str:
    return row_digest(uuid=row.uuid, couple=row.couple_uuid, owner=row.owner_uuid, kind=row.kind,
                      created_at=row.created_at, source_tag=row.source_tag, item_key=row.item_key, body=row.body)


def _own_index(u: Unlocked, member: MemberRow, manifest: dict[str, Any]) -> dict[str, Any] | None:
    """This member's own share index, if it is signed by them and is the one they last wrote."""
    from erfenis_desktop.vault.errors import DamagedError
    from erfenis_desktop.vault.items import identity_key, open_index

    try:
        index = open_index(identity_key(u._key(), u.profile.uuid), member.share_index, member.share_sig,
                           couple=member.couple_uuid, owner=u.profile.uuid)
    except DamagedError:
        return None
    return index if index["seq"] == manifest["shares"].get(member.couple_uuid) else None


def next_seq(previous: int) -> int:
    """The next sequence number of a share index: one more than the last, and never below the
    time in milliseconds, so an index put back to an older number cannot make later ones
    look old to the partner (who refuses an index older than one already seen)."""
    import time

    return max(previous + 1, int(time.time() * 1000))


def update_own_index(u: Unlocked, manifest: dict[str, Any], changes: Changes, member: MemberRow, *,
                     add: dict[str, list[str]] | None = None, remove: set[str] = frozenset()) -> None:
    """Add to ``changes`` a new, signed share index for ``u`` (and the manifest's record of it).
    When the current index cannot be trusted, start again from nothing: every shared copy of
    this member is withdrawn rather than vouched for."""
    from erfenis_desktop.vault.items import encode_index, sign_index

    couple = member.couple_uuid
    index = _own_index(u, member, manifest)
    if index is None:
        items: dict[str, list[str]] = {}
        gone = {row.uuid for row in CoupleRepository(u._service.db).owned(u.profile.uuid)
                if row.couple_uuid == couple}
        changes.unshared += sorted(gone - set(changes.unshared))
    else:
        items = dict(index["items"])
    seq = next_seq(manifest["shares"].get(couple, 0))
    for uuid in remove:
        items.pop(uuid, None)
    items.update(add or {})
    raw = encode_index(couple=couple, owner=u.profile.uuid, seq=seq, items=items)
    changes.share_index = (couple, raw, sign_index(u._key(), u.profile.uuid, raw))
    manifest["shares"][couple] = seq


def shared_copies(u: Unlocked, source_uuid: str) -> list[str]:
    """The shared copies (their ids) of one of ``u``'s private items: those the owner's own
    signed index lists with this item's keyed tag, and any row whose plain tag says so."""
    from erfenis_desktop.vault.items import source_tag

    repo = CoupleRepository(u._service.db)
    tag = source_tag(u._key(), u.profile.uuid, source_uuid)
    found = {row.uuid for row in repo.shared_by_tag(u.profile.uuid, tag)}
    member = repo.member(u.profile.uuid)
    if member is not None:
        try:
            index = _own_index(u, member, u._load()[0])
        except ProfileError:
            index = None
        if index is not None:
            found |= {uuid for uuid, (_digest, listed) in index["items"].items() if listed == tag}
    return sorted(found)


def drop_shared_copies(u: Unlocked, manifest: dict[str, Any], changes: Changes, copies: list[str]) -> None:
    """Add to ``changes``: the copies go, and the owner's index no longer lists them. A copy
    whose row is already gone is only taken off the list."""
    if not copies:
        return
    repo = CoupleRepository(u._service.db)
    present = {row.uuid for row in repo.owned(u.profile.uuid)}
    changes.unshared += [uuid for uuid in copies if uuid in present and uuid not in changes.unshared]
    member = repo.member(u.profile.uuid)
    if member is not None:
        update_own_index(u, manifest, changes, member, remove=set(copies))
