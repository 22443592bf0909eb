"""Issue 12, session 30 (time37): a forecast's tense, in news sentences of our own.

* "is forecast to", "are predicted to", "was projected to" + a verb look ahead as
  "is expected to" does ("the storm is forecast to hit the coast late Thursday" in a
  Wednesday paper was last Thursday);
* "forecast", "broadcast" are their own past ("he forecast on Monday that prices
  would rise" was next Monday: no past cue before the day, "would" after it).

Guards: "the forecast for Friday" (a noun after "the"), "rain forecast for
Thursday" (a schedule, as "set for"), "rain is forecast for Tuesday" keep their
readings.
"""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times_in_document

WED = date(2004, 5, 12)
FRI = date(2011, 9, 23)


def day(sentence: str, published: date) -> str:
    found = find_times_in_document([sentence], published)[0]
    return found[0].timex


@pytest.mark.parametrize(
    "sentence, published, timex",
    [
        ("The storm is forecast to hit the coast late Thursday.", WED, "2004-05-13"),
        ("The hurricane is forecast to make landfall early Friday.", WED, "2004-05-14"),
        ("Temperatures are predicted to fall below zero on Sunday.", FRI, "2011-09-25"),
        ("The cyclone was projected to weaken by Monday, forecasters said.", FRI, "2011-09-26"),
        ("Turnout isn't forecast to top 40 percent on Sunday.", WED, "2004-05-16"),
    ],
)
def test_a_forecast_looks_ahead(sentence, published, timex):
    assert day(sentence, published) == timex


@pytest.mark.parametrize(
    "sentence, published, timex",
    [
        ("He forecast on Monday that prices would rise.", WED, "2004-05-10"),
        ("The central bank forecast on Tuesday that growth would slow.", FRI, "2011-09-20"),
        ("The speech, broadcast on Sunday, drew millions of viewers.", WED, "2004-05-09"),
    ],
)
def test_forecast_and_broadcast_are_their_own_past(sentence, published, timex):
    assert day(sentence, published) == timex


@pytest.mark.parametrize(
    "sentence, published, timex",
    [
        ("Rain forecast for Thursday could delay the race.", WED, "2004-05-13"),
        ("Rain is forecast for Tuesday.", FRI, "2011-09-27"),
        ("The storm will hit the coast late Thursday.", WED, "2004-05-13"),
        ("The storm hit the coast late Thursday.", WED, "2004-05-06"),
    ],
)
def test_guards(sentence, published, timex):
    assert day(sentence, published) == timex
