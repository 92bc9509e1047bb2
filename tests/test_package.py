"""Erfenis installs like a desktop program (issue 15, §4): the wheel carries a menu entry, its icon
and a software-centre description; data lands where each platform keeps it; no Linux-only path."""

from __future__ import annotations

import ast
import configparser
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "erfenis_desktop"
DESKTOP = REPO / "resources" / "erfenis.desktop"
METAINFO = REPO / "resources" / "nl.erfenis.Erfenis.metainfo.xml"

# Paths and calls that exist on Linux only (or are wrong elsewhere). Qt's QStandardPaths, tempfile
# and pathlib say where things go on every platform.
LINUX_ONLY_TEXT = ("~/.local", ".local/share", "~/.config", "/tmp", "/var/tmp", "/home/", "/run/user", "/proc/",
                   "/dev/shm", "/usr/share", "/etc/xdg")
LINUX_ONLY_CALLS = {("os", "uname"), ("os", "fchmod"), ("os", "getuid"), ("os", "geteuid"), ("os", "getpwuid"),
                    ("signal", "SIGHUP"), ("signal", "SIGKILL"), ("signal", "SIGUSR1"), ("os", "mkfifo")}
LINUX_ONLY_MODULES = {"fcntl", "pwd", "grp", "termios", "resource", "posix"}
# A use that has a fallback on every other platform: where, and why it is fine.
ALLOWED = {
    ("services/instance.py", "XDG_RUNTIME_DIR"): "the socket's folder where there is one, else the data folder",
}


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                ids.add(id(first.value))
    return ids


def linux_only_uses(source: str, name: str) -> list[str]:
    """What in this module would only work on Linux (comments and docstrings are not code)."""
    tree = ast.parse(source)
    docs = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        where = f"{name}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            for text in LINUX_ONLY_TEXT:
                if text in node.value:
                    found.append(f"{where}: the path {node.value!r}")
            if "XDG_" in node.value and (name, node.value) not in ALLOWED:
                found.append(f"{where}: the variable {node.value!r}")
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if (node.value.id, node.attr) in LINUX_ONLY_CALLS:
                found.append(f"{where}: {node.value.id}.{node.attr}")
        elif isinstance(node, ast.Import | ast.ImportFrom):
            modules = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            found += [f"{where}: import {m}" for m in modules if m.split(".")[0] in LINUX_ONLY_MODULES]
    return found


def test_no_linux_only_path_or_call_in_the_package():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        found += linux_only_uses(path.read_text(encoding="utf-8"), path.relative_to(PACKAGE).as_posix())
    assert found == [], "Linux-only code (use QStandardPaths, tempfile, pathlib):\n" + "\n".join(found)


def test_the_check_sees_what_it_looks_for():
    """The check above is not blind: each kind of Linux-only code is found, comments are not."""
    samples = {
        "data = Path.home() / '.local/share/Erfenis'": 1,
        "import fcntl": 1,
        "os.fchmod(fd, 0o600)": 1,
        "signal.signal(signal.SIGHUP, f)": 1,
        "tmp = '/tmp/erfenis'": 1,
        "runtime = os.environ['XDG_RUNTIME_DIR']": 1,
        "# ~/.local/share/Erfenis on Linux\nx = 1": 0,
    }
    for source, expected in samples.items():
        assert len(linux_only_uses(source, "sample.py")) == expected, source


def _desktop_entry(text: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # Name[nl] stays Name[nl]
    parser.read_string(text)
    return parser["Desktop Entry"]


def test_the_desktop_file_starts_erfenis_with_its_icon_in_both_languages():
    entry = _desktop_entry(DESKTOP.read_text(encoding="utf-8"))
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["gui-scripts"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] in scripts  # the command the wheel installs
    assert entry["Icon"] == "erfenis" and (REPO / "resources" / "icons" / "erfenis.svg").is_file()
    for key in ("Name", "Comment", "GenericName"):
        assert entry[key] and entry[f"{key}[nl]"], key
    assert entry["Comment"] != entry["Comment[nl]"]
    assert "Qt;" in entry["Categories"] and entry["Categories"].endswith(";")
    # The running window says which menu entry it belongs to (app.py: setDesktopFileName).
    assert 'setDesktopFileName("erfenis")' in (PACKAGE / "app.py").read_text(encoding="utf-8")


def test_the_metainfo_names_the_desktop_file_and_both_languages():
    import xml.etree.ElementTree as ET

    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == METAINFO.name.removesuffix(".metainfo.xml")
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == "erfenis"
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert {s.get(lang) for s in root.findall("summary")} == {None, "nl"}
    assert {p.get(lang) for p in root.findall("description/p")} == {None, "nl"}


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed")
def test_appstream_validates_the_metainfo():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_wheel_installs_menu_entry_icon_and_metainfo(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(REPO)],
                   check=True, capture_output=True)
    (wheel,) = tmp_path.glob("erfenis-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        data = next(n.split("/")[0] for n in names if n.endswith(".data/data/share/applications/erfenis.desktop"))
        desktop = archive.read(f"{data}/data/share/applications/erfenis.desktop").decode("utf-8")
    assert f"{data}/data/share/icons/hicolor/scalable/apps/erfenis.svg" in names
    assert f"{data}/data/share/metainfo/nl.erfenis.Erfenis.metainfo.xml" in names
    assert desktop == DESKTOP.read_text(encoding="utf-8")


def test_data_lands_in_the_platforms_own_folder_without_an_organisation_folder(tmp_path):
    """A first start with no --data-dir: the data folder is Qt's app-data folder for Erfenis
    ($XDG_DATA_HOME/Erfenis here; %LOCALAPPDATA%\\Erfenis, ~/Library/Application Support/Erfenis
    elsewhere), not .../<organisation>/Erfenis and not the source tree."""
    env = {k: v for k, v in os.environ.items() if k != "ERFENIS_DATA_DIR"}
    env.update(HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "share"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    result = subprocess.run([sys.executable, "-m", "erfenis_desktop", "--smoke", "--lang", "en"], env=env,
                            capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("erfenis smoke:"))
    assert line.endswith(f"; data {tmp_path / 'share' / 'Erfenis'}")
    assert (tmp_path / "share" / "Erfenis" / "erfenis.db").is_file()


def test_smoke_start_never_waits_on_a_window_and_fails_with_the_reason(tmp_path):
    """--smoke in a place where Erfenis cannot start: the message goes to standard error and it
    quits with 1 instead of waiting for a click that never comes."""
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    result = subprocess.run([sys.executable, "-m", "erfenis_desktop", "--smoke", "--lang", "en",
                             "--data-dir", str(blocker / "data")], env=env, capture_output=True, text=True,
                            timeout=120, cwd=tmp_path)
    assert result.returncode == 1
    assert "erfenis smoke: dialog (warn): Erfenis cannot start: Erfenis cannot create its data folder" in result.stderr
    assert "picker shown" not in result.stdout
