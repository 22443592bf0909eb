"""Claim groups with a source's restatement (issue 15), and coverage that agrees
with the alignment: a source with a sentence aligned to the claim never "omits" it."""

from __future__ import annotations

from datetime import date

from conftest import claims_of

from workbench import findings
from workbench.model import Alignment, Analysis, Article, Claim, Discrepancy, Side, Verdict
from workbench.store import ReviewLog

_claims = claims_of


def _never(a: str, b: str) -> float:
    return 0.0


def _always(a: str, b: str) -> float:
    return 1.0


# A's headline (A:0) and a later paragraph (A:2) state one claim; B and C each once.
CLAIMS = _claims({"A": ["a headline", "a2", "a later paragraph"], "B": ["b"], "C": ["c"]})
STRONG = [Alignment("A:0", "B:0", 0.9), Alignment("A:2", "C:0", 0.9)]
CROSS = [Alignment("A:0", "C:0", 0.5), Alignment("B:0", "C:0", 0.5), Alignment("B:0", "A:2", 0.5)]


def test_a_sources_restatement_is_recorded_in_the_group_not_a_second_group():
    (group,) = findings.claim_groups(CLAIMS, STRONG, _always, join=STRONG + CROSS)
    by = {m.article: m for m in group.members}
    assert set(by) == {"A", "B", "C"}
    assert by["A"].claims == ("A:0",) and by["A"].restated == ("A:2",)
    assert by["B"].restated == () and by["C"].restated == ()


def test_no_chaining_through_a_restatement():
    # B≈C was never aligned: A:0≈B and A:2≈C do not make B and C one claim
    groups = findings.claim_groups(CLAIMS, STRONG, _always, join=STRONG + CROSS[::2])
    assert sorted(len(g.members) for g in groups) == [2, 2]
    assert all(m.restated == () for g in groups for m in g.members)
    # the two sentences of A read as different claims: kept apart
    groups = findings.claim_groups(CLAIMS, STRONG, _never, join=STRONG + CROSS)
    assert sorted(len(g.members) for g in groups) == [2, 2]


def test_a_lone_restating_sentence_joins_only_when_aligned_with_every_other_source():
    claims = _claims({"A": ["a lead", "a restated"], "B": ["b"], "C": ["c"]})
    strong = [Alignment("A:0", "B:0", 0.9), Alignment("B:0", "C:0", 0.9)]
    strong.append(Alignment("A:0", "C:0", 0.9))
    weak = [Alignment("A:1", "B:0", 0.5), Alignment("A:1", "C:0", 0.5)]
    (group,) = findings.claim_groups(claims, strong, _always, join=strong + weak)
    assert {m.article: m.restated for m in group.members} == {"A": ("A:1",), "B": (), "C": ()}
    (group,) = findings.claim_groups(claims, strong, _always, join=strong + weak[:1])
    assert all(m.restated == () for m in group.members)


def _articles(ids: str) -> tuple[Article, ...]:
    return tuple(
        Article(x, f"{x}.txt", x, x.upper(), date(2021, 6, 23), "", "text", f"sha-{x}") for x in ids
    )


def test_a_source_with_an_aligned_sentence_does_not_omit_the_claim():
    # C's sentence was aligned with B's (too weakly to group); D has nothing
    claims = _claims({"A": ["a"], "B": ["b"], "C": ["c"], "D": ["d"]})
    strong = [Alignment("A:0", "B:0", 0.9)]
    weak = [Alignment("B:0", "C:0", 0.4)]
    (group,) = findings.claim_groups(claims, strong, _always, join=strong + weak)
    assert group.aligned == ("C",)
    (row,) = findings.coverage_of("ABCD", [group], ())
    assert row.carried == ("A", "B") and row.omitted == ("D",) and row.aligned == ("C",)


def test_restatements_and_aligned_sources_survive_the_review_log(tmp_path):
    claims = tuple(_claims({"A": ["a", "x", "a again"], "B": ["b"], "C": ["c"], "D": ["d"]}))
    al = (*STRONG, *CROSS, Alignment("B:0", "D:0", 0.4))
    side = Side("A", "A:2", 0, 1, "7", "7"), Side("C", "C:0", 0, 1, "9", "9")
    disc = Discrepancy("d1", "number", Verdict.CONFLICT, "7 vs 9", side)
    analysis = Analysis(_articles("ABCD"), claims, (), al, (disc,))
    built = findings.build(analysis, _always, group_score=0.9)
    (group,) = built.groups
    assert group.aligned == ("D",)
    (finding,) = built.findings
    assert finding.group == group.id  # the restatement's discrepancy is the group's
    log = ReviewLog(tmp_path / "log.sqlite")
    log.save_analysis(built)
    assert log.groups() == built.groups
    log.close()


def test_the_same_two_values_compared_in_several_pairs_are_one_finding():
    # a and c say 32, b and d say 86, in sentences never aligned across the pairs
    arts = _articles("abcd")
    claims = tuple(Claim(f"{x}:0", x, 0, 0, 30, "...") for x in "abcd")
    side = {
        x: Side(x, f"{x}:0", 5, 7, v, f"{v} yd")
        for x, v in zip("abcd", ["32", "86"] * 2, strict=True)
    }
    discs = (
        Discrepancy("d1", "number", Verdict.CONFLICT, "32 vs 86", (side["a"], side["b"])),
        Discrepancy("d2", "number", Verdict.CONFLICT, "32 vs 86", (side["c"], side["d"])),
        Discrepancy("d3", "number", Verdict.CONFLICT, "32 vs 86", (side["a"], side["d"])),
    )
    al = (Alignment("a:0", "b:0", 0.6), Alignment("c:0", "d:0", 0.6), Alignment("a:0", "d:0", 0.6))
    (f,) = findings.build(Analysis(arts, claims, (), al, discs), _never).findings
    assert f.discrepancies == ("d1", "d2", "d3") and len(f.versions) == 2
    assert {s.article for s in f.versions[0].sides} | {s.article for s in f.versions[1].sides} == {
        "a",
        "b",
        "c",
        "d",
    }
    # a third value compared with one of them stays a finding of its own
    sc = Side("c", "c:0", 5, 6, "7", "7 yd")
    odd = Discrepancy("d4", "number", Verdict.CONFLICT, "7 vs 86", (sc, side["b"]))
    al2 = (*al, Alignment("b:0", "c:0", 0.6))
    out = findings.build(Analysis(arts, claims, (), al2, (*discs[:2], odd)), _never).findings
    assert sorted(f.discrepancies for f in out) == [("d1", "d2"), ("d4",)]


def test_the_coverage_summary_names_who_omits_and_who_has_a_similar_sentence():
    import io

    from workbench.cli_findings import print_coverage

    claims = tuple(_claims({x: [f"claim of {x}", f"another claim of {x}"] for x in "abcde"}))
    al = tuple(Alignment(f"{x}:0", f"{y}:0", 0.9) for x, y in ("ab", "ac", "bc"))
    al += (Alignment("a:0", "d:0", 0.4),)
    # e shares another claim with b: it is of this story, and leaves g1 out (an
    # article that shares no claim at all is not counted: findings.offtopic)
    al += (Alignment("b:1", "e:1", 0.9),)
    built = findings.build(Analysis(_articles("abcde"), claims, (), al, ()), _always, 0.3, 0.9)
    out = io.StringIO()
    print_coverage(built, out)
    line = next(x for x in out.getvalue().splitlines() if x.startswith("  g1"))
    # trial 47 read "(a similar sentence in D)" as where E had it: said apart
    assert "left out by E; D has a similar sentence, neither carrying nor leaving it out" in line
