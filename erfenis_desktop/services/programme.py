"""A facilitator's workshop programmes: kept as private items of their profile.

Each programme is one item of kind ``programme`` (JSON inside the encrypted body, like every
text in Erfenis; see services/unlocked.py), so its name, its parts and the facilitator's notes
are ciphertext on disk. Saved programmes are listed, opened, renamed, duplicated and deleted
for reuse with the next group. The names of the exercises come from the content files
(``worksheets.toml``'s ``exercises``, step 2's groups from ``practice.toml``), in either language.
"""

from __future__ import annotations

from dataclasses import replace

from erfenis_desktop.domain.content import ContentBundle, lookup
from erfenis_desktop.domain.programme import EXERCISES, GROUPS, Part, Problem, Programme, ProgrammeError, checked

from .exercises import Exercises
from .unlocked import ProfileError, Unlocked

KIND = "programme"


class Programmes:
    def __init__(self, content: ContentBundle | Exercises):
        """``content``: the content files, or the exercises service that reads them."""
        self._exercises = content if isinstance(content, Exercises) else Exercises(content)
        self.languages = content.languages if isinstance(content, ContentBundle) else ("nl", "en")

    # Names, from the content files ----------------------------------------------------------
    def exercise_name(self, lang: str, exercise: str) -> str:
        return lookup(self._exercises.tree(lang, "worksheets"), f"exercises.{exercise}.name")

    def group_name(self, lang: str, group: str) -> str:
        return lookup(self._exercises.tree(lang, "practice"), f"step2.groups.{group}.title")

    def choices(self, lang: str) -> list[tuple[str, str, str]]:
        """What a part can be, as (exercise, group, name), in the list's order; step 2 once per group."""
        out = []
        for exercise in EXERCISES:
            if exercise == "step2":
                out += [(exercise, g, self.part_name(lang, Part(exercise, 1, group=g))) for g in GROUPS]
            else:
                out.append((exercise, "", self.exercise_name(lang, exercise)))
        return out

    def part_name(self, lang: str, part: Part) -> str:
        """How a part is called on the programme and the presenter screen: an own part or a
        break by its title when it has one, step 2 with its group."""
        if part.exercise not in EXERCISES:
            return part.exercise
        if part.title.strip():
            return part.title.strip()
        name = self.exercise_name(lang, part.exercise)
        if part.exercise == "step2" and part.group in GROUPS:
            return f"{name} · {self.group_name(lang, part.group)}"
        return name

    # Keeping them --------------------------------------------------------------------------
    @staticmethod
    def saved(u: Unlocked) -> tuple[list[Programme], int]:
        """Every saved programme, by name, and how many could not be read (skipped, never guessed)."""
        texts, damaged = u.readable_texts(KIND)
        out = []
        for text in texts:
            try:
                out.append(Programme.from_json(text.text, text.uuid))
            except (ValueError, TypeError, KeyError):
                damaged += 1
        return sorted(out, key=lambda p: (p.name.casefold(), p.uuid or "")), damaged

    @staticmethod
    def get(u: Unlocked, uuid: str) -> Programme:
        item = u.read_text(uuid)
        if item.kind != KIND:
            raise ProfileError("not_found")
        try:
            return Programme.from_json(item.text, item.uuid)
        except (ValueError, TypeError, KeyError):
            raise ProfileError("damaged", item=uuid) from None

    @staticmethod
    def save(u: Unlocked, programme: Programme) -> Programme:
        """Keep ``programme`` (a new item, or a new version of ``programme.uuid``); ProgrammeError
        with every problem when it is not valid, and then nothing is written."""
        programme = checked(programme)
        uuid = u.save_text(KIND, programme.to_json(), programme.uuid)
        return replace(programme, uuid=uuid)

    def rename(self, u: Unlocked, uuid: str, name: str) -> Programme:
        return self.save(u, replace(self.get(u, uuid), name=name))

    def duplicate(self, u: Unlocked, uuid: str, name: str) -> Programme:
        """A copy under ``name`` (the UI chooses it, e.g. "Day 1 (copy)"), as a new item."""
        return self.save(u, replace(self.get(u, uuid), name=name, uuid=None))

    @staticmethod
    def delete(u: Unlocked, uuid: str) -> None:
        item = u.read_text(uuid)
        if item.kind != KIND:
            raise ProfileError("not_found")
        u.delete_text(uuid)


__all__ = ["KIND", "Part", "Problem", "Programme", "ProgrammeError", "Programmes"]
