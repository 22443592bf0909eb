"""A relative day set beside the day it names, in a report without a
publication date (issue 11, session 23, ECB+ development 2, 01_ecb:
"Yesterday, on Friday, Reid … needed to be checked in" against "Reid checked
herself in on Tuesday, December 9, 2008" was a question, judged wrong: its
own words say Friday, and a Friday is not that Tuesday).

The relative word takes the stated day's reading, its part of a day kept
("last night (Monday)" is Monday night); with a publication date both words
resolve on their own. A day that opens the sentence dates the happening its
main clause names, past a day set beside it. Made-up sentences.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.measure import dated_event_of
from workbench.facts.time import find_times


def _read(text: str, published: date | None = None) -> dict[str, tuple[str, str]]:
    return {m.text: (m.timex, m.value) for m in find_times(text, published)}


@pytest.mark.parametrize(
    ("sentence", "relative", "timex", "value"),
    [
        ("Yesterday, on Friday, the singer checked in.", "Yesterday", "XXXX-WXX-5", "Friday"),
        ("On Tuesday, yesterday, the singer checked in.", "yesterday", "XXXX-WXX-2", "Tuesday"),
        (
            "The singer checked in last night (Monday) at the clinic.",
            "last night",
            "XXXX-WXX-1TNI",
            "Monday night",
        ),
        ("Today, Friday, the court will rule.", "Today", "XXXX-WXX-5", "Friday"),
        (
            "This morning, Monday, the ferry sailed.",
            "This morning",
            "XXXX-WXX-1TMO",
            "Monday morning",
        ),
        ("The singer checked in yesterday (Friday).", "yesterday", "XXXX-WXX-5", "Friday"),
    ],
)
def test_a_relative_day_takes_the_day_beside_it(sentence, relative, timex, value):
    assert _read(sentence)[relative] == (timex, value)


@pytest.mark.parametrize(
    ("sentence", "relative"),
    [
        # not beside it: two days of two happenings
        ("She checked in yesterday and left on Friday.", "yesterday"),
        # "Friday's" names a thing of that day, not the day of "yesterday"
        ("She checked in yesterday, Friday's paper said.", "yesterday"),
    ],
)
def test_a_day_not_set_beside_it_leaves_the_relative_day_unplaced(sentence, relative):
    assert _read(sentence)[relative] == ("XXXX-XX-XX", relative)


def test_with_a_publication_date_each_word_resolves_on_its_own():
    found = _read("On Tuesday, yesterday, the singer checked in.", date(2008, 12, 13))
    assert found["yesterday"][0] == "2008-12-12"
    assert found["Tuesday"][0] == "2008-12-09"


@pytest.mark.parametrize(
    ("sentence", "day", "stage"),
    [
        ("Yesterday, on Friday, Reid felt she needed to be checked in.", "Yesterday", "admitted"),
        ("On Monday, the court sentenced him to ten years.", "On Monday", "sentenced"),
        ("Last night, police arrested two men in the city.", "Last night", "arrested"),
        # a fronted day whose main clause names no stage
        ("On Monday, the weather was fine in the city.", "On Monday", ""),
    ],
)
def test_a_fronted_day_dates_its_main_clause(sentence, day, stage):
    i = sentence.index(day)
    assert dated_event_of(sentence, i, i + len(day)) == stage


def _flags(tmp_path, a: str, b: str) -> list[tuple[str, str]]:
    fa = write(tmp_path, "a.txt", f"---\ntitle: a\n---\n{a}\n")
    fb = write(tmp_path, "b.txt", f"---\ntitle: b\npublished: 2008-12-12\n---\n{b}\n")
    found = analyze_paths([fa, fb])
    return [(str(d.verdict), d.explanation) for d in found.discrepancies]


@pytest.mark.parametrize(
    ("undated", "verdict"),
    [
        ("Yesterday, on Friday, Reid checked herself into the clinic.", "conflict"),
        ("Reid checked herself into the clinic yesterday (Friday).", "conflict"),
        # a night may run into the next day: a question (session 22)
        ("Reid checked herself into the clinic last night (Monday).", "unresolved"),
    ],
)
def test_the_weekday_comparison_is_reached(tmp_path, undated, verdict):
    flags = _flags(
        tmp_path, undated, "Reid checked herself into the clinic on Tuesday, December 9, 2008."
    )
    assert [v for v, _ in flags] == [verdict], flags
    if verdict == "conflict":
        assert "different weekday" in flags[0][1]
