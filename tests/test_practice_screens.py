"""Steps 2 and 3 as a person uses them: choosing cards, checking in, the discomfort over time,
reminders, and the words for feelings next to every writing field."""

from __future__ import annotations

import tempfile
import time as clock
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from erfenis_desktop.domain.practice import CheckIn, ReminderSettings
from erfenis_desktop.services.practice import Practice
from tests.test_profile_screens import PASSWORD, texts_everywhere

CANARY = "Kanarie-7Q: ik zei het tegen Robin bij de fietsenstalling"


def _unlocked(erfenis, name="Sam"):
    """A profile made through the vault and unlocked (quicker than the screens)."""
    unlocked, _code = erfenis.session.vault.create(name, PASSWORD)
    erfenis.session.vault.confirm_recovery_saved(unlocked)
    erfenis.session.enter(unlocked)
    return unlocked


def _practice(erfenis) -> Practice:
    return Practice(erfenis.window.profiles.exercises, erfenis.session.couple)


def _step2(erfenis):
    erfenis.window.home.profiles.exercise_buttons["step2"].click()
    page = erfenis.window.profiles.practice_page
    assert erfenis.window.pages.currentWidget() is page
    return page


def _first_cards(erfenis, n=2) -> list[str]:
    deck = _practice(erfenis).deck("en")
    return [deck.group("naming")[0].id, deck.group("listening")[0].id][:n]


# Step 2: choosing and checking in ------------------------------------------------------------
def test_choose_cards_and_check_in_through_the_screens(start_app, qtbot):
    erfenis = start_app()
    sam = _unlocked(erfenis)
    page = _step2(erfenis)
    first, second = _first_cards(erfenis)
    assert page.checkin_buttons == {}  # nothing chosen yet
    page.boxes[first].choose.click()
    page.boxes[second].choose.click()
    assert _practice(erfenis).plan(sam).cards == (first, second)
    # Two is the most: the other boxes wait until one is unticked.
    others = [b for cid, b in page.boxes.items() if cid not in (first, second)]
    assert others and not any(b.choose.isEnabled() for b in others)
    assert set(page.checkin_buttons) == {first, second}

    page.checkin_buttons[first].click()
    checkin = erfenis.window.profiles.checkin_page
    assert erfenis.window.pages.currentWidget() is checkin
    assert checkin.card_title.text() == _practice(erfenis).deck("en").card(first).title
    checkin.used_yes.click()
    qtbot.keyClicks(checkin.situation, "Op de bank, na het eten")
    checkin.before.slider.setFocus()
    for _ in range(7):
        qtbot.keyClick(checkin.before.slider, Qt.Key.Key_Right)
    checkin.after.slider.setValue(4)
    qtbot.keyClicks(checkin.happened, "Ze keek op en vroeg door.")
    qtbot.keyClicks(checkin.body_field, "Warme wangen")
    checkin.save_button.click()
    assert erfenis.window.pages.currentWidget() is page
    assert page.status.isVisible() and page.status.text() == erfenis.prefs.text("practice", "checkin.saved")
    [kept] = _practice(erfenis).checkins(sam)
    assert (kept.card, kept.used, kept.situation, kept.before, kept.after, kept.happened, kept.body) == (
        first, True, "Op de bank, na het eten", 7, 4, "Ze keek op en vroeg door.", "Warme wangen")


def test_every_question_may_stay_empty_and_not_filled_in_is_kept_as_such(start_app, qtbot):
    erfenis = start_app()
    sam = _unlocked(erfenis)
    page = _step2(erfenis)
    [card] = _first_cards(erfenis, 1)
    page.boxes[card].choose.click()
    page.checkin_buttons[card].click()
    checkin = erfenis.window.profiles.checkin_page
    checkin.save_button.click()  # nothing filled in: nothing kept, and it says so
    assert checkin.message.isVisible() and _practice(erfenis).checkins(sam) == []
    checkin.after.slider.setValue(3)
    checkin.after.unset.click()  # and back to "not filled in"
    checkin.before.slider.setValue(6)
    checkin.save_button.click()
    [kept] = _practice(erfenis).checkins(sam)
    assert (kept.used, kept.before, kept.after, kept.situation) == (None, 6, None, "")


def _finish_pattern_check(erfenis, u):
    """A finished pattern mirror (no answers: no clear tendency), and the suggestion it gives."""
    from erfenis_desktop.services.exercises import Run

    ex = erfenis.window.profiles.exercises
    ex.finish(u, ex.save_run(u, Run(parents=["mama"])))
    suggestion = _practice(erfenis).suggestion(u, "en")
    assert suggestion is not None and suggestion.reason
    return suggestion


def test_the_suggestion_comes_from_the_own_pattern_check_and_is_explained(start_app, qtbot):
    erfenis = start_app()
    sam = _unlocked(erfenis)
    page = _step2(erfenis)
    assert page.suggest_box.isHidden()  # no pattern mirror, no suggestion
    suggestion = _finish_pattern_check(erfenis, sam)
    page.open()
    assert page.suggest_box.isVisible()
    assert page.suggest_reason.text() == suggestion.reason
    page.suggest_button.click()
    assert _practice(erfenis).plan(sam).cards == (suggestion.card,)


# What is typed is private, kept on lock, and gone from the screens --------------------------
def _open_checkin(erfenis, card=None):
    page = _step2(erfenis)
    card = card or _first_cards(erfenis, 1)[0]
    if card not in page.checkin_buttons:
        page.boxes[card].choose.click()
    page.checkin_buttons[card].click()
    checkin = erfenis.window.profiles.checkin_page
    assert erfenis.window.pages.currentWidget() is checkin
    return checkin, card


def _files(folder: Path, since: float) -> list[Path]:
    """Every file under ``folder`` changed since ``since`` that is still there (other test runs
    come and go in /tmp)."""
    import os

    out = []
    for root, _dirs, names in os.walk(folder, onerror=lambda _e: None):
        for name in names:
            path = Path(root) / name
            try:
                if path.is_file() and not path.is_symlink() and path.stat().st_mtime >= since:
                    out.append(path)
            except OSError:
                continue
    return out


def test_a_check_in_canary_is_in_no_file_after_saving_and_locking(start_app, qtbot, data_dir):
    started = clock.time() - 1
    canary = f"{CANARY}-{clock.time_ns()}-ëü"
    erfenis = start_app()
    sam = _unlocked(erfenis)
    checkin, _card = _open_checkin(erfenis)
    checkin.situation.setPlainText(f"In de keuken. {canary}")
    checkin.body_field.setPlainText(canary)
    checkin.save_button.click()
    assert [c.situation for c in _practice(erfenis).checkins(sam)] == [f"In de keuken. {canary}"]
    checkin, _card = _open_checkin(erfenis)
    checkin.happened.setPlainText(f"Niet bewaard, maar bij het vergrendelen wel: {canary}")
    erfenis.session.lock()  # typed, not saved: kept by the lock, encrypted
    erfenis.window.close()
    erfenis.shutdown()
    places = [p for p in data_dir.rglob("*") if p.is_file()]
    places += _files(Path(tempfile.gettempdir()), since=started)
    assert any(p.name == "erfenis.db" for p in places)
    for path in places:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        for encoding in ("utf-8", "utf-16-le"):
            assert canary.encode(encoding) not in data, path


def test_a_check_in_typed_but_not_saved_is_kept_when_the_profile_locks(start_app, qtbot):
    erfenis = start_app()
    sam = _unlocked(erfenis)
    checkin, card = _open_checkin(erfenis)
    qtbot.keyClicks(checkin.happened, "Ik bleef zitten en luisterde.")
    checkin.after.slider.setValue(2)
    erfenis.session.lock()
    assert checkin.happened.toPlainText() == "" and checkin.after.value() is None
    unlocked, _ = erfenis.session.vault.unlock(sam.profile.uuid, PASSWORD)
    [kept] = _practice(erfenis).checkins(unlocked)
    assert (kept.card, kept.happened, kept.after) == (card, "Ik bleef zitten en luisterde.", 2)


def test_leaving_a_check_in_for_help_keeps_it_and_saving_later_updates_the_same_one(start_app, qtbot):
    erfenis = start_app()
    sam = _unlocked(erfenis)
    checkin, _card = _open_checkin(erfenis)
    qtbot.keyClicks(checkin.situation, "Bij het ontbijt")
    erfenis.window.show_help()
    assert [c.situation for c in _practice(erfenis).checkins(sam)] == ["Bij het ontbijt"]
    erfenis.window.help_page.back.click()
    assert erfenis.window.pages.currentWidget() is checkin
    assert checkin.situation.toPlainText() == "Bij het ontbijt"  # still there, to go on with
    checkin.before.slider.setValue(5)
    checkin.save_button.click()
    [kept] = _practice(erfenis).checkins(sam)
    assert (kept.situation, kept.before) == ("Bij het ontbijt", 5)


def test_a_refused_check_in_stays_on_screen_says_why_and_is_saved_once_it_can(start_app, qtbot):
    from tests.test_storage_faults import FULL, KEPT, disk_full, disk_room, long_text

    erfenis = start_app()
    sam = _unlocked(erfenis)
    checkin, _card = _open_checkin(erfenis)
    checkin._retry.setInterval(100)
    disk_full(erfenis)
    text = long_text()
    checkin.happened.setPlainText(text)
    checkin.save_button.click()
    assert checkin.message.isVisible() and FULL in checkin.message.text() and KEPT in checkin.message.text()
    assert erfenis.window.pages.currentWidget() is checkin and checkin.happened.toPlainText() == text
    checkin.back.click()  # going back would lose it: it stays
    assert erfenis.window.pages.currentWidget() is checkin
    disk_room(erfenis)
    qtbot.waitUntil(lambda: [c.happened for c in _practice(erfenis).checkins(sam)] == [text], timeout=3000)
    assert checkin.message.text() == "Saved."


def _with_check_ins(erfenis, u, card, values, today):
    practice = _practice(erfenis)
    for days_ago, after in values:
        when = datetime.combine(today - timedelta(days=days_ago), time(12), tzinfo=UTC)
        practice.check_in(u, CheckIn(card, when.isoformat(timespec="seconds"), used=True, after=after,
                                     situation=f"{CANARY} {days_ago}"))


def test_locking_clears_every_practice_screen(start_app, qtbot):
    erfenis = start_app()
    sam = _unlocked(erfenis)
    _finish_pattern_check(erfenis, sam)
    card = _first_cards(erfenis, 1)[0]
    _with_check_ins(erfenis, sam, card, [(3, 6), (1, 4)], date.today())
    flow = erfenis.window.profiles
    title = _practice(erfenis).deck("en").card(card).title
    page = _step2(erfenis)
    page.boxes[card].choose.click()
    page.remind_on.click()
    flow.show_exercise("step3")
    assert title in texts_everywhere(flow.progress_page)
    assert flow.progress_page.cards[card].chart.points
    checkin, _ = _open_checkin(erfenis, card)
    checkin.situation.setPlainText(CANARY)
    erfenis.session.lock()
    for screen in (flow.practice_page, flow.checkin_page, flow.progress_page):
        QApplication.sendPostedEvents()
        shown = texts_everywhere(screen)
        assert CANARY not in shown
        visible = [w for w in screen.findChildren(QPlainTextEdit) if w.toPlainText()]
        assert visible == []
    # No choice, check-in, suggestion, card of this week, setting or chart is left behind.
    assert flow.practice_page.checkin_buttons == {} and flow.practice_page.suggest_box.isHidden()
    assert not flow.practice_page.remind_on.isChecked()
    assert flow.progress_page.cards == {} and flow.checkin_page.card_title.text() == ""
    assert title not in "".join(w.text() for w in flow.practice_page.week_rows.parentWidget().findChildren(
        type(flow.practice_page.week_title)) if w.isVisibleTo(flow.practice_page))


# Step 3: the chart ---------------------------------------------------------------------------
def test_the_chart_draws_each_check_in_and_the_trend_and_says_it_in_words(start_app, qtbot):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QImage, QPalette

    erfenis = start_app()
    sam = _unlocked(erfenis)
    card = _first_cards(erfenis, 1)[0]
    today = date.today()
    _with_check_ins(erfenis, sam, card, [(12, 8), (9, 7), (6, 6), (3, 4), (1, 3)], today)
    flow = erfenis.window.profiles
    _practice(erfenis).choose(sam, [card], "en")
    flow.show_exercise("step3")
    box = flow.progress_page.cards[card]
    chart = box.chart
    assert [v for _d, v in chart.points] == [8, 7, 6, 4, 3]
    assert len(chart.trend) == 5 and chart.trend[0][1] > chart.trend[-1][1]  # it went down
    # In words: both sentences, for a screen reader too.
    progress = _practice(erfenis).progress(sam, card, "en", today)
    assert progress.week_sentence in chart.accessibleDescription()
    assert progress.overall_sentence in chart.accessibleDescription()
    assert "5" in progress.overall_sentence
    assert box.week.text() == progress.week_sentence and box.overall.text() == progress.overall_sentence
    # Drawn: the dots in the text colour, the trend in the accent colour, where they belong.
    chart.resize(chart.sizeHint().width(), chart.sizeHint().height())
    image = chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    ratio = image.devicePixelRatio()
    accent = chart.palette().color(QPalette.ColorRole.Highlight)
    ink = chart.palette().color(QPalette.ColorRole.WindowText)

    def near(point, colour: QColor, reach: int) -> bool:
        cx, cy = int(point.x() * ratio), int(point.y() * ratio)
        for x in range(cx - reach, cx + reach + 1):
            for y in range(cy - reach, cy + reach + 1):
                if 0 <= x < image.width() and 0 <= y < image.height():
                    c = QColor(image.pixel(x, y))
                    if abs(c.red() - colour.red()) + abs(c.green() - colour.green()) + abs(
                            c.blue() - colour.blue()) < 40:
                        return True
        return False

    trend = chart.trend_positions()
    for a, b in zip(trend, trend[1:]):  # the middle of each piece of the trend line
        assert near(QPointF((a.x() + b.x()) / 2, (a.y() + b.y()) / 2), accent, 2)
    for point in chart.point_positions():
        assert near(point, ink, 1)
    assert not near(QPointF(chart.x_for(today), chart.y_for(10)), accent, 3)  # nothing where no value is
    # Higher discomfort is drawn higher up.
    ys = [p.y() for p in chart.point_positions()]
    assert ys == sorted(ys)


def test_share_my_progress_only_when_linked(start_app, qtbot):

    erfenis = start_app()
    sam = _unlocked(erfenis)
    card = _first_cards(erfenis, 1)[0]
    _with_check_ins(erfenis, sam, card, [(2, 5)], date.today())
    _practice(erfenis).choose(sam, [card], "en")
    flow = erfenis.window.profiles
    flow.show_exercise("step3")
    assert flow.progress_page.cards[card].share_button.isHidden()  # not linked: no sharing


def test_share_my_progress_with_my_partner_from_step_3(start_app, qtbot):
    from tests.test_dans_view import _unlock_demo

    erfenis = start_app("--demo")
    robin = _unlock_demo(erfenis)
    card = _first_cards(erfenis, 1)[0]
    _with_check_ins(erfenis, robin, card, [(2, 5), (1, 4)], date.today())
    _practice(erfenis).choose(robin, [card], "en")
    flow = erfenis.window.profiles
    flow.show_exercise("step3")
    box = flow.progress_page.cards[card]
    assert box.share_button.isVisible()
    assert _practice(erfenis).shared_progress(robin, card) is None  # private by default
    assert box.unshare_button.isHidden()
    box.share_button.click()
    assert _practice(erfenis).shared_progress(robin, card) is not None
    box = flow.progress_page.cards[card]
    qtbot.waitUntil(lambda: box.message.isVisible() and box.unshare_button.isVisible())
    box.unshare_button.click()
    assert _practice(erfenis).shared_progress(robin, card) is None
    assert flow.progress_page.cards[card].unshare_button.isHidden()


# Reminders -----------------------------------------------------------------------------------
def test_reminders_are_off_by_default_and_never_come_in_quiet_hours(start_app, qtbot):
    erfenis = start_app()
    sam = _unlocked(erfenis)
    flow = erfenis.window.profiles
    reminders, banner = flow.reminders, flow.reminder_banner
    assert reminders.timer.isActive() and reminders.timer.interval() == 60_000  # every minute, while unlocked
    now = [datetime(2026, 3, 2, 20, 0)]
    reminders.now = lambda: now[0]
    assert not reminders.check() and banner.isHidden()  # off by default
    page = _step2(erfenis)
    assert not page.remind_on.isChecked()
    page.remind_on.click()
    page.at.setTime(page.at.time().fromString("19:00", "HH:mm"))
    page.quiet_from.setTime(page.quiet_from.time().fromString("21:00", "HH:mm"))
    page.quiet_until.setTime(page.quiet_until.time().fromString("08:00", "HH:mm"))
    page.save_settings()
    assert _practice(erfenis).reminder_settings(sam) == ReminderSettings(True, time(19), time(21), time(8))
    erfenis.window.show_home()
    for moment in (datetime(2026, 3, 2, 21, 0), datetime(2026, 3, 2, 23, 59), datetime(2026, 3, 3, 0, 30),
                   datetime(2026, 3, 3, 7, 59), datetime(2026, 3, 3, 18, 59)):
        now[0] = moment  # quiet hours, over midnight; then before the time of day
        reminders.timer.timeout.emit()
        assert banner.isHidden(), moment
    now[0] = datetime(2026, 3, 3, 19, 0)
    reminders.timer.timeout.emit()
    assert banner.isVisible()
    assert banner.windowType() != Qt.WindowType.Dialog and not QApplication.activeModalWidget()
    assert CANARY not in texts_everywhere(banner)
    banner.later_button.click()
    now[0] = datetime(2026, 3, 3, 20, 0)
    reminders.timer.timeout.emit()
    assert banner.isHidden()  # once a day at most
    now[0] = datetime(2026, 3, 4, 19, 5)
    reminders.timer.timeout.emit()
    assert banner.isVisible()
    banner.go_button.click()
    assert erfenis.window.pages.currentWidget() is flow.practice_page


def test_the_reminder_names_nothing_private_and_goes_with_the_lock(start_app, qtbot):
    erfenis = start_app()
    sam = _unlocked(erfenis)
    card = _first_cards(erfenis, 1)[0]
    _practice(erfenis).choose(sam, [card], "en")
    _practice(erfenis).set_reminder_settings(sam, ReminderSettings(True, time(9), time(22), time(8)))
    flow = erfenis.window.profiles
    flow.reminders.now = lambda: datetime(2026, 5, 1, 12, 0)
    assert flow.reminders.check()
    banner = flow.reminder_banner
    assert banner.isVisible()
    assert _practice(erfenis).deck("en").card(card).title not in texts_everywhere(banner)
    erfenis.session.lock()
    assert banner.isHidden() and not flow.reminders.timer.isActive()
    assert not flow.reminders.check()  # nobody unlocked: nothing to remind


# Words for feelings --------------------------------------------------------------------------
def _words(erfenis) -> list[str]:
    return list(erfenis.prefs.text("cycle_map", "feelings.surface")) + list(
        erfenis.prefs.text("cycle_map", "feelings.underneath"))


def _choose_word(qtbot, button, word: str) -> None:
    menu = button.open_list()
    qtbot.waitUntil(menu.isVisible)
    [action] = [a for a in menu.actions() if a.data() == word]
    action.trigger()
    assert not menu.isVisible()


def test_words_for_feelings_go_in_at_the_cursor_of_a_check_in(start_app, qtbot):
    erfenis = start_app()
    _unlocked(erfenis)
    checkin, _card = _open_checkin(erfenis)
    button = checkin.feelings[checkin.body_field]
    assert button.words() == _words(erfenis)
    menu = button.open_list()
    shown = [a.text() for a in menu.actions() if a.isEnabled() and not a.isSeparator()]
    assert shown == _words(erfenis)  # only words from the content, nothing anyone wrote
    menu.close()
    qtbot.keyClicks(checkin.body_field, "Ik voelde me")
    _choose_word(qtbot, button, "lonely")
    assert checkin.body_field.toPlainText() == "Ik voelde me lonely"
    # In the middle of the text, at the cursor (a selection is replaced).
    checkin.body_field.setPlainText("Eerst, toen rustig.")
    cursor = checkin.body_field.textCursor()
    cursor.setPosition(len("Eerst"))
    checkin.body_field.setTextCursor(cursor)
    _choose_word(qtbot, button, "afraid")
    assert checkin.body_field.toPlainText() == "Eerst afraid, toen rustig."


def test_words_for_feelings_open_with_a_key_inside_the_field(start_app, qtbot):
    erfenis = start_app()
    _unlocked(erfenis)
    checkin, _card = _open_checkin(erfenis)
    button = checkin.feelings[checkin.situation]
    erfenis.window.activateWindow()
    checkin.situation.setFocus()
    qtbot.waitUntil(lambda: checkin.situation.hasFocus())
    qtbot.keyClick(checkin.situation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(button.menu.isVisible)
    button.menu.close()


@pytest.mark.parametrize("where", ["notes", "step1", "cycle"])
def test_words_for_feelings_next_to_every_writing_field(start_app, qtbot, where):
    from PySide6.QtWidgets import QPlainTextEdit

    from erfenis_desktop.ui.practice.feelings import FeelingsButton

    erfenis = start_app()
    _unlocked(erfenis)
    flow = erfenis.window.profiles
    if where == "notes":
        erfenis.window.home.profiles.notes_button.click()
        page, field = flow.notes_page, flow.notes_page.editor
    elif where == "step1":
        flow.show_exercise("step1")
        page, field = flow.step_one_page, flow.step_one_page.editor
    else:
        flow.show_exercise("cycle")
        page, field = flow.cycle_page, flow.cycle_page.inputs["trigger"]
    buttons = {b.target: b for b in page.findChildren(FeelingsButton)}
    fields = [w for w in page.findChildren(QPlainTextEdit) if w.isVisibleTo(page)]
    assert fields and all(f in buttons for f in fields)  # every writing field has its words
    field.setPlainText("Ik was")
    cursor = field.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    field.setTextCursor(cursor)
    _choose_word(qtbot, buttons[field], "sad")
    assert field.toPlainText() == "Ik was sad"
    assert field.document().isModified()  # so it is saved like anything typed


# Where it sits ------------------------------------------------------------------------------
def test_step_one_leads_to_step_two_and_step_two_to_step_three(start_app, qtbot):
    erfenis = start_app()
    _unlocked(erfenis)
    flow = erfenis.window.profiles
    erfenis.window.home.profiles.exercise_buttons["step1"].click()
    step1 = flow.step_one_page
    assert step1.prompts and step1.next_button.text() == "&Next"
    step1.go(len(step1.prompts) - 1)
    assert step1.next_button.text() == "On to step &2" and step1.next_button.isEnabled()
    qtbot.keyClicks(step1.editor, "Mijn vader las de krant.")
    step1.next_button.click()
    assert erfenis.window.pages.currentWidget() is flow.practice_page
    assert "Mijn vader las de krant." in [w.text for w in flow.exercises.writings(erfenis.session.current).values()]
    flow.practice_page.step3_button.click()
    assert erfenis.window.pages.currentWidget() is flow.progress_page
    flow.progress_page.step2_button.click()
    assert erfenis.window.pages.currentWidget() is flow.practice_page
    flow.practice_page.back.click()
    assert erfenis.window.pages.currentWidget() is erfenis.window.home


def test_step_three_without_a_card_points_to_step_two(start_app, qtbot):
    erfenis = start_app()
    _unlocked(erfenis)
    flow = erfenis.window.profiles
    erfenis.window.home.profiles.exercise_buttons["step3"].click()
    page = flow.progress_page
    assert page.nothing.isVisible() and page.cards == {}
    page.to_step2_first.click()
    assert erfenis.window.pages.currentWidget() is flow.practice_page


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_practice_screens_are_named_and_their_alt_letters_unique(start_app, qtbot, lang):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from tests.test_accessibility import _interactive, _mnemonic

    erfenis = start_app("--demo", "--lang", lang)
    from tests.test_dans_view import _unlock_demo

    robin = _unlock_demo(erfenis)
    card = _first_cards(erfenis, 1)[0]
    _with_check_ins(erfenis, robin, card, [(2, 5)], date.today())
    _practice(erfenis).choose(robin, [card], lang)
    window = erfenis.window
    flow = window.profiles
    header = [window.nav_home.text(), window.nav_settings.text(), window.nav_about.text(),
              window.file_menu.title(), window.help_menu.title(), window.lock_button.text()]
    flow.show_exercise("step2")
    flow.show_checkin(card)
    flow.show_exercise("step3")
    home = [b.text() for b in window.home.profiles.exercise_buttons.values()] + [
        window.home.profiles.notes_button.text()]
    letters = [m for m in map(_mnemonic, header + home) if m]
    assert len(letters) == len(set(letters)), sorted(letters)
    for screen in (flow.practice_page, flow.checkin_page, flow.progress_page):
        widgets = [w for w in _interactive(screen) if w.isVisibleTo(screen)]
        assert [w.metaObject().className() for w in widgets if not w.accessibleName().strip()] == []
        texts = [w.text() for kind in (QAbstractButton, QLabel) for w in screen.findChildren(kind)
                 if w.isVisibleTo(screen)]
        letters = [m for m in map(_mnemonic, header + texts) if m]
        assert len(letters) == len(set(letters)), sorted(letters)


def test_switching_language_shows_step_two_and_three_in_the_new_language(start_app, qtbot):
    erfenis = start_app()
    sam = _unlocked(erfenis)
    suggestion = _finish_pattern_check(erfenis, sam)
    card = _first_cards(erfenis, 1)[0]
    _with_check_ins(erfenis, sam, card, [(2, 6), (1, 5)], date.today())
    _practice(erfenis).choose(sam, [card], "en")
    flow = erfenis.window.profiles
    flow.show_exercise("step2")
    flow.show_exercise("step3")
    erfenis.prefs.set_language("nl")
    nl = _practice(erfenis).progress(sam, card, "nl", date.today())
    qtbot.waitUntil(lambda: flow.progress_page.cards[card].overall.text() == nl.overall_sentence)
    assert flow.progress_page.title.text() == erfenis.prefs.text("practice", "step3.title")
    assert flow.practice_page.suggest_reason.text() == _practice(erfenis).suggestion(sam, "nl").reason
    assert flow.practice_page.suggest_reason.text() != suggestion.reason
