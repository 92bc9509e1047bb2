"""Languages: choosing one at start and switching live."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from erfenis_desktop.paths import translations_dir

LANGUAGES = ("nl", "en")
FALLBACK = "nl"


class TranslationMissing(RuntimeError):
    pass


def choose_language(cli: str | None, saved: str, ui_languages: Iterable[str]) -> str:
    """``--lang``, else the saved choice, else the system language if we speak it, else Dutch."""
    if cli in LANGUAGES:
        return cli
    if saved in LANGUAGES:
        return saved
    for tag in ui_languages:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return FALLBACK


def system_ui_languages() -> list[str]:
    return list(QLocale.system().uiLanguages())


class Translations:
    """Installs our own and Qt's translators for one language at a time."""

    def __init__(self, app: QCoreApplication):
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = ""

    def switch(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(lang)
        ours = QTranslator(self._app)
        # The English .qm carries only plural forms; English is the source text.
        if not ours.load(f"erfenis_{lang}", str(translations_dir())):
            raise TranslationMissing(f"erfenis_{lang}.qm")
        new = [ours]
        if lang != "en":
            qt = QTranslator(self._app)
            if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                new.append(qt)
        for old in self._installed:
            self._app.removeTranslator(old)
        self.language = lang
        QLocale.setDefault(QLocale(QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English,
                                   QLocale.Country.Netherlands if lang == "nl" else QLocale.Country.UnitedKingdom))
        for translator in new:
            self._app.installTranslator(translator)
        self._installed = new

    def clear(self) -> None:
        """Remove our translators (used when an Erfenis instance is torn down in tests)."""
        for old in self._installed:
            self._app.removeTranslator(old)
        self._installed = []
        self.language = ""
