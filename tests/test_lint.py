"""The linter configured in pyproject.toml ([tool.ruff]) finds nothing in the repository."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _ruff() -> Path:
    # Installed with the test extras, next to this Python (bin/ on Linux and macOS, Scripts\ on Windows).
    folder = Path(sys.executable).parent
    for name in ("ruff", "ruff.exe"):
        if (folder / name).is_file():
            return folder / name
    raise AssertionError(f"ruff is not installed next to {sys.executable}; install the test extras: pip install '.[test]'")


def test_ruff_finds_nothing_in_the_repository():
    result = subprocess.run([str(_ruff()), "check", "--no-cache", "--output-format", "concise", "."],
                            cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, f"ruff check found problems:\n{result.stdout}{result.stderr}"


def test_ruff_reads_the_projects_configuration():
    """The configuration in pyproject.toml is the one used (line length 120, import order with
    erfenis_desktop as our own package); a default run would check something else."""
    result = subprocess.run([str(_ruff()), "check", "--show-settings", "erfenis_desktop/app.py"],
                            cwd=REPO, capture_output=True, text=True, check=True)
    assert str(REPO / "pyproject.toml") in result.stdout
    assert "line_length = 120" in result.stdout
