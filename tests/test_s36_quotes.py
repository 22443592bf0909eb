"""Quotes an editor trusts (issue 11, session 36). Cases made up: a stadium,
a ministry, a port, a court, a club, a recall, a landing, a strike.

1. A post that holds an "and" ("Sports and Culture Cabinet Secretary Ruth
   Njoroge", "Minister for Trade and Industry") names one person: the same
   words credited to another named person are a misattribution. Two people
   joined by "and" still share the words.
"""

from __future__ import annotations

import pytest
from conftest import courier_gazette

from workbench.facts.quote import find_quotes, speakers_differ
from workbench.facts.quote.joint import names_two


def _speaker(text: str):
    quotes = find_quotes(text)
    assert quotes, text
    return quotes[-1].speaker


def _kinds(flags, kind: str) -> list:
    return [d for d in flags if d.kind == kind]


# ---------------------------------------------------- 1. a post holding an "and"

TITLED_AND = [
    (
        '"The gate was opened by people who had no authority to open it," said Samuel Keter, '
        "the county police commander.",
        '"The gate was opened by people who had no authority to open it," Sports and Culture '
        "Cabinet Secretary Ruth Njoroge said on Monday.",
    ),
    (
        '"We will not approve a single new licence this year," Health and Human Services '
        "Secretary Maria Alvarez told reporters.",
        '"We will not approve a single new licence this year," said Tom Brennan, the agency '
        "director.",
    ),
    (
        'Transport and Infrastructure Minister Kofi Mensah said: "The port will handle twice '
        'the cargo by 2030."',
        '"The port will handle twice the cargo by 2030," said harbour master Piet de Wit.',
    ),
]


@pytest.mark.parametrize(("a", "b"), TITLED_AND)
def test_a_post_holding_an_and_names_one_person(tmp_path, a, b):
    """Session 36 (authored stadium_crush, reader: 'it must compare the speakers
    of the same words'): 'Sports and Culture Cabinet Secretary' read as two
    people named jointly hid the misattribution."""
    flags = _kinds(courier_gazette(tmp_path, a, b), "attribution")
    assert len(flags) == 1 and flags[0].verdict == "conflict"


@pytest.mark.parametrize(
    ("text", "name", "two"),
    [
        ("Sports and Culture Cabinet Secretary Ruth Njoroge", "Ruth Njoroge", False),
        ("Minister for Trade and Industry Ann Holt", "Ann Holt", False),
        ("Secretary of Health and Social Care Jo Reed", "Jo Reed", False),
        ("Holt and Roy", "Roy", True),
        ("Ann Holt and Ben Roy", "Ann Holt", True),
        ("Producers Ann Holt & Ben Roy", "Ben Roy", True),
        ("Mayor Sue Park and Police Chief Tom Walsh", "Tom Walsh", True),
        ("Secretary of State Ann Holt and Defence Secretary Ben Roy", "Ben Roy", True),
    ],
)
def test_names_two_tells_a_joint_credit_from_a_post(text, name, two):
    assert names_two(text, name) is two


def test_two_people_credited_jointly_still_share_the_words():
    a = _speaker('"We are thrilled," said Ann Holt and Ben Roy.')
    b = _speaker('"We are thrilled," Roy said.')
    assert not speakers_differ(a, b)
