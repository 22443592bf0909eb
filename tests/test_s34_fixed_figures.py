"""Figures that do not run (issue 11, session 34): a price, a fine, a payment
per household, a named person's age, a zone's radius, a thing's size are not
"often updated" (unmet_updated_count) nor "pinned to their day"
(figure_pinned_to_its_day): two reports of different days that differ on one
are compared plainly. A running count keeps its question. Made-up reports,
varied domains (judge/fixed_figures.py)."""

import pytest
from conftest import write

from workbench import judge
from workbench.analysis import analyze_paths
from workbench.judge.fixed_figures import fixed_figure, set_once

# Sentences both reports carry, so the two articles report one story.
SHARED = (
    "Crews worked through the night on the outskirts of Marlow Bay. "
    "The mayor visited the site on the main road. "
    "Schools in the district will stay closed until further notice. "
)


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def flags(tmp_path):
    """(value a, value b, verdict, rule) of every flag of two reports."""

    def run(a, b, days=("2024-05-06", "2024-05-09"), shared=SHARED):
        front = "---\ntitle: T\noutlet: {}\npublished: {}\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier", days[0]) + shared + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette", days[1]) + shared + b + "\n"),
        ]
        with judge.tracing() as decided:
            found = analyze_paths(paths).discrepancies
        run.decided = decided
        return [
            (d.sides[0].text, d.sides[1].text, d.verdict.value, d.rule)
            for d in found
            if d.kind != "attribution"
        ]

    return run


def _rules(found):
    return {r for *_, r in found}


# --- the class, read from one sentence -------------------------------------------------


def _fact(tmp_path, sentence: str, text: str):
    path = write(tmp_path, "one.md", "---\ntitle: T\noutlet: Courier\n---\n" + sentence + "\n")
    return next(f for f in analyze_paths([path]).facts if text in f.text)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The court fined the haulier £45,000 for the spill.", "£45,000"),
        ("Each household will receive compensation of $2,500 from the utility.", "$2,500"),
        ("Residents within a 3-kilometre radius of the depot were told to leave.", "3-kilometre"),
        ("Police set up a cordon 400 metres around the warehouse.", "400 metres"),
        ("The bridge, 820 metres long, links the two islands.", "820 metres"),
        ("The driver, Anton Varga, 52, was arrested at the scene.", "52"),
        ("The 61-year-old Miriam Osei said the inquiry would sit in public.", "61"),
    ],
)
def test_a_figure_that_does_not_run_is_read_as_fixed(tmp_path, sentence, value):
    assert fixed_figure(_fact(tmp_path, sentence, value), sentence)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("At least 14 people were killed in the blast, officials said.", "14"),
        ("Shares in the group closed at $24.50 after the announcement.", "$24.50"),
        ("The fire has now spread across 12 kilometres of hillside.", "12 kilometres"),
        ("The storm was moving 300 miles east of the islands.", "300 miles"),
        ("About 40,000 homes were still without power on Tuesday.", "40,000"),
    ],
)
def test_a_running_figure_is_not_read_as_fixed(tmp_path, sentence, value):
    assert not fixed_figure(_fact(tmp_path, sentence, value), sentence)


def test_a_deal_price_and_a_contract_are_set_once_an_offer_is_not():
    assert set_once("price of the deal (what the buyer pays)")
    assert set_once("sum of the Red Sox contract")
    assert not set_once("sum of the Red Sox offer")
    assert not set_once("number killed")
    talks = ("The $4.2 billion acquisition is overdue.", "People briefed on the talks said so.")
    assert not set_once("price of the deal (what the buyer pays)", talks)


# --- figure_pinned_to_its_day ------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Residents within a 2-kilometre radius of the depot will be allowed home at noon "
            "today, the council said.",
            "Residents within a 3-kilometre radius of the depot will be allowed home, the "
            "council said.",
        ),
        (
            "The inquiry into the collapse, led by Miriam Osei, 61, opened this morning in "
            "the town hall.",
            "The inquiry into the collapse, led by Miriam Osei, 64, opened in the town hall.",
        ),
    ],
)
def test_a_fixed_figure_pinned_to_its_day_is_no_question(flags, a, b):
    found = flags(a, b)
    assert "figure_pinned_to_its_day" not in _rules(found)
    assert any(v == "conflict" for _, _, v, _ in found), found


def test_a_running_figure_pinned_to_its_day_stays_a_question(flags):
    found = flags(
        "The river rose 2 metres today at the Marlow Bay gauge as the rain continued.",
        "The river rose 3 metres at the Marlow Bay gauge as the rain continued.",
    )
    assert [(v, r) for *_, v, r in found] == [("unresolved", "figure_pinned_to_its_day")]


# --- unmet_updated_count -----------------------------------------------------------------

DEAL = (
    "Ostra Logistics said the combination would create the region's largest freight group. "
    "Analysts said regulators were unlikely to object to the merger. "
    "The boards of both companies backed the transaction unanimously. "
)


def test_a_deal_price_of_different_days_is_a_conflict(flags):
    found = flags(
        "Ostra Logistics agreed to buy Kelvin Freight for €840 million in cash.",
        "The €910 million acquisition is the biggest in the sector this year.",
        shared=DEAL,
    )
    assert [(x, y, v) for x, y, v, _ in found] == [("€840 million", "€910 million", "conflict")]
    assert "unmet_updated_count" not in _rules(found)


def test_a_toll_of_different_days_stays_a_question(flags):
    found = flags(
        "Paramedics treated 23 injured at the roadside before the first ambulances left.",
        "In all, 31 people were hurt, according to the county's fire service.",
    )
    assert [(v, r) for *_, v, r in found] == [("unresolved", "unmet_updated_count")]
