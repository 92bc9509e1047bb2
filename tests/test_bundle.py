"""The standalone Erfenis (issue 16): ``python packaging/build.py`` builds it; started offscreen
against a temporary data folder it shows the profile picker with Dutch and English and its content
files, and quits by itself; it carries nothing of the test extras and no WebEngine; the .tar.gz
unpacks anywhere and its install.sh puts Erfenis in the user's own menu.

Slow (a build venv and PyInstaller: a few minutes the first time). Deselect it locally with
``-m "not bundle"``; CI runs it. ``ERFENIS_BUNDLE=dist/Erfenis`` reuses a bundle built before.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

pytestmark = [pytest.mark.bundle,
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle is built and started here")]

REPO = Path(__file__).resolve().parent.parent
DIST = REPO / "dist"
TEST_EXTRAS = ("pytest", "pytestqt", "pytest_qt", "hypothesis", "ruff")


@pytest.fixture(scope="session")
def bundle() -> Path:
    """The bundle folder: built once per test run (or the one ERFENIS_BUNDLE names)."""
    given = os.environ.get("ERFENIS_BUNDLE")
    if given:
        return Path(given).resolve()
    subprocess.run([sys.executable, str(REPO / "packaging" / "build.py")], check=True, cwd=REPO, timeout=1800)
    return DIST / "Erfenis"


def _clean_env(tmp: Path) -> dict[str, str]:
    """No Python of ours, a home and XDG folders of the test's own, no display but offscreen."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "XDG_", "QT_", "ERFENIS_")) and k not in ("VIRTUAL_ENV", "HOME")}
    env.update(HOME=str(tmp / "home"), XDG_DATA_HOME=str(tmp / "share"), XDG_CONFIG_HOME=str(tmp / "config"),
               XDG_CACHE_HOME=str(tmp / "cache"), QT_QPA_PLATFORM="offscreen")
    return env


def _smoke(program: Path, tmp: Path, *extra: str) -> tuple[str, subprocess.CompletedProcess]:
    result = subprocess.run([str(program), "--smoke", "--data-dir", str(tmp / "data"), *extra], cwd=tmp,
                            env=_clean_env(tmp), capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    lines = [line for line in result.stdout.splitlines() if line.startswith("erfenis smoke:")]
    assert len(lines) == 1, result.stdout + result.stderr
    return lines[0], result


def _content_files(lang: str) -> int:
    return len(list((REPO / "resources" / "content" / lang).glob("*.toml")))


def test_the_bundle_starts_with_the_picker_in_dutch_and_english_and_finds_its_content(bundle, tmp_path):
    line, result = _smoke(bundle / "erfenis", tmp_path)
    assert "picker shown" in line
    assert "; languages nl,en;" in line  # our own .qm files and Qt's own Dutch (Annuleren) loaded
    assert f"content nl={_content_files('nl')} en={_content_files('en')} files" in line
    assert line.endswith(f"; data {tmp_path / 'data'}")
    assert (tmp_path / "data" / "erfenis.db").is_file()
    assert "Traceback" not in result.stderr
    # It runs from the bundle alone: not from this checkout or this venv.
    assert not any(str(REPO / "erfenis_desktop") in text for text in (result.stdout, result.stderr))


def test_the_bundle_needs_no_network(bundle, tmp_path):
    """Nothing is downloaded at run time: it starts the same in a network namespace with no network."""
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "--net", "true"], capture_output=True).returncode != 0:
        pytest.skip("cannot make a network-less namespace here (unshare --net needs root)")
    result = subprocess.run([unshare, "--net", str(bundle / "erfenis"), "--smoke", "--data-dir", str(tmp_path / "data")],
                            cwd=tmp_path, env=_clean_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "picker shown; languages nl,en" in result.stdout


def test_the_bundle_holds_what_it_needs_and_nothing_of_the_tests_or_webengine(bundle):
    files = [p.relative_to(bundle).as_posix() for p in bundle.rglob("*")]
    names = {Path(f).name for f in files}
    extras = [f for f in files if any(part.split("-")[0].lower() in TEST_EXTRAS or part.lower().startswith(
        tuple(e + "-" for e in TEST_EXTRAS)) for part in Path(f).parts)]
    assert extras == [], f"files of the test extras in the bundle: {extras[:10]}"
    webengine = [f for f in files if "webengine" in f.lower() or "qt6qml" in f.lower() or "qt6quick" in f.lower()]
    assert webengine == [], f"WebEngine, QML or Quick in the bundle: {webengine[:10]}"
    for needed in ("erfenis_nl.qm", "erfenis_en.qm", "qtbase_nl.qm", "erfenis.desktop", "erfenis.svg",
                   "install.sh", "home.toml", "practice.toml"):
        assert needed in names, needed
    assert not any(n.startswith("qtbase_") and n not in ("qtbase_nl.qm", "qtbase_en.qm") for n in names)


def test_the_archive_unpacks_anywhere_and_installs_into_the_users_own_menu(bundle, tmp_path):
    archives = sorted(DIST.glob("Erfenis-*-linux-*.tar.gz"))
    if os.environ.get("ERFENIS_BUNDLE") and not archives:
        pytest.skip("ERFENIS_BUNDLE names a folder without its archive")
    (archive,) = archives
    place = tmp_path / "My programs"  # a space, as in many people's folder names
    place.mkdir()
    with tarfile.open(archive) as tar:
        tar.extractall(place, filter="tar")
    folder = place / "Erfenis"
    env = _clean_env(tmp_path)
    installed = subprocess.run(["sh", str(folder / "install.sh")], env=env, capture_output=True, text=True,
                               timeout=60)
    assert installed.returncode == 0, installed.stderr
    entry = (tmp_path / "share" / "applications" / "erfenis.desktop").read_text(encoding="utf-8")
    assert f'Exec="{folder / "erfenis"}"' in entry.splitlines()
    assert "Icon=erfenis" in entry.splitlines() and "Name[nl]=Erfenis" in entry.splitlines()
    assert (tmp_path / "share" / "icons" / "hicolor" / "scalable" / "apps" / "erfenis.svg").is_file()
    line, _ = _smoke(folder / "erfenis", tmp_path)  # the unpacked copy starts too
    assert "picker shown; languages nl,en" in line
    removed = subprocess.run(["sh", str(folder / "install.sh"), "--uninstall"], env=env, capture_output=True,
                             text=True, timeout=60)
    assert removed.returncode == 0, removed.stderr
    assert not (tmp_path / "share" / "applications" / "erfenis.desktop").exists()
    assert (tmp_path / "data" / "erfenis.db").is_file()  # the data stays
