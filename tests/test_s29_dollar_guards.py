"""Where a story is told from, read with care, and a bare "$" on both sides
(session 29, lead; seen on MEANTIME and on the held-out readers' totals).

Class 1 — an opening that names another country beside the dollar country, or
a town's name that is also a person's or a word, is no home: "Ford cut its US
and Canadian production" is no Canadian story, "In Hong Kong, the Hang Seng
fell" after "fears of problems in the United States" no Hong Kong story, and
"Darwin" the kernel of an operating system no Northern Territory. Read as
homes, their bare "$" became Canadian, Hong Kong or Australian dollars.
Class 2 — "US $129" is the US dollar whatever the story's home.
Class 3 — two reports both writing "$": one datelined in a dollar country (its
"$" is that dollar), one naming no country (its "$" read as US dollars only by
default). The same sum is one figure, not "one of the currencies is wrong".
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.home import home_of
from workbench.facts.quantity.family import QuantityFamily

QTY = QuantityFamily()


def _money(sentences: list[str]):
    return [m for ms in QTY.find_each(sentences, None) for m in ms if m.kind == "money"]


@pytest.mark.parametrize(
    "opening",
    [
        ["Ford announced deep cuts in its US and Canadian production.", "Plants will close."],
        ["The carmaker is owned partly by the United States and Canadian governments."],
        [
            "Stocks fell on fears of a recession in the United States.",
            "In Hong Kong, the index fell.",
        ],
        ["American investors bought Australian bonds.", "Yields fell."],
        ["The open-source kernel, Darwin, was updated.", "Users were pleased."],
        ["Halifax, the lender, raised its mortgage rates.", "Borrowers will pay more."],
        ["The Duke of Wellington's boots sold at auction.", "A collector paid a record sum."],
        ["A Perth-born actor won the award.", "She thanked her family."],
    ],
)
def test_an_opening_with_another_country_or_a_word_like_town_is_no_home(opening):
    assert home_of(opening) is None


@pytest.mark.parametrize(
    ("opening", "dollar"),
    [
        (["DARWIN, NT - A cyclone crossed the coast."], "AUD"),
        (["PERTH, WA - The mine reopened."], "AUD"),
        (["HALIFAX, N.S. - The ferry was cancelled."], "CAD"),
        (["CHRISTCHURCH - The council met."], "NZD"),
        (["The Queensland premier said the damage could exceed $3 billion."], "AUD"),
        (["Ontario's fire marshal opened an inquiry.", "The plant had been fined before."], "CAD"),
    ],
)
def test_a_dateline_or_a_lone_dollar_country_is_still_a_home(opening, dollar):
    place = home_of(opening)
    assert place is not None and place.dollar == dollar


@pytest.mark.parametrize(
    "sentences",
    [
        ["Sydney's council approved the budget.", "A review put the software at US $129."],
        ["BRISBANE - The port was sold.", "Analysts valued it at U.S. $2.1 billion."],
    ],
)
def test_a_us_dollar_written_with_a_space_stays_the_us_dollar(sentences):
    sums = _money(sentences)
    assert sums and all(m.unit == "USD" and not m.home for m in sums), sums


def _found(tmp_path, a: str, b: str) -> dict[frozenset[str], str]:
    fa = write(tmp_path, "a.txt", f"---\npublished: 2026-07-14\n---\n{a}\n")
    fb = write(tmp_path, "b.txt", f"---\npublished: 2026-07-14\n---\n{b}\n")
    found = analyze_paths([fa, fb])
    return {frozenset(s.text for s in d.sides): str(d.verdict) for d in found.discrepancies}


@pytest.mark.parametrize(
    ("a", "b", "sums"),
    [
        (
            "KAMLOOPS, B.C. - Evacuated households will receive $1,500 each from the "
            "province, officials said on Tuesday.",
            "Evacuated households will receive $1,500 each from the province, officials "
            "said on Tuesday.",
            {"$1,500"},
        ),
        (
            "TOWNSVILLE, Qld - The state will pay $2,000 to every family whose home was "
            "flooded, the premier said.",
            "Every family whose home was flooded will get $2,000 from the state, the premier said.",
            {"$2,000"},
        ),
    ],
)
def test_one_sum_written_with_a_dollar_sign_in_both_reports_is_no_currency_error(
    tmp_path, a, b, sums
):
    found = _found(tmp_path, a, b)
    pair = frozenset(sums)
    assert found.get(pair, "not flagged") != "conflict", found


def test_a_differing_sum_written_with_a_dollar_sign_in_both_reports_still_conflicts(tmp_path):
    found = _found(
        tmp_path,
        "KAMLOOPS, B.C. - Evacuated households will receive $1,500 each from the "
        "province, officials said on Tuesday.",
        "Evacuated households will receive $1,000 each from the province, officials "
        "said on Tuesday.",
    )
    assert found.get(frozenset({"$1,500", "$1,000"})) == "conflict", found


def test_a_story_that_tells_its_dollars_apart_keeps_its_us_dollar(tmp_path):
    # the wire writes the Canadian prefix, so its bare "$" is the US conversion
    sums = _money(["The province pays C$1,500 ($1,100) to each household."])
    bare = [m for m in sums if m.text.startswith("$")]
    assert bare and all(m.unit == "USD" and not m.loose_dollar for m in bare)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The premier has warned the damage bill could exceed $3 billion, the worst on record.",
            "The premier said the damage bill could exceed A$3 billion (about US$1.9 "
            "billion), the worst on record.",
        ),
        (
            "The city will spend $45 million on a new ferry terminal, the mayor said.",
            "The city will spend C$45 million (US$33 million) on a new ferry terminal, the "
            "mayor said.",
        ),
    ],
)
def test_a_bare_dollar_sum_against_the_same_sum_in_a_named_dollar_is_no_conflict(tmp_path, a, b):
    found = _found(tmp_path, a, b)
    assert "conflict" not in found.values(), found


def test_a_bare_dollar_sum_against_a_different_sum_in_a_named_dollar_is_not_agreed(tmp_path):
    found = _found(
        tmp_path,
        "The premier has warned the damage bill could exceed $3 billion, the worst on record.",
        "The premier said the damage bill could exceed A$2 billion, the worst on record.",
    )
    assert found and "consistent" not in found.values(), found
