"""The facilitator's programme page (issue 13, section 1): parts added from Erfenis's exercises
with the keyboard, ordered, given minutes and notes, the total time, saved in the
facilitator's profile and chosen again; problems said in words; the presenter started from
it keeps running when the page goes and a profile locks; worksheets in the language chosen."""

from __future__ import annotations

import shutil
import subprocess

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel

from erfenis_desktop.services.programme import Programmes
from erfenis_desktop.ui.workshop.presenter import presenter_for
from erfenis_desktop.ui.workshop.programme_page import ProgrammePage, open_programme_page

PASSWORD = "een lange wandeling"
NOTES = "Watch the couple by the window <b>gently</b>"


@pytest.fixture
def page(start_app, qtbot):
    erfenis = start_app()
    noor, _code = erfenis.session.vault.create("Noor", PASSWORD)
    erfenis.session.enter(noor)
    made = open_programme_page(erfenis.session, erfenis.prefs, erfenis.dialogs, erfenis._exercises, erfenis.window)
    made.resize(900, 760)
    made.show()
    qtbot.waitExposed(made)
    made.erfenis = erfenis
    yield made
    presenter_for(erfenis.window).close()
    if shiboken6.isValid(made):  # one test deletes its page on purpose
        made.close()
        made.deleteLater()


def add(page, qtbot, name: str) -> None:
    """Choose an exercise by its name with the keyboard and press Enter."""
    names = [page.exercises.item(i).text() for i in range(page.exercises.count())]
    page.exercises.setFocus()
    page.exercises.setCurrentRow(names.index(name))
    qtbot.keyClick(page.exercises, Qt.Key.Key_Return)


def rows(page) -> list[str]:
    return [page.parts.item(i).text() for i in range(page.parts.count())]


def test_build_order_time_save_and_choose_again(page, qtbot):
    names = [page.exercises.item(i).text() for i in range(page.exercises.count())]
    for name in ("Pattern mirror", "Step 1: See the pattern", "Step 2: Learn a new language · Listening",
                 "Practising together", "After a clash", "Mapping our loop", "Our dance", "Answering together",
                 "Earlier relationships", "Break", "Own part"):
        assert name in names
    qtbot.keyClicks(page.name, "Saturday")
    add(page, qtbot, "Pattern mirror")
    add(page, qtbot, "Break")
    add(page, qtbot, "Step 2: Learn a new language · Listening")
    assert rows(page) == ["1. Pattern mirror (20 min)", "2. Break (15 min)",
                          "3. Step 2: Learn a new language · Listening (30 min)"]
    assert page.total.text() == "Total: 1 h 05 min in 3 parts"
    page.parts.setFocus()
    qtbot.keyClick(page.parts, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # the new part one up
    assert rows(page)[1] == "2. Step 2: Learn a new language · Listening (30 min)" and page.parts.currentRow() == 1
    page.minutes.setValue(45)
    page.notes.setPlainText(NOTES)
    assert page.total.text() == "Total: 1 h 20 min in 3 parts"
    assert rows(page)[1].endswith("(45 min)")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Saved: Saturday."
    saved = Programmes(page.erfenis._exercises()).saved(page.erfenis.session.current)[0]
    assert [p.name for p in saved] == ["Saturday"] and saved[0].parts[1].notes == NOTES
    page.new()
    assert rows(page) == [] and page.name.text() == ""
    page.saved.setCurrentIndex(0)
    page.saved.activated.emit(0)
    assert page.name.text() == "Saturday" and len(rows(page)) == 3
    page.parts.setCurrentRow(1)
    assert page.notes.toPlainText() == NOTES and page.minutes.value() == 45


def test_problems_are_said_and_nothing_is_saved(page, qtbot):
    add(page, qtbot, "Own part")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Give the programme a name.\nPart 1: Give your own part a title."
    assert page.saved.count() == 0
    assert page.part_title.isVisible()
    qtbot.keyClicks(page.part_title, "Closing round")
    qtbot.keyClicks(page.name, "Day")
    assert rows(page) == ["1. Closing round (10 min)"]
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Saved: Day." and page.saved.count() == 1
    add(page, qtbot, "Our dance")
    assert page.part_title.isHidden()  # only an own part or a break has a title


def test_delete_part_with_the_keyboard_and_duplicate_and_delete_a_programme(page, qtbot):
    dialogs = page.erfenis.dialogs
    qtbot.keyClicks(page.name, "Day")
    add(page, qtbot, "Our dance")
    add(page, qtbot, "After a clash")
    page.parts.setFocus()
    qtbot.keyClick(page.parts, Qt.Key.Key_Delete)
    assert rows(page) == ["1. Our dance (30 min)"]
    page.save()
    page.duplicate()
    assert page.name.text() == "Day (copy)" and [page.saved.itemText(i) for i in range(2)] == ["Day", "Day (copy)"]
    dialogs.answer("ask", "delete")
    page.delete()
    assert "Day (copy)" in dialogs.log[-1].text
    assert [page.saved.itemText(i) for i in range(page.saved.count())] == ["Day"]


def test_leaving_unsaved_changes_asks_first(page, qtbot):
    dialogs = page.erfenis.dialogs
    qtbot.keyClicks(page.name, "Day")
    add(page, qtbot, "Break")
    page.save()
    add(page, qtbot, "Our dance")
    dialogs.answer("ask", "cancel")
    page.new()
    assert len(rows(page)) == 2  # kept
    dialogs.answer("ask", "discard")
    page.new()
    assert rows(page) == []


def test_the_presenter_outlives_the_page_and_the_lock(page, qtbot):
    erfenis = page.erfenis
    qtbot.keyClicks(page.name, "Day")
    add(page, qtbot, "Step 1: See the pattern")
    page.notes.setPlainText(NOTES)
    add(page, qtbot, "Break")
    page.parts.setCurrentRow(0)
    qtbot.mouseClick(page.present_button, Qt.MouseButton.LeftButton)
    presenter = presenter_for(erfenis.window)
    assert presenter.active and presenter.screen_window.title.text() == "Step 1: See the pattern"
    assert presenter.control.notes.toPlainText() == NOTES  # as typed, on the laptop
    shown = [w.text() for w in presenter.screen_window.findChildren(QLabel)]
    assert not any("Watch the couple" in t for t in shown)
    erfenis.session.lock()  # the facilitator locks; participants take their turns
    assert presenter.active and presenter.countdown.running
    assert presenter.control.notes.toPlainText() == "" and rows(page) == [] and page.notes.toPlainText() == ""
    page.close()
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert presenter.active and presenter_for(erfenis.window) is presenter
    presenter.screen_window.activateWindow()
    qtbot.waitUntil(presenter.screen_window.isActiveWindow)
    qtbot.keyClick(presenter.screen_window, Qt.Key.Key_Right)
    assert presenter.screen_window.title.text() == "Break"
    erfenis.session.lock()  # a participant locks: the page is gone, nothing breaks, the time goes on
    assert presenter.active and presenter.countdown.running


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_worksheets_in_the_language_chosen(page, qtbot, tmp_path):
    dialogs = page.erfenis.dialogs
    qtbot.keyClicks(page.name, "Day")
    add(page, qtbot, "Earlier relationships")
    add(page, qtbot, "Own part")
    assert not page.sheet_button.isEnabled()  # an own part has no worksheet
    page.parts.setCurrentRow(0)
    assert page.sheet_button.isEnabled()
    page.lang.setCurrentIndex(page.lang.findData("nl"))
    target = tmp_path / "blad.pdf"
    dialogs.answer("ask", "save")
    dialogs.answer("save_file", target)
    qtbot.mouseClick(page.sheet_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == f"Saved as {target}."
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Eerdere relaties" in text and "Aan wie denk je?" in text and "Who are you" not in text
    target2 = tmp_path / "all.pdf"
    dialogs.answer("ask", "cancel")
    qtbot.mouseClick(page.all_sheets_button, Qt.MouseButton.LeftButton)
    assert not target2.exists()  # nothing without yes


def test_titles_and_notes_stay_plain_text(page, qtbot):
    add(page, qtbot, "Own part")
    qtbot.keyClicks(page.part_title, "<img src=x>&Tea")
    assert rows(page) == ["1. <img src=x>&Tea (10 min)"]
    page.notes.setPlainText("<b>bold?</b>")
    assert page.notes.toPlainText() == "<b>bold?</b>"


def test_from_the_facilitators_page_in_a_workshop(start_app, qtbot):
    """The integration point (ui/workshop/facilitator_page.py): 'Programme and presenter' opens
    this page with the workshop's services; the presenter keeps time through a lock."""
    from tests.test_workshop_screens import set_up

    erfenis = start_app("--workshop")
    set_up(erfenis, qtbot)
    window = erfenis.window
    facilitator = window.workshop.page("facilitator")
    qtbot.waitUntil(lambda: erfenis.session.is_unlocked)
    window.pages.setCurrentWidget(facilitator)
    facilitator.programme_button.click()
    page = window.pages.currentWidget()
    assert isinstance(page, ProgrammePage)
    qtbot.keyClicks(page.name, "Spring day")
    add(page, qtbot, "Mapping our loop")
    page.notes.setPlainText(NOTES)
    assert page.save() and page.saved.currentText() == "Spring day"
    page.present()
    presenter = presenter_for(window)
    try:
        assert presenter.active and presenter.screen_window.title.text() == "Mapping our loop"
        window.lock()
        assert presenter.active and presenter.countdown.running and presenter.control.notes.toPlainText() == ""
        assert page.name.text() == "" and rows(page) == []
    finally:
        presenter.close()
    page.back_button.click()
    assert window.pages.currentWidget() is facilitator


def test_every_control_has_a_name_for_screen_readers(page):
    from tests.test_accessibility import _interactive

    unnamed = [f"{w.metaObject().className()} {getattr(w, 'text', lambda: '')()}"
               for w in _interactive(page) if not w.accessibleName().strip()]
    assert unnamed == []
    assert page.notes.accessibleName() == "Your notes" and page.minutes.accessibleName() == "Minutes"
    page.name.setText("Day")
    page.add_selected()
    page.present()
    control = presenter_for(page.erfenis.window).control
    assert [w for w in _interactive(control) if not w.accessibleName().strip()] == []
