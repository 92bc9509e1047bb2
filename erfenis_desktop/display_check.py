"""Before Qt starts: is there a screen to show a window on, and can Qt use it?

Without a display, or on X11 without the libxcb-cursor library, Qt stops the program with a
message meant for developers ("could not load the Qt platform plugin "xcb" … xcb-cursor0"). A
person gets a plain sentence instead, in Dutch or English, and an exit code. Qt is not loaded
yet here, so these few sentences are in this file in both languages, not in the translations.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence

#: The exit code when there is no screen to show Erfenis on.
EXIT_NO_DISPLAY = 3

_NO_DISPLAY = {
    "en": "Erfenis cannot open its window: there is no screen to show it on (neither DISPLAY nor "
          "WAYLAND_DISPLAY is set). Start Erfenis from your desktop, or from a terminal window on it.",
    "nl": "Erfenis kan zijn venster niet openen: er is geen scherm om het op te tonen (DISPLAY en "
          "WAYLAND_DISPLAY zijn allebei niet ingesteld). Start Erfenis vanaf je bureaublad, of vanuit een "
          "terminalvenster daarop.",
}
_NO_XCB_CURSOR = {
    "en": "Erfenis cannot open its window: a part of the system it needs is missing (the library "
          "libxcb-cursor). Install the package libxcb-cursor0 (on Debian and Ubuntu: sudo apt install "
          "libxcb-cursor0; on Fedora and Arch it is called xcb-util-cursor), then start Erfenis again.",
    "nl": "Erfenis kan zijn venster niet openen: er ontbreekt een onderdeel van het systeem (de bibliotheek "
          "libxcb-cursor). Installeer het pakket libxcb-cursor0 (op Debian en Ubuntu: sudo apt install "
          "libxcb-cursor0; op Fedora en Arch heet het xcb-util-cursor) en start Erfenis daarna opnieuw.",
}


def language(cli: str | None, environ: Mapping[str, str]) -> str:
    """``--lang``, else the language of the system's locale when it is Dutch or English, else Dutch
    (as Erfenis itself chooses; the saved choice needs Qt, which is not there yet)."""
    if cli in ("nl", "en"):
        return cli
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):  # the first one set to a language decides
        codes = [tag.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
                 for tag in environ.get(var, "").split(":")]
        codes = [code for code in codes if code and code not in ("c", "posix")]
        if codes:
            return next((code for code in codes if code in ("nl", "en")), "nl")
    return "nl"


def _load_xcb_cursor() -> None:
    import ctypes

    ctypes.CDLL("libxcb-cursor.so.0")  # the name Qt's xcb plugin asks for


def problem(environ: Mapping[str, str], qt_args: Sequence[str], lang: str,
            platform: str = sys.platform, load: Callable[[], None] = _load_xcb_cursor) -> str | None:
    """The sentence to say instead of starting Qt, or None when Qt can start. Only on Linux and
    the BSDs, and only when nobody chose a Qt platform (``QT_QPA_PLATFORM`` or ``-platform``)."""
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    if environ.get("QT_QPA_PLATFORM") or "-platform" in qt_args:
        return None
    wayland, x11 = bool(environ.get("WAYLAND_DISPLAY")), bool(environ.get("DISPLAY")) or "-display" in qt_args
    if not wayland and not x11:
        return _NO_DISPLAY[lang]
    if not wayland:  # Qt will use its xcb plugin, which needs libxcb-cursor
        try:
            load()
        except OSError:
            return _NO_XCB_CURSOR[lang]
    return None


def check(cli_lang: str | None, qt_args: Sequence[str], environ: Mapping[str, str] | None = None) -> int | None:
    """Say why Erfenis cannot show a window (on stderr) and return the exit code; None when it can."""
    environ = os.environ if environ is None else environ
    text = problem(environ, qt_args, language(cli_lang, environ))
    if text is None:
        return None
    print(text, file=sys.stderr)
    return EXIT_NO_DISPLAY
