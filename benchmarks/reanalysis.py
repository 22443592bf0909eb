"""Re-analysis after one date edit, as the window does it (issue 14).

    python -m benchmarks.reanalysis [--runs 5] [--articles 50] [--lexical]

The window keeps the articles and the sentence vectors of the process and
analyses again when an editor corrects one article's publication date. This
loads the first N MEANTIME articles (the `benchmarks.speed` set), analyses
them once (vectors made, as when the window opened), then moves one
article's date by a day and analyses again, ``--runs`` times (another
article each run). It prints the median wall and CPU time of the
re-analysis, the time by stage (reading facts, aligning, comparing,
grouping), and the machine's load before and after. Target (issue 14):
under 1 s with 50 articles on the embedding path.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from benchmarks import meantime
from benchmarks.speed import _load_line


def _timed(stages: dict[str, float], name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            stages[name] += time.perf_counter() - t0

    return wrapper


def _instrument(stages: dict[str, float]) -> None:
    from workbench import analysis

    analysis.facts_of = _timed(stages, "reading facts", analysis.facts_of)
    analysis.align.align = _timed(stages, "aligning", analysis.align.align)
    analysis.judge.judge = _timed(stages, "comparing", analysis.judge.judge)
    analysis.regroup = _timed(stages, "grouping", analysis.regroup)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--articles", type=int, default=50)
    ap.add_argument("--lexical", action="store_true", help="WORKBENCH_EMBEDDINGS=0")
    args = ap.parse_args(argv)
    if args.lexical:
        os.environ["WORKBENCH_EMBEDDINGS"] = "0"
    if not meantime.available():
        print("MEANTIME not found beside the project: nothing to measure")
        return 0
    from workbench import align, analysis
    from workbench.articles import load_articles

    print(_load_line("before"))
    with tempfile.TemporaryDirectory() as tmp:
        docs = [meantime.load(p) for p in meantime.files()][: args.articles]
        paths = meantime.write_articles(docs, Path(tmp) / "meantime")
        articles = load_articles([str(p) for p in paths])
    path = "embedding" if align.embeddings_wanted() else "lexical"
    t0 = time.perf_counter()
    analysis.analyze(articles)
    print(f"{len(articles)} articles, {path} path: first analysis {time.perf_counter() - t0:.2f} s")
    stages: dict[str, float] = defaultdict(float)
    _instrument(stages)
    walls, cpus = [], []
    for run in range(args.runs):
        k = run % len(articles)
        day = articles[k].published or date(2020, 1, 1)
        articles[k] = dataclasses.replace(articles[k], published=day + timedelta(days=1))
        w0, c0 = time.perf_counter(), time.process_time()
        analysis.analyze(articles)
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    print(
        f"re-analysis after one date edit: wall median {statistics.median(walls):.2f} s "
        f"(min {min(walls):.2f}, max {max(walls):.2f}), CPU median {statistics.median(cpus):.2f} s"
        f"  target < 1 s: {'met' if statistics.median(walls) < 1 else 'MISSED'}"
    )
    for name, total in stages.items():
        print(f"  {name:<14} {total / args.runs:.2f} s a run")
    print(_load_line("after"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
