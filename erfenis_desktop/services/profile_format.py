"""A profile's items as a whole: the first manifest, the upgrade of a profile from schema
v4, rebuilding a manifest that no longer opens, and re-encrypting everything for
"Renew protection". Pure work on rows and keys; the caller stores the ``Changes``.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any

from erfenis_desktop.storage.couples import MemberRow, SharedRow
from erfenis_desktop.storage.profiles import Changes, ItemRow, ItemWrite, ProfileRow

from .unlocked import DamagedItem, ProfileError

#: Notices for the person after unlocking (texts in ui/messages.py).
NOTICE_REBUILT = "manifest_rebuilt"
NOTICE_UPGRADED_SHARING = "confirm_link_again"


def sealed_manifest(key, manifest: dict[str, Any], owner: str, key_version: int) -> bytes:
    from erfenis_desktop.vault.items import seal_manifest

    return seal_manifest(key, manifest, owner=owner, key_version=key_version)


def first_manifest(key, owner: str) -> bytes:
    """The manifest of a new profile (sequence number 1, nothing in it yet)."""
    from erfenis_desktop.vault.items import new_manifest

    manifest = new_manifest()
    manifest["seq"] = 1
    return sealed_manifest(key, manifest, owner, 1)


def _where(row: ItemRow, **override) -> dict[str, Any]:
    where = dict(uuid=row.uuid, owner=row.owner_uuid, kind=row.kind, revision=row.revision,
                 key_version=row.key_version, created_at=row.created_at, updated_at=row.updated_at)
    where.update(override)
    return where


def _share_again(key, owner: str, member: MemberRow, legacy: list[tuple], texts: dict[str, tuple[str, str]],
                 changes: Changes, manifest: dict[str, Any]) -> None:
    """Schema v4 kept shared copies that nobody signed; share them again, signed, from the
    private originals (a copy whose original is gone, or of another kind, is dropped)."""
    from erfenis_desktop.vault import aead
    from erfenis_desktop.vault.errors import DamagedError
    from erfenis_desktop.vault.items import encode_index, row_digest, seal_text, sign_index, source_tag, wipe

    from .couple import _aad, space_aad

    changes.legacy_done += [entry[0] for entry in legacy]
    try:
        space = aead.open_(key, member.space_key, space_aad(member.couple_uuid, owner))
    except DamagedError:
        return  # the link itself is damaged; nothing can be shared to it
    couple, items = member.couple_uuid, {}
    for old_uuid, old_couple, source, kind, created in legacy:
        if old_couple != couple or source not in texts or texts[source][0] != kind:
            continue
        uuid, item_key = old_uuid, bytearray(os.urandom(32))
        envelope = json.dumps({"source": source, "text": texts[source][1]}, ensure_ascii=False)
        row = SharedRow(uuid, couple, owner, kind, created, source_tag(key, owner, source),
                        aead.seal(space, item_key, _aad(couple, uuid, "item key")),
                        seal_text(item_key, envelope, _aad(couple, uuid, owner, "body")))
        wipe(item_key)
        changes.shared.append(row.as_tuple())
        items[uuid] = row_digest(uuid=uuid, couple=couple, owner=owner, kind=kind, created_at=created,
                                 source_tag=row.source_tag, item_key=row.item_key, body=row.body)
    raw = encode_index(couple=couple, owner=owner, seq=1, items=items)
    changes.share_index = (couple, raw, sign_index(key, owner, raw))
    manifest["shares"][couple] = 1


def upgrade(row: ProfileRow, key, items: list[ItemRow], member: MemberRow | None,
            legacy: list[tuple]) -> Changes:
    """Schema v4 → v5 for one profile, at its first unlock: every item that opens is
    encrypted again with its kind, revision and dates bound in and listed in a new
    manifest; one that does not open stays as it is (and shows as damaged)."""
    from erfenis_desktop.vault.aead import decrypt_text
    from erfenis_desktop.vault.errors import DamagedError
    from erfenis_desktop.vault.items import identity_key, new_manifest, seal_item

    owner = row.uuid
    manifest, changes, texts = new_manifest(), Changes(owner), {}
    for item in items:
        try:
            text = decrypt_text(key, item.body, record_uuid=item.uuid, owner_uuid=owner, field="body",
                                key_version=item.key_version)
        except DamagedError:
            continue
        body = seal_item(key, text, **_where(item, revision=1, key_version=row.key_version))
        changes.items.append(ItemWrite(item.uuid, item.kind, item.created_at, item.updated_at, row.key_version, 1,
                                       body, expected_revision=item.revision))
        manifest["items"][item.uuid] = [item.kind, 1]
        texts[item.uuid] = (item.kind, text)
    if member is not None:
        _share_again(key, owner, member, legacy, texts, changes, manifest)
    manifest["seq"] = row.manifest_seq + 1
    changes.manifest = (sealed_manifest(key, manifest, owner, row.key_version), row.manifest_seq, manifest["seq"])
    changes.profile = {"identity_key": identity_key(key, owner), "item_format": 2}
    return changes


def rebuild(row: ProfileRow, key, items: list[ItemRow], member: MemberRow | None) -> Changes:
    """A manifest that does not open, or does not match its sequence number (someone put an
    older one back, or damaged it): start a new one from the items that open as they are.
    Items deleted earlier may come back this way, which is why the person is told."""
    from erfenis_desktop.vault.errors import DamagedError
    from erfenis_desktop.vault.items import identity_key, new_manifest, open_index, open_item

    manifest, owner = new_manifest(), row.uuid
    for item in items:
        try:
            open_item(key, item.body, **_where(item))
        except DamagedError:
            continue
        manifest["items"][item.uuid] = [item.kind, item.revision]
    if member is not None:
        try:
            index = open_index(identity_key(key, owner), member.share_index, member.share_sig,
                               couple=member.couple_uuid, owner=owner)
            manifest["shares"][member.couple_uuid] = index["seq"]
        except DamagedError:
            pass  # the next change to the index starts it again from nothing
    manifest["seq"] = row.manifest_seq + 1
    changes = Changes(owner)
    changes.manifest = (sealed_manifest(key, manifest, owner, row.key_version), row.manifest_seq, manifest["seq"])
    return changes


@dataclass
class Renewal:
    changes: Changes
    damaged: list[DamagedItem]


def renew(row: ProfileRow, old_key, new_key, version: int, items: list[ItemRow], member: MemberRow | None,
          own_shared: list[SharedRow]) -> Renewal:
    """Everything of one profile under a new data key (``version`` = the new key version).
    Damaged items are carried past, unchanged, and listed; the couple's space key, the
    share index (signed with the new identity key) and the tags of shared copies move
    along."""
    from erfenis_desktop.vault import aead
    from erfenis_desktop.vault.errors import DamagedError
    from erfenis_desktop.vault.items import (encode_index, identity_key, open_index, open_item, open_manifest,
                                             row_digest, seal_item, sign_index, source_tag)

    from .couple import space_aad

    owner = row.uuid
    try:
        manifest = open_manifest(old_key, row.manifest, owner=owner, key_version=row.key_version)
    except DamagedError:
        raise ProfileError("damaged") from None
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
            space = aead.open_(old_key, member.space_key, space_aad(couple, owner))
        except DamagedError:
            raise ProfileError("link_damaged") from None
        changes.space_key = (couple, aead.seal(new_key, space, space_aad(couple, owner)))
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
            source = sources.get(shared.source_tag)
            digest = row_digest(uuid=shared.uuid, couple=couple, owner=owner, kind=shared.kind,
                                created_at=shared.created_at, source_tag=shared.source_tag,
                                item_key=shared.item_key, body=shared.body)
            if source is None or listed.get(shared.uuid) != digest:
                continue  # not vouched for: withdrawn rather than signed with the new key
            moved = SharedRow(shared.uuid, couple, owner, shared.kind, shared.created_at,
                              source_tag(new_key, owner, source), shared.item_key, shared.body)
            changes.shared.append(moved.as_tuple())
            items_now[moved.uuid] = row_digest(uuid=moved.uuid, couple=couple, owner=owner, kind=moved.kind,
                                               created_at=moved.created_at, source_tag=moved.source_tag,
                                               item_key=moved.item_key, body=moved.body)
        seq = manifest["shares"].get(couple, 0) + 1
        raw = encode_index(couple=couple, owner=owner, seq=seq, items=items_now)
        changes.share_index = (couple, raw, sign_index(new_key, owner, raw))
        manifest["shares"][couple] = seq
    manifest["seq"] = row.manifest_seq + 1
    changes.manifest = (sealed_manifest(new_key, manifest, owner, version), row.manifest_seq, manifest["seq"])
    changes.profile = {"key_version": version, "identity_key": identity_key(new_key, owner)}
    return Renewal(changes, damaged)
