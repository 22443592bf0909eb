"""Organisations own their figures (issue 11, session 18, class 1 of the fresh
editor trials: one team's offer was held against another team's deal, "an
eight-year deal" of one club against "a seven-year deal" of another). Made-up
sentences; facts/whose.py (owner_of) and the row different_owners."""

from __future__ import annotations

import pytest
from conftest import write

from workbench import judge
from workbench.analysis import analyze_paths
from workbench.facts.whose import owner_of


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _owner(text: str, value: str) -> tuple[str, ...]:
    i = text.index(value)
    return owner_of(text, i, i + len(value))[0]


@pytest.mark.parametrize(
    ("text", "value", "owner"),
    [
        # the subject that gave, signed, paid or bid
        ("The Nationals gave Werth a seven-year deal, a person said.", "seven-year", "nationals"),
        # a deal "signed NAME to" is the one signed's (facts/deals.py, session 20: one
        # team's two signings, Brand's $82 million and Iguodala's $80 million, were
        # paired as one figure while Brand's own $80 million went unpaired)
        (
            "The Phillies signed Lee to a five-year, $120 million contract.",
            "$120 million",
            "lee",
        ),
        ("Rival Zenith paid $2.5 billion for the unit last year.", "$2.5 billion", "zenith"),
        ("Rival Lufthansa bid 300 million euros for it.", "300 million euros", "lufthansa"),
        # a possessive that opens its clause, however far the figure
        (
            "The Nationals' deal with Werth is worth $126 million over seven years.",
            "seven years",
            "national",
        ),
        (
            "The Boston Red Sox's offer to the outfielder was worth about $142 million.",
            "$142 million",
            "sox",
        ),
        # a name that says what it will do itself
        ("General Motors said it would cut 2,500 jobs in Europe.", "2,500", "motors"),
        ("Ford announced that it will invest $1 billion in the plant.", "$1 billion", "ford"),
    ],
)
def test_an_organisation_owns_the_figure_of_its_clause(text, value, owner):
    assert owner in _owner(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a speech verb or a new clause after the possessive: the figure is another's
        ("Smith's lawyer said the company owed him more than $40,000.", "$40,000"),
        ("The Nationals' manager, who joined in 2009, expects 90 wins.", "90"),
        # generic speakers are nobody's name
        ("Officials said it would take 12 hours to clear the road.", "12 hours"),
        ("Police said it would cost $2 million to repair the bridge.", "$2 million"),
    ],
)
def test_no_owner_where_the_clause_names_none(text, value):
    assert _owner(text, value) == ()


def _flags(tmp_path, a: str, b: str, without: tuple[str, ...] = ()):
    front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
    paths = [
        write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
        write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
    ]
    with judge.rules.without(*without):
        found = analyze_paths(paths).discrepancies
    return [
        (d.sides[0].text, d.sides[1].text, d.verdict.value)
        for d in found
        if d.kind != "attribution"
    ]


_LEAD = "Jayson Werth agreed to a contract with the Washington Nationals on Sunday. "
_TAIL = " Werth will join the Nationals next season."


def test_two_clubs_terms_are_not_one_deal(tmp_path):
    a = (
        _LEAD
        + "The Red Sox offered Crawford a seven-year deal worth $142 million, a person said."
        + _TAIL
    )
    b = (
        _LEAD
        + "The Nationals' deal with Werth is worth $126 million over seven years, a person said."
        + _TAIL
    )
    assert _flags(tmp_path, a, b) == []
    assert _flags(tmp_path, a, b, without=("different_owners",)) != []


def test_two_companies_cuts_are_not_one_figure(tmp_path):
    lead = "Carmakers announced plant closures in Europe on Tuesday. "
    a = lead + "Ford said it would cut 4,000 jobs in Europe by the end of next year."
    b = lead + "General Motors said it would cut 2,500 jobs in Europe by the end of next year."
    assert _flags(tmp_path, a, b) == []
    assert [v for *_, v in _flags(tmp_path, a, b, without=("different_owners",))] == ["conflict"]


def test_one_clubs_deal_told_two_ways_is_still_compared(tmp_path):
    a = (
        _LEAD
        + "The Nationals gave Werth a seven-year deal worth $126 million, a person said."
        + _TAIL
    )
    b = (
        _LEAD
        + "The Nationals' deal with Werth is worth $136 million over seven years, a person said."
        + _TAIL
    )
    assert ("$126 million", "$136 million", "conflict") in _flags(tmp_path, a, b)
