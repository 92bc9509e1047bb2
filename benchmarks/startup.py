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


def run_once(mode: str, data_dir: str, env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock seconds to the first paint, and the CPU seconds the child had used by then
    (steadier than the wall clock on a busy machine)."""
    start = time.time()
    out = subprocess.run([sys.executable, str(CHILD), mode, data_dir], env=env, capture_output=True,
                         text=True, timeout=60)
    if out.returncode != 0 or not out.stdout.strip():
        raise SystemExit(f"{mode} run failed:\n{out.stderr}")
    painted, _peak, cpu = out.stdout.strip().splitlines()[-1].split()
    return float(painted) - start, float(cpu)


def measure(runs: int, floor: bool = False) -> dict[str, float]:
    """Erfenis and the bare window alternately (and, with ``floor``, the least any Erfenis picker
    must do: _first_paint.floor)."""
    modes = ["erfenis", "bare"] + (["floor"] if floor else [])
    with tempfile.TemporaryDirectory() as tmp:
        env = child_env(tmp)
        data_dir = str(Path(tmp) / "data")
        for _ in range(2):  # creates the database, the bytecode and the content cache; warms the file cache
            for mode in modes:
                run_once(mode, data_dir, env)
        seen: dict[str, list[tuple[float, float]]] = {mode: [] for mode in modes}
        for _ in range(runs):
            for mode in modes:
                seen[mode].append(run_once(mode, data_dir, env))
    result: dict[str, float] = {"runs": runs}
    for mode, times in seen.items():
        result[f"{mode}_ms"] = statistics.median(w for w, _ in times) * 1000
        result[f"{mode}_cpu_ms"] = statistics.median(c for _, c in times) * 1000
    result["ratio"] = result["erfenis_ms"] / result["bare_ms"]
    result["cpu_ratio"] = result["erfenis_cpu_ms"] / result["bare_cpu_ms"]
    if floor:
        result["floor_ratio"] = result["floor_ms"] / result["bare_ms"]
        result["floor_cpu_ratio"] = result["floor_cpu_ms"] / result["bare_cpu_ms"]
    return result


def time_to_picker(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from process start to ``--smoke``'s line (the picker is on screen); then it quits."""
    start = time.time()
    with subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as proc:
        for line in proc.stdout:
            if line.startswith("erfenis smoke:"):
                shown = time.time()
                break
        else:
            raise SystemExit(f"{cmd[0]} did not show the picker")
        proc.stdout.read()
    if proc.returncode != 0:
        raise SystemExit(f"{cmd[0]} --smoke failed ({proc.returncode})")
    return shown - start


def measure_exe(exe: str, runs: int) -> dict[str, float]:
    """The standalone program (``--exe dist/Erfenis/erfenis``) against this source install, both
    with ``--smoke``, alternately, each with a data folder of its own."""
    with tempfile.TemporaryDirectory() as tmp:
        env = child_env(tmp)
        bundle_env = {k: v for k, v in env.items() if not k.startswith("PYTHON")}
        source = [sys.executable, "-m", "erfenis_desktop", "--smoke", "--data-dir", str(Path(tmp) / "source")]
        bundle = [exe, "--smoke", "--data-dir", str(Path(tmp) / "bundle")]
        for _ in range(2):  # the databases, the bytecode, the content cache, the file cache
            time_to_picker(source, env)
            time_to_picker(bundle, bundle_env)
        s, b = [], []
        for _ in range(runs):
            s.append(time_to_picker(source, env))
            b.append(time_to_picker(bundle, bundle_env))
    return {"source_ms": statistics.median(s) * 1000, "bundle_ms": statistics.median(b) * 1000}


def rows(result: dict[str, float]) -> list[dict]:
    return [
        {"what": "start-up: bare PySide6 window, first paint", "value": round(result["bare_ms"], 1),
         "unit": "ms", "target": "", "met": None},
        {"what": "start-up: Erfenis picker, first paint", "value": round(result["erfenis_ms"], 1),
         "unit": "ms", "target": "", "met": None},
        {"what": "start-up: Erfenis / bare", "value": round(result["ratio"], 2), "unit": "x",
         "target": f"<= {TARGET} (aim {AIM})", "met": result["ratio"] <= TARGET},
        {"what": "start-up: CPU time to the first paint, Erfenis / bare", "value": round(result["cpu_ratio"], 2),
         "unit": "x", "target": "", "met": None},
    ] + ([
        {"what": "start-up: the least a picker must do (--floor) / bare", "value": round(result["floor_ratio"], 2),
         "unit": "x", "target": "", "met": None},
        {"what": "start-up: CPU time to the first paint, the least a picker must do / bare",
         "value": round(result["floor_cpu_ratio"], 2), "unit": "x", "target": "", "met": None},
    ] if "floor_ratio" in result else [])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", action="store_true", help="end with one JSON line of result rows")
    parser.add_argument("--floor", action="store_true",
                        help="also time the least any Erfenis picker must do (its settings, translations, theme, "
                             "content and data file, and a window like the picker; nothing else)")
    parser.add_argument("--exe", metavar="PATH", help="compare the standalone program at PATH (dist/Erfenis/erfenis) "
                                                      "with this source install, both started with --smoke")
    args = parser.parse_args()
    if args.exe:
        both = measure_exe(args.exe, args.runs)
        print(f"runs:            {args.runs} each, alternating, process start to the picker (--smoke)")
        print(f"source install:  median {both['source_ms']:7.1f} ms")
        print(f"bundle:          median {both['bundle_ms']:7.1f} ms  ({both['bundle_ms'] / both['source_ms']:.2f} x)")
        return
    result = measure(args.runs, args.floor)
    print(f"runs:            {args.runs} each, alternating")
    print(f"bare PySide6:    median {result['bare_ms']:7.1f} ms")
    print(f"Erfenis:         median {result['erfenis_ms']:7.1f} ms")
    print(f"ratio:           {result['ratio']:.2f} x  (target <= {TARGET}, aim {AIM})")
    print(f"CPU time:        bare {result['bare_cpu_ms']:.0f} ms, Erfenis {result['erfenis_cpu_ms']:.0f} ms "
          f"({result['cpu_ratio']:.2f} x; to the first paint, steadier on a busy machine)")
    if args.floor:
        print(f"least a picker:  median {result['floor_ms']:7.1f} ms ({result['floor_ratio']:.2f} x), "
              f"CPU {result['floor_cpu_ms']:.0f} ms ({result['floor_cpu_ratio']:.2f} x)")
    if args.json:
        print(json.dumps({"rows": rows(result)}))


if __name__ == "__main__":
    main()
