"""Keyring weather: locked, missing, a backend that changed between runs, garbage in the item.

Every case ends in a working Erfenis or the recovery path (the profile opens with its password
or its recovery code, with its writing), never a crash and never a new secret made quietly
over the old one, which would leave existing profiles unopenable. A profile made without this
computer's extra key says so. The keyrings are real keyring backends, kept in memory.
"""

from __future__ import annotations

import base64

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringLocked, PasswordDeleteError

from erfenis_desktop.services.vault import ProfileError, VaultService
from erfenis_desktop.storage.database import open_database
from erfenis_desktop.ui.common.messages import error_text, notice_text, password_only_text
from erfenis_desktop.vault.kdf import FastTestKdf

PASSWORD = "lange wandeling"
NEW_PASSWORD = "een nieuw wachtwoord"
WRITING = "Wat ik van mijn vader meekreeg"
KEY_NAME = "device-secret:"


class Keyring(KeyringBackend):
    """An in-memory keyring that can be locked: then every call raises, as a locked Secret
    Service does after a refused unlock prompt."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], object] = {}
        self.locked = False

    def _open(self) -> None:
        if self.locked:
            raise KeyringLocked("the keyring is locked")

    def get_password(self, service, username):
        self._open()
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self._open()
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self._open()
        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")

    def secrets(self) -> dict[str, object]:
        return {user: value for (service, user), value in self.items.items() if user.startswith(KEY_NAME)}


class Run:
    """One start of Erfenis on the data folder, with the keyring it finds this time."""

    def __init__(self, data_dir, backend) -> None:
        data_dir.mkdir(exist_ok=True)
        self.db = open_database(data_dir)
        self.vault = VaultService(self.db, kdf=FastTestKdf(), keyring_backend=backend)

    def make(self, name: str) -> tuple[str, str, list[str]]:
        """A profile with one text: (uuid, recovery code, the notices its person heard)."""
        unlocked, code = self.vault.create(name, PASSWORD)
        unlocked.save_text("note", f"{WRITING} ({name})")
        notices = list(unlocked.notices)
        unlocked.lock()
        return unlocked.profile.uuid, code, notices

    def opens(self, uuid: str, password: str = PASSWORD) -> str:
        """The profile opens with its password, its writing intact, nothing damaged."""
        unlocked, _ = self.vault.unlock(uuid, password)
        try:
            assert unlocked.damaged_items() == []
            return unlocked.texts("note")[0].text
        finally:
            unlocked.lock()

    def refused(self, uuid: str, password: str = PASSWORD) -> ProfileError:
        with pytest.raises(ProfileError) as refused:
            self.vault.unlock(uuid, password)
        assert self.vault.profile(uuid).failed_attempts == 0  # the right password, never counted as wrong
        return refused.value

    def recover(self, uuid: str, code: str) -> list[str]:
        """Open with the recovery code (a new password); the notices its person heard."""
        unlocked, self.new_code = self.vault.recover(uuid, code, NEW_PASSWORD)
        assert unlocked.texts("note")[0].text.startswith(WRITING)
        notices = list(unlocked.notices)
        unlocked.lock()
        return notices

    def close(self) -> None:
        self.db.close()


MISSING_TEXT = "extra key for Erfenis is missing"
LOCKED_TEXT = "cannot be reached right now"


# Locked -------------------------------------------------------------------------------------
def test_a_locked_keyring_asks_to_unlock_it_and_then_the_password_works(data_dir):
    keyring = Keyring()
    first = Run(data_dir, keyring)
    uuid, code, notices = first.make("Sam")
    assert notices == []  # made with the extra key: nothing to tell
    first.close()
    secrets = keyring.secrets()
    assert len(secrets) == 1

    keyring.locked = True
    run = Run(data_dir, keyring)
    refused = run.refused(uuid)
    assert refused.code == "keyring_unavailable"
    text = error_text(refused)
    assert LOCKED_TEXT in text and "Unlock your keyring" in text and "recovery code" in text
    keyring.locked = False  # the person unlocks the keyring and tries again, in the same run
    assert run.opens(uuid).startswith(WRITING)
    assert keyring.secrets() == secrets  # nothing made, nothing replaced
    run.close()


def test_a_locked_keyring_leaves_the_recovery_code_and_tells_what_protects_the_profile_then(data_dir):
    keyring = Keyring()
    first = Run(data_dir, keyring)
    uuid, code, _ = first.make("Sam")
    other, _, _ = first.make("Robin")
    first.close()
    secrets = keyring.secrets()

    keyring.locked = True
    run = Run(data_dir, keyring)
    notices = run.recover(uuid, code)
    assert notices == ["password_only"]  # opened, and told the password alone protects it now
    assert "password alone" in notice_text(notices[0])
    assert not run.vault.device.protects(uuid) and run.vault.device.protects(other)
    assert run.opens(uuid, NEW_PASSWORD).startswith(WRITING)
    run.close()

    keyring.locked = False  # the next start: the keyring is back, with the very same key
    later = Run(data_dir, keyring)
    assert later.opens(other).startswith(WRITING)
    assert later.opens(uuid, NEW_PASSWORD).startswith(WRITING)
    assert keyring.secrets() == secrets
    later.close()


def test_a_keyring_locked_at_the_first_start_makes_no_key_and_the_profile_says_so(data_dir):
    keyring = Keyring()
    keyring.locked = True
    first = Run(data_dir, keyring)
    uuid, _, notices = first.make("Sam")
    assert notices == ["password_only"]
    first.close()
    keyring.locked = False
    later = Run(data_dir, keyring)
    assert later.opens(uuid).startswith(WRITING)  # the key made now is not needed by it
    made, _, notices = later.make("Robin")
    assert notices == [] and later.vault.device.protects(made) and not later.vault.device.protects(uuid)
    assert len(keyring.secrets()) == 1
    later.close()


# Missing --------------------------------------------------------------------------------------
@pytest.mark.parametrize("backend", ["fail", "null", "global"])
def test_without_a_keyring_profiles_work_on_the_password_alone_and_say_so(data_dir, backend, monkeypatch):
    import keyring.core
    from keyring.backends import null

    if backend == "global":  # no backend installed: keyring itself falls back to its fail backend
        monkeypatch.setattr(keyring.core, "_keyring_backend", fail.Keyring())
    first = Run(data_dir, {"fail": fail.Keyring, "null": null.Keyring, "global": lambda: None}[backend]())
    uuid, code, notices = first.make("Sam")
    assert notices == ["password_only"]
    assert "protected by your password alone" in notice_text("password_only")
    assert not first.vault.device.protects(uuid)
    assert first.opens(uuid).startswith(WRITING)
    assert first.recover(uuid, code) == ["password_only"]
    first.close()

    keyring = Keyring()  # a keyring appears later: the profile still opens, and can gain the key
    later = Run(data_dir, keyring)
    assert later.opens(uuid, NEW_PASSWORD).startswith(WRITING)
    unlocked, _ = later.vault.unlock(uuid, NEW_PASSWORD)
    later.vault.change_password(unlocked, PASSWORD)
    unlocked.lock()
    assert later.vault.device.protects(uuid) and len(keyring.secrets()) == 1
    later.close()
    again = Run(data_dir, keyring)
    assert again.opens(uuid).startswith(WRITING)
    again.close()


def test_a_keyring_that_went_away_gives_the_recovery_path_and_makes_nothing(data_dir):
    keyring = Keyring()
    first = Run(data_dir, keyring)
    uuid, code, _ = first.make("Sam")
    first.close()
    run = Run(data_dir, fail.Keyring())
    assert run.refused(uuid).code == "keyring_unavailable"
    assert run.recover(uuid, code) == ["password_only"]
    assert run.opens(uuid, NEW_PASSWORD).startswith(WRITING)
    run.close()


# Backend changed between runs --------------------------------------------------------------
def test_another_keyring_backend_never_gets_a_key_made_quietly(data_dir):
    kwallet, secret_service = Keyring(), Keyring()
    first = Run(data_dir, kwallet)
    sam, sam_code, _ = first.make("Sam")
    robin, _, _ = first.make("Robin")
    first.close()
    before = kwallet.secrets()

    run = Run(data_dir, secret_service)  # the next start sees another backend, without the key
    assert run.vault.device_state().status.value == "missing"
    refused = run.refused(sam)
    assert refused.code == "device_secret_missing" and MISSING_TEXT in error_text(refused)
    assert secret_service.secrets() == {}  # never a new key just by starting or trying
    assert run.recover(sam, sam_code) == []  # the recovery code proves it: now a new key may be made
    assert len(secret_service.secrets()) == 1
    assert run.opens(sam, NEW_PASSWORD).startswith(WRITING)
    assert run.refused(robin).code == "device_secret_missing"  # Robin needs Robin's own code
    sam_code = run.new_code
    run.close()
    assert kwallet.secrets() == before  # the old backend is untouched

    back = Run(data_dir, kwallet)  # and back to the first backend: its key still opens Robin
    assert back.opens(robin).startswith(WRITING)
    assert back.recover(sam, sam_code) == []  # takes the old key over
    assert kwallet.secrets() == before  # ... rather than writing a new one over it
    assert back.opens(robin).startswith(WRITING)
    assert back.opens(sam, NEW_PASSWORD).startswith(WRITING)
    back.close()


def test_a_key_that_comes_back_in_the_same_run_is_used_again(data_dir):
    keyring = Keyring()
    first = Run(data_dir, keyring)
    uuid, _, _ = first.make("Sam")
    first.close()
    kept = dict(keyring.items)
    keyring.items.clear()  # the backend answers without our key for a while (a wallet not yet open)
    run = Run(data_dir, keyring)
    assert run.refused(uuid).code == "device_secret_missing"
    assert keyring.items == {}
    keyring.items.update(kept)  # and then it has it again: no restart, no recovery code needed
    assert run.opens(uuid).startswith(WRITING)
    run.close()


# Garbage ----------------------------------------------------------------------------------------
GARBAGE = {
    "wrong length": base64.b64encode(b"sixteen bytes!!!").decode(),
    "not base64": "dit is geen sleutel!",
    "bytes": base64.b64encode(bytes(range(32))),
    "a number": 42,
    "a list": ["niet", "dit"],
    "empty": "",
}


@pytest.mark.parametrize("garbage", list(GARBAGE.values()), ids=list(GARBAGE))
def test_garbage_in_the_keyring_item_gives_the_recovery_path(data_dir, garbage):
    keyring = Keyring()
    first = Run(data_dir, keyring)
    uuid, code, _ = first.make("Sam")
    first.close()
    (name,) = keyring.secrets()
    keyring.items[("Erfenis", name)] = garbage

    run = Run(data_dir, keyring)
    refused = run.refused(uuid)  # no crash, no "wrong password"
    assert refused.code == "device_secret_missing" and MISSING_TEXT in error_text(refused)
    assert keyring.items[("Erfenis", name)] == garbage  # not replaced by trying
    assert run.recover(uuid, code) == []
    assert run.opens(uuid, NEW_PASSWORD).startswith(WRITING)
    run.close()
    assert isinstance(keyring.items[("Erfenis", name)], str)  # a real key now
    later = Run(data_dir, keyring)
    assert later.opens(uuid, NEW_PASSWORD).startswith(WRITING)
    later.close()


def test_garbage_at_the_first_start_is_replaced_by_a_working_key(data_dir):
    keyring = Keyring()
    keyring.items[("Erfenis", "device-secret:anything")] = 7  # another folder's garbage: left alone
    run = Run(data_dir, keyring)
    store_id = run.db.meta("store_id")
    keyring.items[("Erfenis", KEY_NAME + store_id)] = ["geen", "sleutel"]
    uuid, _, notices = run.make("Sam")
    assert notices == [] and run.vault.device.protects(uuid)
    run.close()
    later = Run(data_dir, keyring)
    assert later.opens(uuid).startswith(WRITING)
    assert keyring.items[("Erfenis", "device-secret:anything")] == 7
    later.close()


# What the person sees ------------------------------------------------------------------------------
def test_a_profile_made_without_a_keyring_says_so_at_creation_and_on_its_page(start_app, qtbot, dialogs,
                                                                                 monkeypatch):
    import keyring.core

    from tests.test_profile_screens import make_profile

    monkeypatch.setattr(keyring.core, "_keyring_backend", fail.Keyring())
    erfenis = start_app()
    make_profile(erfenis, qtbot)
    told = [t for t in dialogs.texts() if "password alone" in t]
    assert len(told) == 1 and told[0].startswith("For Sam")
    erfenis.window.profiles.show_profile()
    page = erfenis.window.profiles.panel.profile_page
    assert password_only_text() in page.texts["password"].text()
    assert password_only_text() in page.buttons["password"].accessibleDescription()


def test_a_profile_made_with_the_keyring_says_nothing_of_the_sort(start_app, qtbot, dialogs):
    from tests.test_profile_screens import make_profile

    erfenis = start_app()
    make_profile(erfenis, qtbot)
    assert not [t for t in dialogs.texts() if "password alone" in t]
    erfenis.window.profiles.show_profile()
    assert password_only_text() not in erfenis.window.profiles.panel.profile_page.texts["password"].text()


def test_settings_tell_when_this_profile_lacks_the_extra_key_the_computer_has(start_app, qtbot, monkeypatch):
    import keyring.core

    from tests.test_profile_screens import make_profile

    keyring_now = Keyring()
    keyring_now.locked = True
    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring_now)
    erfenis = start_app()
    make_profile(erfenis, qtbot)
    keyring_now.locked = False  # unlocked later: the computer has the key, this profile not
    erfenis.window.show_settings()
    settings = erfenis.window.settings
    qtbot.waitUntil(lambda: "Extra protection is on" in settings.protection.text(), timeout=5000)
    assert password_only_text() in settings.protection.text()


def test_a_locked_keyring_is_explained_on_the_unlock_screen(start_app, qtbot, data_dir, monkeypatch):
    import keyring.core

    from tests.test_profile_screens import unlock

    keyring_now = Keyring()
    earlier = Run(data_dir, keyring_now)  # an earlier start, with the keyring open
    earlier.make("Sam")
    earlier.close()
    keyring_now.locked = True
    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring_now)
    erfenis = start_app()
    unlock(erfenis, qtbot)
    page = erfenis.window.profiles.unlock_page
    assert LOCKED_TEXT in page.message.text() and page.message.isVisible()
    assert not erfenis.session.is_unlocked
    keyring_now.locked = False  # the person unlocks the keyring and tries again
    page.go.click()
    qtbot.waitUntil(lambda: erfenis.session.is_unlocked, timeout=5000)
    assert erfenis.session.vault.profiles()[0].failed_attempts == 0
