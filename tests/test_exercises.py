"""The pattern mirror, step 1 and the journal, as a person uses them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from tests.test_profile_screens import PASSWORD, make_profile, unlock


def open_pattern_check(erfenis):
    erfenis.window.home.profiles.exercise_buttons["pattern"].click()
    return erfenis.window.profiles.pattern_page


def test_pattern_check_saves_every_answer_and_resumes_after_a_restart(start_app, qtbot, data_dir):
    erfenis = start_app()
    make_profile(erfenis, qtbot)
    page = open_pattern_check(erfenis)
    assert page.stages.currentWidget() is page.parents_page
    page.suggestion_buttons[0].click()  # e.g. "mother"
    page.parent_name.setText("oma Riet")
    page.add_parent.click()
    assert page.parents() == [page.suggestion_buttons[0].text(), "oma Riet"]
    page.start_button.click()
    for value in (5, 6, 7):
        qtbot.keyClick(page, Qt.Key.Key_0 + value)  # keys 1–7 answer and go on
    assert page.index == 3
    qtbot.keyClick(page, Qt.Key.Key_Left)
    assert page.index == 2 and page.choice.checkedId() == 7
    first_question = page.question.text()

    erfenis.window.close()  # quit mid-way …
    erfenis.shutdown()
    again = start_app()  # … and start again
    unlock(again, qtbot)
    page = open_pattern_check(again)
    assert page.stages.currentWidget() is page.question_page
    assert page.index == 3  # the first question without an answer
    assert page.run.parents[1] == "oma Riet"
    assert sorted(page.run.answers.values()) == [5, 6, 7]
    qtbot.keyClick(page, Qt.Key.Key_Left)  # the last answer before quitting is there, on its question
    assert page.index == 2 and page.choice.checkedId() == 7 and page.question.text() == first_question


def test_finishing_shows_results_with_bars_for_each_parent_figure(start_app, qtbot):
    erfenis = start_app()
    make_profile(erfenis, qtbot)
    page = open_pattern_check(erfenis)
    page.parent_name.setText("mam")
    page.add_parent.click()
    page.start_button.click()
    total = len(page._questions())
    for _i in range(total):
        item = page._questions()[page.index].item
        page.answer((1 if item.reverse else 7) if item.scale == "absent" else 4)  # the absent pattern, clearly
    results = erfenis.window.profiles.results_page
    assert erfenis.window.pages.currentWidget() is results
    titles = [label.text() for label, _bars in results.sections]
    assert titles[0] == "mam"
    bars = results.sections[0][1]
    absent = dict((label, value) for label, value, _ in bars.rows)
    assert max(v for v in absent.values() if v is not None) > 6
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QLabel

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # only what is on screen now
    explained = [w.text() for w in results.explain_host[0].findChildren(QLabel)]
    assert "The absent parent" in explained  # it stands out, so it is explained
    for calm in ("The overprotective parent", "The reaction trap"):  # at 4 of 7: not explained
        assert calm not in explained
    assert not [t for t in explained if "No pattern stands out" in t]
    assert erfenis.window.profiles.exercises.finished_runs(erfenis.session.current)


def test_step_one_autosaves_nudges_and_survives_a_killed_process(tmp_path, qtbot):
    """A draft typed and then the process killed: it is there after a restart."""
    data = tmp_path / "data"
    script = f"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {str(os.getcwd())!r})
import keyring.core
from tests.vault.memory_keyring import FailingKeyring
keyring.core._keyring_backend = FailingKeyring()  # no device key, so the test can reopen the profile
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QTimer
from erfenis_desktop.app import Erfenis
from erfenis_desktop.cli import parse_args
from erfenis_desktop.ui.common.dialogs import Dialogs
from erfenis_desktop.vault.kdf import FastTestKdf
app = QApplication([])
e = Erfenis(app, parse_args(["--data-dir", {str(data)!r}, "--lang", "nl"]), Dialogs(responder=lambda r: None), kdf=FastTestKdf())
e.start()
unlocked, code = e.session.vault.create("Sam", {PASSWORD!r})
e.session.vault.confirm_recovery_saved(unlocked)
e.session.enter(unlocked)
flow = e.window.profiles
flow.show_exercise("step1")
flow.step_one_page.editor.insertPlainText("Mijn vader zat aan tafel achter de krant en zei niets.")
def die():
    os._exit(9)  # killed, no clean shutdown
QTimer.singleShot(int({4.5} * 1000), die)
app.exec()
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert result.returncode == 9, result.stderr[-2000:]
    from erfenis_desktop.services.exercises import Exercises
    from erfenis_desktop.services.vault import VaultService
    from erfenis_desktop.storage.database import open_database
    from erfenis_desktop.vault.kdf import FastTestKdf
    from tests.vault.memory_keyring import FailingKeyring

    db = open_database(data)
    vault = VaultService(db, kdf=FastTestKdf(), keyring_backend=FailingKeyring())
    unlocked, _ = vault.unlock(vault.profiles()[0].uuid, PASSWORD)
    written = list(Exercises.writings(unlocked).values())
    assert [w.text for w in written] == ["Mijn vader zat aan tafel achter de krant en zei niets."]
    db.close()


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_alt_letters_are_unique_on_the_exercise_screens(start_app, qtbot, lang):
    from tests.test_accessibility import _mnemonic

    erfenis = start_app("--lang", lang)
    make_profile(erfenis, qtbot)
    w = erfenis.window
    header = [w.nav_home.text(), w.nav_settings.text(), w.nav_about.text(), w.lock_button.text(),
              w.file_menu.title(), w.help_menu.title()]
    f = w.profiles
    screens = {
        "home": [b.text() for b in w.home.profiles.exercise_buttons.values()] + [w.home.profiles.notes_button.text()],
        "parents": [f.pattern_page.add_parent.text(), f.pattern_page.remove_parent.text(),
                    f.pattern_page.start_button.text()],
        "question": [f.pattern_page.back_button.text(), f.pattern_page.next_button.text()],
        "results": [f.results_page.step_one.text(), f.results_page.retake.text(), f.results_page.back.text(),
                    f.results_page.compare_label.text()],
        "step1": [f.step_one_page.prev_button.text(), f.step_one_page.next_button.text(), f.step_one_page.back.text(),
                  f.step_one_page.to_pattern.text()],
        "journal": [f.journal_page.export.text(), f.journal_page.back.text()],
        "help": [w.help_page.back.text()],
    }
    for name, texts in screens.items():
        letters = [_mnemonic(t) for t in header + texts if _mnemonic(t)]
        assert len(letters) == len(set(letters)), (name, list(zip(header + texts, letters)))


def test_journal_search_and_pdf_export_hold_only_own_writing(start_app, qtbot, dialogs, tmp_path):
    erfenis = start_app()
    make_profile(erfenis, qtbot, name="Sam")
    erfenis.session.current.save_text("note", "De zwaluw kwam elk voorjaar terug, zei mijn opa.")
    erfenis.session.current.save_text("note", "Iets heel anders.")
    erfenis.session.lock()
    make_profile(erfenis, qtbot, name="Robin", password=PASSWORD + "!")
    erfenis.session.current.save_text("note", "Robins eigen geheim: zwaluw.")
    erfenis.session.lock()
    unlock(erfenis, qtbot, name="Sam")
    erfenis.window.home.profiles.exercise_buttons["journal"].click()
    journal = erfenis.window.profiles.journal_page
    assert journal.list.count() == 2
    journal.search.setText("ZWALUW")
    assert journal.list.count() == 1 and "zwaluw" in journal.list.text(0).lower()
    target = tmp_path / "dagboek.pdf"
    dialogs.answer("ask", "save")  # after being told the file is not protected
    dialogs.answer("save_file", target)
    journal.search.clear()
    journal.export.click()
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install poppler-utils (pdftotext)")
        pytest.skip("pdftotext is not installed")
    text = subprocess.run([pdftotext, str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "De zwaluw kwam elk voorjaar terug" in text
    assert "Iets heel anders" in text
    assert "Robins eigen geheim" not in text


def test_help_is_reachable_from_an_exercise_and_leads_back(start_app, qtbot):
    erfenis = start_app("--lang", "nl")
    make_profile(erfenis, qtbot)
    page = open_pattern_check(erfenis)
    page.help_button.click()
    w = erfenis.window
    assert w.pages.currentWidget() is w.help_page
    text = w.help_page.intro.text() + " ".join(d.text() for _n, d in w.help_page.contacts)
    for number in ("113", "0800-0113", "0800-2000", "112"):
        assert number in text
    w.help_page.back.click()
    assert w.pages.currentWidget() is page


def wait_for_layout(qtbot, root, timeout=2000):
    """Until Qt has finished laying ``root`` out: every posted event (layout requests, resizes)
    delivered, twice in a row with no widget moving in between. A fixed wait could look too early."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QWidget

    last = []

    def settled() -> bool:
        QCoreApplication.sendPostedEvents()
        now = [(w, w.geometry()) for w in root.findChildren(QWidget)] + [(root, root.geometry())]
        same = now == last[-1] if last else False
        last.append(now)
        return same

    qtbot.waitUntil(settled, timeout=timeout)


def _clipped(root):
    """Labels whose text does not fit in the room they got (computed, not eyeballed)."""
    from PySide6.QtWidgets import QLabel

    out = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text() or label.pixmap() and not label.pixmap().isNull():
            continue
        if label.wordWrap():
            if label.heightForWidth(label.width()) > label.height() + 1:
                out.append(label.text()[:40])
        elif label.sizeHint().width() > label.width() + 1:
            out.append(label.text()[:40])
    return out


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_questionnaire_and_results_fit_at_200_percent(start_app, qtbot, data_dir, lang):
    from erfenis_desktop.services.settings import Settings

    data_dir.mkdir()
    Settings(data_dir).set("ui/text_scale", 200)
    erfenis = start_app("--lang", lang)
    erfenis.window.resize(1000, 760)
    make_profile(erfenis, qtbot)
    page = open_pattern_check(erfenis)
    page._add_parent("oma Riet")
    page._add_parent("stiefvader")
    page.start()
    wait_for_layout(qtbot, page)
    assert _clipped(page.question_page) == []
    assert page.horizontalScrollBar().maximum() == 0
    for _ in range(len(page._questions())):
        item = page._questions()[page.index].item
        page.answer(1 if item.reverse else 6)
    results = erfenis.window.profiles.results_page
    wait_for_layout(qtbot, results)
    assert _clipped(results.widget()) == []
    assert results.horizontalScrollBar().maximum() == 0
    for _label, bars in results.sections:
        assert all(r.right() <= bars.width() for r in bars.label_rects())
        assert bars.height() >= bars.sizeHint().height()


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_exercise_screens_have_accessible_names(start_app, qtbot, lang):
    from tests.test_accessibility import _interactive

    erfenis = start_app("--lang", lang)
    make_profile(erfenis, qtbot)
    f = erfenis.window.profiles
    f.show_exercise("step1")
    page = open_pattern_check(erfenis)
    page._add_parent("oma")
    page.start()
    for widget in (f.pattern_page, f.step_one_page, f.journal_page, f.results_page, erfenis.window.help_page):
        unnamed = [f"{w.metaObject().className()} {getattr(w, 'text', lambda: '')()}"
                   for w in _interactive(widget) if not w.accessibleName().strip()]
        assert unnamed == [], widget.objectName()


def test_step_one_without_a_pattern_check_points_to_it(start_app, qtbot):
    erfenis = start_app()
    make_profile(erfenis, qtbot)
    erfenis.window.home.profiles.exercise_buttons["step1"].click()
    page = erfenis.window.profiles.step_one_page
    assert page.to_pattern.isVisible()
    assert all(p.parent is None for p in page.prompts) and page.prompts
    page.to_pattern.click()
    assert erfenis.window.pages.currentWidget() is erfenis.window.profiles.pattern_page


def test_the_axis_and_every_bar_label_fit_inside_their_drawing(start_app, qtbot, data_dir):
    from erfenis_desktop.services.settings import Settings

    data_dir.mkdir()
    Settings(data_dir).set("ui/text_scale", 200)
    erfenis = start_app("--lang", "nl")
    erfenis.window.resize(1000, 760)
    make_profile(erfenis, qtbot)
    page = open_pattern_check(erfenis)
    page._add_parent("een heel lange naam voor een grootouder")
    page.start()
    seen_na = False
    for _ in range(len(page._questions())):
        q = page._questions()[page.index]
        if q.item.na:  # a question with "not applicable" fits too
            seen_na = True
            wait_for_layout(qtbot, page)
            assert _clipped(page.question_page) == [] and page.horizontalScrollBar().maximum() == 0
        page.answer(7 if q.item.scale in ("pursue_self", "withdraw_partner") else 2)
    assert seen_na
    results = erfenis.window.profiles.results_page
    wait_for_layout(qtbot, results)
    axis = results.axis
    assert len(axis.label_rects()) == 4  # both ends, you and your partner
    for rect in axis.label_rects():
        assert rect.left() >= 0 and rect.top() >= 0 and rect.right() <= axis.width() and rect.bottom() <= axis.height()
    for _label, bars in results.sections:
        for rect in bars.label_rects():
            assert rect.right() <= bars.width()
    assert "," in bars.accessibleDescription()  # Dutch numbers: 7,0


def test_a_retake_with_the_people_in_another_order_keeps_answers_with_the_right_person(start_app, qtbot):
    erfenis = start_app()
    make_profile(erfenis, qtbot)
    ex = erfenis.window.profiles.exercises
    unlocked = erfenis.session.current
    ex.save_writing(unlocked, "table", 0, "moeder", "Moeder vroeg hoe mijn dag was.")
    from erfenis_desktop.services.exercises import Run

    ex.finish(unlocked, ex.save_run(unlocked, Run(parents=["vader", "moeder"])))
    erfenis.window.home.profiles.exercise_buttons["step1"].click()
    step = erfenis.window.profiles.step_one_page
    for i, prompt in enumerate(step.prompts):
        if prompt.id == "table":
            step.go(i)
            expected = "Moeder vroeg hoe mijn dag was." if prompt.parent_name == "moeder" else ""
            assert step.editor.toPlainText() == expected, prompt.parent_name
