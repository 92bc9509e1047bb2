"""Printable worksheets (issue 13, section 2): every exercise of a programme as a clean A4
PDF, in Dutch or in English whatever the screen's language. The PDF's text (pdftotext) holds
every question of the exercise, read here straight from the content files, and its phrase
cards; what anyone typed (a part's title, the facilitator's notes) is never on it.

Set ERFENIS_PICTURES=<folder> to keep the PDFs and their pages as PNGs (to look at them)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tomllib
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QPageSize

from erfenis_desktop.domain.programme import WITH_WORKSHEET, Part, Programme
from erfenis_desktop.paths import resources_dir
from erfenis_desktop.services.content import load_content
from erfenis_desktop.services.worksheets import Worksheets
from erfenis_desktop.ui.workshop.worksheets import save, write_pdf

POPPLER = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
                             reason="poppler-utils is not installed")
SHEET = {"nl": "Zinnenkaarten", "en": "Phrase cards"}


def _toml(lang: str, name: str) -> dict:
    with (resources_dir() / "content" / lang / f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


def _flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return _flat(out)


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def _keep(path: Path) -> None:
    folder = os.environ.get("ERFENIS_PICTURES")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(folder) / path.name)
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(Path(folder) / path.stem)], check=True)


def _this_person(lang: str, text: str) -> str:
    """A question about someone who raised the reader, as the sheet says it ("this person")."""
    person = _toml(lang, "worksheets")["sheet"]["this_person"]
    text = re.sub(r"(^|[.!?]\s+)\{(?:my_)?name\}", lambda m: m.group(1) + person[:1].upper() + person[1:], text)
    return text.replace("{name}", person).replace("{my_name}", person)


def expected_questions(lang: str, exercise: str, group: str = "") -> list[str]:
    """Every question of an exercise, from its own content file."""
    if exercise == "pattern_check":
        sections = _toml(lang, "pattern_check")["sections"]
        return [_this_person(lang, i["text"]) for key in ("parent", "couple", "now", "reactieval")
                for i in sections[key]["items"]]
    if exercise == "step1":
        tree = _toml(lang, "see_the_pattern")
        return [_this_person(lang, p["question"]) for key in ("parent_prompts", "couple_prompts", "mirror_prompts")
                for p in tree[key]]
    if exercise == "step2":
        c = _toml(lang, "practice")["checkin"]
        return [c[k] for k in ("used", "situation", "before", "after", "happened", "body")]
    if exercise == "repair":
        repair = _toml(lang, "practice")["repair"]
        steps = ("happened", "moves", "underneath", "listen", "needs", "repair")
        return [p for s in steps for p in repair[s]["prompts"]]
    if exercise == "cycle_map":
        return [f["label"] for f in _toml(lang, "cycle_map")["fields"]]
    if exercise == "history":
        return [f["label"] for f in _toml(lang, "relationship_history")["fields"]]
    if exercise == "answer_together":
        return [p["question"] for p in _toml(lang, "together")["prompts"]]
    return list(_toml(lang, "worksheets")["exercises"][exercise]["questions"])  # practising together, our dance


@pytest.fixture(scope="module")
def worksheets():
    return Worksheets(load_content())


@POPPLER
@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("exercise", WITH_WORKSHEET)
def test_the_pdf_holds_every_question_of_the_exercise(qapp, tmp_path, worksheets, exercise, lang):
    group = "listening" if exercise == "step2" else ""
    sheet = worksheets.build(lang, exercise, group)
    target = tmp_path / f"{exercise}-{lang}.pdf"
    write_pdf([sheet], target, sheet.title, qapp.font().family())
    text = _pdf_text(target)
    questions = expected_questions(lang, exercise, group)
    assert questions and sheet.questions() == questions
    for question in questions:
        assert _flat(question) in text, question
    assert _flat(_toml(lang, "worksheets")["exercises"][exercise]["name"]) in text
    name_line = _toml(lang, "worksheets")["sheet"]["name_line"]
    assert name_line in text  # a line for the person's name
    _keep(target)


@POPPLER
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_step2_has_the_phrase_cards_of_its_group_and_only_those(qapp, tmp_path, worksheets, lang):
    cards = _toml(lang, "practice")["cards"]
    for group in ("naming", "listening", "presence"):
        sheet = worksheets.build(lang, "step2", group)
        target = tmp_path / f"step2-{group}.pdf"
        write_pdf([sheet], target, sheet.title, qapp.font().family())
        text = _pdf_text(target)
        assert SHEET[lang] in text
        for card in cards:
            assert (_flat(card["phrase"]) in text) == (card["group"] == group), card["phrase"]


@POPPLER
def test_a_whole_programme_as_one_pdf_in_the_language_chosen_not_the_screens(qapp, tmp_path, worksheets):
    """The screen is in English (tests run in English); the sheets are asked for in Dutch."""
    secret_title, secret_notes = "Kringgesprek <b>met</b> Riet", "Let op het stel bij het raam"
    programme = Programme("Zaterdag", (Part("step1", 30, secret_notes), Part("break", 15),
                                       Part("own", 10, title=secret_title), Part("step2", 20, group="presence"),
                                       Part("dans", 20), Part("step1", 10)))
    sheets = worksheets.for_programme("nl", programme)
    assert [s.exercise for s in sheets] == ["step1", "step2", "dans"]  # a break or own part has none; once each
    target = tmp_path / "zaterdag.pdf"
    write_pdf(sheets, target, "Zaterdag", qapp.font().family())
    text = _pdf_text(target)
    for exercise, group in (("step1", ""), ("step2", "presence"), ("dans", "")):
        for question in expected_questions("nl", exercise, group):
            assert _flat(question) in text
    assert "Stap 1: Zie het patroon" in text and "Jullie dans" in text
    assert "Did you use the phrase?" not in text and "Phrase cards" not in text  # nothing in the screen's language
    assert "Kringgesprek" not in text and "raam" not in text  # what the facilitator typed stays off paper
    page = QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Point)
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert abs(float(size.group(1)) - page.width()) < 1 and abs(float(size.group(2)) - page.height()) < 1
    assert _pages(target) >= 3  # each worksheet from a page of its own
    _keep(target)


@POPPLER
def test_saving_asks_first_says_what_is_in_it_and_writes_only_after_yes(qapp, tmp_path, dialogs, worksheets):
    sheets = [worksheets.build("en", "cycle_map"), worksheets.build("en", "history")]
    target = tmp_path / "sheets.pdf"
    dialogs.answer("ask", "cancel")
    assert save(None, dialogs, sheets, "worksheets", "Day") is None and not target.exists()
    asked = dialogs.log[-1]
    assert "can no longer protect it" in asked.text and "nobody’s writing" in asked.text
    assert "Mapping our loop" in asked.text and "Earlier relationships" in asked.text and "English" in asked.text
    dialogs.answer("ask", "save")
    dialogs.answer("save_file", target)
    assert save(None, dialogs, sheets, "worksheets", "Day") == target
    assert "Who are you thinking of?" in _pdf_text(target)
