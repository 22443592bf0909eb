"""One happening dated on two calendar days in sentences the matching left
apart (align_dated; issue 11, session 36, eng121).

"HP's acquisition of EDS, announced officially on May 13" and "The
announcement may come as early as May 14" (ECB+ 44_ecb, real-copy dev2) give
one announcement two days in sentences sharing few words: they scored under
accept and were never compared. Two sentences scoring up to
``align.dated_partner`` below accept that each name a month and its day of one
named happening are aligned. The sentences below are made up.
"""

from __future__ import annotations

import math

import pytest
from conftest import write

from workbench import thresholds
from workbench.align_dated import ON, dated_partners, days_apart
from workbench.analysis import _happenings, analyze
from workbench.articles import load_articles
from workbench.model import Alignment, Claim

NAN = math.nan
DAY = 86400.0


YEAR = 2008.0


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ([("on:announced", NAN, 134.0)], [("on:announced", NAN, 135.0)], True),  # May 13 / 14
        ([("on:opened", YEAR, 60.0)], [("on:opened", YEAR, 66.0)], True),  # six days
        ([("on:opened", NAN, 365.0)], [("on:opened", NAN, 2.0)], True),  # Dec 30 / Jan 2
        ([("on:opened", YEAR, 365.0)], [("on:opened", YEAR + 1, 2.0)], True),  # over new year
        ([("on:opened", YEAR, 60.0)], [("on:opened", YEAR, 60.0)], False),  # the same day
        ([("on:opened", NAN, 155.0)], [("on:opened", NAN, 233.0)], False),  # June 3 / Aug 20
        ([("on:opened", YEAR, 60.0)], [("on:opened", YEAR + 1, 61.0)], False),  # a year apart
        ([("on:announced", NAN, 134.0)], [("on:launched", NAN, 135.0)], False),  # other things
        # a weekday or "yesterday" names no calendar day: only "when:", never "on:"
        ([("when:announced", NAN, NAN)], [("when:announced", NAN, NAN)], False),
        ([("when:charged", NAN, NAN), ("on:charged", NAN, 9.0)], [("when:charged", NAN, 1)], False),
        ([], [("on:charged", NAN, 9.0)], False),
    ],
)
def test_calendar_days_of_one_happening_apart(a, b, apart):
    assert days_apart(a, b, 7.0) is apart
    assert days_apart(b, a, 7.0) is apart


def _claims(*specs: tuple[str, int]) -> list[Claim]:
    return [Claim(f"{art}:{idx}", art, idx, 0, 1, f"{art} sentence {idx}") for art, idx in specs]


CLAIMS = _claims(("a", 0), ("a", 5), ("b", 0), ("b", 7))
ABOUT = [
    [],
    [("when:announced", NAN, NAN), (ON + "announced", NAN, 134.0)],  # "announced on May 13"
    [],
    [("when:announced", NAN, NAN), (ON + "announced", NAN, 135.0)],  # "as early as May 14"
]


def test_a_weak_pair_dating_one_happening_is_aligned_and_marked():
    out = [Alignment("a:0", "b:0", 0.7)]
    cands = [(0.7, 0, 2), (0.31, 1, 3), (0.2, 1, 2)]
    got = dated_partners(out, [cands], CLAIMS, ABOUT, 0.28, 7.0)
    assert got == [Alignment("a:5", "b:7", 0.31, opening=True)]
    assert got[0].opening  # no say on whether the two articles disagree on most values


def test_below_the_floor_or_aligned_already_it_adds_nothing():
    cands = [(0.7, 0, 2), (0.25, 1, 3)]
    assert dated_partners([], [cands], CLAIMS, ABOUT, 0.28, 7.0) == []
    aligned = [Alignment("a:5", "b:7", 0.31)]
    assert dated_partners(aligned, [[(0.31, 1, 3)]], CLAIMS, ABOUT, 0.28, 7.0) == []


def _run(tmp_path, a: list[str], b: list[str], table=thresholds.DEFAULT, published=""):
    front = f"---\ntitle: T\noutlet: {{}}\npublished: {published}\n---\n" if published else ""
    paths = [
        write(tmp_path, "a.md", front.format("Courier") + "\n".join(a) + "\n"),
        write(tmp_path, "b.md", front.format("Gazette") + "\n".join(b) + "\n"),
    ]
    return analyze(load_articles(paths), thresholds=table)


def _on_keys(found) -> dict[str, set[str]]:
    claims = {c.id: c.text for c in found.claims}
    return {
        claims[cid][:30]: {k for k, *_ in values if k.startswith(ON)}
        for cid, values in _happenings(found.claims, found.facts).items()
    }


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("The merger was announced officially on May 13 in Plano.", True),
        ("The merger was announced on 13 May 2008 in Plano.", True),
        ("The plant was opened on March 7th by the mayor.", True),
        ("The merger was announced on Tuesday in Plano.", False),  # a weekday
        ("The merger was announced yesterday in Plano.", False),  # counted from the paper's day
        ("The merger was announced today in Plano.", False),
        ("The merger was announced in May in Plano.", False),  # a month, no day
    ],
)
def test_only_a_month_and_its_day_name_a_calendar_day(tmp_path, sentence, named):
    found = _run(tmp_path, [sentence], ["Nothing happened."], published="2008-05-15")
    keys = {k for ks in _on_keys(found).values() for k in ks}
    assert bool(keys) is named, keys


LEAD_A = "Harlow Systems will buy the logistics firm Pendle Freight for $2.1 billion, it said."
LEAD_B = "Pendle Freight is to be bought by Harlow Systems in a $2.1 billion deal, it said."


def _dated_pair(tmp_path, when_a: str, when_b: str, table=thresholds.DEFAULT, published=""):
    a = [LEAD_A, f"Analysts expect the takeover, announced officially {when_a}, to cut costs."]
    b = [LEAD_B, f"The announcement may come {when_b}, a banker told the Gazette."]
    found = _run(tmp_path, a, b, table, published)
    return [x for x in found.alignments if x.left.endswith(":1") and x.right.endswith(":1")]


@pytest.mark.parametrize(
    ("when_a", "when_b", "aligned"),
    [
        ("on June 3", "as early as June 4", True),
        ("on 3 June", "as soon as 5 June", True),
        ("on March 30", "as early as April 2", True),
        ("on Tuesday", "as early as Wednesday", False),  # weekdays: no calendar day
        ("on June 3", "as early as August 20", False),  # weeks apart: two stages
        ("in June", "as early as July", False),  # months
    ],
)
def test_two_reports_dating_an_announcement(tmp_path, monkeypatch, when_a, when_b, aligned):
    # the sentences share few words: only the vectors make them a (weak) candidate
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "1")
    if thresholds.DEFAULT.align.embedding.accept != 0.40:
        pytest.skip("table changed")
    got = _dated_pair(tmp_path, when_a, when_b)
    assert bool(got) is aligned
    if got:
        assert all(x.opening and x.score < 0.40 for x in got)  # under accept, marked
    off = thresholds.with_value("align.dated_partner", -1.0)
    assert _dated_pair(tmp_path, when_a, when_b, off) == []


def test_an_undated_pair_of_days_is_shown_as_a_question(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "1")
    a = [LEAD_A, "Analysts expect the takeover, announced officially on June 3, to cut costs."]
    b = [LEAD_B, "The announcement may come as early as June 4, a banker told the Gazette."]
    found = _run(tmp_path, a, b)
    verdicts = [str(d.verdict) for d in found.discrepancies if "June" in d.explanation]
    assert verdicts == ["unresolved"]
