"""Take home, or move to another computer: a profile (or both of a couple) as one encrypted
file, and that file brought into another data folder.

The file carries each profile's rows as they are (ciphertext, the manifest and its sequence
number, the recovery record, the couple's rows and the profile's own shared copies) and its
data key, all sealed under a key derived from the file's password (vault/transfer.py). So
the identity key (derived from the data key), the partner's pin, the share index's
signatures and the recovery code all stay valid on the other computer. What belongs to a
computer is made fresh there: the password record (with the file's password, bound to that
computer's extra key when it has one) and the wrong-password count.

Importing merges, and never rolls a profile back:

- a profile that is not there yet is added (under another name when its name is taken);
- the same profile at the same point (same manifest sequence number) adds nothing;
- the same profile, further on in the file, replaces the one here only when it provably is
  the same (the file's data key opens the manifest here) and holds everything the one here
  holds (every item at the same or a later revision) and nothing it deleted (the manifest
  here remembers the ids of what it deleted: items, shared copies, couples it left); the
  password here stays;
- anything else is refused and said: an older file (the profile here is further on), a
  profile here that also changed since (both went on), or another profile with that id.

See docs/take-home-format.md and docs/security.md, section 11.
"""

from __future__ import annotations

import os
import tempfile
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from erfenis_desktop import __version__
from erfenis_desktop.domain.jsontext import loads_json
from erfenis_desktop.storage.couples import MemberRow, SharedRow
from erfenis_desktop.storage.database import utc_now
from erfenis_desktop.storage.profiles import ItemRow
from erfenis_desktop.storage.transfer import (
    CoupleRows,
    ImportRefused,
    ProfileImport,
    ProfileRows,
    gather,
    profile_rows,
    write_import,
)

from .jobs import Job, Outcome
from .unlocked import ProfileError, Unlocked
from .vault import COLOURS, MAX_NAME, VaultService

#: What became of one profile of the file (``ImportedProfile.outcome``).
ADDED, SAME, UPDATED = "added", "same", "updated"
OLDER, DIVERGED, OTHER = "older", "diverged", "other"
REFUSED = (OLDER, DIVERGED, OTHER)


@dataclass(frozen=True)
class ImportedProfile:
    uuid: str
    name: str  # as it is in this data folder now (or as the file calls it, when refused)
    outcome: str
    renamed_from: str | None = None  # the file's name, when that name was taken here
    new_code_at_unlock: bool = False  # a recovery code is made and shown at the first unlock
    linked: bool = False  # in a couple whose partner is here too
    waiting_for_partner: bool = False  # in a couple whose partner has not brought their file here yet
    password_only: bool = False  # added without this computer's extra key (the keyring cannot be used)


@dataclass
class ImportResult:
    profiles: list[ImportedProfile] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any(p.outcome in (ADDED, UPDATED) for p in self.profiles)


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    names: list[str]
    items: int
    shared: int
    linked: bool


def _write_private(path: Path, data: bytes) -> None:
    """The file, whole or not at all: a temporary file beside it (0600), synced, renamed."""
    folder = path.parent
    fd, tmp = tempfile.mkstemp(prefix=".erfenis-", suffix=".part", dir=folder)
    try:
        os.chmod(tmp, 0o600)  # os.chmod, not os.fchmod: the latter is missing on Windows before 3.13
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass


class TransferService:
    def __init__(self, vault: VaultService):
        self.vault = vault

    # Export ------------------------------------------------------------------------------
    def contents(self, people: list[Unlocked]) -> ExportSummary:
        """What a file of ``people`` would hold (for the confirmation before it is written)."""
        items = shared = 0
        linked = False
        for u in people:
            u._load()  # locked, or a manifest that does not open now: said, and no file that cannot be read
            g = gather(self.vault.db, u.profile.uuid)
            if g is None:
                raise ProfileError("not_found")
            items += sum(1 for i in g.items if i.kind != "pin")
            if g.couple is not None:
                linked = True
                shared += len(g.couple.shared)
        return ExportSummary(Path(), [u.profile.name for u in people], items, shared, linked)

    def export_job(self, people: list[Unlocked], path: Path, password: str, *, own_password: bool,
                   current: str | None = None) -> Job:
        """Write ``people``'s work to ``path``. With ``own_password`` (one person only) the file
        gets that person's own password; else ``password`` is a new one for this file, and
        ``current`` is the person's own password. The person's own password is checked first in
        both cases (a wrong one counts, as at unlocking): a profile left open for a moment must
        not let someone else take its data key away under a password of their choosing. The
        result is an ExportSummary."""
        if not people or len({u.profile.uuid for u in people}) != len(people):
            raise ProfileError("not_found")
        if len(people) != 1:
            # One file for two would hold both data keys under one password that both know: with
            # it either partner opens the other's profile on the other computer (its password is
            # the file's) and reads the other's private writing there and here, for as long as the
            # data key lasts. So each person takes their own file, with a password of their own;
            # the link comes back when both have brought theirs in.
            raise ProfileError("own_file_each")
        if not own_password:
            self.vault.check_password(password)
        proof = password if own_password else current
        if not proof:
            raise ProfileError("wrong_password")
        summary = self.contents(people)
        gathered = [gather(self.vault.db, u.profile.uuid) for u in people]
        uuid = people[0].profile.uuid
        keys = [self.vault._copy(u._key()) for u in people]
        try:
            self.vault._password_check(uuid)
        except ProfileError:
            from erfenis_desktop.vault.items import wipe

            for key in keys:
                wipe(key)
            raise
        row = self.vault.repo.get(uuid)
        kdf, resolve = self.vault.kdf, self.vault.device.resolver()
        path = Path(path)

        def compute():
            import hmac

            from erfenis_desktop.vault.items import wipe
            from erfenis_desktop.vault.keys import unlock_with_password
            from erfenis_desktop.vault.transfer import seal_file

            try:
                state = resolve()
                typed = unlock_with_password(proof, uuid, row.password_record, kdf,
                                             self.vault.device.secret_for(row, state))
                try:
                    if not hmac.compare_digest(typed, keys[0]):
                        raise ProfileError("wrong_password")
                finally:
                    wipe(typed)
                payload = self._payload(gathered, keys)
                data = seal_file(payload, password, kdf)
                del payload
                _write_private(path, data)
                return state
            finally:
                for key in keys:
                    wipe(key)

        def commit(outcome: Outcome):
            self.vault._trying.discard(uuid)
            if isinstance(outcome.error, OSError):
                raise ProfileError("transfer_unwritable") from None
            self.vault._raise_for_password_error(outcome.error, uuid)
            self.vault.device.keep(outcome.value)
            return ExportSummary(path, summary.names, summary.items, summary.shared, summary.linked)

        return Job(compute, commit, self.vault._password_discard(uuid))

    def export(self, people: list[Unlocked], path: Path, password: str, *, own_password: bool,
               current: str | None = None) -> ExportSummary:
        return self.export_job(people, path, password, own_password=own_password, current=current).run_here()

    @staticmethod
    def _payload(gathered, keys) -> dict[str, Any]:
        from erfenis_desktop.vault.transfer import PAYLOAD_FORMAT, b64

        profiles, couples = [], {}
        for g, key in zip(gathered, keys):
            p = g.profile
            profiles.append({
                "uuid": p.uuid, "name": p.name, "colour": p.colour, "created_at": p.created_at,
                "key_version": p.key_version, "identity_key": b64(p.identity_key), "manifest": b64(p.manifest),
                "manifest_seq": p.manifest_seq, "role": p.role, "recovery_skipped": int(bool(p.recovery_skipped)),
                "recovery_confirmed": int(bool(p.recovery_confirmed)), "recovery_record": b64(p.recovery_record),
                "data_key": b64(key),
                "items": [{"uuid": i.uuid, "kind": i.kind, "created_at": i.created_at, "updated_at": i.updated_at,
                           "key_version": i.key_version, "revision": i.revision, "body": b64(i.body)}
                          for i in g.items]})
            if g.couple is not None:
                c = couples.setdefault(g.couple.uuid, {"uuid": g.couple.uuid, "created_at": g.couple.created_at,
                                                       "members": [], "shared": []})
                c["members"] += [{"profile_uuid": m.profile_uuid, "space_key": b64(m.space_key),
                                  "share_index": b64(m.share_index), "share_sig": b64(m.share_sig)}
                                 for m in g.couple.members]
                c["shared"] += [{"uuid": s.uuid, "couple_uuid": s.couple_uuid, "owner_uuid": s.owner_uuid,
                                 "kind": s.kind, "created_at": s.created_at, "source_tag": s.source_tag,
                                 "item_key": b64(s.item_key), "body": b64(s.body)} for s in g.couple.shared]
        return {"format": PAYLOAD_FORMAT, "v": 1, "made_at": utc_now(), "app_version": __version__,
                "profiles": profiles, "couples": list(couples.values())}

    # Import ------------------------------------------------------------------------------
    def import_job(self, path: Path, password: str) -> Job:
        """Bring a take-home file into this data folder. The result is an ImportResult; a file
        that cannot be used raises ProfileError: ``transfer_foreign``, ``transfer_damaged``,
        ``transfer_too_new``, ``transfer_unreadable`` or ``wrong_password`` (no count, no
        wait: a file has no profile here to guard yet)."""
        kdf, resolve = self.vault.kdf, self.vault.device.resolver()
        path = Path(path)

        def compute():
            from erfenis_desktop.vault.keys import rewrap_for_new_password
            from erfenis_desktop.vault.transfer import MAX_FILE, open_file, unb64

            try:
                with path.open("rb") as fh:
                    raw = fh.read(MAX_FILE + 1)
            except OSError:
                raise ProfileError("transfer_unreadable") from None
            payload = open_file(raw, password, kdf)
            del raw
            self._check_keys(payload)
            state = resolve()
            records = {}
            for p in payload["profiles"]:
                key = bytearray(unb64(p["data_key"]))
                try:
                    records[p["uuid"]] = rewrap_for_new_password(key, password, p["uuid"], kdf, state.secret)
                finally:
                    key[:] = bytes(len(key))
            return payload, state, records

        def commit(outcome: Outcome):
            from erfenis_desktop.vault.transfer import TransferError

            if isinstance(outcome.error, TransferError):
                code = outcome.error.code
                raise ProfileError(code if code == "wrong_password" else f"transfer_{code}") from None
            if outcome.error is not None:
                raise outcome.error
            payload, state, records = outcome.value
            self.vault.device.keep(state)
            return self._merge(payload, records, self.vault.device.check_of(state))

        return Job(compute, commit)

    def import_file(self, path: Path, password: str) -> ImportResult:
        return self.import_job(path, password).run_here()

    @staticmethod
    def _check_keys(payload: dict[str, Any]) -> None:
        """Each profile's data key really is its key: it opens the profile's manifest at the
        file's sequence number and gives the file's identity key. (The file is authenticated
        as a whole; this keeps a file made by anyone who knows its password from bringing in
        rows that no key of theirs opens.)"""
        from erfenis_desktop.vault.errors import DamagedError
        from erfenis_desktop.vault.items import identity_key, open_manifest
        from erfenis_desktop.vault.transfer import TransferError, unb64

        for p in payload["profiles"]:
            key = bytearray(unb64(p["data_key"]))
            try:
                manifest = open_manifest(key, unb64(p["manifest"]), owner=p["uuid"])
                if (manifest["seq"] != p["manifest_seq"] or manifest["key_version"] != p["key_version"]
                        or identity_key(key, p["uuid"]) != unb64(p["identity_key"])):
                    raise DamagedError()
            except (DamagedError, ValueError):
                raise TransferError("damaged") from None
            finally:
                key[:] = bytes(len(key))

    def _free_name(self, name: str, taken_by: set[str]) -> str:
        """The file's name, or the first of "name (2)", "name (3)" … that is free here."""
        from erfenis_desktop.domain import names

        def free(candidate: str) -> bool:
            try:
                cleaned = self.vault.clean_name(candidate)
            except ProfileError:
                return False
            return not any(names.looks_the_same(cleaned, other) for other in taken_by)

        try:
            base = names.clean(name)
        except names.NameRefused:
            base = "?"
        if free(base):
            return base
        for n in range(2, 1000):
            suffix = f" ({n})"
            candidate = base[:MAX_NAME - len(suffix)] + suffix
            if free(candidate):
                return candidate
        raise ProfileError("name_taken")

    def _merge(self, payload: dict[str, Any], records: dict[str, bytes], device_check: str | None) -> ImportResult:
        from erfenis_desktop.storage.workshop import WorkshopRepository
        from erfenis_desktop.vault.errors import DamagedError
        from erfenis_desktop.vault.items import open_manifest
        from erfenis_desktop.vault.transfer import unb64

        db = self.vault.db
        # Brought back to a workshop (a programme over several meetings), a profile is a participant
        # there, removed by the wipe at the end of the day like every other; anywhere else it is a
        # person's own profile (a workshop folder never holds one, and a personal folder no
        # participant).
        workshop = WorkshopRepository(db).is_workshop()
        writes: list[ProfileImport] = []
        outcomes: list[ImportedProfile] = []
        new_names: set[str] = set()
        for p in payload["profiles"]:
            uuid = p["uuid"]
            items = [ItemRow(i["uuid"], uuid, i["kind"], i["created_at"], i["updated_at"], i["key_version"],
                             i["revision"], unb64(i["body"])) for i in p["items"]]
            skipped = bool(p["recovery_skipped"])
            here = profile_rows(db, uuid)
            rows = ProfileRows(
                uuid=uuid, name=p["name"], colour=p["colour"] if p["colour"] in COLOURS else COLOURS[0],
                created_at=p["created_at"], key_version=p["key_version"], identity_key=unb64(p["identity_key"]),
                manifest=unb64(p["manifest"]), manifest_seq=p["manifest_seq"],
                role="participant" if workshop else "person",
                # A code that was skipped (or never confirmed as kept) is replaced by a new one,
                # shown at the first unlock outside a workshop; a kept one goes on working (its
                # record is not bound to a computer).
                recovery_skipped=int(skipped and workshop),
                recovery_confirmed=0 if skipped else p["recovery_confirmed"],
                recovery_record=unb64(p["recovery_record"]), password_record=records[uuid],
                device_check=device_check)
            if here is None:
                name = self._free_name(p["name"], new_names)
                new_names.add(name)
                rows = replace(rows, name=name)
                writes.append(ProfileImport(rows, items))
                outcomes.append(ImportedProfile(uuid, name, ADDED, p["name"] if name != p["name"] else None,
                                                not rows.recovery_confirmed, password_only=device_check is None))
                continue
            key = bytearray(unb64(p["data_key"]))
            try:
                mine = open_manifest(key, here.manifest, owner=uuid)
                same = mine["seq"] == here.manifest_seq
            except DamagedError:
                same = False
            finally:
                key[:] = bytes(len(key))
            if not same:
                outcomes.append(ImportedProfile(uuid, here.name, OTHER))
                continue
            theirs = self._manifest_of(p)
            if here.manifest_seq == p["manifest_seq"]:
                # The same point, unless both went on from an earlier one to the same number.
                outcomes.append(ImportedProfile(uuid, here.name, SAME if mine == theirs else DIVERGED))
            elif here.manifest_seq > p["manifest_seq"]:
                outcomes.append(ImportedProfile(uuid, here.name, OLDER))
            else:
                if not all(uuid_ in theirs["items"] and theirs["items"][uuid_][1] >= rev
                           for uuid_, (_kind, rev) in mine["items"].items()) \
                        or not self._same_where_same_revision(uuid, mine, theirs, items, p["data_key"]) \
                        or not self._shares_went_on(uuid, mine, theirs, payload) \
                        or self._deleted_here(uuid, mine, theirs, payload):
                    outcomes.append(ImportedProfile(uuid, here.name, DIVERGED))
                    continue
                rows = replace(rows, name=here.name, colour=here.colour)
                writes.append(ProfileImport(rows, items, expected_seq=here.manifest_seq))
                outcomes.append(ImportedProfile(uuid, here.name, UPDATED))
        written = {w.profile.uuid for w in writes}
        by_uuid = {p["uuid"]: p for p in payload["profiles"]}
        couples = []
        for c in payload["couples"]:
            joining = {m["profile_uuid"] for m in c["members"]
                       if m["profile_uuid"] in written and self._may_join(c, m, by_uuid[m["profile_uuid"]], written)}
            couples.append(CoupleRows(
                c["uuid"], c["created_at"],
                [MemberRow(c["uuid"], m["profile_uuid"], unb64(m["space_key"]),
                           unb64(m["share_index"]) if m["share_index"] is not None else None,
                           unb64(m["share_sig"]) if m["share_sig"] is not None else None)
                 for m in c["members"] if m["profile_uuid"] in joining],
                # Only the shared copies of a member of this very couple who goes in now.
                [SharedRow(s["uuid"], s["couple_uuid"], s["owner_uuid"], s["kind"], s["created_at"],
                           s["source_tag"], unb64(s["item_key"]), unb64(s["body"]))
                 for s in c["shared"] if s["owner_uuid"] in joining]))
        if writes:
            try:
                write_import(db, writes, couples)
            except ImportRefused as refused:
                raise ProfileError("transfer_" + refused.reason) from None
            if any(w.expected_seq is not None for w in writes):
                db.compact()  # what the replaced rows held leaves the file (and every kept copy)
        final = []
        from erfenis_desktop.storage.couples import CoupleRepository

        couples_here = CoupleRepository(db)
        for o in outcomes:
            member = couples_here.member(o.uuid) if o.outcome in (ADDED, UPDATED, SAME) else None
            linked = member is not None and len(couples_here.members(member.couple_uuid)) == 2
            final.append(ImportedProfile(o.uuid, o.name, o.outcome, o.renamed_from, o.new_code_at_unlock, linked,
                                         member is not None and not linked, o.password_only))
        return ImportResult(final)

    def _shares_went_on(self, uuid: str, mine: dict[str, Any], theirs: dict[str, Any],
                        payload: dict[str, Any]) -> bool:
        """Whether the file's sharing is the one here or later: for every couple here, the file's
        own share index is at the same or a higher number (at the same number, the very same
        index), and it has read the partner's at least as far. A text taken back here is a
        change the file does not hold, even when the file holds every private item here: taking
        the file would put that text in front of the partner again (the file's index, signed by
        the person, lists it at a number the partner has not seen beyond)."""
        from erfenis_desktop.storage.couples import CoupleRepository
        from erfenis_desktop.vault.transfer import unb64

        if any(theirs["seen"].get(c, -1) < seq for c, seq in mine["seen"].items()):
            return False
        if any(theirs["shares"].get(c, -1) < seq for c, seq in mine["shares"].items()):
            return False
        member = CoupleRepository(self.vault.db).member(uuid)
        if member is None or mine["shares"].get(member.couple_uuid) != theirs["shares"].get(member.couple_uuid):
            return True
        in_file = [m["share_index"] for c in payload["couples"] if c["uuid"] == member.couple_uuid
                   for m in c["members"] if m["profile_uuid"] == uuid]
        return bool(in_file) and in_file[0] is not None and unb64(in_file[0]) == member.share_index

    def _deleted_here(self, uuid: str, mine: dict[str, Any], theirs: dict[str, Any],
                      payload: dict[str, Any]) -> bool:
        """Whether the file holds something this profile deleted here: an item, a shared copy,
        or a couple it left (its manifest remembers their ids, ``"deleted"``). The file is then
        not simply further on: it went on from before that deletion, and taking it would bring
        back what the person deleted (both went on). When the manifest here has forgotten older
        deletions (``"deleted_before"``), anything in the file that is not here cannot be told
        from a deletion here, so it counts as one. A manifest without the list (written before
        it existed, or rebuilt) knows of no deletion."""
        from erfenis_desktop.storage.couples import CoupleRepository

        deleted = mine.get("deleted", {})
        couples = [c for c in payload["couples"] if any(m["profile_uuid"] == uuid for m in c["members"])]
        items = set(theirs["items"])
        shared = {s["uuid"] for c in couples for s in c["shared"] if s["owner_uuid"] == uuid}
        left = {c["uuid"] for c in couples} | set(theirs["shares"]) | set(theirs["seen"])
        if any(i in deleted for i in items | shared | left):
            return True
        if "deleted_before" in mine and not self._knows_deletions_here(mine, theirs):
            here_shared = {row.uuid for row in CoupleRepository(self.vault.db).owned(uuid)}
            return bool(items - set(mine["items"]) or shared - here_shared)
        return False

    @staticmethod
    def _knows_deletions_here(mine: dict[str, Any], theirs: dict[str, Any]) -> bool:
        """Whether the file's profile went on from after the newest deletion here, so that no
        deletion here, not even one the manifest here has forgotten, can be in it: the file's
        list remembers, with the very same sequence number, every deletion here that it has not
        forgotten itself, and the newest one here among them. (A file taken along after the
        deletions inherited the list and only forgets its oldest; a file from before the newest
        deletion here does not hold it at its number.) Without this, past ``MAX_DELETED`` a
        person's own further-on file, holding something written there, was refused for good."""
        deleted, their_deleted = mine.get("deleted", {}), theirs.get("deleted", {})
        before = theirs.get("deleted_before", -1)
        return (max(deleted.values(), default=-1) > before
                and all(their_deleted.get(uuid_) == seq for uuid_, seq in deleted.items() if seq > before))

    def _same_where_same_revision(self, uuid: str, mine: dict[str, Any], theirs: dict[str, Any],
                                  items: list[ItemRow], data_key: str) -> bool:
        """Whether every item here that the file holds at the very same revision is the very
        same (its bytes: a revision is never written twice with other words on one line of
        history). An item changed here and there once each has the same revision number with
        other words: taking the file would silently lose what was written here (both went on).
        An item here that does not open (damaged) is no writing to lose: the file may mend it."""
        from erfenis_desktop.vault.errors import DamagedError
        from erfenis_desktop.vault.items import open_item, wipe
        from erfenis_desktop.vault.transfer import unb64

        in_file = {i.uuid: i.body for i in items}
        differ = [row for row in self.vault.repo.items(uuid)
                  if mine["items"].get(row.uuid) == [row.kind, row.revision]
                  and theirs["items"].get(row.uuid, [None, -1])[1] == row.revision
                  and in_file.get(row.uuid) != row.body]
        if not differ:
            return True
        key = bytearray(unb64(data_key))
        try:
            for row in differ:
                try:
                    open_item(key, row.body, uuid=row.uuid, owner=uuid, kind=row.kind, revision=row.revision,
                              key_version=row.key_version, created_at=row.created_at, updated_at=row.updated_at)
                except (DamagedError, ValueError):
                    continue
                return False
            return True
        finally:
            wipe(key)

    def _may_join(self, couple: dict[str, Any], member: dict[str, Any], profile: dict[str, Any],
                  written: set[str]) -> bool:
        """Whether a member row of the file may go into a couple that is here already with a
        partner in it (one whose own file came earlier). Only for the partner that profile
        linked with: its own pin (opened with its key from the file, at the revision its
        manifest names) names that partner and their identity key here, and its space key
        opens what that partner shared here, when they shared anything. Else someone who
        learned a couple's id (it is plain in the data folder) could take the seat of a
        partner who has not brought their file yet: that partner's own file would then be
        refused for good, and the person here asked to confirm the link again, with them.
        Refused, the profile comes in on its own (not linked)."""
        from erfenis_desktop.storage.couples import CoupleRepository
        from erfenis_desktop.vault import aead
        from erfenis_desktop.vault.errors import DamagedError
        from erfenis_desktop.vault.items import open_item, open_manifest, wipe
        from erfenis_desktop.vault.transfer import unb64

        from .couple import PIN, _aad, space_aad

        db, couple_uuid, joiner = self.vault.db, couple["uuid"], member["profile_uuid"]
        repo = CoupleRepository(db)
        seated = [m.profile_uuid for m in repo.members(couple_uuid)]
        if joiner in seated:
            return True  # its own seat already (a profile brought up to date, proven by its key)
        here = [uuid for uuid in seated if uuid not in written]
        if not here:
            return True  # a couple new here, or both of it in this file
        key = bytearray(unb64(profile["data_key"]))
        try:
            manifest = open_manifest(key, unb64(profile["manifest"]), owner=joiner)
            pins = []
            for item in profile["items"]:
                if item["kind"] != PIN or manifest["items"].get(item["uuid"]) != [PIN, item["revision"]]:
                    continue
                try:
                    pins.append(loads_json(open_item(
                        key, unb64(item["body"]), uuid=item["uuid"], owner=joiner, kind=PIN,
                        revision=item["revision"], key_version=item["key_version"],
                        created_at=item["created_at"], updated_at=item["updated_at"])))
                except (DamagedError, ValueError):
                    continue
            space = aead.open_into(key, unb64(member["space_key"]), space_aad(couple_uuid, joiner))
        except DamagedError:
            return False
        finally:
            wipe(key)
        try:
            if len(space) != 32:
                return False
            for partner in here:
                row = profile_rows(db, partner)
                if row is None or row.identity_key is None or not any(
                        isinstance(pin, dict) and pin.get("couple") == couple_uuid and pin.get("partner") == partner
                        and pin.get("identity") == row.identity_key.hex() for pin in pins):
                    return False
                theirs = [s for s in repo.shared(couple_uuid) if s.owner_uuid == partner]
                if theirs and not any(self._opens(space, s.item_key, _aad(couple_uuid, s.uuid, "item key"))
                                      for s in theirs):
                    return False
            return True
        finally:
            wipe(space)

    @staticmethod
    def _opens(key: bytearray, blob: bytes, aad: bytes) -> bool:
        from erfenis_desktop.vault import aead
        from erfenis_desktop.vault.errors import DamagedError
        from erfenis_desktop.vault.items import wipe

        try:
            wipe(aead.open_into(key, blob, aad))
            return True
        except DamagedError:
            return False

    @staticmethod
    def _manifest_of(p: dict[str, Any]) -> dict[str, Any]:
        from erfenis_desktop.vault.items import open_manifest
        from erfenis_desktop.vault.transfer import unb64

        key = bytearray(unb64(p["data_key"]))
        try:
            return open_manifest(key, unb64(p["manifest"]), owner=p["uuid"])
        finally:
            key[:] = bytes(len(key))


def same_password(a: str, b: str) -> bool:
    return unicodedata.normalize("NFC", a) == unicodedata.normalize("NFC", b)
