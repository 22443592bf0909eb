"""Re-analysis after one date edit, as the window does it (issue 14).

    python -m benchmarks.reanalysis [--runs 5] [--articles 50] [--lexical] [--against TREE]

The window keeps the articles and the sentence vectors of the process and
analyses again when an editor corrects one article's publication date. This
loads the first N MEANTIME articles (the `benchmarks.speed` set), analyses
them once (vectors made, as when the window opened), then moves one
article's date by a day and analyses again, ``--runs`` times (another
article each run). It prints the median wall and CPU time of the
re-analysis, the time by stage (reading facts, aligning, comparing,
grouping), and the machine's load before and after. Target (issue 14):
under 1 s with 50 articles on the embedding path.

``--against TREE`` (``git worktree add /tmp/old main``) measures this
checkout and TREE in turns, ``--rounds`` processes each, so the two are
paired in the same minutes: each process makes its first analysis, then
``--runs`` re-analyses; the medians are over all of a checkout's re-analyses.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from benchmarks import meantime
from benchmarks.speed import _load_line, compiled


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


ROOT = Path(__file__).resolve().parent.parent


def measure(n_articles: int, runs: int) -> dict[str, Any]:
    """In this process: the first analysis, then ``runs`` re-analyses after one
    date edit each (another article each run); wall and CPU seconds."""
    from workbench import align, analysis
    from workbench.articles import load_articles

    with tempfile.TemporaryDirectory() as tmp:
        docs = [meantime.load(p) for p in meantime.files()][:n_articles]
        paths = meantime.write_articles(docs, Path(tmp) / "meantime")
        articles = load_articles([str(p) for p in paths])
    t0, c0 = time.perf_counter(), time.process_time()
    analysis.analyze(articles)
    first = (time.perf_counter() - t0, time.process_time() - c0)
    stages: dict[str, float] = defaultdict(float)
    _instrument(stages)
    walls, cpus = [], []
    for run in range(runs):
        k = run % len(articles)
        day = articles[k].published or date(2020, 1, 1)
        articles[k] = dataclasses.replace(articles[k], published=day + timedelta(days=1))
        w0, c0 = time.perf_counter(), time.process_time()
        analysis.analyze(articles)
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    return {
        "articles": len(articles),
        "path": "embedding" if align.embeddings_wanted() else "lexical",
        "tree": str(Path(analysis.__file__).resolve().parent.parent),
        "first": first,
        "walls": walls,
        "cpus": cpus,
        "stages": {name: total / runs for name, total in stages.items()},
    }


def _worker(tree: Path, n_articles: int, runs: int) -> dict[str, Any]:
    """:func:`measure` in a fresh process importing the workbench from ``tree``
    (and these benchmarks from here)."""
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "workbench").symlink_to(tree / "workbench")  # first on the path
        cmd = [sys.executable, "-m", "benchmarks.reanalysis", "--worker"]
        cmd += ["--runs", str(runs), "--articles", str(n_articles)]
        env = {**os.environ, "PYTHONPATH": f"{tmp}{os.pathsep}{ROOT}"}
        out = subprocess.run(cmd, cwd=tmp, env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.splitlines()[-1])


def _report(name: str, got: list[dict[str, Any]]) -> None:
    walls = [w for g in got for w in g["walls"]]
    cpus = [c for g in got for c in g["cpus"]]
    first = [statistics.median(g["first"][k] for g in got) for k in (0, 1)]
    print(
        f"{name}: re-analysis after one date edit: wall median {statistics.median(walls):.2f} s "
        f"(min {min(walls):.2f}, max {max(walls):.2f}, n={len(walls)}), "
        f"CPU median {statistics.median(cpus):.2f} s; first analysis {first[0]:.2f} s "
        f"(CPU {first[1]:.2f})"
        f"  target < 1 s: {'met' if statistics.median(walls) < 1 else 'MISSED'}"
    )
    for stage in got[0]["stages"]:
        each = statistics.median(g["stages"][stage] for g in got)
        print(f"  {stage:<14} {each:.2f} s a run")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--articles", type=int, default=50)
    ap.add_argument("--lexical", action="store_true", help="WORKBENCH_EMBEDDINGS=0")
    ap.add_argument("--against", metavar="TREE", help="also on another checkout's code, in turns")
    ap.add_argument("--rounds", type=int, default=3, help="processes for each checkout (--against)")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.lexical:
        os.environ["WORKBENCH_EMBEDDINGS"] = "0"
    if not meantime.available():
        print("MEANTIME not found beside the project: nothing to measure")
        return 0
    if args.worker:
        print(json.dumps(measure(args.articles, args.runs)))
        return 0
    print(_load_line("before"))
    if not args.against:
        compiled(ROOT)  # from bytecode, as an installed copy imports
        got = measure(args.articles, args.runs)
        print(f"{got['articles']} articles, {got['path']} path")
        _report("this checkout", [got])
        print(_load_line("after"))
        return 0
    trees = {"this checkout": ROOT, f"against {args.against}": Path(args.against).resolve()}
    compiled(*trees.values())  # both import from bytecode, as an installed copy does
    results: dict[str, list[dict[str, Any]]] = {name: [] for name in trees}
    loads = []
    for _ in range(args.rounds):
        for name, tree in trees.items():
            results[name].append(_worker(tree, args.articles, args.runs))
            loads.append(os.getloadavg()[0])
    got = next(iter(results.values()))[0]
    print(f"{got['articles']} articles, {got['path']} path, {args.rounds} processes each")
    for name, got_ in results.items():
        assert {g["tree"] for g in got_} == {str(trees[name])}, "imported from the wrong checkout"
        _report(name, got_)
    print(f"load during: mean {statistics.mean(loads):.2f} (1-minute figure after each process)")
    print(_load_line("after"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
