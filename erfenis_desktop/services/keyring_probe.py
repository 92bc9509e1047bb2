"""Is there a usable system keyring on this computer? Asked of a short-lived child process.

The profile picker says so when there is none (issue 16). Asking in Erfenis's own process would
load keyring, its Secret Service client and cryptography (some 18 MiB) before anyone opens a
profile; the child (``erfenis --keyring-probe``, cli.keyring_probe) loads them instead, prints one
JSON line and exits. Opening or making a profile still asks the keyring itself, in a worker thread.

The child runs asynchronously (QProcess: the UI thread never waits), is killed when it takes longer
than ``timeout_ms`` or when Erfenis quits, and anything but a clean answer (a crash, a timeout,
garbage) is ``UNKNOWN``: no note, nothing broken.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QTimer, Signal

from erfenis_desktop.cli import KEYRING_PROBE, keyring_answer
from erfenis_desktop.services.jobs import Job, Outcome

AVAILABLE, NONE, UNKNOWN = "available", "none", "unknown"
TIMEOUT_MS = 5000
_MAX_OUTPUT = 4096  # one short JSON line; more than this is garbage


def probe_command() -> list[str]:
    """The child's command line: the standalone program itself, or this Python with this package."""
    if getattr(sys, "frozen", False):  # the PyInstaller bundle (packaging/launch.py)
        return [sys.executable, KEYRING_PROBE]
    return [sys.executable, "-m", "erfenis_desktop", KEYRING_PROBE]


def asks_a_child(vault) -> bool:
    """Whether the picker's question goes to the child: only for the system keyring (the demo's
    and a test's own backends are asked in this process, as before) and only while keyring is
    not loaded here yet (once it is, asking here costs nothing more and sees the same keyring)."""
    return vault.uses_system_keyring() and "keyring" not in sys.modules


def answer_here_job(vault) -> Job:
    """The question asked in this process (keyring is loaded here already, or the backend is the
    demo's or a test's): the result is the child's answer for the backend the vault uses, by the
    child's own decision (cli.keyring_answer), and the vault learns the keyring's state as when it
    asks itself (``device_state_job``). Both in the worker thread: keyring may take a while."""
    state_job, backend = vault.device_state_job(), vault.keyring_backend()

    def compute():
        return state_job.compute(), keyring_answer(backend)

    def commit(outcome: Outcome) -> str:
        if outcome.error is not None:
            raise outcome.error
        state, answer = outcome.value
        state_job.commit(Outcome(state))
        return answer

    return Job(compute, commit)


def shows_note(state, answer: str | None) -> bool:
    """Whether the picker says "this computer has no system keyring", from what the vault knows of
    the keyring (``state``, None while it has not asked) and the answer (the child's or the one asked
    here; None while there is none yet). What the vault learned wins when a keyring answered; when
    it could not use the keyring, the answer tells a keyring that is not there from one that is
    locked or erroring (a keyring: no note)."""
    if state is not None:
        return state.status.value == "unavailable" and answer != AVAILABLE
    return answer == NONE


def parse_answer(output: bytes) -> str:
    """The child's first line to AVAILABLE or NONE; anything else is UNKNOWN."""
    try:
        line = output.decode("utf-8").strip().splitlines()[0]
        answer = json.loads(line).get("keyring")
    except (UnicodeDecodeError, IndexError, ValueError, AttributeError):
        return UNKNOWN
    return answer if answer in (AVAILABLE, NONE) else UNKNOWN


class KeyringProbe(QObject):
    """``start()`` once; ``answered`` carries AVAILABLE, NONE or UNKNOWN (also kept in ``answer``)."""

    answered = Signal(str)

    def __init__(self, parent: QObject | None = None, command: list[str] | None = None,
                 timeout_ms: int = TIMEOUT_MS):
        super().__init__(parent)
        self._command = list(command) if command is not None else probe_command()
        self.answer: str | None = None
        self.process: QProcess | None = None
        self._output = b""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self._too_late)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def start(self) -> None:
        if self.process is not None:
            return
        process = self.process = QProcess(self)
        process.setProgram(self._command[0])
        process.setArguments(self._command[1:])
        if not getattr(sys, "frozen", False):  # ``-m erfenis_desktop`` finds this very package
            process.setWorkingDirectory(str(Path(__file__).resolve().parent.parent.parent))
        process.setStandardInputFile(QProcess.nullDevice())
        process.setStandardErrorFile(QProcess.nullDevice())  # keyring's own warnings are not ours to show
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._failed)
        self._timer.start()
        process.start()

    def running(self) -> bool:
        return self.process is not None and self.process.state() != QProcess.ProcessState.NotRunning

    def stop(self) -> None:
        """Kill the child if it still runs (Erfenis quits); no answer comes after this."""
        self._timer.stop()
        if self.answer is None:
            self.answer = UNKNOWN
        self._kill()

    def _kill(self) -> None:
        if self.running():
            self.process.kill()
            # A killed child ends at once; reaped here, it is not left running when Erfenis
            # quits (Qt would warn that a QProcess was destroyed while its process still ran).
            self.process.waitForFinished(2000)

    def _read(self) -> None:
        self._output += bytes(self.process.readAllStandardOutput().data())
        if len(self._output) > _MAX_OUTPUT:
            self._settle(UNKNOWN)

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        if self.answer is not None:
            return
        self._read()
        clean = status == QProcess.ExitStatus.NormalExit and code == 0
        self._settle(parse_answer(self._output) if clean else UNKNOWN)

    def _failed(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:  # the other errors end in finished()
            self._settle(UNKNOWN)

    def _too_late(self) -> None:
        self._settle(UNKNOWN)

    def _settle(self, answer: str) -> None:
        if self.answer is not None:
            return
        self.answer = answer
        self._timer.stop()
        self._kill()
        self.answered.emit(answer)
