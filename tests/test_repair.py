"""“Na een botsing” (after a clash): the steps built from both partners' SHARED loop words, the
way out at every step, privately kept writing, locking, and a partner who shared no loop map."""

from __future__ import annotations

import json
import os

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from erfenis_desktop.domain import repair
from erfenis_desktop.domain.dans import Side
from erfenis_desktop.services.content import load_content
from erfenis_desktop.services.dans import CYCLE_MAP, DansService
from erfenis_desktop.services.practice import REPAIR, Practice
from erfenis_desktop.services.vault import ProfileError
from tests.storage_helpers import files_holding
from tests.test_profile_screens import texts_everywhere, unlock
from tests.test_together import OTHER, _linked_and_together

CONTENT = load_content().texts

ALEX_LOOP = {"trigger": "Bo kijkt niet op van de laptop.", "meaning": "Ik doe er niet toe.",
             "surface": "geïrriteerd", "underneath": "eenzaam en bang", "move": "pursue_louder",
             "move_text": "Ik vraag het nog eens, harder.", "need": "Dat Bo even opkijkt.", "fear": "Ik word vergeten."}
BO_LOOP = {"trigger": "Alex zucht hard in de gang.", "meaning": "Ik doe het weer fout.", "surface": "niets",
           "underneath": "beschaamd", "move": "withdraw_quiet", "move_text": "Ik word stil en ga de tuin in.",
           "need": "Even adem, en dan samen eten.", "fear": "Ik word opgeslokt."}


def _texts(lang: str = "en"):
    return CONTENT[lang]["practice"]["repair"]


def _side(name: str, **cycle: str) -> Side:
    return Side(name, cycle=cycle)


# The steps as a pure function -------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_six_steps_quote_both_partners_own_words_in_the_order_of_the_conversation(lang):
    a = _side("Alex", trigger="Bo kijkt niet op.", move="Ik vraag het harder!", underneath="eenzaam…",
              need="Dat Bo opkijkt.")
    b = _side("Bo", trigger="Alex zucht.", move="Ik word stil.", underneath="beschaamd", need="Even adem.")
    card = repair.ListeningCard("Vertel me meer", "Vertel me meer.", "Je maakt ruimte.")
    steps = repair.steps(a, b, _texts(lang), card)
    assert [s.key for s in steps] == list(repair.KEYS) == ["happened", "moves", "underneath", "listen", "needs",
                                                          "repair"]
    by_key = {s.key: s for s in steps}
    for key, field in repair.QUOTES.items():
        body = by_key[key].body
        for side in (a, b):
            assert repair.words(side, field) in body
            assert body.index(repair.words(a, field)) < body.index(repair.words(b, field))  # who opened it first
    assert "Ik vraag het harder’" in by_key["moves"].body  # the closing "!" goes: the words stand in quotes
    assert "‘Vertel me meer.’" in by_key["listen"].body and "Je maakt ruimte." in by_key["listen"].body
    for example in _texts(lang)["repair"]["examples"]:
        assert example in by_key["repair"].body
    for step in steps:
        assert step.title and step.body and step.way_out  # the way out at every step
        assert step.prompts  # each may write something of their own
        assert "{" not in step.body + step.title + step.way_out


@pytest.mark.parametrize("a_cycle, b_cycle, said_missing", [
    ({}, {}, ["Alex", "Bo"]),  # both shared a map, and left everything empty
    ({"trigger": "x"}, {}, ["Bo"]),
    ({}, {"trigger": "  "}, ["Alex", "Bo"]),  # blanks are nothing
    ({"trigger": "x"}, {"trigger": "y"}, []),
    ({"trigger": "..."}, {"trigger": "y"}, ["Alex"]),  # only punctuation: nothing written
])
def test_a_field_left_empty_is_said_to_be_not_shared_never_guessed(a_cycle, b_cycle, said_missing):
    texts = _texts("en")
    body = repair.steps(_side("Alex", **a_cycle), _side("Bo", **b_cycle), texts)[0].body
    for name in ("Alex", "Bo"):
        assert (repair.fill(texts["not_shared"], name=name) in body) == (name in said_missing)


@pytest.mark.parametrize("has, expected", [
    ((True, True), []),
    ((False, True), ["Alex"]),
    ((True, False), ["Bo"]),
    ((False, False), ["Alex", "Bo"]),
])
def test_who_shared_no_loop_map_is_named_one_by_one(has, expected):
    template = "{name} has not shared a loop yet."
    said = repair.missing(["Alex", "Bo"], has, template)
    assert said == "\n\n".join(f"{n} has not shared a loop yet." for n in expected)


def test_names_and_words_that_look_like_placeholders_stay_as_typed():
    a = _side("{words}", trigger="{name}", move="%1")
    b = _side("{partner}", trigger="<b>vet</b>")
    body = repair.steps(a, b, _texts("en"))[0].body
    assert "‘{name}’" in body and "‘<b>vet</b>’" in body and "{partner}" in body


@pytest.mark.parametrize("step, index, key", [("needs", 0, "needs"), ("needs", 1, "needs.2"), ("repair", 2, "repair.3")])
def test_where_an_answer_is_kept(step, index, key):
    assert repair.answer_key(step, index) == key


# Through the service: only what was shared -------------------------------------------------

def _share_loops(erfenis, alex_loop=ALEX_LOOP, bo_loop=BO_LOOP):
    """Each partner fills in and shares a loop map (as ‘Mapping our loop’ does)."""
    couple = erfenis.session.couple
    for u, loop in ((erfenis.session.current, alex_loop), (erfenis.session.partner, bo_loop)):
        if loop is not None:
            couple.share(u, DansService.save(u, CYCLE_MAP, loop))


def test_the_conversation_holds_both_shared_loops_and_never_a_private_one(start_app, qtbot):
    erfenis = start_app()
    _linked_and_together(erfenis, qtbot)
    _share_loops(erfenis)
    alex, bo = erfenis.session.current, erfenis.session.partner
    secret = "geheim-" + os.urandom(4).hex()
    DansService.save(bo, CYCLE_MAP, {**BO_LOOP, "trigger": secret, "need": secret})  # newer, never shared
    DansService.save(alex, CYCLE_MAP, {**ALEX_LOOP, "underneath": secret})
    practice = Practice(erfenis.window.profiles.exercises, erfenis.session.couple)
    for reader in (alex, bo):
        steps = practice.repair_steps(reader, "en")
        whole = "\n".join(s.title + s.body + s.way_out + "".join(s.prompts) for s in steps)
        assert secret not in whole
        for words in ("Bo kijkt niet op van de laptop", "Alex zucht hard in de gang", "Ik vraag het nog eens, harder",
                      "Ik word stil en ga de tuin in", "eenzaam en bang", "beschaamd", "Dat Bo even opkijkt",
                      "Even adem, en dan samen eten"):
            assert words in whole
        assert "Ik word opgeslokt" not in whole and "Ik doe er niet toe" not in whole  # not asked for here


def test_without_a_link_there_is_no_conversation(start_app, qtbot):
    from tests.test_profile_screens import make_profile

    erfenis = start_app()
    make_profile(erfenis, qtbot, "Alex")
    with pytest.raises(ProfileError) as raised:
        Practice(erfenis.window.profiles.exercises, erfenis.session.couple).repair_steps(erfenis.session.current, "en")
    assert raised.value.code == "no_couple"


def test_what_each_writes_is_kept_as_their_own_private_item_and_saved_again_in_place(start_app, qtbot, data_dir):
    erfenis = start_app()
    _linked_and_together(erfenis, qtbot)
    alex = erfenis.session.current
    practice = Practice(erfenis.window.profiles.exercises, erfenis.session.couple)
    canary = "zwaluw-" + os.urandom(6).hex()
    first = practice.save_repair(alex, "s1", {"needs": canary, "repair": "  "})
    again = practice.save_repair(alex, "s1", {"needs": canary + " en meer"})
    assert first == again and len(alex.texts(REPAIR)) == 1
    data = json.loads(alex.read_text(first).text)
    assert data["session"] == "s1" and data["answers"] == {"needs": canary + " en meer"}
    assert erfenis.session.couple.shared(alex)[0] == []  # private: nothing reaches the shared space
    assert files_holding(data_dir, canary.encode()) == []
    with pytest.raises(ProfileError) as raised:
        practice.save_repair(alex, "s2", {"needs": "   "})
    assert raised.value.code == "empty"


# Through the screens ------------------------------------------------------------------------

def test_a_couple_goes_through_every_step_in_their_own_words_and_writes_privately(start_app, qtbot, data_dir):
    erfenis = start_app()
    flow, couple_page = _linked_and_together(erfenis, qtbot)
    _share_loops(erfenis)
    couple_page.repair_button.click()
    page = flow.repair_page
    assert page.stack.currentWidget() is page.start_view and _texts()["intro"] in page.intro.text()
    page.begin_button.click()
    canaries = ["kraai-" + os.urandom(5).hex(), "mees-" + os.urandom(5).hex()]
    seen = []
    for i, step in enumerate(page.steps):
        assert page.stack.currentWidget() is page.step_view and page.stop_button.isVisible()
        assert page.step_title.text() == step.title and page.way_out.text() == step.way_out
        seen.append(page.step_text.text())
        if step.key == "needs":
            alex_field, bo_field = page.fields[i][:2]
            assert (alex_field.owner, bo_field.owner) == (0, 1)
            alex_field.setPlainText(canaries[0])
            bo_field.setPlainText(canaries[1])
        page.next_button.click()
    assert "Dat Bo even opkijkt" in "\n".join(seen) and "Ik word stil en ga de tuin in" in "\n".join(seen)
    assert page.stack.currentWidget() is page.end_view and page.end_kind == "done"
    shown = texts_everywhere(erfenis.window)
    assert not any(c in shown for c in canaries)  # kept, and gone from the screen
    alex, bo = erfenis.session.current, erfenis.session.partner
    assert canaries[0] in alex.texts(REPAIR)[0].text and canaries[1] not in alex.texts(REPAIR)[0].text
    assert canaries[1] in bo.texts(REPAIR)[0].text and canaries[0] not in bo.texts(REPAIR)[0].text
    for canary in canaries:
        assert files_holding(data_dir, canary.encode()) == []
    page.end_back.click()
    assert flow.pages.currentWidget() is couple_page


@pytest.mark.parametrize("at", range(6))
@pytest.mark.parametrize("how", ["button", "escape"])
def test_the_conversation_can_be_left_at_every_step(start_app, qtbot, at, how):
    from PySide6.QtWidgets import QApplication

    erfenis = start_app()
    flow, couple_page = _linked_and_together(erfenis, qtbot)
    _share_loops(erfenis)
    couple_page.repair_button.click()
    page = flow.repair_page
    page.begin_button.click()
    for _ in range(at):
        qtbot.keyClick(page, Qt.Key.Key_Right)  # the arrow keys go through the steps
    assert page.index == at and page.stop_button.isVisible() and page.stop_button.isEnabled()
    assert page.way_out.text() == page.steps[at].way_out
    written = "stopwoord-" + os.urandom(4).hex()
    field = page.fields[at][0]  # every step lets each write something
    field.setPlainText(written)
    if how == "button":
        page.stop_button.click()
    else:
        field.setFocus()
        qtbot.keyClick(QApplication.focusWidget() or field, Qt.Key.Key_Escape)  # Escape leaves, also from a field
    assert page.stack.currentWidget() is page.end_view and page.end_kind == "stopped"
    assert page.end_text.text() == _texts()["stopped_body"] and written not in texts_everywhere(erfenis.window)
    assert [written in t.text for t in erfenis.session.current.texts(REPAIR)] == [True]  # kept, privately
    page.end_back.click()
    assert flow.pages.currentWidget() is couple_page and not page.active


def test_locking_clears_the_conversation_at_once_and_keeps_what_was_written(start_app, qtbot, data_dir):
    erfenis = start_app()
    flow, couple_page = _linked_and_together(erfenis, qtbot)
    _share_loops(erfenis)
    couple_page.repair_button.click()
    page = flow.repair_page
    page.begin_button.click()
    page.go(4)  # what each needs now
    words = "merel-" + os.urandom(5).hex()
    page.fields[4][1].setPlainText(words)  # Bo's field
    window = erfenis.window
    assert words in texts_everywhere(window) and "Even adem, en dan samen eten" in texts_everywhere(window)
    erfenis.session.lock()  # both profiles
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    shown = texts_everywhere(window)
    for private in (words, "Even adem, en dan samen eten", "Dat Bo even opkijkt", "eenzaam en bang"):
        assert private not in shown
    assert not page.active and page.steps == [] and page.fields == []
    assert erfenis.session.current is None and erfenis.session.partner is None
    assert files_holding(data_dir, words.encode()) == []
    unlock(erfenis, qtbot, name="Bo", password=OTHER)  # kept as Bo's own private text
    assert any(words in t.text for t in erfenis.session.current.texts(REPAIR))


@pytest.mark.parametrize("who", ["partner", "me", "both"])
def test_without_a_shared_loop_map_the_couple_hears_kindly_what_to_do(start_app, qtbot, who):
    erfenis = start_app()
    flow, couple_page = _linked_and_together(erfenis, qtbot)
    bo = erfenis.session.partner
    # Bo did fill in a loop map, privately: it is never used or guessed from.
    DansService.save(bo, CYCLE_MAP, BO_LOOP)
    _share_loops(erfenis, None if who in ("me", "both") else ALEX_LOOP, None if who in ("partner", "both") else BO_LOOP)
    couple_page.repair_button.click()
    page = flow.repair_page
    assert page.stack.currentWidget() is page.end_view and page.end_kind == "missing"
    missing_names = {"partner": ["Bo"], "me": ["Alex"], "both": ["Alex", "Bo"]}[who]
    text = page.end_text.text()
    for name in ("Alex", "Bo"):
        assert (f"{name} has not shared a loop yet" in text) == (name in missing_names)
    assert "Mapping our loop" in text
    if who == "partner":
        assert "Bo kijkt" not in texts_everywhere(erfenis.window) and "tuin" not in texts_everywhere(erfenis.window)
    assert page.loop_button.isVisible() and page.end_back.isVisible()
    page.loop_button.click()  # to ‘Mapping our loop’, to fill it in and share it
    assert flow.pages.currentWidget() is flow.cycle_page and not page.active


# Pictures ------------------------------------------------------------------------------------

def _unlock_demo_couple(erfenis):
    """Both demo partners at the computer (their loops are shared in the demo)."""
    vault = erfenis.session.vault
    a, b = (vault.unlock(p.uuid, erfenis.session.demo_passwords[p.uuid])[0] for p in vault.profiles()[:2])
    erfenis.session.enter(a)
    erfenis.session.enter_partner(b)
    erfenis.window.profiles.show_exercise("together")


def picture(qtbot, root, target, name: str) -> None:
    """Laid out, nothing clipped, no sideways scrolling; saved as ``name``.png in ``target``
    (or in $ERFENIS_SHOTS, to look at)."""
    from pathlib import Path

    from PySide6.QtWidgets import QScrollArea

    from tests.test_exercises import _clipped, wait_for_layout

    wait_for_layout(qtbot, root)
    folder = Path(os.environ.get("ERFENIS_SHOTS") or target)
    folder.mkdir(parents=True, exist_ok=True)
    assert root.grab().save(str(folder / f"{name}.png"))
    areas = [a for a in [root] * isinstance(root, QScrollArea) + root.findChildren(QScrollArea) if a.isVisibleTo(root)
             or a is root]
    for i, area in enumerate(a for a in areas if a.verticalScrollBar().maximum() > 0):
        assert area.widget().grab().save(str(folder / f"{name}-whole{i or ''}.png"))  # all of it, scrolled or not
    assert _clipped(root) == [], name
    for area in areas:
        assert area.horizontalScrollBar().maximum() == 0, name


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_repair_screens_fit_at_every_text_size_in_both_languages(start_app, qtbot, tmp_path, lang, scale, scheme):
    erfenis = start_app("--demo", "--lang", lang)
    erfenis.prefs.set_text_scale(scale)
    erfenis.prefs.set_color_scheme(scheme)
    erfenis.window.resize(1000, 760)
    _unlock_demo_couple(erfenis)
    flow = erfenis.window.profiles
    tag = f"{lang}-{scale}-{scheme}"
    picture(qtbot, flow.couple_page, tmp_path, f"repair-choice-{tag}")
    flow.couple_page.repair_button.click()
    page = flow.repair_page
    picture(qtbot, page, tmp_path, f"repair-start-{tag}")
    page.begin_button.click()
    for i, step in enumerate(page.steps):
        if page.fields[i]:
            page.fields[i][0].setPlainText("Ik merk dat ik me onrustig voel, en ik wil niet weglopen.")
        picture(qtbot, page, tmp_path, f"repair-step{i + 1}-{step.key}-{tag}")
        page.next_button.click()
    picture(qtbot, page, tmp_path, f"repair-done-{tag}")
    page.end_back.click()
    couple = erfenis.session.couple
    partner = erfenis.session.partner
    for item in couple.shared(partner)[0]:  # the partner takes back the shared loop
        if item.owner_uuid == partner.profile.uuid and item.kind == CYCLE_MAP:
            couple.unshare(partner, item.uuid)
    flow.couple_page.repair_button.click()
    assert page.end_kind == "missing"
    picture(qtbot, page, tmp_path, f"repair-missing-{tag}")


def test_on_a_full_disk_stopping_keeps_the_text_on_screen_says_why_and_works_once_there_is_room(start_app, qtbot):
    from tests.test_storage_faults import FULL, KEPT, disk_full, disk_room, long_text

    erfenis = start_app()
    flow, couple_page = _linked_and_together(erfenis, qtbot)
    _share_loops(erfenis)
    couple_page.repair_button.click()
    page = flow.repair_page
    page.begin_button.click()
    words = long_text()
    page.fields[0][0].setPlainText(words)
    disk_full(erfenis)
    page.stop_button.click()
    assert page.stack.currentWidget() is page.step_view  # not gone: the text is not kept yet
    assert FULL in page.message.text() and KEPT in page.message.text()
    assert page.fields[0][0].toPlainText() == words
    disk_room(erfenis)
    page.stop_button.click()
    assert page.end_kind == "stopped" and words in erfenis.session.current.texts(REPAIR)[0].text


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_repair_screen_is_named_for_screen_readers_and_alt_letters_are_unique(start_app, qtbot, lang):
    from tests.test_together import _check_letters_and_names

    erfenis = start_app("--lang", lang)
    flow, couple_page = _linked_and_together(erfenis, qtbot)
    _share_loops(erfenis)
    window = erfenis.window
    header = [window.nav_home.text(), window.nav_settings.text(), window.nav_about.text(),
              window.file_menu.title(), window.help_menu.title(), window.lock_button.text()]
    couple_page.repair_button.click()
    page = flow.repair_page
    _check_letters_and_names(header, page)  # before the first step
    page.begin_button.click()
    for _step in page.steps:
        _check_letters_and_names(header, page)  # each step, with the bar at the bottom
        assert page.stop_button.accessibleName() and page.stop_button.isVisibleTo(page)
        page.next_button.click()
    _check_letters_and_names(header, page)  # the end
