"""Session 42 (user trial 49, problem 5): the 'In short' line of a finding of
many versions names the majority and every dissenting version by value and
source, and never one pair's reason as the finding's ("conflict: 4.875 months
is shorter than 4 years" on the LaRue finding of six versions)."""

from __future__ import annotations

from workbench.findings.headline import gist, headline

NAMES = {f"a{i}": f"Paper {i}" for i in range(1, 20)}
WHY = (
    "Why: four months = 4 months vs 412 months: 4 months is shorter than 412 months; "
    "four months = 4 months vs four and a half months = 4.5 months: 4 months is shorter "
    "than 4.5 months; more than four years vs 4½ months: 4.875 months is shorter than 4 years"
)


def test_every_dissenting_version_is_named_by_value_and_source():
    versions = [
        ("four and a half months", ["a1", "a2", "a3", "a4", "a5"]),
        ("4½ months", ["a6", "a7"]),
        ("four months", ["a8"]),
        ("412 months", ["a9"]),
        ("five months", ["a10"]),
        ("more than four years", ["a11"]),
    ]
    line = headline("duration", "conflict", versions, NAMES, WHY)
    assert line.startswith("Paper 1, Paper 2 (+3) say ‘four and a half months’; ")
    for value, (first, *_rest) in versions[1:]:
        assert f"{NAMES[first]}" in line and f"‘{value}’" in line
    assert "Paper 6 (+1) say ‘4½ months’" in line
    assert line.endswith(" — conflict")  # no one pair's reason
    assert "more version" not in line


def test_one_pairs_reason_is_not_the_findings_but_a_shared_one_is():
    assert gist(WHY, "conflict") == "4.875 months is shorter than 4 years"  # two versions
    assert gist(WHY, "conflict", several=True) == ""
    shared = "Why: Friday vs Saturday: different weekday; Friday vs Sunday: different weekday"
    assert gist(shared, "conflict", several=True) == "different weekday"
