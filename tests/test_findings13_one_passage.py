"""Two groups of one claim that share a source join when that source told the
claim in two neighbouring sentences and another source's sentence was aligned
with both (findings.groups._one_passage; issue 15, split groups). The two
sentences need not read alike: "A judge sentenced him Saturday to multiple
life terms." / "Judge Mead gave him seven consecutive life sentences."."""

from __future__ import annotations

from conftest import claims_of

from workbench import findings
from workbench.model import Alignment

_claims = claims_of


def _never(a: str, b: str) -> float:
    return 0.0  # no two sentences read alike: only alignments and neighbours join


def _groups(b_second: int, b_first_aligned: bool = True):
    """A:0 and C:0 with B's sentence ``b_second``; D:0 with B:0. Every cross
    pair aligned weakly, except A:0~B:0 when not ``b_first_aligned``."""
    claims = _claims(
        {"A": ["a"], "B": ["b0", "b1", "b2", "b3"], "C": ["c"], "D": ["d"]},
    )
    second = f"B:{b_second}"
    strong = [
        Alignment("A:0", second, 0.9),
        Alignment("C:0", second, 0.9),
        Alignment("A:0", "C:0", 0.9),
        Alignment("B:0", "D:0", 0.9),
    ]
    weak = [
        Alignment("A:0", "D:0", 0.5),
        Alignment("C:0", "D:0", 0.5),
        Alignment("C:0", "B:0", 0.5),
        Alignment(second, "D:0", 0.5),
    ]
    if b_first_aligned:
        weak.append(Alignment("A:0", "B:0", 0.5))
    return findings.claim_groups(claims, strong, _never, join=strong + weak)


def test_neighbouring_sentences_of_one_source_join_two_groups():
    (group,) = _groups(1)
    by = {m.article: m for m in group.members}
    assert set(by) == {"A", "B", "C", "D"}
    assert sorted((*by["B"].claims, *by["B"].restated)) == ["B:0", "B:1"]


def test_sentences_far_apart_stay_in_two_groups():
    groups = _groups(3)
    assert sorted(len(g.members) for g in groups) == [2, 3]


def test_every_cross_pair_must_still_be_aligned():
    groups = _groups(1, b_first_aligned=False)
    assert sorted(len(g.members) for g in groups) == [2, 3]
