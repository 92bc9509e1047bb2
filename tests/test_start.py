"""Starting Erfenis: the window, the language, and live switching."""

from __future__ import annotations

import stat
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication

from erfenis_desktop import __version__
from erfenis_desktop.services.i18n import choose_language
from erfenis_desktop.services.settings import Settings
from erfenis_desktop.ui.window.main_window import MainWindow


def test_home_window_in_english(start_app):
    erfenis = start_app("--lang", "en")
    window = erfenis.window
    assert isinstance(window, MainWindow) and window.isVisible()
    assert window.windowTitle() == "Erfenis"
    assert window.home.title.text() == "Welcome to Erfenis"
    assert window.nav_settings.text() == "&Settings"


def test_home_window_in_dutch(start_app):
    window = start_app("--lang", "nl").window
    assert window.home.title.text() == "Welkom bij Erfenis"
    assert "voorbeeld" in window.home.welcome.text()
    assert window.nav_settings.text() == "&Instellingen"


def test_qt_standard_buttons_are_dutch(start_app):
    window = start_app("--lang", "nl").window
    window.show_about()
    close = window.about_dialog.buttons.buttons()[0]
    assert close.text().replace("&", "") == "Sluiten"


def test_switching_language_changes_visible_text_at_once(start_app, data_dir, qtbot):
    erfenis = start_app("--lang", "en")
    window = erfenis.window
    window.show_settings()
    combo = window.settings.language
    combo.setCurrentIndex(combo.findData("nl"))
    # Qt delivers the change with the next turn of the event loop: well under a second.
    qtbot.waitUntil(lambda: window.home.title.text() == "Welkom bij Erfenis", timeout=1000)
    assert window.settings.title.text() == "Instellingen"
    assert window.settings.scheme.itemText(2) == "Donker"
    assert window.nav_home.text() == "&Startscherm"
    combo.setCurrentIndex(combo.findData("en"))
    qtbot.waitUntil(lambda: window.settings.title.text() == "Settings", timeout=1000)
    # The choice is remembered for the next start (without --lang).
    combo.setCurrentIndex(combo.findData("nl"))
    assert Settings(data_dir).get("ui/language") == "nl"


def test_saved_language_used_without_flag(start_app, data_dir):
    data_dir.mkdir()
    (data_dir / "settings.ini").write_text("[ui]\nlanguage=nl\n")
    erfenis = start_app(lang=None)
    assert erfenis.window.home.title.text() == "Welkom bij Erfenis"


@pytest.mark.parametrize("cli, saved, system, expected", [
    ("en", "nl", ["nl-NL"], "en"),
    (None, "en", ["nl-NL"], "en"),
    (None, "", ["en-GB", "nl"], "en"),
    (None, "", ["nl_BE"], "nl"),
    (None, "", ["fr-FR", "de-DE"], "nl"),
    (None, "", [], "nl"),
    (None, "klingon", ["fr"], "nl"),
])
def test_language_choice(cli, saved, system, expected):
    assert choose_language(cli, saved, system) == expected


def test_data_folder_is_private(start_app, data_dir):
    start_app()
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((data_dir / "erfenis.db").stat().st_mode) == 0o600


def test_text_size_and_dark_mode_apply_at_once(start_app):
    window = start_app().window
    app = QApplication.instance()
    before = app.font().pointSizeF()
    window.show_settings()
    window.settings.scale_spin.setValue(200)
    assert app.font().pointSizeF() == pytest.approx(before * 2, rel=0.01)
    window.settings.scheme.setCurrentIndex(window.settings.scheme.findData("dark"))
    assert app.palette().window().color().lightness() < 60
    window.settings.scheme.setCurrentIndex(window.settings.scheme.findData("light"))
    assert app.palette().window().color().lightness() > 200
    window.settings.scale_spin.setValue(100)
    assert app.font().pointSizeF() == pytest.approx(before, rel=0.01)


def test_window_geometry_is_remembered(start_app, qtbot):
    first = start_app()
    first.window.setGeometry(40, 50, 700, 500)
    first.window.close()
    first.shutdown()
    second = start_app()
    assert second.window.size().width() == 700
    assert second.window.size().height() == 500


def test_escape_and_shortcuts_navigate(start_app, qtbot):
    from PySide6.QtCore import Qt

    window = start_app().window
    window.act_settings.trigger()
    assert window.pages.currentWidget() is window.settings
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.home
    assert window.act_settings.shortcut().toString() != ""
    assert window.act_quit.shortcut().toString() != ""


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "erfenis_desktop", *args],
                          capture_output=True, text=True, timeout=60)


def test_version_and_help():
    assert _run("--version").stdout.strip() == f"Erfenis {__version__}"
    help_text = _run("--help").stdout
    for option in ("--data-dir", "--lang", "--version"):
        assert option in help_text


def test_a_mistyped_option_is_refused_not_ignored():
    result = _run("--data-dri", "/tmp/x")
    assert result.returncode == 2
    assert "unrecognised arguments: --data-dri" in result.stderr


def test_an_existing_folder_of_other_files_keeps_its_permissions(start_app, tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir(mode=0o755)
    (folder / "holiday.txt").write_text("photos")
    start_app("--data-dir", str(folder))
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
    assert stat.S_IMODE((folder / "erfenis.db").stat().st_mode) == 0o600
