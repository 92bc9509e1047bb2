"""Every interactive widget can be found by a screen reader, in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QWidget


def _inside_composite(w: QWidget) -> bool:
    """Parts of a combo box or spin box are announced as that one widget."""
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        parent = parent.parentWidget()
    return False


def _interactive(root: QWidget) -> list[QWidget]:
    # Everything Tab can reach (labels that are merely selectable by mouse are read as their text).
    found = [w for w in root.findChildren(QWidget)
             if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()
             and not _inside_composite(w)
             and w.metaObject().className() not in ("QScrollBar", "QScrollArea", "QStackedWidget")]
    return found


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_home_and_settings_widgets_have_accessible_names(start_app, lang, qtbot):
    window = start_app("--lang", lang).window
    for page in (window.home, window.settings):
        widgets = _interactive(page)
        assert widgets, "expected interactive widgets on the page"
        unnamed = [f"{w.metaObject().className()} {w.objectName()} {getattr(w, 'text', lambda: '')()}"
                   for w in widgets if not w.accessibleName().strip()]
        assert unnamed == []
    header_buttons = [w for w in window.findChildren(QAbstractButton) if w.parent() is window.nav_home.parent()]
    assert all(b.accessibleName() for b in header_buttons)
    if lang == "nl":
        assert window.settings.language.accessibleName() == "Taal"
        assert window.nav_settings.accessibleName() == "Instellingen"


def test_every_action_reachable_by_keyboard(start_app):
    window = start_app().window
    for action in (window.act_home, window.act_settings, window.act_quit, window.act_help, window.act_hide):
        assert not action.shortcut().isEmpty(), action.text()
    # Every label on the settings page names the field it describes, so Alt+letter moves there.
    settings = window.settings
    for label in (settings.language_label, settings.scale_label, settings.scheme_label):
        assert label.buddy() is not None and "&" in label.text()


def _mnemonic(text: str) -> str | None:
    i = text.replace("&&", "").find("&")
    return text.replace("&&", "")[i + 1].lower() if i >= 0 else None


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_alt_letters_are_unique_on_each_page(start_app, lang):
    window = start_app("--lang", lang).window
    header = [window.nav_home.text(), window.nav_settings.text(), window.nav_about.text(),
              window.file_menu.title(), window.help_menu.title()]
    settings = window.settings
    page = [settings.language_label.text(), settings.scale_label.text(), settings.scheme_label.text(),
            settings.back.text()]
    letters = [_mnemonic(t) for t in header + page]
    assert None not in letters
    assert len(letters) == len(set(letters)), list(zip(header + page, letters))
