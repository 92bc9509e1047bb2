"""The name and password rules through the vault service and the screens, and a profile with
a million wrong passwords behind it that still opens with the right one."""

from __future__ import annotations

import pytest

from erfenis_desktop.services.vault import ProfileError, VaultService
from erfenis_desktop.storage.database import open_database
from erfenis_desktop.vault.kdf import FastTestKdf
from tests.test_profile_screens import PASSWORD, make_profile, unlock
from tests.vault.memory_keyring import MemoryKeyring


class Clock:
    def __init__(self):
        self.now = 1_800_000_000.0

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def vault(data_dir, clock):
    data_dir.mkdir()
    db = open_database(data_dir)
    yield VaultService(db, kdf=FastTestKdf(), keyring_backend=MemoryKeyring(), clock=clock)
    db.close()


# Hole 8: the wait after a million wrong passwords ---------------------------------------------

def test_a_million_wrong_passwords_still_let_the_right_one_in_after_a_minute(vault, clock):
    unlocked, _ = vault.create("Sam", PASSWORD)
    uuid = unlocked.profile.uuid
    unlocked.lock()
    with vault.db.transaction() as conn:
        conn.execute("UPDATE profile SET failed_attempts = ?, first_failed_at = ?, last_failed_at = ? WHERE uuid = ?",
                     (1_000_000, clock.now - 86_400, clock.now, uuid))
    assert vault.seconds_to_wait(uuid) == 60.0
    clock.now += 59
    with pytest.raises(ProfileError) as waiting:
        vault.unlock(uuid, PASSWORD)
    assert waiting.value.code == "wait" and waiting.value.details["seconds"] == pytest.approx(1.0)
    clock.now += 1
    opened, before = vault.unlock(uuid, PASSWORD)
    assert not opened.is_locked and before.failed_attempts == 1_000_000
    assert vault.profile(uuid).failed_attempts == 0


def test_one_more_wrong_password_after_a_million_means_one_more_minute(vault, clock):
    unlocked, _ = vault.create("Sam", PASSWORD)
    uuid = unlocked.profile.uuid
    unlocked.lock()
    with vault.db.transaction() as conn:
        conn.execute("UPDATE profile SET failed_attempts = ?, last_failed_at = ? WHERE uuid = ?",
                     (1_000_000, clock.now - 60, uuid))
    with pytest.raises(ProfileError) as wrong:
        vault.unlock(uuid, "niet het goede wachtwoord")
    assert wrong.value.code == "wrong_password" and wrong.value.details["wait"] == 60.0
    clock.now += 60
    assert not vault.unlock(uuid, PASSWORD)[0].is_locked


# Names through the service ---------------------------------------------------------------------

@pytest.mark.parametrize("typed, code", [
    ("Sam\x00", "name_control"),
    ("Sam\tAlex", "name_control"),
    ("\u202eAlex", "name_direction"),
    ("Al\u2066ex", "name_direction"),
    ("Al\u200bex", "name_invisible"),
    ("\u3164", "name_invisible"),
    ("  ", "name_empty"),
])
def test_a_name_that_hides_something_is_refused_and_nothing_is_made(vault, typed, code):
    with pytest.raises(ProfileError) as refused:
        vault.create(typed, PASSWORD)
    assert refused.value.code == code
    assert vault.profiles() == []


def test_a_name_that_looks_like_another_profiles_name_is_refused(vault):
    sam, _ = vault.create("Sam", PASSWORD)
    with pytest.raises(ProfileError) as taken:
        vault.create("sam", PASSWORD)
    assert taken.value.code == "name_taken"
    with pytest.raises(ProfileError) as looks:
        vault.create("ＳＡＭ", PASSWORD)
    assert looks.value.code == "name_lookalike"
    assert [p.name for p in vault.profiles()] == ["Sam"]
    # An existing name from before these rules is compared the same way.
    with vault.db.transaction() as conn:
        conn.execute("UPDATE profile SET name = ? WHERE uuid = ?", ("Bo\u200b", sam.profile.uuid))
    with pytest.raises(ProfileError) as old:
        vault.create("BO", PASSWORD)
    assert old.value.code == "name_lookalike"


def test_renaming_to_a_lookalike_of_ones_own_name_is_fine_of_another_not(vault):
    sam, _ = vault.create("Sam", PASSWORD)
    vault.create("Alex", PASSWORD)
    vault.rename(sam, "ＳＡＭ  ")
    assert vault.profile(sam.profile.uuid).name == "ＳＡＭ"
    with pytest.raises(ProfileError) as refused:
        vault.rename(sam, "ＡＬＥＸ")
    assert refused.value.code == "name_lookalike"
    assert vault.profile(sam.profile.uuid).name == "ＳＡＭ"


def test_an_emoji_couple_is_a_fine_name(vault):
    couple = "👩\u200d❤\ufe0f\u200d👨"
    made, _ = vault.create(couple, PASSWORD)
    assert made.profile.name == couple


# Passwords through the service and the screens -----------------------------------------------

@pytest.mark.parametrize("password, code", [
    ("          ", "password_blank"),
    ("\u200b" * 10, "password_blank"),
    ("   ", "password_blank"),
    ("lange\x00wandeling", "password_control"),
    ("lange\twandeling", "password_control"),
    ("lange wandeling\n", "password_control"),
    ("kort", "password_short"),
])
def test_a_weak_password_is_refused_on_create_change_and_recover(vault, password, code):
    with pytest.raises(ProfileError) as refused:
        vault.create("Sam", password)
    assert refused.value.code == code and vault.profiles() == []
    sam, recovery_code = vault.create("Sam", PASSWORD)
    with pytest.raises(ProfileError) as changing:
        vault.change_password(sam, password)
    assert changing.value.code == code
    sam.lock()
    with pytest.raises(ProfileError) as recovering:
        vault.recover(sam.profile.uuid, recovery_code, password)
    assert recovering.value.code == code
    assert not vault.unlock(sam.profile.uuid, PASSWORD)[0].is_locked  # the old password still opens it


BLANK, CONTROL = " " * 12, "lange\x00wandeling"
SAID = {BLANK: "A password cannot be only spaces.", CONTROL: "A password cannot contain control characters"}


@pytest.mark.parametrize("password", [BLANK, CONTROL])
def test_the_create_page_says_why_a_password_is_refused(start_app, qtbot, password):
    erfenis = start_app()
    flow = erfenis.window.profiles
    erfenis.window.home.profiles.create_button.click()
    page = flow.create_page
    page.name.setText("Sam")
    page.password.edit.setText(password)
    page.repeat.edit.setText(password)
    page.go.click()
    assert page.message.isVisible() and page.message.text().startswith(SAID[password])
    assert erfenis.session.vault.profiles() == []


@pytest.mark.parametrize("password", [BLANK, CONTROL])
def test_the_password_change_window_says_why_a_password_is_refused(start_app, qtbot, password):
    erfenis = start_app()
    make_profile(erfenis, qtbot)
    erfenis.window.home.profiles.buttons["password"].click()
    dialog = erfenis.window.profiles.action_dialogs[-1]
    dialog.fields["new"].edit.setText(password)
    dialog.fields["repeat"].edit.setText(password)
    dialog.submit()
    assert dialog.message.isVisibleTo(dialog) and dialog.message.text().startswith(SAID[password])
    assert dialog.isVisible()  # still open: nothing changed
    erfenis.session.lock()
    unlock(erfenis, qtbot)
    assert erfenis.session.is_unlocked  # the old password still opens the profile


@pytest.mark.parametrize("password", [BLANK, CONTROL])
def test_the_recovery_page_says_why_a_password_is_refused(start_app, qtbot, password):
    erfenis = start_app()
    code = make_profile(erfenis, qtbot)
    erfenis.session.lock()
    flow = erfenis.window.profiles
    flow.show_unlock(erfenis.session.vault.profiles()[0].uuid)
    flow.unlock_page.forgot.click()
    page = flow.recover_page
    page.code.setText(code)
    page.new_password.edit.setText(password)
    page.repeat.edit.setText(password)
    page.go.click()
    assert page.message.isVisible() and page.message.text().startswith(SAID[password])
    assert flow.pages.currentWidget() is page and not erfenis.session.is_unlocked


@pytest.mark.parametrize("typed, said", [
    ("\u202eAlex", "A name cannot contain characters that change the writing direction."),
    ("Al\u200bex", "A name cannot contain invisible characters."),
    ("Sam\x00", "A name cannot contain control characters"),
    ("ＳＡＭ", "This name looks the same as the name of another profile."),
])
def test_the_create_page_says_why_a_name_is_refused(start_app, qtbot, typed, said):
    erfenis = start_app()
    make_profile(erfenis, qtbot)  # "Sam"
    erfenis.session.lock()
    erfenis.window.home.profiles.create_button.click()
    page = erfenis.window.profiles.create_page
    page.name.setText(typed)
    page.password.edit.setText(PASSWORD)
    page.repeat.edit.setText(PASSWORD)
    page.go.click()
    assert page.message.isVisible() and page.message.text().startswith(said)
    assert [p.name for p in erfenis.session.vault.profiles()] == ["Sam"]


def test_the_rename_window_refuses_a_lookalike_of_the_partner(start_app, qtbot):
    erfenis = start_app()
    make_profile(erfenis, qtbot, "Bo", PASSWORD + " bo")
    erfenis.session.lock()
    make_profile(erfenis, qtbot, "Alex")
    erfenis.window.home.profiles.buttons["rename"].click()
    dialog = erfenis.window.profiles.action_dialogs[-1]
    dialog.fields["name"].setText("B\u200bo")
    dialog.submit()
    assert dialog.message.text() == "A name cannot contain invisible characters. Type the name again."
    dialog.fields["name"].setText("ＢＯ")
    dialog.submit()
    assert dialog.message.text().startswith("This name looks the same as the name of another profile.")
    assert sorted(p.name for p in erfenis.session.vault.profiles()) == ["Alex", "Bo"]
