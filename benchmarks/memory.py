"""Peak memory at the home screen (the profile picker), as a ratio to a bare PySide6 window.

Runs Erfenis and a bare PySide6 window alternately, in fresh processes; each stays a moment
after its first paint (what start-up defers until after the first paint runs then) and
reports its own peak resident memory (max RSS). Prints both medians and their ratio
(target: Erfenis ≤ 1.5 × bare).

    .venv/bin/python benchmarks/memory.py [--runs 5] [--settle 500] [--json]

With ``--json`` the last line on stdout is one JSON object
``{"rows": [{"what", "value", "unit", "target", "met"}]}`` (for benchmarks/run.py).
Uses the offscreen platform unless QT_QPA_PLATFORM is set (e.g. xcb under Xvfb).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from startup import CHILD, child_env  # noqa: E402

TARGET = 1.5


def peak_mib(mode: str, data_dir: str, env: dict[str, str], settle_ms: int) -> float:
    out = subprocess.run([sys.executable, str(CHILD), mode, data_dir, "--settle", str(settle_ms)], env=env,
                         capture_output=True, text=True, timeout=60)
    if out.returncode != 0 or not out.stdout.strip():
        raise SystemExit(f"{mode} run failed:\n{out.stderr}")
    return int(out.stdout.strip().splitlines()[-1].split()[1]) / 1024


def measure(runs: int, settle_ms: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        env = child_env(tmp)
        data_dir = str(Path(tmp) / "data")
        peak_mib("erfenis", data_dir, env, settle_ms)  # creates the database, bytecode and content cache
        peak_mib("bare", data_dir, env, settle_ms)
        erfenis, bare = [], []
        for _ in range(runs):
            erfenis.append(peak_mib("erfenis", data_dir, env, settle_ms))
            bare.append(peak_mib("bare", data_dir, env, settle_ms))
    e, b = statistics.median(erfenis), statistics.median(bare)
    return {"runs": runs, "bare_mib": b, "erfenis_mib": e, "ratio": e / b}


def rows(result: dict[str, float]) -> list[dict]:
    return [
        {"what": "peak memory: bare PySide6 window", "value": round(result["bare_mib"], 1), "unit": "MiB",
         "target": "", "met": None},
        {"what": "peak memory: Erfenis at the picker", "value": round(result["erfenis_mib"], 1), "unit": "MiB",
         "target": "", "met": None},
        {"what": "peak memory: Erfenis / bare", "value": round(result["ratio"], 2), "unit": "x",
         "target": f"<= {TARGET}", "met": result["ratio"] <= TARGET},
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--settle", type=int, default=500, help="milliseconds to stay after the first paint")
    parser.add_argument("--json", action="store_true", help="end with one JSON line of result rows")
    args = parser.parse_args()
    result = measure(args.runs, args.settle)
    print(f"runs:            {args.runs} each, alternating; {args.settle} ms after the first paint")
    print(f"bare PySide6:    median peak {result['bare_mib']:6.1f} MiB")
    print(f"Erfenis:         median peak {result['erfenis_mib']:6.1f} MiB")
    print(f"ratio:           {result['ratio']:.2f} x  (target <= {TARGET})")
    if args.json:
        print(json.dumps({"rows": rows(result)}))


if __name__ == "__main__":
    main()
