"""The generations view as a person uses it: written per generation, "I don't know" kept as a
tick and shown, encrypted (a canary in no file), drawn with every text inside its box at
100 % and 200 %, saved as a designed PDF and PNG, and seen by the partner only once shared.

Set ERFENIS_PICTURES=<folder> to keep the files (and the PDF's pages as PNGs) to look at."""

from __future__ import annotations

import shutil
import subprocess
import time as clock

import pytest
from PySide6.QtCore import QRectF

from erfenis_desktop.domain.generations import FIELDS
from erfenis_desktop.services.generations import GenerationsService
from tests.test_dans_exports import _keep, _partner, _pdf_text
from tests.test_dans_view import _unlock_demo
from tests.test_exercises import wait_for_layout
from tests.test_practice_screens import _unlocked
from tests.test_profile_screens import PASSWORD, texts_everywhere

POPPLER = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
                             reason="poppler-utils is not installed")
CANARY = "Kanarie-G7: opa praatte nooit over de oorlog"

WORDS = {
    ("grandparents", "love"): "Oma breide truien voor iedereen, woorden waren er niet.",
    ("grandparents", "unsaid"): "De oorlog en het kindje dat stierf.",
    ("parents", "love"): "Papa kookte elke zondag, mama streek onze kleren.",
    ("parents", "reach"): "Mama zocht papa op, papa ging naar de schuur.",
    ("me", "reach"): "Ik trek me terug en word stil, net als papa.",
    ("children", "love"): "Knuffels bij het ontbijt en samen fietsen.",
}


def _open(erfenis):
    erfenis.window.home.profiles.exercise_buttons["generations"].click()
    page = erfenis.window.profiles.generations_page
    assert erfenis.window.pages.currentWidget() is page
    return page


def _fill(page, words=WORDS, children=True):
    page.children_box.setChecked(children)
    for (gen, field_id), text in words.items():
        page.fields[gen, field_id].editor.setPlainText(text)
    page.fields["grandparents", "reach"].unknown.setChecked(True)
    page.pass_on.setPlainText("Dat je mag zeggen wat je voelt, ook als het ongemakkelijk is.")


def _service(erfenis) -> GenerationsService:
    return GenerationsService(erfenis.window.profiles.exercises, erfenis.session.couple)


# Writing and keeping ---------------------------------------------------------------------------
def test_written_from_the_home_card_kept_on_leaving_and_on_lock_and_back_after_unlocking(start_app, qtbot):
    erfenis = start_app()
    sam = _unlocked(erfenis)
    page = _open(erfenis)
    assert not page.share_button.isVisible()  # no partner: nothing to share
    assert not page.cards["children"].isVisibleTo(page)  # children only when the person says so
    _fill(page)
    assert page.cards["children"].isVisibleTo(page)
    page.back.click()  # leaving saves
    assert erfenis.window.pages.currentWidget() is not page
    _uuid, kept = _service(erfenis).latest(sam)
    assert kept.children and kept.answer("parents", "love").text == WORDS["parents", "love"]
    # Typed, not saved yet: kept by the lock, encrypted; the page is emptied.
    page = _open(erfenis)
    page.fields["me", "love"].editor.setPlainText("Ik maak thee.")
    erfenis.session.lock()
    assert page.fields["me", "love"].editor.toPlainText() == "" and page.words.text() == ""
    assert WORDS["parents", "love"] not in texts_everywhere(page) + page.canvas.accessibleDescription()
    unlocked, _before = erfenis.session.vault.unlock(sam.profile.uuid, PASSWORD)
    erfenis.session.enter(unlocked)
    page = _open(erfenis)
    assert page.fields["me", "love"].editor.toPlainText() == "Ik maak thee."
    assert page.fields["me", "reach"].editor.toPlainText() == WORDS["me", "reach"]
    assert page.children_box.isChecked()


def test_i_dont_know_is_kept_as_a_tick_and_shown_in_the_drawing_its_words_and_the_journal(start_app, qtbot):
    erfenis = start_app()
    sam = _unlocked(erfenis)
    page = _open(erfenis)
    _fill(page, children=False)
    page.fields["me", "unsaid"].unknown.setChecked(True)
    page.fields["me", "unsaid"].editor.setPlainText("Misschien geld.")  # a guess next to the tick: kept too
    page.save_button.click()
    _uuid, kept = _service(erfenis).latest(sam)
    assert kept.answer("grandparents", "reach").unknown and kept.answer("grandparents", "reach").text == ""
    assert kept.answer("me", "unsaid").unknown and kept.answer("me", "unsaid").text == "Misschien geld."
    assert not kept.answer("parents", "unsaid").unknown
    page.back.click()
    page = _open(erfenis)  # read back from the encrypted item
    assert page.fields["grandparents", "reach"].unknown.isChecked()
    assert not page.fields["parents", "unsaid"].unknown.isChecked()
    words = page.canvas.accessibleDescription()
    grandparents = words.split("\n\n")[0]
    assert "Who reached out to the other, and who pulled back? I don’t know" in grandparents
    assert "What was not talked about? " + WORDS["grandparents", "unsaid"] in grandparents
    assert "Not filled in yet" in words  # an empty field says so, it is not an "I don't know"
    assert "Your children" not in words  # no children: not drawn
    assert words == page.words.text()
    drawn = [t.text for b in page.canvas.drawing().boxes for t in b.texts]
    assert "I don’t know" in drawn and "What do you pass on?" == drawn[-2]
    erfenis.window.show_home()
    erfenis.window.home.profiles.exercise_buttons["journal"].click()
    journal = erfenis.window.profiles.journal_page
    [entry] = [e for e in journal.entries if e.kind == "generations"]
    assert "I don’t know" in entry.text and WORDS["parents", "reach"] in entry.text
    assert "Not filled in yet" not in entry.text  # the journal leaves out what is empty
    assert any("Generations" in journal.list.text(i) for i in range(journal.list.count()))


def test_a_canary_is_in_no_file_of_the_data_folder_after_saving_and_locking(start_app, qtbot, data_dir):
    canary = f"{CANARY}-{clock.time_ns()}-ëü"
    erfenis = start_app()
    _unlocked(erfenis)
    page = _open(erfenis)
    _fill(page)
    page.fields["grandparents", "unsaid"].editor.setPlainText(canary)
    page.save_button.click()
    page.pass_on.setPlainText(f"Bij het vergrendelen bewaard: {canary}")  # typed, kept by the lock
    erfenis.session.lock()
    erfenis.window.close()
    erfenis.shutdown()
    places = [p for p in data_dir.rglob("*") if p.is_file()]
    assert any(p.name == "erfenis.db" for p in places)
    for path in places:
        data = path.read_bytes()
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert canary.encode(encoding) not in data, path
            assert "Kanarie-G7".encode(encoding) not in data, path


# The drawing -------------------------------------------------------------------------------------
@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_text_lies_inside_its_box_and_no_two_overlap(start_app, qtbot, scale, scheme):
    erfenis = start_app()
    erfenis.prefs.set_text_scale(scale)
    erfenis.prefs.set_color_scheme(scheme)
    _unlocked(erfenis)
    page = _open(erfenis)
    long = " ".join(["Er werd veel gezwegen aan tafel, en wie iets wilde zeggen wachtte tot het toetje."] * 5)
    _fill(page, {**WORDS, ("parents", "unsaid"): long, ("me", "love"): "Onafgebrokenwoordzonderspatie" * 6})
    erfenis.window.resize(1000, 800)
    wait_for_layout(qtbot, erfenis.window)
    canvas = page.canvas
    assert canvas.height() >= canvas.heightForWidth(canvas.width()) - 1  # nothing cut off at the bottom
    drawing = canvas.drawing()
    assert [b.key for b in drawing.boxes] == ["grandparents", "parents", "me", "children", "question"]
    whole = QRectF(canvas.rect())
    metrics_unit = canvas.fontMetrics().height()
    for placed, box in drawing.all_texts():
        rect = QRectF(placed.rect.x, placed.rect.y, placed.rect.w, placed.rect.h)
        assert QRectF(box.x, box.y, box.w, box.h).contains(rect), placed.text[:30]
        assert whole.contains(rect), placed.text[:30]
    for i, a in enumerate(drawing.boxes):
        assert not any(a.rect.intersects(b.rect) for b in drawing.boxes[i + 1:])
        for j, t in enumerate(a.texts):
            assert not any(t.rect.intersects(u.rect) for u in a.texts[j + 1:]), t.text[:30]
    texts = [t.text for b in drawing.boxes for t in b.texts]
    assert long in texts  # in full on screen, never shortened
    assert metrics_unit >= (26 if scale == 200 else 13)
    # It paints (light and dark), with the line's colour standing out from the page.
    image = canvas.grab().toImage()
    assert image.width() > 0 and image.pixelColor(round(drawing.line[0]), round(drawing.dots[1][1])) != \
        canvas.palette().color(canvas.backgroundRole())


# The files ---------------------------------------------------------------------------------------
@POPPLER
def test_pdf_and_png_hold_each_generations_words_after_a_confirmation(start_app, qtbot, dialogs, tmp_path):
    erfenis = start_app()
    erfenis.prefs.set_text_scale(200)  # the screen's text size does not make the paper's
    _unlocked(erfenis)
    page = _open(erfenis)
    _fill(page)
    pdf, png = tmp_path / "generations.pdf", tmp_path / "generations.png"
    dialogs.answer("ask", "cancel")
    page.pdf_button.click()
    assert not pdf.exists()
    asked = dialogs.texts()[-1]
    assert "Erfenis can no longer protect it" in asked and "Your grandparents" in asked
    assert "What do you pass on? Dat je mag zeggen" in asked
    dialogs.answer("ask", "save", "save")
    dialogs.answer("save_file", pdf, png)
    page.pdf_button.click()
    page.png_button.click()
    assert pdf.stat().st_size > 1000 and png.stat().st_size > 1000
    assert "Saved as" in page.message.text()
    _keep(pdf, "generations.pdf")
    _keep(png, "generations.png")
    text = _pdf_text(pdf)
    for words in WORDS.values():
        assert words in text, words
    for title in ("Your grandparents", "Your parents", "You", "Your children", "What do you pass on?", "Sam",
                  "I don’t know", "What you were given and pass on"):
        assert title in text, title
    for control in ("Save", "Back to the start", "Share", "Alt"):
        assert control not in text  # a document, not a picture of the screen
    # The drawing first, then every generation in words.
    assert text.index("What was passed on") < text.index("In your own words") < text.rindex(WORDS["me", "reach"])
    # A readable size: no word on the page is tiny (pdftotext's box is about 1.16 times the font).
    bbox = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    import re

    heights = [float(b) - float(a) for a, b in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', bbox)]
    assert heights and min(heights) >= 10


@POPPLER
def test_long_answers_are_shortened_in_the_drawing_and_stand_in_full_after_it(start_app, qtbot, dialogs, tmp_path):
    erfenis = start_app()
    _unlocked(erfenis)
    page = _open(erfenis)
    long = {(g, f): f"{g} {f}: " + " ".join(f"zin{i} over vroeger thuis" for i in range(60))
            for g in ("grandparents", "parents", "me", "children") for f in FIELDS}
    _fill(page, long)
    pdf = tmp_path / "long.pdf"
    dialogs.answer("ask", "save")
    dialogs.answer("save_file", pdf)
    page.pdf_button.click()
    _keep(pdf, "generations-long.pdf")
    text = _pdf_text(pdf)
    assert "In your own words" in text and "thuis ..." in text  # (“…” as three dots, NFKC)
    assert text.index("...") < text.index("In your own words")  # shortened in the drawing only
    for words in long.values():
        assert words in text  # every answer in full, after the drawing


# Sharing -------------------------------------------------------------------------------------------
def test_the_partner_sees_it_only_after_it_is_shared_and_no_longer_after_unsharing(start_app, qtbot):
    erfenis = start_app("--demo")
    robin = _unlock_demo(erfenis)
    sam = _partner(erfenis, robin)
    page = _open(erfenis)
    assert page.share_button.isVisible()
    _fill(page)
    page.save_button.click()
    service = _service(erfenis)
    assert service.partners(sam) == ([], 0)  # saved, but private
    assert all(t.kind != "generations" for t in erfenis.session.couple.shared(sam)[0])
    page.share_button.click()
    assert page.share_button.text().replace("&", "") == "Stop sharing"
    [shared], damaged = service.partners(sam)
    assert damaged == 0 and shared.name == "Robin"
    assert shared.generations.answer("parents", "reach").text == WORDS["parents", "reach"]
    assert shared.generations.answer("grandparents", "reach").unknown
    # What we shared: in the reader's words.
    from erfenis_desktop.services.together import Together

    timeline = Together(erfenis.session.couple, erfenis.window.profiles.exercises).timeline(sam, "en")[0]
    assert any(i.kind == "generations" and WORDS["me", "reach"] in i.text for i in timeline)
    # On Sam's own generations page: Robin's drawing, from what Robin shared.
    erfenis.session.lock()
    erfenis.session.enter(sam)
    sams = _open(erfenis)
    assert sams.partner_canvas.isVisibleTo(sams) and "Robin" in sams.partner_title.text()
    assert WORDS["parents", "love"] in sams.partner_canvas.accessibleDescription()
    assert WORDS["parents", "love"] not in sams.canvas.accessibleDescription()  # not as Sam's own
    # A change stops the sharing (words taken out must not stay with the partner).
    erfenis.session.lock()
    robin, _before = erfenis.session.vault.unlock(robin.profile.uuid, erfenis.session.demo_passwords[
        robin.profile.uuid])
    erfenis.session.enter(robin)
    page = _open(erfenis)
    sam = _partner(erfenis, robin)  # Sam's key went with the lock: opened again, on the side
    page.fields["parents", "love"].editor.setPlainText("Anders gezegd.")
    page.save_button.click()
    assert "no longer shared" in page.message.text()
    assert service.partners(sam) == ([], 0)
    page.share_button.click()
    assert service.partners(sam)[0][0].generations.answer("parents", "love").text == "Anders gezegd."
    page.share_button.click()  # stop sharing
    assert service.partners(sam) == ([], 0)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_control_is_named_and_the_alt_letters_are_unique(start_app, qtbot, lang):
    from PySide6.QtWidgets import QAbstractButton, QCheckBox, QPlainTextEdit

    from tests.test_accessibility import _mnemonic

    erfenis = start_app("--lang", lang)
    _unlocked(erfenis)
    page = _open(erfenis)
    for w in page.findChildren(QAbstractButton) + page.findChildren(QPlainTextEdit):
        assert w.accessibleName() or isinstance(w, QCheckBox) and w.text(), w
    assert page.canvas.accessibleName() and page.canvas.accessibleDescription()
    window = erfenis.window
    header = [window.nav_home.text(), window.nav_settings.text(), window.nav_about.text(),
              window.lock_button.text(), window.file_menu.title(), window.help_menu.title()]
    texts = [t for t in header + [b.text() for b in page.findChildren(QAbstractButton)] if _mnemonic(t)]
    letters = [_mnemonic(t) for t in texts]
    if lang == "en":  # (the Dutch Alt letters come with the translation of the interface)
        assert len(letters) == len(set(letters)), sorted(zip(letters, texts))
    else:
        assert page.title.text() == "Generaties" and page.fields["me", "love"].unknown.text() == "Weet ik niet"
