"""Session 31 (time38): the issue's money forms checked again on sentences of our own.

Read right on main: "25¢", "75 cents", "euro5 billion", "Dh 20m", "SR 5bn", "bucks",
"quid", "Rs 5 crore", "INR 2,500". Wrong on main, each a class:

- a currency abbreviation whose full stop is glued to the sum ("Rs.500", "Tk.50
  crore", "Rs.10 lakh") read the stop as a decimal point: Rs 0.5, Tk 0.5 crore,
  Rs 0.1 lakh; "Rs.10,000" was no money at all;
- "20 euro cents", "95 eurocents" were 20 and 95 euros (the hundredth was a US cent
  only);
- "Re 1", "Re. 0.50" (the rupee's singular abbreviation) were bare numbers, and
  "Re." ended the sentence.

Each expectation is (span, (base currency, amount in it)).
"""

from __future__ import annotations

from datetime import date

import pytest

from workbench.analysis import claims_of, facts_of
from workbench.facts.quantity.units import UNITS
from workbench.model import Article
from workbench.sentences import split_sentences


def money(text: str, pub: str = "2024-05-08"):
    art = Article("a", "a.txt", "", "", date.fromisoformat(pub), "", text, "x")
    return [f for f in facts_of(art, claims_of(art)) if f.kind == "money"]


def base_amount(f) -> tuple[str, str, float]:
    unit = UNITS.get(f.mention.unit)
    return f.text, f.mention.si_unit, f.mention.value * (unit.factor if unit else 1.0)


CASES = [
    # the list, new wordings
    ("A cup of coffee now costs 25¢ more.", [("25¢", "USD", 0.25)]),
    ("Each share paid a dividend of 75 cents.", [("75 cents", "USD", 0.75)]),
    ("The bank lent euro5 billion to Greece.", [("euro5 billion", "EUR", 5e9)]),
    ("Dubai spent Dh 20m on the fountain.", [("Dh 20m", "AED", 2e7)]),
    ("Riyadh committed SR 5bn to the port.", [("SR 5bn", "SAR", 5e9)]),
    ("They raised 300,000 bucks for the shelter.", [("300,000 bucks", "USD", 3e5)]),
    ("Tickets were twenty quid each.", [("twenty quid", "GBP", 20)]),
    ("The road will cost Rs 5 crore.", [("Rs 5 crore", "INR", 5e7)]),
    ("Fees rose to INR 2,500 a month.", [("INR 2,500", "INR", 2500)]),
    ("The state set aside 2,000 crore rupees.", [("2,000 crore rupees", "INR", 2e10)]),
    # the stop of an abbreviation glued to the sum
    ("Fees are Rs.500 a month.", [("Rs.500", "INR", 500)]),
    ("Kidnappers demanded Rs.10 lakh for his release.", [("Rs.10 lakh", "INR", 1e6)]),
    ("The fine was raised to Rs.10,000.", [("Rs.10,000", "INR", 1e4)]),
    ("The garment maker lost Tk.50 crore in the fire.", [("Tk.50 crore", "BDT", 5e8)]),
    ("He was paid Rs.1.5 crore for the film.", [("Rs.1.5 crore", "INR", 1.5e7)]),
    # hundredths of a euro
    ("The brewer cut the price by 20 euro cents.", [("20 euro cents", "EUR", 0.2)]),
    ("A stamp for Europe costs 95 eurocents.", [("95 eurocents", "EUR", 0.95)]),
    ("Diesel rose 3 euro-cents a litre overnight.", [("3 euro-cents", "EUR", 0.03)]),
    # the rupee's singular abbreviation
    ("A local bus ticket still costs Re 1.", [("Re 1", "INR", 1)]),
    ("The rupee fell Re. 0.50 against the dollar on Friday.", [("Re. 0.50", "INR", 0.5)]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_money_reads_with_its_currency(text, expected):
    got = [base_amount(f) for f in money(text)]
    for span, unit, amount in expected:
        assert any(
            t == span and u == unit and abs(a - amount) <= 1e-6 * max(1.0, amount)
            for t, u, a in got
        ), (span, got)


@pytest.mark.parametrize(
    "text",
    [
        "It was a .45 caliber handgun.",  # a bare decimal after a space stays one
        "Version 1.2.3 of the app was pulled.",
        "The euro fell 2 per cent.",
    ],
)
def test_no_money_made_up(text):
    assert not money(text)


def test_a_bare_decimal_after_a_dollar_sign_is_still_read():
    assert next(base_amount(f) for f in money("Shares rose $.50 to close at $12.")) == (
        "$.50",
        "USD",
        0.5,
    )


@pytest.mark.parametrize(
    "text, n",
    [
        ("The rupee fell Re. 0.50 on Friday. Traders blamed oil.", 2),
        ("He said re. Then he left.", 2),
    ],
)
def test_re_before_a_sum_ends_no_sentence(text, n):
    assert len(split_sentences(text)) == n


def test_euro_cents_agree_with_the_same_sum_in_euros():
    from workbench.facts.quantity import compare

    a = money("The brewer cut the price by 20 euro cents.")[0]
    b = money("The brewer cut the price by €0.20.")[0]
    c = money("The brewer cut the price by 20 euros.")[0]
    assert compare(a.mention, b.mention, "", "").verdict in ("identical", "consistent")
    assert compare(a.mention, c.mention, "", "").verdict == "conflict"
