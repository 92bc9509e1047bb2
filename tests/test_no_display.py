"""Without a screen, Erfenis says so in a sentence in the person's language and exits, instead of
Qt's abort about platform plugins; on X11 without libxcb-cursor it names the package to install."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from erfenis_desktop.display_check import EXIT_NO_DISPLAY, language, problem

NO_SCREEN = {"en": "there is no screen to show it on", "nl": "er is geen scherm om het op te tonen"}


def _run(tmp_path, *args: str, **env: str) -> subprocess.CompletedProcess:
    """``env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM python -m erfenis_desktop``, with the
    locale given."""
    clean = {k: v for k, v in os.environ.items()
             if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL", "LC_MESSAGES",
                          "LANG")}
    clean.update(env)
    return subprocess.run([sys.executable, "-m", "erfenis_desktop", "--data-dir", str(tmp_path / "data"), *args],
                          env=clean, capture_output=True, text=True, timeout=60)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY and WAYLAND_DISPLAY are for Linux")
@pytest.mark.parametrize("env, args, lang", [
    ({"LANGUAGE": "en"}, (), "en"),
    ({"LANG": "en_GB.UTF-8"}, (), "en"),
    ({"LANG": "nl_NL.UTF-8"}, (), "nl"),
    ({"LC_ALL": "nl_BE.UTF-8", "LANG": "en_US.UTF-8"}, (), "nl"),
    ({"LANG": "nl_NL.UTF-8"}, ("--lang", "en"), "en"),
    ({"LANG": "C.UTF-8"}, (), "nl"),  # a language Erfenis does not speak: Dutch, as Erfenis itself does
])
def test_without_a_display_it_says_so_in_words_and_exits(tmp_path, env, args, lang):
    done = _run(tmp_path, *args, **env)
    said = done.stderr + done.stdout
    assert done.returncode == EXIT_NO_DISPLAY != 0
    assert NO_SCREEN[lang] in said and said.strip().count("\n") == 0  # one sentence, nothing else
    assert NO_SCREEN["nl" if lang == "en" else "en"] not in said
    for developer_words in ("xcb", "plugin", "Traceback", "qt.qpa", "Aborted"):
        assert developer_words not in said
    assert not (tmp_path / "data").exists()  # nothing was made or written


def _missing() -> None:
    raise OSError("libxcb-cursor.so.0: cannot open shared object file: No such file or directory")


def _present() -> None:
    return None


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_on_x11_without_libxcb_cursor_it_names_the_package(lang):
    said = problem({"DISPLAY": ":0"}, [], lang, platform="linux", load=_missing)
    assert said is not None and "libxcb-cursor0" in said and "xcb-util-cursor" in said
    assert ("Install the package" if lang == "en" else "Installeer het pakket") in said
    assert problem({"DISPLAY": ":0"}, [], lang, platform="linux", load=_present) is None
    # Wayland does not need it; a chosen platform or another system is left to Qt.
    assert problem({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, [], lang, "linux", load=_missing) is None
    assert problem({"QT_QPA_PLATFORM": "offscreen"}, [], lang, "linux", load=_missing) is None
    assert problem({}, ["-platform", "offscreen"], lang, "linux", load=_missing) is None
    assert problem({}, [], lang, "win32", load=_missing) is None
    assert problem({}, ["-display", ":1"], lang, "linux", load=_missing) is not None  # X11 all the same


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is for Linux")
def test_the_real_check_finds_the_library_where_it_is_installed(tmp_path):
    import ctypes.util

    found = ctypes.util.find_library("xcb-cursor") is not None
    said = problem({"DISPLAY": ":0"}, [], "en", platform="linux")
    assert (said is None) == found


def test_the_language_follows_the_locale_and_lang_wins():
    assert language(None, {"LANGUAGE": "nl:en"}) == "nl"
    assert language(None, {"LANGUAGE": "de:en"}) == "en"
    assert language(None, {"LC_ALL": "de_DE.UTF-8", "LANG": "en_GB.UTF-8"}) == "nl"
    assert language("en", {"LANG": "nl_NL.UTF-8"}) == "en"
    assert language(None, {}) == "nl"
