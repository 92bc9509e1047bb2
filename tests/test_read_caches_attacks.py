"""Attacks on what an unlocked profile keeps in memory to open pages quickly (its stored rows by
revision, each private text and each shared item as last opened, the shared timeline kept with
the revision): someone with the file changes it behind the program's back *after* the caches
were filled, and the program must still refuse what the file no longer vouches for. After a
lock, nothing of the writing is left in what is kept, and nothing kept is ever on disk."""

from __future__ import annotations

import sqlite3

import pytest

from erfenis_desktop.services.unlocked import ProfileError
from erfenis_desktop.storage.database import DB_FILENAME
from tests.test_couple import PASSWORD, world  # noqa: F401 - the fixture
from tests.test_read_caches import _elsewhere, _flipped


def _put_back(data_dir, table: str, row) -> None:
    """``row`` (an ItemRow or SharedRow read earlier) written back into ``table`` as it was."""
    fields = list(type(row).__dataclass_fields__)
    values = tuple(getattr(row, f) for f in fields)
    _elsewhere(data_dir, (f"INSERT OR REPLACE INTO {table} ({', '.join(fields)}) "
                          f"VALUES ({', '.join('?' * len(fields))})", values))


def _notes(u) -> tuple[list[str], int]:
    texts, damaged = u.readable_texts("note")
    return sorted(t.text for t in texts), damaged


def _shared(couple, u) -> tuple[list[str], int]:
    texts, damaged = couple.shared(u)
    return sorted(t.text for t in texts), damaged


def _linked_with_two_shared(people):
    _vault, couple, a, b, _c = people
    couple.link(a, b)
    first = couple.share(a, a.save_text("note", "eerste gedeeld"))
    second = couple.share(a, a.save_text("note", "tweede gedeeld"))
    assert _shared(couple, b) == (["eerste gedeeld", "tweede gedeeld"], 0)  # opened: kept in memory
    assert _shared(couple, a) == (["eerste gedeeld", "tweede gedeeld"], 0)
    return couple, a, b, first, second


# Private rows ---------------------------------------------------------------------------------

def test_a_change_rolled_back_elsewhere_changes_nothing_and_damages_nothing(world, data_dir):  # noqa: F811
    _vault, _couple, a, _b, _c = world
    item = a.save_text("note", "blijft")
    assert _notes(a) == (["blijft"], 0)
    other = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        other.execute("UPDATE private_item SET body = x'00' WHERE uuid = ?", (item,))
        other.execute("DELETE FROM shared_item")
        other.rollback()
    finally:
        other.close()
    assert _notes(a) == (["blijft"], 0) and a.damaged_items() == []


def test_an_older_copy_of_a_private_row_put_back_after_it_was_read_is_damaged(world, data_dir):  # noqa: F811
    _vault, _couple, a, _b, _c = world
    item = a.save_text("note", "wat ik eerst schreef")
    assert _notes(a) == (["wat ik eerst schreef"], 0)
    older = a._repo.item(item)
    a.save_text("note", "wat ik nu vind", item)
    assert _notes(a) == (["wat ik nu vind"], 0)  # both versions have now been opened and kept
    _put_back(data_dir, "private_item", older)
    assert _notes(a) == ([], 1)
    with pytest.raises(ProfileError):
        a.read_text(item)
    assert [d.uuid for d in a.damaged_items()] == [item]


def test_a_deleted_private_row_put_back_after_it_was_read_is_not_shown(world, data_dir):  # noqa: F811
    _vault, _couple, a, _b, _c = world
    item = a.save_text("note", "weggegooid")
    a.save_text("note", "blijft")
    assert _notes(a) == (["blijft", "weggegooid"], 0)
    row = a._repo.item(item)
    a.delete_text(item)
    assert _notes(a) == (["blijft"], 0)
    _put_back(data_dir, "private_item", row)
    assert _notes(a) == (["blijft"], 1)


def test_a_private_row_deleted_elsewhere_after_it_was_read_is_missing(world, data_dir):  # noqa: F811
    _vault, _couple, a, _b, _c = world
    item = a.save_text("note", "verdwijnt")
    assert _notes(a) == (["verdwijnt"], 0) and a.damaged_items() == []
    _elsewhere(data_dir, ("DELETE FROM private_item WHERE uuid = ?", (item,)))
    assert _notes(a) == ([], 0)
    assert [(d.uuid, d.reason) for d in a.damaged_items()] == [(item, "missing")]


@pytest.mark.parametrize("column", ["created_at", "updated_at"])
def test_only_a_date_of_a_private_row_changed_after_it_was_read_is_damaged(world, data_dir, column):  # noqa: F811
    _vault, _couple, a, _b, _c = world
    item = a.save_text("note", "op die dag")
    assert _notes(a) == (["op die dag"], 0)
    _elsewhere(data_dir, (f"UPDATE private_item SET {column} = '2001-01-01T00:00:00+00:00' WHERE uuid = ?", (item,)))
    assert _notes(a) == ([], 1)


def test_two_private_rows_swapped_after_they_were_read_are_both_damaged(world, data_dir):  # noqa: F811
    _vault, _couple, a, _b, _c = world
    one, two = a.save_text("note", "een"), a.save_text("note", "twee")
    assert _notes(a) == (["een", "twee"], 0)
    r1, r2 = a._repo.item(one), a._repo.item(two)
    _elsewhere(data_dir, ("UPDATE private_item SET body = ?, created_at = ?, updated_at = ? WHERE uuid = ?",
                          (r2.body, r2.created_at, r2.updated_at, one)),
               ("UPDATE private_item SET body = ?, created_at = ?, updated_at = ? WHERE uuid = ?",
                (r1.body, r1.created_at, r1.updated_at, two)))
    assert _notes(a) == ([], 2)


def test_a_note_relabelled_after_it_was_read_leaves_the_notes_and_is_damaged(world, data_dir):  # noqa: F811
    _vault, _couple, a, _b, _c = world
    item = a.save_text("note", "een notitie")
    assert _notes(a) == (["een notitie"], 0) and len(a.readable_texts()[0]) == 1  # both lists kept
    _elsewhere(data_dir, ("UPDATE private_item SET kind = 'step1' WHERE uuid = ?", (item,)))
    assert _notes(a) == ([], 0)
    assert a.readable_texts() == ([], 1) and [d.uuid for d in a.damaged_items()] == [item]


# Shared rows -----------------------------------------------------------------------------------

def test_an_unshared_row_put_back_after_it_was_opened_is_damaged(world, data_dir):  # noqa: F811
    couple, a, b, first, _second = _linked_with_two_shared(world)
    row = couple.repo.shared_item(first)
    couple.unshare(a, first)
    assert _shared(couple, b) == (["tweede gedeeld"], 0)
    _put_back(data_dir, "shared_item", row)  # the very bytes that were opened and kept before
    assert _shared(couple, b) == (["tweede gedeeld"], 1)
    assert _shared(couple, a) == (["tweede gedeeld"], 1)


@pytest.mark.parametrize("column", ["source_tag", "created_at", "kind"])
def test_one_plain_column_of_a_shared_row_changed_after_it_was_opened_is_damaged(world, data_dir, column):  # noqa: F811
    couple, a, b, first, _second = _linked_with_two_shared(world)
    value = {"source_tag": "00" * 32, "created_at": "2001-01-01T00:00:00+00:00", "kind": "step1"}[column]
    _elsewhere(data_dir, (f"UPDATE shared_item SET {column} = ? WHERE uuid = ?", (value, first)))
    assert _shared(couple, b) == (["tweede gedeeld"], 1)
    assert _shared(couple, a) == (["tweede gedeeld"], 1)


def test_two_shared_rows_swapped_after_they_were_opened_are_both_damaged(world, data_dir):  # noqa: F811
    couple, a, b, first, second = _linked_with_two_shared(world)
    r1, r2 = couple.repo.shared_item(first), couple.repo.shared_item(second)
    swap = "UPDATE shared_item SET item_key = ?, body = ?, source_tag = ? WHERE uuid = ?"
    _elsewhere(data_dir, (swap, (r2.item_key, r2.body, r2.source_tag, first)),
               (swap, (r1.item_key, r1.body, r1.source_tag, second)))
    assert _shared(couple, b) == ([], 2)
    # the uuids swapped instead (each row whole, under the other's name)
    _elsewhere(data_dir, (swap, (r1.item_key, r1.body, r1.source_tag, first)),
               (swap, (r2.item_key, r2.body, r2.source_tag, second)))
    assert _shared(couple, b) == (["eerste gedeeld", "tweede gedeeld"], 0)
    _elsewhere(data_dir, ("UPDATE shared_item SET uuid = 'x' WHERE uuid = ?", (first,)),
               ("UPDATE shared_item SET uuid = ? WHERE uuid = ?", (first, second)),
               ("UPDATE shared_item SET uuid = ? WHERE uuid = 'x'", (second,)))
    assert _shared(couple, b) == ([], 2)


def test_the_owners_index_rolled_back_with_its_row_after_both_were_opened_is_refused(world, data_dir):  # noqa: F811
    couple, a, b, first, _second = _linked_with_two_shared(world)
    row, member = couple.repo.shared_item(first), couple.repo.member(a.profile.uuid)
    couple.unshare(a, first)
    assert _shared(couple, b) == (["tweede gedeeld"], 0)  # the partner saw the newer index
    _put_back(data_dir, "shared_item", row)
    _elsewhere(data_dir, ("UPDATE couple_member SET share_index = ?, share_sig = ? WHERE profile_uuid = ?",
                          (member.share_index, member.share_sig, a.profile.uuid)))
    texts, damaged = _shared(couple, b)
    assert "eerste gedeeld" not in texts and damaged >= 1
    texts, damaged = _shared(couple, a)
    assert "eerste gedeeld" not in texts and damaged >= 1


def test_after_unlinking_and_linking_again_nothing_opened_before_comes_back(world, data_dir):  # noqa: F811
    couple, a, b, first, _second = _linked_with_two_shared(world)
    row = couple.repo.shared_item(first)
    couple.unlink(a)
    with pytest.raises(ProfileError):
        couple.shared(b)
    again = couple.link(a, b)
    assert _shared(couple, b) == ([], 0)
    # the old row put back under the new couple: the kept copy is not it, and it does not open
    _elsewhere(data_dir, ("INSERT INTO shared_item (uuid, couple_uuid, owner_uuid, kind, created_at, source_tag,"
                          " item_key, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                          (row.uuid, again, row.owner_uuid, row.kind, row.created_at, row.source_tag,
                           row.item_key, row.body)))
    assert _shared(couple, b) == ([], 1)


def test_after_the_owner_renews_protection_the_partner_is_not_served_what_was_kept(world):  # noqa: F811
    vault, couple, a, b, _c = world
    couple.link(a, b)
    couple.share(a, a.save_text("note", "voor de vernieuwing"))
    assert _shared(couple, b) == (["voor de vernieuwing"], 0)
    a2, _code = vault.renew_key_job(a, PASSWORD, PASSWORD + " nieuw").run_here()
    with pytest.raises(ProfileError) as err:  # the link must be confirmed again first
        couple.shared(b)
    assert err.value.code == "partner_key_changed"
    couple.repin(a2, b)
    assert _shared(couple, b) == (["voor de vernieuwing"], 0)


def test_a_deleted_partner_leaves_nothing_of_theirs_in_the_timeline(world):  # noqa: F811
    vault, couple, a, b, _c = world
    couple.link(a, b)
    couple.share(a, a.save_text("note", "van Alex"))
    assert _shared(couple, b) == (["van Alex"], 0)
    vault.delete(a.profile.uuid, PASSWORD)
    try:
        texts, _damaged = _shared(couple, b)
    except ProfileError:
        texts = []
    assert "van Alex" not in texts


def test_a_shared_row_changed_elsewhere_while_it_was_being_read_is_not_kept(world, data_dir):  # noqa: F811
    """Another program writes at the very moment the timeline has been read (between the read
    and the revision it is kept under): the next look must see the change, not the copy."""
    vault, couple, a, b, _c = world
    couple.link(a, b)
    item = couple.share(a, a.save_text("note", "net gelezen"))
    body = couple.repo.shared_item(item).body
    state = {"read": False, "done": False}

    def meanwhile(statement: str) -> None:
        if "FROM shared_item WHERE couple_uuid" in statement:
            state["read"] = True
        elif state["read"] and not state["done"] and "data_version" in statement:
            state["done"] = True
            _elsewhere(data_dir, ("UPDATE shared_item SET body = ? WHERE uuid = ?", (_flipped(body), item)))

    conn = vault.db.conn
    conn.set_trace_callback(meanwhile)
    try:
        assert _shared(couple, b) == (["net gelezen"], 0)  # what the file said when it was read
    finally:
        conn.set_trace_callback(None)
    assert state["done"]
    assert _shared(couple, b) == ([], 1)


def test_a_private_row_changed_elsewhere_right_after_the_rows_were_read_is_not_kept(world, data_dir):  # noqa: F811
    """Another program writes the moment after the rows were read (before anything else): the
    revision they are kept under must be the one from before that write."""
    _vault, _couple, a, _b, _c = world
    item = a.save_text("note", "net gelezen")
    body = a._repo.item(item).body
    state = {"read": False, "done": False}

    def meanwhile(statement: str) -> None:
        if "FROM private_item" in statement:
            state["read"] = True
        elif state["read"] and not state["done"]:
            state["done"] = True
            _elsewhere(data_dir, ("UPDATE private_item SET body = ? WHERE uuid = ?", (_flipped(body), item)))

    conn = a._service.db.conn
    conn.set_trace_callback(meanwhile)
    try:
        a.readable_texts("note")
        assert _notes(a) == ([], 1)
    finally:
        conn.set_trace_callback(None)
    assert state["done"]


# After a lock; on disk --------------------------------------------------------------------------

def _holds(obj, needle: str, seen: set[int] | None = None) -> bool:
    """Whether ``needle`` is in ``obj`` or anything it holds (dicts, sequences, dataclasses)."""
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return False
    seen.add(id(obj))
    if isinstance(obj, str):
        return needle in obj
    if isinstance(obj, (bytes, bytearray)):
        return needle.encode() in obj
    if isinstance(obj, dict):
        return any(_holds(k, needle, seen) or _holds(v, needle, seen) for k, v in obj.items())
    if isinstance(obj, (list, tuple, set, frozenset)):
        return any(_holds(x, needle, seen) for x in obj)
    fields = getattr(type(obj), "__dataclass_fields__", None)
    if fields is not None:
        return any(_holds(getattr(obj, f, None), needle, seen) for f in fields)
    return False


def test_after_a_lock_nothing_kept_holds_a_word_and_nothing_opens(world):  # noqa: F811
    _vault, couple, a, b, _c = world
    couple.link(a, b)
    mine = a.save_text("note", "alleen van mij")
    couple.share(a, a.save_text("note", "van ons samen"))
    a.read_text(mine), a.readable_texts(), a.damaged_items(), couple.shared(a), couple.shared(b)
    kept = {(u.profile.name, name): getattr(u, name) for u in (a, b) for name in
            ("_opened", "_kept", "_shared_opened", "_rows_seen", "_manifest_seen")}
    assert _holds(kept, "alleen van mij") and _holds(kept, "van ons samen")  # the control: it was kept
    a.lock()
    b.lock()
    for u in (a, b):
        for word in ("alleen van mij", "van ons samen"):
            assert not _holds({k: v for k, v in vars(u).items() if k != "_service"}, word)
        for read in (lambda u=u: u.readable_texts(), lambda u=u: u.texts("note"), lambda u=u: u.damaged_items(),
                     lambda u=u: couple.shared(u)):
            with pytest.raises(ProfileError):
                read()
    assert not _holds(vars(couple), "van ons samen")


def test_nothing_kept_in_memory_reaches_the_disk(world, data_dir):  # noqa: F811
    _vault, couple, a, b, _c = world
    couple.link(a, b)
    couple.share(a, a.save_text("note", "geheimzinnig woord"))
    a.readable_texts(), a.damaged_items(), couple.shared(a), couple.shared(b)
    a.save_text("note", "nog een")  # a write after the caches were filled
    for u in (a, b):
        u.lock()
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert files
    for path in files:
        assert b"geheimzinnig" not in path.read_bytes(), path
