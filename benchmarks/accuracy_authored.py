"""Authored-clusters section: two events written with an answer key by a
reporter who never saw the code, judged by fresh readers (held out; counts
from ``benchmarks.authored``, protocol in ``benchmarks/authored_data/PROTOCOL.md``)."""

from __future__ import annotations

import sys

from benchmarks.accuracy import Row
from benchmarks.authored import measure

SECTION = "Authored clusters (answer key by a reporter who never saw the code; held out)"
TARGETS = {"conflict": 0.90, "consistent": 0.90, "unresolved": 0.90}
NOTES = [
    "Two events (a train derailment, an acquisition), six articles each from invented outlets,",
    "wire copy shared by two of them, publication dates a day or a week apart; 26 planted",
    "discrepancies, 2 unclear items and 44 traps (the same fact told in other units, words or",
    "days), written by a helper briefed as a reporter who never saw the code (session 22). Every",
    "flag was judged by a fresh reader against the articles and the key. Like test2 and test3,",
    "the set is held out: totals only. Hand-written copy flatters (real copy is the measure):",
    "conflict precision here is far above the held-out real-copy half.",
]


def run(quick: bool = False) -> list[Row]:
    if quick:
        return []
    t = measure()
    dataset = f"authored clusters ({t['events']} events, 6 articles each)"
    rows = [
        Row(
            SECTION,
            "authored.flags_per_pair",
            dataset,
            "flags per article pair",
            t["flags"] / max(1, t["pairs"]),
            t["pairs"],
        ),
    ]
    if t["unjudged"]:
        print(f"authored: precision not scored, {t['unjudged']} flags unjudged", file=sys.stderr)
    for v, n in t["verdicts"].items():
        if not n or t["unjudged"]:
            continue
        right, border = t["by"][(v, "right")], t["by"][(v, "borderline")]
        rows.append(
            Row(
                SECTION,
                f"authored.{v}_precision",
                dataset,
                f"precision of {v} flags (borderline counted wrong)",
                right / n,
                n,
                "judged by fresh readers",
                TARGETS[v],
                note=f"borderline as right: {(right + border) / n:.2f}",
            )
        )
    if t["items"]:
        rows.append(
            Row(
                SECTION,
                "authored.key_recall",
                dataset,
                "key recall (planted discrepancies and unclear items shown)",
                t["found"] / t["items"],
                t["items"],
                note=f"{t['found']} of {t['items']}",
            )
        )
    if t["traps"]:
        rows.append(
            Row(
                SECTION,
                "authored.trap_alarms",
                dataset,
                "traps called a conflict",
                t["alarms"] / t["traps"],
                t["traps"],
                at_most=True,
                note=f"{t['alarms']} of {t['traps']}",
            )
        )
    return rows
