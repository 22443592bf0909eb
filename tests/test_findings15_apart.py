"""Claims that never share a group whatever their alignments (issue 15, impure
groups of readers G9 and G10): two stages of a case, a source's two quoted
statements of one speaker, and a restatement that matches another sentence of
a member's source better than the member (``findings.apart``,
``groups._restatements_fit``)."""

from __future__ import annotations

from conftest import claims_of

from workbench import findings
from workbench.facts.happenings import DATED
from workbench.findings.apart import (
    CASE_STAGES,
    different_claims,
    other_stages,
    other_statements,
    stages,
)
from workbench.model import Alignment, Claim, Fact

_claims = claims_of


def _always(a: str, b: str) -> float:
    return 1.0


def test_stages_of_a_case_read_from_the_sentence():
    assert stages("Police detained two men near the border on Sunday") == {"arrested"}
    assert stages("The mayor was indicted by a grand jury") == {"charged"}
    assert stages("She was found guilty and sentenced to nine years") == {
        "convicted",
        "sentenced",
    }
    # a word that only contains a stage's letters names none
    assert stages("The patient was discharged from hospital on Friday") == frozenset()
    assert stages("Flood waters rose over the bridge") == frozenset()


def test_different_stages_are_different_claims_and_two_stages_go_with_either():
    arrest = "Officers arrest teacher over school fire"
    charge = "Teacher charged over school fire"
    assert other_stages(arrest, charge)
    assert not other_stages(arrest, "Teacher held by officers, arrested over the fire")
    both = "The teacher, arrested on Monday, was charged with arson on Tuesday"
    assert not other_stages(both, arrest) and not other_stages(both, charge)
    # a sentence naming no stage is never kept apart by this rule
    assert not other_stages("The school burned down overnight", charge)


def test_two_quoted_statements_and_one_held_in_the_other():
    assert other_statements(
        ["We will rebuild the library by spring"], ["Nobody expected the storm to hit us"]
    )
    # a headline quoting part of the lead's quotation: one statement
    assert not other_statements(
        ["rebuild the library"], ["We will rebuild the library by spring, whatever it costs"]
    )
    # punctuation and case do not make two statements
    assert not other_statements(["It’s over — we lost"], ["it's over, we lost"])
    assert not other_statements([], ["We will rebuild the library by spring"])


def _quote(fid: str, claim: Claim, quoted: str) -> Fact:
    start = claim.text.index(quoted)
    return Fact(
        fid,
        claim.id,
        claim.article,
        "quote",
        claim.start + start,
        claim.start + start + len(quoted),
        f"“{quoted}”",
        {"quote": quoted},
    )


def test_a_source_quoting_two_statements_keeps_them_apart_other_sources_not():
    claims = _claims(
        {
            "A": [
                "“We will rebuild the library by spring,” the mayor said.",
                "“Nobody expected the storm to hit us so hard,” she added.",
            ],
            "B": ["“Nobody expected the storm to hit us,” the mayor told reporters."],
        }
    )
    by = {c.id: c for c in claims}
    facts = [
        _quote("f1", by["A:0"], "We will rebuild the library by spring,"),
        _quote("f2", by["A:1"], "Nobody expected the storm to hit us so hard,"),
        _quote("f3", by["B:0"], "Nobody expected the storm to hit us,"),
    ]
    test = different_claims(claims, facts)
    assert test("A:0", "A:1")  # one source, two statements
    assert not test("A:1", "B:0")  # the same statement, quoted in part
    assert not test("A:0", "B:0")  # other sources: the aligner decides


def test_a_group_never_holds_two_stages_however_strongly_aligned():
    claims = _claims(
        {
            "A": ["Officers arrest teacher over school fire"],
            "B": ["Teacher charged over school fire"],
            "C": ["Teacher charged with arson after school fire"],
        }
    )
    strong = [
        Alignment("A:0", "B:0", 0.95),
        Alignment("B:0", "C:0", 0.9),
        Alignment("A:0", "C:0", 0.9),
    ]
    # without the rule the strongest pair, arrest and charge, starts one group of three
    (group,) = findings.claim_groups(claims, strong, _always, join=strong)
    assert len(group.members) == 3
    apart = different_claims(claims, [])
    groups = findings.claim_groups(claims, strong, _always, join=strong, apart=apart)
    assert [sorted(m.article for m in g.members) for g in groups] == [["B", "C"]]


def test_a_group_without_the_rule_takes_the_arrest():
    claims = _claims(
        {
            "A": ["Officers arrest teacher over school fire"],
            "B": ["Teacher charged over school fire"],
        }
    )
    strong = [Alignment("A:0", "B:0", 0.95)]
    assert len(findings.claim_groups(claims, strong, _always, join=strong)) == 1
    apart = different_claims(claims, [])
    assert findings.claim_groups(claims, strong, _always, join=strong, apart=apart) == ()


def _restating(score_elsewhere: float):
    """Group {A:1, B:0, C:0} (a producer's statement); A:0 (a lead) is aligned
    with B:0 and C:0 and is A's restatement candidate; B:1, a sentence of B in
    another group {B:1, D:0}, is aligned with A:0 at ``score_elsewhere``."""
    claims = _claims(
        {
            "A": ["a lead naming the producers", "the producers' statement"],
            "B": ["the producers' statement", "the lead's own claim"],
            "C": ["the producers' statement"],
            "D": ["the lead's own claim"],
        }
    )
    strong = [
        Alignment("A:1", "B:0", 0.95),
        Alignment("A:1", "C:0", 0.95),
        Alignment("B:0", "C:0", 0.95),
        Alignment("B:1", "D:0", 0.95),
    ]
    weak = [
        Alignment("A:0", "B:0", 0.6),
        Alignment("A:0", "C:0", 0.6),
        Alignment("A:0", "B:1", score_elsewhere),
    ]
    groups = findings.claim_groups(claims, strong, _always, join=strong + weak)
    return next(g for g in groups if any(m.article == "C" for m in g.members))


def test_a_restatement_matching_another_sentence_of_a_member_better_stays_out():
    group = _restating(0.7)
    assert {m.article: m.restated for m in group.members}["A"] == ()


def test_a_restatement_best_matched_within_the_group_joins():
    group = _restating(0.5)
    assert {m.article: m.restated for m in group.members}["A"] == ("A:0",)


def test_the_case_stages_are_the_judges_lexicon():
    # repeated in findings (the review log may not import the facts): kept equal
    judge = {name: rx.pattern for name, rx in DATED}
    assert {name: judge[name] for name, _ in CASE_STAGES} == dict(CASE_STAGES)


def _two_pairs(evidence: list[tuple[str, str]], other: list[tuple[str, str]]):
    """Groups {A, B} and {C, D} (one deal told by two pairs of outlets in long
    sentences); ``evidence``: cross pairs aligned as grouping evidence,
    ``other``: cross pairs aligned below the wording floor."""
    claims = _claims({x: [f"{x}'s sentence on the deal"] for x in "ABCD"})
    strong = [Alignment("A:0", "B:0", 0.9), Alignment("C:0", "D:0", 0.9)]
    join = strong + [Alignment(f"{x}:0", f"{y}:0", 0.6) for x, y in evidence]
    aligned = join + [Alignment(f"{x}:0", f"{y}:0", 0.6) for x, y in other]
    return findings.claim_groups(claims, strong, _always, join=join, aligned=aligned)


def test_two_groups_every_cross_pair_aligned_half_of_them_evidence_join():
    (group,) = _two_pairs([("A", "C"), ("B", "C")], [("A", "D"), ("B", "D")])
    assert [m.article for m in group.members] == ["A", "B", "C", "D"]


def test_two_groups_with_a_cross_pair_never_aligned_or_little_evidence_stay_apart():
    assert len(_two_pairs([("A", "C"), ("B", "C")], [("A", "D")])) == 2
    assert len(_two_pairs([("A", "C")], [("B", "C"), ("A", "D"), ("B", "D")])) == 2
