"""The picker's note "this computer has no system keyring" gives the same answer for the same keyring
whether the question goes to the child process (``--keyring-probe``, the usual start) or is asked in
Erfenis's own process (keyring loaded already: these tests, or a picker made again after a folder
switch). A locked keyring, or one that errors, is a keyring: no note. keyring's fail and null
backends, or a backend that cannot be used here at all, are none: the note.

Each state is run through the picker in this process, and through a real child with the same
backend (PYTHON_KEYRING_BACKEND, as keyring honours it); both must agree.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, KeyringLocked

REPO = Path(__file__).resolve().parent.parent


class Locked(KeyringBackend):
    """A Secret Service whose unlock prompt was refused: there, but every call raises."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service, username):
        raise KeyringLocked("the keyring is locked")

    def set_password(self, service, username, password):
        raise KeyringLocked("the keyring is locked")

    def delete_password(self, service, username):
        raise KeyringLocked("the keyring is locked")


class Erroring(KeyringBackend):
    """A keyring that is there but fails to answer (a D-Bus error, say)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service, username):
        raise KeyringError("org.freedesktop.DBus.Error.NoReply")

    def set_password(self, service, username, password):
        raise KeyringError("org.freedesktop.DBus.Error.NoReply")

    def delete_password(self, service, username):
        raise KeyringError("org.freedesktop.DBus.Error.NoReply")


#: state → (the backend, by the name keyring loads it by; whether the note shows)
STATES = {
    "available": ("tests.vault.memory_keyring.MemoryKeyring", False),
    "locked": ("tests.test_keyring_note_locked.Locked", False),
    "erroring": ("tests.test_keyring_note_locked.Erroring", False),
    "fail backend": ("keyring.backends.fail.Keyring", True),
    "null backend": ("keyring.backends.null.Keyring", True),
    # A backend keyring counts as not viable (its priority raises): asked here, it is none; the
    # child's keyring refuses to load it at all ("unknown"). Both give the note once the vault found
    # the keyring unusable, which asking here always includes.
    "not usable here": ("tests.vault.memory_keyring.FailingKeyring", True),
}


def _backend(dotted: str):
    import importlib

    module, name = dotted.rsplit(".", 1)
    return getattr(importlib.import_module(module), name)()


def _child_says(dotted: str) -> str:
    """A real child, as the picker starts it, finding ``dotted`` as the system keyring."""
    from erfenis_desktop.services.keyring_probe import parse_answer, probe_command

    env = {**os.environ, "PYTHON_KEYRING_BACKEND": dotted,
           "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    result = subprocess.run(probe_command(), env=env, cwd=REPO, capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr
    json.loads(result.stdout)  # one clean line
    return parse_answer(result.stdout)


def _note(erfenis):
    return erfenis.window.home.profiles.keyring_note


def _answered(note, qtbot) -> None:
    qtbot.waitUntil(lambda: note.answer() is not None and not note._asking, timeout=10000)


@pytest.mark.parametrize("state", list(STATES))
def test_the_picker_asking_here_and_the_child_give_the_same_answer(start_app, qtbot, monkeypatch, state):
    import keyring.core

    from erfenis_desktop.services.keyring_probe import shows_note

    dotted, shows = STATES[state]
    monkeypatch.setattr(keyring.core, "_keyring_backend", _backend(dotted))
    erfenis = start_app()
    note = _note(erfenis)
    _answered(note, qtbot)
    assert note.probe is None  # asked in this process (keyring is loaded here)
    assert note.isVisible() == shows
    if shows:
        assert note.text().startswith("This computer has no system keyring")
    # The child, with the same keyring: the same answer, and the same note from it.
    said = _child_says(dotted)
    assert shows_note(erfenis.session.vault.known_device_state(), said) == shows
    if state != "not usable here":
        assert said == note.answer_here
        assert shows_note(None, said) == shows  # before the vault asked, too
    else:
        assert (said, note.answer_here) == ("unknown", "none")


@pytest.mark.parametrize("state", ["locked", "erroring", "fail backend"])
def test_a_picker_made_after_the_vault_asked_gives_the_same_answer(start_app, qtbot, monkeypatch, state):
    """The vault learned "the keyring cannot be used" (a profile was made); a picker made after that
    (a folder switch builds it again) still tells a locked keyring from none."""
    import keyring.core
    from PySide6.QtWidgets import QWidget

    from erfenis_desktop.ui.profile.keyring_note import KeyringNote
    from tests.test_profile_screens import make_profile

    dotted, shows = STATES[state]
    monkeypatch.setattr(keyring.core, "_keyring_backend", _backend(dotted))
    erfenis = start_app()
    make_profile(erfenis, qtbot)
    assert erfenis.session.vault.known_device_state().status.value == "unavailable"
    erfenis.session.lock()
    old = _note(erfenis)
    qtbot.waitUntil(lambda: old.isVisible() == shows, timeout=5000)  # back on the picker
    holder = QWidget()
    qtbot.addWidget(holder)
    note = KeyringNote(erfenis.session, holder)
    holder.show()
    qtbot.waitExposed(holder)
    _answered(note, qtbot)
    assert note.isVisible() == shows and old.isVisible() == shows


def test_the_demo_says_nothing_even_without_a_keyring(start_app, qtbot, monkeypatch):
    import keyring.core
    from keyring.backends import fail

    monkeypatch.setattr(keyring.core, "_keyring_backend", fail.Keyring())
    erfenis = start_app("--demo")
    note = _note(erfenis)
    _answered(note, qtbot)
    assert not note.isVisible()
