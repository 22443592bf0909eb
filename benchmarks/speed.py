"""Wall time and peak memory of ``workbench check`` as a whole process.

    python -m benchmarks.speed [--runs 5]

Runs the real command line (a fresh interpreter each time, so start-up and
imports count) on the bundled seeds and on 20 and 50 real news articles from
MEANTIME (text rebuilt from its tokens). Prints the median and the range of
several runs, because this machine is shared and noisy. Both alignment paths
are measured: lexical (the core) and, when the extra is installed, embeddings.
Targets (2-core machine): seeds < 1 s, 20 articles < 3 s, 50 < 15 s, peak < 300 MB.
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

from benchmarks import meantime

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"seeds": 1.0, "20 articles": 3.0, "50 articles": 15.0}
MEMORY_TARGET_MB = 300


def run_once(files: list[Path], workdir: Path, embeddings: bool) -> tuple[float, float, float]:
    """(wall seconds, peak RSS in MB, CPU seconds) of one `workbench check` process."""
    db = workdir / "bench.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    cmd = [sys.executable, "-m", "workbench", "check", "-q", "--db", str(db), *map(str, files)]
    t0 = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "WORKBENCH_EMBEDDINGS": str(int(embeddings))}
    proc = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=workdir, env=env
    )
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"workbench check failed ({proc.returncode}): {err.strip()}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


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


def _extra_available() -> bool:
    """Asked in a child process: loading the model here would inflate every
    child's peak memory (a forked child starts with its parent's RSS)."""
    code = "from workbench import embed; print(embed.available())"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False
    )
    return out.stdout.strip() == "True"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    sets: dict[str, list[Path]] = {"seeds": sorted((ROOT / "seeds").glob("*.txt"))}
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        if meantime.available():
            docs = [meantime.load(p) for p in meantime.files()]
            paths = meantime.write_articles(docs[:50], workdir / "meantime")
            sets["20 articles"] = paths[:20]
            sets["50 articles"] = paths[:50]
            sets["4 long"] = _long_articles(docs, workdir / "long")
        else:
            print("(MEANTIME not found beside the project: only the seeds are measured)")
        paths = [("lexical", False)] + ([("embedding", True)] if _extra_available() else [])
        print(_load_line("before"))
        print(
            f"{'path':10s} {'set':12s} {'files':>5s} {'median s':>9s} {'min–max s':>12s} "
            f"{'CPU s':>6s} {'peak MB':>8s}  target"
        )
        ok = True
        for path, use in paths:
            for name, files in sets.items():
                times, peaks, cpus = [], [], []
                for _ in range(args.runs):
                    t, m, c = run_once(files, workdir, use)
                    times.append(t)
                    peaks.append(m)
                    cpus.append(c)
                med = statistics.median(times)
                peak = max(peaks)
                target = TARGETS.get(name)
                met = (target is None or med < target) and peak < MEMORY_TARGET_MB
                ok &= met or use  # the targets are the core's; the extra is reported beside
                print(
                    f"{path:10s} {name:12s} {len(files):5d} {med:9.2f} "
                    f"{min(times):5.2f}–{max(times):5.2f} {statistics.median(cpus):6.2f} "
                    f"{peak:8.0f}  "
                    f"{'< ' + format(target, 'g') + ' s, ' if target else 'no time target, '}"
                    f"< {MEMORY_TARGET_MB} MB {'met' if met else 'MISSED'}"
                )
        print(_load_line("after"))
    return 0 if ok else 1


def _load_line(when: str) -> str:
    """The machine's load, so a reader can tell a quiet run from a noisy one
    (medians are wall time; CPU time is less affected by other processes)."""
    one, five, fifteen = os.getloadavg()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"load average {when}: {one:.2f} {five:.2f} {fifteen:.2f} on {cores} cores"


if __name__ == "__main__":
    sys.exit(main())
