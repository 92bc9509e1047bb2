"""The group picture of a workshop: adding one's own results (opt-in), what the room sees,
and the facilitator's reset.

What is added comes from the person's latest finished pattern mirror: which way they lean
(moving closer, stepping back, in between) and which of the four childhood patterns stand
out for them. It goes into the shared counts (storage/group.py) and nowhere else: no name,
no answer, no row per person. That the person added is kept in their own profile, as an
encrypted private item of kind :data:`KIND`, so the same person cannot add twice to the
same picture. Because nothing is kept per person, one person's part cannot be taken out
again; the facilitator empties the whole picture (:meth:`GroupService.reset`, also part of
the wipe at the end of the day), after which everyone may add again.

Adding takes two steps, in this order: the person's own record first, then the counts in
one transaction. When the counts cannot be written the record is taken back; should even
that fail (a disk that just stopped), the person stays recorded without being counted: the
picture may be one short, but it never counts anyone twice.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass

from erfenis_desktop.domain import group
from erfenis_desktop.domain.jsontext import loads_json
from erfenis_desktop.domain.questionnaire import score
from erfenis_desktop.storage.database import StorageError
from erfenis_desktop.storage.group import GroupRepository, RoundChanged

from .exercises import Exercises
from .unlocked import PrivateText, ProfileError, Unlocked

#: The private item that says "I added my results to this group picture" (its round, nothing else).
KIND = "group_contribution"
FACILITATOR = "facilitator"

#: What a person can do with the group picture now.
READY, ADDED, NO_RESULTS, NOT_FOR_FACILITATOR = "ready", "added", "no_results", "facilitator"


@dataclass(frozen=True)
class Standing:
    state: str  # READY, ADDED, NO_RESULTS or NOT_FOR_FACILITATOR
    #: What adding would add (READY only): shown to the person before they confirm.
    contribution: group.Contribution | None = None


class GroupService:
    def __init__(self, vault, exercises: Exercises):
        """``vault``: the VaultService (its database holds the counts)."""
        self.vault, self.exercises = vault, exercises
        self.repo = GroupRepository(vault.db)

    # The room ----------------------------------------------------------------------------
    def picture(self) -> group.Picture:
        """What anyone may see, also with every profile locked: counts only, from five people on."""
        return group.picture(self.repo.counts())

    # One person ----------------------------------------------------------------------------
    def contribution(self, u: Unlocked, lang: str = "nl") -> group.Contribution | None:
        """What this person would add, from their latest finished pattern mirror (None: there is none)."""
        runs = self.exercises.finished_runs(u)
        if not runs:
            return None
        run = runs[-1]
        results = score(self.exercises.questionnaire(lang), run.parents, run.answers)
        patterns: dict[str, float | None] = {}
        for scale in ("absent", "overprotective"):  # the strongest over the people who raised them
            values = [s[scale] for _name, s in results.parents if s[scale] is not None]
            patterns[scale] = max(values) if values else None
        for scale in ("unequal", "no_intimacy"):
            patterns[scale] = results.couple[scale] if results.couple else None
        return group.contribution(results.you, patterns)

    def _record(self, u: Unlocked) -> tuple[PrivateText | None, bool]:
        """The person's own record of adding (the newest), and whether it is for the picture as it is now.
        A record that cannot be read counts as added: never count someone twice."""
        texts, damaged = u.readable_texts(KIND)
        if damaged:
            return (max(texts, key=lambda t: t.updated_at) if texts else None), True
        if not texts:
            return None, False
        newest = max(texts, key=lambda t: t.updated_at)
        try:
            added_to = loads_json(newest.text).get("round")
        except (ValueError, AttributeError):
            return newest, True
        return newest, added_to == self.repo.round()

    def standing(self, u: Unlocked, lang: str = "nl") -> Standing:
        if self.repo.role(u.profile.uuid) == FACILITATOR:
            return Standing(NOT_FOR_FACILITATOR)
        if self._record(u)[1]:
            return Standing(ADDED)
        contribution = self.contribution(u, lang)
        if contribution is None:
            return Standing(NO_RESULTS)
        return Standing(READY, contribution)

    def add(self, u: Unlocked, lang: str = "nl") -> group.Contribution:
        """Add this person's results to the group picture, once. ProfileError: ``group_added``
        (already added to this picture), ``group_no_results`` (no finished pattern mirror),
        ``group_facilitator`` (the facilitator has no results here), ``group_reset`` (the
        picture was reset just now: nothing was added, try again)."""
        standing = self.standing(u, lang)
        if standing.state != READY:
            raise ProfileError({ADDED: "group_added", NO_RESULTS: "group_no_results",
                                NOT_FOR_FACILITATOR: "group_facilitator"}[standing.state])
        contribution = standing.contribution
        current = self.repo.round()
        earlier, _ = self._record(u)
        saved = u.save_text(KIND, json.dumps({"v": 1, "round": current}), earlier.uuid if earlier else None)
        try:
            self.repo.add(contribution.increments(), current, group.KEYS)
        except (RoundChanged, StorageError) as exc:
            try:  # not counted: the record goes back to what it was
                if earlier is None:
                    u.delete_text(saved)
                else:
                    u.save_text(KIND, earlier.text, saved)
            except (ProfileError, StorageError):
                pass  # recorded but not counted: one short, never twice
            if isinstance(exc, RoundChanged):
                raise ProfileError("group_reset") from None
            raise
        return contribution

    # The facilitator ------------------------------------------------------------------------
    def reset(self, by: Unlocked) -> None:
        """Empty the group picture (the button, and the wipe at the end of the day). Only an
        unlocked facilitator may: ProfileError ``locked`` or ``not_facilitator``."""
        if by.is_locked:
            raise ProfileError("locked")
        if self.repo.role(by.profile.uuid) != FACILITATOR:
            raise ProfileError("not_facilitator")
        empty_picture(self.repo)


def empty_picture(repo: GroupRepository) -> None:
    """Every count goes, and a new round begins (a record of having added in an earlier round
    no longer counts, so everyone may add again). Used by the reset button and by the wipe."""
    old = repo.round()
    new = old
    while new in (old, 0):
        new = secrets.randbelow(2 ** 62) + 1
    repo.reset(new)
