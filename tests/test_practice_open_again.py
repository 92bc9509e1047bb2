"""Steps 2 and 3 opened again: what the page keeps from before (its cards, its Tab order) is
made again only when it changed, and what is made when first needed (a card's note) appears
where it belongs. What a person sees and where Tab goes must be as if the page were new."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.test_a11y_walk import reading_order, tab_findings, tab_walk
from tests.test_practice_screens import _first_cards, _practice, _unlocked, _with_check_ins


def _open(erfenis, which: str):
    """Home first, then the page, as a person goes there."""
    flow = erfenis.window.profiles
    flow.go_home()
    flow.show_exercise(which)
    page = {"step2": flow.practice_page, "step3": flow.progress_page}[which]
    assert erfenis.window.pages.currentWidget() is page
    return page


def _in_reading_order(qtbot, page) -> bool:
    """Tab goes through the page's controls in reading order, and they follow each other: from
    the first, Tab meets every control of the page before it goes anywhere else (the header), and
    from there comes back to the first (a control made later is not left at the end of the
    window's Tab chain, reached only after the header)."""
    if tab_findings(qtbot, page):
        return False
    first = reading_order(page)[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first, timeout=3000)
    met = [first]
    for _ in range(300):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is first or now is None:
            break
        met.append(now)
    inside = [page.isAncestorOf(w) for w in met]
    left = inside.index(False) if False in inside else len(inside)
    return not any(inside[left:])  # once out of the page, not back in it before the first


def test_step_two_opened_again_shows_cards_chosen_elsewhere_with_tab_in_reading_order(start_app, qtbot):
    erfenis = start_app()
    sam = _unlocked(erfenis)
    page = _open(erfenis, "step2")
    assert page.checkin_buttons == {}
    assert _in_reading_order(qtbot, page)  # the Tab order walked and kept
    first, second = _first_cards(erfenis)
    _practice(erfenis).choose(sam, [first, second], "en")  # chosen elsewhere (as a check-in's Back does)
    page = _open(erfenis, "step2")
    assert set(page.checkin_buttons) == {first, second}
    assert all(b.isVisible() for b in page.checkin_buttons.values())
    assert page.boxes[first].choose.isChecked() and page.boxes[second].choose.isChecked()
    # The new check-in buttons come first by Tab, as they are first on the page, and nothing is
    # out of reading order.
    assert _in_reading_order(qtbot, page)
    walked = tab_walk(qtbot, page)
    buttons = list(page.checkin_buttons.values())
    assert walked.index(buttons[0]) + 1 == walked.index(buttons[1])
    assert walked.index(buttons[1]) + 1 == walked.index(page.suggest_button if page.suggest_button.isVisible()
                                                        else next(iter(page.boxes.values())).choose)


def test_step_two_a_card_ticked_on_the_page_is_in_tab_order_at_once(start_app, qtbot):
    erfenis = start_app()
    _unlocked(erfenis)
    page = _open(erfenis, "step2")
    first = _first_cards(erfenis, 1)[0]
    assert _in_reading_order(qtbot, page)
    page.boxes[first].choose.click()
    assert list(page.checkin_buttons) == [first]
    qtbot.waitUntil(page.checkin_buttons[first].isVisible)  # (shown at the next turn of the event loop)
    assert _in_reading_order(qtbot, page)  # the new check-in button, first, not at the end
    # and after leaving and coming back (nothing changed since) the same
    page = _open(erfenis, "step2")
    assert _in_reading_order(qtbot, page)


def test_a_refused_choice_says_why_below_that_card_and_goes_with_the_next_choice(start_app, qtbot):
    erfenis = start_app()
    sam = _unlocked(erfenis)
    page = _open(erfenis, "step2")
    first, second = _first_cards(erfenis)
    box = page.boxes[first]
    box.choose.click()
    box.choose.click()  # the only card: it stays chosen, and the box says why
    assert _practice(erfenis).plan(sam).cards == (first,)
    assert box.choose.isChecked()
    qtbot.waitUntil(box.note.isVisible)
    assert box.note.text().startswith("One card stays chosen for the week.")
    # in that card, right below its tick box
    assert box.frame.isAncestorOf(box.note)
    assert box.note.mapTo(box.frame, box.note.rect().topLeft()).y() >= \
        box.choose.mapTo(box.frame, box.choose.rect().bottomLeft()).y()
    assert not any(b.note.isVisible() for cid, b in page.boxes.items() if cid != first)
    page.boxes[second].choose.click()
    assert not box.note.isVisible()
    assert _in_reading_order(qtbot, page)


def test_step_two_cards_follow_the_language(start_app, qtbot):
    erfenis = start_app()
    _unlocked(erfenis)
    page = _open(erfenis, "step2")
    first = _first_cards(erfenis, 1)[0]
    assert page.boxes[first].title.text() == _practice(erfenis).deck("en").card(first).title
    erfenis.prefs.set_language("nl")
    nl = _practice(erfenis).deck("nl").card(first)
    qtbot.waitUntil(lambda: page.boxes[first].title.text() == nl.title)
    assert page.boxes[first].why.text() == nl.why
    page = _open(erfenis, "step2")
    assert page.boxes[first].title.text() == nl.title
    assert _in_reading_order(qtbot, page)


def test_step_three_opened_again_shows_a_new_card_with_tab_in_reading_order(start_app, qtbot):
    from tests.test_dans_view import _unlock_demo

    erfenis = start_app("--demo")
    robin = _unlock_demo(erfenis)
    demo_card = _practice(erfenis).plan(robin).cards[0]  # the demo's card, with its weeks of check-ins
    deck = _practice(erfenis).deck("en")
    first, second = [c.id for c in deck.group("naming") if c.id not in _practice(erfenis).plan(robin).cards][:2]
    _with_check_ins(erfenis, robin, first, [(2, 5), (1, 4)], date.today())
    _practice(erfenis).choose(robin, [first], "en")
    page = _open(erfenis, "step3")
    shown = list(page.cards)
    assert first in shown and demo_card in shown and second not in shown
    assert _in_reading_order(qtbot, page)
    _with_check_ins(erfenis, robin, second, [(1, 7)], date.today())  # a check-in of another card
    page = _open(erfenis, "step3")
    assert set(page.cards) == {*shown, second}
    new = page.cards[second]
    assert new.isVisible() and new.title.text() == _practice(erfenis).deck("en").card(second).title
    assert [p[1] for p in new.chart.points] == [7]
    assert _in_reading_order(qtbot, page)
    walked = tab_walk(qtbot, page)
    old = page.cards[first]
    assert walked.index(old.share_button) < walked.index(new.help_button) < walked.index(new.share_button) \
        < walked.index(page.step2_button)


def _step_three_with_one_card(start_app):
    """The demo couple, Robin unlocked with two check-ins of one chosen card, step 3 open."""
    from tests.test_dans_view import _unlock_demo

    erfenis = start_app("--demo")
    robin = _unlock_demo(erfenis)
    card = _first_cards(erfenis, 1)[0]
    _with_check_ins(erfenis, robin, card, [(2, 5), (1, 4)], date.today())
    _practice(erfenis).choose(robin, [card], "en")
    return erfenis, robin, card, _open(erfenis, "step3")


def test_step_three_opened_again_after_sharing_shows_the_shared_state_without_old_messages(start_app, qtbot):
    erfenis, robin, card, page = _step_three_with_one_card(start_app)
    box = page.cards[card]
    assert box.share_button.text() == "Share with my partner" and box.unshare_button.isHidden()
    box.share_button.click()
    box = page.cards[card]
    qtbot.waitUntil(lambda: box.message.isVisible())
    assert box.message.text().startswith("Shared with your partner")
    page = _open(erfenis, "step3")
    box = page.cards[card]
    assert box.share_button.text() == "Share again, as it is today"
    assert box.unshare_button.isVisible()
    # as a page opened anew: no message of before
    assert not [label.text() for label in box.findChildren(QLabel) if label.isVisible() and "Shared with" in label.text()]
    assert _in_reading_order(qtbot, page)
    box.unshare_button.click()
    qtbot.waitUntil(lambda: page.cards[card].message.text() == "No longer shared.")
    assert page.cards[card].unshare_button.isHidden()
    assert QApplication.focusWidget() is not None


def test_step_three_after_a_note_keeps_its_charts_and_after_a_check_in_draws_them_again(start_app, qtbot):
    """A note written meanwhile changes nothing step 3 shows: its charts stay as they were drawn
    (not drawn again). A new check-in is drawn at the next opening."""
    erfenis, robin, card, page = _step_three_with_one_card(start_app)
    drawn = page.cards[card].chart.points
    robin.save_text("note", "iets heel anders")
    page = _open(erfenis, "step3")
    assert page.cards[card].chart.points is drawn
    _with_check_ins(erfenis, robin, card, [(0, 9)], date.today())
    page = _open(erfenis, "step3")
    assert [p[1] for p in page.cards[card].chart.points] == [5, 4, 9]
