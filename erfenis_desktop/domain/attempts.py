"""How long to wait after wrong passwords: slower, never locked out, never wiped."""

FREE_ATTEMPTS = 3
FIRST_DELAY = 5.0
MAX_DELAY = 60.0


def delay_after(failures: int) -> float:
    """Seconds to wait before the next try, after ``failures`` wrong passwords in a row."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY, FIRST_DELAY * 2 ** (failures - FREE_ATTEMPTS))


def seconds_to_wait(failures: int, last_failed_at: float | None, now: float) -> float:
    if last_failed_at is None:
        return 0.0
    return max(0.0, last_failed_at + delay_after(failures) - now)
