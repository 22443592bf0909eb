"""Wall time, CPU time and peak memory of ``workbench check`` as a whole process.

    python -m benchmarks.speed [--runs 5] [--large] [--sets seeds,50] [--against /tmp/old]

Runs the real command line (a fresh interpreter each time, so start-up and
imports count) on the bundled seeds, on 20 and 50 real news articles from
MEANTIME (text rebuilt from its tokens), on four ~160 KB articles and, with
``--large``, on 200 and 400 ECB+ articles (../shared/eval/ecbplus_dev).

Each set is measured on every path in alternating order within a round, so
that the machine's noise falls on all of them alike:

- ``lexical``: the core, ``WORKBENCH_EMBEDDINGS=0``;
- ``emb first``: the embeddings extra with nothing cached at all: the first
  run after installing (it also saves the model's optimised graph);
- ``emb cold``: the embeddings extra with an empty sentence-vector cache, the
  optimised graph saved and checked by earlier runs (new articles);
- ``emb warm``: the same, a second time, every sentence already cached;
- ``emb float``: as ``emb cold`` with the model's int8 weights turned into
  float32 products (``WORKBENCH_ONNX_INT8=0``), as before issue 14's
  integer products (:mod:`workbench.embed_int8`): asked for by name;
- ``emb serial``: as ``emb cold`` without loading the model and encoding the
  articles' sentences while the program imports (``WORKBENCH_PRELOAD=0``,
  :mod:`workbench.embed_preload`, on by default since session 16): the
  order before it, asked for by name;
- ``naive``: a naive lexical pass in its own process: load the same articles,
  split the same sentences, and give every sentence its best rapidfuzz
  ``token_set_ratio`` match among the sentences of the later articles
  (every pair of articles once, as the aligner compares them).

It prints medians of wall and CPU time (user + system, of the process and its
children), the range of wall times, the peak memory, the ratio of each path's
median CPU time to the naive pass's in the same run, and the load average
before, during (mean of the 1-minute figure at each run) and after: a reader
can tell a quiet run from a noisy one. CPU time is the steadier figure on a
shared machine. Targets (2-core machine, issue 14): lexical seeds < 1 s,
20 articles < 3 s, 50 < 15 s; embedding seeds < 1 s, 20 < 3 s, 50 < 5 s,
200 < 20 s; peak < 300 MB; ratio to the naive pass at most 1.0 lexical and
1.5 embedding (at 50 articles). Only the lexical time and memory targets set
the exit status.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import meantime

ROOT = Path(__file__).resolve().parent.parent
ECBPLUS = meantime.SHARED / "eval" / "ecbplus_dev"
TARGETS = {"seeds": 1.0, "20 articles": 3.0, "50 articles": 15.0}
EMB_TARGETS = {"seeds": 1.0, "20 articles": 3.0, "50 articles": 5.0, "200 articles": 20.0}
RATIO_TARGETS = {"lexical": 1.0, "emb cold": 1.5}
MEMORY_TARGET_MB = 300
PATHS = ("lexical", "emb first", "emb cold", "emb warm", "naive", "emb float", "emb serial")
DEFAULT_PATHS = PATHS[:5]
#: ``--against TREE``: every path also run on the code of another checkout
#: (``git worktree add /tmp/old main``), named with this suffix, in the same
#: rounds, so a change is paired with what it changes in the same minutes
OLD = " @old"
TREES: dict[str, Path] = {}


def tree_of(path: str) -> tuple[str, Path]:
    """A path's own name and the checkout its processes import the workbench from."""
    if path.endswith(OLD):
        return path.removesuffix(OLD), TREES["old"]
    return path, ROOT


def with_old(paths: list[str], against: str | None) -> list[str]:
    """``paths``, each followed by its twin on ``against`` when given; every
    tree measured is compiled first (:func:`compiled`)."""
    if not against:
        compiled(ROOT)
        return paths
    TREES["old"] = Path(against).resolve()
    compiled(ROOT, TREES["old"])
    return [q for p in paths for q in ((p, p + OLD) if p != "naive" else (p,))]


def compiled(*roots: Path) -> None:
    """Each tree's modules compiled to bytecode, so that its processes import
    from bytecode as an installed copy does (pip compiles on install). A fresh
    checkout has none, and PYTHONDONTWRITEBYTECODE (set on this shared machine)
    keeps it so: session 29 measured 0.39 s of CPU more for the seeds, 1.43 s
    against 1.04, all of it compiling source, and until then only runs with
    ``--against`` compiled (session 28's quiet-machine figures did not)."""
    import compileall

    for root in roots:
        compileall.compile_dir(root / "workbench", quiet=1)


@dataclass
class Runs:
    """The measurements of one path on one set."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    peak: list[float] = field(default_factory=list)

    def add(self, got: tuple[float, float, float]) -> None:
        self.wall.append(got[0])
        self.peak.append(got[1])
        self.cpu.append(got[2])


def _process(cmd: list[str], workdir: Path, env: dict[str, str]) -> tuple[float, float, float]:
    """(wall seconds, peak RSS in MB, CPU seconds) of one process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=workdir, env=env
    )
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:4])} failed ({proc.returncode}): {err.strip()}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def run_once(
    files: list[Path],
    workdir: Path,
    embeddings: bool,
    cache: Path | None = None,
    graphs: Path | None = None,
    float_graph: bool = False,
    preload: bool = True,
    root: Path = ROOT,
    patterns: Path | None = None,
) -> tuple[float, float, float]:
    """(wall seconds, peak RSS in MB, CPU seconds) of one `workbench check` process.

    ``cache`` is the sentence-vector cache folder (None: caching off);
    ``graphs`` the optimised graph's folder (None: not saved nor used);
    ``patterns`` the compiled patterns' folder (:mod:`workbench.regex_cache`;
    None: the one :func:`measure` keeps as an installed copy's is after its
    first run, a file of its own for every run)."""
    db = workdir / "bench.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    cmd = [sys.executable, "-m", "workbench", "check", "-q", "--db", str(db), *map(str, files)]
    env = {**os.environ, "PYTHONPATH": str(root), "WORKBENCH_EMBEDDINGS": str(int(embeddings))}
    if cache is None:
        env["WORKBENCH_VECTOR_CACHE"] = "0"
    else:
        env["WORKBENCH_CACHE_DIR"] = str(cache)
    if float_graph:
        env["WORKBENCH_ONNX_INT8"] = "0"
    env["WORKBENCH_PRELOAD"] = str(int(preload))
    env["WORKBENCH_PATTERN_DIR"] = str(patterns or _warm_patterns(workdir))
    if graphs is None:
        env["WORKBENCH_GRAPH_CACHE"] = "0"
    else:
        env["WORKBENCH_GRAPH_DIR"] = str(graphs)
    return _process(cmd, workdir, env)


def _warm_patterns(workdir: Path) -> Path:
    """A fresh copy of the compiled patterns :func:`measure` kept from its
    first, unmeasured run (only on two of the set's files: the patterns made
    from the measured articles' names are not there, as for new articles)."""
    kept, fresh = workdir / "patterns-kept", workdir / "patterns"
    shutil.rmtree(fresh, ignore_errors=True)
    if kept.is_dir():
        shutil.copytree(kept, fresh)
    return fresh


def run_naive(files: list[Path], workdir: Path) -> tuple[float, float, float]:
    """The naive lexical all-pairs pass over the same files, as its own process."""
    cmd = [sys.executable, "-m", "benchmarks.speed", "--naive-pass", *map(str, files)]
    return _process(cmd, workdir, {**os.environ, "PYTHONPATH": str(ROOT)})


def naive_pass(files: list[str]) -> int:
    """Best ``token_set_ratio`` match of every sentence among the other
    articles' sentences: the yardstick the engine's speed is compared with."""
    from rapidfuzz import fuzz, process

    from workbench.articles import load_articles
    from workbench.sentences import split_sentences

    articles = load_articles(list(files))
    sents = [[a.text[s:e] for s, e in split_sentences(a.text)] for a in articles]
    best = 0
    for k, own in enumerate(sents):
        others = [s for m, group in enumerate(sents) if m > k for s in group]
        for s in own if others else ():
            hit = process.extractOne(s, others, scorer=fuzz.token_set_ratio)
            best += int(hit[1]) if hit else 0
    print(best)
    return 0


def _long_articles(docs: list, folder: Path) -> list[Path]:
    """Four ~160 KB articles (30 MEANTIME stories each, repeated): a stress
    case for long input; it has no time target, only the memory one."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for k in range(4):
        body = "\n\n".join(d.text for d in docs[k * 30 : (k + 1) * 30])
        while len(body) < 160_000:
            body += "\n\n" + body
        p = folder / f"long{k}.md"
        p.write_text(
            f"---\ntitle: long {k}\npublished: 2010-01-0{k + 1}\n---\n" + body[:160_000],
            encoding="utf-8",
        )
        out.append(p)
    return out


def _ecbplus(count: int) -> list[Path]:
    """The first ``count`` ECB+ articles (in file-name order) that have text."""
    from workbench.articles import ArticleError, load_article

    out = []
    for p in sorted(ECBPLUS.glob("*/*.txt")):
        try:
            load_article(p, None, "x")
        except ArticleError:
            continue
        out.append(p)
        if len(out) == count:
            break
    return out


def _extra_available() -> bool:
    """Asked in a child process: loading the model here would inflate every
    child's peak memory (a forked child starts with its parent's RSS)."""
    code = "from workbench import embed; print(embed.available())"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False
    )
    return out.stdout.strip() == "True"


def _sets(workdir: Path, large: bool) -> dict[str, list[Path]]:
    sets: dict[str, list[Path]] = {"seeds": sorted((ROOT / "seeds").glob("*.txt"))}
    if meantime.available():
        docs = [meantime.load(p) for p in meantime.files()]
        paths = meantime.write_articles(docs[:50], workdir / "meantime")
        sets["20 articles"] = paths[:20]
        sets["50 articles"] = paths[:50]
        sets["4 long"] = _long_articles(docs, workdir / "long")
    else:
        print("(MEANTIME not found beside the project: only the seeds are measured)")
    if large and ECBPLUS.is_dir():
        sets["200 articles"] = _ecbplus(200)
        sets["400 articles"] = _ecbplus(400)
    return sets


def measure(
    files: list[Path], workdir: Path, paths: list[str], runs: int, loads: list[float]
) -> dict[str, Runs]:
    """``runs`` rounds; in each, every path once, the order rotating by round."""
    got = {p: Runs() for p in paths}
    cache = workdir / "vector-cache"
    graphs, first = workdir / "graphs", workdir / "graphs-first"
    kept = workdir / "patterns-kept"
    shutil.rmtree(kept, ignore_errors=True)
    run_once(files[:2], workdir, False, patterns=kept)  # the patterns, as after installing
    if {"emb cold", "emb warm", "emb serial"} & {tree_of(p)[0] for p in paths}:  # saved, checked
        for _ in range(2):
            run_once(files[:2], workdir, True, None, graphs)
    if "emb float" in paths:
        for _ in range(2):
            run_once(files[:2], workdir, True, None, graphs, float_graph=True)
    for r in range(runs):
        for named in paths[r % len(paths) :] + paths[: r % len(paths)]:
            loads.append(os.getloadavg()[0])
            path, root = tree_of(named)
            runs_of = got[named]
            if path == "naive":
                runs_of.add(run_naive(files, workdir))
            elif path == "lexical":
                runs_of.add(run_once(files, workdir, False, root=root))
            elif path == "emb first":
                shutil.rmtree(cache, ignore_errors=True)
                shutil.rmtree(first, ignore_errors=True)
                shutil.rmtree(workdir / "patterns-first", ignore_errors=True)
                runs_of.add(
                    run_once(
                        files,
                        workdir,
                        True,
                        cache,
                        first,
                        root=root,
                        patterns=workdir / "patterns-first",
                    )
                )
            elif path in ("emb cold", "emb float", "emb serial"):
                shutil.rmtree(cache, ignore_errors=True)
                float_graph, preload = path == "emb float", path != "emb serial"
                runs_of.add(
                    run_once(files, workdir, True, cache, graphs, float_graph, preload, root)
                )
            else:  # emb warm: fill the cache first (not measured), then measure
                shutil.rmtree(cache, ignore_errors=True)
                run_once(files, workdir, True, cache, graphs, root=root)
                runs_of.add(run_once(files, workdir, True, cache, graphs, root=root))
    for folder in (cache, graphs, first, kept, workdir / "patterns", workdir / "patterns-first"):
        shutil.rmtree(folder, ignore_errors=True)
    return got


def _verdict(name: str, path: str, r: Runs, ratio: float) -> tuple[str, bool]:
    """The targets a row has, whether it met them, and whether it sets the exit status."""
    wall = statistics.median(r.wall)
    notes = []
    met = True
    path = tree_of(path)[0]
    target = (TARGETS if path == "lexical" else EMB_TARGETS).get(name)
    if path != "naive" and target is not None:
        notes.append(f"< {target:g} s")
        met &= wall < target
    if path != "naive":
        notes.append(f"< {MEMORY_TARGET_MB} MB")
        met &= max(r.peak) < MEMORY_TARGET_MB
    core = met  # the lexical time and memory targets set the exit status
    rt = RATIO_TARGETS.get(path)
    if rt is not None and (path == "lexical" or name == "50 articles"):
        notes.append(f"ratio ≤ {rt:g}")
        met &= ratio <= rt
    text = ", ".join(notes) + (" met" if met else " MISSED") if notes else ""
    return text, core or path != "lexical"


def report(name: str, files: list[Path], got: dict[str, Runs]) -> bool:
    ok = True
    naive = statistics.median(got["naive"].cpu)
    for path, r in got.items():
        cpu = statistics.median(r.cpu)
        ratio = cpu / naive if naive else float("nan")
        text, fine = _verdict(name, path, r, ratio)
        ok &= fine
        print(
            f"{path:14s} {name:12s} {len(files):5d} {statistics.median(r.wall):7.2f} "
            f"{min(r.wall):5.2f}–{max(r.wall):5.2f} {cpu:6.2f} {ratio:6.2f} "
            f"{max(r.peak):7.0f}  {text}"
        )
    return ok


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--naive-pass"]:
        return naive_pass(argv[1:])
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--large", action="store_true", help="also 200 and 400 ECB+ articles")
    ap.add_argument("--sets", help="only these sets, by their first word (seeds,20,50,4,200,400)")
    ap.add_argument("--paths", default=",".join(DEFAULT_PATHS), help="of " + ", ".join(PATHS))
    ap.add_argument("--against", metavar="TREE", help="each path also on another checkout's code")
    args = ap.parse_args(argv)
    paths = [p for p in args.paths.split(",") if p in PATHS]
    if "naive" not in paths:
        paths.append("naive")  # the yardstick of every ratio
    if not _extra_available():
        print("(the embeddings extra is not installed: lexical path only)")
        paths = [p for p in paths if not p.startswith("emb")]
    paths = with_old(paths, args.against)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        sets = _sets(workdir, args.large)
        if args.sets:
            wanted = {w.strip() for w in args.sets.split(",")}
            sets = {k: v for k, v in sets.items() if k.split()[0] in wanted}
        print(_load_line("before"))
        print(
            f"{'path':14s} {'set':12s} {'files':>5s} {'wall s':>7s} {'min–max s':>11s} "
            f"{'CPU s':>6s} {'×naive':>6s} {'peak MB':>7s}  targets (wall median, CPU ratio)"
        )
        ok = True
        loads: list[float] = []
        for name, files in sets.items():
            ok &= report(name, files, measure(files, workdir, paths, args.runs, loads))
        print(f"load average during: mean {statistics.fmean(loads):.2f} of the 1-minute figure")
        print(_load_line("after"))
    return 0 if ok else 1


def _load_line(when: str) -> str:
    """The machine's load, so a reader can tell a quiet run from a noisy one."""
    one, five, fifteen = os.getloadavg()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"load average {when}: {one:.2f} {five:.2f} {fifteen:.2f} on {cores} cores"


if __name__ == "__main__":
    sys.exit(main())
