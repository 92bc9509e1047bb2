"""Two profiles as a couple: a shared space, and sharing by choice.

The couple has a random space key, made while both partners sit at the computer,
and each member keeps it sealed under their own data key: nobody without one of
the two data keys can put a key of their own in its place. Each member pins the
partner's identity key (inside their own encrypted data) after both compared the
words on screen. An item shared with the partner is copied into ``shared_item``
under a new item key of its own, sealed with the space key, and listed in its
owner's *share index*, which the owner signs with their identity key. The
partner reads a shared item only when it is in the owner's index, signed by the
pinned key, and the index is not older than one already seen: an item written
by someone else, or put back after it was unshared, is refused. See
docs/security.md, section 5b.
"""

from __future__ import annotations

import json
import os
import uuid as uuidlib
from dataclasses import dataclass
from typing import Any

from erfenis_desktop.domain.jsontext import loads_json
from erfenis_desktop.storage.couples import CoupleRepository, SharedRow
from erfenis_desktop.storage.database import utc_now
from erfenis_desktop.storage.profiles import Changes

from .read_cache import SHARING, kind_area
from .share_index import _aad, _digest, _own_index, space_aad, update_own_index
from .unlocked import ProfileError, Unlocked
from .vault import VaultService

PIN = "pin"
#: What the couple's shared items depend on of a profile's own data: its sharing (shared rows, its
#: signed index, the space key, what it saw of the partner) and the partner's key it pinned.
SHARED_AREAS = frozenset({SHARING, kind_area(PIN)})


@dataclass(frozen=True)
class SharedText:
    uuid: str
    owner_uuid: str
    kind: str
    created_at: str
    text: str
    source_uuid: str = ""  # the owner's private original (only the owner can open it)


class CoupleService:
    def __init__(self, vault: VaultService):
        self.vault = vault
        self.repo = CoupleRepository(vault.db)

    # Who is linked ------------------------------------------------------------------
    def fingerprint(self, profile_uuid: str, lang: str) -> list[str]:
        """A profile's identity key as a few words, for the partner to compare on screen."""
        from erfenis_desktop.vault.keys import IDENTITY_KEY_BYTES, fingerprint_words

        row = self.vault.repo.get(profile_uuid)
        # The column is plain and editable: one of the wrong type or length is no key at all.
        if row is None or not isinstance(row.identity_key, bytes) or len(row.identity_key) != IDENTITY_KEY_BYTES:
            return []
        return fingerprint_words(row.identity_key, lang)

    def couple_of(self, profile_uuid: str) -> str | None:
        member = self.repo.member(profile_uuid)
        return member.couple_uuid if member else None

    def partner_of(self, profile_uuid: str) -> str | None:
        couple = self.couple_of(profile_uuid)
        others = [m.profile_uuid for m in self.repo.members(couple)] if couple else []
        return next((p for p in others if p != profile_uuid), None)

    def _identity(self, u: Unlocked) -> bytes:
        """The identity key from the person's own data key; refused when the table, which the
        words on screen are made from, says otherwise (it was changed behind their back)."""
        from erfenis_desktop.vault.items import identity_key

        public = identity_key(u._key(), u.profile.uuid)
        row = self.vault.repo.get(u.profile.uuid)
        if row is None or row.identity_key != public:
            raise ProfileError("partner_key_changed")
        return public

    def _pin(self, u: Unlocked, manifest: dict, changes: Changes, couple: str, partner: Unlocked,
             identity: bytes) -> None:
        text = json.dumps({"v": 2, "couple": couple, "partner": partner.profile.uuid, "identity": identity.hex()})
        u._put(manifest, changes, PIN, text, self._pin_uuid(u, couple))

    def link(self, a: Unlocked, b: Unlocked) -> str:
        """Both partners unlocked on one screen, each having confirmed the other's words."""
        from erfenis_desktop.vault import aead
        from erfenis_desktop.vault.items import encode_index, sign_index, wipe

        if a.profile.uuid == b.profile.uuid:
            raise ProfileError("same_profile")
        if self.couple_of(a.profile.uuid) or self.couple_of(b.profile.uuid):
            raise ProfileError("already_linked")
        identities = {u.profile.uuid: self._identity(u) for u in (a, b)}
        couple = str(uuidlib.uuid4())
        space = bytearray(os.urandom(32))
        try:
            members = []
            for u in (a, b):
                raw = encode_index(couple=couple, owner=u.profile.uuid, seq=1, items={})
                members.append((u.profile.uuid, aead.seal(u._key(), space, space_aad(couple, u.profile.uuid)),
                                raw, sign_index(u._key(), u.profile.uuid, raw)))
        finally:
            wipe(space)
        self.repo.create(couple, members)
        for u, partner in ((a, b), (b, a)):
            def build(manifest, changes, u=u, partner=partner):
                self._pin(u, manifest, changes, couple, partner, identities[partner.profile.uuid])
                manifest["shares"][couple] = 1
                manifest["seen"][couple] = 1
            u._change(build)
        return couple

    def _pinned(self, u: Unlocked, couple: str) -> dict | None:
        for text in u.readable_texts(PIN)[0]:
            try:
                data = loads_json(text.text)
            except ValueError:
                continue
            if isinstance(data, dict) and data.get("couple") == couple:
                return data
        return None

    def _pin_uuid(self, u: Unlocked, couple: str) -> str | None:
        for text in u.readable_texts(PIN)[0]:
            try:
                if loads_json(text.text).get("couple") == couple:
                    return text.uuid
            except (ValueError, AttributeError):
                continue
        return None

    def _partner_identity(self, u: Unlocked, couple: str) -> bytes:
        """The partner's pinned identity key, when the table still agrees with it."""
        pin = self._pinned(u, couple)
        partner = self.partner_of(u.profile.uuid)
        row = self.vault.repo.get(partner) if partner else None
        try:
            pinned = bytes.fromhex(pin.get("identity") or "") if pin and pin.get("partner") == partner else None
        except (TypeError, ValueError):
            pinned = None
        if pinned is None or row is None or row.identity_key != pinned:
            raise ProfileError("partner_key_changed")
        return pinned

    def space_key(self, u: Unlocked) -> tuple[str, bytes]:
        """(couple, space key) for an unlocked member; refuses when the partner's key is not
        the pinned one (the link must be confirmed again)."""
        from erfenis_desktop.vault import aead
        from erfenis_desktop.vault.errors import DamagedError

        member = self.repo.member(u.profile.uuid)
        if member is None:
            raise ProfileError("no_couple")
        couple = member.couple_uuid
        self._partner_identity(u, couple)
        try:
            return couple, aead.open_into(u._key(), member.space_key, space_aad(couple, u.profile.uuid))
        except DamagedError:
            raise ProfileError("damaged") from None

    def state(self, u: Unlocked) -> str:
        """"single", "linked", "changed" (the link must be confirmed again: sit together and
        compare the words) or "damaged"."""
        try:
            self.space_key(u)
        except ProfileError as exc:
            return {"no_couple": "single", "partner_key_changed": "changed"}.get(exc.code, "damaged")
        return "linked"

    def repin(self, a: Unlocked, b: Unlocked) -> None:
        """Both partners present again after the link needs confirming (a key changed): each
        pins the other's current identity key, taken from their own data key."""
        couple = self.couple_of(a.profile.uuid)
        if couple is None or couple != self.couple_of(b.profile.uuid) or a.profile.uuid == b.profile.uuid:
            raise ProfileError("no_couple")
        identities = {u.profile.uuid: self._identity(u) for u in (a, b)}
        for u, partner in ((a, b), (b, a)):
            def build(manifest, changes, u=u, partner=partner):
                self._pin(u, manifest, changes, couple, partner, identities[partner.profile.uuid])
            u._change(build)
        for u in (a, b):
            self.space_key(u)

    def unlink(self, u: Unlocked) -> None:
        """Either partner may end it: the space key and every shared copy are destroyed.
        (What the partner has already read stays read; the app says so.)"""
        couple = self.couple_of(u.profile.uuid)
        if couple is None:
            raise ProfileError("no_couple")
        self.repo.delete(couple)
        pin = self._pin_uuid(u, couple)

        def build(manifest, changes):
            from erfenis_desktop.vault.items import record_deleted

            if pin is not None:
                changes.deleted_items.append(pin)
                manifest["items"].pop(pin, None)
            manifest["shares"].pop(couple, None)
            manifest["seen"].pop(couple, None)
            record_deleted(manifest, [couple], manifest["seq"] + 1)  # so a file from before cannot bring it back

        u._change(build, compact=True)

    # Sharing ------------------------------------------------------------------------
    def share(self, u: Unlocked, source_uuid: str) -> str:
        """Share one of your private texts with your partner, under a new item key."""
        from erfenis_desktop.vault import aead
        from erfenis_desktop.vault.items import seal_text, source_tag, wipe

        from .profile_format import SHAREABLE_KINDS

        source = u.read_text(source_uuid)
        if source.kind not in SHAREABLE_KINDS:
            raise ProfileError("not_shareable")
        couple, space = self.space_key(u)
        item = str(uuidlib.uuid4())
        item_key = bytearray(os.urandom(32))
        envelope = json.dumps({"source": source_uuid, "text": source.text}, ensure_ascii=False)
        try:
            row = SharedRow(item, couple, u.profile.uuid, source.kind, utc_now(),
                            source_tag(u._key(), u.profile.uuid, source_uuid),
                            aead.seal(space, item_key, _aad(couple, item, "item key")),
                            seal_text(item_key, envelope, _aad(couple, item, u.profile.uuid, "body")))
        finally:
            wipe(item_key)
            wipe(space)
        member = self.repo.member(u.profile.uuid)

        def build(manifest, changes):
            changes.shared.append(row.as_tuple())
            update_own_index(u, manifest, changes, member, add={item: [_digest(row), row.source_tag]})

        u._change(build)
        return item

    def unshare(self, u: Unlocked, shared_uuid: str) -> None:
        """Only the owner stops sharing; the copy leaves the file (and every kept copy)."""
        row = self.repo.shared_item(shared_uuid)
        if row is None or row.owner_uuid != u.profile.uuid:
            raise ProfileError("not_yours")
        member = self.repo.member(u.profile.uuid)

        def build(manifest, changes):
            changes.unshared.append(shared_uuid)
            if member is not None:
                update_own_index(u, manifest, changes, member, remove={shared_uuid})

        u._change(build, compact=True)

    def _indexes(self, u: Unlocked, couple: str) -> dict[str, dict[str, Any] | None]:
        """Each member's share index that can be trusted now (None: none can be): signed by
        the member's own or pinned identity key and not older than one seen before. A newer
        index of the partner is remembered, so it cannot be put back to an older one later."""
        from erfenis_desktop.vault.errors import DamagedError
        from erfenis_desktop.vault.items import open_index

        manifest = u._load()[0]
        out: dict[str, dict[str, Any] | None] = {}
        newer_seen = None
        for member in self.repo.members(couple):
            if member.profile_uuid == u.profile.uuid:
                out[member.profile_uuid] = _own_index(u, member, manifest)
                continue
            try:
                index = open_index(self._partner_identity(u, couple), member.share_index, member.share_sig,
                                   couple=couple, owner=member.profile_uuid)
            except (DamagedError, ProfileError):
                out[member.profile_uuid] = None
                continue
            seen = manifest["seen"].get(couple, 0)
            out[member.profile_uuid] = index if index["seq"] >= seen else None
            if index["seq"] > seen:
                newer_seen = index["seq"]
        if newer_seen is not None:
            def build(manifest, changes):
                manifest["seen"][couple] = max(manifest["seen"].get(couple, 0), newer_seen)
            try:
                u._change(build)
            except Exception:  # noqa: BLE001 - remembering is a safeguard; reading goes on
                import logging

                logging.getLogger("erfenis").warning("could not remember the partner's index", exc_info=True)
        return out

    def revisions(self, u: Unlocked) -> tuple:
        """What a page showing ``u``'s writing and the couple's depends on: ``u``'s revision and
        the partner's (``Unlocked.revision``); equal twice, nothing changed in between."""
        return (u.profile.uuid, u.revision(), *self.partner_revision(u))

    def partner_revision(self, u: Unlocked) -> tuple[str | None, int | None]:
        """The partner's id and the sequence number of their writing (None, None: no partner)."""
        partner = self.partner_of(u.profile.uuid)
        row = self.vault.repo.manifest_seq(partner) if partner else None
        return partner, row[0] if row is not None else None

    def shared(self, u: Unlocked) -> tuple[list[SharedText], int]:
        """The shared timeline of the couple, by date, and how many shared items cannot be
        shown (damaged, or not vouched for by their owner's signed index). Someone outside
        the couple gets ``no_couple``: they cannot even see that items exist. Kept in memory
        with ``u`` while neither partner's writing changes (``Unlocked.kept``), so a page that
        opens again does not decrypt years of sharing again."""
        from erfenis_desktop.vault.items import wipe

        def read():
            couple, space = self.space_key(u)
            try:
                out, damaged = self._open_shared(u, couple, space)
                return tuple(out), damaged
            finally:
                wipe(space)

        out, damaged = u.kept("shared", read, self.partner_revision(u), areas=SHARED_AREAS)
        return list(out), damaged

    def _open_shared(self, u: Unlocked, couple: str, space: bytearray) -> tuple[list[SharedText], int]:
        from erfenis_desktop.vault import aead
        from erfenis_desktop.vault.errors import DamagedError
        from erfenis_desktop.vault.items import open_text, wipe

        indexes = self._indexes(u, couple)
        # Opened before (the very same stored row: its bytes, labels and couple): not decrypted
        # again. Whether its owner's signed index lists it is checked every time.
        opened = u._shared_opened
        out, damaged = [], 0
        for row in self.repo.shared(couple):
            hit = opened.get(row)
            digest = hit[0] if hit is not None else _digest(row)
            index = indexes.get(row.owner_uuid)
            listed = index["items"].get(row.uuid) if index is not None else None
            if listed is None or listed[0] != digest:
                damaged += 1  # forged, put back after unsharing, or its owner's list was rolled back
                continue
            if hit is not None:
                out.append(hit[1])
                continue
            item_key = None
            try:
                item_key = aead.open_into(space, row.item_key, _aad(couple, row.uuid, "item key"))
                envelope = loads_json(open_text(item_key, row.body, _aad(couple, row.uuid, row.owner_uuid, "body")))
                text, source = envelope["text"], envelope["source"]
                if not isinstance(text, str) or not isinstance(source, str):
                    raise ValueError
            except (DamagedError, ValueError, KeyError, TypeError):
                damaged += 1
                continue
            finally:
                wipe(item_key)
            shared = SharedText(row.uuid, row.owner_uuid, row.kind, row.created_at, text, source)
            opened[row] = (digest, shared)
            out.append(shared)
        return out, damaged
