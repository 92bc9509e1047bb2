"""benchmarks/run.py's table, on canned rows (no benchmark runs here)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

RUN = Path(__file__).resolve().parent.parent / "benchmarks" / "run.py"


def _run_module():
    spec = importlib.util.spec_from_file_location("benchmarks_run", RUN)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ABOUT = {"cpu": "Test CPU", "cores": "2", "ram": "8 GiB", "os": "Linux 6", "python": "3.11.7", "pyside6": "6.11.3",
         "date": "2026-12-01"}


def _row(table: str, what: str) -> list[str]:
    line = next(line for line in table.splitlines() if line.startswith(f"| {what} |"))
    return [cell.strip() for cell in line.strip("|").split("|")]


def test_a_missed_target_is_shown_as_missed_and_a_met_one_as_met():
    run = _run_module()
    out = "making data …\nsome line\n" + '{"rows": [' \
        '{"what": "open journal", "value": 73.4, "unit": "ms", "target": "≤ 50 ms", "met": false}, ' \
        '{"what": "open home", "value": 12.0, "unit": "ms", "target": "≤ 50 ms", "met": true}, ' \
        '{"what": "export", "value": 1.9, "unit": "s", "target": "", "met": null}]}\n'
    table = run.table([("pages.py", run.parse_rows(out))], ABOUT)
    assert _row(table, "open journal") == ["open journal", "73.4 ms", "≤ 50 ms", "**NO**"]
    assert _row(table, "open home") == ["open home", "12 ms", "≤ 50 ms", "yes"]
    assert _row(table, "export")[1:] == ["1.9 s", "", "–"]
    # The machine and the date come first.
    first = table.splitlines()[0]
    assert "2026-12-01" in first and "Test CPU" in first and "2 cores" in first and "PySide6 6.11.3" in first
    assert "| what | result | target | met |" in table


def test_a_script_that_gave_no_rows_is_a_missed_line_not_a_silent_gap():
    run = _run_module()
    table = run.table([("unlock.py", "exit code 1")], ABOUT)
    assert _row(table, "unlock.py") == ["unlock.py", "did not run: exit code 1", "", "**NO**"]
