"""Shared test set-up: offscreen Qt, English, a fresh data folder per test, no real keyring."""

from __future__ import annotations

import os

# Before anything imports Qt.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("ERFENIS_DATA_DIR", None)

from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402

from erfenis_desktop.app import Erfenis  # noqa: E402
from erfenis_desktop.cli import parse_args  # noqa: E402
from erfenis_desktop.ui.common.dialogs import Dialogs, Request  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own HOME and XDG folders: nothing real is read or written."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                     ("XDG_CACHE_HOME", ".cache"), ("XDG_RUNTIME_DIR", "run")):
        (home / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("ERFENIS_DATA_DIR", raising=False)


@pytest.fixture(autouse=True)
def _memory_keyring(monkeypatch: pytest.MonkeyPatch):
    """The process-wide keyring is an in-memory one: tests never touch the real keyring."""
    import keyring.core

    from tests.vault.memory_keyring import MemoryKeyring  # moves to tests/ once the vault lands

    backend = MemoryKeyring()
    monkeypatch.setattr(keyring.core, "_keyring_backend", backend)
    return backend


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


class ScriptedDialogs(Dialogs):
    """Answers dialogs from a script; an unexpected dialog fails the test instead of hanging."""

    def __init__(self) -> None:
        super().__init__(responder=self._respond)
        self.answers: dict[str, list[Any]] = {}

    def answer(self, kind: str, *values: Any) -> None:
        self.answers.setdefault(kind, []).extend(values)

    def _respond(self, request: Request) -> Any:
        if request.kind in ("inform", "warn"):
            return None
        queue = self.answers.get(request.kind)
        if not queue:
            raise AssertionError(f"unexpected dialog: {request}")
        return queue.pop(0)

    def texts(self) -> list[str]:
        return [f"{r.title}\n{r.text}" for r in self.log]


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def start_app(qapp, qtbot, dialogs, data_dir) -> Callable[..., Erfenis]:
    """Start Erfenis in this process: ``start_app("--lang", "nl")``.

    English and the test's fresh data folder unless told otherwise; ``lang=None``
    lets Erfenis choose the language itself."""
    started: list[Erfenis] = []

    def start(*args: str, lang: str | None = "en", expect_exit: int | None = None) -> Erfenis:
        argv = list(args)
        if "--lang" not in argv and lang:
            argv += ["--lang", lang]
        if "--data-dir" not in argv:
            argv += ["--data-dir", str(data_dir)]
        from erfenis_desktop.vault.kdf import FastTestKdf

        erfenis = Erfenis(qapp, parse_args(argv), dialogs, kdf=FastTestKdf())
        started.append(erfenis)
        code = erfenis.start()
        assert code == expect_exit, dialogs.texts()
        if erfenis.window is not None:
            qtbot.addWidget(erfenis.window)
            qtbot.waitExposed(erfenis.window)
        erfenis.exit_code = code
        return erfenis

    yield start
    for erfenis in started:
        if erfenis.window is not None:
            erfenis.window.close()
            erfenis.window.deleteLater()
        erfenis.shutdown()
    # Windows go before the translators, so no page is asked to retranslate into nothing.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for erfenis in started:
        erfenis.translations.clear()
        qapp.aboutToQuit.disconnect(erfenis.shutdown)
