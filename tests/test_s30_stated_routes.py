"""Exchange rates the texts give (session 30, issue 11, class 2): sums left as
"different currencies, no exchange rate" although the articles convert them —
through a third currency ("1.2 billion pounds (1.4 billion euros)" and
"£1.2bn ($1.6bn)" set a third report's "$1.9bn" against "€1.4bn"; two
conversions of one sum are not checked by their own rates); a hedge that
still says about how much ("nearly £23m") converts; and the same digits
under two currency symbols a stated rate keeps apart (£85m / €85m) are a
conflict, not "within the roundings doubled". Cases are made up; the
patterns are the readers'."""

from __future__ import annotations

import pytest

from workbench.facts.quantity.compare import compare
from workbench.facts.quantity.family import QUANTITY
from workbench.facts.quantity.rates import stated_in, through_rate, using
from workbench.model import Verdict


def _money(text: str):
    found = [m for m in QUANTITY.find(text, None) if m.dimension == "currency"]
    assert len(found) == 1, found
    return found[0]


def _rates(*sentences: str):
    return stated_in([(f"Paper{i}", s) for i, s in enumerate(sentences)])


@pytest.mark.parametrize(
    ("stated", "a", "b", "verdict"),
    [
        (  # euros to pounds in one paper, pounds to dollars in another
            ("Acme paid 1.2 billion pounds (1.4 billion euros).", "Acme paid £1.2bn ($1.6bn)."),
            "€1.4bn",
            "$1.9bn",
            Verdict.CONFLICT,
        ),
        (  # Swiss francs through euros into dollars: the route is told
            ("The fine is CHF 40m (€42m).", "Officials put it at €42m, or about $45m."),
            "CHF 40m",
            "$60m",
            Verdict.CONFLICT,
        ),
    ],
)
def test_a_sum_converted_by_way_of_a_third_currency(stated, a, b, verdict):
    with using(_rates(*stated)):
        cmp = compare(_money(a), _money(b), "Left", "Right")
    assert cmp is not None and cmp.verdict == verdict, cmp and cmp.explanation
    assert "Paper0" in cmp.explanation and "Paper1" in cmp.explanation


@pytest.mark.parametrize(
    ("stated", "a", "b"),
    [
        (  # both convert £1.2bn: each paper's own rate would confirm its own figure
            ("Acme paid 1.2 billion pounds (1.4 billion euros).", "Acme paid £1.2bn ($1.6bn)."),
            "€1.4bn",
            "$1.6bn",
        ),
        (  # two conversions of one yen sum, into dollars and into pounds
            ("Profit was ¥900 billion ($6 billion).", "Profit was ¥900bn (£4.7bn)."),
            "$6 billion",
            "£4.7 billion",
        ),
        (  # one of them wrong (HK$300m is about S$52m): no text can tell which
            ("The fund holds HK$300m ($38.5m).", "The fund holds HK$300 million (S$72m)."),
            "$38.5m",
            "S$72m",
        ),
    ],
)
def test_two_conversions_of_one_sum_are_not_checked_by_their_own_rates(stated, a, b):
    """Session 30 readers: a planted wrong conversion ("HK$300m (S$72m)") came out
    consistent with "HK$300m ($38.5m)", each checked by its own article's rate;
    any two such figures would agree. They stay a question that says why."""
    with using(_rates(*stated)):
        cmp = compare(_money(a), _money(b), "Left", "Right")
    assert cmp is not None and cmp.verdict == Verdict.UNRESOLVED, cmp and cmp.explanation
    assert "both convert" in cmp.explanation and "no rate between" in cmp.explanation


def test_a_sum_converted_back_two_ways_is_no_route():
    """The sum between has two conversions into one currency that disagree: one
    of them is wrong, so nothing is settled through it."""
    stated = (
        "The contract was worth 2.15 crore rupees, or about $2.4 million.",
        "The Rs 215 lakh (roughly $243,000) contract was signed in March.",
        "It was worth 21.5 million rupees (about £185,000).",
    )
    with using(_rates(*stated)):
        cmp = compare(_money("about $2.4 million"), _money("about £185,000"), "L", "R")
    assert cmp is not None and cmp.verdict == Verdict.UNRESOLVED


def test_a_rate_stated_between_the_two_is_used_before_a_route():
    stated = (
        "Acme paid 1.2 billion pounds (1.4 billion euros).",
        "Acme paid £1.2bn ($1.6bn).",
        "The loan of €500m, equivalent to $540m, was repaid.",
    )
    with using(_rates(*stated)):
        cmp = compare(_money("€1.4bn"), _money("$1.9bn"), "L", "R")
    assert "at the rate stated in" in cmp.explanation and "Paper2" in cmp.explanation


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        ("nearly £23 million", "about $28.8 million", Verdict.CONSISTENT),
        ("almost £23 million", "$40 million", Verdict.CONFLICT),
    ],
)
def test_a_near_hedge_converts_through_a_stated_rate(a, b, verdict):
    with using(_rates("The fine was £14.2 million, or about $18 million.")):
        cmp = through_rate(_money(a), _money(b))
    assert cmp is not None and cmp.verdict == verdict, cmp and cmp.explanation


def test_a_bound_is_still_not_converted():
    with using(_rates("The fine was £14.2 million, or about $18 million.")):
        assert through_rate(_money("more than £23 million"), _money("$28.8 million")) is None


@pytest.mark.parametrize(
    ("stated", "a", "b"),
    [
        ("Acme paid 1.2 billion pounds (1.4 billion euros).", "£85m", "€85m"),
        ("The fee was $25.3 million (€23.1 million).", "$41.5 million", "€41.5 million"),
        ("The club paid €50m (£42m) for the striker.", "€7.5m", "£7.5m"),
    ],
)
def test_the_same_digits_in_two_currencies_a_stated_rate_keeps_apart(stated, a, b):
    with using(_rates(stated)):
        cmp = through_rate(_money(a), _money(b))
    assert cmp is not None and cmp.verdict == Verdict.CONFLICT, cmp and cmp.explanation
    assert "one of the currencies is wrong" in cmp.explanation


def test_different_digits_just_short_of_a_stated_rate_stay_a_question():
    with using(_rates("Acme paid £1.2bn (€1.4bn) for Widget.")):
        near = through_rate(_money("£1.2bn"), _money("€1.65bn"))
    assert near.verdict == Verdict.UNRESOLVED


def test_a_rupee_conversion_written_rs_states_a_rate():
    (rate,) = _rates("Of the Rs 215 lakh (roughly $243,000) contract, little went on cables.")
    assert (rate.base, rate.quote) == ("INR", "USD")
