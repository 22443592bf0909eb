"""The price of one deal compared across whole articles (issue 11, session 17,
judge/deal.py). Made-up reports.

Outlets state a takeover's price in sentences worded too differently to align
("will buy the grocer for $4.2 billion" / "the Ledger said Halden will pay
$3 billion to $3.5 billion"); each article's one price of a deal in its lead
is compared with another's when their sentences never met, a range against a
point as an interval.
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.model import Claim, Fact

# Sentences both reports carry (one story), none of them stating a price.
_STORY = (
    "Halden Foods is buying the regional grocer Marsh & Pike, the two companies said. "
    "Marsh & Pike runs 240 stores across the north and employs thousands of staff. "
    "Shares in Marsh & Pike rose sharply in early trading after the news broke. "
    "Halden's chief executive said the stores would keep their name for now. "
)


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def prices(tmp_path):
    """The never-met price flags of two reports of one story."""

    def run(a: str, b: str, days=("2024-03-04", "2024-03-04")):
        front = "---\ntitle: T\noutlet: {}\npublished: {}\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier", days[0]) + _STORY + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette", days[1]) + _STORY + b + "\n"),
        ]
        found = analyze_paths(paths).discrepancies
        return [
            (d.sides[0].text, d.sides[1].text, d.verdict.value, d.rule)
            for d in found
            if "price of the deal" in d.explanation
        ]

    return run


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (
            "Analysts say the $4.2 billion acquisition is overdue.",
            "According to people briefed on the talks, Halden will pay $3 billion to $3.5 billion.",
            ("$4.2 billion", "$3 billion to $3.5 billion"),
        ),
        (
            "Halden confirmed on its website that it will acquire the chain for $2.8 billion.",
            "Bankers close to the talks put the takeover, worth about $3.6 billion, among "
            "the largest of the year.",
            ("$2.8 billion", "about $3.6 billion"),
        ),
        (
            "The grocer agreed to a deal valued at £900 million after weeks of talks.",
            "Investors cheered as the £1.2 billion takeover was approved by the board.",
            ("£900 million", "£1.2 billion"),
        ),
    ],
)
def test_a_deal_price_stated_in_other_words_is_compared(prices, a, b, values):
    assert prices(a, b) == [(*values, "conflict", "figures_never_met")]


def test_a_point_within_a_range_is_not_shown(prices):
    assert (
        prices(
            "Analysts say the $3.2 billion acquisition is overdue.",
            "According to people briefed on the talks, Halden will pay $3 billion to $3.5 billion.",
        )
        == []
    )


def test_prices_of_reports_days_apart_are_a_question(prices):
    # a rumoured price is often not the agreed one: which is current?
    found = prices(
        "Analysts say the $4.2 billion acquisition is overdue.",
        "According to people briefed on the talks, Halden will pay $3 billion to $3.5 billion.",
        days=("2024-03-06", "2024-03-04"),
    )
    assert found == [
        ("$4.2 billion", "$3 billion to $3.5 billion", "unresolved", "unmet_updated_count")
    ]


@pytest.mark.parametrize(
    "b",
    [
        # a price per share, not the price of the deal
        "According to people briefed on the talks, Halden will pay $31 a share.",
        # an earlier deal, dated by a year of its own
        "Halden bought the Tarn dairy for $3.1 billion in 2019.",
        # many deals, none of them this one
        "Marsh & Pike signed supply deals worth about $3.5 billion with local farms.",
        # another deal held up as a yardstick
        "It would be the largest grocery takeover since the $3.5 billion deal for Tarn.",
        "The price surpasses the $3.8 billion purchase of Tarn by a rival.",
        # a deal that would make something else worth a sum
        "The deal would make the combined group worth about $5 billion.",
        # no deal named beside the sum
        "Marsh & Pike had sales of $3.4 billion last year.",
    ],
)
def test_sums_that_are_not_the_price_of_the_deal_are_not_compared(prices, b):
    assert prices("Analysts say the $4.2 billion acquisition is overdue.", b) == []


def test_deals_of_two_named_buyers_are_not_compared(prices):
    assert (
        prices(
            "Analysts say Halden's $4.2 billion acquisition is overdue.",
            "Shareholders cheered as Corrie's $3.1 billion takeover won approval from the board.",
        )
        == []
    )
    # one named buyer on one side only is still the one deal of the story
    assert prices(
        "Analysts say Halden's $4.2 billion acquisition is overdue.",
        "It will acquire the chain for $3.1 billion, the company said.",
    ) == [("$4.2 billion", "$3.1 billion", "conflict", "figures_never_met")]


def test_an_article_stating_two_prices_gives_none(prices):
    two = (
        "Halden had first agreed to pay $3.9 billion. "
        "Analysts say the final $4.4 billion acquisition is overdue."
    )
    assert prices(two, "It will acquire the chain for $2.8 billion, Halden said.") == []


def _claim(text: str) -> Claim:
    return Claim("a:0", "a", 0, 0, len(text), text)


@pytest.mark.parametrize(
    ("text", "value", "price"),
    [
        ("Brantley agreed to sell the mill for $12 million.", "$12 million", True),
        ("The brewer agreed to pay $650 million for the rival.", "$650 million", True),
        ("A $75m all-cash takeover was agreed late on Friday.", "$75m", True),
        ("The merger, which is expected to be worth $40m, was approved.", "$40m", True),
        # an offer or a bid is no one deal's price: rival bidders make them
        ("The brewer offered $650 million for the rival.", "$650 million", False),
        ("The offer, which is believed to be worth $40m, was rejected.", "$40m", False),
        ("It paid a fine of $2 million for the spill.", "$2 million", False),
        ("Halden will pay $31 a share in cash.", "$31", False),
        ("Halden bought the dairy for $3.1 billion in 2019.", "$3.1 billion", False),
        ("The board approved a budget of $40 million.", "$40 million", False),
        ("Its $54 billion-per-year services arm is the largest.", "$54 billion", False),
    ],
)
def test_what_reads_as_the_price_of_a_deal(text, value, price):
    from workbench.judge.deal import is_price_of_a_deal

    at = text.index(value)
    fact = Fact("f1", "a:0", "a", "money", at, at + len(value), value, {})
    assert is_price_of_a_deal(_claim(text), fact) is price
