"""The results page keeps what it showed while nothing changed (so it opens quickly), and shows
any change made after it was opened the next time it opens, and nothing after a lock."""

from __future__ import annotations

from tests.test_profile_screens import make_profile, unlock


def _titles(page) -> list[str]:
    return [label.text() for label, _bars in page.sections]


def test_a_retake_finished_after_the_first_opening_is_shown_at_the_next(start_app, qtbot):
    from erfenis_desktop.services.exercises import Run

    erfenis = start_app()
    make_profile(erfenis, qtbot)
    flow, ex, u = erfenis.window.profiles, erfenis.window.profiles.exercises, erfenis.session.current
    ex.finish(u, ex.save_run(u, Run(parents=["mam"], started="2024-01-01T10:00:00+00:00")))
    flow.show_exercise("results")
    page = flow.results_page
    assert erfenis.window.pages.currentWidget() is page
    assert _titles(page)[0] == "mam"
    assert not page.compare.isEnabled()  # no earlier time yet
    flow.go_home()
    flow.show_exercise("results")  # nothing changed: the same
    assert _titles(page)[0] == "mam" and not page.compare.isEnabled()

    flow.go_home()  # a retake, with other people, finished after the page was opened
    ex.finish(u, ex.save_run(u, Run(parents=["opa Kees"], started="2025-01-01T10:00:00+00:00")))
    flow.show_exercise("results")
    assert _titles(page)[0] == "opa Kees"
    assert page.compare.isEnabled() and page.compare.count() == 2  # "nothing" and the first time

    erfenis.session.lock()  # nothing stays behind on the page …
    assert _titles(page) == [] and page.compare.count() == 0
    unlock(erfenis, qtbot)  # … and it is all there again after unlocking
    flow.show_exercise("results")
    assert _titles(page)[0] == "opa Kees" and page.compare.count() == 2


def test_a_note_written_meanwhile_leaves_the_results_as_drawn_and_a_share_redraws_them(start_app, qtbot):
    """Writing a note changes nothing the results show: the page stays as it was drawn (the very
    same widgets, the chosen comparison kept). A new result does change it: then it is
    drawn again."""
    from erfenis_desktop.services.exercises import Run

    erfenis = start_app()
    make_profile(erfenis, qtbot)
    flow, ex, u = erfenis.window.profiles, erfenis.window.profiles.exercises, erfenis.session.current
    ex.finish(u, ex.save_run(u, Run(parents=["mam"], started="2024-01-01T10:00:00+00:00")))
    ex.finish(u, ex.save_run(u, Run(parents=["pap"], started="2025-01-01T10:00:00+00:00")))
    flow.show_exercise("results")
    page = flow.results_page
    page.compare.setCurrentIndex(1)  # compared with the first time
    drawn = [label for label, _bars in page.sections]
    flow.go_home()
    u.save_text("note", "iets anders")
    flow.show_exercise("results")
    assert [label for label, _bars in page.sections] == drawn and page.compare.currentIndex() == 1
    flow.go_home()
    ex.finish(u, ex.save_run(u, Run(parents=["opa"], started="2026-01-01T10:00:00+00:00")))
    flow.show_exercise("results")
    assert _titles(page)[0] == "opa" and page.compare.count() == 3
