"""One registry of user settings, each with its default and its allowed values.

Settings are not secret and live in ``settings.ini`` in the data folder, next
to the database, so they can be read even when the database cannot.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_FILENAME = "settings.ini"
LANGUAGES = ("nl", "en")
COLOR_SCHEMES = ("system", "light", "dark")
TEXT_SCALE_MIN, TEXT_SCALE_MAX, TEXT_SCALE_STEP = 100, 200, 10


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    kind: type
    valid: Callable[[Any], bool] = lambda value: True


REGISTRY: dict[str, Setting] = {
    s.key: s
    for s in (
        # Empty means: not chosen yet, follow the system language.
        Setting("ui/language", "", str, lambda v: v in ("",) + LANGUAGES),
        Setting("ui/text_scale", 100, int, lambda v: TEXT_SCALE_MIN <= v <= TEXT_SCALE_MAX),
        Setting("ui/color_scheme", "system", str, lambda v: v in COLOR_SCHEMES),
        Setting("window/geometry", QByteArray(), QByteArray),
        # Minutes without input before an unlocked profile locks itself; 0 = off.
        Setting("security/auto_lock_minutes", 5, int, lambda v: 0 <= v <= 60),
    )
}


class Settings:
    """Typed access to ``settings.ini``; a missing, damaged or odd value reads as the default."""

    def __init__(self, data_dir: Path):
        self.path = data_dir / SETTINGS_FILENAME
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, key: str) -> Any:
        spec = REGISTRY[key]
        raw = self._qs.value(key, spec.default)
        try:
            value = raw if isinstance(raw, spec.kind) else spec.kind(raw)
        except (TypeError, ValueError):
            return spec.default
        return value if spec.valid(value) else spec.default

    def set(self, key: str, value: Any) -> None:
        spec = REGISTRY[key]
        if not isinstance(value, spec.kind) or not spec.valid(value):
            raise ValueError(f"{value!r} is not a valid value for {key}")
        self._qs.setValue(key, value)
        self._qs.sync()

    def saved_ok(self) -> bool:
        """False when the last write failed (for example: the disk is full)."""
        return self._qs.status() == QSettings.Status.NoError
