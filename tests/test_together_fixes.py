"""Together, as a new couple finds it: with one profile, the partner makes theirs right there
(their recovery code never on screen while the other is here); side by side, one half writes
at a time, with a clear switch, each half scrolling on its own, stacked at 200 % text.

Set ERFENIS_PICTURES=<folder> to keep a PNG of each screen (to look at them)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication

from erfenis_desktop.services.vault import ProfileError
from tests.test_exercises import _clipped, wait_for_layout
from tests.test_profile_screens import PASSWORD, make_profile, unlock
from tests.test_together import ALEX_TEXT, BO_TEXT, OTHER, _everything, _type

BO_PASSWORD = OTHER


def _look(widget, name: str) -> None:
    folder = os.environ.get("ERFENIS_PICTURES")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(folder) / f"{name}.png"))


def _alone_at_together(erfenis, qtbot):
    make_profile(erfenis, qtbot, "Alex")
    flow = erfenis.window.profiles
    flow.show_exercise("together")
    assert flow.pages.currentWidget() is flow.couple_page
    return flow, flow.couple_page


def _partner_makes_profile(erfenis, qtbot, flow, page, name="Bo", password=BO_PASSWORD):
    """From the offer on Together: the partner fills in their own profile. Returns the recovery
    code the new profile was made with (read from the signal, never from the screen)."""
    made = []
    flow.create_page.created.connect(lambda _u, code: made.append(code))
    page.make_button.click()
    create = flow.create_page
    assert flow.pages.currentWidget() is create
    create.name.setText(name)
    create.password.edit.setText(password)
    create.repeat.edit.setText(password)
    create.go.click()
    qtbot.waitUntil(lambda: flow.pages.currentWidget() is page, timeout=5000)
    assert len(made) == 1
    return made[0]


# One profile: the partner makes theirs here ---------------------------------------------------
def test_with_one_profile_the_partner_makes_theirs_and_both_are_ready_to_link(start_app, qtbot):
    erfenis = start_app()
    flow, page = _alone_at_together(erfenis, qtbot)
    alex = erfenis.session.current
    # Not a dead end: the offer is there, and nothing else to link with.
    assert page.make_button.isVisible() and page.make_text.isVisible()
    assert "no other profile" in page.make_text.text()
    _look(erfenis.window, "together-one-profile")
    page.make_button.click()
    create = flow.create_page
    # The page says whose it is, that Alex stays unlocked, and when the code comes.
    assert create.title.text() == "Your own profile, next to Alex"
    assert "recovery code" in create.intro.text() and "on your own" in create.intro.text()
    _look(erfenis.window, "together-partner-creates")
    flow.create_page.cancel.click()  # Cancel leads back to Together, Alex still there and alone
    assert flow.pages.currentWidget() is page and erfenis.session.current is alex and not erfenis.session.together
    code = _partner_makes_profile(erfenis, qtbot, flow, page)
    # Both unlocked, Alex still the one who was here; the link is ready to be made.
    assert erfenis.session.together and erfenis.session.current is alex and not alex.is_locked
    assert erfenis.session.partner.profile.name == "Bo"
    assert page.state == "single" and page.link_button.isVisible() and not page.make_button.isVisible()
    assert all(seen.isVisible() for seen in page.seen) and page.seen[0].hasFocus()
    assert "Bo" in page.message.text() and "not shown" in page.message.text()
    _look(erfenis.window, "together-partner-made")
    # Bo's recovery code was never on screen, nor on the clipboard: not whole, not a group of it.
    code_page = flow._made.get("code_page")
    assert code_page is None or not code_page.has_code()
    shown = _everything(erfenis.window) + QGuiApplication.clipboard().text()
    assert code not in shown and not [g for g in code.split("-") if g in shown]
    for seen in page.seen:
        seen.setChecked(True)
    page.link_button.click()
    assert page.state == "linked" and page.start_button.isVisible()


def test_the_partner_gets_their_own_recovery_code_the_first_time_they_unlock_alone(start_app, qtbot):
    erfenis = start_app()
    flow, page = _alone_at_together(erfenis, qtbot)
    unseen = _partner_makes_profile(erfenis, qtbot, flow, page)
    erfenis.session.lock()
    unlock(erfenis, qtbot, password=BO_PASSWORD, name="Bo")  # Bo, alone
    qtbot.waitUntil(lambda: flow.pages.currentWidget() is flow.code_page, timeout=5000)
    new = flow.code_page._code
    assert new and new != unseen  # a code of Bo's own, shown to Bo; the unseen one no longer counts
    assert erfenis.session.current.profile.name == "Bo"
    bo = erfenis.session.current.profile.uuid
    erfenis.session.lock()
    with pytest.raises(ProfileError) as refused:  # the code made while Alex was there opens nothing
        erfenis.session.vault.recover(bo, unseen, BO_PASSWORD + " nieuw")
    assert refused.value.code == "wrong_code"
    erfenis.session.vault.recover(bo, new, BO_PASSWORD + " nieuw")[0].lock()  # Bo's own code does


def test_the_offer_is_not_there_when_there_is_someone_to_link_with(start_app, qtbot):
    erfenis = start_app()
    make_profile(erfenis, qtbot, "Bo", BO_PASSWORD)
    erfenis.session.lock()
    make_profile(erfenis, qtbot, "Alex", PASSWORD)
    flow = erfenis.window.profiles
    flow.show_exercise("together")
    assert not flow.couple_page.make_button.isVisible()
    assert flow.couple_page.candidates.isVisible()


def test_a_new_profile_from_home_still_shows_its_code_at_once(start_app, qtbot):
    """The hand-over is only for the partner next to an open profile: a profile made on its
    own gets its recovery code straight away, as before."""
    erfenis = start_app()
    flow, page = _alone_at_together(erfenis, qtbot)
    page.make_button.click()
    flow.create_page.cancel.click()
    erfenis.session.lock()
    make_profile(erfenis, qtbot, "Chris", PASSWORD + " c")  # waits for the code page itself
    assert erfenis.session.current.profile.name == "Chris" and not erfenis.session.together


# Side by side: one half at a time -----------------------------------------------------------------
def _two_at_together(erfenis, qtbot, lang_window=(1000, 760)):
    from tests.test_together import _linked_and_together, _start

    erfenis.window.resize(*lang_window)
    flow, page = _linked_and_together(erfenis, qtbot)
    together = _start(flow, page)
    wait_for_layout(qtbot, together)
    return together


def test_one_half_writes_at_a_time_and_the_switch_moves_the_keyboard(start_app, qtbot):
    erfenis = start_app()
    together = _two_at_together(erfenis, qtbot)
    alex, bo = together.halves
    # Alex has the keyboard; Bo's half waits, visibly, and cannot be typed in.
    assert alex.editor.hasFocus() and alex.editor.isEnabled() and not alex.switch.isVisible()
    assert bo.switch.isVisible() and not bo.editor.isEnabled() and not bo.lock_in.isEnabled()
    assert "Alex is writing" in bo.turn_note.text() and "Alex is writing now" in alex.turn_note.text()
    qtbot.keyClicks(bo.editor, "Bo typt hier")
    qtbot.keyClicks(bo.person, "mama")
    assert bo.editor.text() == "" and bo.person.text() == ""  # typing into the waiting half does nothing
    qtbot.keyClicks(alex.editor, "Alex schrijft")
    assert alex.editor.text() == "Alex schrijft" and alex.editor.toPlainText() == "•" * 13
    alex.peek.click()  # Alex peeks, then hands over: the text is hidden again first
    assert alex.editor.toPlainText() == "Alex schrijft"
    bo.switch.click()
    assert alex.editor.hidden and "Alex schrijft" not in _everything(erfenis.window)
    assert bo.editor.hasFocus() and bo.editor.isEnabled() and not alex.editor.isEnabled()
    assert alex.switch.isVisible() and not bo.switch.isVisible()
    qtbot.keyClicks(bo.editor, "Bo")
    qtbot.keyClicks(alex.editor, "X")  # Alex's half waits now
    assert bo.editor.text() == "Bo" and alex.editor.text() == "Alex schrijft"
    qtbot.keyClick(bo.editor, Qt.Key.Key_F6)  # from the keyboard too
    assert alex.editor.hasFocus() and alex.editor.isEnabled() and not bo.editor.isEnabled()
    alex.lock_in.click()  # Alex is done: the keyboard goes to Bo, and nobody waits any more
    assert bo.editor.hasFocus() and bo.editor.isEnabled()
    assert not bo.switch.isVisible() and not alex.switch.isVisible() and alex.state == "locked"
    qtbot.keyClick(bo.editor, Qt.Key.Key_F6)  # nothing to switch to
    assert bo.editor.hasFocus()


def test_each_half_scrolls_on_its_own(start_app, qtbot):
    erfenis = start_app()
    together = _two_at_together(erfenis, qtbot, (900, 560))
    alex, bo = together.halves
    assert together.work.verticalScrollBar().maximum() == 0  # the page itself does not scroll
    moving = [h for h in together.halves if h.scroll.verticalScrollBar().maximum() > 0]
    assert moving, "in a low window the halves' contents are taller than the halves"
    half = moving[0]
    other = bo if half is alex else alex
    before = other.scroll.verticalScrollBar().value(), other.geometry()
    half.scroll.verticalScrollBar().setValue(half.scroll.verticalScrollBar().maximum())
    assert (other.scroll.verticalScrollBar().value(), other.geometry()) == before
    # A long answer scrolls in its own field: the halves keep their place and size.
    geometry = [h.geometry() for h in together.halves]
    _type(qtbot, alex, "\n".join([ALEX_TEXT] * 40))
    wait_for_layout(qtbot, together)
    assert [h.geometry() for h in together.halves] == geometry
    assert together.work.verticalScrollBar().maximum() == 0


def _settle(qtbot, widget):
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    wait_for_layout(qtbot, widget)


def test_at_200_percent_or_in_a_narrow_window_the_halves_stack(start_app, qtbot):
    erfenis = start_app()
    together = _two_at_together(erfenis, qtbot)
    alex, bo = together.halves
    assert alex.geometry().top() == bo.geometry().top()  # 100 %, 1000 pixels: side by side
    erfenis.prefs.set_text_scale(200)  # changed while the question is open
    _settle(qtbot, together)
    assert bo.geometry().top() >= alex.geometry().bottom()  # one above the other, full width
    assert alex.width() > together.width() * 0.8
    assert not bo.scroll.isVisible() and bo.switch.isVisible()  # the waiting half folds to its name
    assert _clipped(together) == [] and together.work.horizontalScrollBar().maximum() == 0
    bo.switch.click()
    _settle(qtbot, together)
    assert bo.scroll.isVisible() and not alex.scroll.isVisible() and bo.editor.hasFocus()
    assert _clipped(together) == []
    erfenis.prefs.set_text_scale(100)
    _settle(qtbot, together)
    erfenis.window.resize(620, 760)  # a narrow window at 100 %
    _settle(qtbot, together)
    assert erfenis.window.width() == 620
    assert bo.geometry().top() >= alex.geometry().bottom() or alex.geometry().top() >= bo.geometry().bottom()
    erfenis.window.resize(1000, 760)
    _settle(qtbot, together)
    assert alex.geometry().top() == bo.geometry().top() and alex.scroll.isVisible() and bo.scroll.isVisible()


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_together_screens_fit(start_app, qtbot, lang, scheme, scale):
    """The offer, the partner's own profile page, writing side by side, one locked in, and the
    reveal: nothing clipped, nothing wider than the window."""
    erfenis = start_app("--lang", lang)
    erfenis.prefs.set_text_scale(scale)
    erfenis.prefs.set_color_scheme(scheme)
    erfenis.window.resize(1000, 760)
    tag = f"{lang}-{scheme}-{scale}"
    flow, page = _alone_at_together(erfenis, qtbot)
    screens = [("offer", page, page.widget())]
    _settle(qtbot, page)
    _look(erfenis.window, f"together-offer-{tag}")
    assert _clipped(page.widget()) == [] and page.horizontalScrollBar().maximum() == 0
    page.make_button.click()
    _settle(qtbot, flow.create_page)
    _look(erfenis.window, f"together-create-{tag}")
    assert _clipped(flow.create_page.widget()) == [] and flow.create_page.horizontalScrollBar().maximum() == 0
    flow.create_page.cancel.click()
    _partner_makes_profile(erfenis, qtbot, flow, page)
    _settle(qtbot, page)
    _look(erfenis.window, f"together-made-{tag}")
    assert _clipped(page.widget()) == [] and page.horizontalScrollBar().maximum() == 0
    for seen in page.seen:
        seen.setChecked(True)
    page.link_button.click()
    from tests.test_together import _start

    together = _start(flow, page)
    _type(qtbot, together.halves[0], ALEX_TEXT)
    _settle(qtbot, together)
    _look(erfenis.window, f"together-writing-{tag}")
    assert _clipped(together) == [] and together.work.horizontalScrollBar().maximum() == 0, screens
    together.halves[0].lock_in.click()
    _type(qtbot, together.halves[1], BO_TEXT)
    _settle(qtbot, together)
    _look(erfenis.window, f"together-locked-{tag}")
    assert _clipped(together) == []
    together.halves[1].share.setChecked(True)
    together.halves[1].lock_in.click()
    together.reveal_button.click()
    _settle(qtbot, together)
    _look(erfenis.window, f"together-revealed-{tag}")
    assert _clipped(together) == [] and together.work.horizontalScrollBar().maximum() == 0


def test_a_new_question_starts_with_the_first_writer_again(start_app, qtbot):
    from tests.test_together import _lock_in, _start

    erfenis = start_app()
    together = _two_at_together(erfenis, qtbot)
    alex, bo = together.halves
    _lock_in(qtbot, alex, ALEX_TEXT)  # the keyboard went to Bo
    together.back.click()
    flow = erfenis.window.profiles
    together = _start(flow, flow.couple_page)
    assert alex.editor.hasFocus() and alex.editor.isEnabled() and bo.switch.isVisible()
    qtbot.keyClicks(alex.editor, "opnieuw")
    assert alex.editor.text() == "opnieuw"
