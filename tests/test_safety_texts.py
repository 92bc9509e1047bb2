"""Safety on a shared screen: F1 for help, coercive control named, renewals kept private."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from erfenis_desktop.services.vault import ProfileError
from erfenis_desktop.ui.common.messages import error_text
from tests.test_profile_screens import make_profile, texts_everywhere
from tests.test_together import ALEX_TEXT, BO_TEXT, OTHER, _linked_and_together, _start, _type


def test_f1_opens_need_help_from_an_exercise_and_not_about(start_app, qtbot, dialogs):
    erfenis = start_app()
    make_profile(erfenis, qtbot)
    window = erfenis.window
    window.profiles.show_exercise("step1")
    step = window.profiles.step_one_page
    step.editor.setFocus()
    qtbot.keyClick(step.editor, Qt.Key.Key_F1)
    assert window.pages.currentWidget() is window.help_page
    assert window.about_dialog is None and not [r for r in dialogs.log if r.kind == "show"]
    window.help_page.back.click()
    assert window.pages.currentWidget() is step


#: What the help page and About must say about coercive control, per language.
CONTROL = {"en": ("password", "read along", "afraid", "Veilig Thuis", "0800-2000", "local emergency number"),
           "nl": ("wachtwoord", "leest je partner mee", "bang", "Veilig Thuis", "0800-2000",
                  "noodnummer van het land")}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_help_names_a_partner_who_demands_the_password_first(start_app, qtbot, lang):
    erfenis = start_app("--lang", lang)
    window = erfenis.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    page = window.help_page
    assert window.pages.currentWidget() is page and page.safety.isVisible()
    said = page.safety_title.text() + "\n" + page.safety.text()
    assert [w for w in CONTROL[lang] if w not in said] == []
    top = lambda w: w.mapTo(page, w.rect().topLeft()).y()  # noqa: E731
    assert top(page.title) < top(page.safety) < top(page.intro) < top(page.contacts[0][0])


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_about_names_it_too(start_app, lang):
    erfenis = start_app("--lang", lang)
    erfenis.window.show_about()
    about = erfenis.window.about_dialog
    assert about.care_control.isVisibleTo(about)
    assert [w for w in CONTROL[lang] if w not in about.care_control.text()] == []


def _unfamiliar(erfenis) -> str:
    return erfenis.prefs.text("help", "safety.unfamiliar")


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_after_the_reveal_unfamiliar_is_not_unsafe_stands_next_to_the_discomfort_with_a_way_to_help(
        start_app, qtbot, lang):
    erfenis = start_app("--lang", lang)
    flow, page = _linked_and_together(erfenis, qtbot)
    together = _start(flow, page)
    for half, text in zip(together.halves, (ALEX_TEXT, BO_TEXT)):
        _type(qtbot, half, text)
        half.share.setChecked(True)
        half.lock_in.click()
    together.reveal_button.click()
    guide = together.guide
    assert guide.discomfort.isVisible() and guide.safety.isVisible()
    assert guide.safety.text() == _unfamiliar(erfenis)
    assert ("onveilig" if lang == "nl" else "unsafe") in guide.safety.text()
    layout = guide.layout()
    assert layout.indexOf(guide.safety) == layout.indexOf(guide.discomfort) + 1  # right next to it
    guide.help_button.click()
    assert erfenis.window.pages.currentWidget() is erfenis.window.help_page
    erfenis.window.help_page.back.click()
    assert flow.pages.currentWidget() is together and guide.isVisible()
    assert ALEX_TEXT in texts_everywhere(together)  # the talk goes on where it was


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_dans_step_through_says_it_too_and_opens_help(start_app, lang):
    from tests.test_dans_view import _dans, _unlock_demo

    erfenis = start_app("--demo", "--lang", lang)
    _unlock_demo(erfenis)
    page = _dans(erfenis)
    page.step_button.click()
    steps = page.steps_view
    assert steps.discomfort.isVisible() and steps.safety.isVisible()
    assert steps.safety.text() == _unfamiliar(erfenis)
    layout = steps.column.body
    assert layout.indexOf(steps.safety) == layout.indexOf(steps.discomfort) + 1
    steps.help_button.click()
    window = erfenis.window
    assert window.pages.currentWidget() is window.help_page
    window.help_page.back.click()
    assert window.pages.currentWidget() is page and page.stack.currentWidget() is steps


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_the_dans_pdf_says_it_after_every_discomfort(start_app, dialogs, tmp_path):
    from tests.test_dans_view import _dans, _unlock_demo

    erfenis = start_app("--demo")
    _unlock_demo(erfenis)
    page = _dans(erfenis)
    target = tmp_path / "dans.pdf"
    dialogs.answer("ask", "save")
    dialogs.answer("save_file", target)
    page.pdf_button.click()
    text = " ".join(unicodedata.normalize("NFKC", subprocess.run(  # "ﬁ" ligatures back to letters
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout).split())
    discomfort = " ".join(erfenis.prefs.text("dans", "exits.discomfort").split())
    note = " ".join(_unfamiliar(erfenis).split())
    assert text.count(discomfort) == len(page.data.people) > 0  # with each person's way out
    assert text.count(discomfort + " " + note) == text.count(discomfort)


#: Words that would tell a partner that the other renewed their protection.
RENEWAL = ("renew", "protection", "new key", "new words", "vernieuw", "beveilig", "bescherm", "nieuwe sleutel",
           "nieuwe woorden", "recovery", "herstelcode")


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_after_one_renews_the_other_is_only_asked_to_confirm_the_link_again(start_app, qtbot, dialogs, lang):
    from tests.test_dans_view import _dans
    from tests.test_profile_screens import unlock
    from tests.test_together import _everything, _join

    erfenis = start_app("--lang", lang)
    flow, page = _linked_and_together(erfenis, qtbot)
    erfenis.session.lock()
    unlock(erfenis, qtbot, name="Bo", password=OTHER)  # Bo renews, alone, through the screens
    erfenis.window.home.profiles.buttons["renew"].click()
    dialog = flow.action_dialogs[-1]
    dialog.fields["password"].edit.setText(OTHER)
    for key in ("new", "repeat"):
        dialog.fields[key].edit.setText(OTHER + " nieuw")
    dialog.submit()
    qtbot.waitUntil(lambda: flow.pages.currentWidget() is flow.code_page, timeout=5000)
    groups = flow.code_page._code.split("-")
    for field, index in zip(flow.code_page.group_fields, flow.code_page._indices):
        field.setText(groups[index - 1])
    flow.code_page.done_button.click()
    erfenis.session.lock()

    told = len(dialogs.log)
    unlock(erfenis, qtbot, name="Alex")  # Alex, alone
    erfenis.window.home.profiles.exercise_buttons["together"].click()
    assert page.state == "changed"
    seen = [visible(erfenis.window), _everything(page)]
    seen.append(visible(erfenis.window) if _dans(erfenis) else "")
    flow.show_exercise("together")
    _join(erfenis, qtbot, password=OTHER + " nieuw")  # and together again, to confirm
    assert page.state == "changed"
    seen += [visible(erfenis.window), _everything(page), error_text(ProfileError("partner_key_changed"))]
    seen += [f"{r.title}\n{r.text}" for r in dialogs.log[told:]]
    shown = "\n".join(seen).replace("&", "").lower()  # "Confirm the new &words" reads "new words"
    assert [w for w in RENEWAL if w in shown] == []
    status = page.status.text().lower()
    assert ("bevestig" if lang == "nl" else "confirm") in status and "bo" in status
    for box in page.seen:
        box.setChecked(True)
    page.link_button.click()
    assert page.state == "linked"


def visible(window) -> str:
    """The texts of the widgets that are shown now."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    parts = [window.windowTitle()]
    for w in window.findChildren(QWidget):
        if w.isVisible():
            parts += [w.accessibleName(), w.toolTip()]
            if isinstance(w, (QLabel, QAbstractButton)):
                parts.append(w.text())
    return "\n".join(parts)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_results_that_call_closeness_unfamiliar_say_unfamiliar_is_not_unsafe(start_app, qtbot, lang):
    from erfenis_desktop.domain.questionnaire import questions
    from erfenis_desktop.services.exercises import Run

    erfenis = start_app("--lang", lang)
    make_profile(erfenis, qtbot)
    flow = erfenis.window.profiles
    u = erfenis.session.current
    q = flow.exercises.questionnaire(lang)
    answers = {x.key: (1 if x.item.reverse else 7) for x in questions(q, ["Mama", "Papa"])}  # all strongly
    flow.exercises.finish(u, flow.exercises.save_run(u, Run(parents=["Mama", "Papa"], answers=answers)))
    flow.show_exercise("results")
    page = flow.results_page
    shown = texts_everywhere(page)
    afraid = ("bang", "voor je partner") if lang == "nl" else ("afraid of your partner",)
    for scale in ("unequal", "no_intimacy"):  # closeness and equality that feel unfamiliar
        text = erfenis.prefs.text("patterns", f"scales.{scale}.in_love").strip()
        assert text in shown and all(w in text for w in afraid) and _help_name(lang) in text
    assert page.help_button.isVisible()
    page.help_button.click()
    assert erfenis.window.pages.currentWidget() is erfenis.window.help_page


def _help_name(lang: str) -> str:
    return "‘Hulp nodig?’" if lang == "nl" else "‘Need help?’"
