"""Time of ``analyze()`` on hostile input: one-line articles and pathological runs.

    python -m benchmarks.hostile [--runs 3] [--sizes 25,50,100,200] [--big-mb 5]
                                 [--only NAME ...] [--no-big]

Each pathological pattern (punctuation runs, "Mr. Mr. ...", "1-1-1-...",
repeated number words, a very long word, long digit runs, runs of quotes and
brackets) is built at 25/50/100/200 KB and a realistic prose article with no
line breaks at the same sizes; then a 5 MB one-line prose article and, unless
``--no-big``, each pattern at 5 MB. Each input runs through the whole
``analyze()`` (lexical alignment: ``WORKBENCH_EMBEDDINGS=0``) a few times; the
median wall and CPU time, the growth ratio between successive sizes (about 2
when the time is linear, 4 when quadratic) and the load average are printed,
because the machine is shared and noisy. Targets: 100 KB < 1 s, 5 MB < 60 s.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from workbench.analysis import analyze
from workbench.model import Article

ROOT = Path(__file__).resolve().parent.parent
TARGET_100KB = 1.0
TARGET_BIG = 60.0

_FALLBACK_PROSE = (
    "The fire broke out at 2:15 a.m. on Tuesday in a warehouse on Mill Road, "
    "police said. About 40 firefighters fought the blaze for six hours; two were "
    "treated for smoke inhalation. \u201cWe were lucky,\u201d said Chief Ann O\u2019Neill, "
    "adding that damage could top $1.2 million. The building, built in 1962, "
    "covered 12,000 sq ft. Mr. Smith, 54, said the alarm sounded 3 minutes late. "
    "Last year 17% of such fires started in storage areas, up from 12 per cent in 2019. "
)


def _prose_seed() -> str:
    """Real news prose from the labelled pairs, line breaks removed."""
    parts = []
    for p in sorted((ROOT / "tests" / "pairs").glob("*/[ab].md")):
        body = p.read_text(encoding="utf-8")
        if body.startswith("---"):
            body = body.split("---", 2)[-1]
        parts.append(" ".join(body.split()))
    return " ".join(parts) or _FALLBACK_PROSE


def _repeat(unit: str) -> Callable[[int], str]:
    def build(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return build


def _prose(size: int) -> str:
    return _repeat(_prose_seed() + " ")(size)


def _wrapped(unit: str) -> Callable[[int], str]:
    """The run inside a sentence, so it reaches the extractors as one claim."""

    def build(size: int) -> str:
        head, tail = "Officials said on 3 May 2021 that ", " cost $4 million."
        return head + _repeat(unit)(max(0, size - len(head) - len(tail))) + tail

    return build


PATTERNS: dict[str, Callable[[int], str]] = {
    "prose one line": _prose,
    "!!!!": _wrapped("!"),
    "....": _wrapped("."),
    "?!?!": _wrapped("?!"),
    "! ! ! ": _wrapped("! "),
    ". . . ": _wrapped(". "),
    "Mr. Mr. ": _wrapped("Mr. "),
    "A. B. C. ": _wrapped("A. "),
    "U.S.U.S.": _wrapped("U.S."),
    "1-1-1-": _wrapped("1-"),
    "1.1.1.": _wrapped("1."),
    "1,1,1,": _wrapped("1,"),
    "1 1 1 ": _wrapped("1 "),
    "one one ": _wrapped("one "),
    "twenty-one ": _wrapped("twenty-one "),
    "one-two-": _wrapped("one-"),
    "hundred hundred ": _wrapped("hundred "),
    "long word": _wrapped("a"),
    "Long Capitalised": _wrapped("Ab"),
    "digits": _wrapped("7"),
    "$$$$": _wrapped("$"),
    "% % %": _wrapped("% "),
    '""""': _wrapped('"'),
    "“”“”": _wrapped("“”"),
    "''''": _wrapped("'"),
    "« « «": _wrapped("« "),
    "((((": _wrapped("("),
    "()()": _wrapped("()"),
    "[[[[": _wrapped("["),
    "----": _wrapped("-"),
    "—— dashes": _wrapped("—"),
    "spaces": _wrapped(" "),
    "newlines": _wrapped("\n"),
    "May May ": _wrapped("May "),
    "on Monday ": _wrapped("on Monday "),
    "1 May 2021, ": _wrapped("1 May 2021, "),
    "3 km 3 km ": _wrapped("3 km "),
    "$1m $1m ": _wrapped("$1m "),
    "10:30 10:30 ": _wrapped("10:30 "),
    "years ago ": _wrapped("2 years ago "),
    "the 1990s ": _wrapped("the 1990s "),
    "words no period": _wrapped("the council said that "),
    'said, "': _wrapped('he said, "we will '),
}


def build(name: str, size: int) -> str:
    return PATTERNS[name](size)


def article(text: str, name: str = "a", published: date | None = date(2021, 6, 1)) -> Article:
    return Article(
        name,
        f"{name}.md",
        name,
        "",
        published,
        "",
        text,
        hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


def time_analyze(text: str, runs: int) -> tuple[float, float, str]:
    """Median wall and CPU seconds of ``analyze()`` on one article, and the
    first error (an empty string when there was none)."""
    walls, cpus = [], []
    for _ in range(runs):
        w0, c0 = time.perf_counter(), time.process_time()
        try:
            analyze([article(text)])
        except Exception as exc:  # noqa: BLE001 - a crash is a result here
            return time.perf_counter() - w0, time.process_time() - c0, repr(exc)[:120]
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    return statistics.median(walls), statistics.median(cpus), ""


def _load() -> str:
    return "load " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--sizes", default="25,50,100,200", help="KB, comma-separated")
    ap.add_argument("--big-mb", type=float, default=5.0)
    ap.add_argument("--no-big", action="store_true", help="only the prose article at 5 MB")
    ap.add_argument("--only", nargs="*", help="pattern names to run (default: all)")
    args = ap.parse_args(argv)
    # lexical alignment; set here, not at import: tests import this module
    os.environ.setdefault("WORKBENCH_EMBEDDINGS", "0")
    sizes = [int(s) * 1000 for s in args.sizes.split(",")]
    names = args.only or list(PATTERNS)
    print(f"{os.cpu_count()} CPUs, {_load()}; median of {args.runs} runs; growth = t(n)/t(n/2)")
    print(f"{'pattern':18s} {'KB':>6s} {'wall s':>8s} {'cpu s':>8s} {'growth':>7s}  verdict")
    ok = True
    for name in names:
        prev = None
        for size in sizes:
            wall, cpu, err = time_analyze(build(name, size), args.runs)
            growth = f"{wall / prev:7.2f}" if prev and prev > 0.005 else f"{'-':>7s}"
            prev = wall
            verdict = ""
            if err:
                verdict, ok = f"FAIL crash {err}", False
            elif size == 100_000:
                met = wall < TARGET_100KB
                ok &= met
                verdict = f"{'PASS' if met else 'FAIL'} (< {TARGET_100KB:g} s)"
            print(
                f"{name:18s} {size // 1000:6d} {wall:8.3f} {cpu:8.3f} {growth}  {verdict}",
                flush=True,
            )
    big = int(args.big_mb * 1_000_000)
    for name in ["prose one line"] if args.no_big else names:
        wall, cpu, err = time_analyze(build(name, big), 1)
        met = not err and wall < TARGET_BIG
        ok &= met
        verdict = (
            f"FAIL crash {err}" if err else f"{'PASS' if met else 'FAIL'} (< {TARGET_BIG:g} s)"
        )
        print(
            f"{name:18s} {big // 1000:6d} {wall:8.2f} {cpu:8.2f} {'-':>7s}  {verdict}  {_load()}",
            flush=True,
        )
    print("PASS" if ok else "FAIL", _load())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
