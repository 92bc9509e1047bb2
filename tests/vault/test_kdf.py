"""Argon2id derivation, parameter floors and calibration."""

from __future__ import annotations

import dataclasses
import itertools

import pytest

from erfenis_desktop.vault import kdf
from erfenis_desktop.vault.errors import DamagedError, WeakKdfParams
from erfenis_desktop.vault.kdf import FastTestKdf, KdfParams, ProductionKdf


def test_argon2id_rfc9106_known_answer() -> None:
    """RFC 9106 section 5.3, computed with the primitive derive() uses."""
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    tag = Argon2id(
        salt=b"\x02" * 16,
        length=32,
        iterations=3,
        lanes=4,
        memory_cost=32,
        ad=b"\x04" * 12,
        secret=b"\x03" * 8,
    ).derive(b"\x01" * 32)
    assert tag.hex() == (
        "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"
    )


def test_derive_matches_raw_argon2id() -> None:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    params = KdfParams(memory_kib=32, iterations=3, lanes=4, salt=b"\x02" * 16)
    expected = Argon2id(
        salt=params.salt, length=32, iterations=3, lanes=4, memory_cost=32
    ).derive(b"wachtwoord")
    assert kdf.derive("wachtwoord", params) == expected


def test_nfc_and_nfd_passwords_give_same_key(fast_kdf: FastTestKdf) -> None:
    composed, decomposed = "caf\u00e9", "cafe\u0301"
    assert composed != decomposed
    params = fast_kdf.new_params()
    assert fast_kdf.derive(composed, params) == fast_kdf.derive(decomposed, params)
    assert fast_kdf.derive("cafe", params) != fast_kdf.derive(composed, params)


def test_different_salt_gives_different_key(fast_kdf: FastTestKdf) -> None:
    a, b = fast_kdf.new_params(), fast_kdf.new_params()
    assert a.salt != b.salt
    assert fast_kdf.derive("pw", a) != fast_kdf.derive("pw", b)


def test_params_round_trip_and_canonical_encoding() -> None:
    params = KdfParams(memory_kib=65536, iterations=4, lanes=4, salt=bytes(range(16)))
    assert KdfParams.from_dict(params.to_dict()) == params
    assert params.encode() == (
        b'{"algorithm":"argon2id","iterations":4,"lanes":4,"memory_kib":65536,'
        b'"salt":"000102030405060708090a0b0c0d0e0f"}'
    )
    assert dataclasses.replace(params, iterations=5).encode() != params.encode()


@pytest.mark.parametrize(
    "change",
    [
        {"salt": "zz"},
        {"iterations": "3"},
        {"lanes": True},
        {"memory_kib": None},
        {"algorithm": 1},
    ],
)
def test_malformed_params_are_damaged(change: dict) -> None:
    data = KdfParams(memory_kib=65536, iterations=3, lanes=4, salt=bytes(16)).to_dict()
    data.update(change)
    with pytest.raises(DamagedError):
        KdfParams.from_dict(data)


def test_missing_param_is_damaged() -> None:
    data = KdfParams(memory_kib=65536, iterations=3, lanes=4, salt=bytes(16)).to_dict()
    del data["lanes"]
    with pytest.raises(DamagedError):
        KdfParams.from_dict(data)


def test_production_params_meet_floor() -> None:
    params = ProductionKdf().new_params()
    assert params.algorithm == "argon2id"
    assert params.memory_kib >= 64 * 1024
    assert params.iterations >= 3
    assert params.lanes == 4
    assert len(params.salt) == 16
    ProductionKdf().check(params)


FLOOR = KdfParams(memory_kib=65536, iterations=3, lanes=4, salt=bytes(16))


@pytest.mark.parametrize(
    "weaker",
    [
        {"memory_kib": 65535},
        {"iterations": 2},
        {"lanes": 0},
        {"salt": bytes(15)},
        {"algorithm": "argon2i"},
        {"memory_kib": kdf.MAX_MEMORY_KIB + 1},
        {"iterations": kdf.MAX_ITERATIONS + 1},
    ],
)
def test_production_check_refuses_params_outside_bounds(weaker: dict) -> None:
    ProductionKdf().check(FLOOR)
    kdf.check_floor(FLOOR)
    params = dataclasses.replace(FLOOR, **weaker)
    with pytest.raises(WeakKdfParams):
        ProductionKdf().check(params)
    with pytest.raises(WeakKdfParams):
        ProductionKdf().derive("pw", params)


def test_production_refuses_fast_test_params(fast_kdf: FastTestKdf) -> None:
    with pytest.raises(WeakKdfParams):
        ProductionKdf().check(fast_kdf.new_params())


def test_fast_kdf_accepts_only_its_own_params(fast_kdf: FastTestKdf) -> None:
    params = fast_kdf.new_params()
    fast_kdf.check(params)
    for change in ({"iterations": 2}, {"memory_kib": 16}, {"lanes": 2}, {"salt": b"x"}):
        with pytest.raises(WeakKdfParams):
            fast_kdf.check(dataclasses.replace(params, **change))


def _fake_clock(elapsed: float):
    """A clock whose consecutive readings differ by ``elapsed``."""
    ticks = itertools.count()
    return lambda: next(ticks) * elapsed


@pytest.mark.parametrize(
    ("elapsed", "target", "expected"),
    [
        (0.3, 0.5, 5),  # 0.1 s per iteration -> 5 iterations for 0.5 s
        (0.15, 0.5, 10),
        (0.3, 1.0, 10),
        (3.0, 0.5, 3),  # slow machine: never below the floor
        (0.0, 0.5, kdf.MAX_ITERATIONS),
        (0.0003, 0.5, kdf.MAX_ITERATIONS),  # capped
    ],
)
def test_calibrate_scales_with_fake_clock(elapsed: float, target: float, expected: int) -> None:
    iterations = kdf.calibrate(
        target_seconds=target, memory_kib=8, lanes=1, clock=_fake_clock(elapsed)
    )
    assert iterations == expected
    assert iterations >= kdf.FLOOR_ITERATIONS


def test_production_kdf_calibrates_once() -> None:
    readings = []

    def clock() -> float:
        readings.append(None)
        return len(readings) * 0.05

    production = ProductionKdf(clock=clock)
    first, second = production.new_params(), production.new_params()
    assert len(readings) == 4  # two timed derivations, once only
    assert first.iterations == second.iterations == 30
    assert first.salt != second.salt


def test_salts_are_random() -> None:
    salts = {FastTestKdf().new_params().salt for _ in range(50)}
    assert len(salts) == 50


def test_production_derivations_in_two_threads_at_once_both_finish():
    """Seen once: two multi-lane Argon2id derivations at the same time never returned."""
    import os
    import threading

    from erfenis_desktop.vault.kdf import KdfParams, derive

    params = KdfParams(memory_kib=65536, iterations=3, lanes=4, salt=os.urandom(16))
    results = {}
    workers = [threading.Thread(target=lambda n=n: results.__setitem__(n, derive(f"pw{n}", params)), daemon=True)
               for n in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=20)
    assert not any(w.is_alive() for w in workers), "a derivation hung"
    assert len(results) == 2 and results[0] != results[1]


def test_calibration_leaves_out_the_fixed_cost():
    """t=3 takes 0.20 s and t=6 takes 0.35 s: 0.05 s per iteration plus 0.05 s to fill the memory."""
    readings = iter([0.0, 0.20, 1.0, 1.35])
    assert kdf.calibrate(target_seconds=0.5, memory_kib=8, lanes=1, clock=lambda: next(readings)) == 9


def test_the_demos_uncalibrated_kdf_is_still_at_the_production_floor():
    from erfenis_desktop.vault.kdf import FLOOR_ITERATIONS, FLOOR_MEMORY_KIB, ProductionKdf, check_floor

    params = ProductionKdf.at_floor().new_params()
    check_floor(params)
    assert (params.memory_kib, params.iterations) == (FLOOR_MEMORY_KIB, FLOOR_ITERATIONS)
