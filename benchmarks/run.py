"""Every benchmark in benchmarks/, one after the other, and one table of the results.

Each script runs in a subprocess of its own with ``--json`` and prints, as its last line,
``{"rows": [{"what": str, "value": float, "unit": str, "target": str, "met": bool | null}]}``.
The table (Markdown) says the machine and the date, then what, result, target and met.

    .venv/bin/python benchmarks/run.py [--quick]

``--quick`` runs fewer rounds (a first look, not the figures for the README).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: The scripts, in the order they run, with the arguments of a quick run. A script that is
#: not there (yet) is left out.
SCRIPTS = (("startup.py", ["--runs", "5", "--floor"]), ("memory.py", []), ("unlock.py", ["--runs", "2"]),
           ("pages.py", ["--runs", "3"]), ("dans.py", ["--runs", "15"]), ("workshop.py", ["--runs", "5"]),
           ("kill.py", []))


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB"
    except OSError:
        pass
    return "?"


def machine() -> dict[str, str]:
    """What the figures were measured on."""
    try:
        from PySide6 import __version__ as pyside
    except ImportError:
        pyside = "?"
    return {"cpu": _cpu(), "cores": str(os.cpu_count() or "?"), "ram": _ram(),
            "os": f"{platform.system()} {platform.release()}", "python": platform.python_version(),
            "pyside6": pyside, "date": date.today().isoformat()}


def parse_rows(stdout: str) -> list[dict]:
    """The rows from a script's output: its last line is the JSON object."""
    lines = [line for line in stdout.strip().splitlines() if line.strip()]
    if not lines:
        raise ValueError("no output")
    return json.loads(lines[-1])["rows"]


def _number(value: float, unit: str) -> str:
    if unit == "×" or unit == "x":
        return f"{value:.2f}×"
    if value.is_integer() or abs(value) >= 100:
        text = f"{value:.0f}"
    else:
        text = f"{value:.1f}" if abs(value) >= 1 else f"{value:.2f}"
    return f"{text} {unit}".strip()


def _met(met) -> str:
    return {True: "yes", False: "**NO**", None: "–"}[met]


def table(results: list[tuple[str, list[dict] | str]], about: dict[str, str]) -> str:
    """The Markdown table: ``results`` is (script, its rows, or why it gave none) in order."""
    lines = [f"Measured on {about['date']}: {about['cpu']}, {about['cores']} cores, {about['ram']} RAM, "
             f"{about['os']}, Python {about['python']}, PySide6 {about['pyside6']}.", "",
             "| what | result | target | met |", "|---|---|---|---|"]
    for script, rows in results:
        if isinstance(rows, str):
            lines.append(f"| {script} | did not run: {rows} | | **NO** |")
            continue
        for row in rows:
            lines.append(f"| {row['what']} | {_number(float(row['value']), row.get('unit', ''))} | "
                         f"{row.get('target', '')} | {_met(row.get('met'))} |")
    return "\n".join(lines)


def run(script: str, extra: list[str]) -> list[dict] | str:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        out = subprocess.run([sys.executable, str(HERE / script), "--json", *extra], env=env,
                             capture_output=True, text=True, timeout=3600)
    except subprocess.TimeoutExpired:
        return "timed out"
    if out.returncode != 0:
        sys.stderr.write(out.stderr)
        return f"exit code {out.returncode}"
    try:
        return parse_rows(out.stdout)
    except (ValueError, KeyError, TypeError):
        return "no JSON line at the end"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer rounds")
    args = parser.parse_args()
    results = []
    for script, quick in SCRIPTS:
        if not (HERE / script).exists():
            continue
        print(f"running {script} …", file=sys.stderr, flush=True)
        results.append((script, run(script, quick if args.quick else [])))
    print(table(results, machine()))


if __name__ == "__main__":
    main()
