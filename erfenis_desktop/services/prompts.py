"""Which question a couple is offered to answer together: themes, rotation, "not for us".

What the couple passed over ("another question") and set aside ("not for us") is kept,
per couple, as a private item of kind ``prompt_choices`` in *each* partner's profile:
encrypted with that person's own data key, like everything they write, so nobody can
read it without a password (not even which questions: the ids are in the encrypted
body). Both partners are at the screen when they choose, so both profiles get the same
record; what the couple gets is the two taken together (a question set aside by either
stays aside). A partner alone can change only their own record, never the other's.

A question counts as seen once for every time either partner locked in an answer to it
together (kind ``together``, in their own private items), plus every time the couple
passed it over. See domain/prompts.py for the rotation itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from erfenis_desktop.domain import prompts as rules
from erfenis_desktop.domain.jsontext import loads_json

from .couple import CoupleService
from .exercises import TOGETHER, Exercises
from .together import Prompt, Together
from .unlocked import ProfileError, Unlocked

CHOICES = "prompt_choices"
ANY = rules.ANY
STEP1 = rules.STEP1


@dataclass(frozen=True)
class Theme:
    id: str  # one of domain.prompts.THEMES, or STEP1
    title: str
    intro: str
    prompts: tuple[Prompt, ...]


@dataclass
class Choices:
    """One couple's record: how often each question was passed over, and what is set aside."""

    couple: str
    skipped: dict[str, int] = field(default_factory=dict)
    not_for_us: set[str] = field(default_factory=set)
    uuid: str | None = None  # the item in one partner's profile

    def to_json(self) -> str:
        return json.dumps({"v": 1, "couple": self.couple, "skipped": dict(sorted(self.skipped.items())),
                           "not_for_us": sorted(self.not_for_us)}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str, uuid: str | None = None) -> Choices:
        """``ValueError`` for anything of another shape (it is then left alone, never guessed at)."""
        data = loads_json(text)
        if not isinstance(data, dict) or not isinstance(data.get("couple"), str):
            raise ValueError("not prompt choices")
        skipped, aside = data.get("skipped", {}), data.get("not_for_us", [])
        if not isinstance(skipped, dict) or not all(isinstance(k, str) and type(v) is int and v >= 0
                                                    for k, v in skipped.items()):
            raise ValueError("not prompt choices")
        if not isinstance(aside, list) or not all(isinstance(i, str) for i in aside):
            raise ValueError("not prompt choices")
        return cls(data["couple"], dict(skipped), set(aside), uuid)

    def merged(self, other: Choices) -> Choices:
        """Both partners' records as one: the most passes each saw, everything either set aside."""
        skipped = dict(self.skipped)
        for pid, n in other.skipped.items():
            skipped[pid] = max(n, skipped.get(pid, 0))
        return Choices(self.couple, skipped, self.not_for_us | other.not_for_us)


class PromptChoices:
    def __init__(self, couple: CoupleService, exercises: Exercises):
        self.couple, self.exercises = couple, exercises
        self.together = Together(couple, exercises)

    def _by_id(self, lang: str) -> dict[str, Prompt]:
        """Each question by id; the first of two with one id (together.toml's "repair", before the
        step-1 question of that id), as Together.prompt finds it."""
        out: dict[str, Prompt] = {}
        for p in self.together.prompts(lang):
            out.setdefault(p.id, p)
        return out

    # The themes ------------------------------------------------------------------------------
    def themes(self, lang: str) -> list[Theme]:
        """The seven themes in order, then the step-1 questions that fit two people."""
        files = {name: self.exercises.tree(lang, name)
                 for name in ("together", "see_the_pattern", *map(rules.file_name, rules.THEMES))}
        by_id = self._by_id(lang)
        out = []
        for theme in rules.THEMES:
            tree = files[rules.file_name(theme)]["theme"]
            ids = [p["id"] for p in rules.theme_prompts(files, theme)]
            out.append(Theme(theme, tree["title"], tree["intro"].strip(), tuple(by_id[i] for i in ids)))
        step1 = files["see_the_pattern"]
        taken = {p.id for t in out for p in t.prompts}  # ("repair" is both: it opens together.toml's)
        ids = [p["id"] for g in rules.STEP1_GROUPS for p in step1[g] if p["id"] not in taken]
        out.append(Theme(STEP1, step1["intro"]["title"], "", tuple(by_id[i] for i in ids)))
        return out

    def _order(self, lang: str, theme: str) -> list[str]:
        themes = self.themes(lang)
        if theme == ANY:  # one of each theme in turn
            return rules.interleave([[p.id for p in t.prompts] for t in themes])
        found = next((t for t in themes if t.id == theme), None)
        if found is None:
            raise ValueError(f"no theme {theme!r}")
        return [p.id for p in found.prompts]

    # The couple's record ------------------------------------------------------------------
    def _couple(self, a: Unlocked, b: Unlocked) -> str:
        """The couple the two belong to; refused unless they are each other's partner, linked."""
        couple = self.couple.couple_of(a.profile.uuid)
        if couple is None or couple != self.couple.couple_of(b.profile.uuid) or a.profile.uuid == b.profile.uuid:
            raise ProfileError("no_couple")
        return couple

    @staticmethod
    def _own(u: Unlocked, couple: str) -> Choices:
        """This person's record for the couple (an empty one when there is none yet)."""
        found = Choices(couple)
        texts, _damaged = u.readable_texts(CHOICES)
        for t in sorted(texts, key=lambda t: t.updated_at):  # (there is one; more are taken together)
            try:
                choices = Choices.from_json(t.text, t.uuid)
            except ValueError:
                continue
            if choices.couple == couple:
                found = found.merged(choices)
                found.uuid = t.uuid
        return found

    def choices(self, a: Unlocked, b: Unlocked) -> Choices:
        couple = self._couple(a, b)
        return self._own(a, couple).merged(self._own(b, couple))

    def _answered(self, a: Unlocked, b: Unlocked) -> list[str]:
        """The question of every answer either partner locked in together (one per round)."""
        out = []
        for u in (a, b):
            texts, _damaged = u.readable_texts(TOGETHER)
            rounds = set()
            for t in texts:
                try:
                    data = loads_json(t.text)
                except ValueError:
                    continue
                if isinstance(data, dict) and isinstance(data.get("prompt"), str):
                    session = data.get("session")
                    rounds.add((data["prompt"], session if isinstance(session, str) else t.uuid))
            out.append(rounds)
        return [prompt for prompt, _session in out[0] | out[1]]

    def _save(self, a: Unlocked, b: Unlocked, change) -> Choices:
        """Apply ``change`` to the couple's record and keep the result in both profiles."""
        couple = self._couple(a, b)
        mine, theirs = self._own(a, couple), self._own(b, couple)
        merged = mine.merged(theirs)
        change(merged)
        for u, own in ((a, mine), (b, theirs)):
            u.save_text(CHOICES, merged.to_json(), own.uuid)
        return merged

    # What the couple does --------------------------------------------------------------------
    def ranked(self, a: Unlocked, b: Unlocked, lang: str, theme: str = ANY, avoid: str | None = None) -> list[Prompt]:
        """The questions the couple may get in ``theme``, in the order they are offered (the
        first is offered now); never one they set aside."""
        choices = self.choices(a, b)
        counts = rules.seen_counts(self._answered(a, b), choices.skipped)
        order = rules.rotation(self._order(lang, theme), counts, choices.not_for_us, avoid=avoid)
        by_id = self._by_id(lang)
        return [by_id[i] for i in order if i in by_id]

    def offer(self, a: Unlocked, b: Unlocked, lang: str, theme: str = ANY, avoid: str | None = None) -> Prompt | None:
        ranked = self.ranked(a, b, lang, theme, avoid)
        return ranked[0] if ranked else None

    def another(self, a: Unlocked, b: Unlocked, prompt_id: str) -> None:
        """The couple passed over this question: it counts as seen."""
        def change(c: Choices) -> None:
            c.skipped[prompt_id] = c.skipped.get(prompt_id, 0) + 1

        self._save(a, b, change)

    def not_for_us(self, a: Unlocked, b: Unlocked, prompt_id: str) -> None:
        """This question is never offered to this couple again."""
        self._save(a, b, lambda c: c.not_for_us.add(prompt_id))

    def for_us_again(self, a: Unlocked, b: Unlocked, prompt_id: str) -> None:
        """Undo "not for us" (both are here, as when it was chosen)."""
        self._save(a, b, lambda c: c.not_for_us.discard(prompt_id))

