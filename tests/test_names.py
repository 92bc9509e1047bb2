"""Profile names and passwords: what they may hold (domain rules, as tables), and the wait
after very many wrong passwords (hole 8 of the trust issue)."""

from __future__ import annotations

import pytest

from erfenis_desktop.domain import names
from erfenis_desktop.domain.attempts import MAX_DELAY, delay_after, seconds_to_wait

# Names that are fine, and how they are kept -------------------------------------------------

KEPT = [
    ("Sam", "Sam"),
    ("  Sam  ", "Sam"),
    ("Sam\n", "Sam"),  # a line break at the end is trimmed like a space
    ("Anne   Marie", "Anne Marie"),
    ("Anne\u00a0\u3000Marie", "Anne Marie"),  # no-break and ideographic spaces are spaces too
    ("Zoe\u0301", "Zoé"),  # NFC
    ("<img src=/dev/zero>", "<img src=/dev/zero>"),  # markup is just text in a name: shown as typed
    ("<i></i>Alex", "<i></i>Alex"),
    ("👩\u200d❤\ufe0f\u200d👨", "👩\u200d❤\ufe0f\u200d👨"),  # a couple emoji: ZWJ and VS16 in their places
    ("👩🏽\u200d💻 Kim", "👩🏽\u200d💻 Kim"),
    ("1\ufe0f\u20e3", "1\ufe0f\u20e3"),  # keycap
    ("🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f Jo",
     "🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f Jo"),  # the flag of England
    ("می\u200cخواهم", "می\u200cخواهم"),  # Persian needs the zero-width non-joiner
    ("क\u094d\u200dष", "क\u094d\u200dष"),  # Devanagari half form with ZWJ after a virama
    ("Ωμέγα", "Ωμέγα"),
    ("{partner}", "{partner}"),
]


@pytest.mark.parametrize("typed, kept", KEPT)
def test_a_fine_name_is_kept_tidied(typed, kept):
    assert names.clean(typed) == kept


REFUSED = [
    ("", names.EMPTY),
    ("   ", names.EMPTY),
    ("\n\t", names.EMPTY),
    ("Sam\x00", names.CONTROL),
    ("\x00Sam", names.CONTROL),
    ("Sam\tAlex", names.CONTROL),  # inside a name a tab is a control character, not a space
    ("Sam\nAlex", names.CONTROL),
    ("Sam\x1b[31m", names.CONTROL),
    ("Sam\x7f", names.CONTROL),
    ("Sam\x85Alex", names.CONTROL),
    ("Sam\ud800", names.CONTROL),  # a lone surrogate cannot even be stored
    ("\u202eAlex", names.DIRECTION),  # right-to-left override
    ("Al\u202aex", names.DIRECTION),
    ("Al\u202bex", names.DIRECTION),
    ("Al\u202cex", names.DIRECTION),
    ("Al\u202dex", names.DIRECTION),
    ("Al\u2066ex", names.DIRECTION),  # isolates
    ("Al\u2067ex", names.DIRECTION),
    ("Al\u2068ex", names.DIRECTION),
    ("Al\u2069ex", names.DIRECTION),
    ("Alex\u200f", names.DIRECTION),  # right-to-left mark
    ("Al\u200bex", names.INVISIBLE),  # zero-width space
    ("\ufeffAlex", names.INVISIBLE),  # byte order mark
    ("Al\u00adex", names.INVISIBLE),  # soft hyphen
    ("Al\u2060ex", names.INVISIBLE),  # word joiner
    ("\u200dAlex", names.INVISIBLE),  # a joiner with nothing before it
    ("Alex\u200d", names.INVISIBLE),  # … or after it
    ("Al\u200d\u200dex", names.INVISIBLE),  # two in a row join nothing
    ("Al \u200d ex", names.INVISIBLE),  # a joiner between spaces
    ("\ufe0fAlex", names.INVISIBLE),  # a variation selector on nothing
    ("\u3164", names.INVISIBLE),  # the Hangul filler: a "blank" name
    ("Alex\u2800", names.INVISIBLE),  # braille blank
    ("Alex\ufffc", names.INVISIBLE),  # object replacement character
    ("Al\U000e0041ex", names.INVISIBLE),  # a tag character outside a flag
    ("🏴\U000e0067\U000e0062", names.INVISIBLE),  # a flag's tags without the cancel tag
    ("Al\u034fex", names.INVISIBLE),  # combining grapheme joiner
    ("Al\u180eex", names.INVISIBLE),  # Mongolian vowel separator
    ("\u0600Alex", names.INVISIBLE),  # an Arabic number sign (a format character)
]


@pytest.mark.parametrize("typed, reason", REFUSED)
def test_a_name_that_hides_something_is_refused_with_the_reason(typed, reason):
    with pytest.raises(names.NameRefused) as refused:
        names.clean(typed)
    assert refused.value.reason == reason


# Names that look the same -------------------------------------------------------------------

SAME = [
    ("Sam", "sam"),
    ("Sam", "SAM"),
    ("Sam", "ＳＡＭ"),  # full-width letters (NFKC)
    ("Zoé", "Zoe\u0301"),  # composed and decomposed
    ("Straße", "STRASSE"),  # full case folding
    ("ﬁona", "Fiona"),  # a ligature
    ("Sam", "S\u200bam"),  # what is invisible does not count
    ("Sam", "S\u00adam"),
    ("Al ex", "Al\u2003ex"),  # an em space is a space
    ("Sam²", "sam2"),
]


@pytest.mark.parametrize("a, b", SAME)
def test_names_that_look_the_same(a, b):
    assert names.looks_the_same(a, b)
    assert names.looks_the_same(b, a)


DIFFERENT = [("Sam", "Sem"), ("Sam", "Sam2"), ("Alex", "<i></i>Alex"), ("Jo", "Jo Jo"), ("Zoë", "Zoe")]


@pytest.mark.parametrize("a, b", DIFFERENT)
def test_names_that_look_different(a, b):
    assert not names.looks_the_same(a, b)


def test_hidden_characters_are_left_out_of_a_free_name_like_who_raised_you():
    assert names.without_hidden("  Mama\u202e\u200b  ") == "Mama"
    assert names.without_hidden("Opa\x00 Jan\tde Vries") == "Opa Jan de Vries"
    assert names.without_hidden("<b>Mum</b>") == "<b>Mum</b>"  # shown as typed, not hidden
    assert names.without_hidden("👩\u200d👧") == "👩\u200d👧"


def test_a_value_filled_into_a_text_is_never_read_as_a_placeholder():
    text = "{name}, please look away. It is {partner}'s turn."
    assert names.fill(text, name="{partner}", partner="Bo") == "{partner}, please look away. It is Bo's turn."
    assert names.fill("{a} and {b}", a="x") == "x and {b}"  # an unknown key stays as it was


# Passwords ----------------------------------------------------------------------------------

@pytest.mark.parametrize("password", ["lange\x00wandeling", "lange\twandeling", "wandeling\n", "\x1b[0mwandeling"])
def test_a_password_with_a_control_character_is_recognised(password):
    assert names.has_control(password)


@pytest.mark.parametrize("password", ["        ", "\u00a0" * 9, "\u200b" * 8, " \u3000 \u2003 \u200b  "])
def test_a_password_of_only_blanks_is_recognised(password):
    assert names.blank(password) and not names.has_control(password)


@pytest.mark.parametrize("password", ["lange wandeling", "  a       ", "🕊️🕊️🕊️🕊️",
                                      "wachtwoord met spaties "])
def test_an_ordinary_password_passes_both_checks(password):
    assert not names.blank(password) and not names.has_control(password)


# The wait after wrong passwords ---------------------------------------------------------------

def test_the_wait_doubles_up_to_a_minute():
    assert [delay_after(n) for n in range(9)] == [0, 0, 0, 5, 10, 20, 40, 60, 60]


@pytest.mark.parametrize("failures", [1_026, 1_027, 1_028, 5_000, 1_000_000])
def test_the_wait_stays_a_minute_after_any_number_of_failures(failures):
    assert delay_after(failures) == MAX_DELAY
    assert seconds_to_wait(failures, 1_000.0, 1_000.0) == MAX_DELAY
    assert seconds_to_wait(failures, 1_000.0, 1_000.0 + MAX_DELAY) == 0.0
