"""Every export first says the file is not protected and what is in it; the recovery-code PDF
carries the profile's name and the date and never splits a group of the code."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest
from PySide6.QtCore import QDate, QLocale

from erfenis_desktop.services.exercises import Exercises
from erfenis_desktop.ui.common.exports import not_protected
from tests.test_profile_screens import fill_in_new_profile, make_profile

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="pdftotext (poppler-utils) is not installed")


def _pdf_text(path, *options: str) -> str:
    out = subprocess.run(["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", out)  # "ﬁ" ligatures back to letters


def _journal_with_writing(erfenis, qtbot):
    make_profile(erfenis, qtbot, "Sam")
    u = erfenis.session.current
    u.save_text("note", "De zwaluw kwam elk voorjaar terug, zei mijn opa.")
    u.save_text("note", "Vertel me meer, zei ik.")
    Exercises.save_writing(u, "table", 0, "Mama", "Mama zat aan tafel achter de krant.")
    flow = erfenis.window.profiles
    flow.show_exercise("journal")
    return flow.journal_page


@needs_poppler
def test_the_journal_pdf_is_written_only_after_saying_it_is_unprotected_and_what_it_holds(
        start_app, qtbot, dialogs, tmp_path):
    erfenis = start_app()
    journal = _journal_with_writing(erfenis, qtbot)
    target = tmp_path / "mijn.pdf"
    dialogs.answer("ask", "cancel")
    journal.export.click()
    asked = dialogs.log[-1]
    assert asked.kind == "ask" and not target.exists()
    assert not [r for r in dialogs.log if r.kind == "save_file"]  # nothing was even offered a place
    assert asked.text.startswith(not_protected())
    for line in ("• Notes: 2", "• Answers from ‘See the pattern’: 1", "• Your name"):
        assert line in asked.text
    assert "written together" not in asked.text  # there is none, so it is not listed

    journal.search.setText("zwaluw")
    dialogs.answer("ask", "save")
    dialogs.answer("save_file", target)
    journal.export.click()
    asked = [r for r in dialogs.log if r.kind == "ask"][-1]
    assert "• Notes: 1\n" in asked.text and "Only what your search finds: zwaluw" in asked.text
    text = _pdf_text(target)
    assert "De zwaluw kwam elk voorjaar terug" in text and "Vertel me meer" not in text


@needs_poppler
def test_the_dans_asks_the_same_way_before_saving(start_app, dialogs, tmp_path):
    from tests.test_dans_view import _dans, _unlock_demo

    erfenis = start_app("--demo")
    _unlock_demo(erfenis)
    page = _dans(erfenis)
    dialogs.answer("ask", "cancel", "cancel")
    page.pdf_button.click()
    page.step_button.click()
    page.steps_view.save_button.click()  # one step as an image
    asked = [r for r in dialogs.log if r.kind == "ask"]
    assert len(asked) == 2 and all(r.text.startswith(not_protected()) for r in asked)
    assert all("It holds only what you have both shared" in r.text for r in asked)
    assert not [r for r in dialogs.log if r.kind == "save_file"] and list(tmp_path.rglob("*.p[dn][fg]")) == []


NAMES = {"short": "<i>Sam</i> & Kim", "long": "Wolfeschlegelsteinhausenbergerdorffvoral"}  # 40: the most a name may have


@needs_poppler
@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("which", ["short", "long"])
def test_the_recovery_code_pdf_has_name_and_date_and_every_group_whole_on_a_line(
        start_app, qtbot, dialogs, tmp_path, scale, which):
    erfenis = start_app()
    erfenis.prefs.set_text_scale(scale)
    name = NAMES[which]
    fill_in_new_profile(erfenis, qtbot, name)
    page = erfenis.window.profiles.code_page
    groups = page._code.split("-")
    target = tmp_path / "code.pdf"
    dialogs.answer("ask", "cancel")
    page.pdf_button.click()
    asked = dialogs.log[-1]
    assert asked.text.startswith(not_protected()) and "anyone can open your profile" in asked.text
    assert f"The name of your profile: {name}" in asked.text and not target.exists()

    dialogs.answer("ask", "save")
    dialogs.answer("save_file", target)
    page.pdf_button.click()
    layout = _pdf_text(target, "-layout")
    lines = layout.splitlines()
    assert [g for g in groups if not any(g in line for line in lines)] == []
    flat = " ".join(layout.split())
    assert name in flat  # as typed: not read as markup, no "Sam" in italics without its tags
    assert " ".join(QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat).split()) in flat
    assert page.status.text().startswith("Saved as")


def test_the_printed_code_carries_the_name_too(start_app, qtbot, dialogs):
    erfenis = start_app()
    fill_in_new_profile(erfenis, qtbot, "<b>Robin</b>")
    page = erfenis.window.profiles.code_page
    dialogs.answer("print", True)
    page.print_button.click()
    printed = dialogs.log[-1].text
    assert "<b>Robin</b>" in printed and page._code.split("-")[0] in printed
