"""Where the shipped data files are: inside the installed package, or in a source checkout."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _locate(name: str) -> Path:
    # Installed wheel: erfenis_desktop/<name>; source checkout: <repo>/<name>.
    for candidate in (PACKAGE_DIR / name, PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"Erfenis is incompletely installed: the '{name}' folder is missing")


def resources_dir() -> Path:
    return _locate("resources")


def translations_dir() -> Path:
    return _locate("translations")
