"""What the grouping had on two groups readers called one claim
(benchmarks.findings --why-split, issue 15 session 12)."""

from __future__ import annotations

from benchmarks.findings_splits import describe, kind, split_pairs
from workbench.model import Alignment, Analysis, Claim, ClaimGroup, Member


def _analysis(spec: dict[str, int], aligned: list[tuple[str, str]]) -> Analysis:
    claims = tuple(
        Claim(f"{art}:{i}", art, i, 10 * i, 10 * i + 9, f"sentence {i} of {art}")
        for art, n in spec.items()
        for i in range(n)
    )
    links = tuple(Alignment(x, y, 0.5) for x, y in aligned)
    return Analysis((), claims, (), links, ())


def _group(gid: str, *claims: str, again: tuple[str, ...] = ()) -> ClaimGroup:
    members = []
    for c in claims:
        art = c.split(":")[0]
        members.append(Member(art, (c,), 0.5, tuple(a for a in again if a.startswith(art))))
    return ClaimGroup(gid, tuple(members))


def test_a_source_stating_the_claim_twice_shares_a_source():
    an = _analysis({"A": 4, "B": 1, "C": 1}, [("A:0", "B:0"), ("A:3", "C:0")])
    head, later = _group("g1", "A:0", "B:0"), _group("g2", "A:3", "C:0")
    d = describe(an, head, later, evidence=set())
    # B:0-C:0, A:0-C:0, B:0-A:3: none aligned; every partner is in one of the two
    assert d == {"shared": 1, "cross": 3, "aligned": 0, "evidence": 0, "contrary": 0}
    assert kind(d) == "share a source"
    # C:0 paired with A:1 too: A:0-C:0 has a contrary partner (another sentence of A)
    an = _analysis({"A": 4, "B": 1, "C": 1}, [("A:0", "B:0"), ("A:3", "C:0"), ("A:1", "C:0")])
    assert describe(an, head, later, evidence=set())["contrary"] == 1


def test_other_sources_with_some_cross_pairs_aligned_and_a_contrary_partner():
    # A:0 was aligned with D:1, another sentence of D: a contrary partner for A:0-D:0
    an = _analysis(
        {"A": 1, "B": 1, "C": 1, "D": 2},
        [("A:0", "B:0"), ("C:0", "D:0"), ("A:0", "C:0"), ("B:0", "C:0"), ("A:0", "D:1")],
    )
    first, second = _group("g1", "A:0", "B:0"), _group("g2", "C:0", "D:0")
    evidence = {frozenset(("A:0", "C:0"))}
    d = describe(an, first, second, evidence)
    assert d == {"shared": 0, "cross": 4, "aligned": 2, "evidence": 1, "contrary": 1}
    assert kind(d) == "other sources, some cross pairs aligned"


def test_kinds_of_groups_of_other_sources():
    none = {"shared": 0, "cross": 4, "aligned": 0, "evidence": 0, "contrary": 0}
    every = {**none, "aligned": 4}
    assert kind(none) == "other sources, no cross pair aligned"
    assert kind(every) == "other sources, every cross pair aligned"


def test_restatements_count_as_members_of_their_group():
    an = _analysis({"A": 3, "B": 1, "C": 1}, [("A:2", "C:0")])
    first = _group("g1", "A:0", "B:0", again=("A:2",))
    d = describe(an, first, _group("g2", "C:0", "B:0"), evidence=set())
    assert d["aligned"] == 1 and d["shared"] == 1


def test_split_pairs_as_the_score_counts_them():
    lead = {"members": [["a", "x"]], "one_claim": True, "odd_members": [], "same_as": []}
    other = {"members": [["b", "y"]], "one_claim": True, "odd_members": [], "same_as": []}
    said_same = {"members": [["c", "z"]], "one_claim": True, "odd_members": [], "same_as": []}
    said_same["same_as"] = [other["members"]]
    covers = [[lead], [lead], [other], [said_same], None]
    # two parts of one judged claim, and two judged groups a reader called one claim
    assert split_pairs(covers) == [(0, 1), (2, 3)]
    lead["one_claim"] = False
    assert split_pairs(covers) == [(2, 3)]
