"""Where the time of a cold embedding-path check goes, stage by stage.

    python -m benchmarks.speed_stages [--runs 5] [--sets seeds,20,50] [--graphs int8,float]
                                      [--large --sets 200] [--ops]

Each run is a fresh interpreter (so imports count) that does the embedding
path's work one stage after another, with nothing cached: importing the
engine, reading and splitting the articles, reading their facts, loading the
model (NumPy, ONNX Runtime, hash and vocabulary), building the ONNX Runtime
session from ``model.onnx`` and from the saved optimised graph, tokenising,
running the model, and a batch of one short sentence (what a batch costs
whatever its size). With ``--graphs int8,float`` the integer products
(:mod:`workbench.embed_int8`) and the float graph (``WORKBENCH_ONNX_INT8=0``)
are measured in alternating runs, so both see the same load. It prints the
median wall and CPU time of each stage, the padding the batches computed
(tokens run / real tokens), the batches and tokens, and the load before and
after; ``--ops`` adds the model's time by kind of node from ONNX Runtime's
profiler (integer products, layer norms, the element-wise nodes around
them). In ``workbench
check`` the sentence vectors are made on a thread while the facts are read,
so a check takes less than the sum.
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

from benchmarks.speed import ROOT, _load_line, _sets, compiled


def stages_pass(files: list[str]) -> int:
    """One run of every stage (a child process); prints a JSON object."""
    os.environ["WORKBENCH_VECTOR_CACHE"] = "0"
    got: dict[str, list[float]] = {}
    w0, c0 = time.perf_counter(), time.process_time()

    def mark(name: str) -> None:
        nonlocal w0, c0
        w, c = time.perf_counter(), time.process_time()
        got[name] = [w - w0, c - c0]
        w0, c0 = w, c

    from workbench import analysis, embed, embed_batches, embed_session, service  # noqa: F401
    from workbench.articles import load_articles

    mark("import the engine")
    articles = load_articles(files)
    claims = [analysis.claims_of(a) for a in articles]
    texts = list(dict.fromkeys(c.text for cs in claims for c in cs))
    mark("read and split the articles")
    for a, cs in zip(articles, claims, strict=True):
        analysis.facts_of(a, cs)
    mark("read the facts")
    model = embed._get()
    mark("load the model (NumPy, ONNX Runtime, hashes, vocabulary)")
    if model.graph is not None and model.graph.state() != "verified":
        model._wanted = texts
        model.session  # noqa: B018 - saves the optimised graph, or checks the saved one
        model.release()
        mark("(saving or checking the optimised graph: once)")
    session = embed_session.new_session(model.ort, model.source(), model.intra)
    mark("session from model.onnx (rewritten unless float)")
    graph = model.graph
    if graph is not None and graph.state() == "verified":
        del session
        embed_session.trim_heap()
        session = embed_session.new_session(model.ort, str(graph.path), model.intra, saved=True)
        mark("session from the saved graph")
    seqs = [model.tok.encode(t) for t in texts]
    mark("tokenise")
    model._run(session, texts)
    mark(f"run the model ({len(texts)} sentences)")
    for _ in range(20):
        model._run(session, ["Yes."])
    mark("20 batches of one short sentence (the cost of a batch)")
    lengths = [len(s) for s in seqs]
    run = embed_batches.positions(lengths)
    got["padding (tokens run / real)"] = [run / max(1, sum(lengths)), 0.0]
    got["batches"] = [len(embed_batches.batches(lengths)), 0.0]
    got["tokens"] = [sum(lengths), 0.0]
    print(json.dumps(got))
    return 0


def ops_pass(files: list[str]) -> int:
    """The model's time by kind of node (ONNX Runtime's profiler, one thread,
    the analysis's sentences of ``files``; a child process): prints a JSON
    object, op -> [share of the nodes' time, calls]."""
    import collections

    os.environ["WORKBENCH_VECTOR_CACHE"] = "0"
    from workbench import analysis, embed
    from workbench.articles import load_articles

    texts = list(dict.fromkeys(c.text for a in load_articles(files) for c in analysis.claims_of(a)))
    model = embed._get()
    so = model.ort.SessionOptions()
    so.intra_op_num_threads = 1
    so.add_session_config_entry("session.intra_op.allow_spinning", "0")
    so.enable_profiling = True
    so.profile_file_prefix = str(Path(tempfile.mkdtemp()) / "ort")
    so.log_severity_level = 3
    session = model.ort.InferenceSession(model.source(), sess_options=so)
    model._run(session, texts)
    events = json.loads(Path(session.end_profiling()).read_text(encoding="utf-8"))
    took: collections.Counter[str] = collections.Counter()
    calls: collections.Counter[str] = collections.Counter()
    for e in events:
        if e.get("cat") == "Node" and e["name"].endswith("_kernel_time"):
            took[e["args"]["op_name"]] += e["dur"]
            calls[e["args"]["op_name"]] += 1
    total = sum(took.values()) or 1
    print(json.dumps({op: [d / total, calls[op]] for op, d in took.most_common()}))
    return 0


def _report(title: str, runs: list[dict[str, list[float]]], n: int) -> None:
    for r in runs:
        r.pop("(saving or checking the optimised graph: once)", None)
    print(f"{title}: stage, wall s, CPU s (medians of {n})")
    for stage in runs[0]:
        w = statistics.median(r[stage][0] for r in runs)
        c = statistics.median(r[stage][1] for r in runs)
        print(f"  {stage:58s} {w:6.3f} {c:6.3f}")


def _ops(files: list[Path], env: dict[str, str]) -> None:
    cmd = [sys.executable, "-m", "benchmarks.speed_stages", "--ops-pass", *map(str, files)]
    out = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if out.returncode:
        raise SystemExit(out.stderr.strip())
    shares = json.loads(out.stdout)
    print("  the model's nodes by kind (share of their time, calls; profiled, one thread):")
    for op, (share, calls) in list(shares.items())[:12]:
        print(f"    {op:28s} {100 * share:5.1f} %  {calls:7d}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--pass"]:
        return stages_pass(argv[1:])
    if argv[:1] == ["--ops-pass"]:
        return ops_pass(argv[1:])
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--sets", default="seeds,50", help="by first word (seeds,20,50,4)")
    ap.add_argument("--graphs", default="int8", help="int8, float or both (int8,float)")
    ap.add_argument("--large", action="store_true", help="also 200 ECB+ articles (--sets 200)")
    ap.add_argument("--ops", action="store_true", help="also the model's time by kind of node")
    args = ap.parse_args(argv)
    graphs_wanted = [g.strip() for g in args.graphs.split(",") if g.strip()]
    compiled(ROOT)  # its imports from bytecode, as an installed copy's
    print(_load_line("before"))
    with tempfile.TemporaryDirectory() as tmp:
        graphs = Path(tmp) / "graphs"
        env = {**os.environ, "PYTHONPATH": str(ROOT), "WORKBENCH_GRAPH_DIR": str(graphs)}
        sets = _sets(Path(tmp), args.large)
        sets.pop("400 articles", None)
        wanted = {w.strip() for w in args.sets.split(",")}
        for name, files in sets.items():
            if name.split()[0] not in wanted:
                continue
            runs: dict[str, list[dict[str, list[float]]]] = {g: [] for g in graphs_wanted}
            for _ in range(args.runs + 2):  # the first two save and check the graph
                for g in graphs_wanted:
                    genv = {**env, "WORKBENCH_ONNX_INT8": "0" if g == "float" else "1"}
                    cmd = [sys.executable, "-m", "benchmarks.speed_stages", "--pass"]
                    out = subprocess.run(
                        [*cmd, *map(str, files)], capture_output=True, text=True, env=genv
                    )
                    if out.returncode:
                        raise SystemExit(out.stderr.strip())
                    runs[g].append(json.loads(out.stdout))
            for g, got in runs.items():
                _report(f"{name} ({len(files)} files, {g})", got[2:], args.runs)
            if args.ops:
                _ops(files, env)
    print(_load_line("after"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
