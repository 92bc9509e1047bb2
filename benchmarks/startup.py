"""Start-up time: process start to the first painted main window.

Runs Erfenis and a bare PySide6 window alternately, in fresh processes, and
prints both medians and their ratio (target: Erfenis ≤ 1.5 × bare, aim 1.3 ×).

    .venv/bin/python benchmarks/startup.py [--runs 15] [--json]

With ``--json`` the last line on stdout is one JSON object
``{"rows": [{"what", "value", "unit", "target", "met"}]}`` (for benchmarks/run.py).

Both kinds of process run with compiled bytecode, as after an installation (pip compiles
it): the children write it to a temporary folder (PYTHONPYCACHEPREFIX) during the
warm-up runs, never into the source tree. The warm-up run also fills Erfenis's cache
of checked content files, as any earlier start would have.

Uses the offscreen platform unless QT_QPA_PLATFORM is set (e.g. xcb under Xvfb).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = Path(__file__).with_name("_first_paint.py")
TARGET, AIM = 1.5, 1.3


def child_env(tmp: str) -> dict[str, str]:
    """The environment of a measured child: offscreen unless set, bytecode in ``tmp``, and its
    own cache and config folders (the content cache lands there, not in the user's)."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(Path(__file__).resolve().parent.parent) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
    for var, sub in (("XDG_CACHE_HOME", "cache"), ("XDG_CONFIG_HOME", "config")):
        env[var] = str(Path(tmp) / sub)
    return env


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(mode: str, data_dir: str, env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock seconds to the first paint, and the CPU seconds of the whole child (steadier
    than the wall clock on a busy machine)."""
    cpu, start = _cpu(), time.time()
    out = subprocess.run([sys.executable, str(CHILD), mode, data_dir], env=env, capture_output=True,
                         text=True, timeout=60)
    if out.returncode != 0 or not out.stdout.strip():
        raise SystemExit(f"{mode} run failed:\n{out.stderr}")
    return float(out.stdout.strip().splitlines()[-1].split()[0]) - start, _cpu() - cpu


def measure(runs: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        env = child_env(tmp)
        data_dir = str(Path(tmp) / "data")
        for _ in range(2):  # creates the database, the bytecode and the content cache; warms the file cache
            run_once("erfenis", data_dir, env)
            run_once("bare", data_dir, env)
        erfenis, bare = [], []
        for _ in range(runs):
            erfenis.append(run_once("erfenis", data_dir, env))
            bare.append(run_once("bare", data_dir, env))
    e, b = (statistics.median(w for w, _ in erfenis), statistics.median(w for w, _ in bare))
    e_cpu, b_cpu = (statistics.median(c for _, c in erfenis), statistics.median(c for _, c in bare))
    return {"runs": runs, "bare_ms": b * 1000, "erfenis_ms": e * 1000, "ratio": e / b,
            "bare_cpu_ms": b_cpu * 1000, "erfenis_cpu_ms": e_cpu * 1000, "cpu_ratio": e_cpu / b_cpu}


def rows(result: dict[str, float]) -> list[dict]:
    return [
        {"what": "start-up: bare PySide6 window, first paint", "value": round(result["bare_ms"], 1),
         "unit": "ms", "target": "", "met": None},
        {"what": "start-up: Erfenis picker, first paint", "value": round(result["erfenis_ms"], 1),
         "unit": "ms", "target": "", "met": None},
        {"what": "start-up: Erfenis / bare", "value": round(result["ratio"], 2), "unit": "x",
         "target": f"<= {TARGET} (aim {AIM})", "met": result["ratio"] <= TARGET},
        {"what": "start-up: CPU time Erfenis / bare (whole process)", "value": round(result["cpu_ratio"], 2),
         "unit": "x", "target": "", "met": None},
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", action="store_true", help="end with one JSON line of result rows")
    args = parser.parse_args()
    result = measure(args.runs)
    print(f"runs:            {args.runs} each, alternating")
    print(f"bare PySide6:    median {result['bare_ms']:7.1f} ms")
    print(f"Erfenis:         median {result['erfenis_ms']:7.1f} ms")
    print(f"ratio:           {result['ratio']:.2f} x  (target <= {TARGET}, aim {AIM})")
    print(f"CPU time:        bare {result['bare_cpu_ms']:.0f} ms, Erfenis {result['erfenis_cpu_ms']:.0f} ms "
          f"({result['cpu_ratio']:.2f} x; the whole process, steadier on a busy machine)")
    if args.json:
        print(json.dumps({"rows": rows(result)}))


if __name__ == "__main__":
    main()
