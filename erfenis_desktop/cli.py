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
    parser.add_argument("--version", action="version", version=f"Erfenis {__version__}")
    args, rest = parser.parse_known_args(argv)
    # Only Qt's own options pass through; a typo such as --data-dri must not quietly
    # open the default data folder instead.
    unknown = [a for a in rest if a.startswith("-") and a.split("=")[0] not in QT_OPTIONS]
    if unknown or (rest and not rest[0].startswith("-")):
        parser.error(f"unrecognised arguments: {' '.join(unknown or rest)}")
    return Options(data_dir=args.data_dir, lang=args.lang, qt_args=rest, demo=args.demo, workshop=args.workshop)
