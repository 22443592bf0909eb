"""Session 43 (eng163, issue 11): figures of a quarter, a half and a full year.

Readers judged "expects Q3 revenue of $2.1bn" against "expects full-year revenue of
$8.4bn" wrongly compared: a quarter's guidance and a full year's are figures of
different periods (workbench/facts/report_period.py). Figures of one period told
in other words are still compared. Each case is our own pair of sentences.
"""

from __future__ import annotations

import pytest

from workbench.facts.measure import measure_of


def _scope(text: str, figure: str) -> str:
    s = text.index(figure)
    return measure_of(text, s, s + len(figure)).scope


@pytest.mark.parametrize(
    ("text", "figure", "scope"),
    [
        (
            "The company expects Q3 revenue of $2.1bn, its chief executive said.",
            "$2.1bn",
            "quarter",
        ),
        ("Acme said it expects third-quarter revenue of $2.1 billion.", "$2.1 billion", "quarter"),
        ("Acme forecast sales of $2.1 billion for the quarter.", "$2.1 billion", "quarter"),
        ("Quarterly profit fell to $310 million.", "$310 million", "quarter"),
        ("Revenue was $1.2 billion in the three months to June.", "$1.2 billion", "quarter"),
        ("Acme made a first-half profit of $400 million.", "$400 million", "half"),
        ("Sales reached €3.1bn in the six months to September.", "€3.1bn", "half"),
        ("The company expects full-year revenue of $8.4bn.", "$8.4bn", "year"),
        ("Acme expects revenue of $8.4 billion for the full year.", "$8.4 billion", "year"),
        ("Acme forecast annual sales of $8.4 billion.", "$8.4 billion", "year"),
        ("It earned $9 billion in the financial year to June.", "$9 billion", "year"),
        ("Acme expects FY26 revenue of $9 billion.", "$9 billion", "year"),
    ],
)
def test_the_reporting_period_a_figure_covers(text, figure, scope):
    assert _scope(text, figure) == scope


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A quarter of the 1,200 staff will go.", "1,200"),
        ("The storm left 40,000 homes without power for the second day.", "40,000"),
        ("Acme said revenue rose to $2.1 billion.", "$2.1 billion"),
        ("Annual leave for the 300 staff was cancelled.", "300"),  # no sum of a year's results
        ("He was jailed for 12 years in 2019.", "12 years"),
    ],
)
def test_no_reporting_period_where_none_is_told(text, figure):
    assert _scope(text, figure) not in ("quarter", "half", "year")


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        (
            "The company expects Q3 revenue of $2.1bn.",
            "The company expects full-year revenue of $8.4bn.",
            True,
        ),
        (
            "Acme forecast sales of $2.1 billion for the quarter.",
            "Acme forecast annual sales of $8.4 billion.",
            True,
        ),
        (
            "Acme made a first-half profit of $400 million.",
            "Acme made a full-year profit of $900 million.",
            True,
        ),
        (
            "Acme expects revenue of $2.1 billion in the quarter.",
            "Acme expects revenue of $8.4 billion this year.",
            True,
        ),
        (
            "Acme made a first-half profit of $400 million.",
            "Acme earned $250 million in the second quarter.",
            True,
        ),
        # one period in other words: compared as before
        (
            "Acme expects Q3 revenue of $2.1 billion.",
            "Acme expects third-quarter revenue of $2.3 billion.",
            False,
        ),
        (
            "Acme expects full-year revenue of $8.4 billion.",
            "Acme expects revenue of $8.1 billion for the year.",
            False,
        ),
        (
            "Acme expects revenue of $2.1 billion in the quarter.",
            "Acme expects revenue of $2.4 billion.",
            False,
        ),
        (
            "Acme expects revenue of $8.4 billion this year.",
            "Acme expects revenue of $8.1 billion.",
            False,
        ),
    ],
)
def test_figures_of_different_periods_measure_different_things(a, b, differ):
    def measure(text: str):
        figure = next(w for w in text.split() if w.startswith("$")).rstrip(".")
        s = text.index(figure)
        return measure_of(text, s, s + len(figure))

    ma, mb = measure(a), measure(b)
    assert bool(ma.differs(mb)) is differ, (ma.scope, mb.scope)


def test_guidance_of_a_quarter_and_of_a_year_raise_no_flag(tmp_path):
    from conftest import analyse_bodies

    got = analyse_bodies(
        tmp_path,
        "The company expects Q3 revenue of $2.1bn, its chief executive said on Tuesday.",
        "The company expects full-year revenue of $8.4bn, its chief executive said on Tuesday.",
        published="2026-03-11",
    )
    assert [d for d in got.discrepancies if "$" in d.explanation] == []
