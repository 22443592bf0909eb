"""A deal's price named by one party in two loosely related reports (issue 11,
session 24: judge/parties.py, judge/deal.py). Made-up reports.

An article about a takeover only in part (analysts' views, the chief
executive's plans) shares few aligned sentences with a news report of it, and
the deal pass left its price out as a figure of a loosely related article. A
price whose clause names a party of the deal that the other price's clause
names too — written out, or as its initials — is that party's deal and is
compared; a source that tells of it is no party, and prices of two different
parties stay apart.
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.judge.parties import of_price, shared
from workbench.model import Claim, Fact

# An analysts' piece and a news report: they share no other sentence.
_VIEWS = (
    "Several brokers raised their targets for the sector this week. "
    "One fund manager called the move a sign of confidence in the market. "
    "Trading volumes were thin ahead of the holiday weekend. "
)
_NEWS = (
    "The agreement still needs the approval of regulators in two countries. "
    "Both boards met on Sunday evening to approve the terms. "
    "The combined workforce will number about 9,000 people. "
)


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def prices(tmp_path):
    def run(a: str, b: str):
        front = "---\ntitle: T\noutlet: {}\npublished: 2024-05-13\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier") + a + " " + _VIEWS + "\n"),
            write(tmp_path, "b.md", front.format("Gazette") + b + " " + _NEWS + "\n"),
        ]
        return [
            (d.sides[0].text, d.sides[1].text, d.verdict.value, d.rule)
            for d in analyze_paths(paths).discrepancies
            if "price of the deal" in d.explanation
        ]

    return run


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (  # one buyer, written out and as initials
            "Analysts believe Harlow-Dane's forthcoming $6.4 billion acquisition of Quill "
            "Robotics is a good move.",
            "HD will pay $5 billion to $5.5 billion, people close to the talks said.",
            ("$6.4 billion", "$5 billion to $5.5 billion"),
        ),
        (  # the company bought, named in full and by its initials
            "Fund managers say the €2.1 billion takeover of Baltic Freight Lines is cheap.",
            "Ostmark announced on Monday that it will buy BFL for €2.9 billion.",
            ("€2.1 billion", "€2.9 billion"),
        ),
        (  # one name, with a title run on after it
            "Kestrel chief executive Ana Ruiz believes the $840 million purchase will pay off "
            "within three years.",
            "The software maker's board backed a sale to Kestrel for $910 million in cash.",
            ("$840 million", "$910 million"),
        ),
    ],
)
def test_a_price_one_party_names_is_compared_in_loosely_related_reports(prices, a, b, values):
    assert prices(a, b) == [(*values, "conflict", "owned_figures_never_met")]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # each price names another buyer: two deals
            "Analysts believe Harlow-Dane's $6.4 billion acquisition of Quill Robotics is a "
            "good move.",
            "Marrow Group will pay $5 billion for the chip designer Sentra, people said.",
        ),
        (  # only the source that tells of each price is shared
            "Analysts told the Ledger that a $6.4 billion acquisition would be a good move.",
            "The Ledger said a buyer will pay $5 billion to $5.5 billion.",
        ),
        (  # no party named beside either price
            "Analysts believe the $6.4 billion acquisition is a good move.",
            "The buyer will pay $5 billion to $5.5 billion, people close to the talks said.",
        ),
    ],
)
def test_prices_of_no_shared_party_stay_apart_in_loosely_related_reports(prices, a, b):
    assert prices(a, b) == []


def test_a_price_within_the_other_is_not_shown(prices):
    # one party's prices that agree are no item to review
    found = prices(
        "Analysts believe Harlow-Dane's $5.2 billion acquisition of Quill Robotics is a good move.",
        "HD will pay $5 billion to $5.5 billion, people close to the talks said.",
    )
    assert found == []


def _price(text: str, value: str) -> tuple[Claim, Fact]:
    start = text.index(value)
    claim = Claim("a:0", "a", 0, 0, len(text), text)
    return claim, Fact("a:0:f", "a:0", "a", "money", start, start + len(value), value, {})


@pytest.mark.parametrize(
    ("a", "value", "b", "party"),
    [
        ("H-P will buy the company for $13.9 billion.", "$13.9 billion", "Hewlett-Packard", "HP"),
        ("The $2 billion sale of Electronic Data Systems", "$2 billion", "EDS", "EDS"),
        ("Ostmark will buy the line for $2 billion", "$2 billion", "Ostmark's board", "ostmark"),
    ],
)
def test_one_party_in_full_and_in_initials(a, value, b, party):
    keys_b = of_price(*_price(b + " agreed to pay $9 billion.", "$9 billion"))
    assert shared(of_price(*_price(a, value)), keys_b) == party


def test_a_source_or_an_opening_word_is_no_party():
    claim, fact = _price("The Journal said the buyer will pay $4 billion.", "$4 billion")
    assert of_price(claim, fact) == ()


def test_prices_each_naming_a_party_the_other_never_names_are_two_deals():
    # one seller in common, two buyers: two deals (MEANTIME airbus: Qatar and China)
    a = "Qatar Airways will also purchase 20 of Boeing's larger 777 planes for $4.6 billion."
    b = "Officials from China have agreed to purchase 60 Boeing 787 aircraft in a deal worth $7 bn."
    keys_a, keys_b = of_price(*_price(a, "$4.6 billion")), of_price(*_price(b, "$7 bn"))
    assert shared(keys_a, keys_b) == ""
    # one side naming only the buyer, the other the buyer and the company bought: one deal
    c = "Analysts believe Harlow-Dane's $6.4 billion acquisition of Quill Robotics is sound."
    d = "HD will pay $5 billion, people close to the talks said."
    assert shared(of_price(*_price(c, "$6.4 billion")), of_price(*_price(d, "$5 billion"))) == "HD"
