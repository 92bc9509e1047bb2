"""The take-home file's parser, fuzzed: whatever the bytes, and whatever someone who knows the
password puts inside, reading it raises our clear TransferError and nothing else, and a file
that is not exactly right is never taken as one."""

from __future__ import annotations

import copy
import hashlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from erfenis_desktop.services.transfer import TransferService
from erfenis_desktop.services.vault import ProfileError, VaultService
from erfenis_desktop.storage.database import open_database
from erfenis_desktop.vault import transfer
from erfenis_desktop.vault.kdf import FastTestKdf
from tests.vault.memory_keyring import MemoryKeyring

PASSWORD = "lange wandeling"
KDF = FastTestKdf()


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """A real file of a linked couple's partner, and its payload."""
    folder = tmp_path_factory.mktemp("fuzz") / "workshop"
    folder.mkdir()
    db = open_database(folder)
    vault = VaultService(db, kdf=KDF, keyring_backend=MemoryKeyring())
    from erfenis_desktop.services.couple import CoupleService

    a, _ = vault.create("Alex", PASSWORD)
    b, _ = vault.create("Bo", PASSWORD + " b")
    couple = CoupleService(vault)
    couple.link(a, b)
    couple.share(a, a.save_text("note", "Gedeeld."))
    a.save_text("step1", "Privé.")
    path = folder.parent / "alex.erfenis"
    TransferService(vault).export([a], path, PASSWORD, own_password=True)
    raw = path.read_bytes()
    payload = transfer.open_file(raw, PASSWORD, KDF)
    db.close()
    return raw, payload


def _only_our_error(raw: bytes, password: str = PASSWORD) -> None:
    try:
        transfer.open_file(raw, password, KDF)
    except transfer.TransferError as err:
        assert err.code in transfer.CODES


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400))
def test_random_bytes(data):
    _only_our_error(data)
    _only_our_error(transfer.MAGIC + data)


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_a_real_file_changed_anywhere_is_refused(made, data):
    raw, _payload = made
    bad = bytearray(raw)
    how = data.draw(st.sampled_from(["flip", "cut", "insert", "flip+sum"]))
    if how == "cut":
        bad = bad[:data.draw(st.integers(0, len(raw) - 1))]
    elif how == "insert":
        at = data.draw(st.integers(0, len(raw)))
        bad[at:at] = data.draw(st.binary(min_size=1, max_size=8))
    else:
        for _ in range(data.draw(st.integers(1, 4))):
            pos = data.draw(st.integers(0, len(raw) - 1 - (32 if how == "flip+sum" else 0)))
            bad[pos] ^= data.draw(st.integers(1, 255))
        if how == "flip+sum":  # someone who knows the format puts the checksum right
            bad = bad[:-32] + hashlib.sha256(bytes(bad[:-32])).digest()
    if bytes(bad) == raw:
        return
    with pytest.raises(transfer.TransferError):
        transfer.open_file(bytes(bad), PASSWORD, KDF)


_JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.text(max_size=20) | st.floats(allow_nan=False),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, prefix + (i,))


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_payload_of_any_shape_is_refused_or_imported_cleanly(made, data, tmp_path_factory):
    """Someone who knows the password seals a payload of their own: a field replaced by any
    value, or removed. Reading raises TransferError or gives a payload that imports."""
    _raw, payload = made
    bad = copy.deepcopy(payload)
    paths = [p for p in _paths(bad) if p]
    path = data.draw(st.sampled_from(paths))
    parent = bad
    for step in path[:-1]:
        parent = parent[step]
    if data.draw(st.booleans()) and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = data.draw(_JSONISH)
    try:
        sealed = transfer.seal_file(bad, PASSWORD, KDF)
    except (TypeError, ValueError):
        return  # not even JSON (a float that is not finite, a key that is not text)
    try:
        opened = transfer.open_file(sealed, PASSWORD, KDF)
    except transfer.TransferError as err:
        assert err.code == "damaged"
        return
    assert json.dumps(opened, sort_keys=True) == json.dumps(bad, sort_keys=True)
    # What opens also imports, or is refused with a clear error: never a crash, never half.
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        folder.mkdir()
        db = open_database(folder)
        try:
            service = TransferService(VaultService(db, kdf=KDF, keyring_backend=MemoryKeyring()))
            (Path(tmp) / "f.erfenis").write_bytes(sealed)
            try:
                service.import_file(Path(tmp) / "f.erfenis", PASSWORD)
            except ProfileError as err:
                assert err.code.startswith("transfer_") or err.code == "name_taken", err.code
                assert db.conn.execute("SELECT COUNT(*) FROM profile").fetchone()[0] == 0
        finally:
            db.close()


def test_a_key_that_does_not_open_its_rows_is_refused(made, tmp_path):
    """A file sealed by someone who knows its password, with rows that its key does not open (a
    data key of their own, or the rows moved to another profile), is refused as damaged and
    adds nothing."""
    import base64
    import os

    _raw, payload = made
    folder = tmp_path / "at-home"
    folder.mkdir()
    db = open_database(folder)
    vault = VaultService(db, kdf=KDF, keyring_backend=MemoryKeyring())
    service = TransferService(vault)
    try:
        for change in ("key", "uuid", "seq", "identity"):
            bad = copy.deepcopy(payload)
            p = bad["profiles"][0]
            if change == "key":
                p["data_key"] = base64.b64encode(os.urandom(32)).decode()
            elif change == "uuid":
                old = p["uuid"]
                p["uuid"] = "11111111-1111-4111-8111-111111111111"
                for c in bad["couples"]:
                    for m in c["members"]:
                        m["profile_uuid"] = p["uuid"] if m["profile_uuid"] == old else m["profile_uuid"]
                    for s in c["shared"]:
                        s["owner_uuid"] = p["uuid"] if s["owner_uuid"] == old else s["owner_uuid"]
            elif change == "seq":
                p["manifest_seq"] += 10
            else:
                p["identity_key"] = base64.b64encode(os.urandom(32)).decode()
            path = tmp_path / f"{change}.erfenis"
            path.write_bytes(transfer.seal_file(bad, PASSWORD, KDF))
            with pytest.raises(ProfileError) as err:
                service.import_file(path, PASSWORD)
            assert err.value.code == "transfer_damaged", change
            assert vault.profiles() == []
        # The untouched payload, sealed again, imports: the refusals above were about the change.
        path = tmp_path / "fine.erfenis"
        path.write_bytes(transfer.seal_file(payload, PASSWORD, KDF))
        assert [p.outcome for p in service.import_file(path, PASSWORD).profiles] == ["added"]
    finally:
        db.close()


def test_an_independent_reader_following_the_documented_format_opens_the_file(made):
    """docs/take-home-format.md, followed step by step with the primitives themselves: the
    layout, the key and check derivation, the associated data (every byte before the payload)
    and the padding. Any change to the labels, the keys or what is authenticated fails here."""
    import struct

    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    raw, payload = made
    assert raw[:16] == b"ERFENIS TAKEHOME"
    version, h = struct.unpack(">HI", raw[16:22])
    assert version == 1 and hashlib.sha256(raw[:-32]).digest() == raw[-32:]
    header = json.loads(raw[22:22 + h])
    kdf = header["kdf"]
    ikm = Argon2id(salt=bytes.fromhex(kdf["salt"]), length=32, iterations=kdf["iterations"], lanes=kdf["lanes"],
                   memory_cost=kdf["memory_kib"]).derive(PASSWORD.encode())

    def hkdf(info: bytes) -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(ikm)

    assert hkdf(b"erfenis take-home check v1")[:16].hex() == header["check"]
    key = hkdf(b"erfenis take-home key v1")
    blob = raw[22 + h:-32]
    assert blob[0] == 1
    aad = b"erfenis take-home v1" + raw[:22 + h]
    plain = AESGCM(key).decrypt(blob[1:13], blob[13:], b"\x01" + aad)
    (length,) = struct.unpack(">I", plain[:4])
    assert plain[4 + length:] == bytes(len(plain) - 4 - length) and len(plain) >= 256
    assert json.loads(plain[4:4 + length]) == payload
    # What is authenticated: without the header in the associated data, the payload does not open.
    for wrong in (b"\x01" + b"erfenis take-home v1", b"\x01" + aad[:-1] + bytes([aad[-1] ^ 1])):
        with pytest.raises(InvalidTag):
            AESGCM(key).decrypt(blob[1:13], blob[13:], wrong)
    # Nothing about the people is in the plain part.
    assert set(header) == {"aead", "check", "format", "kdf", "key_derivation", "version"}
