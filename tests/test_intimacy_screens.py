"""The intimacy check as a person uses it (ui/intimacy/): the card on the home screen, answering
with the keys (1–7, 0 for ‘Rather not’), stopping and going on, the results with next steps
that lead to the exercises, retaking, side by side only when both shared, the conversation
guide that starts answering together, the PDF report (pdftotext), and the journal."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from erfenis_desktop.domain import intimacy as rules
from erfenis_desktop.services.intimacy import IntimacyService, Take
from erfenis_desktop.services.journal import journal
from tests.test_profile_screens import PASSWORD


def _unlocked(erfenis, name="Sam"):
    unlocked, _code = erfenis.session.vault.create(name, PASSWORD)
    erfenis.session.vault.confirm_recovery_saved(unlocked)
    erfenis.session.enter(unlocked)
    return unlocked


def _couple(erfenis, together=True):
    """Alex (unlocked, current) and Bo, linked; Bo sits here too when ``together``."""
    alex = _unlocked(erfenis, "Alex")
    bo, _code = erfenis.session.vault.create("Bo", PASSWORD + " b")
    erfenis.session.vault.confirm_recovery_saved(bo)
    erfenis.session.couple.link(alex, bo)
    if together:
        erfenis.session.enter_partner(bo)
    erfenis.window.home.profiles.update_progress()
    return alex, bo


def _service(erfenis) -> IntimacyService:
    return IntimacyService(erfenis.window.profiles.exercises, erfenis.session.couple)


def _finish(service, u, value_for, lang="en") -> Take:
    take = Take()
    for item in service.check(lang).items:
        take = service.answer(u, take, item.id, value_for(item), lang)
    return service.finish(u, take, lang)


def _open(erfenis):
    cards = erfenis.window.home.profiles.home.cards
    card = cards["intimacy"] if cards["intimacy"].isVisible() else cards["intimacy_alone"]
    card.click()
    page = erfenis.window.profiles.intimacy_page
    assert erfenis.window.pages.currentWidget() is page
    return page


def _words(widget) -> str:
    """Every text a person (or a screen reader) can find on a widget and its children."""
    out = []
    for w in [widget, *widget.findChildren(QLabel), *widget.findChildren(QPushButton)]:
        if w.isVisibleTo(widget) or w is widget:
            out += [getattr(w, "text", lambda: "")(), w.accessibleName(), w.accessibleDescription()]
    return "\n".join(t for t in out if t)


def test_the_card_is_on_my_own_alone_and_under_together_with_a_partner(start_app):
    erfenis = start_app()
    _unlocked(erfenis)
    home = erfenis.window.home.profiles.home
    assert home.cards["intimacy_alone"].isVisible() and not home.cards["intimacy"].isVisible()
    assert home.cards["intimacy_alone"].title() == "The intimacy check"
    assert "5 minutes" in home.cards["intimacy_alone"].accessibleDescription()
    erfenis.session.lock()
    erfenis2 = erfenis
    _couple(erfenis2, together=False)
    assert home.cards["intimacy"].isVisible() and not home.cards["intimacy_alone"].isVisible()


def test_answer_with_the_keys_skip_stop_and_go_on(start_app, qtbot):
    erfenis = start_app()
    sam = _unlocked(erfenis)
    page = _open(erfenis)
    answer = page.answer
    assert answer.stages.currentWidget() is answer.intro_page
    assert "about 5 minutes" in answer.intro.text()
    answer.start_button.click()
    items = _service(erfenis).check("en").items
    assert answer.question.text() == items[0].text
    assert answer.progress.format() == f"Statement 1 of {len(items)} · about 5 minutes in all"
    assert answer.skip_button.text() == "Rather not" and answer.skip_button.isVisible()
    qtbot.keyClick(answer, Qt.Key.Key_6)
    qtbot.keyClick(answer, Qt.Key.Key_0)  # ‘Rather not’
    assert answer.question.text() == items[2].text
    answer.stop_button.click()  # kept; back home
    assert erfenis.window.pages.currentWidget() is not page
    kept = _service(erfenis).open_take(sam)
    assert kept.answers == {items[0].id: 6, items[1].id: rules.SKIP}
    page = _open(erfenis)
    assert page.answer.question.text() == items[2].text  # goes on where it stopped
    qtbot.keyClick(page.answer, Qt.Key.Key_Left)
    assert page.answer.skip_button.isChecked()  # the skip is shown as given
    qtbot.keyClick(page.answer, Qt.Key.Key_Right)
    for _item in items[2:]:
        qtbot.keyClick(page.answer, Qt.Key.Key_5)
    assert page.stack.currentWidget() is page.results
    [done] = _service(erfenis).finished(sam)
    assert done.answers[items[0].id] == 6 and done.answers[items[-1].id] == 5


def test_results_say_per_area_what_it_means_and_the_next_steps(start_app):
    erfenis = start_app()
    sam = _unlocked(erfenis)
    service = _service(erfenis)
    safety = {i.id for i in service.check("en").area("safety").items}
    _finish(service, sam, lambda item: rules.SKIP if item.id in safety else (1 if item.reverse else 7))
    page = _open(erfenis)
    results = page.results
    assert page.stack.currentWidget() is results
    shown = _words(results)
    check = service.check("en")
    for area in check.areas[:-1]:
        assert area.name in shown and area.meaning in shown
        assert "100 / 100 · a strength" in shown
        for step in area.steps[rules.STRENGTH]:
            assert f"– {step.text}" in shown
        for step in area.steps[rules.GROW]:
            assert step.text not in shown  # only the band's own steps
    assert "Emotional closeness: 100 / 100, a strength" in results.chart.accessibleDescription()
    assert "Safety and vulnerability: not enough answers" in results.chart.accessibleDescription()
    assert erfenis.prefs.text("intimacy", "results.not_enough_explain") in shown
    for contact in erfenis.prefs.text("intimacy", "help.contacts"):  # where to find help, on the page
        assert contact["name"] in shown
    assert "0800-2000" in shown and "113" in shown and "NVVS" in shown
    assert not results.share.isVisible()  # no partner: nothing to share with


def test_a_next_step_leads_to_its_exercise(start_app):
    erfenis = start_app()
    sam = _unlocked(erfenis)
    _finish(_service(erfenis), sam, lambda item: 7 if item.reverse else 1)  # room to grow everywhere
    page = _open(erfenis)
    labels = [b.text() for b in page.results.link_buttons]
    assert "Step 2 card: Tell me more" in labels and "Mapping our loop" in labels
    next(b for b in page.results.link_buttons if b.text() == "Step 2 card: Tell me more").click()
    assert erfenis.window.pages.currentWidget() is erfenis.window.profiles.practice_page
    page = _open(erfenis)
    next(b for b in page.results.link_buttons if b.text() == "Mapping our loop").click()
    assert erfenis.window.pages.currentWidget() is erfenis.window.profiles.cycle_page


def test_retake_keeps_the_earlier_result_and_compares_per_area(start_app, qtbot):
    erfenis = start_app()
    sam = _unlocked(erfenis)
    _finish(_service(erfenis), sam, lambda item: 4)
    page = _open(erfenis)
    page.results.retake.click()
    assert page.stack.currentWidget() is page.answer and page.answer.stages.currentWidget() is page.answer.intro_page
    page.answer.start_button.click()
    for _item in _service(erfenis).check("en").items:
        page.answer.answer(1)  # reverse items then count as 7, the others as 1
    results = page.results
    assert page.stack.currentWidget() is results and results.compare.isEnabled()
    results.compare.setCurrentIndex(1)
    assert "earlier (" in results.chart.accessibleDescription()
    # Closeness: three forward items answered 1 and one reverse item answered 1 (counts as 7):
    # 25 now, 50 the earlier time.
    qtbot.waitUntil(lambda: "25 points lower now" in _words(results))
    assert "Emotional closeness: 25 / 100, room to grow, earlier (" in results.chart.accessibleDescription()


def test_side_by_side_only_when_both_chose_to_share(start_app, qtbot):
    erfenis = start_app()
    alex, bo = _couple(erfenis)
    service = _service(erfenis)
    _finish(service, alex, lambda item: 1 if item.reverse else 7)
    _finish(service, bo, lambda item: 4 if item.id.startswith("touch") else (1 if item.reverse else 7))
    page = _open(erfenis)
    results = page.results
    assert results.share.isVisible() and results.share.text() == "Sh&are with my partner"
    results.compare_button.click()
    compare = page.compare
    assert page.stack.currentWidget() is compare
    assert not compare.mirror.isVisible() and compare.why.text() == erfenis.prefs.text(
        "intimacy", "compare.own_not_shared")
    assert "Bo" not in _words(compare) and "50 / 100" not in _words(compare)
    compare.back.click()
    results.share.click()  # Alex chooses to share
    assert results.share.text() == "Stop sh&aring"
    results.compare_button.click()
    assert not compare.mirror.isVisible() and compare.why.text().startswith("Bo has not shared")
    assert "/ 100" not in _words(compare)  # nothing of Bo, not even Bo's scores
    service.share(bo, service.finished(bo)[-1])  # Bo chooses too
    compare.open()
    assert compare.mirror.isVisible()
    assert "Touch and tenderness: Alex 100 / 100, Bo 50 / 100" in compare.mirror.accessibleDescription()
    assert compare.biggest.text() == "You differ most on ‘Touch and tenderness’."
    qtbot.waitUntil(lambda: service.check("en").area("touch").talk in _words(compare))
    words = _words(compare)
    prompt = service.check("en").area("touch").prompt
    from erfenis_desktop.services.together import Together

    assert Together(erfenis.session.couple, erfenis.window.profiles.exercises).prompt("en", prompt).question in words
    for line in erfenis.prefs.text("intimacy", "compare.guide"):
        assert line in words
    # The conversation: answered together with lock-in and reveal, on the area's own question.
    compare.together_button.click()
    together = erfenis.window.profiles.together_page
    assert erfenis.window.pages.currentWidget() is together
    assert together.prompt.id == service.check("en").area("touch").prompt
    # Bo stops sharing: Alex sees nothing of Bo any more.
    service.unshare(bo, service.finished(bo)[-1])
    page = _open(erfenis)
    page.results.compare_button.click()
    assert not page.compare.mirror.isVisible() and "/ 100" not in _words(page.compare)


def _flat(text: str) -> str:
    """Compatibility forms taken apart (the PDF's ﬁ and …), in one line."""
    import unicodedata

    return " ".join(unicodedata.normalize("NFKC", text).split())


def _pdf_text(path: Path) -> str:
    return _flat(subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                                text=True).stdout)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_report_holds_every_area_and_its_next_steps(start_app, dialogs, tmp_path, lang):
    erfenis = start_app(lang=lang)
    sam = _unlocked(erfenis, "Sam")
    service = _service(erfenis)
    bands = {"closeness": 1, "touch": 4, "talking": 7, "desire": 1, "play": 4, "safety": 7}
    _finish(service, sam, lambda item: (8 - bands[item.area]) if item.reverse else bands[item.area], lang)
    page = _open(erfenis)
    target = tmp_path / "report.pdf"
    dialogs.answer("ask", "save")
    dialogs.answer("save_file", target)
    page.results.pdf_button.click()
    asked = dialogs.log[-2]
    assert "Once the file is saved" in asked.text or "niet meer beschermen" in asked.text
    text = _pdf_text(target)
    texts = erfenis.prefs
    assert texts.text("intimacy", "report.title") in text and "Sam" in text
    result = service.result(service.finished(sam)[-1], lang)
    for area in service.check(lang).areas:
        assert _flat(area.name) in text and _flat(area.meaning) in text
        for step in area.steps[result[area.id].band]:
            assert _flat(step.text) in text, (area.id, step.text)
    assert texts.text("intimacy", "help.title") in text
    assert "0800-2000" in text and "NVVS" in text
    assert (tmp_path / "report.pdf").stat().st_size > 0


def test_the_journal_lists_the_results_as_text(start_app):
    erfenis = start_app()
    sam = _unlocked(erfenis)
    _finish(_service(erfenis), sam, lambda item: 4)
    entries, _damaged = journal(erfenis.window.profiles.exercises, sam, "en")
    [entry] = [e for e in entries if e.kind == "intimacy"]
    assert "Emotional closeness: 50 / 100, in between" in entry.text
    erfenis.window.home.profiles.exercise_buttons["journal"].click()
    page = erfenis.window.profiles.journal_page
    labels = [page.list.text(i) for i in range(page.list.count())]
    assert any("Intimacy check results" in label for label in labels)


def test_locking_clears_the_page(start_app):
    erfenis = start_app()
    sam = _unlocked(erfenis)
    _finish(_service(erfenis), sam, lambda item: 4)
    page = _open(erfenis)
    assert "50 / 100" in _words(page.results)
    erfenis.session.lock()
    assert "/ 100" not in _words(page) and page.results.takes == []


def test_what_we_shared_names_the_check_and_shows_the_results(start_app, qtbot):
    erfenis = start_app()
    alex, bo = _couple(erfenis)
    service = _service(erfenis)
    service.share(bo, _finish(service, bo, lambda item: 4))
    erfenis.window.profiles.show_exercise("timeline")
    timeline = erfenis.window.profiles.timeline_page
    qtbot.waitUntil(lambda: "Touch and tenderness: 50 / 100, in between" in _words(timeline))
    assert "The intimacy check" in _words(timeline)


def test_every_control_is_named_and_the_alt_letters_are_unique(start_app):
    from PySide6.QtWidgets import QAbstractButton

    from tests.test_accessibility import _interactive, _mnemonic

    erfenis = start_app()
    alex, bo = _couple(erfenis)
    service = _service(erfenis)
    for u in (alex, bo):
        service.share(u, _finish(service, u, lambda item, u=u: 2 if item.area == "touch" and u is bo else 6))
    _finish(service, alex, lambda item: 5)  # a second time, to compare with
    service.share(alex, service.finished(alex)[-1])
    window = erfenis.window
    header = [window.nav_home.text(), window.nav_settings.text(), window.nav_about.text(),
              window.file_menu.title(), window.help_menu.title(), window.lock_button.text()]
    page = _open(erfenis)
    screens = []
    page.show_results()
    screens.append(page.results)
    page.show_compare()
    screens.append(page.compare)
    page.retake()
    screens.append(page.answer)
    page.answer.start_button.click()
    screens.append(page.answer)
    for screen in screens:
        widgets = [w for w in _interactive(screen) if w.isVisibleTo(screen)]
        assert widgets and [w for w in widgets if not w.accessibleName().strip()] == []
        texts = [w.text() for w in screen.findChildren(QAbstractButton) if w.isVisibleTo(screen)]
        texts += [w.text() for w in screen.findChildren(QLabel) if w.isVisibleTo(screen) and w.buddy()]
        letters = [m for m in map(_mnemonic, header + texts) if m]
        assert len(letters) == len(set(letters)), sorted(letters)


def test_answering_together_without_the_partner_here_leads_to_together_first(start_app, qtbot):
    erfenis = start_app()
    alex, bo = _couple(erfenis, together=False)
    service = _service(erfenis)
    for u in (alex, bo):
        service.share(u, _finish(service, u, lambda item, u=u: 2 if item.area == "play" and u is bo else 6))
    page = _open(erfenis)
    page.show_compare()
    qtbot.waitUntil(lambda: "Bo unlocks their own profile next to yours first, under Together." in _words(page.compare))
    page.compare.together_button.click()
    assert erfenis.window.pages.currentWidget() is erfenis.window.profiles.couple_page
