"""One registry of user settings, each with its default and its allowed values.

Settings are not secret and live in ``settings.ini`` in the data folder, next
to the database, so they can be read even when the database cannot. Like every
file Erfenis keeps, it is readable by its owner only (0600).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_FILENAME = "settings.ini"
LANGUAGES = ("nl", "en")
COLOR_SCHEMES = ("system", "light", "dark", "contrast")  # contrast: high contrast
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
        private_file(self.path)  # one written by an older Erfenis (0644)
        #: Why the last change could not be saved (a StorageError), or None.
        self.error = None
        self._this_run: dict[str, Any] = {}  # applied, but not saved (the folder is gone)

    def get(self, key: str) -> Any:
        spec = REGISTRY[key]
        if key in self._this_run:
            return self._this_run[key]
        raw = self._qs.value(key, spec.default)
        if isinstance(raw, bool) and spec.kind is not bool:  # Qt's @Variant(true): not a number
            return spec.default
        try:
            value = raw if isinstance(raw, spec.kind) else spec.kind(raw)
        except (TypeError, ValueError, OverflowError):  # OverflowError: an infinite @Variant double
            return spec.default
        return value if spec.valid(value) else spec.default

    def set(self, key: str, value: Any) -> None:
        spec = REGISTRY[key]
        if not isinstance(value, spec.kind) or not spec.valid(value):
            raise ValueError(f"{value!r} is not a valid value for {key}")
        from erfenis_desktop.storage.database import StorageError, StorageFullError

        folder = self.path.parent
        if not folder.is_dir():
            # Qt would make the folder again, open to everyone: the choice applies for this
            # run only, and saved_ok() says why it was not kept.
            self._this_run[key] = value
            self.error = StorageError("the data folder is missing", "gone", folder)
            return
        self._this_run.pop(key, None)
        self._qs.setValue(key, value)
        # Qt writes a new file and renames it over the old one, keeping the old one's mode:
        # so the file exists, private, before Qt writes it the first time.
        private_file(self.path, create=True)
        self._qs.sync()
        self.error = None
        if self._qs.status() != QSettings.Status.NoError:
            import shutil

            try:
                full = shutil.disk_usage(folder).free < 64 * 1024
            except OSError:
                full = False
            if full:
                self.error = StorageFullError("settings.ini could not be written", folder=folder)
            elif not os.access(folder, os.W_OK) or (self.path.exists() and not os.access(self.path, os.W_OK)):
                self.error = StorageError("settings.ini could not be written", "read_only", folder)
            else:
                self.error = StorageError("settings.ini could not be written", "io", folder)

    def saved_ok(self) -> bool:
        """False when the last change could not be saved (``error`` says why); it still
        applies for as long as Erfenis runs."""
        return self.error is None


def private_file(path: Path, create: bool = False) -> None:
    """Make ``path`` readable and writable by its owner only (0600); with ``create``, make it
    (empty) when it is missing and its folder exists. Never raises: a read-only or missing
    folder shows up as a failed save instead."""
    try:
        if create and path.parent.is_dir():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        if path.is_file() and not path.is_symlink():
            os.chmod(path, 0o600)
    except OSError:
        pass
