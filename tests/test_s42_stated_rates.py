"""Session 42 (eng152, issue 11): a conversion written with an ISO code glued to
its figure, '$1.2bn (EUR1.1bn)', 'GBP950m (USD1.2bn)', states a rate like
'$1.2bn (€1.1bn)' does. The cheap test for two sums of money in a sentence read
'EUR' only before a word break, so the conversion was never read and another
report's '€1.3bn' was 'different currencies, no exchange rate'.
"""

from __future__ import annotations

import pytest

from workbench.facts.quantity.rates import stated_in


@pytest.mark.parametrize(
    ("text", "base", "quote"),
    [
        ("Acme agreed to buy Beta for $1.2bn (EUR1.1bn) on Monday.", "USD", "EUR"),
        ("The sale raised GBP950m (USD1.2bn), the bank said.", "GBP", "USD"),
        ("Novex paid CHF2.1bn, or about EUR2.2bn, for the unit.", "CHF", "EUR"),
        ("Acme agreed to buy Beta for $1.2bn (€1.1bn) on Monday.", "USD", "EUR"),
    ],
)
def test_a_conversion_with_a_glued_code_states_a_rate(text, base, quote):
    rates = stated_in([("Courier", text)])
    assert [(r.base, r.quote) for r in rates] == [(base, quote)], rates


def test_a_list_of_two_sums_states_none():
    assert stated_in([("Courier", "It paid EUR1.1bn in 2023, EUR1.3bn in 2024.")]) == ()
