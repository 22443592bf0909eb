"""Positive evidence that two values measure one thing (issue 11, session 17).
Made-up sentences and values.

- each kind of evidence (judge/same_thing.py) is read from what the two
  values say of themselves, and a word in common, the only values of their
  family or one value stated twice count only in close paraphrases;
- two days that agree are shown only with such evidence (the row
  days_agree_without_evidence): "cancelled all flights on Saturday" / "the
  pilots voted to strike yesterday" date two things that agree by chance;
  the same stage, the same words around them, a close paraphrase, two clock
  times, or the only dates of both claims lying ahead of their articles
  still show.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.measure import Measure
from workbench.facts.time import find_times
from workbench.judge import rules
from workbench.judge.cases import ValueCase
from workbench.judge.same_thing import (
    COUNTED,
    HAPPENING,
    LONE,
    SHARED,
    WORDS,
    ahead,
    clock_time,
    days_agree_without_evidence,
    evidence,
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


def _time(text: str, value: str, published: date) -> Fact:
    (m,) = [m for m in find_times(text, published) if m.text == value]
    return Fact("f", "c", "a", m.kind, m.start, m.end, m.text, {}, m)


_SUNDAY = date(2024, 3, 10)


@pytest.mark.parametrize(
    ("text", "value", "is_ahead"),
    [
        ("Talks are due to resume tomorrow.", "tomorrow", True),
        ("The rate will be held for the rest of this year.", "the rest of this year", True),
        ("The hearing was set for next month.", "next month", True),
        ("The trial opens on 2 April.", "2 April", True),
        # today, and anything before it, is not ahead
        ("The talks resumed today.", "today", False),
        ("The talks broke down yesterday.", "yesterday", False),
        ("The union balloted members last week.", "last week", False),
        ("The plant opened in 2019.", "2019", False),
    ],
)
def test_a_date_ahead_of_its_article(text, value, is_ahead):
    assert ahead(_time(text, value, _SUNDAY), _SUNDAY) is is_ahead
    assert ahead(_time(text, value, _SUNDAY), None) is False  # undated: nothing is ahead


@pytest.mark.parametrize(
    ("text", "value", "clock"),
    [
        ("The walkout began at 4am.", "4am", True),
        ("Staff walked out at 04:00.", "04:00", True),
        ("The alarm was raised at 3.45pm.", "3.45pm", True),
        ("The walkout began this morning.", "this morning", False),
        ("The walkout began on Monday.", "Monday", False),
    ],
)
def test_a_clock_time_is_a_time_of_day_in_digits(text, value, clock):
    assert clock_time(_time(text, value, _SUNDAY)) is clock


def _agreement(a: tuple[str, str], b: tuple[str, str], found=(LONE,)) -> ValueCase:
    x, y = _time(*a, _SUNDAY), _time(*b, _SUNDAY)
    cmp = Comparison(Verdict.CONSISTENT, "x — consistent", "a", "b")
    # aligned at 0.5, below judge.paraphrase: the only dates of both are no evidence alone
    return ValueCase(
        x, y, cmp, 0.5, 0.5, "", True, 0.62, published=(_SUNDAY, _SUNDAY), evidence=found
    )


def test_the_only_dates_of_two_claims_ahead_of_their_articles_are_evidence():
    both_ahead = _agreement(
        ("Talks are due to resume on Monday.", "Monday"),
        ("Negotiations will restart tomorrow.", "tomorrow"),
    )
    assert days_agree_without_evidence(both_ahead) is False
    # not the only dates of their claims: no evidence
    assert days_agree_without_evidence(replace(both_ahead, evidence=())) is True
    behind = _agreement(
        ("Police were called on Saturday.", "Saturday"),
        ("A man was arrested yesterday.", "yesterday"),
    )
    assert days_agree_without_evidence(behind) is True


def test_two_clock_times_that_agree_are_evidence():
    clocks = _agreement(
        ("The walkout began at 4am.", "4am"), ("Staff walked out at 04:00.", "04:00"), ()
    )
    assert days_agree_without_evidence(clocks) is False
    days = _agreement(
        ("The walkout began on Saturday.", "Saturday"),
        ("Staff walked out yesterday.", "yesterday"),
        (),
    )
    assert days_agree_without_evidence(days) is True


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
    ("a", "b", "values"),
    [
        # close paraphrases, the only dates of both
        (
            "The bridge was closed to traffic on Saturday after engineers found cracks in "
            "two of its piers.",
            "The bridge was shut to traffic yesterday once engineers spotted cracks in its piers.",
            ("Saturday", "yesterday"),
        ),
        # one named stage of the story
        (
            "Jones was sentenced on Saturday to nine years in prison for the robbery of the "
            "jewellery store.",
            "A judge sentenced Jones yesterday for robbing the jewellery store in the high street.",
            ("Saturday", "yesterday"),
        ),
        # the same words around both days
        (
            "Rescuers pulled two climbers from the glacier on Saturday, the mountain rescue "
            "service said.",
            "Two climbers were pulled from the glacier yesterday by rescuers, the mountain "
            "rescue service said.",
            ("Saturday", "yesterday"),
        ),
        # the next step of the story, ahead of both articles
        (
            "Talks between the union and the port operator over pay are set to resume on "
            "Monday after a break.",
            "The union and the port operator will return to talks over pay tomorrow, "
            "officials said.",
            ("Monday", "tomorrow"),
        ),
        # two clock times
        (
            "The walkout at the port began at 4am, and pickets gathered outside the main gate.",
            "The walkout at the port started at 04:00 as union banners went up outside the gate.",
            ("4am", "04:00"),
        ),
    ],
)
def test_days_that_agree_with_evidence_are_still_shown(flags, a, b, values):
    after, before = flags(a, b)
    assert (*values, "consistent", "fact_module") in after
    assert after == before
