"""Findings do not depend on Python's string-hash seed
(``python -m benchmarks.hashseed [--articles 200] [--seeds 1,2]``).

Runs the lexical analysis of the first N ECB+ articles (benchmarks.speed's
fixed set) in one subprocess per PYTHONHASHSEED and compares every finding's
id and discrepancy ids. Session 35 (speed39): on 200 articles two runs of
main gave different findings - ``findings/clusters._join_overlapping`` met the
places of a finding in a set's order; they are met sorted now. Prints CPU and
wall seconds per run and the machine's load; exits 1 when the runs differ.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = """
import json, sys
from benchmarks.speed import _ecbplus
from workbench.analysis import analyze_paths
a = analyze_paths(_ecbplus(int(sys.argv[1])))
print(json.dumps(sorted([f.id, sorted(f.discrepancies)] for f in a.findings)))
"""


def run(seed: str, articles: int) -> tuple[list, float, float]:
    env = dict(os.environ, PYTHONHASHSEED=seed, WORKBENCH_EMBEDDINGS="0")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(articles)],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return json.loads(out.stdout.strip().splitlines()[-1]), cpu, wall


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--seeds", default="1,2")
    args = ap.parse_args(argv)
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    runs = {}
    for seed in args.seeds.split(","):
        found, cpu, wall = run(seed, args.articles)
        runs[seed] = found
        print(f"PYTHONHASHSEED={seed}: {len(found)} findings, CPU {cpu:.1f} s, wall {wall:.1f} s")
    first = next(iter(runs.values()))
    differ = [s for s, f in runs.items() if f != first]
    print("findings identical across seeds" if not differ else f"findings differ: seeds {differ}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
