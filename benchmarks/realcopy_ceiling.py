"""What aligning the missed pairs would win (``benchmarks.realcopy --if-aligned``,
session 30): a development half scored again with every sentence pair of a
missed item that the aligner scored but left apart aligned at its own score
(``realcopy_why.forcing``). Its recall is the ceiling of any alignment rule
that takes those pairs — a partner-taken pair or one below accept — and each
pair's lines name the judge's row that still leaves its values out.

Development halves only (``realcopy.DETAILED``): it reads missed items one by one.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from benchmarks import realcopy_why
from benchmarks.pairs import occurrences


def stated_claims(item: dict, analysis, by_file: dict) -> list[tuple[str, str]]:
    """(version, claim id) of each sentence that holds a statement of ``item``."""
    out = []
    for st in item["statements"]:
        art = by_file.get(st["article"])
        if art is None:
            continue
        spans = occurrences(art.text, st["quote"])
        out += [
            (st["version"], c.id)
            for c in analysis.claims
            if c.article == art.id and any(c.start < e and s < c.end for s, e in spans)
        ]
    return out


def left_apart_by_event(score) -> dict[str, list[tuple[str, str, float]]]:
    """Per event, the sentence pairs of its missed items scored but not aligned
    (``score``: a ``realcopy.Score`` run with ``--why-missed``'s traces)."""
    out: dict[str, list[tuple[str, str, float]]] = defaultdict(list)
    for event, item, analysis, by_file in score.missed_detail:
        trace = score.traces.get(event)
        if trace is None:
            continue
        stated = stated_claims(item, analysis, by_file)
        for pair in realcopy_why.left_apart(trace, analysis, stated):
            if pair not in out[event]:
                out[event].append(pair)
    return out


def run(half_events: list[dict], score, score_event, new_score) -> tuple[object, list[str]]:
    """Score ``half_events`` again with their left-apart pairs aligned: the new
    score and the lines to print (each forced pair's fate, then the judge rows
    that left values out, most frequent first)."""
    forced = left_apart_by_event(score)
    ceiling = new_score()
    lines: list[str] = []
    rows: Counter = Counter()
    for event in half_events:
        pairs = forced.get(event["event"], [])
        with realcopy_why.forcing(pairs), realcopy_why.tracing() as trace:
            analysis = score_event(event, ceiling)
        for a, b, s in pairs:
            lines += [f"[{event['event']}] " + realcopy_why.if_aligned(trace, analysis, a, b, s)[0]]
            lines += ["  " + x for x in realcopy_why.if_aligned(trace, analysis, a, b, s)[1:]]
        rows += realcopy_why.blocking_rows(trace, pairs)
    n = sum(len(p) for p in forced.values())
    lines.append(f"pairs aligned by force: {n}; value pairs the judge still left out, by row:")
    lines += [f"  {k:3} {row}" for row, k in rows.most_common()]
    return ceiling, lines
