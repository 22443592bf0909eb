"""Session 31 (time38): two ways a bound ahead was read in the past.

- A participle after a linking verb ("will stay closed until March", "remains shut
  until June", "stays suspended until ...") was read as a past verb: in a May piece
  "the road will stay closed until March" was March of that year, gone by.
- A holiday after a deadline word ("the shop stays open until Christmas", "the deal
  should close by Christmas") took the nearest occurrence, so in May it was the
  Christmas just gone; a month or date after the same words already pointed ahead.

- A day a verb of putting off moves something to, after "to" ("the hearing was
  adjourned to January 15", "the vote was pushed back to February", in December) was
  read under the past verb, in the year gone; after "until" it was already ahead.

Own cases; a past verb still reads the past ("the port remained closed until March",
"sales had doubled by Christmas").
"""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times


@pytest.mark.parametrize(
    "pub, text, timex",
    [
        ("2024-05-08", "The road will stay closed until March.", "2025-03"),
        ("2024-05-08", "The coastal road remains closed until March.", "2025-03"),
        ("2019-10-02", "The border stays shut until June, officials said.", "2020-06"),
        ("2022-08-30", "Flights to the island remain suspended until April.", "2023-04"),
        ("2016-11-15", "The mine will stay flooded until February at least.", "2017-02"),
        ("2024-05-08", "The shop stays open until Christmas.", "2024-12-25"),
        ("2021-02-10", "The ban is in force until Easter.", "2021-04-04"),
        ("2018-06-12", "The merger should close by Thanksgiving.", "2018-11-22"),
        ("2024-05-08", "The road will stay closed until Easter.", "2025-04-20"),
    ],
)
def test_a_bound_ahead_is_ahead(pub, text, timex):
    ms = find_times(text, date.fromisoformat(pub))
    assert [m.timex for m in ms] == [timex], [(m.text, m.timex) for m in ms]


@pytest.mark.parametrize(
    "pub, text, timex",
    [
        ("2024-05-08", "The port remained closed until March.", "2024-03"),
        ("2024-05-08", "The port stayed closed until March.", "2024-03"),
        ("2024-05-08", "Sales had doubled by Christmas.", "2023-12-25"),
        ("2024-05-08", "The shop stayed open until Christmas.", "2023-12-25"),
    ],
)
def test_a_past_verb_still_reads_the_past(pub, text, timex):
    ms = find_times(text, date.fromisoformat(pub))
    assert [m.timex for m in ms] == [timex], [(m.text, m.timex) for m in ms]


@pytest.mark.parametrize(
    "pub, text, timex",
    [
        ("2024-12-10", "The hearing was adjourned to January 15.", "2025-01-15"),
        ("2018-11-20", "The vote was pushed back to February.", "2019-02"),
        ("2021-10-05", "The launch has been postponed to early January.", "2022-01"),
        ("2016-12-01", "Regulators extended the deadline to March 31.", "2017-03-31"),
        ("2024-03-14", "The final was brought forward to June 2.", "2024-06-02"),
    ],
)
def test_a_day_something_was_put_off_to_lies_ahead(pub, text, timex):
    ms = find_times(text, date.fromisoformat(pub))
    assert [m.timex for m in ms] == [timex], [(m.text, m.timex) for m in ms]


@pytest.mark.parametrize(
    "text, timex",
    [
        ("Prices fell to January 15 levels.", "2024-01-15"),
        ("He returned to Paris on January 15.", "2024-01-15"),
    ],
)
def test_to_after_other_verbs_keeps_the_past(text, timex):
    ms = find_times(text, date(2024, 12, 10))
    assert [m.timex for m in ms] == [timex]
