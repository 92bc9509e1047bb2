"""The disk fails while Erfenis runs (full, read-only, the data folder moved or removed): every
screen that writes says so plainly, keeps what was typed, and saves it once it can.

The failures are real SQLite failures on the live connection (tests run as root, so chmod
would stop nothing): ``max_page_count`` at the current size is a full disk, ``query_only`` a
read-only file; moving or removing the folder is done for real."""

from __future__ import annotations

import shutil
import stat

from PySide6.QtWidgets import QPlainTextEdit

from tests.test_drafts import _stored_notes, _unlocked_notes
from tests.test_profile_screens import PASSWORD

FULL = "The disk is full"
READ_ONLY = "has been made read-only"
GONE = "was moved or removed"
KEPT = "What you wrote is not saved yet"
NOTHING = "Nothing was changed"


def disk_full(erfenis) -> None:
    pages = erfenis.db.conn.execute("PRAGMA page_count").fetchone()[0]
    erfenis.db.conn.execute(f"PRAGMA max_page_count = {pages}")


def disk_room(erfenis) -> None:
    erfenis.db.conn.execute("PRAGMA max_page_count = 1073741823")


def read_only(erfenis) -> None:
    erfenis.db.conn.execute("PRAGMA query_only = ON")


def writable(erfenis) -> None:
    erfenis.db.conn.execute("PRAGMA query_only = OFF")


def long_text(words: int = 6000) -> str:
    """More than fits in the pages the file has now (and in its free ones)."""
    return " ".join(f"woord{i}" for i in range(words))


# My notes -------------------------------------------------------------------------------------

def test_a_note_on_a_full_disk_stays_on_screen_and_is_saved_once_there_is_room(start_app, qtbot):
    erfenis = start_app()
    page, sam = _unlocked_notes(erfenis)
    page._autosave.setInterval(100)
    disk_full(erfenis)
    text = long_text()
    page.editor.insertPlainText(text)
    page.save_button.click()
    assert FULL in page.message.text() and KEPT in page.message.text()
    assert page.editor.toPlainText() == text and page.editor.document().isModified()
    assert _stored_notes(erfenis, sam) == []
    page.new_button.click()  # a new note would throw the text away: it stays instead
    assert page.editor.toPlainText() == text
    disk_room(erfenis)
    qtbot.waitUntil(lambda: _stored_notes(erfenis, sam) == [text], timeout=3000)  # tried again by itself
    assert page.message.text() == "Saved."
    assert not page.editor.document().isModified()


def test_a_note_on_a_read_only_disk_says_which_folder_and_is_saved_once_writable(start_app, qtbot, data_dir):
    erfenis = start_app()
    page, sam = _unlocked_notes(erfenis)
    page._autosave.setInterval(100)
    read_only(erfenis)
    qtbot.keyClicks(page.editor, "Ik zei dat het niet uitmaakte.")
    qtbot.waitUntil(lambda: READ_ONLY in page.message.text(), timeout=3000)  # the autosave met it
    assert str(data_dir) in page.message.text() and KEPT in page.message.text()
    assert page.editor.toPlainText() == "Ik zei dat het niet uitmaakte."
    writable(erfenis)
    qtbot.waitUntil(lambda: _stored_notes(erfenis, sam) == ["Ik zei dat het niet uitmaakte."], timeout=3000)


def test_a_note_while_the_data_folder_is_moved_away_is_saved_when_it_is_back(start_app, qtbot, data_dir):
    erfenis = start_app()
    page, sam = _unlocked_notes(erfenis)
    elsewhere = data_dir.with_name("ergens-anders")
    data_dir.rename(elsewhere)
    try:
        qtbot.keyClicks(page.editor, "Niemand vroeg hoe het met me ging.")
        page.save_button.click()
        assert GONE in page.message.text() and str(data_dir) in page.message.text()
        assert page.editor.toPlainText() == "Niemand vroeg hoe het met me ging."
    finally:
        elsewhere.rename(data_dir)
    page.save_button.click()
    assert page.message.text() == "Saved."
    assert _stored_notes(erfenis, sam) == ["Niemand vroeg hoe het met me ging."]


def test_deleting_a_note_on_a_read_only_disk_says_nothing_changed(start_app, qtbot):
    erfenis = start_app()
    page, sam = _unlocked_notes(erfenis)
    qtbot.keyClicks(page.editor, "Weg ermee.")
    page.save_button.click()
    read_only(erfenis)
    page.delete_button.click()
    assert READ_ONLY in page.message.text() and NOTHING in page.message.text()
    assert page.list.count() == 1 and page.editor.toPlainText() == "Weg ermee."
    writable(erfenis)
    page.delete_button.click()
    assert page.list.count() == 0 and _stored_notes(erfenis, sam) == []


# Locking while the disk fails ---------------------------------------------------------------------

def test_a_forced_lock_still_locks_and_the_picker_says_the_text_was_lost(start_app, qtbot, data_dir):
    erfenis = start_app()
    page, sam = _unlocked_notes(erfenis)
    shutil.rmtree(data_dir)  # the data folder is removed
    qtbot.keyClicks(page.editor, "Dit kan nergens heen.")
    erfenis.session.lock()  # idle, quick hide, the screen lock: never waits
    assert not erfenis.session.is_unlocked
    assert page.editor.toPlainText() == ""
    panel = erfenis.window.home.profiles
    assert panel.unsaved.isVisibleTo(erfenis.window)
    assert "Sam: what you were writing when your profile locked could not be saved" in panel.unsaved.text()
    assert GONE in panel.unsaved.text()
    assert "Dit kan nergens heen" not in panel.unsaved.text()


def test_locking_by_choice_asks_first_and_staying_keeps_the_text(start_app, qtbot, dialogs):
    erfenis = start_app()
    page, sam = _unlocked_notes(erfenis)
    page._autosave.setInterval(100)
    read_only(erfenis)
    qtbot.keyClicks(page.editor, "Nog niet klaar.")
    dialogs.answer("ask", "stay")
    erfenis.window.act_lock.trigger()  # Ctrl+L
    assert erfenis.session.is_unlocked
    assert page.editor.toPlainText() == "Nog niet klaar."
    asked = dialogs.log[-1]
    assert asked.kind == "ask" and asked.title == "Your writing is not saved" and READ_ONLY in asked.text
    writable(erfenis)
    qtbot.waitUntil(lambda: _stored_notes(erfenis, sam) == ["Nog niet klaar."], timeout=3000)


def test_locking_by_choice_can_let_the_text_go_and_then_nothing_more_is_said(start_app, qtbot, dialogs):
    erfenis = start_app()
    page, sam = _unlocked_notes(erfenis)
    read_only(erfenis)
    qtbot.keyClicks(page.editor, "Laat maar.")
    dialogs.answer("ask", "lock")
    erfenis.window.lock_button.click()
    assert not erfenis.session.is_unlocked and page.editor.toPlainText() == ""
    assert not erfenis.window.home.profiles.unsaved.isVisibleTo(erfenis.window)  # they chose it
    writable(erfenis)
    again, _ = erfenis.session.vault.unlock(sam.profile.uuid, PASSWORD)
    assert _stored_notes(erfenis, again) == []


def test_closing_the_window_with_an_unsaved_note_asks_and_can_stay_open(start_app, qtbot, dialogs):
    erfenis = start_app()
    page, sam = _unlocked_notes(erfenis)
    disk_full(erfenis)
    page.editor.insertPlainText(long_text())
    dialogs.answer("ask", "stay")
    assert erfenis.window.close() is False
    assert erfenis.window.isVisible() and erfenis.session.is_unlocked
    disk_room(erfenis)
    assert erfenis.window.close() is True  # saved now: no question
    again, _ = erfenis.session.vault.unlock(sam.profile.uuid, PASSWORD)
    assert _stored_notes(erfenis, again) == [long_text()]


# The exercises ----------------------------------------------------------------------------------

def test_step_one_on_a_full_disk_keeps_the_answer_and_does_not_move_on(start_app, qtbot):
    erfenis = start_app()
    _page, sam = _unlocked_notes(erfenis)
    flow = erfenis.window.profiles
    flow.show_exercise("step1")
    page = flow.step_one_page
    page._autosave.setInterval(100)
    disk_full(erfenis)
    text = long_text()
    page.editor.insertPlainText(text)
    qtbot.waitUntil(lambda: FULL in page.message.text(), timeout=3000)
    assert page.message.isVisible() and KEPT in page.message.text()
    before = page.index
    page.next_button.click()
    assert page.index == before and page.editor.toPlainText() == text
    disk_room(erfenis)
    qtbot.waitUntil(lambda: [w.text for w in flow.exercises.writings(sam).values()] == [text], timeout=3000)
    assert page.message.text() == "Saved."


def test_a_pattern_check_answer_that_cannot_be_saved_is_not_counted(start_app, qtbot):
    erfenis = start_app()
    _unlocked_notes(erfenis)
    flow = erfenis.window.profiles
    flow.show_exercise("pattern")
    page = flow.pattern_page
    page._add_parent("Mama")
    read_only(erfenis)
    page.start_button.click()
    assert READ_ONLY in page.message.text() and NOTHING in page.message.text()
    assert page.stages.currentWidget() is page.parents_page and page.parents() == ["Mama"]
    writable(erfenis)
    page.start_button.click()
    assert page.stages.currentWidget() is page.question_page and page.message.text() == ""
    read_only(erfenis)
    page.choice.button(4).click()
    assert READ_ONLY in page.message.text()
    assert page.index == 0 and page.choice.checkedButton() is None
    assert flow.exercises.open_run(erfenis.session.current).answers == {}
    writable(erfenis)
    page.choice.button(4).click()
    assert page.index == 1
    assert list(flow.exercises.open_run(erfenis.session.current).answers.values()) == [4]


def test_the_loop_map_keeps_its_answers_and_stays_open_until_they_are_saved(start_app, qtbot):
    erfenis = start_app()
    _unlocked_notes(erfenis)
    flow = erfenis.window.profiles
    flow.show_exercise("cycle")
    page = flow.cycle_page
    page._autosave.setInterval(100)
    field = next(w for w in page.inputs.values() if isinstance(w, QPlainTextEdit))
    read_only(erfenis)
    qtbot.keyClicks(field, "Ik trek me terug en zeg niets.")
    qtbot.waitUntil(lambda: READ_ONLY in page.message.text(), timeout=3000)
    page.back.click()
    assert flow.pages.currentWidget() is page  # not away from unsaved answers
    assert field.toPlainText() == "Ik trek me terug en zeg niets."
    writable(erfenis)
    qtbot.waitUntil(lambda: page.message.text() == "Saved.", timeout=3000)
    page.back.click()
    assert flow.pages.currentWidget() is flow.home
    flow.show_exercise("cycle")
    assert field.toPlainText() == "Ik trek me terug en zeg niets."


# Together ---------------------------------------------------------------------------------------

def test_linking_sharing_and_unlinking_on_a_read_only_disk_say_so(start_app, qtbot, dialogs):
    from tests.test_together import _linked_and_together

    erfenis = start_app()
    flow, page = _linked_and_together(erfenis, qtbot)
    alex = erfenis.session.current
    alex.save_text("note", "Vertel me meer.")
    flow.show_exercise("journal")
    journal = flow.journal_page
    read_only(erfenis)
    journal.share.click()
    assert READ_ONLY in journal.message.text() and NOTHING in journal.message.text()
    assert erfenis.session.couple.shared(erfenis.session.partner)[0] == []
    flow.show_exercise("together")
    dialogs.answer("ask", "unlink")
    page.unlink_button.click()
    assert READ_ONLY in page.message.text()
    assert erfenis.session.couple.couple_of(alex.profile.uuid) is not None
    writable(erfenis)


def test_locking_in_and_the_reveal_on_a_full_disk_keep_the_text_and_can_be_done_again(start_app, qtbot):
    from tests.test_together import _linked_and_together, _start, _type

    erfenis = start_app()
    flow, page = _linked_and_together(erfenis, qtbot)
    together = _start(flow, page)
    left, right = together.halves
    disk_full(erfenis)
    text = long_text()
    _type(qtbot, left, text)
    left.lock_in.click()
    assert FULL in together.message.text() and NOTHING in together.message.text()
    assert left.state == "writing" and left.editor.text() == text
    disk_room(erfenis)
    left.lock_in.click()
    assert left.state == "locked"
    _type(qtbot, right, "Ik wist niet wat ik moest zeggen.")
    right.share.setChecked(True)
    right.lock_in.click()
    read_only(erfenis)
    together.reveal_button.click()
    assert READ_ONLY in together.message.text()
    assert erfenis.session.couple.shared(erfenis.session.current)[0] == []  # nothing half shared
    writable(erfenis)
    together.reveal_button.click()
    assert right.state == "revealed" and right.status.text() == "Ik wist niet wat ik moest zeggen."


# The profile --------------------------------------------------------------------------------------

def test_rename_and_password_change_on_a_read_only_disk_say_nothing_changed(start_app, qtbot, dialogs):
    erfenis = start_app()
    _page, sam = _unlocked_notes(erfenis)
    flow = erfenis.window.profiles
    read_only(erfenis)
    erfenis.window.home.profiles.buttons["rename"].click()
    dialog = flow.action_dialogs[-1]
    dialog.fields["name"].setText("Samira")
    dialog.submit()
    assert READ_ONLY in dialog.message.text() and NOTHING in dialog.message.text()
    assert dialog.isVisible() and erfenis.session.vault.profile(sam.profile.uuid).name == "Sam"
    dialog.cancel()
    erfenis.window.home.profiles.buttons["password"].click()
    dialog = flow.action_dialogs[-1]
    dialog.fields["new"].edit.setText("een ander lang wachtwoord")
    dialog.fields["repeat"].edit.setText("een ander lang wachtwoord")
    dialog.submit()
    qtbot.waitUntil(lambda: READ_ONLY in dialog.message.text(), timeout=5000)
    assert NOTHING in dialog.message.text() and "Password changed" not in "".join(dialogs.texts())
    writable(erfenis)
    erfenis.session.vault.unlock(sam.profile.uuid, PASSWORD)  # the old password still opens it


def test_a_password_change_whose_clean_up_is_postponed_says_the_password_was_changed(start_app, qtbot, dialogs):
    # The change is committed; only the compaction after it cannot run (here: SQLite refuses a
    # VACUUM while a read is still under way on the connection). The screen tells the truth.
    erfenis = start_app()
    _page, sam = _unlocked_notes(erfenis)
    for i in range(3):
        sam.save_text("note", f"notitie {i}")
    reading = erfenis.db.conn.execute("SELECT uuid FROM private_item")
    reading.fetchone()  # … and not finished
    flow = erfenis.window.profiles
    erfenis.window.home.profiles.buttons["password"].click()
    dialog = flow.action_dialogs[-1]
    dialog.fields["new"].edit.setText("een ander lang wachtwoord")
    dialog.fields["repeat"].edit.setText("een ander lang wachtwoord")
    dialog.submit()
    qtbot.waitUntil(lambda: any("Password changed" in t for t in dialogs.texts()), timeout=5000)
    assert erfenis.db.compact_pending
    reading.close()
    erfenis.session.lock()
    erfenis.session.vault.unlock(sam.profile.uuid, "een ander lang wachtwoord")


# Settings ---------------------------------------------------------------------------------------

def test_a_setting_while_the_data_folder_is_gone_applies_now_and_says_it_is_not_kept(start_app, qtbot, data_dir):
    erfenis = start_app()
    window = erfenis.window
    window.show_settings()
    shutil.rmtree(data_dir)
    window.settings.scale_spin.setValue(150)
    assert window.settings.message.isVisible()
    assert "could not be saved for the next time" in window.settings.message.text()
    assert GONE in window.settings.message.text()
    assert erfenis.prefs.text_scale == 150  # it applies for now
    assert not data_dir.exists()  # and the folder is not made again, open to everyone
    data_dir.mkdir(mode=0o700)
    window.settings.scale_spin.setValue(160)
    assert not window.settings.message.isVisible()
    assert stat.S_IMODE((data_dir / "settings.ini").stat().st_mode) == 0o600
    assert "text_scale=160" in (data_dir / "settings.ini").read_text()


def test_renewing_protection_first_saves_what_is_being_written(start_app, qtbot, dialogs):
    erfenis = start_app()
    page, sam = _unlocked_notes(erfenis)
    qtbot.keyClicks(page.editor, "Half af.")  # not saved yet (that waits a few seconds)
    flow = erfenis.window.profiles
    read_only(erfenis)
    erfenis.window.home.profiles.buttons["renew"].click()
    assert flow.action_dialogs == []  # not while it cannot be saved: after a renewal it could not be
    assert dialogs.log[-1].kind == "warn" and READ_ONLY in dialogs.log[-1].text
    writable(erfenis)
    erfenis.window.home.profiles.buttons["renew"].click()
    assert _stored_notes(erfenis, sam) == ["Half af."] and len(flow.action_dialogs) == 1


def test_deleting_the_profile_says_nothing_about_unsaved_text(start_app, qtbot, dialogs):
    erfenis = start_app()
    page, sam = _unlocked_notes(erfenis)
    qtbot.keyClicks(page.editor, "Weg met alles.")
    flow = erfenis.window.profiles
    erfenis.window.home.profiles.buttons["delete"].click()
    dialog = flow.action_dialogs[-1]
    dialog.fields["password"].edit.setText(PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: not erfenis.session.is_unlocked, timeout=5000)
    assert erfenis.session.vault.profiles() == []
    assert not erfenis.window.home.profiles.unsaved.isVisibleTo(erfenis.window)
    assert "Profile deleted" in "".join(dialogs.texts())


def test_stopping_a_share_on_the_timeline_on_a_read_only_disk_says_nothing_changed(start_app, qtbot):
    from PySide6.QtWidgets import QAbstractButton

    from tests.test_together import _linked_and_together

    erfenis = start_app()
    flow, page = _linked_and_together(erfenis, qtbot)
    alex = erfenis.session.current
    note = alex.save_text("note", "Vertel me meer.")
    erfenis.session.couple.share(alex, note)
    flow.show_exercise("timeline")
    timeline = flow.timeline_page
    stop = next(b for b in timeline.findChildren(QAbstractButton) if b.text() == "Stop sharing")
    read_only(erfenis)
    stop.click()
    assert READ_ONLY in timeline.message.text() and NOTHING in timeline.message.text()
    assert [t.text for t in erfenis.session.couple.shared(erfenis.session.partner)[0]] == ["Vertel me meer."]
    writable(erfenis)


def test_a_recovery_code_kept_on_a_read_only_disk_is_replaced_at_the_next_unlock(start_app, qtbot, dialogs):
    from tests.test_profile_screens import fill_in_new_profile, unlock

    erfenis = start_app()
    fill_in_new_profile(erfenis, qtbot)
    flow = erfenis.window.profiles
    code_page = flow.code_page
    groups = code_page._code.split("-")
    for field, index in zip(code_page.group_fields, code_page._indices):
        field.setText(groups[index - 1])
    read_only(erfenis)
    code_page.done_button.click()
    told = dialogs.log[-1]
    assert told.kind == "warn" and READ_ONLY in told.text and "shows you a new one the next time" in told.text
    assert flow.pages.currentWidget() is flow.home and not code_page.has_code()
    writable(erfenis)
    erfenis.session.lock()
    unlock(erfenis, qtbot)
    qtbot.waitUntil(lambda: flow.pages.currentWidget() is code_page and code_page.has_code(), timeout=5000)


def test_a_profile_with_wrong_passwords_behind_it_still_opens_on_a_read_only_disk(data_dir):
    from erfenis_desktop.services.vault import VaultService
    from erfenis_desktop.storage.database import open_database
    from erfenis_desktop.vault.kdf import FastTestKdf
    from tests.vault.memory_keyring import MemoryKeyring

    data_dir.mkdir()
    db = open_database(data_dir)
    vault = VaultService(db, kdf=FastTestKdf(), keyring_backend=MemoryKeyring())
    unlocked, _ = vault.create("Sam", PASSWORD)
    unlocked.save_text("note", "nog leesbaar")
    unlocked.lock()
    db.conn.execute("UPDATE profile SET failed_attempts = 2, last_failed_at = 1.0")
    db.conn.execute("PRAGMA query_only = ON")  # the disk can no longer be written
    again, before = vault.unlock(unlocked.profile.uuid, PASSWORD)
    assert before.failed_attempts == 2 and [t.text for t in again.texts("note")] == ["nog leesbaar"]
    db.close()
