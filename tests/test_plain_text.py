"""Names and other typed text are shown as typed, on every screen, in every message and file.

A profile named ``<img src=/dev/zero>`` once made the partner's Erfenis read /dev/zero until
memory ran out (a QLabel left at Qt's AutoText reads it as a picture to load), and
``<i></i>Alex`` passed for "Alex". These tests walk every screen with such names, parent
figures and answers, and check that no widget, tooltip, message box or export reads them as
markup: each is shown literally, never interpreted and never shown escaped (``&lt;``).
"""

from __future__ import annotations

import html
import re
import resource
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QWidget

from erfenis_desktop.ui.common.dialogs import Dialogs
from tests.test_profile_screens import fill_in_new_profile

ZERO, ALEX, SAM = "<img src=/dev/zero>", "<i></i>Alex", "<b>Sam</b> & Co"
PASSWORDS = {ZERO: "lange wandeling nul", ALEX: "lange wandeling alex", SAM: "lange wandeling sam"}
PARENTS = ("<b>Mum</b>", "<img src=/dev/zero>")
PERSON = "<s>Oma</s>"  # typed on a half of the together screen: who the answer is about
ANSWER = "<img src=/dev/zero> <u>Bij ons</u> werd <b>gezwegen</b> & gewacht"
NOTE = "<i>Vertel</i> me meer <img src=/dev/zero>"
LOOP = {"trigger": "<b>Als</b> ik laat thuiskom", "meaning": "<u>Ik tel niet mee</u>", "need": "<i>Gezien</i> worden",
        "origin": "<s>Thuis</s> bij <img src=/dev/zero>"}
HISTORY = "<b>Jesse</b> <img src=/dev/zero>"
#: Pieces of markup that only the values above bring in: no text of Erfenis itself holds them.
MARKERS = ("<img", "<i>", "</i>", "<b>", "</b>", "<u>", "</u>", "<s>", "</s>")


@pytest.fixture(autouse=True)
def _bounded_memory():
    """Should a label ever read ``<img src=/dev/zero>`` as a picture again, Qt reads /dev/zero until
    memory runs out: with a bound, that crashes this test run instead of filling the machine."""
    status = Path("/proc/self/status")
    if not status.exists():
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    size = int(status.read_text().split("VmSize:")[1].split()[0]) * 1024
    limit = size + 3 * 2 ** 30
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    if soft == resource.RLIM_INFINITY or soft > limit:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


# What a person sees ------------------------------------------------------------------------

def _markup(text: str) -> bool:
    """Would Qt read this text as rich text if left to decide (AutoText, tooltips)?"""
    return QtGui.Qt.mightBeRichText(text)


def _rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    return fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and _markup(label.text()))


def _shown(text: str) -> str:
    """A button's text as it is drawn: "&x" is the shortcut x, "&&" an ampersand."""
    return re.sub(r"&(.)", r"\1", text)


def _roots(erfenis) -> list[QWidget]:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # what was taken out is gone
    QApplication.processEvents()  # and what was put in is shown
    return [erfenis.window] + [w for w in QApplication.topLevelWidgets()
                               if w.isVisible() and w is not erfenis.window and not isinstance(w, QMessageBox)]


def _misread(erfenis) -> list[str]:
    """Every widget that interprets a typed value: a label or tooltip read as markup, a label
    showing escaped markup (``&lt;``) as if it were text, a button turning "&" into a shortcut."""
    out = []
    for root in _roots(erfenis):
        for w in [root] + root.findChildren(QWidget):
            if isinstance(w, QLabel):
                text = w.text()
                if any(m in text for m in MARKERS) and _rich(w):
                    out.append(f"label read as markup: {text!r} ({w.objectName() or type(w).__name__})")
                if "&lt;" in text and not _rich(w):
                    out.append(f"label shows escaped text: {text!r}")
            tip = w.toolTip()
            if any(m in tip for m in MARKERS) and _markup(tip):
                out.append(f"tooltip read as markup: {tip!r}")
            if isinstance(w, QAbstractButton) and SAM in w.text():
                out.append(f"'&' in a name made a shortcut: {w.text()!r}")
    return out


def _visible_text(erfenis) -> str:
    """The texts on screen now, as drawn: labels, buttons (shortcut marks resolved), tooltips."""
    parts = []
    for root in _roots(erfenis):
        for w in [root] + root.findChildren(QWidget):
            if not w.isVisible():
                continue
            if isinstance(w, QLabel):
                parts.append(w.text())
            elif isinstance(w, QAbstractButton):
                parts.append(_shown(w.text()))
            if w.toolTip():
                parts.append(QtGui.QTextDocumentFragment.fromHtml(w.toolTip()).toPlainText()
                             if _markup(w.toolTip()) else w.toolTip())
    return "\n".join(parts)


def check(erfenis, where: str, *expected: str) -> None:
    """On this screen every value is shown as typed; ``expected`` values are on it."""
    assert _misread(erfenis) == [], where
    shown = _visible_text(erfenis)
    for value in expected:
        assert value in shown, f"{where}: {value!r} is not on the screen"


def check_messages(dialogs) -> None:
    """Every message box that was shown (through Dialogs) shows its text as plain text."""
    told = [r for r in dialogs.log if r.kind in ("inform", "warn", "ask")]
    for request in told:
        box = Dialogs.message_box(QMessageBox.Icon.Question, None, request.title, request.text)
        label = box.findChild(QLabel, "qt_msgbox_label")
        assert box.textFormat() == Qt.TextFormat.PlainText and not _rich(label) and label.text() == request.text
        box.deleteLater()


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


# Profiles ---------------------------------------------------------------------------------------

def _make(erfenis, qtbot, name: str, dialogs=None, pdf: Path | None = None) -> None:
    """Through the screens, checking the code page and the unlocked home on the way (and
    saving the recovery code as a PDF when asked)."""
    flow = erfenis.window.profiles
    fill_in_new_profile(erfenis, qtbot, name, PASSWORDS[name])
    check(erfenis, "recovery code page")
    if pdf is not None:
        dialogs.answer("ask", "save")  # the warning that the file is not protected, naming what is in it
        dialogs.answer("save_file", pdf)
        flow.code_page.pdf_button.click()
        assert name in dialogs.log[-2].text
        check(erfenis, "recovery code page, saved", str(pdf))
    code = flow.code_page._code.split("-")
    for field, index in zip(flow.code_page.group_fields, flow.code_page._indices):
        field.setText(code[index - 1])
    flow.code_page.done_button.click()
    assert erfenis.session.is_unlocked
    check(erfenis, "home, unlocked", f"Hello, {name}", name)  # the header chip's tooltip too


def _uuid(erfenis, name: str) -> str:
    return next(p.uuid for p in erfenis.session.vault.profiles() if p.name == name)


def _unlock(erfenis, qtbot, name: str) -> None:
    flow = erfenis.window.profiles
    erfenis.window.home.profiles.buttons[_uuid(erfenis, name)].click()
    check(erfenis, "unlock page", f"Unlock {name}")
    flow.unlock_page.password.edit.setText(PASSWORDS[name])
    flow.unlock_page.go.click()
    qtbot.waitUntil(lambda: erfenis.session.is_unlocked, timeout=5000)


def test_picker_create_unlock_home_and_profile_windows_show_names_as_typed(start_app, qtbot, dialogs, tmp_path):
    folder = tmp_path / "<b>Erfenis"  # the data folder, named on the settings page
    erfenis = start_app("--data-dir", str(folder))
    flow = erfenis.window.profiles
    code_pdf = tmp_path / "code.pdf"
    # <i></i>Alex first: should a label read markup again, this fails on "Hello, <i></i>Alex" before
    # any label could start reading /dev/zero (which the memory bound then stops, with a crash).
    for name in (ALEX, SAM, ZERO):
        _make(erfenis, qtbot, name, dialogs, code_pdf if name == SAM else None)
        erfenis.session.lock()
    text = pdf_text(code_pdf)  # the recovery code on paper: if it names the profile, as typed
    assert SAM in text and "&lt;" not in text and "&amp;" not in text
    check(erfenis, "picker", ZERO, ALEX, SAM)
    picker = erfenis.window.home.profiles
    assert sorted(_shown(b.text()) for b in picker.buttons.values()) == sorted((ZERO, ALEX, SAM))
    assert picker.buttons[_uuid(erfenis, SAM)].accessibleName() == f"Open the profile of {SAM}"

    erfenis.window.home.profiles.create_button.click()  # a lookalike of an existing name is refused
    flow.create_page.name.setText("<I></I>ALEX")
    flow.create_page.password.edit.setText(PASSWORDS[ALEX])
    flow.create_page.repeat.edit.setText(PASSWORDS[ALEX])
    flow.create_page.go.click()
    assert flow.create_page.message.text() == "There is already a profile with this name. Choose another name."
    check(erfenis, "create page")
    flow.create_page.cancel.click()

    erfenis.window.home.profiles.buttons[_uuid(erfenis, ZERO)].click()
    flow.unlock_page.password.edit.setText("niet het goede wachtwoord")
    flow.unlock_page.go.click()
    qtbot.waitUntil(lambda: flow.unlock_page.message.isVisible(), timeout=5000)
    check(erfenis, "unlock page after a wrong password", f"Unlock {ZERO}")
    flow.unlock_page.cancel.click()

    _unlock(erfenis, qtbot, ALEX)
    check(erfenis, "home", f"Hello, {ALEX}")
    assert erfenis.window.profile_chip.toolTip() != ALEX and ALEX in _visible_text(erfenis)
    erfenis.window.show_settings()
    check(erfenis, "settings", str(folder))
    erfenis.window.show_home()
    for action in ("password", "recovery", "renew", "delete"):
        picker.buttons[action].click()
        check(erfenis, f"the {action} window")
        flow.action_dialogs[-1].cancel()
    picker.buttons["rename"].click()
    dialog = flow.action_dialogs[-1]
    assert dialog.fields["name"].text() == ALEX
    check(erfenis, "the rename window")
    dialog.fields["name"].setText("<s>Alex</s>")
    dialog.submit()
    check(erfenis, "home after renaming", "Hello, <s>Alex</s>")

    check_messages(dialogs)


# One person's own exercises ---------------------------------------------------------------------

def _pattern_check(erfenis, qtbot, parents=PARENTS) -> None:
    """Through the screens; the absent parent stands out."""
    flow = erfenis.window.profiles
    erfenis.window.home.profiles.exercise_buttons["pattern"].click()
    page = flow.pattern_page
    for parent in parents:  # typed with a direction override and a zero-width space: left out
        page.parent_name.setText(f"\u202e{parent}\u200b")
        page.add_parent.click()
    assert page.parents() == list(parents)
    check(erfenis, "who raised you")
    page.start_button.click()
    seen = set()
    while flow.pages.currentWidget() is page:
        q = page._questions()[page.index]
        if q.parent and q.parent not in seen:
            seen.add(q.parent)
            check(erfenis, "a question about a parent figure", q.parent)
        page.answer((1 if q.item.reverse else 7) if q.item.scale == "absent" else 4)
    assert seen == set(parents)


def test_pattern_check_results_step_one_notes_and_journal_show_typed_text_as_typed(start_app, qtbot, dialogs,
                                                                                      tmp_path):
    erfenis = start_app()
    _make(erfenis, qtbot, SAM)
    flow = erfenis.window.profiles
    _pattern_check(erfenis, qtbot)
    assert flow.pages.currentWidget() is flow.results_page
    check(erfenis, "results", *PARENTS)

    flow.results_page.step_one.click()
    step = flow.step_one_page
    check(erfenis, "step 1", PARENTS[0])
    step.editor.insertPlainText(ANSWER)  # as if typed
    step.next_button.click()
    check(erfenis, "step 1, next question")
    step.back.click()

    erfenis.window.home.profiles.notes_button.click()
    notes = flow.notes_page
    notes.editor.setPlainText(NOTE)
    notes.save()
    check(erfenis, "my notes")
    notes.back.click()

    erfenis.window.home.profiles.exercise_buttons["journal"].click()
    journal = flow.journal_page
    assert journal.list.count() == 3  # the note, the answer in step 1, the pattern mirror's results
    for row in range(journal.list.count()):
        journal.list.setCurrentRow(row)
        check(erfenis, "everything I wrote")
    assert any(PARENTS[0] in journal.list.text(i) for i in range(journal.list.count()))
    target = tmp_path / "<b>mijn.pdf"  # a file name with markup in it, named in the message
    dialogs.answer("ask", "save")
    dialogs.answer("save_file", target)
    journal.export.click()
    check(erfenis, "everything I wrote, saved", str(target))
    text = pdf_text(target)
    for value in (SAM, PARENTS[0], ANSWER, NOTE):
        assert value in text, value  # the literal text, as text
    assert "&lt;" not in text and "&amp;" not in text
    check_messages(dialogs)


# Together -----------------------------------------------------------------------------------------

def _couple(erfenis, qtbot):
    """ALEX and ZERO: made (ALEX first, see above), ALEX unlocked, ZERO joining on the Together
    screen, linked."""
    for name in (ALEX, ZERO):
        _make(erfenis, qtbot, name)
        erfenis.session.lock()
    _unlock(erfenis, qtbot, ALEX)
    flow = erfenis.window.profiles
    erfenis.window.home.profiles.exercise_buttons["together"].click()
    page = flow.couple_page
    check(erfenis, "together, not linked", f"Link with {ZERO}…")
    page.partnerUnlockRequested.emit(_uuid(erfenis, ZERO))
    check(erfenis, "the partner unlocks", f"Unlock {ZERO}")
    flow.unlock_page.password.edit.setText(PASSWORDS[ZERO])
    flow.unlock_page.go.click()
    qtbot.waitUntil(lambda: flow.pages.currentWidget() is page, timeout=5000)
    check(erfenis, "comparing the words", f"{ZERO}: I have seen the words of {ALEX}",
          f"{ALEX}: I have seen the words of {ZERO}", f"The words of {ZERO}: ", ZERO)  # and the partner chip
    for seen in page.seen:
        seen.setChecked(True)
    page.link_button.click()
    assert page.state == "linked"
    check(erfenis, "linked", f"Linked with {ZERO}")
    return flow, page


def _start(flow, page, prompt_id: str, turns: bool = False):
    page.prompt.setCurrentIndex(page.prompt.findData(prompt_id))
    (page.turns if turns else page.side).setChecked(True)
    page.start_button.click()
    assert flow.pages.currentWidget() is flow.together_page
    return flow.together_page


def _write(half, text: str) -> None:
    from PySide6.QtCore import QMimeData

    data = QMimeData()
    data.setText(text)
    half.editor.setFocus()
    half.editor.insertFromMimeData(data)


def test_together_linking_answering_revealing_talking_and_the_timeline_show_names_as_typed(start_app, qtbot,
                                                                                             dialogs):
    erfenis = start_app()
    flow, page = _couple(erfenis, qtbot)
    together = _start(flow, page, "table")  # a question about someone each writer names
    alex, zero = together.halves
    for half in together.halves:
        half.person.setText(f"{PERSON}\u2067")  # a direction isolate typed along is left out
    check(erfenis, "side by side", f"Share with {ZERO} after reading", f"Share with {ALEX} after reading",
          f"What was {PERSON} like at the table?", ALEX, ZERO)
    _write(alex, ANSWER)
    _write(zero, NOTE)
    for half in together.halves:
        half.share.setChecked(True)
        half.lock_in.click()
    assert together.stack.currentWidget() is together.ready_page
    check(erfenis, "ready to read")
    together.reveal_button.click()
    check(erfenis, "the reveal and the talk guide", ANSWER, NOTE, f"{ALEX} talks, {ZERO} listens.",
          f"{ALEX} is talking:", f"{ZERO} is listening:")
    together.guide.swap_button.click()
    check(erfenis, "the talk guide, swapped", f"{ZERO} talks, {ALEX} listens.")
    together.back.click()

    together = _start(flow, page, "sad_at_home", turns=True)
    check(erfenis, "taking turns: look away", f"{ZERO}, please look away for a moment. It is {ALEX}’s turn.",
          f"I am {ALEX}: I start writing")
    together.handover_button.click()
    _write(together.halves[0], "Mijn <b>beurt</b>")
    together.halves[0].lock_in.click()
    check(erfenis, "taking turns: the hand-over", f"{ALEX}, please look away for a moment. It is {ZERO}’s turn.",
          f"Pass the keyboard to {ZERO}.", f"I am {ZERO}: I start writing")
    together.back.click()

    page.timeline_button.click()
    check(erfenis, "what we shared", ANSWER, NOTE, f"What was {PERSON} like at the table?")

    # Both share their pattern-check results: side by side, with the parent figures' names.
    flow.show_exercise("together")
    from erfenis_desktop.domain.questionnaire import questions
    from erfenis_desktop.services.exercises import Run

    q = flow.exercises.questionnaire("en")
    for u, parents in ((erfenis.session.current, PARENTS), (erfenis.session.partner, (PERSON,))):
        run = Run(parents=list(parents), answers={x.key: 5 for x in questions(q, list(parents))})
        run = flow.exercises.finish(u, flow.exercises.save_run(u, run))
        erfenis.session.couple.share(u, run.uuid)
    page.compare_button.click()
    check(erfenis, "both results side by side", ALEX, ZERO)
    assert [name for name, _v, _c in flow.compare_page.axis.markers] == [ALEX, ZERO]
    check_messages(dialogs)


def test_loop_history_and_the_dance_with_its_exports_show_typed_text_as_typed(start_app, qtbot, dialogs, tmp_path):
    erfenis = start_app()
    flow, page = _couple(erfenis, qtbot)
    alex, zero = erfenis.session.current, erfenis.session.partner  # ZERO's loop, shared; ALEX's on screen
    from erfenis_desktop.services.dans import CYCLE_MAP, DansService

    DansService(erfenis.session.couple, flow.exercises).save(zero, CYCLE_MAP, dict(LOOP, move="go_quiet"))
    erfenis.session.couple.share(zero, DansService(erfenis.session.couple, flow.exercises).latest(zero, CYCLE_MAP)[0])
    _pattern_check(erfenis, qtbot)
    flow.show_exercise("cycle")
    cycle = flow.cycle_page
    for key, text in LOOP.items():
        cycle.inputs[key].setPlainText(text)
    cycle.inputs["fear"].setEditText("<b>Alleen</b> blijven")
    cycle.save()
    cycle.share_button.click()
    check(erfenis, "mapping our loop", f"What stood out in your pattern mirror: {PARENTS[0]}")
    flow.show_exercise("history")
    history = flow.history_page
    history.inputs["who"].setPlainText(HISTORY)
    history.save()
    check(erfenis, "earlier relationships")

    flow.show_exercise("dans")
    dans = flow.dans_page
    check(erfenis, "our dance")
    drawn = dans.canvas.accessibleDescription()  # the loop is painted as plain text, named for screen readers
    for value in (f"{ALEX} does", f"{ZERO} thinks", LOOP["meaning"]):
        assert value in drawn
    dans.step_button.click()
    for box in dans.step_boxes():
        check(erfenis, "stepping through", box.title, box.text, f"The way out for {(ALEX, ZERO)[box.owner]}:")
        dans.steps_view.next_button.click()
    dans.steps_view.stop_button.click()
    pdf, png = tmp_path / "dance.pdf", tmp_path / "dance.png"
    dialogs.answer("ask", "save", "save")
    dialogs.answer("save_file", pdf, png)
    dans.pdf_button.click()
    dans.png_button.click()
    assert png.stat().st_size > 1000
    check(erfenis, "our dance, saved", str(png))
    text = pdf_text(pdf)
    for value in (f"{ALEX} does", f"{ZERO} thinks", LOOP["meaning"]):
        assert value in text, value
    assert "&lt;" not in text and "&amp;" not in text
    asked = [r for r in dialogs.log if r.kind == "ask"]
    assert asked and LOOP["meaning"] in asked[-1].text  # the export warning lists the shared words as typed

    erfenis.session.couple.unlink(alex)  # alone: one's own side, with the earlier relationships
    flow.show_exercise("dans")
    check(erfenis, "your side of the dance", HISTORY)
    assert LOOP["meaning"] in dans.canvas.accessibleDescription()
    pdf = tmp_path / "alone.pdf"
    dialogs.answer("ask", "save")
    dialogs.answer("save_file", pdf)
    dans.pdf_button.click()
    assert HISTORY in pdf_text(pdf)
    check_messages(dialogs)


def test_a_data_folder_named_with_markup_and_a_placeholder_is_named_as_typed(start_app, dialogs, tmp_path):
    from erfenis_desktop.app import EXIT_REFUSED

    blocker = tmp_path / "<b>map %2"  # a file where the folder should go: it cannot be made
    blocker.write_text("")
    start_app("--data-dir", str(blocker / "data"), expect_exit=EXIT_REFUSED)
    told = dialogs.log[-1]
    assert told.kind == "warn" and f"Erfenis cannot create its data folder {blocker / 'data'} (" in told.text
    check_messages(dialogs)


# Message boxes, really shown -----------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["inform", "warn", "ask"])
def test_a_real_message_box_shows_markup_in_its_text_as_typed(qapp, qtbot, kind):
    text = f"{ALEX} and {SAM} have shared something."
    seen = []

    def look_and_close():
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(10, look_and_close)  # not shown yet: look again at the next turn
            return
        label = boxes[0].findChild(QLabel, "qt_msgbox_label")
        seen.append((boxes[0].textFormat(), _rich(label), label.text()))
        boxes[0].done(0)

    QTimer.singleShot(0, look_and_close)
    dialogs = Dialogs()
    if kind == "ask":
        assert dialogs.ask(None, "Title", text, [("go", "Go"), ("cancel", "Cancel")], "cancel") == "cancel"
    else:
        getattr(dialogs, kind)(None, "Title", text)
    assert seen == [(Qt.TextFormat.PlainText, False, text)]


def test_fill_puts_values_in_once_and_buttons_show_an_ampersand():
    from erfenis_desktop.ui.common.widgets import fill, for_button, tooltip

    assert fill("%1 talks, %2 listens.", "%2", "Bo") == "%2 talks, Bo listens."
    assert fill("%1 and %1", "x") == "x and x"
    assert _shown(for_button(SAM)) == SAM
    assert QtGui.QTextDocumentFragment.fromHtml(tooltip(ALEX)).toPlainText() == ALEX
    assert html.escape(ZERO) in tooltip(ZERO)
