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
from .unlocked import Unlocked


def journal(exercises: Exercises, unlocked: Unlocked, lang: str | None = None) -> tuple[list[Entry], int]:
    """Everything this profile wrote, newest first, and how many items are damaged. A
    check-in of step 2 is one text, in ``lang`` (see services/practice.py)."""
    entries: list[Entry] = []
    practice = Practice(exercises)
    checkins, damaged_checkins = practice.read_checkins(unlocked)
    for c in checkins:
        when = datetime.fromisoformat(c.when)
        when = (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(UTC)
        entries.append(Entry(c.uuid, CHECKIN, when.isoformat(timespec="seconds"),
                             practice.checkin_text(c, lang or exercises._content.languages[0]), c.card))
    notes, damaged = unlocked.readable_texts(NOTE)
    entries += [Entry(n.uuid, NOTE, n.updated_at, n.text) for n in notes]
    steps, damaged_steps = unlocked.readable_texts(STEP1)
    together, damaged_together = unlocked.readable_texts(TOGETHER)
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
            entries.append(Entry(t.uuid, t.kind, t.updated_at, data["text"], data.get("prompt", ""),
                                 data.get("parent_name", "")))
    damaged += damaged_checkins
    for kind, name in ((CYCLE_MAP, "cycle_map"), (HISTORY, "relationship_history")):
        forms, damaged_forms = unlocked.readable_texts(kind)
        damaged += damaged_forms
        for t in forms:
            text = exercises.form_text(lang or exercises._content.languages[0], name, t.text)
            if text:
                entries.append(Entry(t.uuid, kind, t.updated_at, text))
    generations, damaged_generations = unlocked.readable_texts(GENERATIONS)
    damaged += damaged_generations
    for t in generations:  # the generations view, as a text: what was written or ticked
        text = GenerationsService(exercises).readable(lang or exercises._content.languages[0], t.text)
        if text:
            entries.append(Entry(t.uuid, GENERATIONS, t.updated_at, text))
    for run in exercises.finished_runs(unlocked):  # the results, as a text (they are not writing)
        entries.append(Entry(run.uuid, PATTERN_CHECK, run.finished,
                             exercises.results_text(lang or exercises._content.languages[0], run),
                             parent_name=", ".join(run.parents)))
    intimacy = IntimacyService(exercises)  # the intimacy check's results, as a text, like the pattern mirror's
    damaged += unlocked.readable_texts(INTIMACY)[1]
    for take in intimacy.finished(unlocked):
        entries.append(Entry(take.uuid, INTIMACY, take.finished,
                             intimacy.results_text(lang or exercises._content.languages[0], take)))
    return sorted(entries, key=lambda e: e.when, reverse=True), damaged + damaged_steps + damaged_together
