"""The group picture on screen: what the room sees (hidden below five, counts only from five),
and a participant adding their results once, after reading what that means."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from erfenis_desktop.ui.workshop.group_page import CountBars, GroupPage, show_group_page
from tests.test_workshop_group import BACK_NO_INTIMACY, CLOSER_ABSENT, IN_BETWEEN_NOTHING, NAMES, finish_pattern_mirror

SCALES = [CLOSER_ABSENT, BACK_NO_INTIMACY, CLOSER_ABSENT, IN_BETWEEN_NOTHING, BACK_NO_INTIMACY, CLOSER_ABSENT]


def strings(root: QWidget) -> list[str]:
    """Every text anywhere in the widget tree, shown or not: labels, buttons, names,
    descriptions, tooltips, and what the bars draw."""
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        for getter in ("text", "windowTitle", "toolTip", "accessibleName", "accessibleDescription",
                       "placeholderText", "statusTip", "whatsThis"):
            f = getattr(w, getter, None)
            if callable(f):
                try:
                    value = f()
                except TypeError:
                    continue
                if isinstance(value, str) and value:
                    out.append(value)
        if isinstance(w, CountBars):
            out += [str(part) for row in w.rows for part in row] + ([str(w.total)] if w.rows else [])
    return out


def people(erfenis, count: int, added: int):
    """``count`` participants with a finished pattern mirror, the first ``added`` of them in the
    group picture; all locked again. Returns [(uuid, password)]."""
    from erfenis_desktop.services.group import GroupService

    vault, exercises = erfenis.session.vault, erfenis.window.profiles.exercises
    group = GroupService(vault, exercises)
    made = []
    for i in range(count):
        password = f"{NAMES[i]} wachtwoord"
        u, _code = vault.create(NAMES[i], password)
        vault.confirm_recovery_saved(u)
        finish_pattern_mirror(u, SCALES[i])
        if i < added:
            group.add(u, "en")
        made.append((u.profile.uuid, password))
        u.lock()
    return made


def open_as(erfenis, uuid_password):
    u, _profile = erfenis.session.vault.unlock(*uuid_password)
    erfenis.session.enter(u)
    return u


def settle(qtbot, page):
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: page.isVisible())


def test_with_four_only_how_many_more_and_no_count_anywhere(start_app, qtbot):
    erfenis = start_app()
    made = people(erfenis, 5, added=4)
    open_as(erfenis, made[4])  # the fifth is here, and has not added yet
    page = show_group_page(erfenis.window)
    settle(qtbot, page)
    assert page.needed.isVisible() and page.needed.text() == "1 more needed"
    texts = strings(page)
    assert [t for t in texts if re.search(r"\d", t)] == ["1 more needed"]
    assert not page.lean_bars.isVisible() and not page.pattern_bars.isVisible()
    assert page.add_button.isVisible()  # the fifth can make it appear


def test_with_five_counts_and_never_a_name(start_app, qtbot, dialogs):
    erfenis = start_app()
    made = people(erfenis, 5, added=4)
    open_as(erfenis, made[4])
    page = show_group_page(erfenis.window)
    settle(qtbot, page)
    dialogs.answer("ask", "add")
    page.add_button.click()
    asked = dialogs.log[-1]
    # Before adding, in plain words: only counts, no name, no text, not taken back on its own, the reset.
    for words in ("only", "counts", "Your name is not added", "cannot be taken back on its own",
                  "Reset the group picture", "cannot add twice"):
        assert words in asked.text, words
    assert "From your results, one is added to: Stepping back; and to: Parents without intimacy." in asked.text
    assert NAMES[4] not in asked.text
    assert page.lean_bars.isVisible() and page.pattern_bars.isVisible()
    assert page.contributors.text() == "5 people added their results."
    assert page.lean_bars.rows == [("Moving closer", 2, 40), ("Somewhere in between", 1, 20),
                                   ("Stepping back", 2, 40)]
    assert page.pattern_bars.rows[:2] == [("The absent parent", 2, 40), ("Parents without intimacy", 2, 40)]
    assert "Moving closer: 2 of 5 (40 %)" in page.lean_bars.accessibleDescription()  # said, not only drawn
    texts = " ".join(strings(page))
    assert not any(name in texts for name in NAMES)
    assert not page.add_button.isVisible()
    assert page.add_status.text() == "You have added your results to this group picture. Thank you."
    # After a lock the room still sees the picture (the picker elsewhere names the profiles; this page never).
    erfenis.session.lock()
    erfenis.window.pages.setCurrentWidget(page)
    assert page.lean_bars.rows and not page.add_button.isVisible()
    assert "Open your profile first" in page.add_status.text()
    assert not any(name in " ".join(strings(page)) for name in NAMES)


def test_the_same_person_adding_twice_is_refused(start_app, qtbot, dialogs):
    erfenis = start_app()
    made = people(erfenis, 6, added=5)
    u = open_as(erfenis, made[0])  # already in the picture
    page = show_group_page(erfenis.window)
    settle(qtbot, page)
    assert not page.add_button.isVisible()
    assert page.add_status.text() == "You have added your results to this group picture. Thank you."
    page.add_mine()  # even when asked for directly: no question, nothing added
    assert dialogs.log == []
    assert page.picture.contributors == 5
    from erfenis_desktop.services.vault import ProfileError

    with pytest.raises(ProfileError):
        page.group.add(u, "en")
    assert page.group.picture().contributors == 5


def test_not_now_adds_nothing_and_without_results_there_is_no_button(start_app, qtbot, dialogs):
    erfenis = start_app()
    made = people(erfenis, 6, added=5)
    open_as(erfenis, made[5])
    page = show_group_page(erfenis.window)
    settle(qtbot, page)
    dialogs.answer("ask", "cancel")
    page.add_button.click()
    assert page.picture.contributors == 5 and page.add_button.isVisible()
    erfenis.session.lock()
    u, _code = erfenis.session.vault.create("Nieuw", "nieuw wachtwoord")
    erfenis.session.enter(u)
    erfenis.window.pages.setCurrentWidget(page)
    assert not page.add_button.isVisible()
    assert page.add_status.text() == ("To add to the group picture, first finish the pattern mirror. "
                                      "Then come back here.")


def test_the_page_is_made_once(start_app, qtbot):
    erfenis = start_app()
    first = show_group_page(erfenis.window)
    erfenis.window.show_home()
    assert show_group_page(erfenis.window) is first
    assert len(erfenis.window.pages.findChildren(GroupPage)) == 1
    assert first.needed.text() == "5 more needed"
    first.back.click()
    assert erfenis.window.pages.currentWidget() is erfenis.window.home


def test_after_the_facilitators_reset_no_count_is_left_on_the_page(start_app, qtbot):
    erfenis = start_app()
    people(erfenis, 5, added=5)
    page = show_group_page(erfenis.window)
    settle(qtbot, page)
    assert page.lean_bars.rows
    vault = erfenis.session.vault
    lead, _code = vault.create("Begeleider", "begeleider wachtwoord")
    with vault.db.transaction() as conn:  # the role is the workshop's business (services/workshop.py)
        conn.execute("UPDATE profile SET role = 'facilitator' WHERE uuid = ?", (lead.profile.uuid,))
    erfenis.session.enter(lead)
    page.group.reset(lead)
    page.refresh()
    assert not page.add_card.isVisible()  # the facilitator adds nothing
    assert [t for t in strings(page) if re.search(r"\d", t)] == ["5 more needed"]
    assert page.lean_bars.rows == [] and page.pattern_bars.rows == []


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("shown", [False, True])
def test_the_page_fits_at_every_text_size(start_app, qtbot, scale, scheme, shown):
    """No text cut off, no sideways scrolling, every bar's words inside the bars. Set
    ERFENIS_PICTURES=<folder> to keep a PNG of each (to look at them)."""
    import os
    from pathlib import Path

    from tests.test_exercises import _clipped, wait_for_layout

    erfenis = start_app()
    erfenis.prefs.set_text_scale(scale)
    erfenis.prefs.set_color_scheme(scheme)
    erfenis.window.resize(1000, 760)
    made = people(erfenis, 6, added=5 if shown else 3)
    open_as(erfenis, made[5])
    page = show_group_page(erfenis.window)
    settle(qtbot, page)
    wait_for_layout(qtbot, page)
    folder = os.environ.get("ERFENIS_PICTURES")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert page.widget().grab().save(str(Path(folder) / f"group-{'shown' if shown else 'hidden'}-"
                                                             f"{scheme}-{scale}.png"))
    assert _clipped(page.widget()) == []
    assert page.horizontalScrollBar().maximum() == 0
    for bars in (page.lean_bars, page.pattern_bars):
        assert bars.isVisible() == shown
        if shown:
            assert bars.height() >= bars.sizeHint().height()
            assert all(0 <= r.left() and r.right() <= bars.width() + 0.5 and r.bottom() <= bars.height() + 0.5
                       for r in bars.label_rects())


def test_the_facilitators_reset_asks_first(start_app, qtbot, dialogs):
    from erfenis_desktop.ui.workshop.group_page import GroupServices, reset_group_picture

    erfenis = start_app()
    made = people(erfenis, 5, added=5)
    page = show_group_page(erfenis.window)
    settle(qtbot, page)
    services = GroupServices(erfenis.session, dialogs, erfenis.prefs, erfenis.window.profiles.exercises)
    open_as(erfenis, made[0])  # a participant: asked, then refused; nothing emptied
    dialogs.answer("ask", "reset")
    assert not reset_group_picture(page, services)
    assert "Only the facilitator" in dialogs.log[-1].text and page.group.picture().contributors == 5
    vault = erfenis.session.vault
    lead, _code = vault.create("Begeleider", "begeleider wachtwoord")
    with vault.db.transaction() as conn:
        conn.execute("UPDATE profile SET role = 'facilitator' WHERE uuid = ?", (lead.profile.uuid,))
    erfenis.session.enter(lead)
    dialogs.answer("ask", "cancel")  # not now: nothing happens
    assert not reset_group_picture(page, services)
    assert page.group.picture().contributors == 5
    dialogs.answer("ask", "reset")
    assert reset_group_picture(page, services)
    assert "cannot be undone" in dialogs.log[-1].text
    assert not page.group.picture().shown and page.needed.text() == "5 more needed"


def test_the_workshops_services_fit(start_app, qtbot, dialogs):
    """The page takes what the workshop's pages take (ui/workshop/mode.py's WorkshopServices)."""
    from erfenis_desktop.ui.workshop.mode import WorkshopServices

    erfenis = start_app()
    made = people(erfenis, 5, added=4)
    open_as(erfenis, made[4])
    flow = erfenis.window.profiles
    services = WorkshopServices(erfenis.session, None, erfenis.prefs, dialogs, lambda: flow.exercises, erfenis.window)
    page = show_group_page(erfenis.window, services)
    settle(qtbot, page)
    dialogs.answer("ask", "add")
    page.add_button.click()
    assert page.picture.shown and page.contributors.text() == "5 people added their results."
