"""Money in two currencies compared through the exchange rates the articles
themselves state (issue 11, session 22): "£1.2bn (€1.4bn)", "640p a share
(about $8.45)", "1.4 billion euros, or about $1.6 billion". Never an outside
rate; two stated rates that disagree leave the comparison unresolved."""

from __future__ import annotations

import pytest
from conftest import analyse_bodies

from workbench.facts.quantity.family import QUANTITY
from workbench.facts.quantity.rates import stated_in, through_rate, using
from workbench.model import Verdict


def _money(text: str):
    found = [m for m in QUANTITY.find(text, None) if m.dimension == "currency"]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "base", "quote", "ratio"),
    [
        ("The deal is worth £1.2bn (€1.4bn) to the group.", "GBP", "EUR", 1.4 / 1.2),
        (
            "Rivals tabled a bid worth 640p a share (about $8.45) on Monday.",
            "GBP",
            "USD",
            8.45 / 6.4,
        ),
        ("The offer values each share at 640 pence (about $8.45).", "GBP", "USD", 8.45 / 6.4),
        ("It paid $25 million (€23 million) for the site.", "USD", "EUR", 23 / 25),
        (
            "A fine of 1.4 billion euros, or about $1.6 billion, was imposed.",
            "EUR",
            "USD",
            1.6 / 1.4,
        ),
        ("Roche will pay CHF 2.5 billion, roughly $2.7 billion, for it.", "CHF", "USD", 2.7 / 2.5),
        ("Toyota booked ¥2.1 trillion, or about $14 billion, in profit.", "JPY", "USD", 14 / 2100),
        ("The loan of €500m, equivalent to $540m, was repaid.", "EUR", "USD", 540 / 500),
        ("The club paid €50m (£42m) for the striker.", "EUR", "GBP", 42 / 50),
        ("The dam cost 350 billion dong ($14 million) to build.", "VND", "USD", 14e6 / 350e9),
    ],
)
def test_a_stated_conversion_gives_a_rate_with_its_rounding(sentence, base, quote, ratio):
    (rate,) = stated_in([("Daily", f"Intro. {sentence} More follows.")])
    assert (rate.base, rate.quote, rate.source) == (base, quote, "Daily")
    assert rate.low < ratio < rate.high  # both figures are rounded: an interval
    assert rate.high / rate.low < 1.25  # and not a wide one
    assert rate.words in sentence.replace("  ", " ")


@pytest.mark.parametrize(
    "sentence",
    [
        "It paid £3m, $4m and ¥5m for three sites.",  # a list
        "Sales reached £3m (up from €2m a year earlier).",  # a bracket, no conversion
        "Profit rose to £3m from €2m.",
        "It raised $5m and €3m in two rounds.",
        "The £1.2bn bid (€1.4bn with debt) was rejected.",  # words between: not the same sum
        "It paid more than £1bn (€1.2bn) for the bank.",  # a bound states no rate
        "The offer values Vela at $8.45 a share, or about £1.2bn.",  # a price and a total
    ],
)
def test_two_sums_that_are_no_conversion_state_no_rate(sentence):
    assert stated_in([("Daily", sentence)]) == ()


def _rates(*sentences: str):
    return stated_in([(f"Paper{i}", s) for i, s in enumerate(sentences)])


def test_a_sum_converted_at_the_stated_rate_agrees_or_conflicts():
    rates = _rates("Acme paid £1.2bn (€1.4bn) for Widget.")
    with using(rates):
        agree = through_rate(_money("£1.2bn"), _money("€1.5bn"))
        far = through_rate(_money("£1.2bn"), _money("€2.1bn"))
        near = through_rate(_money("£1.2bn"), _money("€1.65bn"))
    assert agree.verdict == Verdict.CONSISTENT
    assert far.verdict == Verdict.CONFLICT
    assert near.verdict == Verdict.UNRESOLVED  # beyond the rate, within the roundings doubled
    for cmp in (agree, far, near):  # the rate, where it was stated, the converted figure
        assert "Paper0's '£1.2bn (€1.4bn)'" in cmp.explanation
        assert "1 GBP = 1.08–1.26 EUR" in cmp.explanation
        assert "EUR" in cmp.explanation.split(" is ", 1)[1]


def test_outlets_converting_at_rates_a_few_per_cent_apart_are_a_question():
    with using(_rates("The fine was $25.3 million (€23.1 million).")):
        near = through_rate(_money("$40.0 million"), _money("€35.5 million"))  # 3% off
        far = through_rate(_money("$40.0 million"), _money("€31.0 million"))  # 15% off
        agree = through_rate(_money("$40.0 million"), _money("€36.5 million"))
    assert near.verdict == Verdict.UNRESOLVED
    assert far.verdict == Verdict.CONFLICT
    assert agree.verdict == Verdict.CONSISTENT


def test_the_same_sum_is_converted_as_the_article_converts_it():
    """'£1.2bn (€1.4bn)' against '€1.5bn' elsewhere: the rate's interval from two
    roundings would allow €1.5bn, but the article says £1.2bn is €1.4bn."""
    from workbench.facts.quantity.compare import compare

    with using(_rates("Acme paid £1.2bn (€1.4bn) for Widget.")):
        other = compare(_money("£1.2bn"), _money("€1.5bn"), "Times", "Post")
        same = compare(_money("€1.4bn"), _money("£1.2bn"), "Post", "Times")
        rated = compare(_money("£1.3bn"), _money("€1.5bn"), "Times", "Post")
    assert other.verdict == Verdict.CONFLICT
    assert "£1.2bn is €1.4bn as Paper0 converts it" in other.explanation
    assert same.verdict == Verdict.CONSISTENT
    assert rated.verdict == Verdict.CONSISTENT  # another sum: through the rate
    assert "at the rate stated in" in rated.explanation


def test_a_rate_is_read_both_ways():
    with using(_rates("The fee was €50m (£42m).")):
        cmp = through_rate(_money("£45m"), _money("€80m"))  # £→€ through a €→£ rate
        same = through_rate(_money("£42m"), _money("€50m"))
    assert cmp.verdict == Verdict.CONFLICT
    assert same.verdict == Verdict.CONSISTENT


def test_pence_against_dollars_through_a_per_share_rate():
    with using(_rates("The bid is worth 640p a share (about $8.45).")):
        assert through_rate(_money("$8.40"), _money("640p")).verdict == Verdict.CONSISTENT
        assert through_rate(_money("$9.80"), _money("640p")).verdict == Verdict.CONFLICT


def test_two_stated_rates_that_disagree_leave_it_unresolved_naming_both():
    rates = _rates(
        "Nestle paid CHF 2.5 billion ($2.7 billion).", "It cost CHF 2.5bn (about $3.4bn)."
    )
    with using(rates):
        cmp = through_rate(_money("CHF 3 billion"), _money("$3.2 billion"))
    assert cmp.verdict == Verdict.UNRESOLVED
    assert "disagree" in cmp.explanation
    assert "Paper0's" in cmp.explanation and "Paper1's" in cmp.explanation


def test_no_stated_rate_or_a_bound_is_not_converted():
    with using(_rates("Acme paid £1.2bn (€1.4bn) for Widget.")):
        assert through_rate(_money("$1.2bn"), _money("€1.4bn")) is None  # no USD rate stated
        assert through_rate(_money("more than £1bn"), _money("€1.4bn")) is None
        assert through_rate(_money("£1.2bn"), _money("£1.3bn")) is None  # one currency
    assert through_rate(_money("£1.2bn"), _money("€1.4bn")) is None  # no rates in force


def _money_flags(analysis):
    return [d for d in analysis.discrepancies if d.kind == "money"]


def test_articles_compare_two_currencies_at_the_rate_one_of_them_states(tmp_path):
    lead = "Acme agreed to buy Widget Corp for {} in cash, the company said on Monday."
    analysis = analyse_bodies(
        tmp_path,
        lead.format("£1.2bn (€1.4bn)"),
        lead.format("€2.1bn"),
        lead.format("$1.6bn"),
    )
    flags = _money_flags(analysis)
    # the euro sum is compared with a's own euro gloss of its pounds (session 23: a
    # figure glossed in brackets measures what the figure before it does)
    euro = [d for d in flags if "€2.1" in d.explanation and "€1.4" in d.explanation]
    assert [d.verdict for d in euro] == [Verdict.CONFLICT]
    dollars = [d for d in flags if "$1.6" in d.explanation]
    assert dollars and all(d.verdict == Verdict.UNRESOLVED for d in dollars)
    assert all("no exchange rate" in d.explanation for d in dollars)  # none stated for USD


def test_a_sum_that_agrees_with_the_stated_rate_is_no_conflict(tmp_path):
    lead = "Kappa Holdings sold its Swiss unit for {}, the company said on Monday."
    analysis = analyse_bodies(
        tmp_path, lead.format("CHF 2.5 billion, roughly $2.7 billion,"), lead.format("$2.8 billion")
    )
    flags = _money_flags(analysis)
    assert [d.verdict for d in flags] == [Verdict.CONSISTENT]
    assert "as a converts it ('CHF 2.5 billion, roughly $2.7 billion')" in flags[0].explanation
    assert "no exchange rate" not in flags[0].explanation
