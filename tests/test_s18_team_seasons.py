"""A year before a team's name is that team's season, not a date of the
event told (issue 11, session 18, class 3 of the fresh editor trials: "the
2008 Miami Dolphins" was held against another article's year). Made-up
sentences; facts/time/vehicles.py (team_season)."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times

PUB = date(2014, 1, 5)


def _years(text: str) -> list[str]:
    return [m.text for m in find_times(text, PUB) if m.text[:2] in ("19", "20")]


@pytest.mark.parametrize(
    "text",
    [
        "The Patriots matched the 1972 Miami Dolphins on Sunday.",
        "He starred for the 2008 Detroit Lions, who went 0-16.",
        "Like the 2007 Patriots, they are unbeaten.",
        "It tied the record set by the 1998 Yankees.",
        "The 2010 Saints won the Super Bowl in Miami.",
        "No side since the 1985 Chicago Bears had allowed so few points.",
    ],
)
def test_a_teams_season_is_not_a_date(text):
    assert _years(text) == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # plural names of happenings are dated by their year
        ("The 2012 Olympics were held in London.", "2012"),
        ("The 2009 Oscars drew record ratings.", "2009"),
        ("In the 2008 Games he won gold.", "2008"),
        ("He played in the 2006 World Cup.", "2006"),
        # a noun after the name: the year dates it
        ("After the 2008 Lehman Brothers collapse, banks fell.", "2008"),
        # no determiner before the year
        ("In 2008 Republicans won the seat.", "2008"),
    ],
)
def test_a_year_of_a_happening_is_still_a_date(text, year):
    assert _years(text) == [year]
