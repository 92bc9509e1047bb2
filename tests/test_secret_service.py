"""The device secret in a real Secret Service: a throwaway gnome-keyring in its own D-Bus session.

Nothing here touches the keyring of the person running the tests: HOME and the
session bus are temporary, and the keyring is unlocked with a made-up password.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap

import pytest

CHILD = textwrap.dedent("""
    import sys, tempfile
    from pathlib import Path
    import keyring
    from keyring.backends import SecretService
    assert isinstance(keyring.get_keyring(), SecretService.Keyring), keyring.get_keyring()
    from erfenis_desktop.storage.database import open_database
    from erfenis_desktop.services.vault import VaultService
    from erfenis_desktop.vault.kdf import FastTestKdf

    data = Path(tempfile.mkdtemp()) / "data"
    data.mkdir()
    db = open_database(data)
    first = VaultService(db, kdf=FastTestKdf())
    unlocked, code = first.create("Sam", "lange wandeling")
    print("state", first.device_state().status.value)
    unlocked.save_text("note", "in de sleutelbos")
    items = [i for i in SecretService.Keyring().get_preferred_collection().get_all_items()
             if i.get_attributes().get("service") == "Erfenis"]
    print("items", len(items))
    again = VaultService(db, kdf=FastTestKdf())      # as after a restart
    print("again", again.device_state().status.value)
    reopened, _ = again.unlock(unlocked.profile.uuid, "lange wandeling")
    print("text", reopened.texts()[0].text)
""")

SCRIPT = """
set -e
export HOME="$1"
export XDG_RUNTIME_DIR="$HOME/run" XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
eval "$(printf 'made-up-test-password' | gnome-keyring-daemon --unlock --components=secrets)"
exec "$2" -c "$3"
"""


def test_device_secret_in_a_real_secret_service(tmp_path):
    tools = [shutil.which("dbus-run-session"), shutil.which("gnome-keyring-daemon")]
    if not all(tools):
        if os.environ.get("CI"):
            pytest.fail("CI must install dbus and gnome-keyring (see .ci/run)")
        pytest.skip("needs dbus-run-session and gnome-keyring-daemon")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "GNOME_KEYRING"))}
    env["PYTHONPATH"] = os.pathsep.join(sys.path)
    result = subprocess.run(
        ["dbus-run-session", "--", "bash", "-c", SCRIPT, "run", str(tmp_path), sys.executable, CHILD],
        capture_output=True, text=True, timeout=120, env=env, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert lines["state"] == "first_run"
    assert lines["items"] == "1"
    assert lines["again"] == "ok"
    assert lines["text"] == "in de sleutelbos"
