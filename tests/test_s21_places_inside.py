"""Places inside places, learned from the articles themselves (issue 11,
session 21, class G of the test half: "of South Ozone Park" / "of Queens" and
"of College Point" / "of Queens" called two towns for one woman). No
gazetteer: the shapes news writes a place inside another, in any of the
analysed articles, in several countries; a street put in two places makes
them overlap. Made-up sentences."""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze_paths
from workbench.judge.containment import inside_pairs, sharing_a_street
from workbench.model import Verdict


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _homes(tmp_path, a: str, b: str):
    analysis = analyze_paths(pair(tmp_path, a, b))
    return [d for d in analysis.discrepancies if d.kind == "residence"]


@pytest.mark.parametrize(
    ("text", "inner", "outer"),
    [
        ("Fire crews were called to Queens' South Ozone Park overnight.", "south ozone park",
         "queens"),
        ("Berlin's Neukölln has seen rents double.", "neukölln", "berlin"),
        ("It happened in the Bushwick neighborhood of Brooklyn.", "bushwick", "brooklyn"),
        ("Police sealed off the Neukölln district in Berlin.", "neukölln", "berlin"),
        ("He grew up in a Brooklyn neighborhood, Bushwick, in the 1990s.", "bushwick",
         "brooklyn"),
        ("Salford, a city in Greater Manchester, voted on Thursday.", "salford",
         "greater manchester"),
        ("She had lived in Neukölln in Berlin for years.", "neukölln", "berlin"),
        ("The mayor of Vaise, a district of Lyon, spoke first.", "vaise", "lyon"),
    ],
)  # fmt: skip
def test_a_place_written_inside_another_is_learned(text, inner, outer):
    assert (inner, outer) in inside_pairs([text])


@pytest.mark.parametrize(
    "text",
    [
        "The Smiths' Ford was stolen on Monday.",  # a car, no place; "The" no name
        "Crews worked in Queens Friday night.",  # a weekday after a place
    ],
)
def test_what_is_no_place_inside_a_place(text):
    assert all(
        "the" not in p.split() and "friday" not in p for pr in inside_pairs([text]) for p in pr
    )


def test_one_street_in_two_places_makes_them_overlap():
    texts = [
        "The car hit her on 117th Street in Queens on Friday.",
        "She had parked at 97th Avenue and 117th Street in Richmond Hill.",
        "He lives on Main Street in Salford.",
    ]
    assert sharing_a_street(texts) == {"queens", "richmond hill"}


@pytest.mark.parametrize(
    ("setting", "wide", "narrow"),
    [
        # US: a neighbourhood and its borough
        ("Neighbours in Queens' South Ozone Park held a vigil.", "Queens", "South Ozone Park"),
        # Germany: a district and its city
        ("The Neukölln district in Berlin has two clinics.", "Berlin", "Neukölln"),
        # England: a city and its county
        ("Salford, a city in Greater Manchester, held a vigil.", "Greater Manchester", "Salford"),
        # France: a district and its city, written the other way round
        ("The mayor of Vaise, a district of Lyon, spoke first.", "Lyon", "Vaise"),
    ],
)
def test_a_home_and_the_place_another_article_puts_it_in_agree(tmp_path, setting, wide, narrow):
    a = f"{setting}\n\nHelen Markham, 59, of {wide}, was hit while crossing the road.\n"
    b = f"Helen Markham, 59, of {narrow}, was hit while crossing the road on Friday.\n"
    (d,) = _homes(tmp_path, a, b)
    assert d.verdict == Verdict.CONSISTENT and d.rule == "home_inside_the_other"


def test_a_place_one_street_shares_with_another_may_hold_a_home(tmp_path):
    a = (
        "The driver struck her on 117th Street in Queens.\n\n"
        "Helen Markham, 59, of Queens, was hit while crossing the road.\n"
    )
    b = (
        "She was hit at 97th Avenue and 117th Street in Richmond Hill.\n\n"
        "Helen Markham, 59, of Ozone Park, was hit while crossing the road on Friday.\n"
    )
    (d,) = _homes(tmp_path, a, b)
    assert d.verdict == Verdict.UNRESOLVED and d.rule == "home_may_be_inside"


def test_two_towns_nothing_puts_together_are_still_two_towns(tmp_path):
    a = (
        "Neighbours in Queens' South Ozone Park held a vigil.\n\n"
        "Helen Markham, 59, of South Ozone Park, was hit while crossing the road.\n"
    )
    b = "Helen Markham, 59, of College Point, was hit while crossing the road on Friday.\n"
    (d,) = _homes(tmp_path, a, b)
    assert d.verdict == Verdict.CONFLICT and d.rule == "home_in_two_towns"
