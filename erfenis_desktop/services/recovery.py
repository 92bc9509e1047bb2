"""The recovery code on screen: its groups, and checking the two groups typed back."""

from __future__ import annotations


def groups(code: str) -> list[str]:
    from erfenis_desktop.vault.recovery_code import format_recovery_code

    return format_recovery_code(code).split("-")


def confirmation_indices() -> list[int]:
    """Which groups (1-based) the person types back to show the code was saved."""
    from erfenis_desktop.vault.recovery_code import pick_confirmation_indices

    return sorted(pick_confirmation_indices(2))


def confirm_groups(code: str, typed: dict[int, str]) -> bool:
    from erfenis_desktop.vault.recovery_code import confirm_recovery_groups

    return confirm_recovery_groups(code, typed)
