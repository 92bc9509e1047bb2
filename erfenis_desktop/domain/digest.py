"""SHA-256 without OpenSSL where Python has its own.

``hashlib`` loads OpenSSL's library (over 3 MiB of memory) the moment it is imported. The
first screen only hashes the content files (to know they were checked before) and a data
folder's name (for the single-instance channel): Python's built-in SHA-256 does that as well.
The vault, which needs OpenSSL for its real work, loads it when a profile is opened.
"""

from __future__ import annotations


def sha256(data: bytes = b""):
    """A SHA-256 hash object (``update``, ``digest``, ``hexdigest``), as ``hashlib.sha256``."""
    try:
        from _sha2 import sha256 as make  # Python 3.12 and later
    except ImportError:
        try:
            from _sha256 import sha256 as make  # Python 3.11
        except ImportError:
            from hashlib import sha256 as make
    return make(data)
