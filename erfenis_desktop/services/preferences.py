"""What the settings screen may change: language, text size, light or dark."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, Signal

from erfenis_desktop.domain.content import ContentBundle

from .i18n import Translations
from .settings import COLOR_SCHEMES, Settings


class Preferences(QObject):
    #: Emitted after the language switched (translators are installed by then).
    languageChanged = Signal(str)
    #: Emitted when text size or colour scheme changed.
    appearanceChanged = Signal()
    #: Emitted with the new number of minutes (0 = off).
    autoLockChanged = Signal(int)

    def __init__(self, settings: Settings, translations: Translations, content: ContentBundle,
                 data_dir, parent: QObject | None = None):
        super().__init__(parent)
        self._settings = settings
        self._translations = translations
        self._content = content
        self.data_dir = data_dir

    # Language ---------------------------------------------------------------
    @property
    def language(self) -> str:
        return self._translations.language

    def set_language(self, lang: str) -> None:
        if lang == self.language:
            return
        self._translations.switch(lang)
        self._settings.set("ui/language", lang)
        self.languageChanged.emit(lang)

    def text(self, name: str, key: str):
        """A long text from the content files, in the current language."""
        return self._content.get(self.language, name, key)

    # Appearance -------------------------------------------------------------
    @property
    def text_scale(self) -> int:
        return self._settings.get("ui/text_scale")

    def set_text_scale(self, percent: int) -> None:
        if percent != self.text_scale:
            self._settings.set("ui/text_scale", percent)
            self.appearanceChanged.emit()

    @property
    def color_scheme(self) -> str:
        return self._settings.get("ui/color_scheme")

    def set_color_scheme(self, scheme: str) -> None:
        if scheme not in COLOR_SCHEMES:
            raise ValueError(scheme)
        if scheme != self.color_scheme:
            self._settings.set("ui/color_scheme", scheme)
            self.appearanceChanged.emit()

    # Locking ----------------------------------------------------------------
    @property
    def auto_lock_minutes(self) -> int:
        return self._settings.get("security/auto_lock_minutes")

    def set_auto_lock_minutes(self, minutes: int) -> None:
        if minutes != self.auto_lock_minutes:
            self._settings.set("security/auto_lock_minutes", minutes)
            self.autoLockChanged.emit(minutes)

    # Window -----------------------------------------------------------------
    def window_geometry(self) -> QByteArray:
        return self._settings.get("window/geometry")

    def save_window_geometry(self, geometry: QByteArray) -> None:
        self._settings.set("window/geometry", geometry)

    def saved_ok(self) -> bool:
        return self._settings.saved_ok()

    @property
    def save_error(self):
        """Why the last change could not be saved (a StorageError), or None."""
        return self._settings.error
