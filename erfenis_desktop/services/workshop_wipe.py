"""The end of a workshop day: "Wipe participants", and the proof that it worked.

The facilitator types their password again. Then every participant profile goes, with
everything that is theirs (private items, couples, shared items, key records, manifests);
the facilitator and their items (programmes) stay, and so do the group counts (they hold no
person). Every copy Erfenis keeps of the folder's database goes (backups/: the daily
backups, copies before an upgrade or a crash repair; an interrupted check), the database is checkpointed and compacted (VACUUM; secure_delete
already zeroed freed pages), a fresh daily backup of the wiped file is made, and then every file in the workshop folder is read back and
searched: for each participant's name (UTF-8, UTF-16 LE and BE) and for a slice of every
encrypted value that was theirs. What was checked and what was found is the report.
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from erfenis_desktop.storage import database
from erfenis_desktop.storage.workshop import WorkshopRepository

from .jobs import Job, Outcome
from .vault import VaultService

#: A name shorter than this (in UTF-8 bytes) also occurs by chance in any binary file, so
#: searching for it proves nothing; the report counts such names apart.
MIN_SEARCHABLE = 3
#: Bytes of each encrypted value searched for (from its middle: random, so distinctive).
SLICE = 32


@dataclass
class WipeReport:
    removed_profiles: int = 0
    removed_copies: int = 0
    compacted: bool = False
    #: (path relative to the workshop folder, size in bytes) of every file read back.
    files: list[tuple[str, int]] = field(default_factory=list)
    names_checked: int = 0
    names_too_short: int = 0
    values_checked: int = 0
    #: (file, "name" or "writing") for everything that was still found; never the name itself.
    found: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.compacted and not self.found


def name_forms(name: str) -> list[bytes]:
    forms = []
    for text in {name, unicodedata.normalize("NFC", name), unicodedata.normalize("NFD", name)}:
        for codec in ("utf-8", "utf-16-le", "utf-16-be"):
            encoded = text.encode(codec)
            if encoded not in forms:
                forms.append(encoded)
    return forms


def value_slice(blob: bytes) -> bytes | None:
    if len(blob) < 16:
        return None
    if len(blob) <= SLICE:
        return blob
    middle = len(blob) // 2
    return blob[middle - SLICE // 2: middle + SLICE // 2]


def _mask(data: bytes, kept: list[bytes]) -> bytes:
    buffer = data
    for value in kept:
        if len(value) >= 2 and value in buffer:
            buffer = buffer.replace(value, b"\0" * len(value))
    return buffer


def verify(folder: Path, names: list[str], blobs: list[bytes], kept: list[bytes], report: WipeReport) -> None:
    """Read every file of ``folder`` back and look for the names and the encrypted values."""
    searchable = [n for n in names if len(n.encode("utf-8")) >= MIN_SEARCHABLE]
    report.names_checked = len(searchable)
    report.names_too_short = len(names) - len(searchable)
    slices = [s for s in (value_slice(b) for b in blobs) if s is not None]
    report.values_checked = len(slices)
    kept = sorted(set(kept), key=len, reverse=True)
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        relative = str(path.relative_to(folder))
        try:
            data = path.read_bytes()
        except OSError:
            report.found.append((relative, "unreadable"))
            continue
        report.files.append((relative, len(data)))
        if any(s in data for s in slices):
            report.found.append((relative, "writing"))
        masked = _mask(data, kept)
        if any(form in masked for name in searchable for form in name_forms(name)):
            report.found.append((relative, "name"))


class WipeService:
    def __init__(self, vault: VaultService):
        self.vault = vault
        self.repo = WorkshopRepository(vault.db)

    def participant_count(self) -> int:
        return len(self.repo.collect().uuids)

    def wipe_job(self, facilitator_uuid: str, password: str) -> Job:
        """Check the facilitator's password (like an unlock: a wrong one counts towards the wait,
        never a lock-out), then wipe and verify. The result is a :class:`WipeReport`."""
        if self.repo.role(facilitator_uuid) != "facilitator":
            from .unlocked import ProfileError

            raise ProfileError("not_facilitator")
        unlock = self.vault.unlock_job(facilitator_uuid, password)

        def commit(outcome: Outcome):
            unlocked, _before = unlock.commit(outcome)
            unlocked.lock()  # only the password check: the wipe needs no key
            return self.wipe()

        return Job(unlock.compute, commit, unlock.discard)

    def wipe(self) -> WipeReport:
        """Remove every participant and verify (no password check here: see ``wipe_job``)."""
        db = self.vault.db
        folder = db.data_dir
        report = WipeReport()
        collected = self.repo.collect()
        self.repo.remove(collected.uuids)
        report.removed_profiles = len(collected.uuids)
        # The day's group picture goes with its people: the next group starts with an empty one.
        from erfenis_desktop.storage.group import GroupRepository

        from .group import empty_picture

        empty_picture(GroupRepository(db))
        from erfenis_desktop.storage import backups

        report.removed_copies = len(database.kept_copies(folder)) + len(backups.leftovers(folder))
        db.forget_copies()  # the daily backups too: they held the participants' rows
        try:
            db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # a no-op in DELETE mode; cheap
        except Exception:
            logging.getLogger("erfenis").warning("checkpoint before the wipe's compaction failed", exc_info=True)
        report.compacted = db.compact()  # forgets the copies again, then VACUUM
        # A fresh daily backup of the wiped file, made before the check so the check reads it too.
        from datetime import datetime

        try:
            backups.make(db.conn, folder, datetime.now())
        except backups.BackupError:
            logging.getLogger("erfenis").warning("no fresh backup after the wipe", exc_info=True)
        verify(folder, collected.names, collected.blobs, self.repo.kept_values(), report)
        return report
