"""Steps 2 and 3 on screen: every page lies out without clipping or sideways scrolling, in both
languages, light and dark, at 100 % and 200 % text. Set ERFENIS_PICTURES=<folder> to keep a PNG
of each (to look at them)."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from erfenis_desktop.domain.practice import CheckIn
from erfenis_desktop.services.practice import Practice
from tests.test_dans_view import _unlock_demo
from tests.test_exercises import _clipped, wait_for_layout

#: Discomfort after using the card, a few days apart: it goes down, with a bump.
HISTORY = [(20, 8), (17, 7), (15, 8), (12, 6), (9, 6), (6, 5), (4, 4), (2, 5), (1, 3), (0, 3)]


def _with_history(erfenis):
    """The demo's first person, with two cards chosen and check-ins on one of them."""
    u = _unlock_demo(erfenis)
    practice = Practice(erfenis.window.profiles.exercises, erfenis.session.couple)
    deck = practice.deck("en")
    cards = [deck.group("naming")[0].id, deck.group("listening")[0].id]
    practice.choose(u, cards, "en")
    today = datetime.now(UTC).replace(hour=12, minute=0, second=0, microsecond=0)
    for days_ago, after in HISTORY:
        when = (today - timedelta(days=days_ago)).isoformat(timespec="seconds")
        practice.check_in(u, CheckIn(cards[0], when, used=True, before=min(10, after + 2), after=after,
                                     situation="Aan tafel"))
    return u, cards


def _settle(qtbot, page):
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    wait_for_layout(qtbot, page)


def _look(page, name: str) -> None:
    folder = os.environ.get("ERFENIS_PICTURES")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        inner = page.widget() if hasattr(page, "widget") and page.widget() is not None else page
        assert inner.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_steps_two_and_three_fit(start_app, qtbot, data_dir, lang, scheme, scale):
    erfenis = start_app("--demo", "--lang", lang)
    erfenis.prefs.set_text_scale(scale)
    erfenis.prefs.set_color_scheme(scheme)
    erfenis.window.resize(1000, 760)
    _u, cards = _with_history(erfenis)
    flow = erfenis.window.profiles
    tag = f"{lang}-{scheme}-{scale}"
    pages = []
    flow.show_exercise("step2")
    pages.append(("step2", flow.practice_page))
    flow.show_checkin(cards[0])
    flow.checkin_page.before.set_value(7)  # one scale chosen, one not filled in
    pages.append(("checkin", flow.checkin_page))
    flow.show_exercise("step3")
    pages.append(("step3", flow.progress_page))
    for name, page in pages:
        flow.pages.setCurrentWidget(page)
        _settle(qtbot, page)
        _look(page, f"{name}-{tag}")
        assert _clipped(page.widget()) == [], name
        assert page.horizontalScrollBar().maximum() == 0, name
    for box in flow.progress_page.cards.values():
        chart = box.chart
        assert chart.height() >= chart.sizeHint().height()
        assert all(0 <= r.left() and r.right() <= chart.width() + 0.5 and r.bottom() <= chart.height() + 0.5
                   for _text, r in chart.label_rects())
    # The words for feelings, next to the writing fields of other screens, and their list.
    flow.show_exercise("step1")
    flow.show_exercise("cycle")
    width = erfenis.window.width()
    erfenis.window.home.profiles.notes_button.click()
    _settle(qtbot, flow.notes_page)
    assert erfenis.window.width() == width  # the notes' buttons do not make the window wider
    for name, page in (("step1", flow.step_one_page), ("cycle", flow.cycle_page), ("notes", flow.notes_page)):
        flow.pages.setCurrentWidget(page)
        _settle(qtbot, page)
        _look(page, f"{name}-{tag}")
        inner = page.widget() if hasattr(page, "widget") else page
        assert _clipped(inner) == [], name
    menu = flow.checkin_page.feelings[flow.checkin_page.happened].open_list()
    qtbot.waitUntil(menu.isVisible)
    _look(menu, f"feelings-menu-{tag}")
    assert menu.height() <= menu.screen().availableGeometry().height()
    menu.close()
    erfenis.window.show_home()
    flow.reminder_banner.show()
    _settle(qtbot, erfenis.window.home)
    _look(erfenis.window.home, f"home-{tag}")
    assert _clipped(erfenis.window.home.widget()) == []
    assert erfenis.window.home.horizontalScrollBar().maximum() == 0
