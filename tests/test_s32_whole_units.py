"""Percentages, durations and temperatures read to the unit (session 32).

Integers below 100 of these are read as rounded to the unit ("60 years" is
59.5-60.5), but their precision said ten when they ended in a zero. The rule
that two figures stated to the same precision differ then never met them, and
the unit's own uncertainty (a year of 365 or 366 days) widened both ranges
into each other: "a 60-year-old" / "a 61-year-old" (one woman, a new-user
trial on ECB+ 22_ecb) and "20%" / "21%" came out consistent."""

from __future__ import annotations

import pytest

from workbench.facts.quantity.compare import compare
from workbench.facts.quantity.family import QUANTITY
from workbench.facts.quantity.interval import read_to_the_unit
from workbench.model import Verdict


def _one(sentence: str):
    found = list(QUANTITY.find(sentence, None))
    assert len(found) == 1, (sentence, found)
    return found[0]


DIFFER = [
    ("Police named the 60-year-old woman as a suspect.", "A 61-year-old woman was charged."),
    ("The 20-year-old striker was sold.", "The 21-year-old striker was sold."),
    ("Turnout was 40% in the capital.", "Turnout was 41% in the capital."),
    ("Support fell to 30 per cent.", "Support fell to 31 per cent."),
    ("The meeting lasted 50 minutes.", "The meeting lasted 51 minutes."),
    ("He was held for 10 days.", "He was held for 11 days."),
    ("The ship sank after 70 years in service.", "The ship sank after 69 years in service."),
    ("The 80-year-old bridge was closed.", "The 79-year-old bridge was closed."),
]


@pytest.mark.parametrize(("a", "b"), DIFFER)
def test_round_and_next_figures_read_to_the_unit_conflict(a, b):
    cmp = compare(_one(a), _one(b), "A", "B")
    assert cmp is not None and cmp.verdict == Verdict.CONFLICT, cmp


AGREE = [
    ("The 60-year-old woman was charged.", "Sixty-year-old Sharron Smith was charged."),
    ("Turnout was about 40% in the capital.", "Turnout was 41% in the capital."),
    ("The meeting lasted about 60 minutes.", "The meeting lasted 62 minutes."),
    ("Support was 20%.", "Support was 20 per cent."),
    ("The talks lasted 30 minutes.", "The talks lasted half an hour."),
    ("The siege lasted 20 to 30 minutes.", "The siege lasted 25 minutes."),
    ("He served nearly 60 years.", "He served 58 years."),
]


@pytest.mark.parametrize(("a", "b"), AGREE)
def test_hedged_ranged_and_equal_figures_still_agree(a, b):
    cmp = compare(_one(a), _one(b), "A", "B")
    assert cmp is not None and cmp.verdict in (Verdict.CONSISTENT, Verdict.IDENTICAL), cmp


@pytest.mark.parametrize(
    ("v1", "v2", "precision", "expected"),
    [
        (60.0, None, 10.0, 1.0),
        (61.0, None, 1.0, 1.0),
        (20.0, 30.0, 10.0, 1.0),
        (120.0, None, 10.0, 10.0),  # past 99 the trailing zero's rounding stands
        (2.5, None, 0.1, 0.1),
        (40.0, 150.0, 10.0, 10.0),
    ],
)
def test_the_precision_is_the_unit_only_where_the_interval_is(v1, v2, precision, expected):
    assert read_to_the_unit(v1, v2, precision) == expected
