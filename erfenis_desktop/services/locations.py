"""Where a person's data folder is, and keeping it private."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths

if TYPE_CHECKING:
    from datetime import datetime

DATA_DIR_ENV = "ERFENIS_DATA_DIR"


def default_data_dir() -> Path:
    # AppLocalDataLocation: ~/.local/share/Erfenis (Linux), ~/Library/Application Support/Erfenis
    # (macOS), %LOCALAPPDATA%\Erfenis (Windows: never the roaming folder a domain copies to a server).
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(location)


def resolve_data_dir(cli_value: str | None, environ: dict[str, str] | None = None) -> Path:
    """``--data-dir`` wins, then ``$ERFENIS_DATA_DIR``, then a folder chosen earlier
    on the problem screen, then the platform's app-data folder."""
    environ = os.environ if environ is None else environ
    chosen = cli_value or environ.get(DATA_DIR_ENV) or ""
    if chosen:
        return Path(chosen).expanduser().resolve()
    return remembered_data_dir() or default_data_dir()


def is_explicit(cli_value: str | None, environ: dict[str, str] | None = None) -> bool:
    environ = os.environ if environ is None else environ
    return bool(cli_value or environ.get(DATA_DIR_ENV))


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents), readable by its owner only.

    An existing folder is made private only when it is ours (empty, or already
    holding Erfenis data): ``--data-dir ~`` must not lock down a home folder.
    """
    if not path.exists():
        path.mkdir(mode=0o700, parents=True)
    elif not any(path.iterdir()) or (path / "erfenis.db").exists():
        os.chmod(path, 0o700)
    return path


def sibling_dir(data_dir: Path, label: str, now: datetime | None = None) -> Path:
    """A new, unused folder next to ``data_dir``, e.g. ``Erfenis-restored-20261125-1530``."""
    from datetime import datetime  # here: not needed before the first paint

    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = data_dir.with_name(f"{data_dir.name}-{label}-{stamp}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = data_dir.with_name(f"{data_dir.name}-{label}-{stamp}-{n}")
    return candidate


# A data folder chosen on the "problem with the data file" screen replaces the
# default one until the person chooses otherwise. It is remembered outside any
# data folder, in the user's configuration folder.
_POINTER_FILE = "location.ini"
_POINTER_KEY = "data/dir"


def _pointer_path() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)) / _POINTER_FILE


def _pointer():
    from PySide6.QtCore import QSettings

    return QSettings(str(_pointer_path()), QSettings.Format.IniFormat)


def remembered_data_dir() -> Path | None:
    """The folder remembered, or None when there is none or the file holds something else (a
    list, a number, a relative path, a NUL): the platform's folder is then used, as before."""
    value = _pointer().value(_POINTER_KEY, "")
    if not isinstance(value, str) or not value or "\0" in value or not Path(value).is_absolute():
        return None
    return Path(value)


def remember_data_dir(path: Path) -> None:
    """Remember the folder, in a file (and folder) only its owner can read: where someone
    keeps their Erfenis is nobody else's business either."""
    from .settings import private_file

    target = _pointer_path()
    if not target.parent.exists():
        target.parent.mkdir(mode=0o700, parents=True)
    elif not any(p for p in target.parent.iterdir() if p.name != _POINTER_FILE):
        os.chmod(target.parent, 0o700)  # ours alone (made by an older Erfenis)
    private_file(target, create=True)
    pointer = _pointer()
    pointer.setValue(_POINTER_KEY, str(path))
    pointer.sync()
    private_file(target)
