"""How long to wait after wrong passwords: slower, never locked out, never wiped."""

import math

FREE_ATTEMPTS = 3
FIRST_DELAY = 5.0
MAX_DELAY = 60.0
#: From this many doublings on the wait is MAX_DELAY (5 · 2⁴ = 80 > 60).
_DOUBLINGS_TO_MAX = math.ceil(math.log2(MAX_DELAY / FIRST_DELAY))


def delay_after(failures: int) -> float:
    """Seconds to wait before the next try, after ``failures`` wrong passwords in a row."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    # The doubling is capped before it is computed: 2 ** n for a thousand failures and more
    # does not fit in a float, and the wait would raise instead of being the longest one.
    doublings = min(failures - FREE_ATTEMPTS, _DOUBLINGS_TO_MAX)
    return min(MAX_DELAY, FIRST_DELAY * 2.0 ** doublings)


def seconds_to_wait(failures: int, last_failed_at: float | None, now: float) -> float:
    """Never more than MAX_DELAY, whatever the (plain, editable) stored values say. A time of
    the last failure that is not a number, or lies in the future (the clock was set back, or
    the file edited), asks for no wait at all: waiting for such a time would never end, and
    someone who can edit the file can reset the count anyway."""
    if last_failed_at is None:
        return 0.0
    if not isinstance(last_failed_at, (int, float)) or not math.isfinite(last_failed_at) or last_failed_at > now:
        return 0.0
    if not isinstance(failures, int):
        failures = FREE_ATTEMPTS
    return min(MAX_DELAY, max(0.0, last_failed_at + delay_after(failures) - now))
