"""The error a person can do something about, shared by every service."""

from __future__ import annotations


class ProfileError(Exception):
    """Something the person can fix; ``code`` selects the message the UI shows."""

    def __init__(self, code: str, **details):
        self.code, self.details = code, details
        super().__init__(code)
