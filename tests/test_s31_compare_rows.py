"""Values that measure one thing but were read as different kinds meet a
COMPARE row (issue 11, session 31). Made-up sentences.

- A sum of money a year told in other words: "per annum", "a year",
  "annually", "each year", "a season" of pay, "an annual salary of", "in annual
  revenue" were read as different rates ("annum", "season", none), so the two
  sums never met (facts/quantity/yearly.py). Rates of other denominators, and
  a rate against a total, are still kept apart.
- A range against its own digits in a unit a thousandfold off ("128GB or
  256GB" / "128MB"): different_scale read a range at its middle over its low
  end (facts/quantity/scale.py).
- One person's age told as "N-year-old" (a length in years) and as "Name, N,"
  (a bare number), each its sentence's only age (judge/ages_told.py).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.quantity.family import QUANTITY
from workbench.facts.quantity.yearly import year_rate
from workbench.model import Verdict


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _sum(sentence: str):
    found = [m for m in QUANTITY.find(sentence, None) if m.dimension == "currency"]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "The trust pays the museum $3 million per annum for the collection.",
        "Residents will pay €40 each year for the new bins.",
        "The striker is paid £9 million every season under the deal.",
        "She has an annual salary of $450,000, the filing shows.",
        "He sought an average annual value of more than the $21 million the pitcher got.",
        "The unit brought in $39 billion in annual revenue before the merger.",
        "The council set yearly fees of about £1,200 for each stall.",
        "The franchise pays A$2.5m a year to the league.",
    ],
)
def test_a_sum_a_year_is_read_as_one_year_however_told(sentence):
    assert year_rate(_sum(sentence)) == "yr"


@pytest.mark.parametrize(
    ("sentence", "rate"),
    [
        ("The contractor was paid $4 million for the bridge.", None),
        ("The annual report said $4 million was lost in the fire.", None),
        ("Rent rose to $2,000 a month in the tower.", "mo"),
        ("Shares paid a dividend of 12 cents a share this year.", "share"),
        ("Workers earn $15 every week less than they did.", "wk"),
    ],
)
def test_other_sums_keep_their_own_denominator(sentence, rate):
    assert year_rate(_sum(sentence)) == rate


def test_a_season_is_a_year_only_for_pay():
    pay = _sum("The striker is paid £9 million a season.")
    assert year_rate(pay) == "yr"
    # a count per season (goals, games) is no count per year
    goals = replace(pay, kind="number", dimension="count", unit=None)
    assert year_rate(goals) == "season"


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        (
            "The firm pays its chief executive $3 million per annum.",
            "The firm pays its chief executive $4 million a year.",
            Verdict.CONFLICT,
        ),
        (
            "The club will pay the forward £9 million a season.",
            "The club will pay the forward £11 million a year.",
            Verdict.CONFLICT,
        ),
        (
            "Teixeira is seeking an annual salary of $21 million.",
            "Teixeira is seeking at least $20 million per season.",
            Verdict.CONSISTENT,
        ),
        (
            "The agency will receive €2m each year from the levy.",
            "The agency will receive €2.5m annually from the levy.",
            Verdict.CONFLICT,
        ),
        (
            "The combined unit had $39 billion in annual revenue.",
            "The combined unit will have revenue of $38.6 billion per year.",
            Verdict.CONSISTENT,
        ),
    ],
)
def test_two_sums_a_year_told_in_other_words_are_compared(a, b, verdict):
    got = QUANTITY.compare(_sum(a), _sum(b), "A", "B")
    assert got is not None and got.verdict == verdict, got


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a rate against a total: different measures, as before
        ("He will earn $20 million per season.", "He signed a deal worth $140 million."),
        # a month's rent against a year's
        ("The lease costs $5,000 a month.", "The lease costs an annual rent of $72,000."),
        # a week's pay against a season's
        ("He is paid £200,000 a week.", "He is paid £9 million a season."),
    ],
)
def test_sums_of_other_denominators_still_never_meet(a, b):
    assert QUANTITY.compare(_sum(a), _sum(b), "A", "B") is None


def test_a_yearly_sum_still_meets_a_sum_naming_no_denominator():
    got = QUANTITY.compare(
        _sum("The coach has an annual salary of $4 million."),
        _sum("The coach has a salary of $5 million."),
        "A",
        "B",
    )
    assert got is not None and got.verdict == Verdict.CONFLICT


def _flags(tmp_path, a: str, b: str):
    front = "---\ntitle: T\noutlet: {}\npublished: 2024-06-03\n---\n"
    paths = [
        write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
        write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
    ]
    found = analyze_paths(paths).discrepancies
    return {(d.sides[0].text, d.sides[1].text): d.verdict for d in found}


def test_reports_of_one_contract_in_other_words_show_the_clash(tmp_path):
    flags = _flags(
        tmp_path,
        "Rovers confirmed on Monday that the midfielder will be paid £6 million a season "
        "under the deal.",
        "Rovers confirmed on Monday that the midfielder will be paid £8 million a year "
        "under the deal.",
    )
    assert flags.get(("£6 million", "£8 million")) == Verdict.CONFLICT


def test_a_rent_per_month_and_a_price_per_year_raise_no_flag(tmp_path):
    flags = _flags(
        tmp_path,
        "The bakery on Mill Street pays $3,000 a month in rent, the owner said on Monday.",
        "The bakery on Mill Street pays $30,000 annually in rent, the owner said on Monday.",
    )
    assert ("$3,000", "$30,000") not in flags


# different_scale reads a range at its own digits (facts/quantity/scale.py): a
# range's unit factor was its middle over its low end ("128GB or 256GB" read
# at 192GB's digits), so a range against the same digits in a unit a
# thousandfold off — the classic slip, '$1.2m' / '$1.2bn' — was left out as
# figures of different scales.


def _first(sentence: str):
    return QUANTITY.find(sentence, None)[0]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("It ships with a 128GB or 256GB solid-state drive.", "The drive comes as 128MB."),
        ("Repairs will cost between $3 million and $5 million.", "Repairs will cost $5 billion."),
        ("The tanks hold 40 to 60 litres each.", "The tanks hold 60ml each."),
        ("The site covers 2-3 hectares.", "The site covers 200 square metres."),
    ],
)
def test_a_range_against_its_own_digits_a_unit_off_is_compared(a, b):
    from workbench.facts.quantity.scale import different_scale

    x, y = _first(a), _first(b)
    assert not different_scale(x, y)
    got = QUANTITY.compare(x, y, "A", "B")
    assert got is not None and got.verdict == Verdict.CONFLICT


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The fund raised between $25,000 and $40,000.", "The fund raised $18 billion."),
        ("The tanks hold 40 to 60 litres each.", "The tanks hold 7ml each."),
        ("The deal is worth $25,000.", "The deal is worth $18 billion."),
    ],
)
def test_figures_of_different_scales_stay_apart(a, b):
    from workbench.facts.quantity.scale import different_scale

    assert different_scale(_first(a), _first(b))

