"""A profile's items as a whole: the first manifest, putting a profile in order when its
manifest does not open (the upgrade from schema v4, or a manifest that was damaged or put
back), and re-encrypting everything for "Renew protection". Pure work on rows and keys;
the caller stores the ``Changes``.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any

from erfenis_desktop.storage.couples import MemberRow, SharedRow
from erfenis_desktop.storage.profiles import Changes, ItemRow, ItemWrite, ProfileRow

from .unlocked import DamagedItem, ProfileError

#: Notices for the person after unlocking (texts in ui/common/messages.py).
NOTICE_REBUILT = "manifest_rebuilt"
NOTICE_UPGRADED_SHARING = "confirm_link_again"

#: What may ever be copied to the shared space (never a pin).
#: (A check-in is never shared itself: only a snapshot of a card's progress, made to be shared.)
SHAREABLE_KINDS = ("note", "step1", "pattern_check", "together", "cycle_map", "history", "practice_progress",
                   "generations", "intimacy")

_MAX = 2**62


def sealed_manifest(key, manifest: dict[str, Any], owner: str) -> bytes:
    from erfenis_desktop.vault.items import seal_manifest

    return seal_manifest(key, manifest, owner=owner)


def first_manifest(key, owner: str) -> bytes:
    """The manifest of a new profile (sequence number 1, key version 1, nothing in it yet)."""
    from erfenis_desktop.vault.items import new_manifest

    manifest = new_manifest(1)
    manifest["seq"] = 1
    return sealed_manifest(key, manifest, owner)


def _where(row: ItemRow, **override) -> dict[str, Any]:
    where = dict(uuid=row.uuid, owner=row.owner_uuid, kind=row.kind, revision=row.revision,
                 key_version=row.key_version, created_at=row.created_at, updated_at=row.updated_at)
    where.update(override)
    return where


def _next_manifest_seq(row: ProfileRow) -> int:
    return row.manifest_seq + 1 if 0 <= row.manifest_seq < _MAX else 1


def _share_again(key, owner: str, member: MemberRow, legacy: list[tuple], texts: dict[str, tuple[str, str]],
                 changes: Changes, manifest: dict[str, Any]) -> None:
    """Schema v4 kept shared copies that nobody signed. One is shared again, signed, only when
    it proves itself: its kind may be shared, its private original is there with that kind,
    and the copy itself, opened with the space key, holds exactly the original's text (so the
    partner already had it). Anything else is dropped, never shared on a row's word."""
    from erfenis_desktop.vault import aead
    from erfenis_desktop.vault.errors import DamagedError
    from erfenis_desktop.vault.items import row_digest, seal_text, source_tag, wipe

    from .share_index import _aad, space_aad

    changes.legacy_done += [entry[0] for entry in legacy]
    try:
        space = aead.open_into(key, member.space_key, space_aad(member.couple_uuid, owner))
    except DamagedError:
        return  # the link itself is damaged; nothing can be shared to it
    couple, items = member.couple_uuid, {}
    try:
        for old_uuid, old_couple, source, kind, created, old_item_key, old_body in legacy:
            if (old_couple != couple or kind not in SHAREABLE_KINDS or texts.get(source, ("",))[0] != kind
                    or not isinstance(created, str)):
                continue
            try:
                item_key = aead.open_(space, old_item_key, _aad(couple, old_uuid, "item key"))
                copy = aead.open_(item_key, old_body, _aad(couple, old_uuid, owner, "body")).decode("utf-8")
            except (DamagedError, UnicodeDecodeError, ValueError):
                continue
            if copy != texts[source][1]:
                continue
            new_key = bytearray(os.urandom(32))
            envelope = json.dumps({"source": source, "text": copy}, ensure_ascii=False)
            row = SharedRow(old_uuid, couple, owner, kind, created, source_tag(key, owner, source),
                            aead.seal(space, new_key, _aad(couple, old_uuid, "item key")),
                            seal_text(new_key, envelope, _aad(couple, old_uuid, owner, "body")))
            wipe(new_key)
            changes.shared.append(row.as_tuple())
            items[old_uuid] = [row_digest(uuid=old_uuid, couple=couple, owner=owner, kind=kind, created_at=created,
                                          source_tag=row.source_tag, item_key=row.item_key, body=row.body),
                               row.source_tag]
    finally:
        wipe(space)
    _fresh_index(key, owner, couple, manifest, changes, items)


def _fresh_index(key, owner: str, couple: str, manifest: dict[str, Any], changes: Changes,
                 items: dict[str, list[str]]) -> None:
    from erfenis_desktop.vault.items import encode_index, sign_index

    from .share_index import next_seq

    seq = next_seq(manifest["shares"].get(couple, 0))
    raw = encode_index(couple=couple, owner=owner, seq=seq, items=items)
    changes.share_index = (couple, raw, sign_index(key, owner, raw))
    manifest["shares"][couple] = seq


def restore(row: ProfileRow, key, items: list[ItemRow], member: MemberRow | None, own_shared: list[SharedRow],
            legacy: list[tuple]) -> tuple[Changes, int]:
    """The profile's manifest does not open (a profile from schema v4, or a manifest that was
    damaged or put back): make a new one. Returns (the changes, the key version in force).

    - Every item that opens as it is (format 2) is kept; one in the format of schema v4 is
      encrypted again in format 2; one that opens neither way stays as it is (damaged).
    - Nothing of the old state is taken on trust for the couple: the pins go (the link is
      confirmed again, together), every own shared copy is withdrawn, and the share index
      starts afresh. ``legacy`` copies of schema v4 come back only when they prove
      themselves (:func:`_share_again`).
    """
    from erfenis_desktop.vault.aead import decrypt_text
    from erfenis_desktop.vault.errors import DamagedError
    from erfenis_desktop.vault.items import identity_key, new_manifest, open_item, seal_item

    owner = row.uuid
    current, old_format = [], {}
    for item in items:
        try:
            open_item(key, item.body, **_where(item))
            current.append(item)
            continue
        except DamagedError:
            pass
        try:
            if not 0 <= item.key_version < _MAX:
                raise DamagedError()
            old_format[item.uuid] = decrypt_text(key, item.body, record_uuid=item.uuid, owner_uuid=owner,
                                                 field="body", key_version=item.key_version)
        except (DamagedError, ValueError):
            continue
    versions = [i.key_version for i in current]
    version = max(versions) if versions else (row.key_version if 1 <= row.key_version < _MAX else 1)
    manifest, changes, texts = new_manifest(version), Changes(owner), {}
    for item in current:
        if item.kind == "pin":
            changes.deleted_items.append(item.uuid)
            continue
        manifest["items"][item.uuid] = [item.kind, item.revision]
    for item in items:
        if item.uuid not in old_format:
            continue
        text = old_format[item.uuid]
        if item.kind == "pin":
            changes.deleted_items.append(item.uuid)
            continue
        revision = item.revision + 1 if 0 <= item.revision < _MAX else 1
        body = seal_item(key, text, **_where(item, revision=revision, key_version=version))
        changes.items.append(ItemWrite(item.uuid, item.kind, item.created_at, item.updated_at, version, revision,
                                       body, expected_revision=item.revision))
        manifest["items"][item.uuid] = [item.kind, revision]
        texts[item.uuid] = (item.kind, text)
    if member is not None:
        changes.unshared += [r.uuid for r in own_shared if r.couple_uuid == member.couple_uuid]
        if legacy:
            _share_again(key, owner, member, legacy, texts, changes, manifest)
        else:
            _fresh_index(key, owner, member.couple_uuid, manifest, changes, {})
    else:
        changes.legacy_done += [entry[0] for entry in legacy]
    manifest["seq"] = _next_manifest_seq(row)
    changes.manifest = (sealed_manifest(key, manifest, owner), row.manifest_seq, manifest["seq"])
    changes.profile = {"identity_key": identity_key(key, owner), "item_format": 2, "key_version": version}
    return changes, version


@dataclass
class Renewal:
    changes: Changes
    damaged: list[DamagedItem]
    version: int  # the new key version


def renew(row: ProfileRow, old_key, new_key, items: list[ItemRow], member: MemberRow | None,
          own_shared: list[SharedRow]) -> Renewal:
    """Everything of one profile under a new data key (and key version + 1).
    Damaged items are carried past, unchanged, and listed; the couple's space key, the
    share index (signed with the new identity key) and the tags of shared copies move
    along."""
    from erfenis_desktop.vault import aead
    from erfenis_desktop.vault.errors import DamagedError
    from erfenis_desktop.vault.items import (
        identity_key,
        open_index,
        open_item,
        open_manifest,
        row_digest,
        seal_item,
        source_tag,
    )

    from .share_index import space_aad

    owner = row.uuid
    try:
        manifest = open_manifest(old_key, row.manifest, owner=owner)
    except DamagedError:
        raise ProfileError("damaged") from None
    version = manifest["key_version"] + 1
    changes, damaged, present = Changes(owner), [], set()
    for item in items:
        present.add(item.uuid)
        try:
            if manifest["items"].get(item.uuid) != [item.kind, item.revision]:
                raise DamagedError()
            text = open_item(old_key, item.body, **_where(item))
        except DamagedError:
            damaged.append(DamagedItem(item.uuid, item.kind, item.updated_at, "damaged"))
            continue
        changes.items.append(ItemWrite(item.uuid, item.kind, item.created_at, item.updated_at, version,
                                       item.revision, seal_item(new_key, text, **_where(item, key_version=version)),
                                       expected_revision=item.revision))
    damaged += [DamagedItem(uuid, kind, "", "missing") for uuid, (kind, _r) in manifest["items"].items()
                if uuid not in present]
    if member is not None:
        couple = member.couple_uuid
        try:
            space = aead.open_into(old_key, member.space_key, space_aad(couple, owner))
        except DamagedError:
            raise ProfileError("link_damaged") from None
        changes.space_key = (couple, aead.seal(new_key, space, space_aad(couple, owner)))
        space[:] = bytes(len(space))
        try:
            index = open_index(identity_key(old_key, owner), member.share_index, member.share_sig,
                               couple=couple, owner=owner)
            listed = index["items"] if index["seq"] == manifest["shares"].get(couple) else {}
        except DamagedError:
            listed = {}
        sources = {source_tag(old_key, owner, uuid): uuid for uuid in manifest["items"]}
        items_now = {}
        for shared in own_shared:
            if shared.couple_uuid != couple:
                continue
            changes.unshared.append(shared.uuid)
            digest = row_digest(uuid=shared.uuid, couple=couple, owner=owner, kind=shared.kind,
                                created_at=shared.created_at, source_tag=shared.source_tag,
                                item_key=shared.item_key, body=shared.body)
            entry = listed.get(shared.uuid)
            source = sources.get(entry[1]) if entry is not None and entry[0] == digest else None
            if source is None:
                continue  # not vouched for: withdrawn rather than signed with the new key
            moved = SharedRow(shared.uuid, couple, owner, shared.kind, shared.created_at,
                              source_tag(new_key, owner, source), shared.item_key, shared.body)
            changes.shared.append(moved.as_tuple())
            items_now[moved.uuid] = [row_digest(uuid=moved.uuid, couple=couple, owner=owner, kind=moved.kind,
                                                created_at=moved.created_at, source_tag=moved.source_tag,
                                                item_key=moved.item_key, body=moved.body), moved.source_tag]
        _fresh_index(new_key, owner, couple, manifest, changes, items_now)
    manifest["seq"] = _next_manifest_seq(row)
    manifest["key_version"] = version
    changes.manifest = (sealed_manifest(new_key, manifest, owner), row.manifest_seq, manifest["seq"])
    changes.profile = {"key_version": version, "identity_key": identity_key(new_key, owner)}
    return Renewal(changes, damaged, version)
