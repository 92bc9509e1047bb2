"""The generations view for one unlocked profile: one private item of kind ``generations``
(JSON inside the encrypted body, see services/unlocked.py), updated as the person writes;
shared with the partner only when they choose to (services/couple.py), and then read back
from the shared space, never from the partner's private writing."""

from __future__ import annotations

from dataclasses import dataclass

from erfenis_desktop.domain import generations as model
from erfenis_desktop.domain.generations import Generations

from .exercises import Exercises
from .unlocked import Unlocked

KIND = "generations"
CONTENT = "generations"


@dataclass(frozen=True)
class Shared:
    """A partner's shared generations: who, and what they wrote."""

    owner_uuid: str
    name: str
    generations: Generations


class GenerationsService:
    def __init__(self, exercises: Exercises, couple=None):
        self.exercises, self.couple = exercises, couple

    def texts(self, lang: str) -> dict:
        return self.exercises.tree(lang, CONTENT)

    # Private writing ------------------------------------------------------------------------
    @staticmethod
    def latest(u: Unlocked) -> tuple[str | None, Generations]:
        """The person's generations (the last saved), or an empty one; damaged or unreadable
        ones are skipped, never guessed at."""
        texts, _damaged = u.readable_texts(KIND)
        for t in sorted(texts, key=lambda t: t.updated_at, reverse=True):
            try:
                return t.uuid, Generations.from_json(t.text)
            except (ValueError, TypeError):
                continue
        return None, Generations()

    @staticmethod
    def save(u: Unlocked, generations: Generations, uuid: str | None = None) -> str:
        return u.save_text(KIND, generations.to_json(), uuid)

    # Words ------------------------------------------------------------------------------------
    def rows(self, lang: str, generations: Generations) -> list[model.Row]:
        texts = self.texts(lang)
        gens = texts["generations"]
        return model.rows(generations, {g: gens[g]["title"] for g in model.GENERATIONS},
                          {g: {f: gens[g][f] for f in model.FIELDS} for g in model.GENERATIONS},
                          texts["intro"]["unknown"], texts["intro"]["empty"])

    def describe(self, lang: str, generations: Generations) -> str:
        texts = self.texts(lang)
        return model.describe(self.rows(lang, generations), texts["drawing"]["line"], texts["pass_on"]["question"],
                              generations.pass_on)

    def readable(self, lang: str, body: str) -> str:
        """A stored item as one readable text (for the journal): each generation with what was
        written or ticked; fields left empty are left out. "" when nothing is in it."""
        try:
            generations = Generations.from_json(body)
        except (ValueError, TypeError):
            return ""
        if generations.is_empty():
            return ""
        texts = self.texts(lang)
        blocks = []
        for row in self.rows(lang, generations):
            lines = [f"{c.label}\n{c.text}" for c in row.cells if c.state != model.EMPTY]
            if lines:
                blocks.append(row.title + "\n\n" + "\n\n".join(lines))
        if generations.pass_on.strip():
            blocks.append(f"{texts['pass_on']['question']}\n{generations.pass_on.strip()}")
        return "\n\n".join(blocks)

    # Shared with the partner ----------------------------------------------------------------
    def partners(self, reader: Unlocked) -> tuple[list[Shared], int]:
        """The partner's latest shared generations (nothing when they shared none), and how
        many shared items could not be read."""
        if self.couple is None or self.couple.state(reader) != "linked":
            return [], 0
        texts, damaged = self.couple.shared(reader)
        latest: dict[str, Shared] = {}
        for t in sorted(texts, key=lambda t: t.created_at):
            if t.kind != KIND or t.owner_uuid == reader.profile.uuid:
                continue
            try:
                latest[t.owner_uuid] = Shared(t.owner_uuid, self.couple.vault.profile(t.owner_uuid).name,
                                              Generations.from_json(t.text))
            except (ValueError, TypeError):
                damaged += 1
        return list(latest.values()), damaged
