"""The encrypted formats Erfenis reads back from its data file, fuzzed (issue 15, section 2).

Every blob the vault opens (items of format 2, the manifest, the wrapped keys and their KDF
parameters, the signed share index, the couple's space key and shared copies) is changed the
ways a damaged disk or someone with the file would change it: bits flipped, cut short, made
longer, replaced by random bytes, swapped with a neighbour's. Opening raises the vault's own
``DamagedError`` (or ``UnlockFailed``/``WeakKdfParams`` for a key record) and nothing else,
and a changed blob is never taken as the original. The whole data file, changed the same way
in any column, still ends in a clear ``ProfileError`` or a profile whose readable texts are
exactly the ones that were written (damaged ones counted, never shown).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from erfenis_desktop.vault import aead, items, keys
from erfenis_desktop.vault.errors import DamagedError, UnlockFailed, VaultError, WeakKdfParams
from erfenis_desktop.vault.kdf import FastTestKdf, KdfParams

KDF = FastTestKdf()
KEY = bytes(range(32))
OWNER = "a59c7f41-62e2-4a67-8dfb-730ea2aa4a04"
WHERE = dict(uuid="815b8dec-db17-491f-bbd6-9dba28fbc185", owner=OWNER, kind="note", revision=3, key_version=1,
             created_at="2026-01-01T10:00:00+00:00", updated_at="2026-01-02T10:00:00+00:00")
#: ERFENIS_FUZZ_SCALE=20 for a long run by hand; the suite keeps to a few seconds a test.
SCALE = int(os.environ.get("ERFENIS_FUZZ_SCALE", "1"))
FAST = settings(max_examples=60 * SCALE, deadline=None, database=None, derandomize=True)


def _mutate(data, raw: bytes) -> bytes:
    """One change of the kinds a disk or a person makes; never the original."""
    how = data.draw(st.sampled_from(["flip", "cut", "extend", "insert", "random", "empty"]))
    bad = bytearray(raw)
    if how == "flip" and raw:
        for _ in range(data.draw(st.integers(1, 3))):
            bad[data.draw(st.integers(0, len(raw) - 1))] ^= data.draw(st.integers(1, 255))
    elif how == "cut" and raw:
        bad = bad[:data.draw(st.integers(0, len(raw) - 1))]
    elif how == "extend":
        bad += data.draw(st.binary(min_size=1, max_size=40))
    elif how == "insert":
        at = data.draw(st.integers(0, len(raw)))
        bad[at:at] = data.draw(st.binary(min_size=1, max_size=8))
    elif how == "random":
        bad = bytearray(data.draw(st.binary(max_size=300)))
    else:
        bad = bytearray()
    return bytes(bad)


# --------------------------------------------------------------------------------------------
# The formats one by one


@FAST
@given(data=st.data())
def test_a_changed_item_never_opens(data):
    blob = items.seal_item(KEY, "Wat ik mijn moeder nooit zei. 🌱", **WHERE)
    bad = _mutate(data, blob)
    if bad == blob:
        return
    with pytest.raises(DamagedError):
        items.open_item(KEY, bad, **WHERE)


_TEXT = st.text(max_size=30)
_WHERE_CHANGES = {
    "uuid": _TEXT, "owner": _TEXT, "kind": _TEXT, "created_at": _TEXT, "updated_at": _TEXT,
    "revision": st.integers(-2**70, 2**70) | st.none() | st.text(max_size=3) | st.floats(),
    "key_version": st.integers(-2**70, 2**70) | st.none() | st.booleans(),
}


@FAST
@given(data=st.data())
def test_an_item_under_other_plain_columns_never_opens(data):
    """The plain columns beside the blob (its id, owner, kind, revision, key version and dates)
    edited to anything, of any type: DamagedError, never the text under another label."""
    blob = items.seal_item(KEY, "Privé.", **WHERE)
    name = data.draw(st.sampled_from(sorted(_WHERE_CHANGES)))
    value = data.draw(_WHERE_CHANGES[name])
    if value == WHERE[name] and type(value) is type(WHERE[name]):
        return
    with pytest.raises(DamagedError):
        items.open_item(KEY, blob, **{**WHERE, name: value})


@FAST
@given(data=st.data())
def test_a_changed_manifest_never_opens(data):
    manifest = items.new_manifest(1)
    manifest["items"][WHERE["uuid"]] = ["note", 3]
    blob = items.seal_manifest(KEY, manifest, owner=OWNER)
    bad = _mutate(data, blob)
    if bad == blob:
        return
    with pytest.raises(DamagedError):
        items.open_manifest(KEY, bad, owner=OWNER)


_JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.text(max_size=12)
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8)


def _replace_somewhere(data, tree):
    """``tree`` with one value (anywhere) replaced by any JSON value, or removed."""
    tree = json.loads(json.dumps(tree))
    paths = []

    def walk(node, prefix):
        paths.append(prefix)
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, prefix + (k,))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, prefix + (i,))

    walk(tree, ())
    path = data.draw(st.sampled_from(paths))
    if not path:
        return data.draw(_JSONISH)
    parent = tree
    for step in path[:-1]:
        parent = parent[step]
    if isinstance(parent, dict) and data.draw(st.booleans()):
        del parent[path[-1]]
    else:
        parent[path[-1]] = data.draw(_JSONISH)
    return tree


def _is_manifest(m) -> bool:
    small = lambda v: type(v) is int and 0 <= v < 2**62  # noqa: E731
    return (m["v"] == 1 and small(m["seq"]) and small(m["key_version"])
            and all(isinstance(e, list) and len(e) == 2 and isinstance(e[0], str) and small(e[1])
                    for e in m["items"].values())
            and all(small(v) for k in ("shares", "seen") for v in m[k].values()))


@FAST
@given(data=st.data())
def test_a_manifest_of_any_shape_sealed_with_the_key_is_refused_or_well_formed(data):
    """Someone with the data key (a take-home file of their own making) seals any JSON as the
    manifest: what opens has exactly the shape the services rely on."""
    manifest = items.new_manifest(1)
    manifest.update(seq=4, items={WHERE["uuid"]: ["note", 3]}, shares={"c": 2}, seen={"c": 1})
    bad = _replace_somewhere(data, manifest)
    blob = items.seal_text(KEY, json.dumps(bad), items._manifest_aad(OWNER))
    try:
        opened = items.open_manifest(KEY, blob, owner=OWNER)
    except DamagedError:
        return
    assert _is_manifest(opened) and opened == bad


def _signed_index():
    raw = items.encode_index(couple="c-1", owner=OWNER, seq=7, items={"s-1": ["ab" * 32, "cd" * 32]})
    return raw, items.sign_index(KEY, OWNER, raw), items.identity_key(KEY, OWNER)


@FAST
@given(data=st.data())
def test_a_changed_share_index_or_signature_never_opens(data):
    raw, sig, public = _signed_index()
    which = data.draw(st.sampled_from(["index", "sig", "public"]))
    parts = {"index": raw, "sig": sig, "public": public}
    parts[which] = _mutate(data, parts[which])
    if parts[which] == {"index": raw, "sig": sig, "public": public}[which]:
        return
    with pytest.raises(DamagedError):
        items.open_index(parts["public"], parts["index"], parts["sig"], couple="c-1", owner=OWNER)


@FAST
@given(data=st.data())
def test_a_share_index_of_any_shape_signed_by_its_owner_is_refused_or_well_formed(data):
    raw, _sig, public = _signed_index()
    bad = json.dumps(_replace_somewhere(data, json.loads(raw))).encode()
    try:
        opened = items.open_index(public, bad, items.sign_index(KEY, OWNER, bad), couple="c-1", owner=OWNER)
    except DamagedError:
        return
    assert opened["couple"] == "c-1" and opened["owner"] == OWNER and type(opened["seq"]) is int
    assert all(isinstance(e, list) and len(e) == 2 and all(isinstance(x, str) for x in e)
               for e in opened["items"].values())


@FAST
@given(data=st.data())
def test_a_changed_field_blob_never_opens(data):
    """The plain AEAD blob (space key, a shared copy's item key and body, v4 fields)."""
    aad = aead.field_aad("r", OWNER, "body", 1)
    blob = aead.seal(KEY, b"space key, 32 bytes long........", aad)
    bad = _mutate(data, blob)
    if bad == blob:
        return
    with pytest.raises(DamagedError):
        aead.open_(KEY, bad, aad)
    with pytest.raises(DamagedError):
        aead.open_into(KEY, bad, aad)
    with pytest.raises(DamagedError):
        aead.decrypt_text(KEY, bad, record_uuid="r", owner_uuid=OWNER, field="body", key_version=1)


PASSWORD = "lange wandeling"
_RECORD = keys.rewrap_for_new_password(bytes(32), PASSWORD, OWNER, KDF)


@settings(max_examples=40 * SCALE, deadline=None, database=None, derandomize=True)
@given(data=st.data())
def test_a_changed_password_record_never_gives_a_key(data):
    """The wrapped key as stored, changed as bytes or as JSON: the vault's own errors only,
    and never a data key."""
    if data.draw(st.booleans()):
        bad = _mutate(data, _RECORD)
    else:
        bad = json.dumps(_replace_somewhere(data, json.loads(_RECORD))).encode()
    if bad == _RECORD or json.loads(_RECORD) == _maybe_json(bad):
        return
    with pytest.raises((DamagedError, UnlockFailed, WeakKdfParams)):
        keys.unlock_with_password(PASSWORD, OWNER, bad, KDF)


def _maybe_json(raw: bytes):
    try:
        return json.loads(raw)
    except ValueError:
        return None


@FAST
@given(st.dictionaries(st.sampled_from(["algorithm", "memory_kib", "iterations", "lanes", "salt", "x"]),
                       _JSONISH, max_size=6))
@example({"algorithm": "argon2id", "memory_kib": 8, "iterations": True, "lanes": 1.0, "salt": "00" * 16})
@example({"algorithm": "argon2id", "memory_kib": 8, "iterations": 1, "lanes": 1, "salt": "zz"})
def test_kdf_parameters_of_any_shape_are_refused_cleanly(params):
    try:
        parsed = KdfParams.from_dict(params)
    except DamagedError:
        return
    try:
        KDF.check(parsed)
    except WeakKdfParams:
        return
    assert [(type(v), v) for v in (parsed.memory_kib, parsed.iterations, parsed.lanes)] == [(int, 8), (int, 1), (int, 1)]


# --------------------------------------------------------------------------------------------
# The whole data file: any column of any row changed, then used as a person would


PASSWORDS = {"Alex": "lange wandeling", "Bo": "lange wandeling b"}
WRITTEN = {"Alex": {"note": "Gedeeld. 🌊", "step1": "Privé: wat ik nooit zei."}, "Bo": {"note": "Van Bo."}}


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """A data file with a linked couple, private texts, one shared text each, a programme."""
    from erfenis_desktop.services.couple import CoupleService
    from erfenis_desktop.services.vault import VaultService
    from erfenis_desktop.storage.database import DB_FILENAME, open_database
    from tests.vault.memory_keyring import MemoryKeyring

    folder = tmp_path_factory.mktemp("fuzz-file") / "data"
    folder.mkdir()
    db = open_database(folder)
    keyring = MemoryKeyring()  # the computer's extra key, the same for every copy of the file
    vault = VaultService(db, kdf=KDF, keyring_backend=keyring)
    couple = CoupleService(vault)
    made, codes = {}, {}
    for name in PASSWORDS:
        made[name], codes[name] = vault.create(name, PASSWORDS[name])
    couple.link(made["Alex"], made["Bo"])
    for name, texts in WRITTEN.items():
        for kind, text in texts.items():
            saved = made[name].save_text(kind, text)
            if kind == "note":
                couple.share(made[name], saved)
    from erfenis_desktop.domain.programme import Part, Programme
    from erfenis_desktop.services.programme import Programmes

    Programmes.save(made["Alex"], Programme("Avond 🌙", (Part("step1", 10),)))
    uuids = {name: (u.profile.uuid, codes[name]) for name, u in made.items()}
    db.close()
    return folder / DB_FILENAME, uuids, keyring


_COLUMNS = {  # table: (key column, the columns anyone with the file can change)
    "profile": ("uuid", ["password_record", "recovery_record", "manifest", "identity_key", "key_version",
                         "item_format", "manifest_seq", "failed_attempts", "first_failed_at", "colour"]),
    "private_item": ("uuid", ["body", "kind", "revision", "key_version", "created_at", "updated_at",
                              "owner_uuid"]),
    "couple_member": ("profile_uuid", ["space_key", "share_index", "share_sig"]),
    "shared_item": ("uuid", ["item_key", "body", "kind", "created_at", "source_tag", "owner_uuid"]),
}


def _change_the_file(data, path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        table = data.draw(st.sampled_from(sorted(_COLUMNS)))
        key, columns = _COLUMNS[table]
        column = data.draw(st.sampled_from(columns))
        rows = conn.execute(f"SELECT {key}, {column} FROM {table}").fetchall()
        row_key, value = data.draw(st.sampled_from(rows))
        others = [v for k, v in rows if k != row_key and v is not None and v != value]
        if others and data.draw(st.integers(0, 4)) == 0:
            new = data.draw(st.sampled_from(others))  # swapped with a neighbour's
        elif isinstance(value, bytes):
            new = _mutate(data, value)
        elif isinstance(value, int) or isinstance(value, float):
            new = data.draw(st.integers(-2**63, 2**63 - 1) | st.sampled_from([value + 1, value - 1, 0, -1]))
        else:
            new = data.draw(st.text(max_size=40) | st.sampled_from(["", "pin", "note", "step1"]))
        if new == value:
            return
        try:
            with conn:
                conn.execute(f"UPDATE {table} SET {column} = ? WHERE {key} = ?", (new, row_key))
        except sqlite3.Error:
            pass  # the schema refuses it (a foreign key, STRICT types): nothing to read back
    finally:
        conn.close()


def _use_as_a_person(folder: Path, uuids: dict[str, str], keyring) -> None:
    """Open each profile and read everything it shows; only ProfileError may come out, and
    nothing shown differs from what was written."""
    from erfenis_desktop.services.couple import CoupleService
    from erfenis_desktop.services.programme import Programmes
    from erfenis_desktop.services.vault import ProfileError, VaultService
    from erfenis_desktop.storage.database import StorageError, open_database

    try:
        db = open_database(folder)
    except StorageError:
        return  # the problem screen's case, tested in test_storage_faults
    try:
        vault = VaultService(db, kdf=KDF, keyring_backend=keyring)
        couple = CoupleService(vault)
        shown = {p.uuid: p for p in vault.profiles()}
        all_written = {t for texts in WRITTEN.values() for t in texts.values()}
        for name, (uuid, code) in uuids.items():
            if uuid not in shown:
                continue
            try:
                u, _before = vault.unlock(uuid, PASSWORDS[name])
            except ProfileError as err:
                assert err.code in ("damaged", "wrong_password"), err.code
                try:  # what the person does next: the recovery code
                    u, _code = vault.recover(uuid, code, PASSWORDS[name])
                except ProfileError as err:
                    assert err.code in ("damaged", "wrong_code"), err.code
                    continue
            calls = ((u.readable_texts,), (u.damaged_items,), (couple.shared, u), (couple.state, u),
                     (couple.fingerprint, u.profile.uuid, "nl"), (Programmes.saved, u))
            for call, *args in calls:
                try:
                    result = call(*args)
                except ProfileError as err:
                    assert err.code in ("damaged", "no_couple", "not_found", "partner_key_changed",
                                        "link_damaged"), err.code
                    continue
                if isinstance(result, tuple) and result and isinstance(result[0], list):
                    for text in result[0]:
                        body = getattr(text, "text", None)
                        if isinstance(body, str) and getattr(text, "kind", "") in ("note", "step1"):
                            assert body in all_written, body  # never a changed text shown as written
            own = {t.kind: t.text for t in u.readable_texts()[0] if t.kind in ("note", "step1")}
            assert all(WRITTEN[name][k] == v for k, v in own.items())
            try:  # "Renew protection" reads and rewrites everything
                vault.renew_key_job(u, PASSWORDS[name], PASSWORDS[name] + " 2").run_here()
            except ProfileError as err:
                assert err.code in ("damaged", "link_damaged"), err.code
            u.lock()
    finally:
        db.close()


@settings(max_examples=30 * SCALE, deadline=None, database=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_a_data_file_changed_anywhere_opens_cleanly_or_says_damaged(made, data):
    original, uuids, keyring = made
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        folder.mkdir()
        shutil.copy(original, folder / original.name)
        _change_the_file(data, folder / original.name)
        _use_as_a_person(folder, uuids, keyring)


def test_the_untouched_file_opens_with_everything(made):
    """The fixture itself: without a change every profile opens and every text is readable
    (so the refusals above are about the change)."""
    from erfenis_desktop.services.couple import CoupleService
    from erfenis_desktop.services.vault import VaultService
    from erfenis_desktop.storage.database import open_database
    original, uuids, keyring = made
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        folder.mkdir()
        shutil.copy(original, folder / original.name)
        db = open_database(folder)
        try:
            vault = VaultService(db, kdf=KDF, keyring_backend=keyring)
            u, _ = vault.unlock(uuids["Alex"][0], PASSWORDS["Alex"])
            texts, damaged = u.readable_texts()
            assert damaged == 0 and {t.text for t in texts} >= set(WRITTEN["Alex"].values())
            shared, bad = CoupleService(vault).shared(u)
            assert bad == 0 and {s.text for s in shared} == {WRITTEN["Alex"]["note"], WRITTEN["Bo"]["note"]}
        finally:
            db.close()


DEEP = "[" * 5000 + "]" * 5000  # deeper than Python's JSON decoder goes: RecursionError, not ValueError


def test_json_nested_too_deep_is_damage_in_every_format():
    """The manifest (sealed with the key), the share index (signed by a partner) and the plain
    header of a take-home file (anyone can make one: only a checksum guards it), each holding
    JSON nested too deep to decode: the format's own error, not a RecursionError."""
    import hashlib
    import struct

    from erfenis_desktop.vault import transfer

    with pytest.raises(DamagedError):
        items.open_manifest(KEY, items.seal_text(KEY, DEEP, items._manifest_aad(OWNER)), owner=OWNER)
    raw = DEEP.encode()
    with pytest.raises(DamagedError):
        items.open_index(items.identity_key(KEY, OWNER), raw, items.sign_index(KEY, OWNER, raw), couple="c-1",
                         owner=OWNER)
    header = b"[" * 3000 + b"]" * 1000
    whole = transfer.MAGIC + struct.pack(">HI", transfer.VERSION, len(header)) + header + b"\x01" + bytes(64)
    with pytest.raises(transfer.TransferError) as err:
        transfer.open_file(whole + hashlib.sha256(whole).digest(), PASSWORD, KDF)
    assert err.value.code == "damaged"


def test_vault_errors_are_one_family():
    """What the services catch: every error above is a VaultError."""
    assert all(issubclass(e, VaultError) for e in (DamagedError, UnlockFailed, WeakKdfParams))
