"""The dans view's bars say whose are empty, in full; and its files are designed documents:
a title, the names and the date, the loop, the axis and the bars at a readable size, no
buttons or keyboard hints, no page left nearly empty, and the confirmation first.

Set ERFENIS_PICTURES=<folder> to keep the files and the PDF's pages as PNGs (to look at them)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QColor, QImage, QPageSize

from erfenis_desktop.domain import dans
from tests.test_dans_view import _dans, _unlock_demo
from tests.test_exercises import _clipped, wait_for_layout

POPPLER = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
                             reason="poppler-utils is not installed")


def _partner(erfenis, robin):
    """Sam, unlocked on the side (only to change what Sam shares)."""
    couple = erfenis.session.couple
    uuid = couple.partner_of(robin.profile.uuid)
    sam, _before = erfenis.session.vault.unlock(uuid, erfenis.session.demo_passwords[uuid])
    return sam


def _take_back_results(erfenis, who):
    couple = erfenis.session.couple
    for item in couple.shared(who)[0]:
        if item.owner_uuid == who.profile.uuid and item.kind == "pattern_check":
            couple.unshare(who, item.uuid)


def _keep(path: Path, name: str) -> None:
    folder = os.environ.get("ERFENIS_PICTURES")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(folder) / name)
        if path.suffix == ".pdf":
            subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(Path(folder) / path.stem)], check=True)


# The sentence under the bars ----------------------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_empty_bars_are_said_about_the_partner_who_did_not_share_in_full_at_200_percent(start_app, qtbot, lang):
    erfenis = start_app("--demo", "--lang", lang)
    erfenis.prefs.set_text_scale(200)
    erfenis.window.resize(760, 700)
    robin = _unlock_demo(erfenis)
    _take_back_results(erfenis, _partner(erfenis, robin))  # Sam takes back the pattern mirror's results
    page = _dans(erfenis)
    wait_for_layout(qtbot, erfenis.window)
    robin_name, sam_name = (p.name for p in page.data.people)
    note = page.bars_note
    expected = dans.fill(erfenis.prefs.text("dans", "view.bars_not_shared"), name=sam_name)
    assert note.isVisible() and note.text() == expected  # the whole sentence, about Sam
    assert sam_name in note.text() and robin_name not in note.text() and "…" not in note.text()
    # Not the pattern mirror's own "you answered too few" (it is not about the reader), anywhere.
    you = erfenis.prefs.text("patterns", "results.not_enough")
    assert you not in note.text() and you not in page.bars.accessibleDescription()
    # It wraps to the room it has and none of it is cut off, at 200 % in a narrow window.
    assert note.wordWrap() and note.height() >= 2 * note.fontMetrics().lineSpacing()
    assert note.heightForWidth(note.width()) <= note.height() + 1
    assert _clipped(page.view.widget()) == [] and page.view.horizontalScrollBar().maximum() == 0


def test_too_few_answers_names_the_person_and_the_patterns(start_app, qtbot):
    """Sam shares a pattern mirror with one parent figure: the patterns about parents as a couple
    have no answers, and the note says so about Sam, naming those patterns."""
    from erfenis_desktop.domain.questionnaire import questions
    from erfenis_desktop.services.exercises import Run

    erfenis = start_app("--demo")
    robin = _unlock_demo(erfenis)
    sam = _partner(erfenis, robin)
    _take_back_results(erfenis, sam)
    exercises = erfenis.window.profiles.exercises
    q = exercises.questionnaire("en")
    run = exercises.finish(sam, Run(parents=["Dad"], answers={x.key: 5 for x in questions(q, ["Dad"])}))
    erfenis.session.couple.share(sam, run.uuid)
    page = _dans(erfenis)
    names = [erfenis.prefs.text("patterns", f"scales.{s}.name") for s in ("unequal", "no_intimacy")]
    assert page.bars_note.text() == dans.fill(erfenis.prefs.text("dans", "view.bars_too_few"), name="Sam",
                                              scales=", ".join(f"‘{n}’" for n in names))
    assert "Robin" not in page.bars_note.text()


# The files ----------------------------------------------------------------------------------------
def _pdf_words(path: Path) -> list[tuple[int, float, float, float, float, str]]:
    """(page, xMin, yMin, xMax, yMax, word) in points, from pdftotext -bbox."""
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    words, page = [], 0
    for line in out.splitlines():
        if "<page " in line:
            page += 1
        m = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if m:
            words.append((page, *(float(v) for v in m.groups()[:4]), m.group(5)))
    return words


def _pdf_text(path: Path) -> str:
    """The words in reading order (ligatures as letters), without the page numbers ("2 / 3")."""
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    text = re.sub(r"^\d+ ?/ ?\d+$", "", unicodedata.normalize("NFKC", text), flags=re.MULTILINE)
    return " ".join(text.split())


def _page_fill(path: Path) -> list[float]:
    """For every page, how far down the ink goes, as a share of the room between the margins
    (rendered with pdftoppm, in grey)."""
    count = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                                                              check=True).stdout).group(1))
    fills = []
    for number in range(1, count + 1):
        pgm = subprocess.run(["pdftoppm", "-r", "30", "-gray", "-f", str(number), "-l", str(number), str(path)],
                             capture_output=True, check=True).stdout
        header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", pgm)
        width, height = int(header.group(1)), int(header.group(2))
        pixels = pgm[header.end():]
        rows = [i for i in range(height) if min(pixels[i * width:(i + 1) * width]) < 200]
        margin = height * 18 / 297  # the margins are 18 mm of 297
        # The page number sits in the bottom margin: only the ink above it counts.
        body = [r for r in rows if r < height - margin]
        fills.append((max(body) - margin) / (height - 2 * margin) if body else 0.0)
    return fills


def _buttons(page) -> list[str]:
    steps = page.steps_view
    texts = [b.text() for b in (page.step_button, page.png_button, page.pdf_button, page.back, steps.prev_button,
                                steps.next_button, steps.stop_button, steps.save_button)]
    return [t.replace("&", "").rstrip("…") for t in texts if t] + [page._t("view.step_hint")]


def _export(page, dialogs, kind: str, target: Path):
    dialogs.answer("ask", "save")
    dialogs.answer("save_file", target)
    (page.pdf_button if kind == "pdf" else page.png_button).click()
    return dialogs.texts()[-2]  # the question before the file chooser


@POPPLER
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_pdf_is_a_document_with_a_title_the_date_and_large_drawings_and_no_controls(
        start_app, dialogs, tmp_path, lang):
    erfenis = start_app("--demo", "--lang", lang)
    erfenis.prefs.set_text_scale(200)  # the screen's text size does not make the paper's
    erfenis.prefs.set_color_scheme("dark")
    _unlock_demo(erfenis)
    page = _dans(erfenis)
    target = tmp_path / f"dans-{lang}.pdf"
    asked = _export(page, dialogs, "pdf", target)
    # Asked first: not protected, and what is in it (the names and the date too).
    assert "Erfenis can no longer protect it" in asked or "kan Erfenis het niet meer beschermen" in asked
    assert page.summary()[0] in asked and page.summary()[-1] in asked  # the names and date, the ways out
    _keep(target, f"dans-{lang}.pdf")
    text = _pdf_text(target)
    today = QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
    assert page.title.text() in text and " ".join(today.split()) in text
    assert all(p.name in text for p in page.data.people)
    for button in _buttons(page):
        assert button not in text, button
    words = _pdf_words(target)
    # Every word is text (not a picture) at a readable size: the smallest is at least 9 pt or so
    # (pdftotext's box is about 1.16 times the font size).
    assert min(y1 - y0 for _p, _x0, y0, _x1, y1, _w in words) >= 10
    # The drawings are on page one as text too, the loop spread over most of the column (A4 less 18 mm
    # margins, in points).
    axis = [w for w in words if w[0] == 1 and w[5] == page.axis.left_label.split()[0]]
    assert axis and axis[0][4] - axis[0][2] >= 11  # the axis's own label, at 10 pt or more
    loop = [w for w in words if w[0] == 1 and w[5] in {b.title.split()[-1] for b in page.step_boxes()}]
    assert len(loop) >= 6 and max(w[3] for w in loop) - min(w[1] for w in loop) >= 0.6 * (595 - 2 * 51)
    # No page nearly empty; the demo fits on two or three.
    fills = _page_fill(target)
    assert 1 <= len(fills) <= 3 and all(f >= 0.5 for f in fills[:-1]) and fills[-1] >= 0.3, fills


def _is_white(colour: QColor) -> bool:
    return colour.red() > 250 and colour.green() > 250 and colour.blue() > 250


def _has(image: QImage, colour: str, step: int = 4) -> bool:
    want = QColor(colour)
    return any(sum(abs(a - b) for a, b in zip(image.pixelColor(x, y).getRgb()[:3], want.getRgb()[:3])) < 30
               for y in range(0, image.height(), step) for x in range(0, image.width(), step))


def test_the_png_is_a_page_not_a_picture_of_the_window(start_app, dialogs, tmp_path):
    erfenis = start_app("--demo")
    erfenis.prefs.set_color_scheme("dark")
    erfenis.window.resize(1000, 760)
    _unlock_demo(erfenis)
    page = _dans(erfenis)
    target = tmp_path / "dans.png"
    asked = _export(page, dialogs, "png", target)
    assert "This is what will be in the file" in asked
    _keep(target, "dans.png")
    image = QImage(str(target))
    a4 = QPageSize(QPageSize.PageSizeId.A4).sizePixels(150)
    assert (image.width(), image.height()) == (a4.width(), a4.height())  # an A4 page at 150 dpi
    assert image.size() != page.view.widget().size() and image.size() != erfenis.window.size()
    # On paper colours (white, whatever the screen's scheme), with both partners' colours in the loop.
    assert _is_white(image.pixelColor(5, 5)) and _is_white(image.pixelColor(image.width() - 5, image.height() - 5))
    for person in page.data.people:
        assert _has(image, person.colour)
    assert "Saved as" in page.message.text()


@POPPLER
def test_alone_the_pdf_holds_ones_own_side_and_history_on_well_filled_pages(start_app, dialogs, tmp_path):
    from tests.test_dans_view import DEMO

    erfenis = start_app("--demo")
    sam = _unlock_demo(erfenis, 1)
    erfenis.session.couple.unlink(sam)
    page = _dans(erfenis)
    target = tmp_path / "mijn-dans.pdf"
    _export(page, dialogs, "pdf", target)
    _keep(target, "alone.pdf")
    text = _pdf_text(target)
    history = DEMO["en"]["demo"]["people"]["b"]["history"]["same_dance"]
    robin = DEMO["en"]["demo"]["people"]["a"]["cycle"]["meaning"]
    assert "Your side of the dance" in text and " ".join(history.split())[:40] in text
    assert " ".join(robin.split())[:30] not in text  # only Sam's own side
    fills = _page_fill(target)
    assert all(f >= 0.5 for f in fills[:-1]) and fills[-1] >= 0.3, fills


@POPPLER
def test_a_long_shared_loop_stays_on_page_one_and_every_step_stands_in_full(start_app, dialogs, tmp_path):
    from erfenis_desktop.services.dans import CYCLE_MAP, DansService

    erfenis = start_app("--demo")
    robin = _unlock_demo(erfenis)
    couple = erfenis.session.couple
    service = DansService(couple, erfenis.window.profiles.exercises)
    uuid, cycle = service.latest(robin, CYCLE_MAP)
    long = " ".join(["Ik word stil en dan nog stiller"] * 40) + " einde-van-de-tekst"
    for item in couple.shared(robin)[0]:
        if item.owner_uuid == robin.profile.uuid and item.kind == CYCLE_MAP:
            couple.unshare(robin, item.uuid)
    couple.share(robin, service.save(robin, CYCLE_MAP, {**cycle, "meaning": long}, uuid))
    page = _dans(erfenis)
    target = tmp_path / "lang.pdf"
    _export(page, dialogs, "pdf", target)
    _keep(target, "long.pdf")
    words = _pdf_words(target)
    # The loop is on page one, its long text shortened there and said so; the step stands in full.
    titles = {b.title.split()[-1] for b in page.step_boxes()}
    assert len([w for w in words if w[0] == 1 and w[5] in titles]) >= 6
    text = _pdf_text(target)
    assert "every step stands in full" in text and long in text
    assert [w[0] for w in words if w[5] == "einde-van-de-tekst"] != [1]
    bottom = 842 - 18 / 25.4 * 72  # A4, less the margin (where only the page number is)
    assert [w for w in words if w[4] > bottom + 1 and not re.fullmatch(r"\d+|/", w[5])] == []
    assert min(w[4] - w[2] for w in words) >= 10  # nothing drawn smaller to fit
    fills = _page_fill(target)
    assert all(f >= 0.5 for f in fills[:-1]) and fills[-1] >= 0.3, fills
    png = tmp_path / "lang.png"
    _export(page, dialogs, "png", png)  # the image has the steps in full too, then: it is taller
    _keep(png, "long.png")
    assert QImage(str(png)).height() > QPageSize(QPageSize.PageSizeId.A4).sizePixels(150).height()


def test_a_step_is_saved_as_a_card_with_its_way_out_and_no_buttons(start_app, dialogs, tmp_path):
    erfenis = start_app("--demo")
    erfenis.prefs.set_color_scheme("dark")
    _unlock_demo(erfenis)
    page = _dans(erfenis)
    page.step_button.click()
    page.steps_view.go(1)  # Sam's step
    target = tmp_path / "stap.png"
    dialogs.answer("ask", "save")
    dialogs.answer("save_file", target)
    page.steps_view.save_button.click()
    _keep(target, "step.png")
    asked = dialogs.texts()[-2]  # it says what this file holds: the step, its way out, the date
    step = page.steps_view.steps[1]
    assert f"{step.title}: {step.text}" in asked and "The way out for Sam" in asked and "date" in asked
    assert "axis" not in asked and page.steps_view.steps[0].text not in asked
    image = QImage(str(target))
    a5 = QPageSize(QPageSize.PageSizeId.A5).sizePixels(150)
    assert image.width() == a5.height() and image.height() >= a5.width()  # A5 landscape, or taller
    assert image.size() != page.steps_view.size()
    assert _is_white(image.pixelColor(5, 5)) and _has(image, page.data.people[1].colour)
    assert "Saved as" in page.steps_view.message.text()
