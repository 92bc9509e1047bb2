"""Two partners at one computer, through the screens: link, write in private, reveal, talk."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QComboBox, QLabel, QWidget

from tests.test_profile_screens import PASSWORD, make_profile, texts_everywhere, unlock

ALEX_TEXT = "Bij ons thuis werd er gezwegen als iemand huilde 😶"
BO_TEXT = "My mother sang in the kitchen when she was sad."
OTHER = PASSWORD + " bo"


def _everything(root: QWidget) -> str:
    """Texts, accessible names, descriptions, tooltips and titles, plus combo box entries."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # rows taken out are gone
    parts = [texts_everywhere(root)]
    for combo in root.findChildren(QComboBox):
        parts += [combo.itemText(i) for i in range(combo.count())]
    for box in root.findChildren(QCheckBox):
        parts.append(box.text())
    return "\n".join(parts)


def _two_profiles(erfenis, qtbot):
    make_profile(erfenis, qtbot, "Bo", OTHER)
    erfenis.session.lock()
    make_profile(erfenis, qtbot, "Alex")
    return erfenis.window.profiles


def _join(erfenis, qtbot, name="Bo", password=OTHER):
    """The partner unlocks their own profile from the Together screen."""
    flow = erfenis.window.profiles
    page = flow.couple_page
    uuid = next(p.uuid for p in erfenis.session.vault.profiles() if p.name == name)
    page.partnerUnlockRequested.emit(uuid)
    assert flow.pages.currentWidget() is flow.unlock_page and not flow.unlock_page.forgot.isVisible()
    flow.unlock_page.password.edit.setText(password)
    flow.unlock_page.go.click()
    qtbot.waitUntil(lambda: flow.pages.currentWidget() is page, timeout=5000)


def _linked_and_together(erfenis, qtbot):
    flow = _two_profiles(erfenis, qtbot)
    erfenis.window.home.profiles.exercise_buttons["together"].click()
    page = flow.couple_page
    assert flow.pages.currentWidget() is page
    _join(erfenis, qtbot)
    assert erfenis.session.together
    assert not page.link_button.isEnabled()  # both must first say they saw the other's words
    words = erfenis.session.couple.fingerprint(erfenis.session.partner.profile.uuid, erfenis.prefs.language)
    assert " · ".join(words) in page.words[1].text()
    for seen in page.seen:
        seen.setChecked(True)
    page.link_button.click()
    assert page.state == "linked" and page.start_button.isVisible()
    return flow, page


def _start(flow, page, prompt_id="sad_at_home", turns=False):
    page.prompt.setCurrentIndex(page.prompt.findData(prompt_id))
    (page.turns if turns else page.side).setChecked(True)
    page.start_button.click()
    assert flow.pages.currentWidget() is flow.together_page
    return flow.together_page


def _lock_in(qtbot, half, text, share=False):
    """One partner writes, ticks "share" or not, and locks in."""
    _type(qtbot, half, text)
    half.share.setChecked(share)
    half.lock_in.click()


def _type(qtbot, half, text):
    from PySide6.QtCore import QMimeData

    half.editor.setFocus()
    data = QMimeData()
    data.setText(text)
    half.editor.insertFromMimeData(data)  # a paste: emoji and all


def test_side_by_side_nothing_shows_before_both_lock_in_and_only_shared_after(start_app, qtbot):
    erfenis = start_app()
    flow, page = _linked_and_together(erfenis, qtbot)
    together = _start(flow, page)
    alex, bo = together.halves
    assert alex.question.text() == bo.question.text() != ""  # the same prompt on both halves
    _type(qtbot, alex, ALEX_TEXT)
    _type(qtbot, bo, BO_TEXT)
    window = erfenis.window
    for text in (ALEX_TEXT, BO_TEXT, "gezwegen", "kitchen"):
        assert text not in _everything(window)  # masked: in no text, name, tooltip or title
    alex.peek.click()  # the writer peeks at their own text
    assert alex.editor.toPlainText() == ALEX_TEXT and BO_TEXT not in _everything(window)
    alex.peek.click()
    alex.share.setChecked(True)
    alex.lock_in.click()
    assert alex.state == "locked" and ALEX_TEXT not in _everything(window)
    assert together.stack.currentWidget() is together.work  # no reveal with one locked in
    bo.lock_in.click()  # Bo keeps it private
    assert together.stack.currentWidget() is together.ready_page
    assert "Ready to read?" in together.ready_title.text()
    for text in (ALEX_TEXT, BO_TEXT):
        assert text not in _everything(window)
    together.reveal_button.click()
    shown = _everything(window)
    assert ALEX_TEXT in shown and BO_TEXT not in shown
    assert bo.status.text() == "Bo is keeping this answer to themselves for now. That is all right."
    assert alex.status.text() == ALEX_TEXT
    assert together.guide.isVisible() and together.guide.remaining.text() == "3:00"
    bo.share_more.click()  # a partner may share more after the reveal
    assert BO_TEXT in _everything(window)
    # Both answers are the writers' own private texts as well.
    journal = erfenis.session.current.texts("together")
    assert [j.text for j in journal] and ALEX_TEXT in journal[0].text


def test_turn_taking_hand_over_shows_no_trace_of_the_first_writer(start_app, qtbot):
    erfenis = start_app()
    flow, page = _linked_and_together(erfenis, qtbot)
    together = _start(flow, page, turns=True)
    assert together.stack.currentWidget() is together.handover_page
    assert together.look_away.text().startswith("Bo")  # Bo looks away while Alex writes
    together.handover_button.click()
    alex, bo = together.halves
    assert alex.isVisible() and not bo.isVisible()
    _type(qtbot, alex, ALEX_TEXT)
    qtbot.keyClick(alex.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # lock in
    assert together.stack.currentWidget() is together.handover_page
    assert together.look_away.text().startswith("Alex")
    assert ALEX_TEXT not in _everything(erfenis.window) and "gezwegen" not in _everything(erfenis.window)
    together.handover_button.click()
    assert bo.isVisible() and not alex.isVisible() and bo.editor.toPlainText() == ""
    _type(qtbot, bo, BO_TEXT)
    bo.lock_in.click()
    assert together.stack.currentWidget() is together.ready_page


def test_idle_lock_in_a_session_locks_both_and_clears_both_halves(start_app, qtbot):
    erfenis = start_app()
    flow, page = _linked_and_together(erfenis, qtbot)
    alex_profile, bo_profile = erfenis.session.current, erfenis.session.partner
    together = _start(flow, page)
    _type(qtbot, together.halves[0], ALEX_TEXT)
    _type(qtbot, together.halves[1], BO_TEXT)
    together.halves[0].peek.click()
    erfenis.idle.timer.timeout.emit()
    assert alex_profile.is_locked and bo_profile.is_locked and not erfenis.session.together
    shown = _everything(erfenis.window)
    assert ALEX_TEXT not in shown and BO_TEXT not in shown
    assert all(h.editor.text() == "" for h in together.halves)
    # What was typed is not lost: each draft stays its writer's private answer.
    unlock(erfenis, qtbot, name="Alex")
    assert any(ALEX_TEXT in t.text for t in erfenis.session.current.texts("together"))


def test_ending_the_session_locks_both(start_app, qtbot):
    erfenis = start_app()
    flow, page = _linked_and_together(erfenis, qtbot)
    together = _start(flow, page)
    together.end.click()
    assert not erfenis.session.is_unlocked and erfenis.session.partner is None
    assert flow.pages.currentWidget() is flow.home


def test_what_was_shared_is_on_the_timeline_and_private_writing_never(start_app, qtbot):
    erfenis = start_app()
    flow, page = _linked_and_together(erfenis, qtbot)
    together = _start(flow, page)
    _lock_in(qtbot, together.halves[0], ALEX_TEXT, share=True)
    _lock_in(qtbot, together.halves[1], BO_TEXT)
    # Before the reveal nothing is shared, so not even the timeline could show it.
    assert erfenis.session.couple.shared(erfenis.session.partner)[0] == []
    together.reveal_button.click()
    erfenis.session.lock()
    unlock(erfenis, qtbot, name="Bo", password=OTHER)  # Bo alone: Alex is locked
    erfenis.window.home.profiles.exercise_buttons["together"].click()
    flow.couple_page.timeline_button.click()
    timeline = flow.timeline_page
    shown = _everything(timeline)
    assert ALEX_TEXT in shown and "What did you see happen at home when someone was sad?" in shown
    assert BO_TEXT not in shown  # Bo's own private answer never appears on the timeline
    # Bo has nothing of their own to stop sharing; Alex's item has no such button for Bo.
    assert not [b for b in timeline.findChildren(QAbstractButton) if b.text() == "Stop sharing"]


def test_someone_outside_the_couple_sees_no_trace_of_shared_items(start_app, qtbot):
    erfenis = start_app()
    flow, page = _linked_and_together(erfenis, qtbot)
    together = _start(flow, page)
    _lock_in(qtbot, together.halves[0], ALEX_TEXT, share=True)
    erfenis.session.lock()
    make_profile(erfenis, qtbot, "Chris", PASSWORD + " c")
    erfenis.window.home.profiles.exercise_buttons["together"].click()
    couple = flow.couple_page
    assert couple.state == "single"
    assert not couple.timeline_button.isVisible()
    assert [b.text() for b in couple.candidates.findChildren(QAbstractButton)] == []  # both are taken
    flow.show_exercise("timeline")
    assert ALEX_TEXT not in _everything(erfenis.window)


def test_share_and_unshare_from_the_journal(start_app, qtbot):
    erfenis = start_app()
    flow, page = _linked_and_together(erfenis, qtbot)
    alex = erfenis.session.current
    alex.save_text("note", "Vertel me meer, zei ik, en het werd stil.")
    flow.show_exercise("journal")
    journal = flow.journal_page
    assert journal.share.isVisible() and journal.share.text() == "Sh&are with my partner"
    journal.share.click()
    texts, _ = erfenis.session.couple.shared(erfenis.session.partner)
    assert [t.text for t in texts] == ["Vertel me meer, zei ik, en het werd stil."]
    first_key = erfenis.session.couple.repo.shared_item(texts[0].uuid).item_key
    assert journal.share.text() == "Stop sh&aring" and "shared" in journal.list.text(0)
    journal.share.click()
    assert erfenis.session.couple.shared(erfenis.session.partner)[0] == []
    journal.share.click()
    again = erfenis.session.couple.shared(erfenis.session.partner)[0]
    assert [t.text for t in again] == ["Vertel me meer, zei ik, en het werd stil."]
    assert again[0].uuid != texts[0].uuid and first_key not in erfenis.session.vault.db.path.read_bytes()


def test_unlinking_says_what_stays_seen_and_removes_the_space(start_app, qtbot, dialogs):
    erfenis = start_app()
    flow, page = _linked_and_together(erfenis, qtbot)
    dialogs.answer("ask", "unlink")
    page.unlink_button.click()
    asked = dialogs.texts()[-1]
    assert "already read" in asked  # said plainly: what was seen stays seen
    assert page.state == "single"
    assert erfenis.session.couple.couple_of(erfenis.session.current.profile.uuid) is None


def test_after_renewing_protection_the_new_words_are_compared_together(start_app, qtbot):
    erfenis = start_app()
    flow, page = _linked_and_together(erfenis, qtbot)
    bo = erfenis.session.partner
    erfenis.session.vault.renew_key_job(bo, OTHER, OTHER + " nieuw").run_here()
    page.open()
    assert page.state == "changed" and page.link_button.text() == "&Confirm the link"
    assert "Bo" in page.status.text()
    erfenis.session.lock()  # Bo's old key is gone anyway: both unlock again
    unlock(erfenis, qtbot, name="Alex")
    erfenis.window.home.profiles.exercise_buttons["together"].click()
    _join(erfenis, qtbot, password=OTHER + " nieuw")
    assert page.state == "changed" and page.words[1].isVisible()
    for seen in page.seen:
        seen.setChecked(True)
    page.link_button.click()
    assert page.state == "linked"


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_together_screens_are_named_for_screen_readers_and_alt_letters_are_unique(start_app, qtbot, lang):
    erfenis = start_app("--lang", lang)
    flow = _two_profiles(erfenis, qtbot)
    erfenis.window.home.profiles.exercise_buttons["together"].click()
    _join(erfenis, qtbot)
    page = flow.couple_page
    window = erfenis.window
    header = [window.nav_home.text(), window.nav_settings.text(), window.nav_about.text(),
              window.file_menu.title(), window.help_menu.title(), window.lock_button.text()]
    _check_letters_and_names(header, page)  # comparing the words, before linking
    for seen in page.seen:
        seen.setChecked(True)
    page.link_button.click()
    _check_letters_and_names(header, page)
    _check_letters_and_names(header, _start(flow, page))


def _check_letters_and_names(header, screen):
    """Every interactive widget has a name for screen readers; no Alt letter is used twice."""
    from tests.test_accessibility import _interactive, _mnemonic

    widgets = [w for w in _interactive(screen) if w.isVisibleTo(screen)]
    assert [w for w in widgets if not w.accessibleName().strip()] == []
    texts = [w.text() for kind in (QAbstractButton, QLabel) for w in screen.findChildren(kind)
             if w.isVisibleTo(screen)]
    letters = [m for m in map(_mnemonic, header + texts) if m]
    assert len(letters) == len(set(letters)), sorted(letters)


def test_an_answer_left_before_the_reveal_is_never_shared(start_app, qtbot):
    erfenis = start_app()
    flow, page = _linked_and_together(erfenis, qtbot)
    together = _start(flow, page)
    _lock_in(qtbot, together.halves[0], ALEX_TEXT, share=True)
    together.back.click()  # Bo never locked in: no reveal
    assert flow.pages.currentWidget() is page
    assert erfenis.session.couple.shared(erfenis.session.partner)[0] == []


def test_deleting_a_shared_note_stops_sharing_it(start_app, qtbot):
    erfenis = start_app()
    flow, page = _linked_and_together(erfenis, qtbot)
    alex, bo = erfenis.session.current, erfenis.session.partner
    note = alex.save_text("note", "Ik hoor je. Ik ben er.")
    erfenis.session.couple.share(alex, note)
    alex.delete_text(note)
    assert erfenis.session.couple.shared(bo)[0] == []


def test_the_talk_guide_times_each_turn_and_swaps(start_app, qtbot):
    erfenis = start_app()
    flow, page = _linked_and_together(erfenis, qtbot)
    together = _start(flow, page)
    for half, text in zip(together.halves, (ALEX_TEXT, BO_TEXT)):
        _type(qtbot, half, text)
        half.lock_in.click()
    together.reveal_button.click()
    guide = together.guide
    assert guide.turn.text() == "Alex talks, Bo listens." and guide.remaining.text() == "3:00"
    assert "Tell me more." in guide.phrases.text() and "Better not" == guide.avoid_title.text()
    guide.minutes.setValue(1)
    guide.start_button.click()
    assert guide.start_button.text() == "&Pause"
    for _ in range(59):
        guide.timer.timeout.emit()
    assert guide.remaining.text() == "0:01" and not guide.time_up.isVisible()
    guide.timer.timeout.emit()
    assert guide.remaining.text() == "0:00" and guide.time_up.isVisible() and not guide.timer.isActive()
    guide.swap_button.click()
    assert guide.turn.text() == "Bo talks, Alex listens." and guide.remaining.text() == "1:00"
    assert not guide.time_up.isVisible()


def test_shared_pattern_check_results_are_side_by_side(start_app, qtbot):
    from erfenis_desktop.services.exercises import Run

    erfenis = start_app()
    flow, page = _linked_and_together(erfenis, qtbot)
    q = flow.exercises.questionnaire("en")
    for u, parents, value in ((erfenis.session.current, ["Mum"], 6), (erfenis.session.partner, ["Dad", "Mum"], 2)):
        from erfenis_desktop.domain.questionnaire import questions

        run = Run(parents=parents, answers={x.key: value for x in questions(q, parents)})
        flow.exercises.finish(u, flow.exercises.save_run(u, run))
    page.compare_button.click()
    compare = flow.compare_page
    shown = _everything(compare)
    assert "Alex has not shared the results" in shown and "Bo has not shared the results" in shown
    assert "Results of Alex" not in shown and "Results of Bo" not in shown
    flow.show_exercise("results")  # Alex shares from the results screen
    flow.results_page.share.click()
    assert flow.results_page.share.text() == "Stop sh&aring"
    flow.show_exercise("compare")
    shown = _everything(compare)
    assert "Results of Alex" in shown and "Bo has not shared the results" in shown
    assert "Alex has not shared" not in shown and "Results of Bo" not in shown
    bo_run = flow.exercises.finished_runs(erfenis.session.partner)[-1]
    erfenis.session.couple.share(erfenis.session.partner, bo_run.uuid)
    flow.show_exercise("compare")
    shown = _everything(compare)
    assert "Results of Alex" in shown and "Results of Bo" in shown and "not shared" not in shown
    assert [name for name, value, _c in compare.axis.markers] == ["Alex", "Bo"]


def _has_colour(image, colour, step=3) -> bool:
    from PySide6.QtGui import QColor

    want = QColor(colour)
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            c = image.pixelColor(x, y)
            if abs(c.red() - want.red()) + abs(c.green() - want.green()) + abs(c.blue() - want.blue()) < 30:
                return True
    return False


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_split_screen_before_and_after_the_reveal_as_pictures(start_app, qtbot, lang, tmp_path):
    """Rendered offscreen (the PNGs were looked at); each half carries its partner's colour."""
    erfenis = start_app("--lang", lang)
    flow, page = _linked_and_together(erfenis, qtbot)
    together = _start(flow, page)
    a, b = erfenis.session.current.profile, erfenis.session.partner.profile
    assert a.colour != b.colour
    for half, text in zip(together.halves, (ALEX_TEXT, BO_TEXT)):
        _type(qtbot, half, text)
    before = together.grab()
    assert before.save(str(tmp_path / f"split-before-{lang}.png"))
    left = before.toImage().copy(0, 0, before.width() // 2, before.height())
    right = before.toImage().copy(before.width() // 2, 0, before.width() // 2, before.height())
    assert _has_colour(left, a.colour) and _has_colour(right, b.colour)
    for half in together.halves:
        half.share.setChecked(True)
        half.lock_in.click()
    together.reveal_button.click()
    after = together.grab()
    assert after.save(str(tmp_path / f"split-after-{lang}.png"))
    assert after.toImage() != before.toImage()


def test_changing_a_shared_text_stops_sharing_the_old_words(start_app, qtbot):
    erfenis = start_app()
    flow, page = _linked_and_together(erfenis, qtbot)
    alex, bo = erfenis.session.current, erfenis.session.partner
    note = alex.save_text("note", "Ik was boos op je moeder.")
    erfenis.session.couple.share(alex, note)
    alex.save_text("note", "Ik was boos op je moeder.", note)  # saved again unchanged (autosave): still shared
    assert [t.text for t in erfenis.session.couple.shared(bo)[0]] == ["Ik was boos op je moeder."]
    alex.save_text("note", "Ik was boos.", note)
    assert erfenis.session.couple.shared(bo)[0] == []


def test_renewed_keys_on_either_side_stop_the_session_before_anything_is_shared(start_app, qtbot):
    erfenis = start_app()
    flow, page = _linked_and_together(erfenis, qtbot)
    alex, _code = erfenis.session.vault.renew_key_job(erfenis.session.current, PASSWORD,
                                                       PASSWORD + " nieuw").run_here()
    erfenis.session.vault.confirm_recovery_saved(alex)  # the new code was kept
    erfenis.session.lock()
    unlock(erfenis, qtbot, name="Alex", password=PASSWORD + " nieuw")
    erfenis.window.home.profiles.exercise_buttons["together"].click()
    _join(erfenis, qtbot)
    assert page.state == "changed" and not page.start_button.isVisible()  # Bo's pin of Alex is old


def test_leaving_with_escape_keeps_the_draft_once(start_app, qtbot):
    erfenis = start_app()
    flow, page = _linked_and_together(erfenis, qtbot)
    together = _start(flow, page)
    _type(qtbot, together.halves[1], BO_TEXT)
    qtbot.keyClick(together.halves[1].editor, Qt.Key.Key_Escape)
    assert flow.pages.currentWidget() is flow.home
    drafts = [t for t in erfenis.session.partner.texts("together") if BO_TEXT in t.text]
    assert len(drafts) == 1
    assert BO_TEXT not in _everything(erfenis.window)


def test_the_partners_unlock_joins_even_after_a_look_at_help(start_app, qtbot):
    erfenis = start_app()
    flow = _two_profiles(erfenis, qtbot)
    erfenis.window.home.profiles.exercise_buttons["together"].click()
    bo = next(p.uuid for p in erfenis.session.vault.profiles() if p.name == "Bo")
    flow.couple_page.partnerUnlockRequested.emit(bo)
    erfenis.window.show_help()
    erfenis.window.help_page.back.click()
    assert flow.pages.currentWidget() is flow.unlock_page
    flow.unlock_page.password.edit.setText(OTHER)
    flow.unlock_page.go.click()
    qtbot.waitUntil(lambda: erfenis.session.together, timeout=5000)
    assert erfenis.session.current.profile.name == "Alex" and erfenis.session.partner.profile.name == "Bo"


def test_a_locked_profile_changes_nothing_not_even_what_is_shared(start_app, qtbot):
    from erfenis_desktop.services.vault import ProfileError

    erfenis = start_app()
    flow, page = _linked_and_together(erfenis, qtbot)
    alex, bo = erfenis.session.current, erfenis.session.partner
    note = alex.save_text("note", "Gedeeld.")
    erfenis.session.couple.share(alex, note)
    alex.lock()
    with pytest.raises(ProfileError) as err:
        alex.save_text("note", "Anders.", note)
    assert err.value.code == "locked"
    assert [t.text for t in erfenis.session.couple.shared(bo)[0]] == ["Gedeeld."]


def test_changing_a_shared_note_says_it_is_no_longer_shared(start_app, qtbot):
    erfenis = start_app()
    flow, page = _linked_and_together(erfenis, qtbot)
    alex = erfenis.session.current
    note = alex.save_text("note", "Ik mis je.")
    erfenis.session.couple.share(alex, note)
    erfenis.window.home.profiles.notesRequested.emit()
    notes = flow.notes_page
    notes.list.setCurrentRow(0)
    notes.editor.selectAll()
    notes.editor.insertPlainText("Ik mis je, en ik ben boos.")  # typed over
    notes.save_draft()
    assert "no longer shared" in notes.message.text()


def test_renewing_with_a_damaged_link_says_to_unlink_first(start_app, qtbot):
    from erfenis_desktop.services.vault import ProfileError

    erfenis = start_app()
    flow, page = _linked_and_together(erfenis, qtbot)
    alex = erfenis.session.current
    couple = erfenis.session.couple
    member = couple.repo.member(alex.profile.uuid)
    broken = bytearray(member.space_key)
    broken[-1] ^= 1
    couple.repo.db.conn.execute("UPDATE couple_member SET space_key = ? WHERE profile_uuid = ?",
                                (bytes(broken), alex.profile.uuid))  # an attacker's edit
    with pytest.raises(ProfileError) as err:
        erfenis.session.vault.renew_key_job(alex, PASSWORD, PASSWORD + " nieuw").run_here()
    assert err.value.code == "link_damaged"


def test_a_partner_whose_recovery_code_was_never_confirmed_is_told(start_app, qtbot):
    erfenis = start_app()
    flow = _two_profiles(erfenis, qtbot)
    bo = next(p.uuid for p in erfenis.session.vault.profiles() if p.name == "Bo")
    erfenis.session.vault.repo.db.conn.execute("UPDATE profile SET recovery_confirmed = 0 WHERE uuid = ?", (bo,))
    erfenis.window.home.profiles.exercise_buttons["together"].click()
    _join(erfenis, qtbot)
    assert "recovery code of Bo was never confirmed" in flow.couple_page.message.text()
