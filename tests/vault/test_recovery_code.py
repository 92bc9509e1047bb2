"""Recovery code generation, normalisation and confirmation helpers."""

from __future__ import annotations

import re

import pytest

from erfenis_desktop.vault import recovery_code as rc
from erfenis_desktop.vault.errors import InvalidRecoveryCode, UnlockFailed

SAMPLE = "0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ"


def test_new_code_shape() -> None:
    code = rc.new_recovery_code()
    assert re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}", code)
    assert not set("ILOU") & set(code)


def test_new_codes_differ_and_use_whole_alphabet() -> None:
    codes = [rc.new_recovery_code() for _ in range(200)]
    assert len(set(codes)) == 200
    assert set("".join(codes).replace("-", "")) == set(rc.ALPHABET)


def test_normalize_forgives_typing() -> None:
    typed = "  o123 4567-89ab cdef ghjk-mnpq rstv wxyz "
    assert rc.normalize_recovery_code(typed) == SAMPLE.replace("-", "")
    assert rc.normalize_recovery_code("I" + "L" * 31) == "1" * 32


@pytest.mark.parametrize(
    "bad", ["", SAMPLE[:-1], SAMPLE + "0", SAMPLE.replace("W", "U"), SAMPLE.replace("X", "!")]
)
def test_normalize_rejects_invalid(bad: str) -> None:
    with pytest.raises(InvalidRecoveryCode):
        rc.normalize_recovery_code(bad)
    assert issubclass(InvalidRecoveryCode, UnlockFailed)


def test_format_round_trip() -> None:
    assert rc.format_recovery_code(SAMPLE.lower().replace("-", " ")) == SAMPLE


def test_confirmation_groups() -> None:
    assert rc.recovery_confirmation_groups(SAMPLE, (2, 5)) == ["4567", "GHJK"]
    with pytest.raises(IndexError):
        rc.recovery_confirmation_groups(SAMPLE, (0,))
    with pytest.raises(IndexError):
        rc.recovery_confirmation_groups(SAMPLE, (9,))


def test_confirm_groups_forgiving_but_exact() -> None:
    assert rc.confirm_recovery_groups(SAMPLE, {2: "4567", 5: "ghjk"})
    assert rc.confirm_recovery_groups(SAMPLE, {1: "o12 3"})
    assert not rc.confirm_recovery_groups(SAMPLE, {2: "4567", 5: "GHJM"})
    assert not rc.confirm_recovery_groups(SAMPLE, {2: "456"})
    assert not rc.confirm_recovery_groups(SAMPLE, {2: "45!7"})
    assert not rc.confirm_recovery_groups(SAMPLE, {})


def test_pick_confirmation_indices() -> None:
    for _ in range(50):
        picked = rc.pick_confirmation_indices(2)
        assert len(set(picked)) == 2 and all(1 <= i <= 8 for i in picked)
