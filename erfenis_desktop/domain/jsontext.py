"""Reading JSON that Erfenis wrote, or that someone else made look so (a partner's shared copy,
a take-home file made with its password): anything that is not JSON raises ``ValueError``,
as ``json.loads`` does, and so does JSON nested too deep for Python's decoder (which raises
``RecursionError`` instead, a crash for every reader that expects ``ValueError``)."""

from __future__ import annotations

import json
from typing import Any


def loads_json(text: str | bytes) -> Any:
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deep") from None
