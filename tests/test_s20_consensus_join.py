"""Two claim groups of different sources join through their consensus, not
every pair (findings.groups._consensus; issue 15, split groups): three
quarters of their cross pairs are joining alignments (one group of three
sources or more: two pairs of sources with a pair missing share a topic), each member is aligned
with half the other group or more, and no unaligned pair has a member the
aligner paired strongly with another sentence of the other's source. One
outlet's wording drifting under the limit against one other member ("Jackson
arrested on DUI charge" / "... has been arrested on suspicion of drink-
driving", 35_ecb) no longer splits a claim every other member agrees on;
chaining (A≈B, B≈C, A and C different) still never joins."""

from __future__ import annotations

import pytest
from conftest import claims_of

from workbench import findings
from workbench.model import Alignment

_claims = claims_of


def _never(a: str, b: str) -> float:
    return 0.0  # no wording reads alike: only alignments join


SPEC = {s: ["x0", "x1"] for s in "ABCDEF"}


def _build(left: str, right: str, missing: set[tuple[str, str]], extra=()):
    """Group ``left`` (sentences :0, strongly aligned with each other) and group
    ``right`` (the same); every cross pair weakly aligned but ``missing``."""
    strong = [
        Alignment(f"{x}:0", f"{y}:0", 0.9)
        for side in (left, right)
        for n, x in enumerate(side)
        for y in side[n + 1 :]
    ]
    weak = [
        Alignment(f"{x}:0", f"{y}:0", 0.5)
        for x in left
        for y in right
        if (x, y) not in missing and (y, x) not in missing
    ]
    strong += list(extra)
    return findings.claim_groups(_claims(SPEC), strong, _never, join=strong + weak)


def _sizes(groups) -> list[int]:
    return sorted(len(g.members) for g in groups)


@pytest.mark.parametrize(
    ("left", "right", "missing"),
    [
        ("AB", "CDE", {("B", "E")}),  # 5 of 6 (the 35_ecb headline and lead groups)
        ("ABC", "DEF", {("A", "D"), ("C", "F")}),  # 7 of 9, each member with 2 of 3
    ],
)
def test_groups_that_agree_but_for_a_pair_join(left, right, missing):
    (group,) = _build(left, right, missing)
    assert {m.article for m in group.members} == set(left + right)
    scores = {m.article: m.score for m in group.members}
    assert all(0 < v <= 0.9 for v in scores.values())  # an unaligned pair counts 0, not all


@pytest.mark.parametrize(
    ("left", "right", "missing"),
    [
        ("AB", "CDE", {("B", "E"), ("B", "D")}),  # 4 of 6: no consensus
        ("ABC", "DEF", {("A", "D"), ("A", "E")}),  # 7 of 9, but A aligned with 1 of 3
        ("AB", "CD", {("A", "C"), ("B", "D")}),  # half
        ("AB", "CD", {("A", "C")}),  # 3 of 4, but two pairs: a shared topic (test_findings)
    ],
)
def test_groups_without_consensus_stay_apart(left, right, missing):
    assert _sizes(_build(left, right, missing)) == [len(left), len(right)]


def test_a_member_paired_with_another_sentence_of_the_source_blocks_the_join():
    # B:0 was aligned strongly with E:1, another sentence of E: the aligner
    # read B's claim as E:1's, not E:0's
    groups = _build("AB", "CDE", {("B", "E")}, extra=[Alignment("B:0", "E:1", 0.8)])
    assert all(len(g.members) < 5 for g in groups)


def test_a_lone_sentence_or_a_pair_never_chains_through_consensus():
    # A≈B strongly, B≈C weakly; A and C never aligned: one pair and a lone
    # sentence are no consensus (a lone sentence joins only as a restatement)
    claims = _claims({"A": ["a"], "B": ["b"], "C": ["c"]})
    strong = [Alignment("A:0", "B:0", 0.9)]
    weak = [Alignment("B:0", "C:0", 0.5)]
    groups = findings.claim_groups(claims, strong, _never, join=strong + weak)
    assert [sorted(m.article for m in g.members) for g in groups] == [["A", "B"]]
