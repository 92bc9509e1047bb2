"""What an unlocked profile keeps in memory is carried past its own writes (services/read_cache.py):
after a note, the journal, step 3 and the shared timeline do not read years of writing again. What
every page is shown is still exactly what a fresh read of the file gives, after any sequence of
writes, shares, deletions and changes made by another program."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from erfenis_desktop.domain.practice import CheckIn
from erfenis_desktop.services.content import load_content
from erfenis_desktop.services.couple import CoupleService
from erfenis_desktop.services.exercises import Exercises
from erfenis_desktop.services.journal import journal
from erfenis_desktop.services.practice import Practice
from erfenis_desktop.services.together import Together
from erfenis_desktop.services.vault import VaultService
from erfenis_desktop.storage.database import DB_FILENAME, open_database
from erfenis_desktop.vault.kdf import FastTestKdf
from tests.test_couple import PASSWORD, a_again, world  # noqa: F401 - the fixture
from tests.test_read_caches import _elsewhere, _flipped
from tests.vault.memory_keyring import MemoryKeyring

CONTENT = load_content()
KINDS = ("note", "step1", "cycle_map", "checkin")


def _checkin(n: int) -> str:
    return CheckIn(card="restless", when=f"2026-03-{n % 28 + 1:02d}T10:00:00+00:00", before=7, after=n % 10).to_json()


def _seen(u, couple, exercises) -> dict:
    """Everything the pages are shown of ``u``: each kind's texts, the damaged ones, the journal,
    step 3's check-ins, the couple's sharing and the shared timeline."""
    out = {}
    for kind in (*KINDS, None):
        texts, damaged = u.readable_texts(kind)
        out[f"texts {kind}"] = ([(t.uuid, t.kind, t.created_at, t.updated_at, t.text) for t in texts], damaged)
    out["damaged"] = sorted((d.uuid, d.reason) for d in u.damaged_items())
    out["journal"] = journal(exercises, u, "en")
    out["checkins"] = Practice(exercises).read_checkins(u)
    out["shared"] = couple.shared(u)
    out["timeline"] = Together(couple, exercises).timeline(u, "en")
    return out


def pick(i: int, seq: list):
    return seq[i % len(seq)]


OPS = st.lists(st.one_of(
    st.tuples(st.just("new"), st.sampled_from(KINDS), st.integers(0, 99)),
    st.tuples(st.just("edit"), st.integers(0, 20), st.integers(0, 99)),
    st.tuples(st.just("delete"), st.integers(0, 20)),
    st.tuples(st.just("share"), st.integers(0, 20)),
    st.tuples(st.just("unshare"), st.integers(0, 20)),
    st.tuples(st.just("partner"), st.integers(0, 99)),
    st.tuples(st.just("elsewhere"), st.integers(0, 20)),
    st.tuples(st.just("look"),),
), min_size=1, max_size=14)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(OPS)
def test_after_any_writes_every_page_is_shown_what_a_fresh_read_gives(ops):
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        data_dir.mkdir()
        db = open_database(data_dir)
        try:
            vault = VaultService(db, kdf=FastTestKdf(), keyring_backend=MemoryKeyring())
            couple, exercises = CoupleService(vault), Exercises(CONTENT)
            a, _ = vault.create("Alex", PASSWORD)
            b, _ = vault.create("Bo", PASSWORD + " b")
            couple.link(a, b)
            fresh = vault.unlock(a.profile.uuid, PASSWORD)[0]  # the same profile, read afresh each time
            mine: list[tuple[str, str]] = []  # (id, kind)
            shared: list[str] = []
            for op in ops:
                name, *args = op
                if name == "new":
                    kind, n = args
                    text = _checkin(n) if kind == "checkin" else f'{{"text": "woord {n}", "v": 1}}' \
                        if kind != "note" else f"notitie {n}"
                    mine.append((a.save_text(kind, text), kind))
                elif name == "edit" and mine:
                    uuid, kind = pick(args[0], mine)
                    try:
                        a.save_text(kind, _checkin(args[1]) if kind == "checkin" else f"anders {args[1]}", uuid)
                    except Exception:  # noqa: BLE001 - a damaged one cannot be saved over: fine
                        pass
                elif name == "delete" and mine:
                    uuid, _kind = pick(args[0], mine)
                    a.delete_text(uuid)
                    mine.remove((uuid, _kind))
                elif name == "share" and mine:
                    uuid, kind = pick(args[0], mine)
                    if kind != "checkin":
                        try:
                            shared.append(couple.share(a, uuid))
                        except Exception:  # noqa: BLE001 - a damaged one cannot be shared: fine
                            pass
                elif name == "unshare" and shared:
                    item = pick(args[0], shared)
                    shared.remove(item)
                    try:
                        couple.unshare(a, item)
                    except Exception:  # noqa: BLE001 - already gone with its source
                        pass
                elif name == "partner":
                    couple.share(b, b.save_text("note", f"van Bo {args[0]}"))
                elif name == "elsewhere" and mine:
                    uuid, _kind = pick(args[0], mine)
                    row = a._repo.item(uuid)
                    if row is not None:
                        _elsewhere(data_dir, ("UPDATE private_item SET body = ? WHERE uuid = ?",
                                              (_flipped(row.body), uuid)))
                shown = _seen(a, couple, exercises)
                fresh.forget_opened()
                assert shown == _seen(fresh, couple, exercises), op
        finally:
            db.close()


def test_after_a_note_the_check_ins_and_the_timeline_are_not_made_again(world):  # noqa: F811
    """What the change did not touch stays as it was made (the very objects); what it touched is
    made again."""
    _vault, couple, a, b, _c = world
    couple.link(a, b)
    exercises = Exercises(CONTENT)
    practice, together = Practice(exercises), Together(couple, exercises)
    a.save_text("checkin", _checkin(1))
    couple.share(b, b.save_text("note", "van Bo"))
    checkins, timeline = practice.read_checkins(a)[0], together.timeline(a, "en")[0]
    parts = journal(exercises, a, "en")[0]
    a.save_text("note", "even iets")
    assert len(checkins) == 1 and all(x is y for x, y in zip(practice.read_checkins(a)[0], checkins, strict=True))
    assert len(timeline) == 1 and all(x is y for x, y in zip(together.timeline(a, "en")[0], timeline, strict=True))
    again = journal(exercises, a, "en")[0]
    assert len(again) == len(parts) + 1 and any(e.text == "even iets" for e in again)
    assert next(e for e in again if e.kind == "checkin") is next(e for e in parts if e.kind == "checkin")
    a.save_text("checkin", _checkin(2))  # a check-in: step 3 reads them again
    assert len(practice.read_checkins(a)[0]) == 2
    couple.share(a, a.save_text("note", "voor jou"))  # sharing: the timeline is made again
    assert any(t.text == "voor jou" for t in together.timeline(a, "en")[0])


def test_a_change_elsewhere_before_a_note_here_is_still_seen(world, data_dir):  # noqa: F811
    """Another program changes a check-in; then a note is written here: the check-ins are read
    again (the one changed is damaged), not carried past the note as they were."""
    _vault, _couple, a, _b, _c = world
    practice = Practice(Exercises(CONTENT))
    first = a.save_text("checkin", _checkin(1))
    a.save_text("checkin", _checkin(2))
    assert practice.read_checkins(a)[1] == 0 and len(a.readable_texts()[0]) == 2
    _elsewhere(data_dir, ("UPDATE private_item SET body = ? WHERE uuid = ?",
                          (_flipped(a._repo.item(first).body), first)))
    a.save_text("note", "intussen")
    checkins, damaged = practice.read_checkins(a)
    assert len(checkins) == 1 and damaged == 1
    assert [d.uuid for d in a.damaged_items()] == [first]


def test_a_note_written_by_another_opening_between_two_notes_here_is_listed(world, data_dir):  # noqa: F811
    """The same profile open twice (a second unlock): a note saved through the other between two
    notes saved here is listed here too, in its place."""
    vault, _couple, a, _b, _c = world
    a.save_text("note", "een")
    assert len(a.readable_texts("note")[0]) == 1
    a_again(vault, a).save_text("note", "twee")
    a.save_text("note", "drie")
    assert [t.text for t in a.readable_texts("note")[0]] == ["een", "twee", "drie"]
    assert sqlite3.connect(data_dir / DB_FILENAME).execute("SELECT count(*) FROM private_item").fetchone()[0] == 3


def test_a_note_removed_elsewhere_while_a_note_is_saved_here_is_not_carried_along(world, data_dir):  # noqa: F811
    """Another program deletes a note at the very moment this profile saves one (at the save's
    BEGIN): what was kept is not carried past that save, the note is gone from the list."""
    _vault, _couple, a, _b, _c = world
    gone = a.save_text("note", "weg")
    a.save_text("note", "blijft")
    assert len(a.readable_texts("note")[0]) == 2 and len(a.readable_texts()[0]) == 2  # read, kept
    conn, done = a._service.db.conn, []

    def meanwhile(statement: str) -> None:
        if not done and statement.lstrip().upper().startswith("BEGIN"):
            done.append(True)
            _elsewhere(data_dir, ("DELETE FROM private_item WHERE uuid = ?", (gone,)))

    conn.set_trace_callback(meanwhile)
    try:
        a.save_text("note", "nieuw")
    finally:
        conn.set_trace_callback(None)
    assert done
    assert sorted(t.text for t in a.readable_texts("note")[0]) == ["blijft", "nieuw"]
    assert [(d.uuid, d.reason) for d in a.damaged_items()] == [(gone, "missing")]
