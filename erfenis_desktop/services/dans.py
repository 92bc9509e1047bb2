"""The cycle map and relationship history (private texts), and what the dans view shows.

The couple's view is built only from what each partner shared: their latest shared
cycle map and pattern-check results. Without a partner, a person sees their own side
from their own (private) writing, on their own screen.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from erfenis_desktop.domain import dans
from erfenis_desktop.domain.jsontext import loads_json
from erfenis_desktop.domain.questionnaire import score

from .exercises import Exercises, Run
from .unlocked import Unlocked

CYCLE_MAP = "cycle_map"
HISTORY = "history"
#: The four childhood patterns, contrasted between partners.
PATTERNS = ("absent", "overprotective", "unequal", "no_intimacy")


@dataclass(frozen=True)
class Person:
    uuid: str
    name: str
    colour: str


@dataclass
class DansData:
    people: list[Person]  # one (solo) or two (the couple, you first)
    sides: list[dans.Side]
    has_cycle: list[bool]
    has_results: list[bool]
    dance: dans.Dance | None = None  # two people
    solo_text: str = ""  # one person
    steps: list[dans.Step] = field(default_factory=list)
    history: dict[str, str] = field(default_factory=dict)  # solo: the relationship history
    link_problem: bool = False  # in a couple, but the link cannot be used now (see Together)
    damaged: int = 0  # shared items that could not be read (skipped, never guessed at)

    @property
    def anything(self) -> bool:
        return any(self.has_cycle) or any(self.has_results)


def _json(text: str) -> dict:
    try:
        data = loads_json(text)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


class DansService:
    def __init__(self, couple, exercises: Exercises):
        self.couple, self.exercises = couple, exercises

    def texts(self, lang: str, name: str):
        return self.exercises.tree(lang, name)

    # The cycle map and the relationship history ----------------------------------------
    @staticmethod
    def latest(u: Unlocked, kind: str) -> tuple[str | None, dict]:
        texts, _damaged = u.readable_texts(kind)
        if not texts:
            return None, {}
        last = max(texts, key=lambda t: t.updated_at)
        return last.uuid, _json(last.text)

    @staticmethod
    def save(u: Unlocked, kind: str, answers: dict[str, str], uuid: str | None = None) -> str:
        clean = {k: v for k, v in answers.items() if isinstance(v, str)}
        return u.save_text(kind, json.dumps({"v": 1, **clean}, ensure_ascii=False), uuid)

    def move_kind(self, lang: str, move_id: str) -> str | None:
        return next((m["kind"] for m in self.texts(lang, "cycle_map")["moves"] if m["id"] == move_id), None)

    def move_label(self, lang: str, move_id: str) -> str:
        return next((m["label"] for m in self.texts(lang, "cycle_map")["moves"] if m["id"] == move_id), "")

    # Building the sides -----------------------------------------------------------------
    def side(self, lang: str, name: str, cycle: dict, run: Run | None) -> dans.Side:
        shown = {k: str(cycle.get(k, "")).strip() for k in dans.FIELDS}
        move_id = shown.get("move", "")
        shown["move"] = str(cycle.get("move_text", "")).strip() or self.move_label(lang, move_id) or move_id
        position, patterns = None, {}
        if run is not None:
            results = score(self.exercises.questionnaire(lang), run.parents, run.answers)
            position = results.you
            for scale in ("absent", "overprotective"):  # the strongest over the parent figures
                values = [s[scale] for _n, s in results.parents if s[scale] is not None]
                patterns[scale] = max(values) if values else None
            for scale in ("unequal", "no_intimacy"):
                patterns[scale] = results.couple[scale] if results.couple else None
        return dans.Side(name, position, shown, self.move_kind(lang, move_id), patterns)

    def _shared_by_owner(self, reader: Unlocked) -> tuple[dict[str, dict[str, object]], int]:
        """The latest shared cycle map and finished pattern mirror per owner, and how many are damaged."""
        texts, damaged = self.couple.shared(reader)
        out: dict[str, dict[str, object]] = {}
        for t in sorted(texts, key=lambda t: t.created_at):
            mine = out.setdefault(t.owner_uuid, {})
            if t.kind == CYCLE_MAP:
                mine["cycle"] = _json(t.text)
            elif t.kind == "pattern_check":
                try:
                    run = Run.from_json(t.source_uuid, t.text)
                    if not all(isinstance(n, str) for n in run.parents):
                        raise TypeError("parent figures must be names")
                except (KeyError, TypeError, ValueError):
                    damaged += 1
                    continue
                if run.finished:
                    mine["run"] = run
        return out, damaged

    def view(self, reader: Unlocked, lang: str) -> DansData:
        """The couple's dans from what both shared; or, without a partner, one's own side."""
        texts = self.texts(lang, "dans")
        me = reader.profile
        partner_uuid = self.couple.partner_of(me.uuid) if self.couple.state(reader) == "linked" else None
        if partner_uuid is None:
            _uuid, cycle = self.latest(reader, CYCLE_MAP)
            runs = self.exercises.finished_runs(reader)
            side = self.side(lang, me.name, cycle, runs[-1] if runs else None)
            _h, history = self.latest(reader, HISTORY)
            return DansData([Person(me.uuid, me.name, me.colour)], [side], [bool(cycle)], [bool(runs)],
                            solo_text=dans.solo(side, texts), history=history,
                            link_problem=self.couple.couple_of(me.uuid) is not None)
        partner = self.couple.vault.profile(partner_uuid)
        people = [Person(me.uuid, me.name, me.colour), Person(partner.uuid, partner.name, partner.colour)]
        shared, damaged = self._shared_by_owner(reader)
        sides, has_cycle, has_results = [], [], []
        for person in people:
            mine = shared.get(person.uuid, {})
            cycle, run = mine.get("cycle") or {}, mine.get("run")
            sides.append(self.side(lang, person.name, cycle, run))
            has_cycle.append(bool(cycle))
            has_results.append(run is not None)
        return DansData(people, sides, has_cycle, has_results, dance=dans.compose(sides[0], sides[1], texts),
                        steps=dans.loop(sides[0], sides[1]), damaged=damaged)
