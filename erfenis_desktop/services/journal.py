"""The journal: everything one profile wrote, from every exercise, newest first.

It gathers from the services of each exercise (practice, the loop map and earlier
relationships, generations, the intimacy check, the pattern mirror), so it sits above
them: those import ``exercises``, and this imports them, never the other way round.
"""

from __future__ import annotations

from datetime import UTC, datetime

from erfenis_desktop.domain.jsontext import loads_json

from .dans import CYCLE_MAP, HISTORY
from .exercises import NOTE, PATTERN_CHECK, STEP1, TOGETHER, Entry, Exercises
from .generations import KIND as GENERATIONS
from .generations import GenerationsService
from .intimacy import KIND as INTIMACY
from .intimacy import IntimacyService
from .practice import CHECKIN, Practice
from .read_cache import kind_area
from .unlocked import Unlocked


def journal(exercises: Exercises, unlocked: Unlocked, lang: str | None = None) -> tuple[list[Entry], int]:
    """Everything this profile wrote, newest first, and how many items are damaged. A
    check-in of step 2 is one text, in ``lang`` (see services/practice.py). Each part (the
    check-ins, the notes, the loop maps, …) is kept with the profile while its own kinds of
    writing do not change (``Unlocked.kept``): after a note, only the notes are read again."""
    lang = lang or exercises._content.languages[0]
    entries: list[Entry] = []
    damaged = 0
    for kinds, make in _parts(exercises, unlocked, lang):
        part, part_damaged = unlocked.kept(f"journal {lang} {' '.join(kinds)}", make,
                                           areas=frozenset(kind_area(k) for k in kinds))
        entries += part
        damaged += part_damaged
    return sorted(entries, key=lambda e: e.when, reverse=True), damaged


def _parts(exercises: Exercises, unlocked: Unlocked, lang: str):
    """The journal's parts: the kinds of writing each reads, and how it is made (entries, damaged)."""

    def checkins():
        practice = Practice(exercises)
        found, damaged = practice.read_checkins(unlocked)
        out = []
        for c in found:
            when = datetime.fromisoformat(c.when)
            when = (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(UTC)
            out.append(Entry(c.uuid, CHECKIN, when.isoformat(timespec="seconds"), practice.checkin_text(c, lang),
                             c.card))
        return tuple(out), damaged

    def notes():  # after a note, the entries of all the others are those of before
        found, damaged = unlocked.readable_texts(NOTE)
        return tuple(unlocked.kept_each("journal notes", found, lambda n: Entry(n.uuid, NOTE, n.updated_at, n.text))), \
            damaged

    def answers():
        steps, damaged_steps = unlocked.readable_texts(STEP1)
        together, damaged = unlocked.readable_texts(TOGETHER)
        damaged += damaged_steps
        out = []
        for t in steps + together:
            try:
                data = loads_json(t.text)
            except ValueError:
                continue
            if not isinstance(data, dict) or not all(isinstance(data.get(k, ""), str)
                                                     for k in ("text", "prompt", "parent_name")):
                damaged += 1  # not of the shape Erfenis writes (a take-home file can hold anything)
                continue
            if data.get("text", "").strip():
                out.append(Entry(t.uuid, t.kind, t.updated_at, data["text"], data.get("prompt", ""),
                                 data.get("parent_name", "")))
        return tuple(out), damaged

    def forms(kind: str, name: str):
        def make():
            found, damaged = unlocked.readable_texts(kind)
            texts = ((t, exercises.form_text(lang, name, t.text)) for t in found)
            return tuple(Entry(t.uuid, kind, t.updated_at, text) for t, text in texts if text), damaged
        return make

    def generations():
        found, damaged = unlocked.readable_texts(GENERATIONS)
        service = GenerationsService(exercises)  # the generations view, as a text: what was written or ticked
        texts = ((t, service.readable(lang, t.text)) for t in found)
        return tuple(Entry(t.uuid, GENERATIONS, t.updated_at, text) for t, text in texts if text), damaged

    def results():  # the pattern mirror's results, as a text (they are not writing)
        return tuple(Entry(run.uuid, PATTERN_CHECK, run.finished, exercises.results_text(lang, run),
                           parent_name=", ".join(run.parents)) for run in exercises.finished_runs(unlocked)), 0

    def intimacy():  # the intimacy check's results, as a text, like the pattern mirror's
        service = IntimacyService(exercises)
        damaged = unlocked.readable_texts(INTIMACY)[1]
        return tuple(Entry(take.uuid, INTIMACY, take.finished, service.results_text(lang, take))
                     for take in service.finished(unlocked)), damaged

    return (((CHECKIN,), checkins), ((NOTE,), notes), ((STEP1, TOGETHER), answers),
            ((CYCLE_MAP,), forms(CYCLE_MAP, "cycle_map")), ((HISTORY,), forms(HISTORY, "relationship_history")),
            ((GENERATIONS,), generations), ((PATTERN_CHECK,), results), ((INTIMACY,), intimacy))
