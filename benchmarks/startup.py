"""Start-up time: process start to the first painted main window.

Runs Erfenis and a bare PySide6 window alternately, in fresh processes, and
prints both medians and their ratio (target: Erfenis ≤ 1.3 × bare).

    .venv/bin/python benchmarks/startup.py [--runs 15]

Uses the offscreen platform unless QT_QPA_PLATFORM is set (e.g. xcb under Xvfb).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = Path(__file__).with_name("_first_paint.py")


def run_once(mode: str, data_dir: str) -> float:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(Path(__file__).resolve().parent.parent) + os.pathsep + env.get("PYTHONPATH", "")
    start = time.time()
    out = subprocess.run([sys.executable, str(CHILD), mode, data_dir], env=env, capture_output=True,
                         text=True, timeout=60)
    if out.returncode != 0 or not out.stdout.strip():
        raise SystemExit(f"{mode} run failed:\n{out.stderr}")
    return float(out.stdout.strip().splitlines()[-1]) - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = str(Path(tmp) / "data")
        run_once("erfenis", data_dir)  # first run creates the database; warm the file cache
        run_once("bare", data_dir)
        erfenis, bare = [], []
        for _ in range(args.runs):
            erfenis.append(run_once("erfenis", data_dir))
            bare.append(run_once("bare", data_dir))
    e, b = statistics.median(erfenis), statistics.median(bare)
    print(f"runs:            {args.runs} each, alternating")
    print(f"bare PySide6:    median {b * 1000:7.1f} ms")
    print(f"Erfenis:         median {e * 1000:7.1f} ms")
    print(f"ratio:           {e / b:.2f} x  (target <= 1.30)")


if __name__ == "__main__":
    main()
