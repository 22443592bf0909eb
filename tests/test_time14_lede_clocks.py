"""Issue 12, session 11: a clock time or part of the day in a sentence that
names no day of its own takes, in ``timex`` only, the day the document's lede
named (a day or a part of one, within a week of publication), else the
publication day, as TimeML anchors it. The comparison and the aligner keep
reading the time of day without that day: reports filed a day apart date one
event's clock time from different ledes. Clock times whose own clauses state
two different days are no longer alignment evidence for each other. Cases are
our own."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.analysis import claims_of, facts_of
from workbench.facts.time import compare, find_times, find_times_in_document
from workbench.facts.time.family import TIME
from workbench.model import Article, Verdict

WED = date(2024, 3, 13)
THU = date(2024, 3, 14)


def clocks(sentences: list[str], pub: date = WED) -> list[tuple[str, str]]:
    found = find_times_in_document(sentences, pub)[-1]
    return [(m.text, m.timex) for m in found if m.type == "TIME"]


@pytest.mark.parametrize(
    "sentences, want",
    [
        # the lede's day, named as a weekday, a relative day or a date
        (["Police were called to the bank on Tuesday.", "The alarm sounded at 10:30 a.m."],
         [("10:30 a.m.", "2024-03-12T10:30")]),
        (["A warehouse burned down yesterday.", "Crews arrived at 04:15 and left at 9pm."],
         [("04:15", "2024-03-12T04:15"), ("9pm", "2024-03-12T21:00")]),
        (["The council voted on March 11 to close the pool.", "The meeting ended at 11.20pm."],
         [("11.20pm", "2024-03-11T23:20")]),
        # a part of a day in the lede gives its day
        (["A fire destroyed a warehouse yesterday afternoon.", "The alarm was raised at 3.45pm."],
         [("3.45pm", "2024-03-12T15:45")]),
        (["Storms hit the coast on Monday night.", "Gusts peaked at 02:00 GMT."],
         [("02:00 GMT", "2024-03-11T02:00Z")]),
        # a part of the day without a day of its own
        (["Shares slid on Tuesday.", "Buyers returned in the afternoon."],
         [("the afternoon", "2024-03-12TAF")]),
        # no day named anywhere: the publication day
        (["The index rose 2%.", "At 14:30 UTC it stood at 5,120."],
         [("14:30 UTC", "2024-03-13T14:30Z")]),
        # a day named more than a week from publication is not the report's day
        (["The plant opened on January 5.", "The first shift began at 6am."],
         [("6am", "2024-03-13T06:00")]),
        # the sentence's own day wins over the lede's
        (["Police were called on Tuesday.", "A second call came at 8pm on Monday."],
         [("8pm", "2024-03-11T20:00")]),
    ],
)  # fmt: skip
def test_a_clock_time_takes_the_ledes_day(sentences: list[str], want: list[tuple[str, str]]):
    assert clocks(sentences) == want


def test_the_clock_keeps_no_interval_and_says_where_its_day_came_from():
    (m,) = [
        m
        for m in find_times_in_document(
            ["A warehouse burned down yesterday.", "The alarm sounded at 3.45pm."], WED
        )[-1]
        if m.type == "TIME"
    ]
    assert m.interval is None and m.day_from == "yesterday"
    assert m.display() == "at 3.45pm = 15:45"  # the explanation states what the text states


def test_clocks_dated_by_two_ledes_still_compare_as_times_of_day():
    """'4am' in a report whose lede says Tuesday and '04:00' in one whose lede
    says Monday: the clocks agree; the days are compared where they are named."""
    (a,) = find_times_in_document(["A strike began on Tuesday.", "It started at 4am."], WED)[-1]
    (b,) = find_times_in_document(["A strike began on Monday.", "Walkout at 04:00."], THU)[-1]
    assert a.timex[:10] != b.timex[:10]
    cmp = compare(a, b, "A", "B")
    assert cmp is not None and cmp.verdict == Verdict.CONSISTENT
    assert TIME.same_value(a, b)


def _clock_fact(text: str, pub: date):
    article = Article("a", "a.txt", "", "", pub, "", text, "")
    (fact,) = [f for f in facts_of(article, claims_of(article)) if f.kind == "time"]
    return fact


def _agree(x, y) -> bool:
    ex, ey = TIME.evidence(x), TIME.evidence(y)
    return any(d == e and lo <= h2 and l2 <= hi for d, lo, hi in ex for e, l2, h2 in ey)


def test_clocks_dated_only_by_their_ledes_are_still_alignment_evidence():
    a = _clock_fact("A strike began on Tuesday. It started at 4am.", WED)
    b = _clock_fact("A strike began on Monday. Staff walked out at 04:00.", THU)
    c = _clock_fact("Staff walked out at 04:00.", THU)
    assert _agree(a, b) and _agree(a, c)
    assert all(e[0].startswith("timex:T") for e in TIME.evidence(a))  # the aligner's strict kind


def test_clock_times_of_two_stated_days_are_no_evidence_for_each_other():
    mon = _clock_fact("The ferry ran aground at 7.40pm on Monday.", WED)
    tue = _clock_fact("The ferry ran aground at 7.40pm on Tuesday.", WED)
    tue_too = _clock_fact("On Tuesday, police said the ferry ran aground at 19:40.", WED)
    undated = _clock_fact("The ferry ran aground at 19:40, the coastguard said.", WED)
    assert not _agree(mon, tue)
    assert _agree(tue, tue_too)
    assert _agree(mon, undated) and _agree(tue, undated)


def test_a_sentence_read_alone_keeps_a_time_of_day():
    (m,) = find_times("The polls closed at 10pm.", WED)
    assert m.timex == "T22:00" and not m.day_from
    (d,) = find_times_in_document(["The polls closed at 10pm."], WED)[0]
    assert d.timex == "2024-03-13T22:00" and d.day_from == "publication"
