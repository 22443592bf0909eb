"""Issue 12, session 30 (time37): threats, vows and happenings called for a day look ahead.

News sentences of our own where the governing verb is past but what it tells of
is to come:

* a threat or vow ("the union threatened to strike Monday", "rebels vowed to
  retake the town by Sunday", "the government pledged to lift the curfew on
  Saturday") was read as the day gone by;
* a happening called or set for a day ("the opposition has called a general strike
  for Monday", "the speaker set a vote for Thursday", "activists called a rally for
  Oct. 3") likewise.

Guards: the day of the threat itself ("he threatened on Tuesday to resign"), "the
union called for calm on Wednesday" (no happening called), "the strike called on
Monday ended" keep the past.
"""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times_in_document

FRI = date(2011, 9, 23)
TUE = date(2007, 3, 13)


def day(sentence: str, published: date) -> str:
    found = find_times_in_document([sentence], published)[0]
    return found[0].timex


@pytest.mark.parametrize(
    "sentence, published, timex",
    [
        ("The pilots' union threatened to strike Monday unless talks resume.", FRI, "2011-09-26"),
        ("Rebels vowed to retake the town by Sunday.", FRI, "2011-09-25"),
        ("The government pledged to lift the curfew on Saturday.", TUE, "2007-03-17"),
        ("Truckers have threatened to block the border crossings Thursday.", TUE, "2007-03-15"),
        ("The opposition has called a general strike for Monday.", FRI, "2011-09-26"),
        ("The speaker set a vote for Thursday on the budget.", TUE, "2007-03-15"),
        ("Unions have called a nationwide protest for Tuesday.", FRI, "2011-09-27"),
        ("Activists called a rally for March 20 in the capital.", TUE, "2007-03-20"),
    ],
)
def test_what_is_threatened_or_called_lies_ahead(sentence, published, timex):
    assert day(sentence, published) == timex


@pytest.mark.parametrize(
    "sentence, published, timex",
    [
        ("He threatened on Tuesday to resign.", FRI, "2011-09-20"),
        ("The union called for calm on Wednesday.", FRI, "2011-09-21"),
        ("The strike called on Monday ended after six hours.", TUE, "2007-03-12"),
        ("Rebels retook the town on Sunday.", FRI, "2011-09-18"),
    ],
)
def test_guards(sentence, published, timex):
    assert day(sentence, published) == timex
