"""What a person sees when part of their data was damaged or changed outside Erfenis."""

from __future__ import annotations

from tests.test_profile_screens import PASSWORD, make_profile, unlock


def _break(erfenis, item_uuid):
    conn = erfenis.session.vault.db.conn
    body = bytearray(conn.execute("SELECT body FROM private_item WHERE uuid = ?", (item_uuid,)).fetchone()[0])
    body[-1] ^= 1
    conn.execute("UPDATE private_item SET body = ? WHERE uuid = ?", (bytes(body), item_uuid))


def test_the_journal_lists_a_damaged_item_and_removes_it_after_asking(start_app, qtbot, dialogs):
    erfenis = start_app()
    make_profile(erfenis, qtbot)
    u = erfenis.session.current
    u.save_text("note", "Ik weet niet precies wat er is, maar er is iets.")
    broken = u.save_text("note", "dit raakt beschadigd")
    _break(erfenis, broken)
    erfenis.window.home.profiles.exercise_buttons["journal"].click()
    journal = erfenis.window.profiles.journal_page
    assert "1 item cannot be opened" in journal.message.text()
    labels = [journal.list.text(i) for i in range(journal.list.count())]
    assert len(labels) == 2 and labels[-1].startswith("Damaged item")
    assert not any("beschadigd" in label for label in labels)  # never guessed at
    journal.list.setCurrentRow(1)
    assert journal.remove_damaged.isVisibleTo(journal) and not journal.share.isVisibleTo(journal)
    assert "cannot be opened" in journal.reader.toPlainText()
    dialogs.answer("ask", "cancel")
    journal.remove_damaged.click()
    assert erfenis.session.vault.repo.item(broken) is not None  # kept when the person says so
    dialogs.answer("ask", "remove")
    journal.remove_damaged.click()
    assert erfenis.session.vault.repo.item(broken) is None
    assert journal.list.count() == 1 and "removed" in journal.message.text()
    journal.list.setCurrentRow(0)
    assert not journal.remove_damaged.isVisibleTo(journal)  # a readable text has no such button


def test_renewing_with_a_damaged_item_says_so_and_goes_on(start_app, qtbot, dialogs):
    erfenis = start_app()
    make_profile(erfenis, qtbot)
    u = erfenis.session.current
    u.save_text("note", "blijft leesbaar")
    _break(erfenis, u.save_text("note", "kapot"))
    erfenis.window.home.profiles.buttons["renew"].click()
    dialog = erfenis.window.profiles.action_dialogs[-1]
    dialog.fields["password"].edit.setText(PASSWORD)
    for key in ("new", "repeat"):
        dialog.fields[key].edit.setText(PASSWORD + " nieuw")
    dialog.submit()
    flow = erfenis.window.profiles
    qtbot.waitUntil(lambda: flow.pages.currentWidget() is flow.code_page, timeout=5000)
    told = dialogs.texts()[-1]
    assert "Protection renewed" in told and "1 item could not be opened" in told


def test_an_older_copy_of_the_manifest_put_back_is_told_at_unlock(start_app, qtbot, dialogs):
    erfenis = start_app()
    make_profile(erfenis, qtbot)
    u = erfenis.session.current
    conn = erfenis.session.vault.db.conn
    u.save_text("note", "een")
    old = conn.execute("SELECT manifest FROM profile WHERE uuid = ?", (u.profile.uuid,)).fetchone()[0]
    u.save_text("note", "twee")
    erfenis.session.lock()
    conn.execute("UPDATE profile SET manifest = ? WHERE uuid = ?", (old, u.profile.uuid))
    unlock(erfenis, qtbot)
    assert erfenis.session.is_unlocked  # never locked out
    assert any("changed outside Erfenis" in t and t.startswith("For Sam") for t in dialogs.texts())
    assert sorted(t.text for t in erfenis.session.current.texts("note")) == ["een", "twee"]
