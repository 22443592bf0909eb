"""Issue 12, session 11 (future tense from the clause): wire copy puts the day
straight after the verb it dates ("announced Tuesday a plan to cut spending",
"told reporters Wednesday he will not resign"). The verb right before the day
governs it, and a subject after the day opens the reported clause, so what the
words after it look ahead to ("a plan to", "he will") does not move the day
into the coming week. Cases are our own; published Friday 7 August 1998."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times

FRI = date(1998, 8, 7)


def days(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_times(text, FRI)]


@pytest.mark.parametrize(
    "text, want",
    [
        # a past verb right before the day, a future word after it
        ("The government announced Tuesday a plan to cut spending.", [("Tuesday", "1998-08-04")]),
        ("The company unveiled Monday a proposal to buy its rival.", [("Monday", "1998-08-03")]),
        ("The union rejected on Wednesday an offer to end the strike.",
         [("Wednesday", "1998-08-05")]),
        ("Police arrested Thursday a man suspected of planning to attack.",
         [("Thursday", "1998-08-06")]),
        # the reported clause has its own subject and its own tense
        ("Yeltsin told reporters Wednesday he will not resign.", [("Wednesday", "1998-08-05")]),
        ("The minister told parliament Tuesday they would cut taxes.", [("Tuesday", "1998-08-04")]),
        # the day still follows the plan when the plan's verb comes before it
        ("The president is expected to announce Tuesday a plan to cut spending.",
         [("Tuesday", "1998-08-11")]),
        ("A ceremony to honor the victims will be held Tuesday.", [("Tuesday", "1998-08-11")]),
        ("The talks, which began Monday, are set to end Saturday.",
         [("Monday", "1998-08-03"), ("Saturday", "1998-08-08")]),
        ("The team is due to arrive Monday.", [("Monday", "1998-08-10")]),
    ],
)  # fmt: skip
def test_the_verb_before_the_day_dates_it(text: str, want: list[tuple[str, str]]):
    assert days(text) == want
