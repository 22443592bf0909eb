"""The day of an attempt, a plot or a threat is not the day of the deed (issue 11,
session 42, eng158, user trial 49: an attempted murder on one day against the
murder four days later, read as two days of one murder; facts/attempted.py).
Made-up sentences of several kinds of story, in other words than any copy read.
"""

from __future__ import annotations

import pytest
from conftest import courier_gazette

from workbench.facts.attempted import ATTEMPTED
from workbench.facts.dated_things import date_reading


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _reading(sentence: str, day: str):
    i = sentence.index(day)
    return date_reading(sentence, i, i + len(day))


ATTEMPTS = [
    ("Dorn was seen near the flat before the attempted murder of his wife on June 20.", "June 20"),
    ("Police said a plot to kill the mayor was foiled on Monday.", "Monday"),
    ("Cole threatened to kill his neighbour on May 2.", "May 2"),
    ("An attempt to kill Ann Lee on 20 June failed.", "20 June"),
    ("The failed bid to bomb the station last Tuesday shocked commuters.", "last Tuesday"),
    ("Investigators say the pair plotted to assassinate the governor in March.", "March"),
    ("A would-be attacker tried to stab a guard at the gate on Friday night.", "Friday night"),
    ("The foiled hijacking on 3 May was the second this year.", "3 May"),
    ("The attempt on her life on 2 June left her shaken.", "2 June"),
]


@pytest.mark.parametrize(("sentence", "day"), ATTEMPTS)
def test_the_day_of_an_attempt_plot_or_threat_is_its_own(sentence, day):
    assert _reading(sentence, day).event == ATTEMPTED


DEEDS = [
    # the deed itself, no qualifier
    ("Dorn murdered his wife on June 24, police said.", "June 24"),
    ("The mayor was killed on Wednesday in his office.", "Wednesday"),
    # a qualifier of another verb, not of the deed nearest the date
    ("The man who tried to flee was shot on Monday.", "Monday"),
    ("The gunman, who had planned to travel abroad, opened fire at 9 a.m.", "9 a.m."),
    # an attempt at no deed (a lawsuit's)
    ("The authority's attempt to stop the walkout in court failed last Friday.", "last Friday"),
    ("A bid to block the merger was thwarted on 4 May.", "4 May"),
    # a charge's day: not read here
    ("Dorn was charged with attempted murder on Friday.", "Friday"),
]


@pytest.mark.parametrize(("sentence", "day"), DEEDS)
def test_the_day_of_a_deed_is_not_an_attempt(sentence, day):
    assert _reading(sentence, day).event != ATTEMPTED


# an attempt on one day, the deed on another: two happenings, no date conflict
APART = [
    (
        "Police said the attempted murder of Ann Lee on June 20 had been reported.",
        "Police said Ann Lee was murdered on June 24 in her home.",
    ),
    (
        "A plot to kill the mayor was foiled on Monday, police said.",
        "The mayor was killed on Wednesday, police said.",
    ),
    (
        "Cole threatened to kill his neighbour on May 2, a court heard.",
        "Cole killed his neighbour on May 9, a court heard.",
    ),
    (
        "An attempt to bomb the Kelby depot on 12 June failed.",
        "A bomb exploded at the Kelby depot on 19 June.",
    ),
]


@pytest.mark.parametrize(("a", "b"), APART)
def test_an_attempt_and_the_deed_are_never_one_day(tmp_path, a, b):
    found = courier_gazette(tmp_path, a, b, published="2024-06-28")
    assert not [d for d in found if d.kind == "date"], [d.explanation for d in found]


# two days of one attempt, or of one deed, still compare
STILL = [
    (
        "A plot to kill the mayor was foiled on Monday, police said.",
        "A plot to kill the mayor was foiled on Tuesday, police said.",
    ),
    (
        "The mayor was killed on Monday, police said.",
        "The mayor was killed on Wednesday, police said.",
    ),
]


@pytest.mark.parametrize(("a", "b"), STILL)
def test_two_days_of_one_attempt_or_one_deed_still_conflict(tmp_path, a, b):
    found = courier_gazette(tmp_path, a, b, published="2024-06-28")
    assert [str(d.verdict) for d in found if d.kind == "date"] == ["conflict"]
