"""Positive evidence that two values measure one thing (issue 11, session 17).
Made-up sentences and values.

- each kind of evidence (judge/same_thing.py) is read from what the two
  values say of themselves, and a word in common, the only values of their
  family or one value stated twice count only in close paraphrases;
- the predicate of the row days_agree_without_evidence (not in the rule
  table yet) asks only agreements of days and times, and a clock time to
  an odd minute stated twice is its own evidence.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from workbench.facts.measure import Measure
from workbench.judge.cases import ValueCase
from workbench.judge.same_thing import (
    COUNTED,
    HAPPENING,
    LONE,
    SHARED,
    WORDS,
    days_agree_without_evidence,
    evidence,
    odd_minute,
    shown_alike,
)
from workbench.model import Comparison, Fact, Verdict

RULE = "days_agree_without_evidence"


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _fact(kind: str, text: str = "x") -> Fact:
    return Fact("f", "c", "a", kind, 0, len(text), text, {})


_DAY = _fact("date", "Tuesday")


@pytest.mark.parametrize(
    ("measures", "shared", "counted", "lone", "expected"),
    [
        # the same narrow stage dates one thing: "sentenced on Tuesday" / "was sentenced Tuesday"
        ((Measure(event="sentenced"), Measure(event="sentenced")), 0, False, False, (HAPPENING,)),
        # a statement or an unnamed incident is too broad a stage to say so
        ((Measure(event="announced"), Measure(event="announced")), 1, False, False, (SHARED,)),
        ((Measure(event="incident"), Measure(event="incident")), 0, False, False, ()),
        # two stages that differ are no evidence, whatever else
        ((Measure(event="arrested"), Measure(event="charged")), 0, False, True, (LONE,)),
        # two words in common around the values
        ((Measure(), Measure()), 2, False, False, (WORDS, SHARED)),
    ],
)
def test_evidence_for_days_is_read_from_what_each_dates(measures, shared, counted, lone, expected):
    assert evidence(_DAY, _DAY, measures, shared, counted, lone) == expected


def test_evidence_for_counts_names_the_counted_thing_and_the_happening():
    count = _fact("number", "14")
    killed = Measure(event="killed")
    # "14 residents" / "about 14 people" counted alike; "killing 12" / "12 dead"
    assert evidence(count, count, (Measure(), Measure()), 0, True, False) == (COUNTED,)
    assert evidence(count, count, (killed, killed), 0, False, False) == (HAPPENING,)
    assert evidence(count, count, (killed, Measure(event="injured")), 0, False, False) == ()


@pytest.mark.parametrize(
    ("found", "close", "one_value", "shown"),
    [
        ((HAPPENING,), False, False, True),
        ((WORDS, SHARED), False, False, True),
        ((COUNTED,), False, False, True),
        # the only dates of two claims agree by chance unless the claims are paraphrases
        ((LONE,), False, False, False),
        ((LONE,), True, False, True),
        # one word in common is evidence only in paraphrases
        ((SHARED,), False, False, False),
        ((SHARED,), True, False, True),
        # one value written twice ('0241 GMT' / '02:41 GMT'): only in paraphrases
        ((), False, True, False),
        ((), True, True, True),
        ((), True, False, False),
    ],
)
def test_what_evidence_shows_one_thing(found, close, one_value, shown):
    assert shown_alike(found, close, one_value) is shown


@pytest.mark.parametrize(
    ("verdict", "kind", "asked"),
    [
        ("consistent", "date", True),
        ("identical", "date", True),
        # differences are left to the other rows: read on conflicts and questions,
        # the test hid real discrepancies of real copy
        ("conflict", "date", False),
        ("unresolved", "date", False),
        # lengths of time ("eight hours" / "eight-hour battery life") and counts are
        # not asked: read on them, the test hid more right agreements than wrong ones
        ("consistent", "duration", False),
        ("consistent", "number", False),
    ],
)
def test_only_agreements_of_days_need_evidence(verdict, kind, asked):
    x = _fact(kind)
    cmp = Comparison(Verdict(verdict), "x — y", "a", "b")
    case = ValueCase(x, x, cmp, 0.4, 0.5, "", True, 0.62)
    assert days_agree_without_evidence(case) is asked
    assert days_agree_without_evidence(replace(case, evidence=(HAPPENING,))) is False


@pytest.mark.parametrize(
    ("text", "odd"),
    [
        ("3.45pm", True),
        ("15:45", True),
        ("0241 GMT", True),
        ("18:02 local time", True),
        # on the hour or the half hour: two happenings share it by chance
        ("5:30 p.m.", False),
        ("14:00", False),
        ("1030 GMT", False),
        ("6 p.m.", False),
    ],
)
def test_a_clock_time_to_an_odd_minute_stated_twice_is_its_own_evidence(text, odd):
    assert odd_minute(_fact("time", text)) is odd
    assert odd_minute(_fact("date", text)) is False
