"""Erfenis read from outside, as a screen reader reads it: the real app under Xvfb with Qt's
AT-SPI bridge on (QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1), on a D-Bus session of its own, and its
tree read by another process with the system's Python and libatspi (tests/atspi/read_tree.py).
The picker, the unlock page, the home screen and the pattern mirror's first question must
show every control with a name, and Erfenis must still be running after being read.

Locally the test is skipped, with the reason, when a piece is missing (Xvfb, dbus-daemon,
at-spi2-core, python3-gi with gir1.2-atspi-2.0); in CI (.ci/run sets ERFENIS_REQUIRE_ATSPI=1)
a missing piece fails it."""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

READER = Path(__file__).resolve().parent / "atspi" / "read_tree.py"
SYSTEM_PYTHON = "/usr/bin/python3"
PASSWORD = "een lange wandeling langs de zee"
NAME = "Sam"
#: What a person acts on: each must have a name a screen reader can say.
CONTROLS = {"push button", "toggle button", "check box", "radio button", "combo box", "text", "password text",
            "spin button", "slider", "page tab", "link", "list", "list item", "tree", "table"}
WALK_SECONDS = 60


def _missing() -> str | None:
    """Why this machine cannot run the check, in words; None when it can."""
    if not sys.platform.startswith("linux"):
        return "AT-SPI is Linux's accessibility bus"
    for program, package in (("Xvfb", "xvfb"), ("dbus-daemon", "dbus")):
        if shutil.which(program) is None:
            return f"{program} is not installed (Debian package {package})"
    if not Path("/usr/share/dbus-1/services/org.a11y.Bus.service").exists():
        return "the AT-SPI bus launcher is not installed (Debian package at-spi2-core)"
    if not os.access(SYSTEM_PYTHON, os.X_OK):
        return f"{SYSTEM_PYTHON} is not there"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Atspi', '2.0'); "
                            "from gi.repository import Atspi, Gio"], capture_output=True, text=True, timeout=30)
    if probe.returncode != 0:
        return (f"{SYSTEM_PYTHON} cannot import Atspi from gi (Debian packages python3-gi and "
                f"gir1.2-atspi-2.0): {probe.stderr.strip().splitlines()[-1:]}")
    return None


def _stop(process: subprocess.Popen | None) -> None:
    """End a process this test started, and everything it started (its own process group)."""
    if process is None or process.poll() is not None:
        return
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 10)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def _first_line(stream: int, seconds: float, what: str) -> str:
    """The first whole line a starting program writes, or a failure after ``seconds``. The pipe
    stays open: a program that writes its line in parts dies of a closed pipe (Xvfb does)."""
    deadline = time.monotonic() + seconds
    said = b""
    while b"\n" not in said:
        ready, _, _ = select.select([stream], [], [], max(0.0, deadline - time.monotonic()))
        part = os.read(stream, 4096) if ready else b""
        if not part:
            pytest.fail(f"{what} did not start within {seconds:.0f} s")
        said += part
    return said.decode().splitlines()[0].strip()


def _prepare(data_dir: Path) -> None:
    """A profile made beforehand through the services, as Erfenis makes one: production
    Argon2id at its floor (the app checks that floor), no keyring (neither does the app here)."""
    from keyring.backends.fail import Keyring as NoKeyring

    from erfenis_desktop.services.store import open_store
    from erfenis_desktop.services.vault import VaultService
    from erfenis_desktop.vault.kdf import ProductionKdf

    data_dir.mkdir(parents=True)
    db = open_store(data_dir)
    try:
        vault = VaultService(db, kdf=ProductionKdf.at_floor(), keyring_backend=NoKeyring())
        unlocked, _code = vault.create(NAME, PASSWORD)
        vault.confirm_recovery_saved(unlocked)  # as after the first time: no recovery code to show
        unlocked.lock()
    finally:
        db.close()


@pytest.fixture(scope="module")
def seen(tmp_path_factory) -> dict:
    """Start Xvfb, a D-Bus session and Erfenis; read Erfenis from outside; stop them all."""
    reason = _missing()
    if reason:
        if os.environ.get("ERFENIS_REQUIRE_ATSPI") == "1":
            pytest.fail(f"the screen-reader check must run here, but {reason}")
        pytest.skip(reason)
    root = tmp_path_factory.mktemp("atspi")
    home = root / "home"
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS",
                        "AT_SPI_BUS_ADDRESS", "ERFENIS_DATA_DIR", "SESSION_MANAGER")}
    env.update(HOME=str(home), LANGUAGE="en", LC_ALL="C.UTF-8", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    for var, sub in (("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                     ("XDG_CACHE_HOME", ".cache"), ("XDG_RUNTIME_DIR", "run")):
        (home / sub).mkdir(parents=True, exist_ok=True)
        env[var] = str(home / sub)
    (home / "run").chmod(0o700)
    data_dir = root / "data"
    _prepare(data_dir)
    xvfb = bus = app = None
    pipes: list[int] = []
    try:
        # Xvfb picks a free display itself and says which (-displayfd); -noreset: it does not restart
        # when its first client (the AT-SPI bus launcher) leaves, while Erfenis connects.
        display_r, display_w = os.pipe()
        pipes.append(display_r)
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(display_w), "-screen", "0", "1280x1024x24",
                                 "-nolisten", "tcp", "-noreset"], pass_fds=(display_w,), env=env, start_new_session=True,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(display_w)
        env["DISPLAY"] = ":" + _first_line(display_r, 30, "Xvfb")
        # A session bus of our own; it starts the AT-SPI bus (at-spi-bus-launcher) when asked.
        bus_r, bus_w = os.pipe()
        pipes.append(bus_r)
        bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", f"--print-address={bus_w}"],
                               pass_fds=(bus_w,), env=env, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(bus_w)
        env["DBUS_SESSION_BUS_ADDRESS"] = _first_line(bus_r, 30, "dbus-daemon")
        # The AT-SPI bus up before Erfenis, as on a desktop where a screen reader is running.
        subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
                        "org.a11y.Bus.GetAddress"], env=env, check=True, capture_output=True, timeout=30)
        app_log = root / "erfenis.log"
        with app_log.open("w") as log:
            app = subprocess.Popen([sys.executable, "-m", "erfenis_desktop", "--data-dir", str(data_dir),
                                    "--lang", "en"], env=env, start_new_session=True,
                                   stdout=log, stderr=subprocess.STDOUT)
        try:
            read = subprocess.run([SYSTEM_PYTHON, str(READER), "--profile", NAME, "--timeout", str(WALK_SECONDS)],
                                  input=PASSWORD + "\n", env=env, capture_output=True, text=True,
                                  timeout=WALK_SECONDS + 30)
        except subprocess.TimeoutExpired:
            pytest.fail(f"the reader did not finish in {WALK_SECONDS + 30} s")
        said = app_log.read_text(errors="replace")
        assert app.poll() is None, f"Erfenis stopped while it was read (exit {app.returncode}):\n{said}"
        try:
            result = json.loads(read.stdout)
        except ValueError:
            pytest.fail(f"the reader said no JSON (exit {read.returncode}):\n{read.stdout}\n{read.stderr}\n{said}")
        assert read.returncode == 0 and "error" not in result, (result.get("error"), result.get("last"), said)
        return result
    finally:
        for process in (app, bus, xvfb):
            _stop(process)
        for pipe in pipes:
            os.close(pipe)


def _controls(screen: list[dict]) -> list[dict]:
    return [item for item in screen if item["role"] in CONTROLS]


def _unnamed(screen: list[dict]) -> list[dict]:
    return [item for item in _controls(screen) if not item["name"].strip()]


def _has(screen: list[dict], role: str, name: str) -> bool:
    return any(item["role"] == role and item["name"] == name for item in screen)


@pytest.mark.parametrize("screen", ["picker", "unlock", "home", "exercise"])
def test_every_control_on_the_screen_has_a_name(seen, screen):
    assert len(_controls(seen[screen])) >= 5  # the screen was really read, with its controls
    assert _unnamed(seen[screen]) == []


def test_the_picker_names_each_profile_and_the_new_profile_button(seen):
    picker = seen["picker"]
    assert _has(picker, "push button", f"Open the profile of {NAME}")
    assert _has(picker, "push button", "New profile")
    assert _has(picker, "push button", "Hide everything at once")
    assert _has(picker, "label", "Who are you?")


def test_the_unlock_page_names_its_field_and_buttons(seen):
    unlock = seen["unlock"]
    assert _has(unlock, "password text", "Password")  # said as a password field: the text is not read out
    assert _has(unlock, "push button", "Unlock")
    assert _has(unlock, "check box", "Show the password")
    assert _has(unlock, "label", f"Unlock {NAME}")


def test_the_home_screen_names_the_exercises_and_the_lock(seen):
    home = seen["home"]
    assert _has(home, "label", f"Hello, {NAME}")
    assert _has(home, "push button", "Lock your profile")
    for exercise in ("Pattern mirror", "Step 1: See the pattern", "Step 2: Learn a new language",
                     "Step 3: Bear the discomfort", "My notes", "Everything I wrote"):
        assert _has(home, "push button", exercise), exercise
    mirror = next(item for item in home if item["name"] == "Pattern mirror")
    assert mirror["description"]  # what the card is about, said after its name


def test_the_pattern_mirror_says_the_question_with_each_answer(seen):
    exercise = seen["exercise"]
    progress = next(item["name"] for item in exercise if item["role"] == "progress bar")
    assert progress.startswith("Question 1 of ")
    total = progress.removeprefix("Question 1 of ")
    answers = [item for item in exercise if item["role"] == "check box" and item["name"].startswith("Answer ")]
    assert [a["name"] for a in answers] == [f"Answer {k} of 7 to question 1 of {total}" for k in range(1, 8)]
    question = exercise[exercise.index(next(i for i in exercise if i["role"] == "progress bar")) + 1]
    assert question["role"] == "label" and len(question["name"]) > 20  # the question itself, after the progress
    for answer in answers:  # each answer says the question it answers
        assert answer["description"].startswith(question["name"])
    assert _has(exercise, "push button", "Next question")
    assert _has(exercise, "push button", "Previous question")
