"""Merging claim groups that state one claim, scored over every pair of members
(issue 15): complete linkage, so A≈B and B≈C never merge A with C when A and C
differ; a member the aligner paired with another sentence of the other source
blocks the merge; groups sharing a source are never merged; and every
pair-level discrepancy stays in exactly one finding."""

from __future__ import annotations

from datetime import date

from conftest import claims_of

from workbench import findings
from workbench.model import Alignment, Analysis, Article, Discrepancy, Side, Verdict

_claims = claims_of


def _scored(table: dict[frozenset[str], float]):
    """A similarity read from a table of text pairs (0 for any other pair)."""
    return lambda a, b: table.get(frozenset((a, b)), 0.0)


def _members(groups) -> list[set[str]]:
    return [{c for m in g.members for c in (*m.claims, *m.restated)} for g in groups]


# Two groups of the same claim in other words: A-B (aligned) and C-D (aligned);
# the aligner paired no sentence across them, but every cross pair reads alike.
CLAIMS = _claims({"A": ["a"], "B": ["b"], "C": ["c"], "D": ["d"]})
ALIGNED = [Alignment("A:0", "B:0", 0.9), Alignment("C:0", "D:0", 0.9)]
ALIKE = {frozenset((x, y)): 0.5 for x in "ab" for y in "cd"}


def test_groups_merge_when_every_cross_pair_of_members_scores_the_limit():
    groups = findings.claim_groups(CLAIMS, ALIGNED, _scored({}))
    assert len(groups) == 2
    (merged,) = findings.merge_same_claims(groups, CLAIMS, ALIGNED, _scored(ALIKE), 0.45)
    assert merged.id == "g1"
    assert {m.article for m in merged.members} == {"A", "B", "C", "D"}
    # one cross pair below the limit keeps the two apart
    weak = {**ALIKE, frozenset("bd"): 0.3}
    kept = findings.merge_same_claims(groups, CLAIMS, ALIGNED, _scored(weak), 0.45)
    assert kept == groups


def test_no_chaining_a_like_b_and_b_like_c_never_merge_a_with_c():
    claims = _claims({"A": ["a"], "B": ["b"], "C": ["c"], "D": ["d"], "E": ["e"], "F": ["f"]})
    aligned = [
        Alignment("A:0", "B:0", 0.9),
        Alignment("C:0", "D:0", 0.9),
        Alignment("E:0", "F:0", 0.9),
    ]
    # group AB reads like CD, CD like EF, but AB not like EF
    table = {frozenset((x, y)): 0.6 for x in "ab" for y in "cd"}
    table |= {frozenset((x, y)): 0.5 for x in "cd" for y in "ef"}
    groups = findings.claim_groups(claims, aligned, _scored({}))
    out = findings.merge_same_claims(groups, claims, aligned, _scored(table), 0.45)
    assert sorted(map(sorted, _members(out))) == [["A:0", "B:0", "C:0", "D:0"], ["E:0", "F:0"]]


def test_a_member_aligned_with_another_sentence_of_the_other_source_blocks_the_merge():
    claims = _claims({"A": ["a"], "B": ["b"], "C": ["c", "c2"], "D": ["d"]})
    # A:0's partner in C is C:1, not the group's C:0: the aligner judged them different
    aligned = [*ALIGNED, Alignment("A:0", "C:1", 0.45)]
    groups = findings.claim_groups(claims, aligned, _scored({}), join=aligned)
    assert len(groups) == 2
    assert findings.merge_same_claims(groups, claims, aligned, _scored(ALIKE), 0.45) == groups


def test_groups_sharing_a_source_are_never_merged():
    claims = _claims({"A": ["a", "a again"], "B": ["b"], "C": ["c"]})
    aligned = [Alignment("A:0", "B:0", 0.9), Alignment("A:1", "C:0", 0.9)]
    texts = ("a", "a again", "b", "c")
    table = {frozenset((x, y)): 0.9 for x in texts for y in texts}  # all read alike
    groups = findings.claim_groups(claims, aligned, _scored({}))
    assert len(groups) == 2
    assert findings.merge_same_claims(groups, claims, aligned, _scored(table), 0.45) == groups


def _analysis() -> Analysis:
    arts = tuple(Article(a, f"{a}.txt", a, a, date(2024, 1, 1), "", "x", a) for a in "ABCD")
    discs = []
    for n, (x, y, vx, vy) in enumerate([("A", "B", "24", "25"), ("C", "D", "24", "5")]):
        sides = (Side(x, f"{x}:0", 0, 1, vx, vx), Side(y, f"{y}:0", 0, 1, vy, vy))
        discs.append(Discrepancy(f"d{n}", "number", Verdict.CONFLICT, "differ", sides))
    return Analysis(arts, tuple(CLAIMS), (), tuple(ALIGNED), tuple(discs))


def test_merging_keeps_every_discrepancy_in_exactly_one_finding_and_is_off_by_default():
    # no limit: groups as the aligner's pairs made them (the grouping's own
    # similarity reads the cross pairs unlike, so ``nearbest`` joins nothing either)
    plain = findings.build(_analysis(), _scored({}), merge_similar=_scored(ALIKE))
    assert len(plain.groups) == 2
    merged = findings.build(
        _analysis(), _scored({}), merge_limit=0.45, merge_similar=_scored(ALIKE)
    )
    assert len(merged.groups) == 1
    held = sorted(d for f in merged.findings for d in f.discrepancies)
    assert held == ["d0", "d1"]
    assert {f.group for f in merged.findings} == {"g1"}
