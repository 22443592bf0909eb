"""Session 43 (eng163, issue 11): a fiscal year-end told in one report, read in another.

Readers found "the company's financial year ends in June" in one article left
unused for another article of the story naming "fiscal Q2": its quarter had no
months and was never compared with a third report's months. The one year-end the
story's reports state now places the fiscal periods of a report stating none
(workbench/facts/time/story_fiscal.py); two year-ends stated place nothing, and a
report's own year-end stays its own. Each case is our own set of reports.
"""

from __future__ import annotations

import pytest
from conftest import analyse_bodies

_SAID = " it said on Tuesday."


def _flags(tmp_path, *bodies: str):
    got = analyse_bodies(tmp_path, *bodies, published="2026-02-03").discrepancies
    return [d for d in got if "fiscal" in d.explanation.lower()]


@pytest.mark.parametrize(
    ("year_end", "fiscal", "other", "verdict"),
    [
        (
            "Acme, whose financial year ends in June, reported results on Tuesday.",
            "Acme's revenue rose 8% to $4.2 billion in its fiscal second quarter,",
            "Acme's revenue rose 8% to $4.2 billion in the three months to September,",
            "conflict",
        ),
        (
            "The company's fiscal year ends in June, a spokeswoman said.",
            "Acme's revenue rose 8% to $4.2 billion in its fiscal second quarter,",
            "Acme's revenue rose 8% to $4.2 billion in the three months to December,",
            "consistent",
        ),
        (
            "Acme's financial year runs to the end of March, the chief executive said.",
            "Profit fell 12% to $310 million in fiscal Q3,",
            "Profit fell 12% to $310 million in the October-December quarter,",
            "consistent",
        ),
        (
            "Acme's financial year runs to the end of March, the chief executive said.",
            "Profit fell 12% to $310 million in fiscal Q3,",
            "Profit fell 12% to $310 million in the three months to September,",
            "conflict",
        ),
        (
            "Its fiscal year ends in September, the group said.",
            "Sales slipped 3% to $900 million in fiscal 2025,",
            "Sales slipped 3% to $900 million in the 12 months to September 2025,",
            "consistent",
        ),
        (
            "Acme, whose financial year ends in June, reported results on Tuesday.",
            "Acme's revenue rose 8% to $4.2 billion in fiscal Q2,",
            "Acme's revenue rose 8% to $4.2 billion in the quarter to June,",
            "conflict",
        ),
    ],
)
def test_a_fiscal_period_placed_by_the_year_end_another_report_states(
    tmp_path, year_end, fiscal, other, verdict
):
    got = _flags(tmp_path, year_end, fiscal + _SAID, other + _SAID)
    assert [d.verdict.value for d in got] == [verdict], [d.explanation for d in got]
    assert "as another report tells" in got[0].explanation


def test_without_a_year_end_in_the_story_the_fiscal_quarter_has_no_months(tmp_path):
    got = _flags(
        tmp_path,
        "Acme reported results on Tuesday.",
        "Acme's revenue rose 8% to $4.2 billion in its fiscal second quarter," + _SAID,
        "Acme's revenue rose 8% to $4.2 billion in the three months to September," + _SAID,
    )
    assert [d.verdict.value for d in got if d.verdict.value != "unresolved"] == []


def test_two_year_ends_in_the_story_place_nothing(tmp_path):
    got = _flags(
        tmp_path,
        "Acme, whose financial year ends in June, and Globex, whose fiscal year ends in "
        "September, both reported on Tuesday.",
        "Acme's revenue rose 8% to $4.2 billion in its fiscal second quarter," + _SAID,
        "Acme's revenue rose 8% to $4.2 billion in the three months to September," + _SAID,
    )
    assert [d for d in got if "another report" in d.explanation] == []


def test_a_reports_own_year_end_stays_its_own(tmp_path):
    got = _flags(
        tmp_path,
        "Acme, whose financial year ends in June, reported results on Tuesday.",
        "Acme, whose fiscal year ends in September, said revenue rose 8% to $4.2 billion in "
        "its fiscal second quarter," + _SAID,
        "Acme's revenue rose 8% to $4.2 billion in the three months to December," + _SAID,
    )
    assert [d for d in got if "another report" in d.explanation] == []
