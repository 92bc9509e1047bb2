"""What an unlocked profile keeps in memory to open pages quickly (its stored rows by revision,
each text and each shared item as last opened) never hides a change to the file: a row changed
afterwards, by this program or by another one holding the file, is read and checked afresh, and
a tampered row is reported damaged, never served from memory."""

from __future__ import annotations

import sqlite3

from erfenis_desktop.storage.database import DB_FILENAME
from tests.test_couple import world  # noqa: F401 - the fixture


def _elsewhere(data_dir, *statements: tuple[str, tuple]) -> None:
    """Change the file through a connection of its own (another program holding the file)."""
    other = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        for sql, args in statements:
            other.execute(sql, args)
        other.commit()
    finally:
        other.close()


def _flipped(body: bytes) -> bytes:
    changed = bytearray(body)
    changed[-1] ^= 1
    return bytes(changed)


def test_a_private_row_changed_elsewhere_after_it_was_read_is_damaged_not_remembered(world, data_dir):  # noqa: F811
    _vault, _couple, a, _b, _c = world
    first = a.save_text("note", "eerste")
    a.save_text("note", "tweede")
    assert sorted(t.text for t in a.readable_texts("note")[0]) == ["eerste", "tweede"]  # read, kept
    body = a._repo.item(first).body
    _elsewhere(data_dir, ("UPDATE private_item SET body = ? WHERE uuid = ?", (_flipped(body), first)))
    texts, damaged = a.readable_texts("note")
    assert [t.text for t in texts] == ["tweede"] and damaged == 1
    assert [d.uuid for d in a.damaged_items()] == [first]


def test_a_note_written_after_the_rows_were_read_is_there_at_once(world):  # noqa: F811
    _vault, _couple, a, _b, _c = world
    a.save_text("note", "eerste")
    assert len(a.readable_texts()[0]) == 1 and len(a.readable_texts("note")[0]) == 1
    a.save_text("note", "tweede")
    assert sorted(t.text for t in a.readable_texts("note")[0]) == ["eerste", "tweede"]
    assert len(a.readable_texts()[0]) == 2


def test_a_shared_row_changed_after_it_was_opened_is_damaged_not_remembered(world, data_dir):  # noqa: F811
    _vault, couple, a, b, _c = world
    couple.link(a, b)
    item = couple.share(a, a.save_text("note", "heel"))
    assert [t.text for t in couple.shared(b)[0]] == ["heel"]  # opened once: kept in memory
    body = couple.repo.shared_item(item).body
    _elsewhere(data_dir, ("UPDATE shared_item SET body = ? WHERE uuid = ?", (_flipped(body), item)))
    texts, damaged = couple.shared(b)
    assert texts == [] and damaged == 1
    _elsewhere(data_dir, ("UPDATE shared_item SET body = ? WHERE uuid = ?", (body, item)))  # put back as it was
    assert [t.text for t in couple.shared(b)[0]] == ["heel"]


def test_an_unshared_item_opened_before_is_gone_for_the_partner(world):  # noqa: F811
    _vault, couple, a, b, _c = world
    couple.link(a, b)
    item = couple.share(a, a.save_text("note", "even"))
    assert [t.text for t in couple.shared(b)[0]] == ["even"]
    couple.unshare(a, item)
    assert couple.shared(b) == ([], 0)


def test_the_lock_drops_what_was_kept(world):  # noqa: F811
    _vault, couple, a, b, _c = world
    couple.link(a, b)
    couple.share(a, a.save_text("note", "geheim"))
    couple.shared(b)
    a.readable_texts()
    assert b._shared_opened and a._rows_seen is not None
    a.lock()
    b.lock()
    assert not b._shared_opened and a._rows_seen is None and not a._opened
