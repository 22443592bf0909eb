"""Positive evidence that two values measure one thing (issue 11, session 17).
Made-up sentences and values.

- each kind of evidence (judge/same_thing.py) is read from what the two
  values say of themselves, and a word in common, the only values of their
  family or one value stated twice count only in close paraphrases;
- two days that agree are shown only with such evidence: "cancelled all
  flights on Saturday" / "the pilots voted to strike yesterday" date two
  things that agree by chance; the same stage, the same words around them, or a close
  paraphrase still show.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.measure import Measure
from workbench.judge import rules
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


@pytest.fixture
def flags(tmp_path):
    """The flags of two made-up articles published on Sunday 10 March 2024,
    with the rule and without it."""

    def run(a: str, b: str) -> tuple[list, list]:
        paths = [
            write(tmp_path, name, f"---\ntitle: T\noutlet: {o}\npublished: 2024-03-10\n---\n{t}\n")
            for name, o, t in (("a.md", "Courier", a), ("b.md", "Gazette", b))
        ]

        def found() -> list:
            return [
                (d.sides[0].text, d.sides[1].text, d.verdict.value, d.rule)
                for d in analyze_paths(paths).discrepancies
            ]

        with rules.without(RULE):
            before = found()
        return found(), before

    return run


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The airline cancelled all flights out of Denver on Saturday as the snowstorm "
            "closed runways.",
            "The airline's pilots voted to strike yesterday, a day before the snowstorm closed "
            "runways in Denver.",
        ),
        (
            "The museum reopened its east wing on Saturday after months of repairs to the roof.",
            "The museum director resigned yesterday, weeks after repairs to the roof began.",
        ),
    ],
)
def test_days_that_agree_without_evidence_are_not_shown(flags, a, b):
    after, before = flags(a, b)
    assert ("Saturday", "yesterday", "consistent", "fact_module") in before
    assert not [f for f in after if f[0] == "Saturday"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # close paraphrases, the only dates of both
        (
            "The bridge was closed to traffic on Saturday after engineers found cracks in "
            "two of its piers.",
            "The bridge was shut to traffic yesterday once engineers spotted cracks in its piers.",
        ),
        # one named stage of the story
        (
            "Jones was sentenced on Saturday to nine years in prison for the robbery of the "
            "jewellery store.",
            "A judge sentenced Jones yesterday for robbing the jewellery store in the high street.",
        ),
        # the same words around both days
        (
            "Rescuers pulled two climbers from the glacier on Saturday, the mountain rescue "
            "service said.",
            "Two climbers were pulled from the glacier yesterday by rescuers, the mountain "
            "rescue service said.",
        ),
    ],
)
def test_days_that_agree_with_evidence_are_still_shown(flags, a, b):
    after, before = flags(a, b)
    assert ("Saturday", "yesterday", "consistent", "fact_module") in after
    assert after == before


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
