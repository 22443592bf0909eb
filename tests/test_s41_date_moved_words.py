"""User trial 47: after a date change ``check`` said "0 new findings" and then
"The date change moved what is compared: 4 new flags" - one thing in two
words. The line now counts as the summary does: findings, and differences
between pairs of articles as its counts line names them."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from workbench.cli_date_moved import date_moved_line
from workbench.model import Analysis, Article
from workbench.service import Checked
from workbench.store.records import SaveResult

A = Article("a", "a.txt", "A", "", date(2012, 6, 11), "", "x", "sa")
B = Article("b", "b.txt", "B", "", None, "", "y", "sb")
EMPTY = Analysis((), (), (), (), ())
PREFIX = "The date change moved what is compared: "


def line(before, after, *counts) -> str:
    return date_moved_line(before, Checked(after, EMPTY, SaveResult(*counts)))


@pytest.mark.parametrize(
    ("counts", "said"),
    [
        ((4, 0, 0, 0, 0, 0), "0 new findings, 0 no longer found (between pairs of articles: "
         "4 new differences, in findings already listed)"),
        ((16, 0, 0, 0, 2, 0), "2 new findings, 0 no longer found (between pairs of articles: "
         "16 new differences)"),
        ((1, 3, 0, 0, 0, 1), "0 new findings, 1 no longer found (between pairs of articles: "
         "1 new difference, in findings already listed; 3 no longer compared)"),
        ((0, 2, 0, 0, 0, 0), "0 new findings, 0 no longer found (between pairs of articles: "
         "2 no longer compared)"),
    ],
)  # fmt: skip
def test_the_date_change_line_counts_findings_as_the_summary_does(counts, said):
    dated = dataclasses.replace(B, published=date(2012, 6, 12))
    got = line((A, B), (A, dated), *counts)
    assert got == PREFIX + said
    assert "flag" not in got  # the summary's words only


def test_no_line_without_a_date_change_or_anything_moved():
    dated = dataclasses.replace(B, published=date(2012, 6, 12))
    assert line((A, B), (A, B), 4, 0, 0, 0, 0, 0) == ""  # no date changed
    assert line((A, B), (A, dated), 0, 0, 0, 0, 0, 0) == ""  # nothing came or went
    # pairs not counted by finding (an older log): the pairs' line as before
    assert line((A, B), (A, dated), 2, 0, 0, 0).endswith(": 2 new flags")
