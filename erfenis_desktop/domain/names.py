"""What a profile name may hold, and when two names look the same. Pure functions.

A name is shown to everyone who uses the computer, so it must not be able to hide
anything or pass for someone else: no control characters, nothing that turns the
writing direction around, no invisible characters (except the joiners and selectors
that emoji and some scripts need, in their place), and no name that looks the same
as another one once normalised (NFKC), case-folded and stripped of what is invisible.

Passwords follow a lighter rule: no control characters, and not only blanks.
"""

from __future__ import annotations

import re
import unicodedata

EMPTY, CONTROL, DIRECTION, INVISIBLE = "empty", "control", "direction", "invisible"

ZWNJ, ZWJ = "\u200c", "\u200d"
#: Overrides, embeddings and isolates, and the marks that only set a direction.
DIRECTION_CHARS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
#: Shown as nothing, though not formally "format" characters.
BLANKS = frozenset("\u2800\u3164\uffa0\u115f\u1160\ufffc")
BLACK_FLAG = "\U0001f3f4"
CANCEL_TAG = "\U000e007f"

# Default_Ignorable_Code_Point (Unicode DerivedCoreProperties): invisible in text.
_IGNORABLE_RANGES = ((0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160), (0x17B4, 0x17B5),
                     (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0x3164, 0x3164),
                     (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3),
                     (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF))


def ignorable(c: str) -> bool:
    """Default-ignorable: drawn as nothing at all."""
    cp = ord(c)
    return any(lo <= cp <= hi for lo, hi in _IGNORABLE_RANGES)


def _selector(c: str) -> bool:
    """A variation selector (text or emoji style, ideographic or Mongolian variants)."""
    cp = ord(c)
    return 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF or 0x180B <= cp <= 0x180D or cp == 0x180F


def _tag(c: str) -> bool:
    return 0xE0020 <= ord(c) <= 0xE007F


def _visible(c: str) -> bool:
    return not (c.isspace() or ignorable(c) or c in BLANKS or unicodedata.category(c) in ("Cc", "Cf"))


def _allowed_invisible(text: str, i: int) -> bool:
    """The invisible characters that are part of what is shown, in their place:
    a joiner between two visible characters (emoji sequences like 👩‍❤️‍👨, Indic and Persian
    words), a variation selector right after a visible character, and the tags of a
    subdivision flag (🏴 followed by tag letters and a cancel tag)."""
    c = text[i]
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if c in (ZWJ, ZWNJ):
        return bool(before and after) and (_visible(before) or _selector(before)) and _visible(after)
    if _selector(c):
        return bool(before) and _visible(before)
    if _tag(c):
        start = i
        while start > 0 and _tag(text[start - 1]):
            start -= 1
        end = i
        while end + 1 < len(text) and _tag(text[end + 1]):
            end += 1
        run = text[start:end + 1]
        return (start > 0 and text[start - 1] == BLACK_FLAG and len(run) >= 2 and run[-1] == CANCEL_TAG
                and CANCEL_TAG not in run[:-1])
    return False


def problem(text: str) -> str | None:
    """Why this text cannot be a name, or None: CONTROL, DIRECTION or INVISIBLE."""
    for i, c in enumerate(text):
        category = unicodedata.category(c)
        if category in ("Cc", "Cs"):
            return CONTROL
        if c in DIRECTION_CHARS:
            return DIRECTION
        if (category == "Cf" or ignorable(c) or c in BLANKS) and not _allowed_invisible(text, i):
            return INVISIBLE
    return None


def tidy(text: str) -> str:
    """Trimmed, every inner run of white space one space, in NFC."""
    return unicodedata.normalize("NFC", " ".join(text.split()))


class NameRefused(ValueError):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def clean(name: str) -> str:
    """The name as it is kept, or NameRefused with EMPTY, CONTROL, DIRECTION or INVISIBLE.
    Control characters count also where they would be white space (a tab, a line break),
    except at the very ends, which are trimmed."""
    reason = problem(name.strip())
    if reason:
        raise NameRefused(reason)
    name = tidy(name)
    if not name:
        raise NameRefused(EMPTY)
    return name


#: Cyrillic and Greek letters (as case folding leaves them) that look like a Latin letter, in
#: either case: "Аlex" with a Cyrillic А, or "ΑLΕΧ" in Greek capitals, is not another "Alex".
_LATIN_LOOKALIKES = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ѕ": "s", "і": "i", "ј": "j", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "һ": "h", "ӏ": "l", "ԁ": "d", "ԛ": "q", "ԝ": "w",
    "α": "a", "β": "b", "ε": "e", "ζ": "z", "η": "h", "ι": "i", "κ": "k", "μ": "m", "ν": "n", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "y", "χ": "x", "ı": "i",
})


def look(name: str) -> str:
    """What a name looks like, for comparing: NFKC, case-folded, without what is invisible,
    white space as single spaces, a Cyrillic or Greek letter that looks Latin as that Latin
    letter. "ＳＡＭ", "sam", "S\u200bam" and "Ѕаm" (Cyrillic) look the same."""
    text = "".join(c for c in unicodedata.normalize("NFD", name) if not ignorable(c))
    text = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    text = "".join(c for c in text if not ignorable(c)).translate(_LATIN_LOOKALIKES)
    return " ".join(text.split())


def looks_the_same(a: str, b: str) -> bool:
    return look(a) == look(b)


def without_hidden(text: str) -> str:
    """Free text that stands for a name (who raised you): what ``problem`` would refuse is
    left out, white space (a tab too) tidied into single spaces."""
    kept = "".join(c for i, c in enumerate(text)
                   if c.isspace() or not (unicodedata.category(c) in ("Cc", "Cs") or c in DIRECTION_CHARS
                           or ((unicodedata.category(c) == "Cf" or ignorable(c) or c in BLANKS)
                               and not _allowed_invisible(text, i))))
    return tidy(kept)


# Passwords ------------------------------------------------------------------------------
def has_control(text: str) -> bool:
    """A control character (NUL, tab, line break, escape …): never part of a typed password."""
    return any(unicodedata.category(c) in ("Cc", "Cs") for c in text)


def blank(text: str) -> bool:
    """Something typed, but nothing to see: only spaces or invisible characters."""
    return bool(text) and not any(_visible(c) for c in text)


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def fill(template: str, **values: str) -> str:
    """Put values in for {key} in one pass: a value is never read as a template itself, so a
    name like "{partner}" stays just that."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)
