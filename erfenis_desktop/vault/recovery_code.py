"""Recovery codes: 160 random bits in Crockford base32, shown in 8 groups of 4.

Pure string handling; the cryptographic use lives in :mod:`.keys`.
"""

from __future__ import annotations

import hmac
import secrets
import unicodedata
from collections.abc import Iterable, Mapping

from .errors import InvalidRecoveryCode

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
CODE_BITS = 160
CODE_CHARS = CODE_BITS // 5  # 32
GROUP_SIZE = 4
GROUP_COUNT = CODE_CHARS // GROUP_SIZE  # 8

_LOOKALIKES = {"O": "0", "I": "1", "L": "1"}
_SEPARATORS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2212_.")


def new_recovery_code() -> str:
    """Return a fresh code such as ``"7KQ2-..."`` (8 groups of 4)."""
    value = secrets.randbits(CODE_BITS)
    symbols = [
        ALPHABET[(value >> (5 * (CODE_CHARS - 1 - i))) & 31] for i in range(CODE_CHARS)
    ]
    return format_recovery_code("".join(symbols))


def _clean(text: str) -> str:
    """Upper-case, drop spaces/dashes, fix look-alikes; reject other symbols."""
    out = []
    for char in unicodedata.normalize("NFKC", text).upper():
        if char.isspace() or char in _SEPARATORS:
            continue
        char = _LOOKALIKES.get(char, char)
        if char not in ALPHABET:
            raise InvalidRecoveryCode()
        out.append(char)
    return "".join(out)


def normalize_recovery_code(text: str) -> str:
    """Canonical 32-character form (no separators) of a typed recovery code.

    Forgives spaces, dashes, lower case and O/I/L look-alikes; anything else
    (wrong length, other symbols) raises ``InvalidRecoveryCode``.
    """
    cleaned = _clean(text)
    if len(cleaned) != CODE_CHARS:
        raise InvalidRecoveryCode()
    return cleaned


def format_recovery_code(text: str) -> str:
    """Display form: canonical code split into dash-separated groups."""
    code = normalize_recovery_code(text)
    return "-".join(code[i : i + GROUP_SIZE] for i in range(0, CODE_CHARS, GROUP_SIZE))


def recovery_confirmation_groups(code: str, indices: Iterable[int]) -> list[str]:
    """The groups at 1-based ``indices`` (e.g. ``(2, 5)``) of ``code``."""
    groups = format_recovery_code(code).split("-")
    result = []
    for index in indices:
        if not 1 <= index <= GROUP_COUNT:
            raise IndexError(f"group index must be 1..{GROUP_COUNT}")
        result.append(groups[index - 1])
    return result


def pick_confirmation_indices(count: int = 2) -> list[int]:
    """``count`` distinct random 1-based group indices, sorted."""
    return sorted(secrets.SystemRandom().sample(range(1, GROUP_COUNT + 1), count))


def confirm_recovery_groups(code: str, answers: Mapping[int, str]) -> bool:
    """True if every typed group (keyed by 1-based index) matches ``code``."""
    if not answers:
        return False
    expected = recovery_confirmation_groups(code, answers.keys())
    ok = True
    for want, typed in zip(expected, answers.values()):
        try:
            got = _clean(typed)
        except InvalidRecoveryCode:
            got = ""
        ok &= hmac.compare_digest(want.encode(), got.encode())
    return ok
