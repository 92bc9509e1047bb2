"""Command-line options (parsed before Qt starts, so --help and --version are instant)."""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from erfenis_desktop import __version__

QT_OPTIONS = frozenset({"-platform", "-style", "-stylesheet", "-qwindowgeometry", "-qwindowtitle",
                        "-reverse", "-session", "-display", "-widgetcount", "-plugin"})


@dataclass(frozen=True)
class Options:
    data_dir: str | None
    lang: str | None
    qt_args: list[str]
    demo: bool = False
    workshop: bool = False
    smoke: bool = False

# Qt's own word, from Qt's qtbase_<lang>.qm (not ours): kept out of lupdate's sight, so that it is
# not copied into erfenis_<lang>.ts, where it would make the smoke check pass without Qt's file.
QT_CANCEL = ("QPlatformTheme", "Cancel")


def parse_args(argv: list[str]) -> Options:
    parser = argparse.ArgumentParser(
        prog="erfenis",
        description="Erfenis: see what you carry from home into your relationship. "
                    "Erfenis: zie wat je van thuis meeneemt in je relatie.",
    )
    parser.add_argument("--data-dir", metavar="DIR",
                        help="folder for this person's or couple's data "
                             "(default: $ERFENIS_DATA_DIR, else the system's app-data folder)")
    parser.add_argument("--lang", choices=("nl", "en"),
                        help="language for this run: nl (Nederlands) or en (English)")
    parser.add_argument("--demo", action="store_true",
                        help="open a fictional couple in a temporary folder (your own data is not touched, "
                             "and the demo is gone when Erfenis closes)")
    parser.add_argument("--workshop", action="store_true",
                        help="open a workshop folder of its own, apart from your personal data (with --data-dir: "
                             "that folder)")
    parser.add_argument("--smoke", action="store_true",
                        help="start, wait until the profile picker is shown, check that Dutch, English and "
                             "the content files load, print one line about it and quit (for installers and CI)")
    parser.add_argument("--version", action="version", version=f"Erfenis {__version__}")
    args, rest = parser.parse_known_args(argv)
    # Only Qt's own options pass through; a typo such as --data-dri must not quietly
    # open the default data folder instead.
    unknown = [a for a in rest if a.startswith("-") and a.split("=")[0] not in QT_OPTIONS]
    if unknown or (rest and not rest[0].startswith("-")):
        parser.error(f"unrecognised arguments: {' '.join(unknown or rest)}")
    return Options(data_dir=args.data_dir, lang=args.lang, qt_args=rest, demo=args.demo, workshop=args.workshop,
                   smoke=args.smoke)


# --smoke ------------------------------------------------------------------------------------------
# Proof that an installed Erfenis (a wheel in a clean venv, the standalone bundle) starts: once the
# profile picker is on screen, both languages (ours and Qt's own Dutch) and the content files are
# checked with the very code a normal start uses, one line goes to standard output and Erfenis
# quits with 0; with 1 and the reason on standard error when something is missing.

SMOKE_PREFIX = "erfenis smoke:"
_SMOKE_POLL_MS = 50
_SMOKE_TIMEOUT_MS = 60_000


def smoke_dialogs():
    """--smoke: a window that would wait for a click is said on standard error and answered with
    "no" or "cancel" instead, so the smoke start never hangs; Erfenis then quits as it would."""
    import sys

    from erfenis_desktop.ui.common.dialogs import Dialogs

    def answer(request):
        print(f"{SMOKE_PREFIX} dialog ({request.kind}): {request.title}: {request.text}", file=sys.stderr, flush=True)
        return None

    return Dialogs(responder=answer)


def smoke_check(erfenis) -> tuple[str | None, list[str]]:
    """(the report line, or None while the picker is not on screen yet; the problems found)."""
    from PySide6.QtCore import QCoreApplication

    from erfenis_desktop.ui.profile.picker import ProfilesPanel

    window = erfenis.window
    picker = window.findChild(ProfilesPanel) if window is not None else None
    handle = window.windowHandle() if window is not None else None
    if picker is None or not picker.isVisible() or handle is None or not handle.isExposed():
        return None, []
    problems: list[str] = []
    translations = erfenis.translations
    before = translations.language
    languages = []
    for lang, ours, qt in (("nl", "&Instellingen", "Annuleren"), ("en", "&Settings", "Cancel")):
        try:
            translations.switch(lang)
        except Exception as exc:  # a missing .qm file: said, not raised
            problems.append(f"{lang}: {exc}")
            continue
        got_ours = QCoreApplication.translate("MainWindow", "&Settings")
        got_qt = QCoreApplication.translate(*QT_CANCEL)
        if got_ours != ours:
            problems.append(f"{lang}: Erfenis's own translation gives {got_ours!r}")
        if got_qt != qt:
            problems.append(f"{lang}: Qt's translation gives {got_qt!r}")
        languages.append(lang)
    if before:
        translations.switch(before)
    content = erfenis.content
    counts = {lang: len(content.texts.get(lang, {})) for lang in ("nl", "en")} if content is not None else {}
    for lang in ("nl", "en"):
        if not counts.get(lang):
            problems.append(f"no content files for {lang}")
    line = (f"{SMOKE_PREFIX} picker shown; languages {','.join(languages)}; "
            f"content nl={counts.get('nl', 0)} en={counts.get('en', 0)} files; data {erfenis.data_dir}")
    return line, problems


def run_smoke(erfenis, waited_ms: int = 0) -> None:
    """Check as soon as the picker is on screen (looking again every 50 ms), report, quit."""
    import sys

    from PySide6.QtCore import QTimer

    line, problems = smoke_check(erfenis)
    if line is None:
        if waited_ms >= _SMOKE_TIMEOUT_MS:
            print(f"{SMOKE_PREFIX} FAILED: the profile picker was not shown within "
                  f"{_SMOKE_TIMEOUT_MS // 1000} s", file=sys.stderr, flush=True)
            erfenis.app.exit(1)
            return
        QTimer.singleShot(_SMOKE_POLL_MS, lambda: run_smoke(erfenis, waited_ms + _SMOKE_POLL_MS))
        return
    print(line, flush=True)
    if problems:
        print(f"{SMOKE_PREFIX} FAILED: " + "; ".join(problems), file=sys.stderr, flush=True)
        erfenis.app.exit(1)
        return
    erfenis.quit_saving()


# --keyring-probe ------------------------------------------------------------------------------------
# A short-lived child of Erfenis answers the profile picker's question "is there a usable system
# keyring on this computer?" (services/keyring_probe.py), so that the picker's own process never loads
# keyring, its Secret Service client and cryptography (some 18 MiB) before a profile is opened.
# Handled before any Qt application is made (__main__.py, app.main, packaging/launch.py).

KEYRING_PROBE = "--keyring-probe"


def keyring_answer(backend=None) -> str:
    """``"available"``, ``"none"`` or ``"unknown"`` for ``backend``, or else the backend keyring
    would use: the one decision of the child (``keyring_probe``) and of the picker asking in its own
    process (services/keyring_probe.py), so both say the same of the same keyring. None: keyring's
    fail and null backends, and a backend keyring itself counts as not usable here (not ``viable``).
    A locked keyring, or one that errors now and then, is a keyring: the backend is never called
    (no secret read, no unlock prompt). Unknown: keyring's own configuration or a backend breaks."""
    try:
        from keyring.backends import chainer, fail, null

        if backend is None:
            import keyring

            backend = keyring.get_keyring()
        chained = backend.backends if isinstance(backend, chainer.ChainerBackend) else [backend]
        usable = [b for b in chained if not isinstance(b, (fail.Keyring, null.Keyring)) and type(b).viable]
        return "available" if usable else "none"
    except Exception:
        return "unknown"


def keyring_probe() -> int:
    """Print one JSON line, ``{"keyring": "available"}`` or ``{"keyring": "none"}`` (``"unknown"``
    when keyring itself fails), and return 0. It only looks at the backend keyring would use
    (``PYTHON_KEYRING_BACKEND`` and keyring's own configuration are honoured, as keyring does):
    it never reads, writes or prints a secret and creates nothing. A locked keyring is a keyring."""
    import json
    import os
    import sys

    line = json.dumps({"keyring": keyring_answer()}) + "\n"
    if sys.stdout is not None:
        sys.stdout.write(line)
        sys.stdout.flush()
    else:  # a windowed program (the Windows bundle) may have no sys.stdout; its handle 1 is still the pipe
        os.write(1, line.encode("ascii"))
    return 0
