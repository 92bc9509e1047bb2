"""Attacks on what pages keep past a change (services/read_cache.py, the results page and step 3
"staying as drawn"): nothing a page says may outlive what it was about."""

from __future__ import annotations

from tests.test_profile_screens import PASSWORD


def _linked(erfenis):
    """Alex (unlocked, current) and Bo, linked."""
    vault = erfenis.session.vault
    alex, _code = vault.create("Alex", PASSWORD)
    vault.confirm_recovery_saved(alex)
    erfenis.session.enter(alex)
    bo, _code = vault.create("Bo", PASSWORD + " b")
    vault.confirm_recovery_saved(bo)
    erfenis.session.couple.link(alex, bo)
    return alex, bo


def test_a_failed_share_is_not_still_reported_after_a_note_was_written_meanwhile(start_app, qtbot):
    """Sharing the results fails (the file cannot be written); the person writes a note and comes
    back: the results read the same and stay as drawn, but the sentence under the button is the
    invitation again, not the failure of before (as it was before the page stayed as drawn)."""
    from erfenis_desktop.services.exercises import Run

    erfenis = start_app()
    alex, _bo = _linked(erfenis)
    flow, ex = erfenis.window.profiles, erfenis.window.profiles.exercises
    ex.finish(alex, ex.save_run(alex, Run(parents=["mam"], started="2024-01-01T10:00:00+00:00")))
    flow.show_exercise("results")
    page = flow.results_page
    assert page.share.isVisible()
    invitation = page.share_text.text()
    conn = erfenis.session.vault.db.conn
    conn.execute("PRAGMA query_only = 1")  # the file refuses every write for a moment
    try:
        page.share.click()
    finally:
        conn.execute("PRAGMA query_only = 0")
    failed = page.share_text.text()
    assert failed != invitation and "Nothing was changed" in failed
    assert page.shared == {}
    flow.go_home()
    alex.save_text("note", "iets anders")
    flow.show_exercise("results")
    assert page.share_text.text() == invitation
    assert page.share.text().replace("&", "") == "Share with my partner"
