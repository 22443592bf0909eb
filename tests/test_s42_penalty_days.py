"""The day a penalty is passed is neither the day of the guilty verdict nor the
day of the deed (issue 11, session 42, eng158, user trial 49: a conviction
"today" against a death verdict "on Tuesday", two stages of one trial read as
one; facts/penalty.py). Made-up sentences, in other words than any copy read.
"""

from __future__ import annotations

import pytest
from conftest import courier_gazette

from workbench.facts.dated_things import date_reading
from workbench.facts.penalty import SENTENCED, penalty_stage


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _reading(sentence: str, day: str):
    i = sentence.index(day)
    return date_reading(sentence, i, i + len(day))


PENALTIES = [
    ("A jury returned a death verdict against Reid on Tuesday.", "Tuesday"),
    ("A jury on Tuesday returned a verdict of death for the former guard.", "Tuesday"),
    ("Okafor was sentenced to death on 3 April for the two killings.", "3 April"),
    ("The judge sentenced Mills to life in prison on Friday.", "Friday"),
    ("She was sentenced to 12 years on Monday for the arson that killed two.", "Monday"),
]


@pytest.mark.parametrize(("sentence", "day"), PENALTIES)
def test_the_day_of_a_penalty_is_the_sentencing(sentence, day):
    assert _reading(sentence, day).event == SENTENCED


OTHERS = [
    ("Reid was convicted on March 20 of killing two guards.", "March 20", "convicted"),
    ("The jury found Reid guilty on Monday of two murders.", "Monday", "convicted"),
    ("Reid showed no emotion at the verdict on Monday.", "Monday", "convicted"),
    ("Two guards were stabbed to death on Sunday night.", "Sunday night", "incident"),
]


@pytest.mark.parametrize(("sentence", "day", "stage"), OTHERS)
def test_a_guilty_verdict_or_a_deed_keeps_its_stage(sentence, day, stage):
    assert _reading(sentence, day).event == stage


APART = [
    (
        "Reid was convicted today of killing two guards.",
        "A jury returned a death verdict against Reid on Tuesday for killing two guards.",
    ),
    (
        "Reid was found guilty on March 20 of killing two guards.",
        "A jury on Tuesday returned a verdict of death for Reid, who killed two guards.",
    ),
    (
        "Reid killed two guards at the depot on Monday.",
        "Reid was sentenced to death on Thursday for killing two guards at the depot.",
    ),
]


@pytest.mark.parametrize(("a", "b"), APART)
def test_a_sentencing_and_a_conviction_or_the_deed_are_never_one_day(tmp_path, a, b):
    found = courier_gazette(tmp_path, a, b, published="2024-03-22")
    assert not [d for d in found if d.kind == "date"], [d.explanation for d in found]


def test_two_days_of_one_sentencing_still_conflict(tmp_path):
    a = "Reid was sentenced to death on Tuesday for killing two guards."
    b = "Reid was sentenced to death on Thursday for killing two guards."
    found = courier_gazette(tmp_path, a, b, published="2024-03-22")
    assert [str(d.verdict) for d in found if d.kind == "date"] == ["conflict"]


@pytest.mark.parametrize(
    "text",
    [
        "Pike returned to prison in May 2005 to serve a life sentence for robbery.",
        "Moran, who is serving a life sentence, was moved on Tuesday.",
        "She went back to jail in March to serve the life sentence imposed in 1998.",
    ],
)
def test_a_sentence_served_is_no_penalty_passed(text):
    # session 42 (lead): CI found 'to serve a life sentence' read as a sentencing day
    for word in ("May 2005", "Tuesday", "March"):
        if word in text:
            at = text.index(word)
            assert penalty_stage(text, at, at + len(word)) != SENTENCED
