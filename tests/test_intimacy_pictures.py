"""The intimacy check on screen: answering, the results and side by side lie out without
clipping or sideways scrolling, in both languages, light and dark, at 100 % and 200 % text,
and every area's name in the charts lies inside the drawing. Set ERFENIS_PICTURES=<folder>
to keep a PNG of each (to look at them)."""

from __future__ import annotations

import pytest

from erfenis_desktop.services.intimacy import IntimacyService, Take
from tests.test_dans_view import _unlock_demo
from tests.test_exercises import _clipped
from tests.test_practice_pictures import _look, _settle


def _finish(service, u, value_for, lang) -> Take:
    take = Take()
    for item in service.check(lang).items:
        take = service.answer(u, take, item.id, value_for(item), lang)
    return service.finish(u, take, lang)


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_intimacy_pages_fit(start_app, qtbot, lang, scheme, scale):
    erfenis = start_app("--demo", "--lang", lang)
    erfenis.prefs.set_text_scale(scale)
    erfenis.prefs.set_color_scheme(scheme)
    erfenis.window.resize(1000, 760)
    first = _unlock_demo(erfenis)
    vault = erfenis.session.vault
    other = next(p for p in vault.profiles() if p.uuid != first.profile.uuid)
    second, _before = vault.unlock(other.uuid, erfenis.session.demo_passwords[other.uuid])
    service = IntimacyService(erfenis.window.profiles.exercises, erfenis.session.couple)
    skip_safety = {i.id for i in service.check(lang).area("safety").items[:3]}
    _finish(service, first, lambda item: 4, lang)  # an earlier time, to compare with
    mine = _finish(service, first, lambda item: "skip" if item.id in skip_safety else (2 if item.reverse else 6), lang)
    theirs = _finish(service, second, lambda item: 3 if item.area == "touch" else 5, lang)
    service.share(first, mine)
    service.share(second, theirs)
    flow = erfenis.window.profiles
    flow.show_exercise("intimacy")
    page = flow.intimacy_page
    tag = f"{lang}-{scheme}-{scale}"
    page.results.compare.setCurrentIndex(1)
    shots = [("results", page.results, page.show_results)]
    shots.append(("compare", page.compare, page.show_compare))
    shots.append(("question", page.answer, lambda: (page.retake(), page.answer.start_button.click())))
    for name, view, show in shots:
        show()
        _settle(qtbot, view)
        _look(view, f"intimacy-{name}-{tag}")
        assert _clipped(view.widget()) == [], name
        assert view.horizontalScrollBar().maximum() == 0, name
    for chart in (page.results.chart, page.compare.mirror):
        assert chart.height() >= chart.sizeHint().height()
        assert all(0 <= r.left() and r.right() <= chart.width() + 0.5 and r.bottom() <= chart.height() + 0.5
                   for r in chart.label_rects())
