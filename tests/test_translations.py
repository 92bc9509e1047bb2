"""The translation gate: every UI string extracted and translated; .qm files match the .ts files."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from erfenis_desktop.paths import PACKAGE_DIR, translations_dir

TOOLS = Path(sys.executable).parent
SOURCES = sorted(str(p) for p in PACKAGE_DIR.rglob("*.py"))


def _tool(name: str) -> str:
    path = TOOLS / name
    found = str(path) if path.exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} is not installed (it comes with PySide6-Essentials)")
    return found


def test_every_ui_string_is_in_the_dutch_ts_and_translated(tmp_path):
    ts = tmp_path / "check.ts"
    shutil.copy(translations_dir() / "erfenis_nl.ts", ts)
    out = subprocess.run([_tool("pyside6-lupdate"), *SOURCES, "-ts", str(ts)],
                         capture_output=True, text=True, check=True).stdout
    assert "0 new" in out, out
    root = ET.parse(ts).getroot()
    untranslated = [m.findtext("source") for m in root.iter("message")
                    if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
                    or not "".join(m.find("translation").itertext()).strip()]
    assert untranslated == []


def test_every_context_is_a_class_the_app_looks_up():
    """Qt finds a translation by its context: the class whose tr() asks (or one it inherits
    from), or the context named in QCoreApplication.translate. A string filed under a context
    nobody asks for (a helper function, a local variable called 'window', a confused parse) is
    never shown in Dutch, however well translated."""
    import re

    classes = set()
    for source in SOURCES:
        text = Path(source).read_text(encoding="utf-8")
        classes |= set(re.findall(r"^\s*class (\w+)", text, flags=re.M))
        classes |= set(re.findall(r"QCoreApplication\.translate\(\s*\"(\w+)\"", text))  # named on purpose
    root = ET.parse(translations_dir() / "erfenis_nl.ts").getroot()
    contexts = {c.findtext("name") or "" for c in root.iter("context")}
    assert sorted(contexts - classes) == []


def test_every_translated_text_is_written_where_lupdate_can_see_it():
    """A helper such as ``def _tr(text): return QCoreApplication.translate("X", text)`` hides
    every text passed to it from lupdate: none of them ever reaches the .ts file, so all of them
    stay English in Dutch. Texts are translated where they are written, as literals."""
    import re

    hidden = []
    for source in SOURCES:
        text = Path(source).read_text(encoding="utf-8")
        for m in re.finditer(r"QCoreApplication\.translate\(\s*(\"\w+\"|\w+)\s*,\s*([^\s\"'])", text):
            hidden.append(f"{Path(source).name}: {text[m.start():m.end() + 20]!r}")
        for m in re.finditer(r"(?<![\w.])tr\s*=\s*\w+\.tr\b|def _?tr\(", text):
            hidden.append(f"{Path(source).name}: {text[m.start():m.end() + 20]!r}")
    assert hidden == []


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_committed_qm_matches_ts(tmp_path, lang):
    built = tmp_path / f"erfenis_{lang}.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(translations_dir() / f"erfenis_{lang}.ts"),
                    "-qm", str(built)], capture_output=True, check=True)
    assert built.read_bytes() == (translations_dir() / f"erfenis_{lang}.qm").read_bytes(), \
        "run: pyside6-lrelease translations/*.ts (see README, Translations)"
