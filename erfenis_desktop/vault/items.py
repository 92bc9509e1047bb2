"""Private items, the per-profile manifest, identity keys and the signed share index.

Everything here is pure cryptography on bytes and small dicts; storage and the
decisions about *when* to use it live in ``services/``. See docs/security.md,
sections 2b and 5b, for the design.

* **Items** (format 2): AES-256-GCM under the data key. The associated data binds
  the item's id, owner, kind, revision, key version and both time stamps, so a
  relabelled kind, an edited date, an older ciphertext of the same item or a row
  moved to another profile no longer opens. The plaintext is padded (Padmé, at
  least 256 bytes), so the stored size tells little about the length of a text.
* **Manifest**: one encrypted list per profile of every item it has (id → kind
  and revision), of its own share-index sequence number per couple, and of the
  highest sequence number it has seen of its partner's share index. An item that
  is not in the manifest (put back after deletion, or written by someone else)
  or has another revision (an older copy put back) is refused. It also remembers
  the ids of what the profile deleted (items, shared copies, couples it left) and
  the sequence number at which, so a take-home import can tell "deleted here" from
  "added there" (``"deleted"``, at most ``MAX_DELETED`` of them).
* **Identity**: an Ed25519 key pair derived from the data key. Its public half is
  what a partner pins and what the six words show; it signs the share index.
* **Share index**: per couple member, the list of what they share (a digest of
  every shared row), with a sequence number, signed with their identity key. A
  shared row that is not in its owner's index (forged, or put back after it was
  unshared) is refused, and so is an index older than one already seen.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import struct
from typing import Any

from . import aead
from .errors import DamagedError

ITEM_FORMAT = 2

_ITEM_LABEL = b"erfenis item v2"
_MANIFEST_LABEL = b"erfenis manifest v1"
_IDENTITY_INFO = b"erfenis identity v1|"
_TAG_INFO = b"erfenis source tag v1|"
_INDEX_LABEL = b"erfenis share index v1"
_ROW_LABEL = b"erfenis shared row v1"

MIN_PADDED = 256

#: How many deletions a manifest remembers (its ``"deleted"``: id -> sequence number). Past
#: that the oldest are forgotten, and ``"deleted_before"`` keeps the highest sequence number
#: forgotten (so an import knows it can no longer tell "deleted here" from "added there").
MAX_DELETED = 5000


def _lp(*parts: bytes) -> bytes:
    return b"".join([len(part).to_bytes(4, "big") + part for part in parts])


def _u64(value: int) -> bytes:
    # The values come from plain, editable columns: one out of range is damage, not a crash.
    if type(value) is not int or not 0 <= value < 2**63:
        raise DamagedError()
    return struct.pack(">Q", value)


def _hkdf(ikm: bytes | bytearray, info: bytes) -> bytearray:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    out = bytearray(32)
    HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive_into(ikm, out)
    return out


def wipe(buffer: bytearray | None) -> None:
    """Overwrite a key buffer with zeros (what Python can do; see docs/security.md §7)."""
    if buffer is not None:
        buffer[:] = bytes(len(buffer))


# --------------------------------------------------------------------------
# Padding


def padded_length(length: int) -> int:
    """Padmé (Nikitin et al. 2019): at most about 12 % larger, and the length it leaks is
    only O(log log n) bits; never below ``MIN_PADDED`` bytes."""
    length = max(length, MIN_PADDED)
    exponent = length.bit_length() - 1
    size_bits = exponent.bit_length()
    last_bits = exponent - size_bits
    mask = (1 << last_bits) - 1
    return (length + mask) & ~mask


def pad(data: bytes | bytearray) -> bytearray:
    """Length prefix, the data, zeros up to :func:`padded_length` (a buffer to wipe after use)."""
    out = bytearray(padded_length(len(data) + 4))
    out[:4] = struct.pack(">I", len(data))
    out[4 : 4 + len(data)] = data
    return out


def unpad(padded: bytes | bytearray) -> memoryview:
    """The data inside :func:`pad`'s layout, as a view (no copy)."""
    if len(padded) < 4:
        raise DamagedError()
    (length,) = struct.unpack(">I", bytes(padded[:4]))
    view = memoryview(padded)
    if length > len(padded) - 4 or any(view[4 + length:]):
        raise DamagedError()
    return view[4 : 4 + length]


def open_text(key: bytes | bytearray, blob: bytes, aad: bytes) -> str:
    """Decrypt a padded UTF-8 text. The plaintext bytes exist only in a buffer that is
    overwritten before this returns; what stays is the ``str`` (see docs/security.md §7)."""
    plain = aead.open_into(key, blob, aad)
    try:
        view = unpad(plain)
        try:
            return str(view, "utf-8")
        finally:
            view.release()
    except UnicodeDecodeError as exc:
        raise DamagedError() from exc
    finally:
        wipe(plain)


def seal_text(key: bytes | bytearray, text: str, aad: bytes) -> bytes:
    """Encrypt a text, padded; the padded plaintext buffer is overwritten afterwards."""
    encoded = bytearray(text, "utf-8")
    padded = pad(encoded)
    wipe(encoded)
    try:
        return aead.seal(key, padded, aad)
    finally:
        wipe(padded)


# --------------------------------------------------------------------------
# Items


def item_aad(*, uuid: str, owner: str, kind: str, revision: int, key_version: int,
             created_at: str, updated_at: str) -> bytes:
    return _ITEM_LABEL + _lp(uuid.encode(), owner.encode(), kind.encode(), _u64(revision),
                             _u64(key_version), created_at.encode(), updated_at.encode())


def seal_item(key: bytes | bytearray, text: str, **where: Any) -> bytes:
    """Encrypt one private text; ``where`` are the keyword arguments of :func:`item_aad`."""
    return seal_text(key, text, item_aad(**where))


def open_item(key: bytes | bytearray, blob: bytes, **where: Any) -> str:
    """Inverse of :func:`seal_item`; any mismatch or damage raises ``DamagedError``."""
    return open_text(key, blob, item_aad(**where))


# --------------------------------------------------------------------------
# The manifest


def new_manifest(key_version: int) -> dict[str, Any]:
    """``key_version`` lives inside the manifest: the plain column is only a copy."""
    return {"v": 1, "seq": 0, "key_version": key_version, "items": {}, "shares": {}, "seen": {}}


def _manifest_aad(owner: str) -> bytes:
    return _MANIFEST_LABEL + _lp(owner.encode())


def seal_manifest(key: bytes | bytearray, manifest: dict[str, Any], *, owner: str) -> bytes:
    raw = json.dumps(manifest, sort_keys=True, separators=(",", ":"))
    return seal_text(key, raw, _manifest_aad(owner))


def _small_int(value: Any) -> bool:
    return type(value) is int and 0 <= value < 2**62


def open_manifest(key: bytes | bytearray, blob: bytes | None, *, owner: str) -> dict[str, Any]:
    if blob is None:
        raise DamagedError()
    try:
        data = json.loads(open_text(key, blob, _manifest_aad(owner)))
    except (ValueError, RecursionError) as exc:  # RecursionError: JSON nested too deep to decode
        raise DamagedError() from exc
    if (not isinstance(data, dict) or data.get("v") != 1 or not _small_int(data.get("seq"))
            or not _small_int(data.get("key_version"))
            or not all(isinstance(data.get(k), dict) for k in ("items", "shares", "seen"))):
        raise DamagedError()
    for entry in data["items"].values():
        if (not isinstance(entry, list) or len(entry) != 2 or not isinstance(entry[0], str)
                or not _small_int(entry[1])):
            raise DamagedError()
    if not all(_small_int(v) for k in ("shares", "seen") for v in data[k].values()):
        raise DamagedError()
    # Optional (a manifest written before they existed has neither: nothing deleted is known).
    if "deleted" in data and (not isinstance(data["deleted"], dict)
                              or not all(_small_int(v) for v in data["deleted"].values())):
        raise DamagedError()
    if "deleted_before" in data and not _small_int(data["deleted_before"]):
        raise DamagedError()
    return data


def record_deleted(manifest: dict[str, Any], ids, seq: int) -> None:
    """Remember in ``manifest`` that ``ids`` (items, shared copies, couples: random UUIDs,
    no content) were deleted at manifest sequence number ``seq``. A new dict, never the one
    read (a caller's copy of the manifest may share it with the manifest as stored)."""
    ids = list(ids)
    if not ids:
        return
    deleted = dict(manifest.get("deleted", {}))
    for uuid in ids:
        deleted[uuid] = seq
    if len(deleted) > MAX_DELETED:
        ordered = sorted(deleted.items(), key=lambda entry: (entry[1], entry[0]))
        forgotten = ordered[:len(ordered) - MAX_DELETED]
        manifest["deleted_before"] = max(manifest.get("deleted_before", 0), forgotten[-1][1])
        deleted = dict(ordered[len(forgotten):])
    manifest["deleted"] = deleted


# --------------------------------------------------------------------------
# Identity (Ed25519, derived from the data key) and source tags


def _signing_key(data_key: bytes | bytearray, owner: str):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    seed = _hkdf(data_key, _IDENTITY_INFO + owner.encode())
    try:
        return Ed25519PrivateKey.from_private_bytes(bytes(seed))
    finally:
        wipe(seed)


def identity_key(data_key: bytes | bytearray, owner: str) -> bytes:
    """The profile's public identity key (32 bytes): pinned by the partner, shown as words."""
    return _signing_key(data_key, owner).public_key().public_bytes_raw()


def sign(data_key: bytes | bytearray, owner: str, message: bytes) -> bytes:
    return _signing_key(data_key, owner).sign(message)


def verify(public: bytes, message: bytes, signature: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def source_tag(data_key: bytes | bytearray, owner: str, source_uuid: str) -> str:
    """A keyed tag that lets the owner find the shared copies of one private item, while
    to anyone else it names nothing (the private item's id is not stored in plain)."""
    tag_key = _hkdf(data_key, _TAG_INFO + owner.encode())
    try:
        return hmac.new(bytes(tag_key), source_uuid.encode(), hashlib.sha256).hexdigest()
    finally:
        wipe(tag_key)


# --------------------------------------------------------------------------
# Shared rows and the share index


def row_digest(*, uuid: str, couple: str, owner: str, kind: str, created_at: str, source_tag: str,
               item_key: bytes, body: bytes) -> str:
    return hashlib.sha256(_ROW_LABEL + _lp(uuid.encode(), couple.encode(), owner.encode(), kind.encode(),
                                           created_at.encode(), source_tag.encode(), item_key, body)).hexdigest()


def encode_index(*, couple: str, owner: str, seq: int, items: dict[str, list[str]]) -> bytes:
    """``items``: shared uuid → [row digest, source tag] (the tag lets the owner find the
    copies of one of their texts from this signed list, whatever the plain column says)."""
    return json.dumps({"v": 1, "couple": couple, "owner": owner, "seq": seq, "items": items},
                      sort_keys=True, separators=(",", ":")).encode("utf-8")


def sign_index(data_key: bytes | bytearray, owner: str, index: bytes) -> bytes:
    return sign(data_key, owner, _INDEX_LABEL + index)


def open_index(public: bytes, index: bytes | None, signature: bytes | None, *, couple: str,
               owner: str) -> dict[str, Any]:
    """A share index, only when it carries a valid signature of ``public`` and belongs to
    this couple and owner; else ``DamagedError``."""
    if index is None or signature is None or not verify(public, _INDEX_LABEL + bytes(index), bytes(signature)):
        raise DamagedError()
    try:
        data = json.loads(index)
    except (ValueError, RecursionError) as exc:  # a partner can sign anything, [[[[… too
        raise DamagedError() from exc
    if (not isinstance(data, dict) or data.get("v") != 1 or data.get("couple") != couple
            or data.get("owner") != owner or not _small_int(data.get("seq"))
            or not isinstance(data.get("items"), dict)):
        raise DamagedError()
    for entry in data["items"].values():
        if not isinstance(entry, list) or len(entry) != 2 or not all(isinstance(x, str) for x in entry):
            raise DamagedError()
    return data
