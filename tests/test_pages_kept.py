"""What the pages keep in memory to open quickly (services/unlocked.py ``kept``, the opened
texts; the journal's search index; the timeline's cards): dropped at the lock, and never
standing in for writing that changed."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QLabel

from erfenis_desktop.services.exercises import NOTE
from tests.test_profile_screens import make_profile
from tests.test_together import _linked_and_together

SECRET = "onze zwaluw vloog weg toen niemand keek"  # as the search folds it, too


def _reachable(root, needle: str, seen=None, depth=0) -> bool:
    """Whether ``needle`` is in any string reachable from ``root`` through attributes, dicts,
    lists, tuples and sets (Python objects, not the Qt widgets' own C++ texts)."""
    seen = set() if seen is None else seen
    if id(root) in seen or depth > 8:
        return False
    seen.add(id(root))
    if isinstance(root, str):
        return needle in root
    if isinstance(root, bytes | bytearray):
        return needle.encode() in root
    if isinstance(root, dict):
        return any(_reachable(k, needle, seen, depth + 1) or _reachable(v, needle, seen, depth + 1)
                   for k, v in root.items())
    if isinstance(root, list | tuple | set | frozenset):
        return any(_reachable(v, needle, seen, depth + 1) for v in root)
    if dataclasses.is_dataclass(root) and not isinstance(root, type):
        return any(_reachable(getattr(root, f.name), needle, seen, depth + 1) for f in dataclasses.fields(root))
    attrs = getattr(root, "__dict__", None)
    return attrs is not None and _reachable(dict(attrs), needle, seen, depth + 1)


def test_after_the_lock_nothing_of_the_writing_is_left_in_the_pages_or_the_profile(start_app, qtbot):
    erfenis = start_app()
    make_profile(erfenis, qtbot, "Alex")
    u = erfenis.session.current
    u.save_text(NOTE, SECRET)
    flow = erfenis.window.profiles
    flow.show_exercise("journal")
    journal = flow.journal_page
    journal.search.setText("zwaluw")
    assert journal.list.count() == 1 and SECRET[:20] in journal.reader.toPlainText()
    flow.show_exercise("step3")  # check-ins, read and kept for every card
    flow.go_home()
    assert _reachable(u, SECRET) and _reachable(journal, SECRET)  # the check itself finds it while open

    erfenis.session.lock()
    assert u.is_locked
    assert not _reachable(u, SECRET), "the profile kept a text after the lock"
    for name in ("journal_page", "progress_page"):
        assert not _reachable(flow._made[name], SECRET), f"{name} kept a text after the lock"
    assert journal.list.count() == 0 and journal.reader.toPlainText() == ""


def test_a_page_opened_again_shows_writing_that_changed_in_between(start_app, qtbot):
    erfenis = start_app()
    make_profile(erfenis, qtbot, "Alex")
    u = erfenis.session.current
    note = u.save_text(NOTE, "eerste versie")
    flow = erfenis.window.profiles
    flow.show_exercise("journal")
    journal = flow.journal_page
    journal.list.setCurrentRow(0)
    assert "eerste versie" in journal.reader.toPlainText()
    flow.go_home()
    u.save_text(NOTE, "tweede versie", note)  # a new revision of the same item
    u.save_text(NOTE, "een nieuwe notitie")
    flow.show_exercise("journal")
    texts = [e.text for e in journal.entries]
    assert "tweede versie" in texts and "een nieuwe notitie" in texts and "eerste versie" not in texts
    journal.search.setText("tweede")
    assert journal.list.count() == 1


def test_what_we_shared_shows_the_newest_first_and_the_earlier_ones_on_request(start_app, qtbot, monkeypatch):
    from erfenis_desktop.ui.journal.timeline_page import TimelinePage

    monkeypatch.setattr(TimelinePage, "BATCH", 3)
    erfenis = start_app()
    flow, _page = _linked_and_together(erfenis, qtbot)
    u = erfenis.session.current
    for i in range(5):
        erfenis.session.couple.share(u, u.save_text(NOTE, f"gedeeld {i}"))
    flow.show_exercise("timeline")
    timeline = flow.timeline_page
    shown = lambda: sorted(label.text() for c in timeline.cards for label in c.findChildren(QLabel)  # noqa: E731
                           if label.text().startswith("gedeeld"))
    assert len(shown()) == 3 and timeline.more.isVisible() and "2" in timeline.more.text()
    timeline.more.click()
    assert shown() == [f"gedeeld {i}" for i in range(5)] and not timeline.more.isVisible()
    assert timeline.back.hasFocus() or timeline.focusWidget() is not timeline.more
    # Shared again in between: opened again, the timeline shows it.
    flow.go_home()
    erfenis.session.couple.share(u, u.save_text(NOTE, "gedeeld 5"))
    flow.show_exercise("timeline")
    assert "gedeeld 5" in [item.text for item in timeline.items]
    while timeline.more.isVisible():
        timeline.more.click()
    assert shown() == [f"gedeeld {i}" for i in range(6)]
