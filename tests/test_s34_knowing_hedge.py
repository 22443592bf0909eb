"""A hedge on what the speaker knows, cut off, turns a quote (session 34).

"This was not an attack, as far as we know" quoted as "This was not an
attack" is a certainty the speaker did not claim: a conflict that names the
hedge, whether the hedge follows the kept words or leads into them. A distance
("as far as the old mill"), a topic ("as far as the town is concerned") or
"from what remained" is no hedge. Cases made up: a grid, a fire, a ministry, a
dam, a hospital, a ferry, a mine, a court, a club.
"""

from __future__ import annotations

import pytest

from workbench.facts.quote import compare_quotes
from workbench.facts.quote.find import find_quotes
from workbench.facts.quote.turncut import knowing_hedge
from workbench.model import Verdict


def _diff(a: str, b: str):
    return compare_quotes(find_quotes(a)[0], find_quotes(b)[0], "Courier", "Herald")


HEDGED = [
    (
        '"There was no sabotage, as far as we know today, and I will not speculate," Ode said.',
        '"There was no sabotage," Ode said.',
        "as far as we know today",
    ),
    (
        '"As far as we can tell, nobody was inside the warehouse," the fire chief said.',
        'The fire chief said "nobody was inside the warehouse".',
        "As far as we can tell",
    ),
    (
        '"The dam is holding, so far as our engineers can judge," the minister said.',
        '"The dam is holding," the minister said.',
        "so far as our engineers can judge",
    ),
    (
        '"To our knowledge, no patient was harmed by the outage," a hospital spokeswoman said.',
        'A hospital spokeswoman said "no patient was harmed by the outage".',
        "To our knowledge",
    ),
    (
        '"All the crew are accounted for, to the best of my knowledge," the captain said.',
        '"All the crew are accounted for," the captain said.',
        "to the best of my knowledge",
    ),
    (
        '"From what we understand, the shaft collapsed at the third level," Mbeki said.',
        'Mbeki said "the shaft collapsed at the third level".',
        "From what we understand",
    ),
    (
        '"The vote was not rigged, on current information," the returning officer said.',
        '"The vote was not rigged," the returning officer said.',
        "on current information",
    ),
]


@pytest.mark.parametrize(("full", "cut", "hedge"), HEDGED)
def test_a_knowing_hedge_cut_off_is_a_conflict_that_names_it(full, cut, hedge):
    d = _diff(full, cut)
    assert d is not None and d.verdict is Verdict.CONFLICT
    assert "hedge" in d.explanation and hedge.split()[-1] in d.explanation


@pytest.mark.parametrize(
    ("full", "cut"),
    [
        (  # a distance, not a hedge
            '"The water reached as far as the old mill, and the road is shut," he said.',
            '"The water reached as far as the old mill," he said.',
        ),
        (  # a topic, not a hedge
            '"The fire is out, as far as the town is concerned," the mayor said.',
            '"The fire is out," the mayor said.',
        ),
    ],
)
def test_other_as_far_as_cuts_stay_a_question(full, cut):
    d = _diff(full, cut)
    assert d is not None and d.verdict is Verdict.UNRESOLVED


@pytest.mark.parametrize(
    ("words", "hedge"),
    [
        ("as far as we know", True),
        ("as far as i am aware", True),
        ("so far as anyone can tell", True),
        ("to my knowledge", True),
        ("on the evidence we have", True),
        ("from what i can see", True),
        ("as far as the river", False),
        ("as far as the club is concerned", False),
        ("from what remained of the roof", False),
        ("so far we have found two", False),
    ],
)
def test_knowing_hedge_reads_the_opening(words, hedge):
    assert knowing_hedge(words.split()) is hedge
