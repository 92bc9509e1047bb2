"""With a screen reader and the keyboard alone: where focus goes after every step, what is said
when only a label changes, and that Tab goes where the eye goes.

Focus is read from QApplication.focusWidget(), as a screen reader gets it; what is said is
heard through ui/common/announce.py, the one place that sends Qt's accessibility announcements."""

from __future__ import annotations

import functools

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QScrollArea, QScrollBar, QWidget

from erfenis_desktop.ui.common import announce as announcing
from tests.test_profile_screens import PASSWORD, make_profile, unlock
from tests.test_together import ALEX_TEXT, BO_TEXT, _join, _linked_and_together, _start, _type

WRONG = "niet het goede wachtwoord"


@pytest.fixture
def heard():
    """Everything announced during the test: (widget, text), in order."""
    said: list[tuple[QWidget, str]] = []
    stop = announcing.listen(lambda widget, text: said.append((widget, text)))
    yield said
    stop()


def _texts(said) -> list[str]:
    return [text for _w, text in said]


def _active(erfenis, qtbot):
    window = erfenis.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


# What a sighted person sees: the controls of a page, top to bottom, left to right ---------------
def _inside_composite(w: QWidget) -> bool:
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        parent = parent.parentWidget()
    return False


def _stops(page: QWidget) -> list[QWidget]:
    """What Tab can reach on the page right now: shown, enabled, taking Tab."""
    return [w for w in page.findChildren(QWidget)
            if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not isinstance(w, (QScrollBar, QScrollArea)) and not _inside_composite(w)
            and w.focusProxy() is None]


def _laid_out(qtbot, page: QWidget) -> None:
    """Until every control of the page has its place (a page just shown is laid out a moment later)."""
    qtbot.waitUntil(lambda: all(w.height() > 0 for w in _stops(page)), timeout=3000)


def _seen_order(page: QWidget) -> list[QWidget]:
    """By place on screen: a row above comes first; side by side (overlapping in height), the
    left one first."""
    def rect(w: QWidget) -> QRect:
        return QRect(w.mapTo(page, w.rect().topLeft()), w.size())

    def compare(a: QWidget, b: QWidget) -> int:
        ra, rb = rect(a), rect(b)
        if ra.top() < rb.bottom() and rb.top() < ra.bottom():  # on one row
            return ra.left() - rb.left()
        return ra.top() - rb.top()

    return sorted(_stops(page), key=functools.cmp_to_key(compare))


def _is_first_seen(page: QWidget, widget: QWidget | None) -> bool:
    order = _seen_order(page)
    return bool(order) and widget is order[0]


def _focus_settles_in(qtbot, page: QWidget, window) -> QWidget:
    """Wait until focus is on a control of ``page`` a person can see and use; it is never the
    header's lock button, and it has a name a screen reader can say."""
    def settled() -> bool:
        w = QApplication.focusWidget()
        return w is not None and w.isVisible() and w.isEnabled() and page.isAncestorOf(w)

    qtbot.waitUntil(settled, timeout=3000)
    focus = QApplication.focusWidget()
    assert focus is not window.lock_button
    assert focus.accessibleName().strip(), focus.metaObject().className()
    return focus


def _first_control_settles(qtbot, page: QWidget, window) -> QWidget:
    """Focus on the first control a person sees on ``page``."""
    _laid_out(qtbot, page)
    qtbot.waitUntil(lambda: _is_first_seen(page, QApplication.focusWidget()), timeout=3000)
    return _focus_settles_in(qtbot, page, window)


# Following focus through unlock, the pattern mirror and the reveal ----------------------------
def test_focus_follows_unlock_the_pattern_check_and_the_reveal(start_app, qtbot, heard):
    erfenis = start_app()
    window = _active(erfenis, qtbot)
    flow = window.profiles
    make_profile(erfenis, qtbot, "Bo", PASSWORD + " bo")
    window.lock()
    make_profile(erfenis, qtbot, "Alex")
    window.lock()  # locking: focus on the first profile to open, not on a button that is gone
    home = window.home
    _first_control_settles(qtbot, home, window)

    # Unlocking: the password field; a wrong password is said, and focus stays in the field.
    uuid = next(p.uuid for p in erfenis.session.vault.profiles() if p.name == "Alex")
    home.profiles.buttons[uuid].click()
    page = flow.unlock_page
    assert _focus_settles_in(qtbot, page, window) is page.password.edit
    page.password.edit.setText(WRONG)
    page.go.click()
    qtbot.waitUntil(lambda: any("That password is not right" in t for t in _texts(heard)), timeout=5000)
    assert QApplication.focusWidget() is page.password.edit
    qtbot.waitUntil(lambda: page.go.isEnabled(), timeout=10000)  # the short wait after a wrong one
    page.password.edit.setText(PASSWORD)
    page.go.click()
    qtbot.waitUntil(lambda: erfenis.session.is_unlocked, timeout=5000)
    _first_control_settles(qtbot, home, window)  # the home screen's first card, not the Lock button

    # The pattern mirror: who raised you, then each question said, focus on its answers.
    flow.show_exercise("pattern")
    pattern = flow.pattern_page
    assert _focus_settles_in(qtbot, pattern, window) is pattern.parent_name
    qtbot.keyClicks(pattern.parent_name, "mam")
    qtbot.keyClick(pattern.parent_name, Qt.Key.Key_Return)
    pattern.start_button.setFocus()
    qtbot.keyClick(pattern.start_button, Qt.Key.Key_Space)
    total = len(pattern._questions())
    answer = _focus_settles_in(qtbot, pattern, window)
    assert answer in pattern.choice.buttons() and f"question 1 of {total}" in answer.accessibleName()
    before = len(heard)
    qtbot.keyClick(answer, Qt.Key.Key_5)  # answers, and the next question comes
    assert pattern.index == 1
    focus = _focus_settles_in(qtbot, pattern, window)
    assert focus in pattern.choice.buttons() and f"question 2 of {total}" in focus.accessibleName()
    said = _texts(heard[before:])
    assert said and said[-1].startswith(f"Question 2 of {total}: {pattern.question.text()}")

    # Together: the partner unlocks next to Alex, they link, write, lock in, and read.
    window.nav_home.click()
    _first_control_settles(qtbot, home, window)
    flow.show_exercise("together")
    couple = flow.couple_page
    _focus_settles_in(qtbot, couple, window)
    _join(erfenis, qtbot)
    _focus_settles_in(qtbot, couple, window)
    for seen in couple.seen:
        seen.setChecked(True)
    couple.link_button.click()
    together = _start(flow, couple)
    alex, bo = together.halves
    assert _focus_settles_in(qtbot, together, window) is alex.editor
    _type(qtbot, alex, ALEX_TEXT)
    alex.share.setChecked(True)
    alex.lock_in.setFocus()
    qtbot.keyClick(alex.lock_in, Qt.Key.Key_Space)
    assert _focus_settles_in(qtbot, together, window) is bo.editor
    _type(qtbot, bo, BO_TEXT)
    bo.lock_in.setFocus()
    qtbot.keyClick(bo.lock_in, Qt.Key.Key_Space)
    assert _focus_settles_in(qtbot, together, window) is together.reveal_button  # "Ready to read?"
    qtbot.keyClick(together.reveal_button, Qt.Key.Key_Space)
    # The button that was pressed is gone: focus on the talk, never on "Lock both profiles".
    assert _focus_settles_in(qtbot, together, window) is together.guide.start_button
    assert ALEX_TEXT in _texts(heard)[-2] + _texts(heard)[-1]

    # Ending locks both: focus on the first profile to open.
    together.end.click()
    _first_control_settles(qtbot, home, window)
    assert not erfenis.session.is_unlocked


# What is said when only a label changes ------------------------------------------------------
def test_locking_in_and_the_reveal_are_said_and_only_what_was_shared_after_ready_to_read(
        start_app, qtbot, heard):
    erfenis = start_app()
    _active(erfenis, qtbot)
    flow, couple = _linked_and_together(erfenis, qtbot)
    together = _start(flow, couple, turns=True)
    alex, bo = together.halves
    together.handover_button.click()
    _type(qtbot, alex, ALEX_TEXT)
    alex.share.setChecked(True)
    alex.lock_in.click()
    locked = [(w, t) for w, t in heard if t.startswith("Locked in.")]
    assert locked and locked[0][0] is alex.status  # said on Alex's half, where it shows
    together.handover_button.click()  # Bo's turn: Alex looks away
    _type(qtbot, bo, BO_TEXT)
    bo.lock_in.click()  # Bo keeps it private
    before_reveal = "\n".join(_texts(heard))
    assert ALEX_TEXT not in before_reveal and BO_TEXT not in before_reveal
    assert together.stack.currentWidget() is together.ready_page

    together.reveal_button.click()
    revealed = [(w, t) for w, t in heard if ALEX_TEXT in t]
    assert revealed == [(alex.status, f"Alex: {ALEX_TEXT}")]  # once, on the half that shows it
    assert alex.status.isVisible() and alex.status.text() == ALEX_TEXT
    assert any(t.startswith("Bo: ") and "keeping this answer to themselves" in t for t in _texts(heard))
    assert BO_TEXT not in "\n".join(_texts(heard))  # kept private: never said

    bo.share_more.click()  # Bo shares after all: only that is said, once
    assert [t for t in _texts(heard) if BO_TEXT in t] == [f"Bo: {BO_TEXT}"]
    assert len([t for t in _texts(heard) if ALEX_TEXT in t]) == 1


def test_time_up_is_said(start_app, qtbot, heard):
    erfenis = start_app()
    _active(erfenis, qtbot)
    flow, couple = _linked_and_together(erfenis, qtbot)
    together = _start(flow, couple)
    for half, text in zip(together.halves, (ALEX_TEXT, BO_TEXT)):
        _type(qtbot, half, text)
        half.lock_in.click()
    together.reveal_button.click()
    guide = together.guide
    guide.left = 1  # the last second of a turn
    guide.start_button.click()
    qtbot.waitUntil(lambda: guide.time_up.isVisible(), timeout=3000)
    assert (guide.time_up, " ".join(guide.time_up.text().split())) in heard


def test_nothing_is_said_from_what_is_not_on_screen(start_app, qtbot, heard):
    """A hidden half, a page behind another, anything after a quick hide: not said."""
    erfenis = start_app()
    _active(erfenis, qtbot)
    flow, couple = _linked_and_together(erfenis, qtbot)
    together = _start(flow, couple)
    hidden = together.ready_page  # not shown while writing
    assert not hidden.isVisible()
    assert not announcing.announce(hidden, ALEX_TEXT)
    erfenis.window.quick_hide()
    assert not announcing.announce(together.halves[0].status, ALEX_TEXT)
    assert ALEX_TEXT not in "\n".join(_texts(heard))


def test_a_wrong_password_is_said_where_it_is_typed(start_app, qtbot, heard):
    erfenis = start_app()
    _active(erfenis, qtbot)
    make_profile(erfenis, qtbot)
    erfenis.window.lock()
    unlock(erfenis, qtbot, password=WRONG)
    page = erfenis.window.profiles.unlock_page
    said = [(w, t) for w, t in heard if w is page.message]
    assert said and said[0][1].startswith("That password is not right.")
    assert WRONG not in "\n".join(_texts(heard))


# The pattern mirror --------------------------------------------------------------------------
def test_pattern_check_questions_are_said_with_their_scale_and_the_buttons_name_the_question(
        start_app, qtbot, heard):
    erfenis = start_app()
    window = _active(erfenis, qtbot)
    make_profile(erfenis, qtbot)
    flow = window.profiles
    flow.show_exercise("pattern")
    page = flow.pattern_page
    page._add_parent("oma Riet")
    page.start_button.click()
    total = len(page._questions())
    for index in range(3):
        question = page.question.text()
        assert "Riet" in question or index > 0
        for value in range(1, 8):
            button = page.choice.button(value)
            assert button.accessibleName() == f"Answer {value} of 7 to question {index + 1} of {total}"
            assert question in button.accessibleDescription()
            assert page.low_label.text() in button.accessibleDescription()  # "1 = …"
        focus = _focus_settles_in(qtbot, page, window)
        assert focus in page.choice.buttons()
        qtbot.keyClick(focus, Qt.Key.Key_4)
    last = _texts(heard)[-1]
    assert last.startswith(f"Question 4 of {total}: {page.question.text()}")
    assert page.low_label.text() in last and page.high_label.text() in last  # 1 = …, 7 = …
    # Locking takes the question (with a name in it) off the buttons too.
    window.lock()
    assert all("Riet" not in b.accessibleDescription() for b in page.choice.buttons())


# Step 1 -------------------------------------------------------------------------------------
def test_tab_leaves_step_one_and_the_question_labels_the_answer(start_app, qtbot, heard):
    erfenis = start_app()
    window = _active(erfenis, qtbot)
    make_profile(erfenis, qtbot)
    flow = window.profiles
    flow.show_exercise("step1")
    page = flow.step_one_page
    editor = page.editor
    assert _focus_settles_in(qtbot, page, window) is editor
    assert page.question.text() in editor.accessibleDescription()
    assert page.question.buddy() is editor
    qtbot.keyClicks(editor, "Things were normal")
    nudges = [(w, t) for w, t in heard if w is page.nudge]
    assert page.nudge.isVisible() and len(nudges) == 1  # said once, when it appears
    qtbot.keyClicks(editor, " and nice")
    assert len([w for w, _t in heard if w is page.nudge]) == 1  # not again at every key
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not editor and "\t" not in editor.toPlainText()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is editor
    page.next_button.click()  # focus stays in the answer field: the next question is said
    assert _texts(heard)[-1] == f"Question 2 of {len(page.prompts)}: {page.question.text()}"


def test_tab_leaves_a_note(start_app, qtbot):
    erfenis = start_app()
    window = _active(erfenis, qtbot)
    make_profile(erfenis, qtbot)
    window.profiles.show_notes()
    editor = window.profiles.notes_page.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Vandaag")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not editor and editor.toPlainText() == "Vandaag"


# Tab goes where the eye goes -----------------------------------------------------------------
def _tab_through(qtbot, page: QWidget) -> list[QWidget]:
    """Tab from the page's first control round the window, noting the page's controls."""
    _laid_out(qtbot, page)
    start = QApplication.focusWidget()
    met = [start]
    for _ in range(200):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        w = QApplication.focusWidget()
        if w is start:
            break
        if page.isAncestorOf(w):
            met.append(w)
    return met


def _names(widgets) -> list[str]:
    return [w.accessibleName() or w.metaObject().className() for w in widgets]


def test_tab_follows_what_is_seen_on_home_unlock_and_the_pattern_check_introduction(start_app, qtbot):
    erfenis = start_app()
    window = _active(erfenis, qtbot)
    make_profile(erfenis, qtbot, "Bo", PASSWORD + " bo")
    window.lock()
    make_profile(erfenis, qtbot)
    flow = window.profiles
    home = window.home
    _first_control_settles(qtbot, home, window)
    assert _names(_tab_through(qtbot, home)) == _names(_seen_order(home))  # the unlocked home
    flow.show_exercise("pattern")
    page = flow.pattern_page
    _focus_settles_in(qtbot, page, window)
    page.parent_name.setFocus()
    assert _names(_tab_through(qtbot, page)) == _names(_seen_order(page))
    window.lock()
    _first_control_settles(qtbot, home, window)
    assert _names(_tab_through(qtbot, home)) == _names(_seen_order(home))  # the profile picker
    home.profiles.buttons[next(iter(home.profiles.buttons))].click()
    unlock_page = flow.unlock_page
    assert _focus_settles_in(qtbot, unlock_page, window) is unlock_page.password.edit
    assert _names(_tab_through(qtbot, unlock_page)) == _names(_seen_order(unlock_page))


def _every_page(erfenis, qtbot) -> dict[str, QWidget]:
    flow, couple = _linked_and_together(erfenis, qtbot)
    window = erfenis.window
    pages = {"home": window.home, "settings": window.settings, "help": window.help_page}
    for name in ("step1", "pattern", "journal", "together", "timeline", "compare", "cycle", "history", "dans",
                 "step2", "step3"):
        flow.show_exercise(name)
        pages[name] = window.pages.currentWidget()
    pages["results"] = flow.results_page
    flow.show_notes()
    for name in ("notes_page", "unlock_page", "recover_page", "create_page", "code_page", "together_page",
                 "together_exercise_page", "repair_page", "checkin_page"):
        pages[name] = getattr(flow, name)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return pages


def test_no_page_has_an_unnamed_tab_stop(start_app, qtbot):
    """Every widget Tab can stop at on a page as it is shown, the page itself included, has a
    name a screen reader can say; and no scroll area anywhere (shown or not) is an unnamed Tab
    stop: it is no Tab stop at all, or it has a name."""
    erfenis = start_app()
    window = erfenis.window
    pages = _every_page(erfenis, qtbot)
    assert len(pages) >= 20
    for name, page in pages.items():
        if page is not window.pages.currentWidget():
            window.pages.setCurrentWidget(page)
        everything = [page, *page.findChildren(QWidget)]
        unnamed = [f"{w.metaObject().className()} {w.objectName()}" for w in everything
                   if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled() and not _inside_composite(w)
                   and (w.isVisible() or isinstance(w, QScrollArea)) and not w.accessibleName().strip()]
        assert unnamed == [], name


# Words for what is drawn ---------------------------------------------------------------------
def _finish(page, value_for) -> None:
    for _ in range(len(page._questions())):
        if page.run is None:
            break
        page.answer(value_for(page._questions()[page.index].item))


def test_charts_say_the_earlier_time_which_side_is_which_and_out_of_seven(start_app, qtbot):
    erfenis = start_app()
    make_profile(erfenis, qtbot)
    flow = erfenis.window.profiles
    for value in (2, 6):  # an earlier time, then today
        if value == 2:
            flow.show_exercise("pattern")
        else:
            flow.retake()
        page = flow.pattern_page
        if page.stages.currentWidget() is page.parents_page:
            page._add_parent("mam")
            page.start()
        _finish(page, lambda item, v=value: v)
    results = flow.results_page
    assert erfenis.window.pages.currentWidget() is results
    results.compare.setCurrentIndex(1)  # compare with the earlier time
    when = results.compare.currentText()
    _label, bars = results.sections[0]
    description = bars.accessibleDescription()
    assert "/ 7" in description and f"earlier ({when}):" in description
    axis = results.axis.accessibleDescription()
    pursue = erfenis.prefs.text("patterns", "results.axis_pursue")
    withdraw = erfenis.prefs.text("patterns", "results.axis_withdraw")
    assert f"{withdraw} (−6) on the left" in axis and f"{pursue} (+6) on the right" in axis
    if results.axis.markers[0][1]:
        assert "toward" in axis


def test_the_dance_bars_say_out_of_seven(start_app, qtbot):
    erfenis = start_app()
    make_profile(erfenis, qtbot)
    flow = erfenis.window.profiles
    flow.show_exercise("pattern")
    page = flow.pattern_page
    page._add_parent("mam")
    page.start()
    _finish(page, lambda item: 5)
    flow.show_exercise("dans")
    description = flow.dans_page.bars.accessibleDescription()
    assert "/ 7" in description


def test_the_discomfort_chart_says_each_check_in_out_of_ten(start_app, qtbot):
    from erfenis_desktop.domain.practice import CheckIn
    from erfenis_desktop.services.practice import Practice
    from erfenis_desktop.storage.database import utc_now

    erfenis = start_app()
    make_profile(erfenis, qtbot)
    flow = erfenis.window.profiles
    practice = Practice(flow.exercises, erfenis.session.couple)
    card = practice.deck("en").group("naming")[0].id
    practice.choose(erfenis.session.current, [card], "en")
    practice.check_in(erfenis.session.current, CheckIn(card=card, when=utc_now(), before=7, after=4))
    flow.show_exercise("step3")
    charts = [box.chart for box in flow.progress_page.cards.values()]
    assert charts and ": 4 / 10" in charts[0].accessibleDescription()  # the dot drawn: after


def test_settings_say_the_data_folder(start_app, data_dir):
    window = start_app().window
    path = window.settings.data_path
    assert str(data_dir) in path.accessibleName() and path.accessibleDescription() == str(data_dir)


def test_every_loop_map_field_has_its_own_name(start_app, qtbot):
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit

    erfenis = start_app()
    make_profile(erfenis, qtbot)
    flow = erfenis.window.profiles
    flow.show_exercise("cycle")
    page = flow.cycle_page
    fields = [w for w in page.findChildren(QWidget)
              if isinstance(w, (QLineEdit, QPlainTextEdit, QComboBox)) and not _inside_composite(w)]
    names = [w.accessibleName() for w in fields]
    assert all(n.strip() for n in names) and len(names) == len(set(names)), names
    move = page.inputs["move"]
    question = page.labels["move"][0]
    assert question.buddy() is move.combo  # "What do you do then?" labels its list
    assert question.text() in move.own.accessibleName()
    for fid in ("surface", "underneath"):
        label = page.labels[fid][0].text()
        feelings = page.inputs[fid]
        assert label in feelings.own.accessibleName()
        assert all(box.accessibleDescription() == label for box in feelings.findChildren(QCheckBox))
