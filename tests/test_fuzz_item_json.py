"""What the services read from decrypted items, fuzzed (issue 15, section 2). An item's text is
authenticated, but what is inside is only as good as whoever wrote it: a partner can share any
JSON, and so can someone who made a take-home file with its password. Every reader (journal,
dans, the pattern check's runs, together, intimacy, practice, prompt choices, generations, the
group picture, workshop programmes) takes an item of any shape as damaged or ignores it, and
never raises anything but the ProfileError the screens show."""

from __future__ import annotations

import json
import os
from datetime import date

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from erfenis_desktop.vault.kdf import FastTestKdf

SCALE = int(os.environ.get("ERFENIS_FUZZ_SCALE", "1"))
KINDS = ("pattern_check", "step1", "note", "together", "cycle_map", "history", "practice_plan", "checkin",
         "practice_progress", "practice_settings", "practice_together", "repair", "prompt_choices", "intimacy",
         "generations", "group_contribution", "programme")
SHAREABLE = ("note", "step1", "pattern_check", "together", "cycle_map", "history", "practice_progress",
             "generations", "intimacy")

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12) | st.sampled_from(["2026-01-01", "2026-13-45", "pursue", "nl", "x" * 5000]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["v", "text", "prompt", "parent_name", "session", "answers", "parents", "started",
                         "finished", "position", "card", "cards", "points", "week", "overall", "title",
                         "made_at", "couple", "skipped", "not_for_us", "round", "parts", "name", "source",
                         "generations", "pass_on", "chosen", "reminder", "days", "at", "discomfort"])
        | st.text(max_size=6), inner, max_size=5),
    max_leaves=12)


def _shapes(kind: str):
    """Text of any shape, often close to what Erfenis writes for ``kind``."""
    return st.one_of(
        _JSON.map(json.dumps),
        st.sampled_from(["[]", "[1, 2]", "1", "null", "true", '"text"', "{}", "", "{"]),
        st.text(max_size=40),
        st.fixed_dictionaries({}, optional={"v": st.just(1), "text": _JSON, "answers": _JSON, "started": _JSON,
                                            "finished": _JSON, "position": _JSON, "points": _JSON,
                                            "couple": _JSON, "round": _JSON, "session": _JSON,
                                            "prompt": _JSON, "parent_name": _JSON, "card": _JSON,
                                            "cards": _JSON, "parts": _JSON, "name": _JSON}).map(json.dumps),
    )


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from erfenis_desktop.services.content import load_content
    from erfenis_desktop.services.couple import CoupleService
    from erfenis_desktop.services.exercises import Exercises
    from erfenis_desktop.services.vault import VaultService
    from erfenis_desktop.storage.database import open_database
    from tests.vault.memory_keyring import MemoryKeyring

    folder = tmp_path_factory.mktemp("fuzz-json") / "data"
    folder.mkdir()
    db = open_database(folder)
    vault = VaultService(db, kdf=FastTestKdf(), keyring_backend=MemoryKeyring())
    couple = CoupleService(vault)
    a, _ = vault.create("Alex", "lange wandeling")
    b, _ = vault.create("Bo", "lange wandeling b")
    couple.link(a, b)
    yield vault, couple, Exercises(load_content()), a, b
    db.close()


#: Who reads each kind (besides the journal and the shared timeline, which read most of them).
READERS = {
    "pattern_check": ("runs", "finished_runs", "dans", "shared_results", "suggestion"),
    "step1": ("writings",), "note": (), "together": ("writings", "revealed"),
    "cycle_map": ("dans",), "history": ("dans",), "practice_plan": ("plan", "suggestion"),
    "checkin": ("checkins", "progress"), "practice_progress": ("shared_progress",),
    "practice_settings": ("reminders",), "practice_together": ("progress", "repair"), "repair": ("repair",),
    "prompt_choices": ("ranked",), "intimacy": ("takes", "comparison"),
    "generations": ("generations", "partners"), "group_contribution": ("standing",), "programme": ("programmes",),
}


def _read(world, kind: str, reader, lang: str) -> None:
    from erfenis_desktop.services.dans import DansService
    from erfenis_desktop.services.generations import GenerationsService
    from erfenis_desktop.services.group import GroupService
    from erfenis_desktop.services.intimacy import IntimacyService
    from erfenis_desktop.services.journal import journal
    from erfenis_desktop.services.practice import Practice
    from erfenis_desktop.services.programme import Programmes
    from erfenis_desktop.services.prompts import PromptChoices
    from erfenis_desktop.services.together import Together
    from erfenis_desktop.services.unlocked import ProfileError

    vault, couple, exercises, a, b = world
    u = reader
    practice, intimacy = Practice(exercises, couple), IntimacyService(exercises, couple)
    together, generations = Together(couple, exercises), GenerationsService(exercises, couple)
    calls = {
        "journal": (journal, exercises, u, lang), "timeline": (together.timeline, u, lang),
        "runs": (exercises.runs, u), "finished_runs": (exercises.finished_runs, u),
        "writings": (exercises.writings, u), "dans": (DansService(couple, exercises).view, u, lang),
        "shared_results": (together.shared_results, u), "revealed": (together.revealed, u, "s-1"),
        "suggestion": (practice.suggestion, u, lang), "plan": (practice.plan, u),
        "checkins": (practice.read_checkins, u), "progress": (practice.progress, u, "name_it", lang, date(2026, 6, 1)),
        "shared_progress": (practice.shared_progress, u, "name_it"), "reminders": (practice.reminder_settings, u),
        "repair": (practice.repair_steps, u, lang), "ranked": (PromptChoices(couple, exercises).ranked, a, b, lang),
        "takes": (intimacy.takes, u), "comparison": (intimacy.comparison, u, lang),
        "generations": (generations.latest, u), "partners": (generations.partners, u),
        "standing": (GroupService(vault, exercises).standing, u, lang), "programmes": (Programmes.saved, u),
    }
    for name in ("journal", "timeline", *READERS[kind]):
        call, *args = calls[name]
        try:
            call(*args)
        except ProfileError as err:
            assert err.code in ("damaged", "no_couple", "partner_key_changed", "not_found"), (name, err.code)


@settings(max_examples=50 * SCALE, deadline=None, database=None, derandomize=True,
          phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_an_item_of_any_shape_is_read_as_damaged_or_ignored(world, data):
    vault, couple, exercises, a, b = world
    kind = data.draw(st.sampled_from(KINDS))
    writer = data.draw(st.sampled_from([a, b]))
    text = data.draw(_shapes(kind))
    saved = writer.save_text(kind, text)
    try:
        readers = [writer]
        if kind in SHAREABLE and data.draw(st.booleans()):
            couple.share(writer, saved)
            readers.append(b if writer is a else a)
        for reader in readers:
            _read(world, kind, reader, data.draw(st.sampled_from(["nl", "en"])))
    finally:
        writer.delete_text(saved)


DEEP = "[" * 5000 + "]" * 5000  # deeper than Python's JSON decoder goes (RecursionError)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("text", [DEEP, '{"text": ' + DEEP + ', "answers": ' + DEEP + "}"], ids=["deep", "deep-inside"])
def test_an_item_nested_too_deep_is_damaged_not_a_crash(world, kind, text):
    """JSON nested thousands deep (the decoder gives up with RecursionError, not ValueError),
    own or shared by the partner: read as damaged like any other odd shape."""
    _vault, couple, _exercises, a, b = world
    saved = a.save_text(kind, text)
    try:
        if kind in SHAREABLE:
            couple.share(a, saved)
        for reader in (a, b):
            _read(world, kind, reader, "nl")
    finally:
        a.delete_text(saved)
