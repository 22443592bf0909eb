"""A long random campaign against the splitter and every extractor.

    python -m benchmarks.fuzz [--count 100000] [--seed 0] [--analyze-every 50]

The property tests (tests/test_properties_text.py) run a few thousand seeded
examples on every test run; this runs many more. Inputs are arbitrary Unicode,
news-like fragments joined with and without spaces, and the same with long runs
(punctuation, digits, number words, quotes) spliced in. Each input goes through
``split_sentences``, ``find_times`` (with a random publication date, including
years 1 and 9999), ``find_quantities``, ``find_quotes``, ``find_numbers`` and
``parse_number``; every ``--analyze-every``-th one through the whole
``analyze()``. Checked: no exception, offsets in bounds, values finite and
JSON-serialisable. Prints how many inputs ran, the slowest one, and each crash
(the first few in full), and exits 1 when there was any.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
import time
import traceback
from datetime import date

from benchmarks.hostile import article
from workbench.analysis import analyze
from workbench.facts import quote as quotes
from workbench.facts.quantity import find_quantities
from workbench.facts.quantity.numbers import find_numbers, parse_number
from workbench.facts.time import find_times
from workbench.sentences import split_sentences

FRAGMENTS = [
    "The", "Mr.", "Dr.", "U.S.", "said", "told reporters", "he said,", "according to",
    "1", "0", "12", "2,500", "3.5", "1,000,000", "10 000", "1/2", "½", "-4", "007",
    "9" * 40, "9" * 320, "0." + "0" * 330 + "1", "1e400", "one", "twenty-one", "hundred",
    "a dozen", "half", "million", "trillion", "bn", "km", "miles", "kg", "%", "per cent",
    "$", "£", "€", "US$", "mph", "tonnes", "an hour", "2021", "0000", "9999", "10000",
    "1st", "0th", "99th", "century", "millennium", "decade", "1990s", "years ago",
    "2020 years ago", "99999 days ago", "in 8000 years", "January", "May", "Dec.",
    "Monday", "yesterday", "last week", "next year", "10:30", "2:05:41", "25:61", "3pm",
    "Christmas", "Easter", "spring", "Q3", ".", "...", "!", "?", "…", ",", ";", ":", "-",
    "—", "(", ")", "[", "]", '"', "“", "”", "‘", "’", "'", "«", "»", "\n", "\n\n", " ",
]  # fmt: skip
RUNS = ["!", ".", "?!", "Mr. ", "1-", "1 ", "one ", "twenty-one ", "7", '"', "“”", "(", "-"]
DATES = [None, date(1, 1, 1), date(9999, 12, 31), date(2021, 6, 1), date(2000, 2, 29)]


def make_input(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.25:
        return "".join(chr(rng.randrange(0x20, 0x2FFF)) for _ in range(rng.randrange(200)))
    parts = [rng.choice(FRAGMENTS) for _ in range(rng.randrange(1, 60))]
    text = (" " if kind < 0.7 else "").join(parts)
    if rng.random() < 0.2:
        at = rng.randrange(len(text) + 1)
        text = text[:at] + rng.choice(RUNS) * rng.randrange(50, 2000) + text[at:]
    return text


def _check_json(value: object) -> None:
    json.dumps(value, allow_nan=False)


def check(text: str, published: date | None, whole: bool) -> None:
    """Raise on any crash or broken invariant."""
    n = len(text)
    prev = 0
    for s, e in split_sentences(text):
        assert prev <= s < e <= n and not text[prev:s].strip(), (s, e)
        prev = e
    for m in find_times(text, published):
        assert 0 <= m.start < m.end <= n and text[m.start : m.end] == m.text
        if m.interval is not None:
            m.interval[0].timestamp()
            m.interval[1].timestamp()
        _check_json(m.to_json())
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= n and math.isfinite(q.value)
        _check_json(q.to_json())
    for q in quotes.find_quotes(text):
        assert 0 <= q.start < q.end <= n and text[q.start : q.end] == q.text
        _check_json(q.to_json())
    for num in find_numbers(text):
        assert 0 <= num.start < num.end <= n and math.isfinite(num.value)
    v = parse_number(text)
    assert v is None or math.isfinite(v)
    if whole:
        result = analyze([article(text, "a", published), article(text[::-1], "b", published)])
        for f in result.facts:
            _check_json(f.value)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--analyze-every", type=int, default=50)
    args = ap.parse_args(argv)
    # lexical alignment; set here, not at import: tests import this module
    os.environ.setdefault("WORKBENCH_EMBEDDINGS", "0")
    rng = random.Random(args.seed)
    crashes: list[tuple[str, date | None, str]] = []
    slowest = (0.0, "")
    t0 = time.perf_counter()
    for i in range(args.count):
        text = make_input(rng)
        published = rng.choice(DATES)
        t = time.perf_counter()
        try:
            check(text, published, whole=args.analyze_every > 0 and i % args.analyze_every == 0)
        except Exception:  # noqa: BLE001 - every crash is a finding
            crashes.append((text, published, traceback.format_exc()))
        dt = time.perf_counter() - t
        if dt > slowest[0]:
            slowest = (dt, text)
        if (i + 1) % 10_000 == 0:
            print(f"{i + 1} inputs, {len(crashes)} crashes, {time.perf_counter() - t0:.0f} s")
    print(
        f"ran {args.count} inputs (seed {args.seed}) in {time.perf_counter() - t0:.0f} s; "
        f"slowest {slowest[0] * 1000:.0f} ms ({len(slowest[1])} chars); crashes: {len(crashes)}"
    )
    print(f"slowest input starts {slowest[1][:80]!r}")
    for text, published, tb in crashes[:5]:
        print(f"\n--- published={published} text={text[:200]!r}\n{tb}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
