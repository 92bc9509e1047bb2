"""The kill test, a few rounds: Erfenis writing in a subprocess, killed with SIGKILL at random
moments; afterwards the file passes integrity_check, the profile opens with nothing damaged,
and every text the writer was told was saved is there, as it was saved.

The 50-round version with its numbers is ``benchmarks/kill.py``; this runs the same code.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROUNDS = 4


def _kill_module():
    import sys

    if "erfenis_kill_benchmark" in sys.modules:
        return sys.modules["erfenis_kill_benchmark"]
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "kill.py"
    spec = importlib.util.spec_from_file_location("erfenis_kill_benchmark", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def test_killed_while_writing_nothing_reported_saved_is_lost(tmp_path):
    kill = _kill_module()
    report = kill.kill_rounds(tmp_path / "data", ROUNDS)
    assert report.failures == [], f"seed {report.seed}"
    assert report.rounds == ROUNDS
    assert report.integrity_ok == ROUNDS and report.opened_clean == ROUNDS and report.lost == 0
    assert report.saves > 0  # it did write: a test of nothing would pass too


def test_the_check_sees_a_lost_save(tmp_path):
    """The comparison itself: a text reported saved that is not in the file is a failure."""
    kill = _kill_module()
    data = tmp_path / "data"
    kill.make_profile(data)
    report = kill.Report()
    expected: dict[str, str] = {}
    kill._check(data, expected, ["saving new abc\n", "saved 0000-never-written abc\n"], report, "made up")
    assert report.lost == 1 and any("reported saved but gone" in f for f in report.failures)
    assert report.integrity_ok == 1 and report.opened_clean == 1
