"""Whose offer a figure is, and an offer against an ask (issue 11, session 21,
class C of the test half): two owners' offers, or what was asked for against
what was offered, are never one figure, even when the values are equal; the
same owner's offer told twice still is. Made-up sentences: sport, business,
politics, property."""

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.offers import offer_of
from workbench.judge.stages import tracing


def _offer(text: str, figure: str, before: str = ""):
    at = text.index(figure)
    return offer_of(text, at, at + len(figure), before)


@pytest.mark.parametrize(
    ("text", "figure", "kind", "owner"),
    [
        # the subject of the verb of offering, not the one offered to
        ("Last month the Rovers made Diallo a four-year, $30 million offer.", "four-year",
         "offer", ("rovers",)),
        ("The Hawks, according to reports, have offered Diallo a three-year deal.", "three-year",
         "offer", ("hawks",)),
        ("Northwind Energy bid $2.1 billion for the utility on Monday.", "$2.1 billion",
         "offer", ("northwind", "energy")),
        # a pronoun subject is the sentence's speaker
        ("The Tories said on Friday they had proposed a 3 percent cap.", "3 percent",
         "offer", ("tories",)),
        # a name before the offer noun, or after "offer from"
        ("Analysts called the Kestrel bid of $40 a share generous.", "$40", "offer",
         ("kestrel",)),
        ("An offer from Halvorsen of $1.2 million was turned down.", "$1.2 million", "offer",
         ("halvorsen",)),
        # asking is not offering
        ("The agent countered by asking for a five-year contract.", "five-year", "ask", ()),
        ("The nurses' union is demanding a 9 percent raise.", "9 percent", "ask", ()),
        ("The sellers are seeking $4 million for the estate.", "$4 million", "ask", ()),
    ],
)  # fmt: skip
def test_whose_offer_and_what_kind(text, figure, kind, owner):
    found = _offer(text, figure)
    assert found is not None
    assert found.kind == kind
    if owner:
        assert found.owner == owner


def test_a_quantified_subject_speaks_of_every_owner():
    found = _offer("So far no club has offered him more than four years.", "four years")
    assert found is not None and found.anyone and not found.owner


def test_the_offer_told_before_keeps_its_owner():
    before = "Reports say the Rovers have made an offer for the striker.\n"
    found = _offer("The offer is believed to be worth $30 million.", "$30 million", before)
    assert found is not None and found.owner == ("rovers",)


def test_a_figure_of_no_offer_is_none():
    assert _offer("The stadium holds 40,000 fans.", "40,000") is None


@pytest.fixture
def figures(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")

    def run(a: str, b: str):
        front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
        ]
        found = analyze_paths(paths).discrepancies
        return [
            (d.verdict.value, d.rule) for d in found if d.kind in ("number", "money", "duration")
        ]

    return run


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # sport: a pronoun's offer (the speaker's) against another club's offer told
        # just before as "the offer"
        (
            "The Hawks said last week they made Diallo a four-year offer worth $30 million.",
            "Reports say the Rovers have made an offer for Diallo.\n"
            "The offer is believed to be a four-year deal worth $30 million.",
        ),
        # sport: what the agent asked for against what a club offered
        (
            "His agent countered by asking for a four-year contract worth $40 million.",
            "The Rovers offered Diallo a four-year contract worth $35 million.",
        ),
        # labour: what a union demands against what the employer offered
        (
            "The nurses' union is demanding a 6 percent pay rise this year.",
            "The hospital trust has offered a 4 percent pay rise this year.",
        ),
        # business: what shareholders seek against what a bidder offered
        (
            "Shareholders are seeking $45 a share for their stock, a person familiar with "
            "the talks said.",
            "Castlegate has offered $45 a share for the stock, a person familiar with the "
            "talks said.",
        ),
        # politics: a party's proposal told through its speaker against another's
        (
            "The Tories said on Friday they had proposed a 3 percent cap on city rents for "
            "the next two years, the council said.",
            "Labour has proposed a 5 percent cap on city rents for the next two years, "
            "the council said.",
        ),
    ],
)
def test_two_owners_offers_or_an_ask_are_not_compared(figures, a, b):
    with tracing() as decided:
        assert figures(a, b) == []
    assert decided[("different_offers", "skip")] >= 1


def test_one_owners_offer_told_twice_is_compared(figures):
    found = figures(
        "The Rovers made Diallo a four-year offer worth $30 million.",
        "The Rovers have offered Diallo a four-year deal worth $35 million.",
    )
    assert ("conflict", "fact_module") in found or any(v == "conflict" for v, _ in found)


def test_every_owners_bound_is_still_compared(figures):
    found = figures(
        "So far no club has offered the striker Diallo a contract longer than four years, "
        "his agent said on Monday.",
        "So far the Rovers have offered the striker Diallo a contract of six years, "
        "his agent said on Monday.",
    )
    assert [v for v, _ in found] == ["conflict"]
