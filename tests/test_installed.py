"""The installed package carries its own resources and translations."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _editable() -> bool:
    try:
        direct = metadata.distribution("erfenis").read_text("direct_url.json")
    except metadata.PackageNotFoundError:
        pytest.fail("Erfenis is not installed in this environment; run the README's test command")
    return bool(direct and json.loads(direct).get("dir_info", {}).get("editable"))


def test_resources_and_qm_load_from_the_installed_package(tmp_path):
    if _editable():
        pytest.skip("an editable install reads from the source tree; CI installs the real package")
    probe = (
        "import erfenis_desktop, pathlib\n"
        "from erfenis_desktop.paths import resources_dir, translations_dir\n"
        "from erfenis_desktop.services.content import load_content\n"
        "from PySide6.QtCore import QTranslator\n"
        "t = QTranslator()\n"
        "assert t.load('erfenis_nl', str(translations_dir()))\n"
        "print(pathlib.Path(erfenis_desktop.__file__).parent)\n"
        "print(resources_dir())\n"
        "print(t.translate('MainWindow', '&Settings'))\n"
        "print(load_content().get('nl', 'home', 'welcome.title'))\n"
    )
    # -I: ignore the current folder and PYTHONPATH, so only the installed package is importable.
    out = subprocess.run([sys.executable, "-I", "-c", probe], cwd=tmp_path, capture_output=True,
                         text=True, check=True).stdout.splitlines()
    package, resources, translated, title = out
    assert Path(package) != REPO / "erfenis_desktop"
    assert "site-packages" in Path(package).parts
    assert Path(resources).is_relative_to(Path(package))
    assert translated == "&Instellingen"
    assert title == "Welkom bij Erfenis"
