"""An exchange rate an article quotes converts the other report's sum (issue 11,
session 39; facts/quantity/quoted_rates.py, read by rates._rates_in).

"$1.10 to the euro", "the euro traded at $1.10", "83.4 rupees per dollar":
the texts give the rate, so "€900 million" against "$990 million" is settled
by it, as a sum and its conversion side by side already settle it. Without a
rate the pair stays "different currencies, no exchange rate".
"""

from __future__ import annotations

import pytest
from conftest import courier_gazette

from workbench.facts.quantity.quoted_rates import quoted_rates


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _money(tmp_path, a: str, b: str):
    found = courier_gazette(tmp_path, a, b, published="2026-05-04")
    return [(str(d.verdict), d.explanation) for d in found if d.kind == "money"]


SETTLED = [
    # the rate after the figure, the sums agree
    (
        "The buyer will pay €900 million for the plant, the company said on Monday. The "
        "price was set at $1.10 to the euro.",
        "The buyer will pay $990 million for the plant, the company said on Monday.",
        "consistent",
    ),
    # the rate told by the currency's move, in the other report; the sums disagree
    (
        "Northgate agreed to pay £400 million for the rail operator on Monday.",
        "Northgate agreed to pay $650 million for the rail operator on Monday, with the pound "
        "trading at $1.27.",
        "conflict",
    ),
    # rupees per dollar, the rate's currency first
    (
        "The state will spend 8.3 billion rupees on the new dam, officials said. The rupee "
        "closed at 83 rupees per dollar.",
        "The state will spend $100 million on the new dam, officials said.",
        "consistent",
    ),
]


@pytest.mark.parametrize("a, b, verdict", SETTLED)
def test_a_quoted_rate_settles_two_currencies(tmp_path, a, b, verdict):
    flags = _money(tmp_path, a, b)
    assert [v for v, _ in flags] == [verdict], flags
    assert "at the rate stated in" in flags[0][1]


def test_without_a_rate_two_currencies_stay_a_question(tmp_path):
    flags = _money(
        tmp_path,
        "The buyer will pay €900 million for the plant, the company said on Monday.",
        "The buyer will pay $990 million for the plant, the company said on Monday.",
    )
    assert [v for v, _ in flags] == ["unresolved"]
    assert "no exchange rate" in flags[0][1]


@pytest.mark.parametrize(
    "sentence, rate",
    [
        ("The figure was converted at $1.10 to the euro.", ("EUR", "USD", 1.1)),
        ("The euro traded at $1.08 on Monday.", ("EUR", "USD", 1.08)),
        ("One pound is worth about $1.27 now.", ("GBP", "USD", 1.27)),
        ("It paid 1.27 dollars against the pound, traders said.", ("GBP", "USD", 1.27)),
        ("The loonie stood at US$0.73 on Friday.", ("CAD", "USD", 0.73)),
    ],
)
def test_the_rates_a_sentence_quotes(sentence, rate):
    found = [(base, m.si_unit, m.value) for base, m, _ in quoted_rates(sentence)]
    assert found == [rate]


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares were priced at $5 per share on Monday.",
        "The scheme returns $5 per euro spent, its backers say.",
        "He gave $5 to the euro fund last year.",
        "Arabica sold for $3 per pound, up from $2.40 in May.",
        "The Canadian dollar fund was worth C$3 million.",
    ],
)
def test_no_rate_in_a_price_or_a_gift(sentence):
    assert list(quoted_rates(sentence)) == []
