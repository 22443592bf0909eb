"""End-to-end accuracy section: the project's own labelled article pairs.

Pairs 01–16 were written first and the engine was tuned while looking at
them ("development"); pairs 17 and up were written later by someone who had
not seen the engine, and were measured before any change made for them
("held-out"). Both are reported, so the held-out numbers show how well the
tuning generalises.
"""

from __future__ import annotations

from benchmarks.accuracy import Row
from benchmarks.pairs import evaluate_pair, folders, summarise

HELD_OUT_FROM = 17
SECTION = "End to end (own labelled pairs)"
TARGETS = {
    "alignment_f1": 0.95,
    "discrepancy_recall": 0.95,
    "verdict_accuracy": 0.90,
    "conflict_precision": 0.90,
}
LABELS = {
    "alignment_f1": "alignment F1",
    "alignment_precision": "alignment precision",
    "alignment_recall": "alignment recall",
    "discrepancy_recall": "discrepancy recall",
    "verdict_accuracy": "verdict accuracy (found discrepancies)",
    "conflict_precision": "precision of conflicts",
}


def _split(held_out: bool) -> list:
    out = []
    for f in folders():
        number = int(f.name.split("_", 1)[0])
        if (number >= HELD_OUT_FROM) == held_out:
            out.append(f)
    return out


def run(quick: bool = False) -> list[Row]:
    rows: list[Row] = []
    for name, held_out in (("development", False), ("held-out", True)):
        chosen = _split(held_out)
        if quick:
            chosen = chosen[:6]
        if not chosen:
            continue
        results = [evaluate_pair(f) for f in chosen]
        summary = summarise(results)
        for metric, label in LABELS.items():
            rows.append(
                Row(
                    section=SECTION,
                    key=f"pairs.{name.replace('-', '_')}.{metric}",
                    dataset=f"{name} pairs ({len(chosen)})",
                    metric=label,
                    value=summary[metric],
                    n=len(chosen),
                    anchor="targets from the accuracy issue",
                    target=TARGETS.get(metric),
                    note="tuned on" if not held_out else "written blind, not tuned on",
                )
            )
    return rows
