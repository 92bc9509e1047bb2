"""The generations view on screen: the page lies out without clipping or sideways scrolling, in
both languages, light and dark, at 100 % and 200 % text; with a partner's shared drawing too.
Set ERFENIS_PICTURES=<folder> to keep a PNG of each (to look at them)."""

from __future__ import annotations

import pytest

from tests.test_exercises import _clipped
from tests.test_generations import WORDS, _fill, _open
from tests.test_practice_pictures import _look, _settle
from tests.test_practice_screens import _unlocked


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_generations_page_fits(start_app, qtbot, lang, scheme, scale):
    erfenis = start_app("--lang", lang)
    erfenis.prefs.set_text_scale(scale)
    erfenis.prefs.set_color_scheme(scheme)
    erfenis.window.resize(1000, 760)
    _unlocked(erfenis)
    page = _open(erfenis)
    _fill(page, {**WORDS, ("me", "unsaid"): "Over geld. " * 12})
    page.words_button.click()  # the drawing in words, opened
    _settle(qtbot, page)
    assert page.horizontalScrollBar().maximum() == 0  # no sideways scrolling
    assert _clipped(page.widget()) == []
    assert page.canvas.height() >= page.canvas.heightForWidth(page.canvas.width()) - 1
    assert page.words.isVisible() and WORDS["parents", "love"] in page.words.text()
    _look(page, f"generations-{lang}-{scheme}-{scale}")
