"""Trial 44 (P10): "1 of its 8 source pairs not decided yet: A / B (a source
added since, an edit that regrouped the pairs, or pairs decided one by one)"
named three causes; the log knows the one that happened (``why_open``)."""

from __future__ import annotations

from workbench.store import DiscrepancyRecord, SideRecord
from workbench.store.why_open import why_open

DECIDED_AT = "2026-12-01T10:00:00Z"


def _pair(ident, left, right, status="open", first="2026-12-01T09:00:00Z", updated="", sha=None):
    sha = sha or {}
    sides = tuple(
        SideRecord(a, f"{a}-c", 0, 3, "two", "2", "Two were hurt.", sha.get(a, f"sha-{a}"))
        for a in (left, right)
    )
    return DiscrepancyRecord(
        ident, "number", "conflict", "", sides, left, right, True, first, first, "", "",
        status, "", "", "ed" if status != "open" else "", updated, "", False,
    )  # fmt: skip


def _decided(*pairs, at=DECIDED_AT):
    return [_pair(f"d{n}", a, b, "disputed", updated=at) for n, (a, b) in enumerate(pairs)]


def test_a_pair_found_after_the_decision_on_the_same_texts_is_a_date_given_since():
    members = [*_decided(("post", "mail"), ("post", "star")),
               _pair("n", "mail", "star", first="2026-12-02T08:00:00Z")]  # fmt: skip
    why = why_open(members)
    assert "found by the check of 2026-12-02 08:00, after the decision of 2026-12-01 10:00" in why
    assert "publication date given or changed" in why
    assert "added" not in why and "edited" not in why and "one by one" not in why


def test_a_pair_of_an_article_edited_since_says_which():
    later = _pair("n", "mail", "star", first="2026-12-03T08:00:00Z", sha={"star": "new"})
    members = [*_decided(("post", "mail"), ("post", "star")), later]
    why = why_open(members)
    assert why.endswith("star edited since") and "publication date" not in why


def test_a_source_no_decided_pair_compared_is_added_since():
    later = _pair("n", "mail", "globe", first="2026-12-03T08:00:00Z")
    members = [*_decided(("post", "mail")), later]
    assert why_open(members).endswith("globe added since")


def test_a_pair_found_before_a_decision_made_at_once_was_grouped_here_since():
    members = [*_decided(("post", "mail"), ("post", "star")), _pair("n", "mail", "star")]
    why = why_open(members)
    assert "in another finding when this one was decided" in why and "grouped it here" in why


def test_pairs_decided_at_several_times_were_decided_one_by_one():
    members = [
        *_decided(("post", "mail")),
        *_decided(("post", "star"), at="2026-12-01T11:00:00Z"),
        _pair("n", "mail", "star"),
        _pair("m", "mail", "globe"),
    ]
    assert why_open(members) == "its pairs were decided one by one; the 2 pairs were not"


def test_nothing_is_said_of_an_undecided_or_a_wholly_decided_finding():
    assert why_open([_pair("n", "a", "b"), _pair("m", "a", "c")]) == ""
    assert why_open(_decided(("a", "b"), ("a", "c"))) == ""
