"""A finding says it was "decided when it was X" only when its own verdict
changed since the decision (fresh trial: a date edit turned one consistent
pair of a conflict finding into a conflict, and the window said the finding,
decided as the conflict it still was, had been "decided when it was
consistent; it is now conflict")."""

from __future__ import annotations

from workbench.store.records import DiscrepancyRecord, FindingRecord


def _pair(ident: str, verdict: str, was: str = "", status: str = "needs-correction"):
    return DiscrepancyRecord(
        id=ident,
        kind="date",
        verdict=verdict,
        explanation="",
        sides=(),
        left_article="a",
        right_article="b",
        active=True,
        first_seen="",
        last_seen="",
        moved_to="",
        moved_from="",
        status=status,
        note="",
        correction="",
        reviewer="Ann",
        updated="",
        correct_article="",
        orphaned=False,
        decided_under=was,
    )


def _finding(verdict: str, *members: DiscrepancyRecord) -> FindingRecord:
    return FindingRecord(
        id="F1",
        kind="date",
        verdict=verdict,
        explanation="",
        group="",
        versions=(),
        relations=(),
        correct=(),
        members=members,
        active=True,
        first_seen="",
        last_seen="",
    )


def test_a_pair_turning_into_a_conflict_inside_a_conflict_is_no_change_of_the_finding():
    f = _finding("conflict", _pair("1", "conflict"), _pair("2", "conflict", was="consistent"))
    assert f.decided_under == ""


def test_the_finding_changed_when_its_strongest_pair_did():
    f = _finding("consistent", _pair("1", "consistent", was="conflict"), _pair("2", "consistent"))
    assert f.decided_under == "conflict"
    g = _finding("conflict", _pair("1", "conflict", was="consistent"), _pair("2", "consistent"))
    assert g.decided_under == "consistent"
    h = _finding("unresolved", _pair("1", "unresolved", was="conflict"))
    assert h.decided_under == "conflict"


def test_pairs_added_since_the_decision_do_not_count_as_what_it_was():
    f = _finding(
        "conflict",
        _pair("1", "conflict", was="consistent"),
        _pair("2", "conflict", status="open"),  # joined since, undecided
    )
    assert f.decided_under == "consistent"
