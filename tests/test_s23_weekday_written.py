"""A weekday written with a date it does not fall on ("Monday, March 10" in 2026,
a Tuesday): the date is kept, the reading says it is not that weekday, and against
another report of the same day the pair is a conflict — one of the two words is
wrong and an editor corrects it. Found on the session-23 development clusters
(a ferry capsized "on Monday, March 10"); the cases here are our own."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import compare, find_times
from workbench.model import Verdict

PUB = date(2026, 3, 12)  # a Thursday


def one(sentence: str, published: date = PUB):
    (m,) = [t for t in find_times(sentence, published) if t.type == "DATE"]
    return m


@pytest.mark.parametrize(
    ("sentence", "published", "timex", "written"),
    [
        ("The ferry capsized on Monday, March 10, in a gale.", PUB, "2026-03-10", "Monday"),
        ("The vote was held on Sat., March 7.", PUB, "2026-03-07", ""),
        ("Talks resume on Friday 13 March, officials said.", PUB, "2026-03-13", ""),
        ("Talks resume on Thursday 13 March, officials said.", PUB, "2026-03-13", "Thursday"),
        ("The fine was announced on Wednesday, November 12, 2026.", PUB, "2026-11-12", "Wednesday"),
        ("The plant shut on Wed., Nov. 11, 2026.", PUB, "2026-11-11", ""),
        # the year whose day is that weekday, near publication, is the one meant
        ("The strike began on Wednesday, December 31.", date(2026, 1, 2), "2025-12-31", ""),
    ],
)
def test_a_weekday_its_date_does_not_fall_on_is_named_in_the_reading(
    sentence, published, timex, written
):
    m = one(sentence, published)
    assert m.timex == timex
    if written:
        assert m.value.endswith(f"not a {written}")
    else:
        assert "not a" not in m.value


@pytest.mark.parametrize(
    "other",
    [
        "The ferry capsized late on Tuesday.",
        "The ferry capsized on March 10.",
        "The ferry capsized on Tuesday, March 10.",
        "The ferry capsized on Tuesday night.",
    ],
)
def test_the_same_day_with_a_wrong_weekday_is_a_conflict(other):
    wrong = one("The ferry capsized on Monday, March 10, in a gale.")
    c = compare(wrong, one(other), "A", "B")
    assert c is not None and c.verdict is Verdict.CONFLICT
    assert "names a Monday: 10 March 2026 is a Tuesday" in c.explanation
    c = compare(one(other), wrong, "A", "B")  # either side
    assert c is not None and c.verdict is Verdict.CONFLICT


def test_the_same_slip_in_two_reports_is_not_a_disagreement_between_them():
    """Wire copy carried by two outlets: both write the slip; neither contradicts the other."""
    a = one("The ferry capsized on Monday, March 10, in a gale.")
    b = one("The ferry capsized on Monday, March 10, in a gale.")
    c = compare(a, b, "A", "B")
    assert c is not None and c.verdict is not Verdict.CONFLICT


def test_a_different_day_stays_a_conflict_of_days():
    c = compare(
        one("The ferry capsized on Monday, March 10, in a gale."),
        one("The ferry capsized on March 3."),
        "A",
        "B",
    )
    assert c is not None and c.verdict is Verdict.CONFLICT
    assert "the weekday or the date is wrong" not in c.explanation


def test_a_right_weekday_agrees_as_before():
    c = compare(
        one("The ferry capsized on Tuesday, March 10."), one("It sank on March 10."), "A", "B"
    )
    assert c is not None and c.verdict in (Verdict.CONSISTENT, Verdict.IDENTICAL)


def test_a_wrong_weekday_is_not_blamed_on_a_publication_date(tmp_path):
    """Reports of different days: the explanation says the weekday or the date is
    wrong, not that a publication date may be (readers found that muddling)."""
    from conftest import write

    from workbench.analysis import analyze_paths

    a = write(
        tmp_path,
        "a.txt",
        "---\ntitle: a\npublished: 2026-11-13\n---\nBrandt said on Thursday it would cut "
        "8,200 jobs across Europe.\n",
    )
    b = write(
        tmp_path,
        "b.txt",
        "---\ntitle: b\npublished: 2026-11-16\n---\nBrandt said on Wednesday, November 12, it "
        "would cut 8,200 jobs across Europe.\n",
    )
    found = [d for d in analyze_paths([a, b]).discrepancies if d.kind == "date"]
    assert [d.verdict for d in found] == [Verdict.CONFLICT]
    # the only other report dates it Thursday, the date's own day: since eng119
    # (session 36, tests/test_s36_which_is_wrong.py) the weekday is named as wrong
    assert "the weekday is wrong: " in found[0].explanation
    assert "publication date is" not in found[0].explanation
