"""The reveal shows the answers of this round of answering together, never those of an earlier one.

Two rounds with the same question: what was shared in the first round stays on the shared
timeline, but the second reveal shows only what was written (and shared) in the second."""

from __future__ import annotations

from tests.test_together import _everything, _linked_and_together, _lock_in, _start

FIRST_ALEX = "Eerste ronde: bij ons thuis werd er gezwegen."
FIRST_BO = "First round: my mother sang when she was sad."
SECOND_ALEX = "Tweede ronde: mijn vader ging de tuin in."
SECOND_BO = "Second round: I hid in my room with a book."
QUESTION = "sad_at_home"
KEPT_PRIVATE = "Bo is keeping this answer to themselves for now. That is all right."


def _round(flow, page, qtbot, alex_text, bo_text, alex_shares, bo_shares):
    """One round of the same question, side by side, up to and including the reveal."""
    together = _start(flow, page, QUESTION)
    alex, bo = together.halves
    _lock_in(qtbot, alex, alex_text, share=alex_shares)
    _lock_in(qtbot, bo, bo_text, share=bo_shares)
    assert together.stack.currentWidget() is together.ready_page
    together.reveal_button.click()
    assert alex.state == bo.state == "revealed"
    return together


def test_the_second_reveal_shows_only_the_second_rounds_answers(start_app, qtbot):
    erfenis = start_app()
    flow, page = _linked_and_together(erfenis, qtbot)
    first = _round(flow, page, qtbot, FIRST_ALEX, FIRST_BO, alex_shares=True, bo_shares=True)
    assert first.halves[0].status.text() == FIRST_ALEX and first.halves[1].status.text() == FIRST_BO
    first_session = first.session_id
    first.back.click()  # back to Together, then the same question once more

    second = _round(flow, page, qtbot, SECOND_ALEX, SECOND_BO, alex_shares=True, bo_shares=False)

    assert second.session_id != first_session
    alex, bo = second.halves
    assert alex.status.text() == SECOND_ALEX  # this round's answer, not the first one
    assert bo.status.text() == KEPT_PRIVATE  # not Bo's first answer
    assert bo.share_more.isVisible()
    shown = _everything(erfenis.window)
    for earlier in (FIRST_ALEX, FIRST_BO):
        assert earlier not in shown
    assert SECOND_BO not in shown  # kept private
    # The service answers the same, for either reader, while the first round stays shared.
    alex_u, bo_u = erfenis.session.current, erfenis.session.partner
    for reader in (alex_u, bo_u):
        assert second.together.revealed(reader, second.session_id) == {alex_u.profile.uuid: SECOND_ALEX}
        assert second.together.revealed(reader, first_session) == {alex_u.profile.uuid: FIRST_ALEX,
                                                                  bo_u.profile.uuid: FIRST_BO}

    bo.share_more.click()  # Bo shares after all: this round's answer, still not the first one
    assert bo.status.text() == SECOND_BO and alex.status.text() == SECOND_ALEX
    assert FIRST_BO not in _everything(erfenis.window)


def test_when_both_share_twice_each_reveal_has_its_own_round(start_app, qtbot):
    erfenis = start_app()
    flow, page = _linked_and_together(erfenis, qtbot)
    first = _round(flow, page, qtbot, FIRST_ALEX, FIRST_BO, alex_shares=True, bo_shares=True)
    first.back.click()
    second = _round(flow, page, qtbot, SECOND_ALEX, SECOND_BO, alex_shares=True, bo_shares=True)
    assert [h.status.text() for h in second.halves] == [SECOND_ALEX, SECOND_BO]
    shown = _everything(erfenis.window)
    assert FIRST_ALEX not in shown and FIRST_BO not in shown
