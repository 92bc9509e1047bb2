"""A profile that gets a password record without this computer's extra key (the system keyring
cannot be used: none, locked, broken) says so, on every path that gives it one (issue 15, §2,
keyring weather): made (tests/test_keyring_weather.py), opened with the recovery code (idem), a
changed password, renewed protection, and a profile brought in from a take-home file. With a
working keyring nothing of the sort is said.

Through the screens, with the process-wide keyring made unusable the way a person meets it: keyring's
own "no keyring" backend, or a keyring that is there but locked.
"""

from __future__ import annotations

import keyring.core
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringLocked

from erfenis_desktop.services.transfer import TransferService
from erfenis_desktop.services.vault import VaultService
from erfenis_desktop.storage.database import open_database
from erfenis_desktop.ui.common.messages import notice_text, password_only_text
from erfenis_desktop.vault.kdf import FastTestKdf
from tests.test_profile_screens import PASSWORD, make_profile, unlock, wait_for_background_work
from tests.vault.memory_keyring import MemoryKeyring

NEW_PASSWORD = PASSWORD + " nieuw"
TOLD = notice_text("password_only")


class Locked(KeyringBackend):
    """A keyring that is there (a Secret Service) but whose unlock prompt was refused."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service, username):
        raise KeyringLocked("the keyring is locked")

    def set_password(self, service, username, password):
        raise KeyringLocked("the keyring is locked")

    def delete_password(self, service, username):
        raise KeyringLocked("the keyring is locked")


UNUSABLE = {"no keyring": fail.Keyring, "locked": Locked}


def _use(monkeypatch, backend) -> None:
    monkeypatch.setattr(keyring.core, "_keyring_backend", backend)


def _told(dialogs, since: int) -> list[str]:
    """What was said, since ``since`` dialogs, about the password alone protecting the profile."""
    return [f"{r.title}\n{r.text}" for r in dialogs.log[since:]
            if r.kind in ("inform", "warn") and (TOLD in r.text or password_only_text() in r.text)]


def _protected_by_the_keyring(erfenis) -> bool:
    return erfenis.session.vault.device.protects(erfenis.session.current.profile.uuid)


def _change_password(erfenis, qtbot) -> None:
    """Your profile → Change password, typed twice, saved."""
    erfenis.window.home.profiles.buttons["password"].click()
    dialog = erfenis.window.profiles.action_dialogs[-1]
    for key in ("new", "repeat"):
        dialog.fields[key].edit.setText(NEW_PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog not in erfenis.window.profiles.action_dialogs, timeout=5000)
    wait_for_background_work(erfenis, qtbot)


def _renew(erfenis, qtbot) -> None:
    """Your profile → Renew protection, through to the new recovery code typed back."""
    flow = erfenis.window.profiles
    erfenis.window.home.profiles.buttons["renew"].click()
    dialog = flow.action_dialogs[-1]
    dialog.fields["password"].edit.setText(PASSWORD)
    for key in ("new", "repeat"):
        dialog.fields[key].edit.setText(NEW_PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: flow.pages.currentWidget() is flow.code_page, timeout=5000)
    groups = flow.code_page._code.split("-")
    for field, index in zip(flow.code_page.group_fields, flow.code_page._indices):
        field.setText(groups[index - 1])
    flow.code_page.done_button.click()


# A changed password ---------------------------------------------------------------------------------
@pytest.mark.parametrize("weather", sorted(UNUSABLE))
def test_a_password_changed_while_the_keyring_cannot_be_used_says_the_password_alone_protects(
        start_app, qtbot, dialogs, monkeypatch, weather):
    _use(monkeypatch, UNUSABLE[weather]())
    erfenis = start_app()
    make_profile(erfenis, qtbot)  # (told at its making: tests/test_keyring_weather.py)
    since = len(dialogs.log)
    _change_password(erfenis, qtbot)
    assert "Password changed" in dialogs.texts()[-2]
    told = _told(dialogs, since)
    assert len(told) == 1 and told[0].startswith("For Sam")
    assert not _protected_by_the_keyring(erfenis)
    erfenis.session.lock()
    unlock(erfenis, qtbot, NEW_PASSWORD)  # and it works
    assert erfenis.session.is_unlocked


def test_a_password_changed_once_the_keyring_works_again_gets_the_extra_key_and_says_nothing(
        start_app, qtbot, dialogs, monkeypatch):
    _use(monkeypatch, fail.Keyring())
    erfenis = start_app()
    make_profile(erfenis, qtbot)
    _use(monkeypatch, MemoryKeyring())  # the keyring is back: "change your password once"
    since = len(dialogs.log)
    _change_password(erfenis, qtbot)
    assert "Password changed" in dialogs.texts()[-1]
    assert _told(dialogs, since) == []
    assert _protected_by_the_keyring(erfenis)


def test_a_password_changed_with_a_working_keyring_says_nothing_of_the_sort(start_app, qtbot, dialogs):
    erfenis = start_app()
    make_profile(erfenis, qtbot)
    _change_password(erfenis, qtbot)
    assert "Password changed" in dialogs.texts()[-1]
    assert _told(dialogs, 0) == []


# Renewed protection -----------------------------------------------------------------------------------
@pytest.mark.parametrize("weather", sorted(UNUSABLE))
def test_protection_renewed_while_the_keyring_cannot_be_used_says_the_password_alone_protects(
        start_app, qtbot, dialogs, monkeypatch, weather):
    _use(monkeypatch, UNUSABLE[weather]())
    erfenis = start_app()
    make_profile(erfenis, qtbot)
    since = len(dialogs.log)
    _renew(erfenis, qtbot)
    told = _told(dialogs, since)
    assert len(told) == 1 and told[0].startswith("For Sam")
    assert erfenis.session.is_unlocked and not _protected_by_the_keyring(erfenis)


def test_protection_renewed_once_the_keyring_works_again_says_nothing(start_app, qtbot, dialogs, monkeypatch):
    _use(monkeypatch, fail.Keyring())
    erfenis = start_app()
    make_profile(erfenis, qtbot)
    _use(monkeypatch, MemoryKeyring())
    since = len(dialogs.log)
    _renew(erfenis, qtbot)
    assert _told(dialogs, since) == []
    assert _protected_by_the_keyring(erfenis)


def test_protection_renewed_with_a_working_keyring_says_nothing_of_the_sort(start_app, qtbot, dialogs):
    erfenis = start_app()
    make_profile(erfenis, qtbot)
    _renew(erfenis, qtbot)
    assert erfenis.session.is_unlocked and _told(dialogs, 0) == []


# Brought in from a take-home file -------------------------------------------------------------------
@pytest.fixture
def take_home_file(tmp_path):
    """Sam's file, saved on another computer (with its own working keyring)."""
    folder = tmp_path / "workshop"
    folder.mkdir()
    db = open_database(folder)
    vault = VaultService(db, kdf=FastTestKdf(), keyring_backend=MemoryKeyring())
    sam, _code = vault.create("Sam", PASSWORD)
    sam.save_text("note", "De zwaluw kwam terug.")
    path = tmp_path / "sam.erfenis"
    TransferService(vault).export([sam], path, PASSWORD, own_password=True)
    sam.lock()
    db.close()
    return path


def _import(erfenis, qtbot, dialogs, path) -> str:
    """Erfenis menu → Import from a file…: what the result window said."""
    menu = erfenis.window.transfer
    menu.act_import.trigger()
    importer = menu.dialog
    dialogs.answer("open_file", path)
    importer.choose.click()
    importer.password.edit.setText(PASSWORD)
    importer.ok_button.click()
    qtbot.waitUntil(lambda: not importer.work.running, timeout=10000)
    wait_for_background_work(erfenis, qtbot)
    told = dialogs.log[-1]
    assert told.kind == "inform" and told.title == "Imported"
    return told.text


@pytest.mark.parametrize("weather", sorted(UNUSABLE))
def test_a_profile_imported_while_the_keyring_cannot_be_used_says_the_password_alone_protects(
        start_app, qtbot, dialogs, monkeypatch, take_home_file, weather):
    _use(monkeypatch, UNUSABLE[weather]())
    erfenis = start_app()
    said = _import(erfenis, qtbot, dialogs, take_home_file)
    assert "Sam is now in this Erfenis." in said and password_only_text() in said
    uuid = erfenis.session.vault.profiles()[0].uuid
    assert not erfenis.session.vault.device.protects(uuid)


def test_a_profile_imported_with_a_working_keyring_says_nothing_of_the_sort(
        start_app, qtbot, dialogs, take_home_file):
    erfenis = start_app()
    said = _import(erfenis, qtbot, dialogs, take_home_file)
    assert "Sam is now in this Erfenis." in said and password_only_text() not in said
    assert _told(dialogs, 0) == []
    assert erfenis.session.vault.device.protects(erfenis.session.vault.profiles()[0].uuid)
