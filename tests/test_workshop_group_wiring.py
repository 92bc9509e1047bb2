"""The group picture in the workshop as people reach it: from the picker (anyone, for the room),
from a participant's own results (to add theirs), and from the facilitator's page (to show it
and to empty it); the end-of-day wipe empties it too."""

from __future__ import annotations

from erfenis_desktop.ui.workshop.group_page import GroupPage
from tests.test_workshop_group import CLOSER_ABSENT, finish_pattern_mirror
from tests.test_workshop_screens import FACILITATOR_PW, PW, _people


def _unlock(erfenis, qtbot, name, password):
    window = erfenis.window
    person = next(p for p in erfenis.session.vault.profiles() if p.name == name)
    window.home.profiles.buttons[person.uuid].click()
    window.profiles.unlock_page.password.edit.setText(password)
    window.profiles.unlock_page.go.click()
    qtbot.waitUntil(lambda: erfenis.session.is_unlocked, timeout=5000)
    return erfenis.session.current


def test_the_room_a_participant_and_the_facilitator_reach_the_group_picture(start_app, qtbot, dialogs):
    erfenis = start_app("--workshop")
    _people(erfenis, qtbot)
    window = erfenis.window
    # Locked: anyone may show the (still hidden) picture to the room from the picker.
    picker = window.home.profiles.workshop_picker
    assert picker.group_button.text().replace("&", "") == "Group picture"
    picker.group_button.click()
    page = window.pages.currentWidget()
    assert isinstance(page, GroupPage)
    assert page.needed.text() == "5 more needed"
    window.show_home()
    # A participant with a finished pattern mirror finds the way from their results.
    u = _unlock(erfenis, qtbot, "Kees", PW + "c")
    finish_pattern_mirror(u, CLOSER_ABSENT)
    flow = window.profiles
    flow.show_exercise("results")
    results = flow.results_page
    assert results.group.isVisible() and "group picture" in results.group.text()
    dialogs.answer("ask", "add")
    results.group.click()
    page = window.pages.currentWidget()
    assert isinstance(page, GroupPage)
    from erfenis_desktop.storage.group import GroupRepository

    page.add_button.click()
    qtbot.waitUntil(lambda: GroupRepository(erfenis.session.vault.db).counts().get("contributors") == 1,
                    timeout=5000)
    window.lock()
    # The facilitator shows it and empties it.
    _unlock(erfenis, qtbot, "Femke", FACILITATOR_PW)
    facilitator_page = window.workshop.page("facilitator")
    assert window.pages.currentWidget() is facilitator_page
    facilitator_page.group_button.click()
    assert isinstance(window.pages.currentWidget(), GroupPage)
    window.show_home()
    dialogs.answer("ask", "reset")
    facilitator_page.group_reset_button.click()
    counts = GroupRepository(erfenis.session.vault.db).counts()
    assert {k: n for k, n in counts.items() if k != "round"} == {}
    assert facilitator_page.message.text() == "The group picture is empty again."


def test_the_facilitator_has_no_way_to_add_from_results(start_app, qtbot):
    """Only participants add: the facilitator's own results page shows no such button."""
    erfenis = start_app("--workshop")
    _people(erfenis, qtbot)
    u = _unlock(erfenis, qtbot, "Femke", FACILITATOR_PW)
    finish_pattern_mirror(u, CLOSER_ABSENT)
    flow = erfenis.window.profiles
    flow.show_exercise("results")
    assert not flow.results_page.group.isVisible()
