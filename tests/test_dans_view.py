"""The dans view through the screens: the demo couple, missing data, the step-through, export."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from erfenis_desktop.services.content import load_content
from tests.test_exercises import wait_for_layout
from tests.test_profile_screens import texts_everywhere

DEMO = load_content().texts


def _unlock_demo(erfenis, index=0):
    vault = erfenis.session.vault
    profile = vault.profiles()[index]
    unlocked, _before = vault.unlock(profile.uuid, erfenis.session.demo_passwords[profile.uuid])
    erfenis.session.enter(unlocked)
    return unlocked


def _dans(erfenis):
    flow = erfenis.window.profiles
    flow.show_exercise("dans")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return flow.dans_page


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_demo_opens_a_made_up_couple_apart_from_the_real_data(start_app, data_dir, lang):
    erfenis = start_app("--demo", "--lang", lang)
    demo = DEMO[lang]["demo"]["people"]
    assert erfenis.data_dir != data_dir and not data_dir.exists()
    buttons = [b.text() for b in erfenis.window.home.profiles.buttons.values()]
    assert any(demo["a"]["password"] in t for t in buttons) and any(demo["b"]["password"] in t for t in buttons)
    page = _dans(erfenis) if _unlock_demo(erfenis) else None
    shown = texts_everywhere(page) + page.canvas.accessibleDescription()
    assert demo["a"]["name"] in page.sentences.text() and demo["b"]["name"] in page.sentences.text()
    assert page.data.dance.shape == "pursue_withdraw" and page.data.dance.pursuer == 0
    assert demo["a"]["cycle"]["meaning"] in shown and demo["b"]["cycle"]["meaning"] in shown
    for note in (DEMO[lang]["demo"]["note_a"], DEMO[lang]["demo"]["note_b"]):
        assert note not in shown  # private notes never reach the view
    folder = erfenis.demo_dir
    erfenis.shutdown()
    assert not folder.exists()  # gone when Erfenis closes


@pytest.mark.parametrize("scale", [100, 200])
def test_every_text_of_the_loop_lies_inside_its_box_and_every_box_inside_the_picture(start_app, scale, qtbot):
    erfenis = start_app("--demo")
    erfenis.prefs.set_text_scale(scale)
    _unlock_demo(erfenis)
    page = _dans(erfenis)
    erfenis.window.resize(1000, 800)
    wait_for_layout(qtbot, erfenis.window)
    canvas = page.canvas
    assert canvas.height() >= canvas.heightForWidth(canvas.width()) - 1
    boxes = canvas.boxes()
    assert len(boxes) == 6
    whole = canvas.rect().toRectF() if hasattr(canvas.rect(), "toRectF") else canvas.rect()
    for layout in boxes:
        assert whole.contains(layout.box.toRect())
        assert layout.box.contains(layout.title) and layout.box.contains(layout.text)
    for i, a in enumerate(boxes):  # no two boxes overlap
        assert not any(a.box.intersects(b.box) for b in boxes[i + 1:])
    for rect in page.bars.label_rects():
        assert page.bars.rect().contains(rect.toRect())


def test_what_is_missing_is_said_with_how_to_share_it(start_app, qtbot):
    erfenis = start_app("--demo")
    robin = _unlock_demo(erfenis)
    couple = erfenis.session.couple
    for item in couple.shared(robin)[0]:  # Robin takes back the shared loop
        if item.owner_uuid == robin.profile.uuid and item.kind == "cycle_map":
            couple.unshare(robin, item.uuid)
    page = _dans(erfenis)
    assert "Robin has not shared a loop yet" in page.notes.text()
    assert "(not shared yet)" in page.canvas.accessibleDescription()  # never an empty picture
    assert page.data.dance.sentences  # still a sentence from the scores


def test_private_unshared_cycle_map_text_never_reaches_the_view(start_app, qtbot):
    erfenis = start_app("--demo")
    robin = _unlock_demo(erfenis)
    from erfenis_desktop.services.dans import CYCLE_MAP, DansService

    DansService(erfenis.session.couple, erfenis.window.profiles.exercises).save(
        robin, CYCLE_MAP, {"meaning": "Dit is nog van mij alleen."})
    page = _dans(erfenis)
    assert "Dit is nog van mij alleen" not in texts_everywhere(page) + page.canvas.accessibleDescription()


def test_stepping_through_with_the_keyboard(start_app, qtbot):
    erfenis = start_app("--demo")
    _unlock_demo(erfenis)
    page = _dans(erfenis)
    page.step_button.click()
    steps = page.steps_view
    assert page.stack.currentWidget() is steps and steps.counter.text() == "Step 1 of 6"
    assert steps.title.text() == "Robin does" and steps.exit_list.text().startswith("– ")
    qtbot.keyClick(steps, Qt.Key.Key_Space)
    qtbot.keyClick(steps, Qt.Key.Key_Right)
    assert steps.counter.text() == "Step 3 of 6" and steps.title.text() == "Sam feels"
    qtbot.keyClick(steps, Qt.Key.Key_Left)
    assert steps.counter.text() == "Step 2 of 6"
    qtbot.keyClick(steps, Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is page.view


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_export_asks_first_and_holds_shared_words_only(start_app, dialogs, tmp_path):
    erfenis = start_app("--demo")
    _unlock_demo(erfenis)
    page = _dans(erfenis)
    demo = DEMO["en"]["demo"]
    pdf, png = tmp_path / "dance.pdf", tmp_path / "dance.png"
    dialogs.answer("ask", "cancel")
    page.pdf_button.click()
    assert not pdf.exists() and "This is what will be in the file" in dialogs.texts()[-1]
    dialogs.answer("ask", "save", "save")
    dialogs.answer("save_file", pdf, png)
    page.pdf_button.click()
    page.png_button.click()
    assert png.stat().st_size > 1000
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert demo["people"]["a"]["cycle"]["meaning"][:30] in text and "Robin" in text and "Sam" in text
    assert demo["note_a"][:30] not in text and demo["people"]["a"]["history"]["who"][:30] not in text


def test_alone_the_view_shows_ones_own_side_and_history(start_app):
    erfenis = start_app("--demo")
    sam = _unlock_demo(erfenis, 1)
    erfenis.session.couple.unlink(sam)
    page = _dans(erfenis)
    demo = DEMO["en"]["demo"]["people"]["b"]
    assert len(page.data.people) == 1 and page.title.text() == "Your side of the dance"
    assert page.sentences.text() == DEMO["en"]["dans"]["solo"]["withdraw"]
    assert demo["cycle"]["meaning"] in page.canvas.accessibleDescription()
    assert demo["history"]["same_dance"] in texts_everywhere(page)


def test_mapping_the_loop_is_saved_privately_and_shared_by_choice(start_app, qtbot):
    from tests.test_profile_screens import make_profile

    erfenis = start_app()
    make_profile(erfenis, qtbot, "Noor")
    erfenis.window.home.profiles.exercise_buttons["cycle"].click()
    flow = erfenis.window.profiles
    page = flow.cycle_page
    assert flow.pages.currentWidget() is page and not page.share_button.isVisible()  # no partner: nothing to share
    page.inputs["meaning"].setPlainText("Ik tel niet mee.")
    feelings = page.inputs["underneath"]
    feelings.boxes[0].setChecked(True)
    feelings.own.setText("klein")
    move = page.inputs["move"]
    move.combo.setCurrentIndex(move.combo.findData("go_quiet"))
    page.inputs["fear"].setEditText("Ik word opgeslokt.")
    page.back.click()  # leaving saves
    from erfenis_desktop.services.dans import CYCLE_MAP, DansService

    _uuid, saved = DansService(erfenis.session.couple, flow.exercises).latest(erfenis.session.current, CYCLE_MAP)
    assert saved["meaning"] == "Ik tel niet mee." and saved["move"] == "go_quiet"
    assert saved["underneath"] == f"{feelings.boxes[0].text()}, klein" and saved["fear"] == "Ik word opgeslokt."
    erfenis.session.lock()  # the page is emptied on lock, and comes back filled after unlocking
    assert page.inputs["meaning"].toPlainText() == ""


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_dans_screens_are_named_and_their_alt_letters_unique(start_app, lang):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from tests.test_accessibility import _interactive, _mnemonic

    erfenis = start_app("--demo", "--lang", lang)
    _unlock_demo(erfenis)
    window = erfenis.window
    header = [window.nav_home.text(), window.nav_settings.text(), window.nav_about.text(),
              window.file_menu.title(), window.help_menu.title(), window.lock_button.text()]
    page = _dans(erfenis)
    flow = window.profiles
    flow.show_exercise("cycle")
    screens = [page.view, flow.cycle_page]
    page.step_through()
    screens.append(page.steps_view)
    for screen in screens:
        widgets = [w for w in _interactive(screen) if w.isVisibleTo(screen)]
        assert [w for w in widgets if not w.accessibleName().strip()] == []
        texts = [w.text() for kind in (QAbstractButton, QLabel) for w in screen.findChildren(kind)
                 if w.isVisibleTo(screen)]
        letters = [m for m in map(_mnemonic, header + texts) if m]
        assert len(letters) == len(set(letters)), sorted(letters)


def test_where_i_know_it_from_is_linked_to_my_own_pattern_check(start_app):
    erfenis = start_app("--demo")
    _unlock_demo(erfenis)
    flow = erfenis.window.profiles
    flow.show_exercise("cycle")
    hint = flow.cycle_page.origin_hint.text()
    # About a person: a description, not a verdict (issue 12; "dad" is a name as typed, not a role word).
    assert hint.startswith("What stood out in your pattern mirror:") and "dad, as someone who was often not there" in hint
    assert "absent parent" not in hint


def test_a_step_of_the_step_through_can_be_saved_as_a_picture(start_app, dialogs, tmp_path):
    erfenis = start_app("--demo")
    _unlock_demo(erfenis)
    page = _dans(erfenis)
    page.step_button.click()
    dialogs.answer("ask", "save")
    dialogs.answer("save_file", tmp_path / "step.png")
    page.steps_view.save_button.click()
    from PySide6.QtGui import QImage, QPageSize

    image = QImage(str(tmp_path / "step.png"))
    # A card of the step (A5 landscape at 150 dpi), not a picture of the screen with its buttons.
    a5 = QPageSize(QPageSize.PageSizeId.A5).sizePixels(150)
    assert not image.isNull() and image.width() == a5.height() and image.height() >= a5.width()
    assert image.size() != page.steps_view.size()


def test_the_step_through_is_emptied_when_the_profile_locks(start_app):
    erfenis = start_app("--demo")
    _unlock_demo(erfenis)
    page = _dans(erfenis)
    page.step_button.click()
    assert page.steps_view.text.text()
    erfenis.session.lock()
    steps = page.steps_view
    assert (steps.title.text(), steps.text.text(), steps.exit_list.text(), steps.accessibleName()) == ("", "", "", "")


def test_opening_and_leaving_the_loop_form_changes_nothing_and_keeps_it_shared(start_app):
    erfenis = start_app("--demo")
    robin = _unlock_demo(erfenis)
    couple = erfenis.session.couple
    before = [t.uuid for t in couple.shared(robin)[0] if t.kind == "cycle_map"]
    flow = erfenis.window.profiles
    flow.show_exercise("cycle")
    flow.cycle_page.back.click()
    assert [t.uuid for t in couple.shared(robin)[0] if t.kind == "cycle_map"] == before


def test_switching_language_with_the_view_open_rebuilds_it_in_the_new_language(start_app):
    erfenis = start_app("--demo")
    _unlock_demo(erfenis)
    page = _dans(erfenis)
    page.step_button.click()
    erfenis.prefs.set_language("nl")
    QCoreApplication.processEvents()  # the language change reaches every widget
    assert page.sentences.text().startswith("Als Robin") and page.steps_view.title.text() == "Robin doet"


def test_a_shared_loop_reads_as_one_on_the_shared_timeline(start_app):
    erfenis = start_app("--demo")
    _unlock_demo(erfenis)
    flow = erfenis.window.profiles
    flow.show_exercise("timeline")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    shown = texts_everywhere(flow.timeline_page)
    assert "Mapping our loop" in shown and DEMO["en"]["demo"]["people"]["b"]["cycle"]["meaning"] in shown
    assert "cycle_map" not in shown


def test_a_damaged_shared_loop_is_said_not_guessed_at(start_app):
    erfenis = start_app("--demo")
    robin = _unlock_demo(erfenis)
    couple = erfenis.session.couple
    item = next(t for t in couple.shared(robin)[0] if t.kind == "cycle_map" and t.owner_uuid != robin.profile.uuid)
    body = bytearray(couple.repo.shared_item(item.uuid).body)
    body[-1] ^= 1
    couple.repo.db.conn.execute("UPDATE shared_item SET body = ? WHERE uuid = ?", (bytes(body), item.uuid))
    page = _dans(erfenis)
    assert "damaged" in page.notes.text() and "Sam has not shared a loop yet" in page.notes.text()


def test_the_loop_shared_last_is_the_one_shown_even_within_one_second(start_app):
    """Sam changes the loop and shares it again and again, quicker than a clock's second: the
    view shows the words shared last, never an earlier version that happens to sort after it."""
    from erfenis_desktop.services.dans import CYCLE_MAP, DansService

    erfenis = start_app("--demo")
    robin = _unlock_demo(erfenis)
    vault = erfenis.session.vault
    other = vault.profiles()[1]
    sam = vault.unlock(other.uuid, erfenis.session.demo_passwords[other.uuid])[0]
    couple = erfenis.session.couple
    service = DansService(couple, erfenis.window.profiles.exercises)
    _uuid, cycle = service.latest(sam, CYCLE_MAP)
    for n in range(6):
        cycle["meaning"] = f"Version {n} of what it means to me"
        couple.share(sam, service.save(sam, CYCLE_MAP, cycle))
    assert service.latest(sam, CYCLE_MAP)[1]["meaning"] == "Version 5 of what it means to me"
    sides = service.view(robin, "en").sides
    assert [s.cycle["meaning"] for s in sides if s.name == sam.profile.name] == ["Version 5 of what it means to me"]
    page = _dans(erfenis)
    assert "Version 5 of what it means to me" in texts_everywhere(page)
    assert "Version 4" not in texts_everywhere(page)


def test_time_stamps_are_kept_in_the_order_they_were_made():
    """Every stored moment is later than the one before it in the same run, to the millisecond,
    and reads back as a date and time: "the latest" is always what was written last."""
    from datetime import datetime

    from erfenis_desktop.storage.database import utc_now

    stamps = [utc_now() for _ in range(3000)]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    moments = [datetime.fromisoformat(s) for s in stamps]
    assert all(a < b for a, b in zip(moments, moments[1:], strict=False))
    assert all(m.utcoffset().total_seconds() == 0 for m in moments)
