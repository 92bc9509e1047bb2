"""The take-home file: one person's (or a couple's) Erfenis in one encrypted file.

Pure work on bytes: no Qt, no database. The layout is documented in
docs/take-home-format.md; in short::

    magic (16 bytes, "ERFENIS TAKEHOME")
    version (2 bytes, big-endian; this is 1)
    header length (4 bytes, big-endian) ‖ header (canonical JSON: the KDF and its parameters,
                                                  the AEAD, a key-check value)
    payload: AES-256-GCM blob (aead.py: 0x01 ‖ nonce ‖ ciphertext ‖ tag)
    SHA-256 of everything before it (32 bytes)

The payload key and the key-check value are two HKDF outputs of Argon2id(password). The
associated data of the payload is a label and every byte before the payload (magic, version,
header), so the whole file is authenticated; the SHA-256 at the end only tells an
accidentally damaged or cut-off file apart from a wrong password. The payload is padded
(Padmé) canonical JSON; it holds the profiles' rows as they are (ciphertext) and each
profile's data key.

Every way a file can be wrong raises :class:`TransferError` with one of the codes in
:data:`CODES`; nothing else escapes :func:`open_file` (the parser is fuzzed).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import struct
from typing import Any

from . import aead
from .errors import DamagedError, WeakKdfParams
from .items import _hkdf, pad, unpad, wipe
from .kdf import FLOOR_MEMORY_KIB, LANES, Kdf, KdfParams

MAGIC = b"ERFENIS TAKEHOME"
VERSION = 1
FORMAT = "erfenis-take-home"
PAYLOAD_FORMAT = "erfenis-take-home-payload"
SUFFIX = ".erfenis"

_HEADER_MAX = 4096
#: The most a file may ask of Argon2id: what Erfenis saves files with (kdf.py's 64 MiB, 4 lanes).
#: Iterations keep the key records' ceiling (64). Checked before any derivation.
FILE_MAX_MEMORY_KIB = FLOOR_MEMORY_KIB
FILE_MAX_LANES = LANES
#: A payload with more JSON values than this is refused before it is parsed: a few MB of
#: ``[],[],…`` would otherwise become hundreds of MB of objects (a 256 MiB file, many GB).
#: A person's real writing is a few thousand items of about ten values each.
MAX_JSON_TOKENS = 1_000_000
#: A file larger than this is refused before it is read (a person's writing is far smaller).
MAX_FILE = 256 * 1024 * 1024
_CHECK_BYTES = 16
_SUM_BYTES = 32
_FIXED = len(MAGIC) + 2 + 4
_KEY_INFO = b"erfenis take-home key v1"
_CHECK_INFO = b"erfenis take-home check v1"
_AAD_LABEL = b"erfenis take-home v1"

#: foreign: not a take-home file at all; damaged: damaged, cut off or changed; too_new: made by
#: a newer Erfenis; wrong_password: the password does not open it.
CODES = ("foreign", "damaged", "too_new", "wrong_password")


class TransferError(Exception):
    def __init__(self, code: str):
        assert code in CODES
        self.code = code
        super().__init__(code)


def _canonical(data: Any) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def _keys(ikm: bytes) -> tuple[bytearray, bytes]:
    key = _hkdf(ikm, _KEY_INFO)
    check = _hkdf(ikm, _CHECK_INFO)
    try:
        return key, bytes(check[:_CHECK_BYTES])
    finally:
        wipe(check)


def _prefix(header: bytes) -> bytes:
    return MAGIC + struct.pack(">HI", VERSION, len(header)) + header


# --------------------------------------------------------------------------
# Writing


def seal_file(payload: dict[str, Any], password: str, kdf: Kdf) -> bytes:
    """The whole file for ``payload`` (a dict made by the caller; see docs/take-home-format.md)."""
    params = kdf.new_params()
    ikm = bytearray(kdf.derive(password, params))
    key, check = _keys(ikm)
    wipe(ikm)
    header = _canonical({"format": FORMAT, "version": VERSION, "aead": "aes-256-gcm",
                         "kdf": params.to_dict(), "key_derivation": "argon2id+hkdf-sha256",
                         "check": check.hex()})
    prefix = _prefix(header)
    body = bytearray(json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False), "utf-8")
    padded = pad(body)
    wipe(body)
    try:
        blob = aead.seal(key, padded, _AAD_LABEL + prefix)
    finally:
        wipe(padded)
        wipe(key)
    whole = prefix + blob
    return whole + hashlib.sha256(whole).digest()


# --------------------------------------------------------------------------
# Reading


def read_header(raw: bytes) -> tuple[KdfParams, bytes, bytes, bytes]:
    """Check everything that can be checked without the password: (KDF parameters, key-check
    value, the authenticated prefix, the payload blob). Raises TransferError."""
    if not isinstance(raw, (bytes, bytearray)):
        raise TransferError("foreign")
    raw = bytes(raw)
    if not raw.startswith(MAGIC[: min(len(raw), len(MAGIC))]) or len(raw) < len(MAGIC):
        # An empty file, or only the start of the magic, is a cut-off take-home file.
        raise TransferError("damaged" if MAGIC.startswith(raw) else "foreign")
    if len(raw) > MAX_FILE or len(raw) < _FIXED + _SUM_BYTES:
        raise TransferError("damaged")
    whole, digest = raw[:-_SUM_BYTES], raw[-_SUM_BYTES:]
    if not hmac.compare_digest(hashlib.sha256(whole).digest(), digest):
        raise TransferError("damaged")
    version, length = struct.unpack(">HI", whole[len(MAGIC):_FIXED])
    if version > VERSION:
        raise TransferError("too_new")
    if version != VERSION or not 2 <= length <= _HEADER_MAX or _FIXED + length > len(whole):
        raise TransferError("damaged")
    header_bytes = whole[_FIXED:_FIXED + length]
    try:
        header = json.loads(header_bytes.decode("ascii"))
        if (not isinstance(header, dict) or header.get("format") != FORMAT or header.get("version") != VERSION
                or header.get("aead") != "aes-256-gcm" or header.get("key_derivation") != "argon2id+hkdf-sha256"
                or not isinstance(header.get("kdf"), dict) or not isinstance(header.get("check"), str)
                or _canonical(header) != header_bytes):
            raise TransferError("damaged")
        params = KdfParams.from_dict(header["kdf"])
        check = bytes.fromhex(header["check"])
    except (ValueError, UnicodeDecodeError, DamagedError, TypeError, RecursionError):  # [[[[… in the plain header
        raise TransferError("damaged") from None
    if len(check) != _CHECK_BYTES:
        raise TransferError("damaged")
    return params, check, whole[:_FIXED + length], whole[_FIXED + length:]


def open_file(raw: bytes, password: str, kdf: Kdf) -> dict[str, Any]:
    """The payload of a take-home file, or TransferError. The parameters are checked against
    ``kdf`` before any work is done (an edited file cannot make Erfenis use up memory)."""
    params, check, prefix, blob = read_header(raw)
    try:
        kdf.check(params)
    except WeakKdfParams:
        raise TransferError("damaged") from None
    if params.memory_kib > FILE_MAX_MEMORY_KIB or params.lanes > FILE_MAX_LANES:
        # Erfenis saves every file with 64 MiB and 4 lanes. A key record may ask for up to 4 GiB
        # (it was made on this computer), a file from elsewhere not: one that asks for more
        # would have this computer allocate it, and spin, before the password is even tried.
        raise TransferError("damaged")
    try:
        ikm = bytearray(kdf.derive(password, params))
    except (ValueError, MemoryError, WeakKdfParams):
        raise TransferError("damaged") from None
    key, typed_check = _keys(ikm)
    wipe(ikm)
    try:
        if not hmac.compare_digest(typed_check, check):
            raise TransferError("wrong_password")
        try:
            plain = aead.open_into(key, blob, _AAD_LABEL + prefix)
        except DamagedError:
            raise TransferError("damaged") from None
    finally:
        wipe(key)
    try:
        view = unpad(plain)
        try:
            # Every value in a JSON array or object opens it or follows a ",", so these bound the
            # number of values (they are counted inside strings too: a real file, base64 and
            # short names, stays far below). Counted in place: no copy of the plain text.
            if sum(plain.count(c) for c in (b",", b"[", b"{")) > MAX_JSON_TOKENS:
                raise DamagedError()
            payload = json.loads(str(view, "utf-8"))
        finally:
            view.release()
    except (DamagedError, ValueError, UnicodeDecodeError, RecursionError):
        raise TransferError("damaged") from None
    finally:
        wipe(plain)
    check_payload(payload)
    return payload


# --------------------------------------------------------------------------
# The payload's shape (checked fully before anything is used)


def b64(data: bytes | bytearray | None) -> str | None:
    return None if data is None else base64.b64encode(bytes(data)).decode("ascii")


def unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise TransferError("damaged")
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise TransferError("damaged") from None


def _str(value: Any, *, empty: bool = False, limit: int = 200) -> bool:
    return isinstance(value, str) and (empty or value != "") and len(value) <= limit


def _int(value: Any) -> bool:
    return type(value) is int and 0 <= value < 2**62


def _flag(value: Any) -> bool:
    return type(value) is int and value in (0, 1)


def _b64(value: Any, *, size: int | None = None, optional: bool = False) -> bool:
    if value is None:
        return optional
    try:
        data = unb64(value)
    except TransferError:
        return False
    return size is None or len(data) == size


_PROFILE = {"uuid", "name", "colour", "created_at", "key_version", "identity_key", "manifest", "manifest_seq",
            "role", "recovery_skipped", "recovery_confirmed", "recovery_record", "data_key", "items"}
_ITEM = {"uuid", "kind", "created_at", "updated_at", "key_version", "revision", "body"}
_COUPLE = {"uuid", "created_at", "members", "shared"}
_MEMBER = {"profile_uuid", "space_key", "share_index", "share_sig"}
_SHARED = {"uuid", "couple_uuid", "owner_uuid", "kind", "created_at", "source_tag", "item_key", "body"}


def _fail() -> None:
    raise TransferError("damaged")


def check_payload(payload: Any) -> None:
    """Every field of the payload has its type and size; uuids are unique; every row belongs
    to a profile in the file. Anything else: TransferError("damaged")."""
    if (not isinstance(payload, dict) or set(payload) != {"format", "v", "made_at", "app_version", "profiles",
                                                           "couples"}
            or payload["format"] != PAYLOAD_FORMAT or payload["v"] != 1 or not _str(payload["made_at"])
            or not _str(payload["app_version"]) or not isinstance(payload["profiles"], list)
            or not isinstance(payload["couples"], list) or not 1 <= len(payload["profiles"]) <= 64):
        _fail()
    uuids: set[str] = set()
    owners = set()
    for p in payload["profiles"]:
        if (not isinstance(p, dict) or set(p) != _PROFILE or not _str(p["uuid"], limit=64) or not _str(p["name"])
                or not _str(p["colour"], limit=32) or not _str(p["created_at"], limit=64) or not _int(p["key_version"])
                or not _b64(p["identity_key"], size=32) or not _b64(p["manifest"]) or not _int(p["manifest_seq"])
                or p["role"] not in ("person", "facilitator", "participant")
                or not _flag(p["recovery_skipped"]) or not _flag(p["recovery_confirmed"])
                or not _b64(p["recovery_record"]) or not _b64(p["data_key"], size=32)
                or not isinstance(p["items"], list) or p["uuid"] in owners):
            _fail()
        owners.add(p["uuid"])
        for i in p["items"]:
            if (not isinstance(i, dict) or set(i) != _ITEM or not _str(i["uuid"], limit=64) or not _str(i["kind"], limit=64)
                    or not _str(i["created_at"], limit=64) or not _str(i["updated_at"], limit=64)
                    or not _int(i["key_version"]) or not _int(i["revision"]) or not _b64(i["body"])
                    or i["uuid"] in uuids):
                _fail()
            uuids.add(i["uuid"])
    couples = set()
    for c in payload["couples"]:
        if (not isinstance(c, dict) or set(c) != _COUPLE or not _str(c["uuid"], limit=64) or c["uuid"] in couples
                or not _str(c["created_at"], limit=64) or not isinstance(c["members"], list)
                or not isinstance(c["shared"], list) or not 1 <= len(c["members"]) <= 2):
            _fail()
        couples.add(c["uuid"])
        for m in c["members"]:
            if (not isinstance(m, dict) or set(m) != _MEMBER or not _str(m["profile_uuid"], limit=64)
                    or m["profile_uuid"] not in owners
                    or not _b64(m["space_key"]) or not _b64(m["share_index"], optional=True)
                    or not _b64(m["share_sig"], optional=True)):
                _fail()
        for s in c["shared"]:
            if (not isinstance(s, dict) or set(s) != _SHARED or not _str(s["uuid"], limit=64)
                    or s["couple_uuid"] != c["uuid"] or not _str(s["owner_uuid"], limit=64)
                    or s["owner_uuid"] not in owners
                    or not _str(s["kind"], limit=64) or not _str(s["created_at"], limit=64)
                    or not _str(s["source_tag"], empty=True, limit=128) or not _b64(s["item_key"])
                    or not _b64(s["body"]) or s["uuid"] in uuids):
                _fail()
            uuids.add(s["uuid"])
    in_couples = [m["profile_uuid"] for c in payload["couples"] for m in c["members"]]
    if len(in_couples) != len(set(in_couples)):
        _fail()  # a profile is in one couple at most
