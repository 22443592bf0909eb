"""A year before 1900 that dates what was built, founded or begun is a date
(session 28, align36; authored development derailment D12: "The embankment,
built in 1847" / "was completed in 1874" — neither year was read, so the two
were never compared). A bare year before 1900 is otherwise no date: it may be
a count or a number ("1847 minutes", "numbered 1847").
"""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time.family import TIME

READ = [
    ("The embankment, built in 1847, carries the line over a stone culvert.", "1847"),
    ("The embankment was completed in 1874, when the line opened.", "1874"),
    ("The abbey, founded in 1120, was dissolved by Henry VIII.", "1120"),
    ("Its first lighthouse was erected in 1698 on the Eddystone rocks.", "1698"),
    ("The canal, dug in 1790 by Irish navvies, silted up within a century.", "1790"),
    ("Darwin, born in 1809, published his theory fifty years later.", "1809"),
]


@pytest.mark.parametrize(("text", "year"), READ)
def test_a_year_of_what_was_made_is_a_date(text, year):
    found = {m.text: m for m in TIME.find(text, date(2026, 11, 11))}
    assert year in found, found
    assert found[year].interval[0].year == int(year)


@pytest.mark.parametrize(
    "text",
    [
        "The house numbered 1847 on the high street was sold.",
        "He had played in 1847 matches before he retired.",
        "Some 1874 people signed the petition in a week.",
    ],
)
def test_a_bare_early_year_elsewhere_stays_no_date(text):
    assert not [m for m in TIME.find(text, date(2026, 11, 11)) if m.kind == "date"]
