"""Password-based key derivation (Argon2id) with enforced parameter floors.

``cryptography`` is imported lazily so importing this module stays cheap.
"""

from __future__ import annotations

import json
import math
import os
import threading
import time
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from .errors import DamagedError, WeakKdfParams

ALGORITHM = "argon2id"
KEY_BYTES = 32

# Production floor: stored parameters below these are refused on unlock.
FLOOR_MEMORY_KIB = 65536  # 64 MiB
FLOOR_ITERATIONS = 3
LANES = 4
SALT_BYTES = 16
TARGET_SECONDS = 0.5

# Ceilings: refuse absurd stored parameters instead of exhausting memory/time.
MAX_MEMORY_KIB = 4 * 1024 * 1024  # 4 GiB
MAX_ITERATIONS = 64
MAX_LANES = 64


@dataclass(frozen=True, kw_only=True)
class KdfParams:
    """Argon2id parameters stored next to every password-wrapped key."""

    algorithm: str = ALGORITHM
    memory_kib: int
    iterations: int
    lanes: int
    salt: bytes

    def to_dict(self) -> dict[str, Any]:
        return {
            "algorithm": self.algorithm,
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
            "salt": self.salt.hex(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> KdfParams:
        """Parse stored parameters; malformed input raises ``DamagedError``."""
        try:
            algorithm = data["algorithm"]
            ints = [data["memory_kib"], data["iterations"], data["lanes"]]
            salt = bytes.fromhex(data["salt"])
        except (KeyError, TypeError, ValueError) as exc:
            raise DamagedError() from exc
        if not isinstance(algorithm, str) or not all(
            type(value) is int for value in ints
        ):
            raise DamagedError()
        memory_kib, iterations, lanes = ints
        return cls(
            algorithm=algorithm,
            memory_kib=memory_kib,
            iterations=iterations,
            lanes=lanes,
            salt=salt,
        )

    def encode(self) -> bytes:
        """Canonical bytes (sorted compact JSON), used as associated data."""
        return json.dumps(
            self.to_dict(), sort_keys=True, separators=(",", ":")
        ).encode("ascii")


def _password_bytes(password: str) -> bytes:
    return unicodedata.normalize("NFC", password).encode("utf-8")


#: One derivation at a time in this process. Two Argon2id derivations with several lanes
#: running at once in different threads were seen to hang for good (OpenSSL's shared
#: thread pool); they are slow by design anyway, so they simply take turns.
_DERIVE_LOCK = threading.Lock()


def derive(password: str, params: KdfParams) -> bytes:
    """Derive a 32-byte key from ``password`` (NFC-normalised, UTF-8).

    Performs no floor check; callers with untrusted params use ``Kdf.check``.
    """
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    if params.algorithm != ALGORITHM:
        raise WeakKdfParams()
    kdf = Argon2id(
        salt=params.salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    with _DERIVE_LOCK:
        return kdf.derive(_password_bytes(password))


def calibrate(
    target_seconds: float = TARGET_SECONDS,
    memory_kib: int = FLOOR_MEMORY_KIB,
    lanes: int = LANES,
    clock: Callable[[], float] = time.perf_counter,
    max_iterations: int = MAX_ITERATIONS,
) -> int:
    """Return the iteration count that takes about ``target_seconds``.

    Times derivations at t = 3 and t = 6: the difference is the cost of an
    iteration, the rest is the fixed cost of filling the memory (counting that
    as iterations made the result fall short of the target). The result is
    clamped to ``[FLOOR_ITERATIONS, max_iterations]``.
    """
    def timed(iterations: int) -> float:
        probe = KdfParams(memory_kib=memory_kib, iterations=iterations, lanes=lanes,
                          salt=os.urandom(SALT_BYTES))
        start = clock()
        derive("calibration", probe)
        return clock() - start

    derive("warm-up", KdfParams(memory_kib=memory_kib, iterations=1, lanes=lanes,
                                salt=os.urandom(SALT_BYTES)))  # the very first run is slower: not timed
    short, long = timed(FLOOR_ITERATIONS), timed(2 * FLOOR_ITERATIONS)
    if short <= 0:
        return max(FLOOR_ITERATIONS, max_iterations)
    per_iteration = (long - short) / FLOOR_ITERATIONS
    if per_iteration <= 0 or per_iteration * FLOOR_ITERATIONS > short:  # noisy timing: plain scaling
        per_iteration = short / FLOOR_ITERATIONS
    fixed = short - per_iteration * FLOOR_ITERATIONS
    iterations = math.floor((target_seconds - fixed) / per_iteration + 0.5)
    return max(FLOOR_ITERATIONS, min(iterations, max_iterations))


def check_floor(params: KdfParams) -> None:
    """Raise ``WeakKdfParams`` unless ``params`` meet the production floor."""
    if (
        params.algorithm != ALGORITHM
        or len(params.salt) < SALT_BYTES
        or not FLOOR_MEMORY_KIB <= params.memory_kib <= MAX_MEMORY_KIB
        or not FLOOR_ITERATIONS <= params.iterations <= MAX_ITERATIONS
        or not 1 <= params.lanes <= MAX_LANES
        or params.memory_kib < 8 * params.lanes
    ):
        raise WeakKdfParams()


class Kdf(Protocol):
    """What the key hierarchy needs from a key-derivation strategy."""

    def new_params(self) -> KdfParams:
        """Fresh parameters (with a new random salt) for a new wrapped key."""
        ...

    def check(self, params: KdfParams) -> None:
        """Raise ``WeakKdfParams`` if stored ``params`` must be refused."""
        ...

    def derive(self, password: str, params: KdfParams) -> bytes:
        """Check ``params`` and derive a 32-byte key."""
        ...


class ProductionKdf:
    """Calibrated Argon2id that never goes below the production floor.

    Calibration runs once per instance, on the first ``new_params()`` call.
    """

    def __init__(
        self,
        target_seconds: float = TARGET_SECONDS,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        self._target_seconds = target_seconds
        self._clock = clock
        self._iterations: int | None = None

    @classmethod
    def at_floor(cls) -> ProductionKdf:
        """The floor itself, without calibrating (for the demo's made-up profiles: quick to make)."""
        kdf = cls()
        kdf._iterations = FLOOR_ITERATIONS
        return kdf

    def new_params(self) -> KdfParams:
        if self._iterations is None:
            self._iterations = calibrate(
                self._target_seconds, FLOOR_MEMORY_KIB, LANES, self._clock
            )
        return KdfParams(
            memory_kib=FLOOR_MEMORY_KIB,
            iterations=self._iterations,
            lanes=LANES,
            salt=os.urandom(SALT_BYTES),
        )

    def check(self, params: KdfParams) -> None:
        check_floor(params)

    def derive(self, password: str, params: KdfParams) -> bytes:
        self.check(params)
        return derive(password, params)


class FastTestKdf:
    """Deliberately weak Argon2id for TESTS ONLY (8 KiB, t=1, one lane).

    ``check`` accepts exactly these parameters, so a record made by this KDF
    can never be unlocked by ``ProductionKdf`` and vice versa.
    """

    MEMORY_KIB = 8
    ITERATIONS = 1
    LANES = 1

    def new_params(self) -> KdfParams:
        return KdfParams(
            memory_kib=self.MEMORY_KIB,
            iterations=self.ITERATIONS,
            lanes=self.LANES,
            salt=os.urandom(SALT_BYTES),
        )

    def check(self, params: KdfParams) -> None:
        if (
            params.algorithm != ALGORITHM
            or params.memory_kib != self.MEMORY_KIB
            or params.iterations != self.ITERATIONS
            or params.lanes != self.LANES
            or len(params.salt) != SALT_BYTES
        ):
            raise WeakKdfParams()

    def derive(self, password: str, params: KdfParams) -> bytes:
        self.check(params)
        return derive(password, params)
