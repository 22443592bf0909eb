"""Where the CPU time of an analysis goes besides the sentence model.

    python -m benchmarks.speed_pairs [--runs 3] [--sets 50,200] [--lexical]

One process per set: it analyses the set once (the sentence model encodes
every sentence; the vectors stay in the process), then ``--runs`` more
times with the facts memo and the content-word memo emptied before each, timing the CPU of the
thread that runs the analysis (``time.thread_time``) in each stage of the
pipeline and in the inner stages that profiling showed to be the largest:
reading the facts, the aligner (its embedding blocks and its candidate
scoring), the judge, and the grouping (``findings.build``: the alignments
that may group, the claim groups, the openings, the copies). The model's
own time is left out: ``benchmarks.speed_stages`` measures it. Stages are
nested (an inner one is part of the outer one above it). Prints medians
with the load average; the figures are for comparing two versions run in
the same minutes, not for timing assertions.
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
from collections import defaultdict
from pathlib import Path

from benchmarks.speed import ROOT, _load_line, _sets

STAGES = (
    ("analysis", "workbench.analysis", "_analyze"),
    ("  facts (every article)", "workbench.facts_memo", "facts"),
    ("  align", "workbench.align", "align"),
    ("    embedding blocks", "workbench.align", "_embedding_scores"),
    ("    candidates scored", "workbench.align", "_candidates"),
    ("  judge", "workbench.judge", "judge"),
    ("  grouping (findings.build)", "workbench.analysis", "regroup"),
    ("    alignments that may group", "workbench.findings", "grouping_alignments"),
    ("    claim groups", "workbench.findings", "claim_groups"),
    ("    openings", "workbench.findings", "join_openings"),
    ("    copies", "workbench.findings", "copy_links"),
)


def _wrap(spent: dict[str, float]) -> None:
    """Every stage's function replaced, where it is looked up, by one that
    adds its thread CPU time to ``spent`` (recursion counted once)."""
    import importlib

    for name, module, attr in STAGES:
        mod = importlib.import_module(module)
        inner = getattr(mod, attr)
        depth = [0]

        def timed(*args, _inner=inner, _name=name, _depth=depth, **kwargs):
            _depth[0] += 1
            t0 = time.thread_time()
            try:
                return _inner(*args, **kwargs)
            finally:
                _depth[0] -= 1
                if not _depth[0]:
                    spent[_name] += time.thread_time() - t0

        setattr(mod, attr, timed)


def pairs_pass(runs: int, files: list[str]) -> int:
    """The child process: one warm-up analysis, then ``runs`` timed ones."""
    from workbench import analysis, facts_memo, text
    from workbench.articles import load_articles

    articles = load_articles(files)
    analysis.analyze(articles)  # the model encodes here; its vectors stay in the process
    spent: dict[str, float] = defaultdict(float)
    _wrap(spent)
    got = []
    for _ in range(runs):
        facts_memo.clear()
        text._content_tokens.cache_clear()  # each run reads its sentences afresh
        spent.clear()
        analysis.analyze(articles)
        got.append(dict(spent))
    print(json.dumps(got))
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--pass"]:
        return pairs_pass(int(argv[1]), argv[2:])
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--sets", default="50,200", help="by first word (seeds,20,50,4,200,400)")
    ap.add_argument("--lexical", action="store_true", help="WORKBENCH_EMBEDDINGS=0")
    args = ap.parse_args(argv)
    wanted = {w.strip() for w in args.sets.split(",")}
    print(_load_line("before"))
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "WORKBENCH_VECTOR_CACHE": "0"}
        if args.lexical:
            env["WORKBENCH_EMBEDDINGS"] = "0"
        large = bool(wanted & {"200", "400"})
        for name, files in _sets(Path(tmp), large).items():
            if name.split()[0] not in wanted:
                continue
            cmd = [sys.executable, "-m", "benchmarks.speed_pairs", "--pass", str(args.runs)]
            out = subprocess.run(
                [*cmd, *map(str, files)], capture_output=True, text=True, env=env, check=False
            )
            if out.returncode:
                raise SystemExit(out.stderr.strip())
            runs = json.loads(out.stdout)
            path = "lexical" if args.lexical else "embedding"
            print(
                f"{name} ({len(files)} files, {path}): stage, thread CPU s (median of {args.runs})"
            )
            for stage, _module, _attr in STAGES:
                cpu = statistics.median(r.get(stage, 0.0) for r in runs)
                print(f"  {stage:34s} {cpu:7.3f}")
            print(f"  ({_load_line('now')})")
    print(_load_line("after"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
