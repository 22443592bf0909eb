"""What would join the two groups of an outlet stating a claim twice
(benchmarks.findings_twice, issue 15 session 21)."""

from __future__ import annotations

from benchmarks.findings_twice import as_well, bridged, conflicting, label, shared_figures
from workbench.model import ClaimGroup, Discrepancy, Fact, Member, Side, Verdict

# made-up reports of a warehouse fire: the Herald tells the evacuation in its
# headline (H:0 "Forty workers evacuated as fire tears through Leeds warehouse")
# and again in its body (H:4 "All 40 staff on the night shift were led out
# safely, the fire service said."); the Post (P:1 "Some 40 employees were
# evacuated from the building") and the Courier (C:2 "Firefighters said the 40
# night-shift workers all got out unhurt.") once each


def _group(gid: str, *claims: str) -> ClaimGroup:
    return ClaimGroup(gid, tuple(Member(c.split(":")[0], (c,), 0.6) for c in claims))


def _score(table: dict[frozenset[str], float]):
    return lambda x, y: table.get(frozenset((x, y)), 0.0)


def _figure(claim: str, text: str, value: int, kind: str = "number") -> Fact:
    return Fact(
        f"f-{claim}-{text}", claim, claim.split(":")[0], kind, 0, len(text), text, {"n": value}
    )


def test_a_second_statement_aligning_as_well_as_the_first():
    head, body = _group("g1", "H:0", "P:1"), _group("g2", "H:4", "C:2")
    near = _score(
        {
            frozenset(("H:0", "P:1")): 0.70,
            frozenset(("H:4", "P:1")): 0.66,  # the body against the Post: nearly as well
            frozenset(("H:4", "C:2")): 0.72,
            frozenset(("H:0", "C:2")): 0.68,
        }
    )
    ratio = as_well(head, body, near)
    assert ratio is not None and 0.9 < ratio < 1.0
    # the body tells something else: far under what the headline scores
    far = _score(
        {
            frozenset(("H:0", "P:1")): 0.70,
            frozenset(("H:4", "P:1")): 0.21,
            frozenset(("H:4", "C:2")): 0.72,
            frozenset(("H:0", "C:2")): 0.68,
        }
    )
    ratio = as_well(head, body, far)
    assert ratio is not None and ratio < 0.5


def test_no_shared_source_no_ratio():
    assert as_well(_group("g1", "H:0", "P:1"), _group("g2", "C:2", "X:0"), _score({})) is None


def test_a_figure_both_groups_state_with_one_value():
    head, body = _group("g1", "H:0", "P:1"), _group("g2", "H:4", "C:2")
    facts = [_figure("H:0", "Forty", 40), _figure("C:2", "40", 40), _figure("H:4", "40", 40)]
    assert shared_figures(head, body, facts) == ["Forty"]
    # a count of 40 against one of 45: no figure shared; a date is no figure
    facts = [_figure("P:1", "40", 40), _figure("C:2", "45", 45), _figure("H:0", "1", 1, "date")]
    facts.append(_figure("H:4", "1", 1, "date"))
    assert shared_figures(head, body, facts) == []


def test_a_conflict_across_the_groups():
    head, body = _group("g1", "H:0", "P:1"), _group("g2", "H:4", "C:2")
    sides = (Side("P", "P:1", 0, 2, "40", "40"), Side("C", "C:2", 0, 2, "45", "45"))
    clash = Discrepancy("d1", "number", Verdict.CONFLICT, "40 vs 45", sides)
    assert conflicting(head, body, [clash])
    agree = Discrepancy("d2", "number", Verdict.CONSISTENT, "40 and forty", sides)
    assert not conflicting(head, body, [agree])
    inside = Side("H", "H:0", 0, 5, "Forty", "40")
    assert not conflicting(
        head, body, [Discrepancy("d3", "number", Verdict.CONFLICT, "", (inside, sides[0]))]
    )


def test_a_third_source_aligned_with_both_statements():
    head, body = _group("g1", "H:0", "P:1"), _group("g2", "H:4", "C:2")
    evidence = {frozenset(("H:0", "P:1")), frozenset(("H:4", "P:1")), frozenset(("H:4", "C:2"))}
    assert bridged(head, body, evidence)
    assert not bridged(head, body, {frozenset(("H:0", "P:1")), frozenset(("H:4", "C:2"))})


def test_labels_as_readers_judged():
    one = {"members": [], "one_claim": True, "same_as": []}
    mixed = {"members": [], "one_claim": False, "same_as": []}
    covers = [[one], [one], [mixed], None]
    assert label(0, 1, covers, {(0, 1)}) == "same"
    assert label(0, 1, covers, set()) == "different"
    assert label(0, 2, covers, set()) is None  # a judged group of two claims
    assert label(0, 3, covers, set()) is None  # a member never judged
