"""A source in a finding's versions never reads "not compared" (◌) nor "leaves
it out" (∅) in the coverage row of that finding's claim (trial 31: a date
finding listed 42_4, 42_11 and 42_12 as versions A, A and C while their row
marked them ◌, "similar sentence, not compared"). A finding compares sentences
outside its claim group (aligned below the grouping's limit, or compared across
articles): those sources are neither credited with the claim (trial 30) nor
said to leave it out; the row gives them their version's letter in lower case.
A name compared across whole articles stays out of it (trial 30)."""

from __future__ import annotations

from types import SimpleNamespace as NS

from conftest import SEEDS

from workbench import findings
from workbench.analysis import analyze
from workbench.articles import load_articles
from workbench.cli_coverage import _cells
from workbench.model import ClaimGroup, Member


def _group(gid: str, carried: str, aligned: str = "") -> ClaimGroup:
    members = tuple(Member(a, (f"{a}:0",), 1.0) for a in carried)
    return ClaimGroup(gid, members, aligned=tuple(aligned))


def _finding(group: str, kind: str, *versions: str):
    return NS(
        id="F1",
        group=group,
        kind=kind,
        verdict="unresolved",
        versions=tuple(
            NS(value=f"v{n}", sources=tuple(v), sides=tuple(NS(article=a) for a in v))
            for n, v in enumerate(versions)
        ),
    )


def test_a_source_a_finding_compared_is_neither_omitted_nor_uncompared():
    g = _group("g1", "abc", aligned="d")
    f = _finding("g1", "date", "ab", "cde")  # d aligned weakly, e compared without
    (row,) = findings.coverage_of(list("abcdef"), [g], (), findings.compared_in([f]))
    assert row.carried == ("a", "b", "c")  # not credited with the claim
    assert row.aligned == ("d", "e") and row.omitted == ("f",)
    assert _cells(row, list("abcdef"), [f], 1) == "A A B b b ∅"


def test_a_later_finding_of_the_row_marks_what_it_compared():
    g = _group("g1", "ab", aligned="cd")
    first, second = _finding("g1", "date", "a", "b"), _finding("g1", "number", "ab", "c")
    (row,) = findings.coverage_of(list("abcd"), [g], (), findings.compared_in([first, second]))
    assert _cells(row, list("abcd"), [first, second], 1) == "A B + ◌"


def test_a_name_compared_across_whole_articles_credits_nothing():
    g = _group("g1", "ab")
    f = _finding("g1", "name", "abc", "d")
    (row,) = findings.coverage_of(list("abcd"), [g], (), findings.compared_in([f]))
    assert row.omitted == ("c", "d")
    assert _cells(row, list("abcd"), [f], 1) == "A A ∅ ∅"


def test_on_the_seeds_no_finding_source_reads_omitted_or_uncompared():
    analysis = analyze(load_articles([str(p) for p in SEEDS]))
    ids = [a.id for a in analysis.articles]
    rows = {c.group.id: c for c in findings.coverage(analysis)}
    checked = 0
    for f in analysis.findings:
        if f.group not in rows or f.kind in findings.WHOLE_ARTICLE:
            continue
        row = rows[f.group]
        # as the log reads a finding back: each version with its sources
        stored = NS(versions=[NS(sources=[s.article for s in v.sides]) for v in f.versions])
        cells = dict(zip(ids, _cells(row, ids, [stored], 1).split(), strict=True))
        for v in f.versions:
            for s in v.sides:
                assert s.article not in row.omitted
                assert cells[s.article] not in ("◌", "∅"), (f.id, s.article)
                checked += 1
    assert checked
