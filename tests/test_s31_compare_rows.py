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


# One person's age told two ways (judge/ages_told.py): "N-year-old" read as a
# length in years, "Name, N," as a bare number; each its sentence's only age.


@pytest.mark.parametrize(
    ("a", "b", "ages"),
    [
        (
            "A 31-year-old mother was shot in the arm during the attack on Friday, police said.",
            "Unique Armstead, 32, was shot in the arm during the attack on Friday, police said.",
            ("31-year", "32"),
        ),
        (
            "The 40-year-old Thompson was stopped in the sixth round on Saturday night.",
            "Tony Thompson, 41, was stopped in the sixth round on Saturday night.",
            ("40-year", "41"),
        ),
        (
            "Councillor Priya Nair, 58, resigned from the planning board on Tuesday evening.",
            "The 56-year-old councillor resigned from the planning board on Tuesday evening.",
            ("58", "56-year"),
        ),
        (
            "The driver, Albert Crane, who is 67 years old, was taken to Leeds General "
            "Infirmary on Sunday after the crash.",
            "Albert Crane, 76, was taken to Leeds General Infirmary on Sunday after the crash.",
            ("67 years", "76"),
        ),
    ],
)
def test_one_age_told_two_ways_is_compared(tmp_path, a, b, ages):
    flags = _flags(tmp_path, a, b)
    assert flags.get(ages) == Verdict.CONFLICT, flags


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one age written alike in two forms: an agreement the words tell, no flag
        (
            "A 43-year-old woman was arrested at the plant on Friday after the shooting.",
            "Yvonne Hiller, 43, was arrested at the plant on Friday after the shooting.",
        ),
        # two ages in a sentence: whose is whose is not told by the alignment
        (
            "Police arrested Tom Baker, 27, and Ann Lee, 30, on Friday after the raid.",
            "Police arrested a 29-year-old man and a 30-year-old woman on Friday after the raid.",
        ),
        # two names: two people's ages
        (
            "The 52-year-old Martin Lowe was arrested at the scene on Monday, officers said.",
            "Joan Doyle, 49, was arrested at the scene on Monday, officers said.",
        ),
        # an age against a count of people
        (
            "The 31-year-old driver was arrested near the stadium on Monday, officers said.",
            "Officers arrested 30 fans near the stadium on Monday, the force said.",
        ),
    ],
)
def test_ages_that_are_no_one_age_told_two_ways_raise_no_flag(tmp_path, a, b):
    flags = _flags(tmp_path, a, b)
    assert not [k for k in flags if any("year" in v for v in k)], flags


def test_an_age_is_read_as_an_age_in_either_form():
    from workbench.facts.measure import measure_of

    for text, span in (
        ("a 31-year-old Brooklyn mom", (2, 9)),
        ("She is 34 years old now.", (7, 15)),
        ("Andrew Lopez, 20, was found guilty", (14, 16)),
    ):
        assert measure_of(text, *span).role == "age", text
    # a length in years is no age
    assert measure_of("broke a 30-year hold on the record", 8, 15).role != "age"


def test_two_bare_ages_keep_their_words_say():
    """Only the pair the age row admits — an age in years against a bare number
    — is kept past different_measures: 'Denise Pryce, 58,' / 'would have turned
    eight' are two people's ages whose words share nothing."""
    from types import SimpleNamespace

    from workbench.judge.ages_told import only_ages

    age = SimpleNamespace(role="age")

    def case(kx: str, ky: str, lone: bool = True):
        x, y = SimpleNamespace(kind=kx), SimpleNamespace(kind=ky)
        return SimpleNamespace(x=x, y=y, lone=lone, measures=(age, age))

    assert only_ages(case("quantity", "number"))
    assert only_ages(case("number", "duration"))
    assert not only_ages(case("number", "number"))
    assert not only_ages(case("quantity", "quantity"))
    assert not only_ages(case("quantity", "number", lone=False))
