"""Two bare weekdays, both in reports without a publication date (issue 11,
session 37; real copy dev 36_ecb: 'filed charges on Wednesday' / 'The charges
were filed Tuesday' was a question 'needs that article's publication date'):
whatever the weeks, two different weekdays are never one day, a conflict. The
same weekday, a part of a day or a bound stays a question."""

from __future__ import annotations

import pytest

from workbench.facts.time import find_times
from workbench.facts.time.compare import compare


def _one(text: str):
    (m,) = find_times(text, None)
    return m


@pytest.mark.parametrize(
    ("left", "right", "verdict"),
    [
        (
            "Charges were filed on Wednesday against the leader, media reported.",
            "The criminal charges were filed Tuesday in Creston.",
            "conflict",
        ),
        (
            "The ferry ran aground on Saturday, the coastguard said.",
            "The vessel struck the rocks on Sunday.",
            "conflict",
        ),
        (
            "Shares were suspended Monday pending the announcement.",
            "Trading in the shares stopped on Friday.",
            "conflict",
        ),
        ("The minister resigned on Thursday.", "The minister quit on Thursday.", "unresolved"),
        ("The fire broke out on Tuesday night.", "The fire started on Wednesday.", "unresolved"),
        ("The plan must be filed by Friday.", "The plan was filed on Thursday.", "unresolved"),
    ],
)
def test_two_undated_weekdays(left: str, right: str, verdict: str) -> None:
    a, b = _one(left), _one(right)
    for x, y in ((a, b), (b, a)):
        got = compare(x, y, "A", "B")
        if verdict == "conflict":
            assert str(got.verdict) == "conflict", got.explanation
            assert "different weekday" in got.explanation
        else:  # the same weekday may be one day ("identical") or a week apart
            assert str(got.verdict) in ("unresolved", "identical"), got.explanation


@pytest.mark.parametrize(
    ("undated", "stated", "said"),
    [
        (
            "killing two young women 41 years ago",
            "in the 1967 killings",
            "is 1967 if A appeared in 2008",
        ),
        (
            "the plant opened ten years ago",
            "the plant opened in 2001",
            "is 2001 if A appeared in 2011",
        ),
        (
            "he was arrested three days ago",
            "he was arrested on March 12, 2008",
            "appeared on Sat 15 Mar 2008",
        ),
        ("the storm hit last year", "the storm hit in 2007", ""),
    ],
)
def test_an_undated_count_back_says_what_would_settle_it(undated, stated, said):
    a = _one(f"Police said {undated}, officials confirmed.")
    (b,) = find_times(f"Records show {stated}, officials confirmed.", None)
    got = compare(a, b, "A", "B")
    assert str(got.verdict) == "unresolved", got.explanation
    if said:
        assert said in got.explanation
    else:
        assert " if A appeared " not in got.explanation
