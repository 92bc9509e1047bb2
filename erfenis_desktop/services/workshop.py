"""Workshop mode: a folder of its own, a facilitator, participants who join quickly, and
whose turn it is at the one laptop. The wipe at the end of the day is in workshop_wipe.py.

The facilitator is a normal profile with role ``facilitator``: its data key is its own, and
nothing of a participant is ever sealed to it, so it can open nobody's writing
(tests/test_workshop_keys.py). Participants are normal profiles with role ``participant``;
they may skip the recovery code for the day (``recovery_skipped``): the code stays
unconfirmed, so Erfenis shows them a new one at their first unlock outside a workshop
(after taking their work home), never during the workshop.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from erfenis_desktop.storage.workshop import WorkshopRepository

from .jobs import Job, Outcome
from .unlocked import Profile, ProfileError
from .vault import VaultService

#: The workshop folder lives next to the personal one: ``Erfenis`` → ``Erfenis-workshop``.
FOLDER_SUFFIX = "-workshop"
MAX_WORKSHOP_NAME = 80


def workshop_dir(personal: Path) -> Path:
    """The workshop folder that belongs with a personal data folder (a sibling, never inside it)."""
    return personal.with_name(personal.name + FOLDER_SUFFIX)


@dataclass(frozen=True)
class Group:
    """Who sits at the laptop together: one participant, or a linked couple (two)."""

    people: tuple[Profile, ...]

    @property
    def uuids(self) -> tuple[str, ...]:
        return tuple(p.uuid for p in self.people)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.people)


class WorkshopService:
    def __init__(self, vault: VaultService):
        self.vault = vault
        self.repo = WorkshopRepository(vault.db)
        #: Whose turn it is at the laptop (profile ids; chosen at the hand-over), in memory only.
        self.turn: tuple[str, ...] = ()
        #: Left out of every list while the laptop is handed over (the person who just left).
        self.hidden: frozenset[str] = frozenset()

    # The folder ------------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        """False once the app has closed this folder's database (a switch of folders under way)."""
        return self.repo.is_open()

    @property
    def is_workshop(self) -> bool:
        return self.repo.is_workshop()

    def mark_workshop(self) -> None:
        if not self.repo.is_workshop():
            self.repo.mark_workshop()

    def has_personal_profiles(self) -> bool:
        """Profiles of someone's own Erfenis: such a folder never becomes a workshop."""
        return any(r.role == "person" for r in self.repo.roles())

    def info(self) -> tuple[str, str]:
        """(workshop name, ISO date) as the facilitator set them; "" before."""
        return self.repo.info()

    @property
    def needs_setup(self) -> bool:
        """A new workshop folder: no facilitator yet."""
        return self.facilitator() is None

    @staticmethod
    def clean_workshop_name(name: str) -> str:
        from erfenis_desktop.domain import names

        try:
            name = names.clean(name)
        except names.NameRefused as refused:
            raise ProfileError(f"name_{refused.reason}") from None
        if len(name) > MAX_WORKSHOP_NAME:
            raise ProfileError("name_too_long", limit=MAX_WORKSHOP_NAME)
        return name

    # Who is who ---------------------------------------------------------------------------------
    def role(self, profile_uuid: str) -> str | None:
        return self.repo.role(profile_uuid)

    def is_facilitator(self, profile_uuid: str) -> bool:
        return self.repo.role(profile_uuid) == "facilitator"

    def is_participant(self, profile_uuid: str) -> bool:
        """Everyone in a workshop but its facilitator."""
        return self.repo.role(profile_uuid) not in (None, "facilitator")

    def adopt(self, profile_uuid: str) -> None:
        """A profile made in the workshop outside "Join" (a partner making theirs at Together)
        is a participant too: listed, handed over, wiped."""
        if self.repo.role(profile_uuid) == "person":
            self.repo.adopt(profile_uuid)

    def skips_code(self, profile_uuid: str) -> bool:
        """A participant who skipped the recovery code: no new code at an unlock in the workshop."""
        return any(r.uuid == profile_uuid and r.role == "participant" and r.recovery_skipped
                   for r in self.repo.roles())

    def facilitator(self) -> Profile | None:
        ids = [r.uuid for r in self.repo.roles() if r.role == "facilitator"]
        return self.vault.profile(ids[0]) if ids else None

    def participants(self) -> list[Profile]:
        ids = {r.uuid for r in self.repo.roles() if r.role != "facilitator"}
        return [p for p in self.vault.profiles() if p.uuid in ids]

    def groups(self, exclude: set[str] | frozenset[str] = frozenset()) -> list[Group]:
        """The participants as the picker shows them: a couple together (one group of two), else
        one by one; by name, so a name is easy to find. A group with anyone in ``exclude`` is
        left out altogether."""
        people = {p.uuid: p for p in self.participants()}
        taken: set[str] = set()
        groups: list[Group] = []
        for a, b in self.repo.pairs():
            if a in people and b in people:
                groups.append(Group(tuple(sorted((people[a], people[b]), key=lambda p: p.name.casefold()))))
                taken |= {a, b}
        groups += [Group((p,)) for u, p in people.items() if u not in taken]
        groups.sort(key=lambda g: g.names[0].casefold())
        return [g for g in groups if not set(g.uuids) & set(exclude)]

    def group_of(self, profile_uuid: str) -> Group | None:
        return next((g for g in self.groups() if profile_uuid in g.uuids), None)

    # Making profiles ------------------------------------------------------------------------------
    def _with_role(self, job: Job, role: str, skipped: bool, before=None) -> Job:
        """``job`` (VaultService.create_job), with the new profile's role set when it commits. The
        role is set right after the profile is made; should that fail (a full disk), the profile
        goes again, so there is never a profile without its role."""
        def commit(outcome: Outcome):
            unlocked, code = job.commit(outcome)
            try:
                if before is not None:
                    before()
                self.repo.set_role(unlocked.profile.uuid, role, skipped)
            except Exception:
                unlocked.lock()
                self.vault.repo.delete(unlocked.profile.uuid)
                raise
            return unlocked, code

        return Job(job.compute, commit, job.discard)

    def create_facilitator_job(self, workshop_name: str, day: str, name: str, password: str) -> Job:
        """The workshop's first profile: its facilitator, with the workshop's name and date.
        The result is (Unlocked, recovery code): the facilitator keeps a code like anyone."""
        workshop_name = self.clean_workshop_name(workshop_name)
        if self.facilitator() is not None:
            raise ProfileError("facilitator_exists")
        job = self.vault.create_job(name, password)

        def before():
            self.mark_workshop()
            self.repo.set_info(workshop_name, day)

        return self._with_role(job, "facilitator", False, before)

    def join_job(self, name: str, password: str, skip_code: bool) -> Job:
        """A participant joins: name and own password. With ``skip_code`` the recovery code is
        not shown today (the result still carries it; the screen drops it unseen)."""
        return self._with_role(self.vault.create_job(name, password), "participant", skip_code)


def personal_dir_of(workshop_folder: Path, fallback: Path) -> Path:
    """Where "Leave the workshop" goes: the personal folder next to ``Erfenis-workshop``, else
    the personal folder Erfenis would open by itself (``fallback``)."""
    if workshop_folder.name.endswith(FOLDER_SUFFIX) and len(workshop_folder.name) > len(FOLDER_SUFFIX):
        return workshop_folder.with_name(workshop_folder.name[: -len(FOLDER_SUFFIX)])
    return fallback if fallback != workshop_folder else workshop_folder.with_name(workshop_folder.name + "-own")
