"""The home screen after unlocking, as a person meets it: the path (pattern mirror, steps 1 to
3) with where they are and one "continue where I was"; together or, alone, one's own side;
on my own; the profile on a page of its own with deleting apart; the keyboard; the pictures.
Set ERFENIS_PICTURES=<folder> to keep a PNG of the home screens (to look at them)."""

from __future__ import annotations

import os
import re
import tomllib
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from erfenis_desktop.domain import journey as rules
from erfenis_desktop.domain.practice import CheckIn
from erfenis_desktop.domain.questionnaire import person_key
from erfenis_desktop.services import journey
from erfenis_desktop.services.exercises import Exercises, Run
from erfenis_desktop.services.practice import Practice
from tests.test_dans_view import _unlock_demo
from tests.test_exercises import wait_for_layout
from tests.test_profile_screens import PASSWORD

REPO = Path(__file__).resolve().parent.parent
TODAY = date.today()


def _day(day: date) -> str:
    return f"{day.day} {day.strftime('%B')}" + ("" if day.year == TODAY.year else f" {day.year}")


def _alone(erfenis, name="Sam"):
    unlocked, _code = erfenis.session.vault.create(name, PASSWORD)
    erfenis.session.vault.confirm_recovery_saved(unlocked)
    erfenis.session.enter(unlocked)
    return unlocked


def _panel(erfenis):
    return erfenis.window.home.profiles


def _settle(qtbot, widget):
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    wait_for_layout(qtbot, widget)


def _back_home(erfenis):
    """Away to another page and back, as after doing an exercise: the home shows the news."""
    erfenis.window.show_settings()
    erfenis.window.show_home()


def _ex(erfenis) -> Exercises:
    return erfenis.window.profiles.exercises


def _practice(erfenis) -> Practice:
    return Practice(_ex(erfenis), erfenis.session.couple)


def _finished_run(erfenis, u, parents=("moeder",)):
    ex = _ex(erfenis)
    run = ex.save_run(u, Run(parents=list(parents)))
    return ex.finish(u, run)


def _all_step1_questions(erfenis, u):
    return journey.facts(u, _ex(erfenis), "en").step1_questions


def _check_ins(erfenis, u, days_ago, used=True, discomfort=True):
    practice = _practice(erfenis)
    card = practice.deck("en").group("naming")[0].id
    practice.choose(u, [card], "en", today=TODAY - timedelta(days=max(days_ago) + 1))
    for n in days_ago:
        when = datetime.combine(TODAY - timedelta(days=n), time(12), tzinfo=UTC)
        practice.check_in(u, CheckIn(card, when.isoformat(timespec="seconds"), used=used,
                                     before=6 if discomfort else None, after=4 if discomfort else None))


def _status(erfenis, step):
    card = _panel(erfenis).exercise_buttons[step]
    return card.status, card.state


def _opens(erfenis, card, page_name):
    card.click()
    assert erfenis.window.pages.currentWidget() is getattr(erfenis.window.profiles, page_name)


# The path: where a person is, and "continue where I was" -------------------------------------
def test_fresh_profile_begins_with_the_pattern_mirror(start_app, qtbot):
    erfenis = start_app()
    _alone(erfenis)
    panel = _panel(erfenis)
    for step in ("pattern", "step1", "step2", "step3"):
        assert _status(erfenis, step) == ("Not started yet", rules.NOT_STARTED)
        assert panel.exercise_buttons[step].sentence and panel.exercise_buttons[step].duration
    assert panel.exercise_buttons["pattern"].title() == "Pattern mirror"
    assert panel.continue_card.title() == "Begin with the pattern mirror"
    assert "About 10 minutes" in panel.continue_card.accessibleDescription()
    _opens(erfenis, panel.continue_card, "pattern_page")


def test_a_pattern_mirror_under_way_is_continued(start_app, qtbot):
    erfenis = start_app()
    u = _alone(erfenis)
    _ex(erfenis).save_run(u, Run(parents=["moeder"]))  # named who raised you, then stopped
    _back_home(erfenis)
    panel = _panel(erfenis)
    assert _status(erfenis, "pattern") == (f"Under way since {_day(TODAY)}", rules.UNDER_WAY)
    assert panel.continue_card.title() == "Continue where I was"
    assert panel.continue_card.sentence == "Pattern mirror"
    _opens(erfenis, panel.continue_card, "pattern_page")
    assert erfenis.window.profiles.pattern_page.run is not None  # resumed, not begun again


def test_step_one_under_way_then_done_then_on_to_step_two(start_app, qtbot):
    erfenis = start_app()
    u = _alone(erfenis)
    _finished_run(erfenis, u, ["moeder", "opa Kees"])
    _back_home(erfenis)
    panel = _panel(erfenis)
    assert _status(erfenis, "pattern") == (f"Done on {_day(TODAY)}", rules.DONE)
    # The mirror is done, step 1 not begun: continue leads on to step 1, saying how long it takes.
    assert (panel.continue_card.title(), panel.continue_card.sentence) == ("Continue where I was",
                                                                           "Step 1: See the pattern")
    assert panel.continue_card.duration.startswith("Half an hour")
    questions = _all_step1_questions(erfenis, u)
    assert len(questions) > 10 and ("table", person_key("opa Kees")) in questions
    first, *rest = questions
    _ex(erfenis).save_writing(u, first[0], 0, "moeder", "Mijn moeder vroeg altijd hoe mijn dag was.")
    _ex(erfenis).save_writing(u, rest[0][0], 0, "moeder", "   ")  # an empty answer is no answer
    _back_home(erfenis)
    assert _status(erfenis, "step1") == (
        f"Under way since {_day(TODAY)} · 1 of {len(questions)} questions answered", rules.UNDER_WAY)
    assert panel.continue_card.sentence == "Step 1: See the pattern"
    assert "1 of" in panel.continue_card.status
    _opens(erfenis, panel.continue_card, "step_one_page")
    names = {person_key(n): n for n in ("moeder", "opa Kees")}
    for prompt, who in rest:
        _ex(erfenis).save_writing(u, prompt, None, names.get(who, ""), "Concreet: aan tafel zei niemand iets.")
    _back_home(erfenis)
    assert _status(erfenis, "step1") == (f"Done on {_day(TODAY)}", rules.DONE)
    assert (panel.continue_card.title(), panel.continue_card.sentence) == (
        "Continue where I was", "Step 2: Learn a new language")
    _opens(erfenis, panel.continue_card, "practice_page")


def test_the_step_one_questions_are_the_ones_step_one_asks(start_app, qtbot):
    """What the home counts as "all questions" is what step 1 shows, for the same people."""
    erfenis = start_app()
    u = _alone(erfenis)
    _finished_run(erfenis, u, ["moeder", "vader", "oma Riet"])
    page = erfenis.window.profiles.step_one_page
    page.open()
    asked = tuple((p.id, person_key(p.parent_name)) for p in page.prompts)
    assert asked == _all_step1_questions(erfenis, u)


def _step_one_done(erfenis, u):
    for prompt, who in _all_step1_questions(erfenis, u):
        _ex(erfenis).save_writing(u, prompt, None, "moeder" if who else "", "Aan tafel was het stil.")


def test_steps_two_and_three_under_way_and_done(start_app, qtbot):
    erfenis = start_app()
    u = _alone(erfenis)
    _finished_run(erfenis, u)
    _step_one_done(erfenis, u)
    _check_ins(erfenis, u, [3, 1])
    _back_home(erfenis)
    panel = _panel(erfenis)
    since = _day(TODAY - timedelta(days=4))  # the day the card was chosen
    assert _status(erfenis, "step2") == (f"Under way since {since} · a card used on 2 of 5 days", rules.UNDER_WAY)
    assert _status(erfenis, "step3") == (
        f"Under way since {_day(TODAY - timedelta(days=3))} · discomfort noted on 2 of 10 days", rules.UNDER_WAY)
    # One check-in counts for both: continue goes to step 2, where the next check-in is.
    assert panel.continue_card.sentence == "Step 2: Learn a new language"
    _opens(erfenis, panel.continue_card, "practice_page")
    _check_ins(erfenis, u, [9, 8, 7, 6, 5, 4, 2, 0])  # ten days in all
    _back_home(erfenis)
    fifth_day = _day(TODAY - timedelta(days=5))  # days 9, 8, 7, 6, 5: the fifth day a card was used
    assert _status(erfenis, "step2") == (f"Done on {fifth_day}", rules.DONE)
    assert _status(erfenis, "step3") == (f"Done on {_day(TODAY)}", rules.DONE)  # the tenth day noted
    # Everything done: keep practising (step 2, where the cards are).
    assert panel.continue_card.title() == "Continue practising"
    _opens(erfenis, panel.continue_card, "practice_page")
    _back_home(erfenis)
    _opens(erfenis, panel.exercise_buttons["step3"], "progress_page")


def test_step_three_is_continued_when_step_two_is_done(start_app, qtbot):
    erfenis = start_app()
    u = _alone(erfenis)
    _finished_run(erfenis, u)
    _step_one_done(erfenis, u)
    _check_ins(erfenis, u, [6, 5, 4, 3, 2], discomfort=False)  # used on five days, discomfort not noted
    _check_ins(erfenis, u, [1])  # … until yesterday
    _back_home(erfenis)
    assert _status(erfenis, "step2")[1] == rules.DONE and _status(erfenis, "step3")[1] == rules.UNDER_WAY
    assert _panel(erfenis).continue_card.sentence == "Step 3: Bear the discomfort"
    _opens(erfenis, _panel(erfenis).continue_card, "progress_page")


# Together, or one's own side -------------------------------------------------------------------
def _shown_cards(erfenis):
    return [c.key for c in _panel(erfenis).home.all_cards()]


def test_alone_the_words_are_singular_and_nothing_together_is_offered(start_app, qtbot, dialogs):
    erfenis = start_app()
    _alone(erfenis)
    panel = _panel(erfenis)
    assert panel.home.titles["together"].text() == "Your side of the dance"
    assert panel.exercise_buttons["dans"].title() == "Your dance"
    assert panel.exercise_buttons["cycle"].title() == "Mapping your loop"
    assert panel.exercise_buttons["together"].title() == "Together with my partner"
    shown = _shown_cards(erfenis)
    assert "answer" not in shown and "timeline" not in shown
    assert not any(panel.exercise_buttons[k].isVisibleTo(panel) for k in ("answer", "timeline"))
    # The dance saved alone is "my" dance.
    panel.exercise_buttons["dans"].click()
    page = erfenis.window.profiles.dans_page
    dialogs.answer("ask", "save")
    dialogs.answer("save_file", None)
    page.pdf_button.click()
    asked = [r for r in dialogs.log if r.kind == "save_file"][-1]
    assert Path(asked.text).name == "my-dance.pdf"


def test_with_a_partner_the_cards_say_together_and_name_them(start_app, qtbot, dialogs):
    erfenis = start_app("--demo")
    _unlock_demo(erfenis)  # Robin, linked with Sam
    panel = _panel(erfenis)
    assert panel.home.titles["together"].text() == "You and Sam"
    assert panel.exercise_buttons["together"].title() == "Together with Sam"
    assert panel.exercise_buttons["together"].status == "Linked with Sam"
    assert panel.exercise_buttons["dans"].title() == "Our dance"
    assert panel.exercise_buttons["cycle"].title() == "Mapping our loop"
    assert {"answer", "timeline"} <= set(_shown_cards(erfenis))
    _opens(erfenis, panel.exercise_buttons["timeline"], "timeline_page")
    _back_home(erfenis)
    # Answer together, with Sam not here yet: Sam unlocks next to Robin first.
    panel.exercise_buttons["answer"].click()
    flow = erfenis.window.profiles
    assert erfenis.window.pages.currentWidget() is flow.unlock_page
    assert flow.unlock_page.forgot.isHidden()  # opened for the partner, not for a profile of its own
    erfenis.window.show_home()
    panel.exercise_buttons["dans"].click()
    dialogs.answer("ask", "save")
    dialogs.answer("save_file", None)
    flow.dans_page.pdf_button.click()
    assert Path([r for r in dialogs.log if r.kind == "save_file"][-1].text).name == "our-dance.pdf"


def test_a_name_with_an_ampersand_is_shown_as_typed(start_app, qtbot):
    erfenis = start_app()
    _alone(erfenis, name="Sam & Co <b>")
    card = _panel(erfenis).home.cards["profile"]
    assert card.title() == "Your profile: Sam & Co <b>"
    assert card.accessibleName() == "Your profile: Sam & Co <b>"


def test_locking_leaves_nothing_of_the_person_on_the_home_screen(start_app, qtbot):
    from tests.test_profile_screens import texts_everywhere

    erfenis = start_app("--demo")
    u = _unlock_demo(erfenis)
    _check_ins(erfenis, u, [2])
    _back_home(erfenis)
    window = erfenis.window
    before = texts_everywhere(window)
    assert "Continue where I was" in before and "Linked with Sam" in before and "Done on " in before
    window.lock()
    after = texts_everywhere(window)
    for gone in ("Hello, Robin", "Continue where I was", "Linked with Sam", "a card used on", "Under way since",
                 "Done on ", "Your profile: Robin"):
        assert gone not in after, gone
    assert _panel(erfenis).journey is None


def test_the_cards_follow_a_language_switch(start_app, qtbot):
    erfenis = start_app()
    _alone(erfenis)
    panel = _panel(erfenis)
    assert panel.exercise_buttons["pattern"].sentence.startswith("Questions about the people")
    erfenis.prefs.set_language("nl")
    qtbot.waitUntil(lambda: panel.exercise_buttons["pattern"].sentence.startswith("Vragen over de mensen"))
    assert panel.home.path_intro.text().startswith("De drie stappen")
    assert erfenis.window.home.not_therapy.text().count("‘Hulp nodig?’") == 1


# The profile page ------------------------------------------------------------------------------
def test_the_profile_has_a_page_of_its_own_with_deleting_apart(start_app, qtbot, dialogs):
    erfenis = start_app()
    _alone(erfenis)
    window, panel = erfenis.window, _panel(erfenis)
    # Not on the home screen: there is a card that leads there.
    assert not any(b.isVisibleTo(window.home) for b in panel.buttons.values())
    panel.home.cards["profile"].click()
    page = panel.profile_page
    assert window.pages.currentWidget() is page
    _settle(qtbot, page)
    assert page.name.text() == "Sam"
    assert set(page.buttons) == {"rename", "password", "recovery", "renew", "delete"}
    assert all(b.isVisible() and b.accessibleName() for b in page.buttons.values())
    # Deleting is apart: in its own frame, below the others with room between, in the warning
    # colour, and it says that it cannot be undone.
    delete = page.buttons["delete"]
    assert page.danger.isAncestorOf(delete)
    assert not any(page.danger.isAncestorOf(page.buttons[k]) for k in ("rename", "password", "recovery", "renew"))
    renew_frame = page.buttons["renew"].parentWidget()
    gap = page.danger.mapTo(page.widget(), page.danger.rect().topLeft()).y() - \
        renew_frame.mapTo(page.widget(), renew_frame.rect().bottomLeft()).y()
    assert gap >= page.fontMetrics().height() * 2
    warning = delete.palette().color(delete.foregroundRole())
    assert warning == QColor("#a12a1f")
    assert delete.accessibleDescription().startswith("Cannot be undone.")
    assert page.words.text().startswith("Your check words:")
    # The buttons do what they did on the home screen.
    delete.click()
    assert (dialogs.log[-1].kind, dialogs.log[-1].title) == ("show", "Delete profile")  # asks for the password
    for dialog in list(window.profiles.action_dialogs):
        dialog.reject()
    page.back.click()
    assert window.pages.currentWidget() is window.home


def test_the_profile_page_in_dark_keeps_deleting_in_the_warning_colour(start_app, qtbot):
    erfenis = start_app()
    erfenis.prefs.set_color_scheme("dark")
    _alone(erfenis)
    panel = _panel(erfenis)
    panel.home.cards["profile"].click()
    delete = panel.profile_page.buttons["delete"]
    assert delete.palette().color(delete.foregroundRole()) == QColor("#ff9e8f")


def test_the_header_chip_opens_the_profile_page_and_locking_clears_it(start_app, qtbot):
    erfenis = start_app()
    _alone(erfenis)
    window = erfenis.window
    assert window.profile_chip.isVisible() and "Sam" in window.profile_chip.accessibleName()
    window.profile_chip.click()
    page = _panel(erfenis).profile_page
    assert window.pages.currentWidget() is page
    assert page.name.text() == "Sam"
    window.lock()
    assert window.pages.currentWidget() is window.home
    assert page.name.text() == "" and page.words.text() == ""


# Keyboard ---------------------------------------------------------------------------------------
def _focused():
    return QApplication.focusWidget()


def test_every_card_is_reached_with_tab_and_the_arrows_and_opens_with_enter(start_app, qtbot):
    erfenis = start_app("--demo")
    _unlock_demo(erfenis)
    window = erfenis.window
    window.resize(1100, 800)
    home = window.home
    _settle(qtbot, home)
    panel = _panel(erfenis)
    cards = panel.home.all_cards()
    assert [c.key for c in cards] == ["continue", "pattern", "step1", "step2", "step3", "together", "answer", "dans",
                                      "cycle", "intimacy", "timeline", "notes", "history", "generations", "journal",
                                      "profile"]
    # Every card has a name and says what it is (and, on the path, where the person is).
    for card in cards:
        assert card.accessibleName() and card.sentence in card.accessibleDescription()
    assert panel.exercise_buttons["pattern"].status in panel.exercise_buttons["pattern"].accessibleDescription()
    # On the home screen (Alt+Home), focus is on "continue where I was".
    window.show_home()
    qtbot.waitUntil(lambda: _focused() is panel.continue_card)
    # Tab goes through them in the order they are seen.
    seen = [panel.continue_card]
    for _ in cards[1:]:
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
        seen.append(_focused())
    assert seen == cards
    # The arrows: right and left along the order, down and up a row (also into the next group).
    path = panel.home.grids["path"]
    columns = path.columns
    panel.continue_card.setFocus()
    qtbot.keyClick(_focused(), Qt.Key.Key_Down)
    assert _focused() is panel.exercise_buttons["pattern"]
    qtbot.keyClick(_focused(), Qt.Key.Key_Right)
    assert _focused() is panel.exercise_buttons["step1"]
    qtbot.keyClick(_focused(), Qt.Key.Key_Left)
    assert _focused() is panel.exercise_buttons["pattern"]
    qtbot.keyClick(_focused(), Qt.Key.Key_Down)  # a row down: under the mirror
    assert _focused() is panel.exercise_buttons["step2" if columns == 2 else "step1"]
    qtbot.keyClick(_focused(), Qt.Key.Key_Up)
    assert _focused() is panel.exercise_buttons["pattern"]
    qtbot.keyClick(_focused(), Qt.Key.Key_End)
    assert _focused() is panel.home.cards["profile"]
    qtbot.keyClick(_focused(), Qt.Key.Key_Home)
    assert _focused() is panel.continue_card
    # An Alt letter opens its card, as on any button: Alt+1 is step 1.
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.profiles.step_one_page)
    window.show_home()
    # Enter opens; Space too.
    panel.exercise_buttons["journal"].setFocus()
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.profiles.journal_page)
    window.show_home()
    panel.notes_button.setFocus()
    qtbot.keyClick(_focused(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.profiles.notes_page)


def test_alt_letters_on_the_open_home_are_unique(start_app, qtbot):
    from tests.test_accessibility import _mnemonic

    erfenis = start_app("--demo")
    _unlock_demo(erfenis)
    window = erfenis.window
    header = [window.nav_home.text(), window.nav_settings.text(), window.nav_about.text(), window.lock_button.text(),
              window.file_menu.title(), window.help_menu.title()]
    panel = _panel(erfenis)
    home = [c.text() for c in panel.home.all_cards()] + [window.home.help_button.text()]
    letters = [m for m in map(_mnemonic, header + home) if m]
    assert len(letters) == len(set(letters)), sorted(letters)
    page = panel.profile_page
    texts = header + [b.text() for b in page.buttons.values()] + [page.back.text()]
    letters = [m for m in map(_mnemonic, texts) if m]
    assert len(letters) == len(set(letters)), sorted(letters)


# The help line ----------------------------------------------------------------------------------
@pytest.mark.parametrize("lang, words", [("en", "‘Need help?’"), ("nl", "‘Hulp nodig?’")])
def test_the_not_therapy_line_points_to_need_help_next_to_it(start_app, qtbot, lang, words):
    erfenis = start_app("--lang", lang)
    home = erfenis.window.home
    assert words in home.not_therapy.text() and "Over Erfenis" not in home.not_therapy.text()
    home.help_button.click()
    assert erfenis.window.pages.currentWidget() is erfenis.window.help_page


# Pictures ---------------------------------------------------------------------------------------
def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def _contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_every_card_has_its_own_picture_that_loads(qapp):
    from erfenis_desktop.ui.home import icons
    from erfenis_desktop.ui.home.unlocked import PICTURES

    assert set(PICTURES.values()) == set(icons.NAMES)  # one picture per kind of card, none unused
    drawn = {}
    for name in (*icons.NAMES, icons.APP):
        pixmap = icons.pixmap(name, 48, 2.0)
        assert not pixmap.isNull(), name
        image = pixmap.toImage()
        assert image.width() == 96
        drawn[name] = bytes(image.constBits())
        opaque = sum(1 for x in range(0, 96, 4) for y in range(0, 96, 4) if image.pixelColor(x, y).alpha() > 200)
        assert opaque > 400, name  # a tile, not an empty square
    assert len(set(drawn.values())) == len(drawn)  # told apart at a glance: no two alike


def test_the_pictures_work_on_light_and_dark_pages():
    """Each tile stands out on a light and on a dark card (3:1, as for any graphic), and its
    white drawing stands out on the tile."""
    light_card, dark_card, white = QColor("#fffaf4"), QColor("#2b2623"), QColor("#ffffff")
    for path in sorted((REPO / "resources" / "icons").glob("*.svg")):
        text = path.read_text(encoding="utf-8")
        tile = QColor(re.search(r'<rect [^>]*fill="(#[0-9a-fA-F]{6})"', text).group(1))
        assert _contrast(tile, light_card) >= 3 and _contrast(tile, dark_card) >= 3, path.name
        assert _contrast(tile, white) >= 4.4, path.name
        assert re.search(r"<title>[^<]+</title>", text), path.name  # says what it shows


def test_the_app_has_its_own_icon_and_it_ships_in_the_wheel(start_app):
    erfenis = start_app()
    icon = QApplication.windowIcon()
    assert not icon.isNull() and not icon.pixmap(64, 64).isNull()
    assert not erfenis.window.windowIcon().pixmap(32, 32).isNull()
    with open(REPO / "pyproject.toml", "rb") as f:
        wheel = tomllib.load(f)["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert wheel["force-include"]["resources"] == "erfenis_desktop/resources"
    from erfenis_desktop.paths import resources_dir
    from erfenis_desktop.ui.home import icons

    assert icons.icon_path(icons.APP).is_relative_to(resources_dir())
    assert (REPO / "resources" / "icons" / "erfenis.svg").is_file()


# On screen: nothing cut off, at every text size, light and dark, alone and together ------------
def _look(widget, name: str) -> None:
    folder = os.environ.get("ERFENIS_PICTURES")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("who", ["alone", "together"])
def test_the_home_fits(start_app, qtbot, lang, scheme, scale, who):
    from tests.test_exercises import _clipped

    erfenis = start_app("--demo", "--lang", lang)
    erfenis.prefs.set_text_scale(scale)
    erfenis.prefs.set_color_scheme(scheme)
    erfenis.window.resize(1000, 760)
    u = _unlock_demo(erfenis)
    if who == "alone":
        erfenis.session.couple.unlink(u)
        _back_home(erfenis)
    home = erfenis.window.home
    _settle(qtbot, home)
    _look(home, f"home-{who}-{lang}-{scheme}-{scale}")
    assert home.horizontalScrollBar().maximum() == 0
    assert _clipped(home.widget()) == []
    for card in _panel(erfenis).home.all_cards():
        assert card.height() >= card.heightForWidth(card.width()), card.key  # no line cut off
        assert card.geometry().right() <= card.parentWidget().width()
    panel = _panel(erfenis)
    panel.home.cards["profile"].click()
    page = panel.profile_page
    _settle(qtbot, page)
    _look(page, f"profile-{who}-{lang}-{scheme}-{scale}")
    assert page.horizontalScrollBar().maximum() == 0
    assert _clipped(page.widget()) == []


# The README's pictures -------------------------------------------------------------------------
def _some_progress(erfenis, u, lang):
    """The demo's Robin a little way along: the mirror done, step 1 under way, a card chosen and
    tried twice."""
    ex = _ex(erfenis)
    names = {person_key(n): n for run in ex.runs(u) for n in run.parents}
    for prompt, who in journey.facts(u, ex, lang).step1_questions[:9]:
        ex.save_writing(u, prompt, None, names.get(who, ""), "Aan tafel was het stil; mijn vader las de krant.")
    practice = _practice(erfenis)
    card = practice.deck(lang).group("naming")[0].id
    practice.choose(u, [card], lang, today=TODAY - timedelta(days=4))
    for n in (3, 1):
        when = datetime.combine(TODAY - timedelta(days=n), time(12), tzinfo=UTC)
        practice.check_in(u, CheckIn(card, when.isoformat(timespec="seconds"), used=True, before=7, after=5))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_readme_shows_the_home_screen(start_app, qtbot, lang):
    """docs/home-<lang>.png is the home screen of an open profile, in that README section.
    ERFENIS_README_PICTURES=1 makes them again (after a change to the home screen or to the
    translations)."""
    from PySide6.QtGui import QImage

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    picture = REPO / "docs" / f"home-{lang}.png"
    section = readme.split("## English")[0 if lang == "nl" else 1]
    assert f"](docs/home-{lang}.png)" in section
    if os.environ.get("ERFENIS_README_PICTURES"):
        erfenis = start_app("--demo", "--lang", lang)
        erfenis.prefs.set_text_scale(100)
        erfenis.prefs.set_color_scheme("light")
        window = erfenis.window
        window.resize(1100, 1000)
        u = _unlock_demo(erfenis)
        _some_progress(erfenis, u, lang)
        _back_home(erfenis)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is _panel(erfenis).continue_card)
        _settle(qtbot, window)
        assert window.grab().save(str(picture))
    image = QImage(str(picture))
    assert not image.isNull() and image.width() >= 1000
