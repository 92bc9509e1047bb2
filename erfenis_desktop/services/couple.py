"""Two profiles as a couple: a shared space, and sharing by choice.

The couple has a random space key. Each member holds it sealed to their own
X25519 public key until their next unlock, then under their own data key. An
item shared with the partner is copied into ``shared_item`` under a new item
key of its own, sealed with the space key: the partner can read it even while
the owner is locked, and nobody outside the couple can. Each member pins the
partner's public key inside their own encrypted data; a public key swapped in
the database is refused. Unsharing removes the shared copy (the private
original stays private); sharing again makes a new item key.
"""

from __future__ import annotations

import json
import os
import uuid as uuidlib
from dataclasses import dataclass

from erfenis_desktop.storage.couples import CoupleRepository, MemberRow, SharedRow
from erfenis_desktop.storage.database import utc_now

from .unlocked import ProfileError, Unlocked
from .vault import VaultService

PIN = "pin"


def _aad(*parts: str) -> bytes:
    return ("erfenis couple v1|" + "|".join(parts)).encode("utf-8")


def carry_space_key_over(member: MemberRow, old_key: bytes, sealed_private_key: bytes, new_key: bytes) -> bytes:
    """For "Renew protection": the couple's space key, sealed under the new data key."""
    from erfenis_desktop.vault import aead
    from erfenis_desktop.vault.keys import open_private_key, unwrap_with_private_key

    couple, profile = member.couple_uuid, member.profile_uuid
    if member.sealed_with == "public":
        private = open_private_key(old_key, sealed_private_key, profile)
        space = unwrap_with_private_key(member.space_key, private, _aad(couple, profile))
    else:
        space = aead.open_(old_key, member.space_key, _aad(couple, profile, "data"))
    return aead.seal(new_key, space, _aad(couple, profile, "data"))


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
        """A profile's public key as a few words, for the partner to compare on screen."""
        from erfenis_desktop.vault.keys import fingerprint_words

        return fingerprint_words(self.vault.repo.get(profile_uuid).public_key, lang)

    def couple_of(self, profile_uuid: str) -> str | None:
        member = self.repo.member(profile_uuid)
        return member.couple_uuid if member else None

    def partner_of(self, profile_uuid: str) -> str | None:
        couple = self.couple_of(profile_uuid)
        others = [m.profile_uuid for m in self.repo.members(couple)] if couple else []
        return next((p for p in others if p != profile_uuid), None)

    def link(self, a: Unlocked, b: Unlocked) -> str:
        """Both partners unlocked on one screen, each having confirmed the other's words."""
        from erfenis_desktop.vault.keys import open_private_key, public_key_of, wrap_to_public_key

        if a.profile.uuid == b.profile.uuid:
            raise ProfileError("same_profile")
        if self.couple_of(a.profile.uuid) or self.couple_of(b.profile.uuid):
            raise ProfileError("already_linked")
        couple = str(uuidlib.uuid4())
        space = os.urandom(32)
        members = []
        publics = {}
        for u in (a, b):
            row = self.vault.repo.get(u.profile.uuid)
            # The public key from the person's own private key, not from the (editable) table.
            public = public_key_of(open_private_key(u._key(), row.sealed_private_key, u.profile.uuid))
            publics[u.profile.uuid] = public
            members.append((u.profile.uuid, wrap_to_public_key(space, public, _aad(couple, u.profile.uuid)),
                            "public"))
        self.repo.create(couple, members)
        for u, partner in ((a, b), (b, a)):
            u.save_text(PIN, json.dumps({"couple": couple, "partner": partner.profile.uuid,
                                         "public_key": publics[partner.profile.uuid].hex()}))
            self.space_key(u)  # seal under the data key straight away
        return couple

    def _pinned(self, u: Unlocked, couple: str) -> dict | None:
        for text in u.texts(PIN):
            data = json.loads(text.text)
            if data.get("couple") == couple:
                return data
        return None

    def space_key(self, u: Unlocked) -> tuple[str, bytes]:
        """(couple, space key) for an unlocked member; refuses when the partner's key changed."""
        from erfenis_desktop.vault import aead
        from erfenis_desktop.vault.errors import DamagedError
        from erfenis_desktop.vault.keys import open_private_key, unwrap_with_private_key

        member = self.repo.member(u.profile.uuid)
        if member is None:
            raise ProfileError("no_couple")
        couple = member.couple_uuid
        pin = self._pinned(u, couple)
        partner = self.partner_of(u.profile.uuid)
        partner_row = self.vault.repo.get(partner) if partner else None
        if pin is None or partner_row is None or partner_row.public_key.hex() != pin["public_key"]:
            raise ProfileError("partner_key_changed")
        data_aad = _aad(couple, u.profile.uuid, "data")
        try:
            if member.sealed_with == "public":
                row = self.vault.repo.get(u.profile.uuid)
                private = open_private_key(u._key(), row.sealed_private_key, u.profile.uuid)
                space = unwrap_with_private_key(member.space_key, private, _aad(couple, u.profile.uuid))
                self.repo.reseal(couple, u.profile.uuid, aead.seal(u._key(), space, data_aad))
                return couple, space
            return couple, aead.open_(u._key(), member.space_key, data_aad)
        except DamagedError:
            raise ProfileError("damaged") from None

    def state(self, u: Unlocked) -> str:
        """"single", "linked", "changed" (the partner's key is not the pinned one: compare
        the new words together) or "damaged"."""
        try:
            self.space_key(u)
        except ProfileError as exc:
            return {"no_couple": "single", "partner_key_changed": "changed"}.get(exc.code, "damaged")
        return "linked"

    def repin(self, a: Unlocked, b: Unlocked) -> None:
        """Both partners present again after a key changed (one of them renewed their
        protection): each pins the other's current key, taken from their own private key."""
        from erfenis_desktop.vault.keys import open_private_key, public_key_of

        couple = self.couple_of(a.profile.uuid)
        if couple is None or couple != self.couple_of(b.profile.uuid) or a.profile.uuid == b.profile.uuid:
            raise ProfileError("no_couple")
        publics = {}
        for u in (a, b):
            row = self.vault.repo.get(u.profile.uuid)
            public = public_key_of(open_private_key(u._key(), row.sealed_private_key, u.profile.uuid))
            if public != row.public_key:  # the table was changed behind the profile's back
                raise ProfileError("partner_key_changed")
            publics[u.profile.uuid] = public
        for u, partner in ((a, b), (b, a)):
            text = json.dumps({"couple": couple, "partner": partner.profile.uuid,
                               "public_key": publics[partner.profile.uuid].hex()})
            u.save_text(PIN, text, self._pin_uuid(u, couple))
        for u in (a, b):
            self.space_key(u)

    def _pin_uuid(self, u: Unlocked, couple: str) -> str | None:
        for text in u.texts(PIN):
            if json.loads(text.text).get("couple") == couple:
                return text.uuid
        return None

    def unlink(self, u: Unlocked) -> None:
        """Either partner may end it: the space key and every shared copy are destroyed.
        (What the partner has already read stays read; the app says so.)"""
        couple = self.couple_of(u.profile.uuid)
        if couple is None:
            raise ProfileError("no_couple")
        self.repo.delete(couple)
        for text in u.texts(PIN):
            if json.loads(text.text).get("couple") == couple:
                u.delete_text(text.uuid)

    # Sharing ------------------------------------------------------------------------
    def share(self, u: Unlocked, source_uuid: str) -> str:
        """Share one of your private texts with your partner, under a new item key."""
        from erfenis_desktop.vault import aead

        couple, space = self.space_key(u)
        source = u.read_text(source_uuid)
        item = str(uuidlib.uuid4())
        item_key = os.urandom(32)
        self.repo.put_shared(SharedRow(
            item, couple, u.profile.uuid, source_uuid, source.kind,
            utc_now(),
            aead.seal(space, item_key, _aad(couple, item, "item key")),
            aead.seal(item_key, source.text.encode("utf-8"), _aad(couple, item, u.profile.uuid, "body"))))
        return item

    def unshare(self, u: Unlocked, shared_uuid: str) -> None:
        row = self.repo.shared_item(shared_uuid)
        if row is None or row.owner_uuid != u.profile.uuid:
            raise ProfileError("not_yours")
        self.repo.delete_shared(shared_uuid)

    def shared(self, u: Unlocked) -> tuple[list[SharedText], int]:
        """The shared timeline of the couple, by date, and how many shared items are damaged.
        Someone outside the couple gets ``no_couple``: they cannot even see that items exist."""
        from erfenis_desktop.vault import aead
        from erfenis_desktop.vault.errors import DamagedError

        couple, space = self.space_key(u)
        out, damaged = [], 0
        for row in self.repo.shared(couple):
            try:
                item_key = aead.open_(space, row.item_key, _aad(couple, row.uuid, "item key"))
                text = aead.open_(item_key, row.body, _aad(couple, row.uuid, row.owner_uuid, "body")).decode("utf-8")
            except (DamagedError, UnicodeDecodeError):
                damaged += 1
                continue
            out.append(SharedText(row.uuid, row.owner_uuid, row.kind, row.created_at, text, row.source_uuid))
        return out, damaged
