"""Build the standalone Erfenis: one folder with Python, Qt, the content files, the translations,
the icon and the desktop file; on Linux also packed as a .tar.gz with an install script.

    python packaging/build.py              # a build venv of its own in build/bundle-venv
    python packaging/build.py --current    # this Python, which must have PyInstaller and Erfenis's dependencies

The build venv holds only Erfenis's dependencies and PyInstaller (pyproject.toml, the ``bundle``
extra), so nothing of the test extras can end up in the bundle. Any Python 3.11+ can run this
script; it needs no third-party package itself. See docs/packaging.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
BUILD = REPO / "build"
NAME = "Erfenis"  # the folder (and on macOS Erfenis.app)


def version() -> str:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def requirements() -> list[str]:
    """Erfenis's run-time dependencies and the ``bundle`` extra (PyInstaller), from pyproject.toml."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [*project["dependencies"], *project["optional-dependencies"]["bundle"]]


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def run(cmd: list[str | Path], **kwargs) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)


def build_venv(venv: Path) -> Path:
    """The build venv, made (or brought up to date) when its requirements changed."""
    wanted = requirements()
    stamp = venv / "erfenis-requirements.json"
    python = venv_python(venv)
    if python.exists() and stamp.exists() and json.loads(stamp.read_text(encoding="utf-8")) == wanted:
        return python
    if not python.exists():
        run([sys.executable, "-m", "venv", venv])
    run([python, "-m", "pip", "install", "--disable-pip-version-check", "-q", *wanted])
    stamp.write_text(json.dumps(wanted), encoding="utf-8")
    return python


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


INSTALL_SH = r"""#!/bin/sh
# Put Erfenis in your own applications menu (no administrator rights needed):
#     ./install.sh              add it to the menu, from the folder where this script lies
#     ./install.sh --uninstall  take it out of the menu again (your data stays where it is)
# Move this folder where you want to keep it (for example ~/Programs/Erfenis) before running this.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
apps="$data_home/applications"
icons="$data_home/icons/hicolor/scalable/apps"
if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$apps/erfenis.desktop" "$icons/erfenis.svg"
  echo "Erfenis is no longer in your menu. Your data has not been touched."
  exit 0
fi
case "$here" in
  *[\\\"\`\$%]*)
    echo "This folder's path holds one of  \\ \" \` \$ %  which a menu entry cannot start from: $here" >&2
    echo "Move the Erfenis folder somewhere else and run install.sh again." >&2
    exit 1 ;;
esac
mkdir -p "$apps" "$icons"
cp "$here/erfenis.svg" "$icons/erfenis.svg"
# The menu entry starts the program in this folder (quoted: the path may hold spaces).
while IFS= read -r line; do
  case "$line" in
    Exec=*) printf 'Exec="%s"\n' "$here/erfenis" ;;
    *) printf '%s\n' "$line" ;;
  esac
done < "$here/erfenis.desktop" > "$apps/erfenis.desktop.part"
mv "$apps/erfenis.desktop.part" "$apps/erfenis.desktop"
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$apps" 2>/dev/null || true; fi
echo "Erfenis is in your applications menu now. To start it from here: $here/erfenis"
"""


def finish_linux(folder: Path, icons: Path, dist: Path, archive: bool) -> Path | None:
    """The desktop file, the icon and install.sh next to the program; then the .tar.gz."""
    shutil.copy2(REPO / "resources" / "erfenis.desktop", folder / "erfenis.desktop")
    shutil.copy2(icons / "erfenis.svg", folder / "erfenis.svg")
    shutil.copy2(icons / "erfenis.png", folder / "erfenis.png")
    script = folder / "install.sh"
    script.write_text(INSTALL_SH, encoding="utf-8")
    script.chmod(0o755)
    if not archive:
        return None
    target = dist / f"{NAME}-{version()}-linux-{platform.machine()}.tar.gz"

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=NAME, filter=normalise)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--current", action="store_true",
                        help="build with this Python (it needs PyInstaller and Erfenis's dependencies) instead of "
                             "a build venv of its own")
    parser.add_argument("--venv", type=Path, default=BUILD / "bundle-venv", help="the build venv (default: %(default)s)")
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="where the result goes (default: %(default)s)")
    parser.add_argument("--no-archive", action="store_true", help="only the folder, no .tar.gz or .zip")
    parser.add_argument("--clean", action="store_true", help="forget PyInstaller's cache first")
    args = parser.parse_args(argv)
    started = time.monotonic()

    python = Path(sys.executable) if args.current else build_venv(args.venv.resolve())
    icons = BUILD / "icons"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ERFENIS_ICON_DIR": str(icons)}
    run([python, PACKAGING / "icons.py", icons], env=env)

    dist = args.dist.resolve()
    work = BUILD / "pyinstaller"
    cmd = [python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", dist,
           "--workpath", work, PACKAGING / "erfenis.spec"]
    if args.clean:
        cmd.insert(3, "--clean")
    run(cmd, env=env, cwd=REPO)

    folder = dist / NAME
    made = None
    if sys.platform.startswith("linux"):
        made = finish_linux(folder, icons, dist, not args.no_archive)
    elif not args.no_archive:  # Windows: a .zip of the folder; macOS: of Erfenis.app (see docs/packaging.md)
        app = dist / f"{NAME}.app" if sys.platform == "darwin" else folder
        system = "macos" if sys.platform == "darwin" else "windows"
        made = Path(shutil.make_archive(str(dist / f"{NAME}-{version()}-{system}-{platform.machine()}"), "zip",
                                        root_dir=app.parent, base_dir=app.name))
    digest = hashlib.sha256(made.read_bytes()).hexdigest() if made else None
    print(f"Bundle: {folder} ({folder_size(folder) / 1e6:.0f} MB)")
    if made:
        print(f"Archive: {made} ({made.stat().st_size / 1e6:.0f} MB, sha256 {digest})")
    print(f"Built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
