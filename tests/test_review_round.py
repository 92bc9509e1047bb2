"""Review of the round that carries what an unlocked profile keeps past its own writes
(services/read_cache.py): each part of "Everything I wrote" is read again when a kind of writing
it shows changes, also the kinds the model-based test (tests/test_read_cache_carry.py) does not
write: answers written together, the pattern mirror's results and the intimacy check's."""

from __future__ import annotations

from erfenis_desktop.services.content import load_content
from erfenis_desktop.services.exercises import Exercises, Run
from erfenis_desktop.services.intimacy import IntimacyService, Take
from erfenis_desktop.services.journal import journal
from tests.test_couple import a_again, world  # noqa: F401 - the fixture

CONTENT = load_content()


def test_every_kind_the_journal_shows_is_there_after_a_note_and_then_that_kind(world):  # noqa: F811
    """The journal is opened, a note is written (what the note did not touch is carried), then one
    of each other kind: each time the journal lists exactly what a fresh read of the file gives,
    and the new writing is in it."""
    vault, _couple, a, _b, _c = world
    exercises = Exercises(CONTENT)
    fresh = a_again(vault, a)
    writers = {
        "together": lambda: a.save_text("together", '{"text": "samen geschreven", "prompt": "", '
                                                    '"parent_name": ""}'),
        "pattern_check": lambda: exercises.finish(a, exercises.save_run(
            a, Run(parents=["mam"], started="2024-01-01T10:00:00+00:00"))).uuid,
        "intimacy": lambda: IntimacyService(exercises).finish(a, Take(), "en").uuid,
        "step1": lambda: a.save_text("step1", '{"text": "alleen geschreven", "prompt": "", "parent_name": ""}'),
    }
    for kind, write in writers.items():
        journal(exercises, a, "en")  # opened: every part kept
        a.save_text("note", f"een notitie voor {kind}")  # carried past this
        journal(exercises, a, "en")
        written = write()
        shown = journal(exercises, a, "en")
        fresh.forget_opened()
        assert shown == journal(exercises, fresh, "en"), kind
        assert written in [e.uuid for e in shown[0] if e.kind == kind], kind
