"""About says, in plain words and in both languages, what the file shows without a password."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang, title, names, hidden", [
    ("en", "What the file shows without your password", "the name and colour of every profile",
     "which of your texts a shared copy came from"),
    ("nl", "Wat het bestand laat zien zonder je wachtwoord", "de naam en kleur van elk profiel",
     "van welke tekst een gedeelde kopie komt"),
])
def test_about_names_what_the_file_shows_without_a_password(start_app, lang, title, names, hidden):
    erfenis = start_app(lang=lang)
    erfenis.window.show_about()
    about = erfenis.window.about_dialog
    assert about.visible_title.text() == title
    assert names in about.visible.text() and hidden in about.visible.text()
    assert about.visible.isVisibleTo(about)
