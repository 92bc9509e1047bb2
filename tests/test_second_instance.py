"""A second Erfenis on the same data folder brings the open one's window to the front and exits;
the line between them names nothing personal, is this user's only, and understands one word."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from PySide6.QtNetwork import QLocalSocket

from erfenis_desktop.app import EXIT_REFUSED
from erfenis_desktop.services.instance import RAISE, socket_name


def _listening(erfenis, qtbot):
    qtbot.waitUntil(lambda: erfenis.channel is not None and erfenis.channel.listening)
    return erfenis.channel


def _second(data_dir: Path, *args: str) -> subprocess.Popen:
    """The real app, in a process of its own, as a person would start it again."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, "-m", "erfenis_desktop", "--data-dir", str(data_dir), *args],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finish(qtbot, process: subprocess.Popen) -> tuple[int, str]:
    """Wait for it while this Erfenis keeps answering (its event loop runs meanwhile)."""
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=30000)
    _out, err = process.communicate()
    return process.returncode, err


def test_a_second_erfenis_on_the_same_folder_brings_the_first_window_forward_and_exits(start_app, qtbot,
                                                                                       data_dir):
    first = start_app()
    channel = _listening(first, qtbot)
    window = first.window
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    code, err = _finish(qtbot, _second(data_dir, "--lang", "en"))
    assert code == EXIT_REFUSED
    assert "already open" in err and "brought to the front" in err
    qtbot.waitUntil(lambda: channel.received == 1)  # the first one got the word
    qtbot.waitUntil(lambda: not window.isMinimized() and window.isVisible())
    assert window.isActiveWindow()
    assert first.session is not None and first.lock is not None  # it goes on as it was


def test_the_second_says_so_in_dutch_too(start_app, qtbot, data_dir):
    first = start_app()
    channel = _listening(first, qtbot)
    code, err = _finish(qtbot, _second(data_dir, "--lang", "nl"))
    assert code == EXIT_REFUSED and err.strip()
    qtbot.waitUntil(lambda: channel.received == 1)


def test_another_folder_is_another_line(start_app, qtbot, data_dir, tmp_path):
    first = start_app()
    channel = _listening(first, qtbot)
    other = tmp_path / "other"
    assert socket_name(other) != channel.name == socket_name(data_dir)


def test_the_line_names_nothing_personal_and_is_this_users_only(start_app, qtbot, data_dir):
    first = start_app()
    channel = _listening(first, qtbot)
    name = channel.name
    base = Path(name).name
    for personal in (str(data_dir), data_dir.name, Path.home().name, os.environ.get("USER", "\0")):
        assert personal not in base
    assert base.startswith("erfenis-") and len(base) < 40
    if os.path.isabs(name):  # a socket file: in a folder only this user can open, and itself private
        folder = Path(name).parent
        assert stat.S_IMODE(folder.stat().st_mode) & 0o077 == 0 or \
            stat.S_IMODE(Path(name).stat().st_mode) & 0o077 == 0


def _send(qtbot, name: str, data: bytes) -> QLocalSocket:
    socket = QLocalSocket()
    socket.connectToServer(name)
    assert socket.waitForConnected(2000)
    socket.write(data)
    assert socket.waitForBytesWritten(2000)
    return socket


def test_anything_but_the_one_word_is_dropped(start_app, qtbot):
    first = start_app()
    channel = _listening(first, qtbot)
    window = first.window
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    for data in (b"quit\n", b"raise", b"raise\nquit\n", b"RAISE\n", b"\0" * 4096):
        socket = _send(qtbot, channel.name, data)
        # Erfenis closes the line after reading at most one word's worth.
        qtbot.waitUntil(lambda s=socket: s.state() == QLocalSocket.LocalSocketState.UnconnectedState or
                        not s.isValid(), timeout=5000)
    assert channel.received == 0 and window.isMinimized()
    _send(qtbot, channel.name, RAISE)
    qtbot.waitUntil(lambda: channel.received == 1)
    qtbot.waitUntil(lambda: not window.isMinimized())


def test_after_a_crash_the_line_left_behind_is_taken_over(start_app, qtbot, data_dir):
    from PySide6.QtNetwork import QLocalServer

    stale = QLocalServer()
    name = socket_name(data_dir)
    assert stale.listen(name)
    stale.setParent(None)
    # A server that stopped answering, but whose socket file is still there (as after a crash).
    if os.path.isabs(name):
        stale.close()
        Path(name).touch()
    first = start_app()
    channel = _listening(first, qtbot)
    assert channel.name == name
    socket = _send(qtbot, name, RAISE)
    qtbot.waitUntil(lambda: channel.received == 1)
    del socket
