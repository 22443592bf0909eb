"""Whose figure is it: two owners' figures in one sentence (issue 11, session 36).

Made-up reports: votes, market shares, budgets in two currencies. A rival's
figure ("against 27.1 per cent (1,173,840 votes) for the Social Democratic
Union", "to 19% for Samsung"), a figure restated after a comma (", or nearly
1.5 million votes") or in parentheses, a name that took, won or spent it, a
possessive and an "and" list bind a figure to its owner
(facts/bound_subject.py); a conversion told of another figure than the one
its partner is told of is no partner (judge/bound.py, ``bound_elsewhere``).
Authored development election: 1,173,840 (the SDU's) paired with Civic
Renewal's 'nearly 1.5 million'; €16.8m (Civic Renewal's) with the SDU's
$17.2m; the all-party €60m with Civic Renewal's $18.2m.
"""

from __future__ import annotations

import pytest
from conftest import courier_gazette

from workbench.facts.bound_subject import bound_subject


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _flags(tmp_path, a: str, b: str) -> dict[frozenset[str], str]:
    found = courier_gazette(tmp_path, a, b)
    return {frozenset((d.sides[0].text, d.sides[1].text)): str(d.verdict) for d in found}


def _at(text: str, figure: str) -> tuple[int, int]:
    start = text.index(figure)
    return start, start + len(figure)


BOUND = [
    (  # a rival's share, its votes restated in parentheses
        "The party won 34.6 per cent of the vote, or 1,498,700 ballots, against 27.1 per "
        "cent (1,173,840 votes) for the governing Social Democratic Union.",
        {"27.1 per cent": "social democratic union", "1,173,840": "social democratic union"},
    ),
    (  # a figure restated after a comma takes its name
        "Civic Renewal took 34.6% of the vote, or nearly 1.5 million votes, to 27.1% for "
        "the Social Democratic Union.",
        {
            "34.6%": "civic renewal",
            "1.5 million": "civic renewal",
            "27.1%": "social democratic union",
        },
    ),
    (  # market shares
        "Apple took 28% of the market in the quarter, against 19% for Samsung.",
        {"28%": "apple", "19%": "samsung"},
    ),
    (  # budgets: a verb of spending, and the conversion after it
        "Northwind spent 9.1 million euros, or about $9.9 million; Eastgate spent about "
        "$10.4 million.",
        {"9.1 million": "northwind", "$9.9 million": "northwind", "$10.4 million": "eastgate"},
    ),
    (  # a possessive, and the conversion in parentheses after its figure
        "Overall outlays were 2.2 billion crowns, with Northwind's 412 million crowns "
        "(€16.8m) the largest.",
        {"412 million": "northwind", "€16.8m": "northwind"},
    ),
    (  # an "and" list with the noun after the first figure
        "Labour won 1,498,700 votes and the Conservatives 1,173,840.",
        {"1,498,700": "labour", "1,173,840": "conservatives"},
    ),
]


@pytest.mark.parametrize("text, owners", BOUND)
def test_each_figure_is_bound_to_its_own_owner(text, owners):
    for figure, owner in owners.items():
        assert " ".join(bound_subject(text, *_at(text, figure))) == owner, figure


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Police said 12 people were hurt, or about a third of those at the scene.", "12"),
        ("Parties declared combined spending of 1.47 billion lesti, about €60m.", "€60m"),
        ("Prices rose 4% against 3% a year earlier.", "3%"),  # no name after it
    ],
)
def test_no_owner_is_made_up(text, figure):
    assert bound_subject(text, *_at(text, figure)) == ()


# two owners' figures in one sentence: never the other's
RIVALS = [
    (  # votes: the rival's count against the winner's
        "With every station reporting, the centre-right party won 34.6 per cent of the "
        "vote, or 1,498,700 ballots, against 27.1 per cent (1,173,840 votes) for the "
        "governing Social Democratic Union.",
        "Civic Renewal took 34.6% of the vote, or nearly 1.5 million votes, to 27.1% for "
        "the Social Democratic Union of Prime Minister Milos Brankov.",
        ("1,173,840", "nearly 1.5 million"),
        ("1,498,700", "nearly 1.5 million"),
    ),
    (  # budgets in two currencies, each of its own spender
        "The campaign cost 2.2 billion crowns in all, with Northwind's 412 million crowns "
        "(€16.8m) the largest single outlay.",
        "Northwind spent 412 million crowns, or about $18.2 million, much of it online; "
        "Eastgate spent about $17.2 million.",
        ("€16.8m", "about $17.2 million"),
        None,
    ),
    (  # sports scores: the loser's points are the loser's
        "Rovers scored 31 points in the final, to 24 for United.",
        "United scored 27 points in the final, the club said.",
        ("31", "27"),
        ("24", "27"),
    ),
    (  # seats in an "and" list: the second party's seats are not the first's
        "The Liberals won 412 seats and the Greens 96.",
        "The Liberals won 410 seats, officials said.",
        ("96", "410"),
        ("412", "410"),
    ),
    (  # market shares: the rival's share
        "Over the quarter, Apple took 28% of the smartphone market, against 19% for Samsung.",
        "Apple took 26% of the smartphone market over the quarter, analysts said.",
        ("19%", "26%"),
        ("28%", "26%"),
    ),
]


@pytest.mark.parametrize("a, b, apart, kept", RIVALS)
def test_a_rivals_figure_is_not_compared_with_the_owners(tmp_path, a, b, apart, kept):
    found = _flags(tmp_path, a, b)
    assert frozenset(apart) not in found
    if kept is not None:
        assert frozenset(kept) in found


def test_a_conversion_of_another_figure_is_not_compared(tmp_path):
    """'about €60m' converts the combined 1.47 billion, '$18.2 million' the 412
    million both reports give: two things, not one sum in two currencies."""
    a = (
        "Parties declared combined spending of 1.47 billion lesti, about €60m, with Civic "
        "Renewal's 412 million lesti the largest single outlay."
    )
    b = (
        "Civic Renewal spent 412 million lesti, or about $18.2 million, much of it on "
        "digital advertising."
    )
    found = _flags(tmp_path, a, b)
    assert frozenset(("about €60m", "about $18.2 million")) not in found


def test_a_conversion_bound_alike_is_still_compared(tmp_path):
    """Both conversions told of one agreeing figure stay compared ('£1,800,
    roughly C$3,300' / '£1,800 (roughly C$2,330)': one of them is wrong)."""
    a = "Each passenger would receive £1,800, roughly C$3,300, on top of a full refund."
    b = "Each passenger would receive £1,800 (roughly C$2,330) in addition to a full refund."
    found = _flags(tmp_path, a, b)
    assert found.get(frozenset(("roughly C$3,300", "roughly C$2,330"))) == "conflict"
