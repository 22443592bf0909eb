"""A bare weekday told after the article placed that weekday (issue 11, session
41, eng147: facts/time/storyweek.py). A report published a week or more after
its event places the day first ('last Wednesday night', 'on Wednesday, 19
March', a timeline line) and then says 'on Wednesday' or 'Wednesday's raid':
read from publication alone, the short form fell in the week of publication.
Made-up reports of several kinds of story, weekdays, forms and publication days.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import analyse_dated

from workbench.facts.time.find import find_times_in_document


def _days(published: str, *sentences: str) -> list[list[tuple[str, str]]]:
    found = find_times_in_document(list(sentences), date.fromisoformat(published))
    return [
        [(m.text, m.interval[0].date().isoformat()) for m in ms if m.interval is not None]
        for ms in found
    ]


# (publication day, the sentences, the bare weekday of the last one, the day it dates)
PLACED = [
    (  # 'last Wednesday night' in a paper of the Thursday after: a week back
        "2025-03-27",
        (
            "A gunman opened fire in a crowded bar in Lisle last Wednesday night, killing four.",
            "Police raided a flat in the north of the city on Wednesday.",
        ),
        "Wednesday",
        "2025-03-19",
    ),
    (  # a weekday written with its date, then a possessive
        "2024-10-14",
        (
            "The Harrow Lane bridge collapsed on Saturday, 5 October, injuring 11 people.",
            "Saturday's collapse has closed the road for the winter.",
        ),
        "Saturday",
        "2024-10-05",
    ),
    (  # a timeline line, then a part of the day
        "2026-06-25",
        (
            "- Tuesday 16 June, 06:40: the first tremor is felt in Carra.",
            "Engineers inspected the dam again on Tuesday afternoon, officials said.",
        ),
        "Tuesday afternoon",
        "2026-06-16",
    ),
    (  # 'Friday of last week' in a Saturday paper
        "2023-09-16",
        (
            "The walkout began on Friday of last week at the Dunmore depot.",
            "Talks broke down on Friday, the union said.",
        ),
        "Friday",
        "2023-09-08",
    ),
    (  # the date in brackets after the weekday
        "2025-11-24",
        (
            "The tanker ran aground on Sunday (16 November) off the Kelby headland.",
            "Divers reached the hull on Sunday, the coastguard said.",
        ),
        "Sunday",
        "2025-11-16",
    ),
]


@pytest.mark.parametrize(("published", "sentences", "bare", "day"), PLACED)
def test_a_bare_weekday_takes_the_day_the_article_placed(published, sentences, bare, day):
    last = _days(published, *sentences)[-1]
    assert (bare, day) in last, last


# the usual readings that must not move
KEPT = [
    (  # no placing: a past weekday in a paper of the day after is the day before
        "2025-03-27",
        ("Police raided a flat in the north of the city on Wednesday.",),
        "Wednesday",
        "2025-03-26",
    ),
    (  # a weekday ahead is not the one placed a week back
        "2025-03-17",
        (
            "Talks broke up without agreement last Thursday after nine hours.",
            "The appeal is due to be heard on Thursday, the court said.",
        ),
        "Thursday",
        "2025-03-20",
    ),
    (  # the week of publication told too: 'yesterday' named the bare reading's day
        "2025-03-27",
        (
            "A gunman opened fire in a crowded bar last Wednesday night, killing four.",
            "Yesterday the mayor met the families.",
            "The council met on Wednesday to discuss security.",
        ),
        "Wednesday",
        "2025-03-26",
    ),
    (  # the bare weekday told before the placing keeps its own reading
        "2025-03-27",
        (
            "Police raided a flat in the north of the city on Wednesday.",
            "The shooting happened last Wednesday night, police said.",
        ),
        "Wednesday",
        "2025-03-26",
    ),
    (  # a placing two weeks back is not the bare weekday's only other reading
        "2025-04-03",
        (
            "The bridge collapsed on Wednesday, 19 March, injuring 11.",
            "Inspectors returned to the site on Wednesday.",
        ),
        "Wednesday",
        "2025-04-02",
    ),
    (  # a weekday written with a date it does not fall on places nothing
        "2025-03-14",
        (
            "The ship lost power on Tuesday, March 12, off the coast.",
            "Tugs reached her on Tuesday, the coastguard said.",
        ),
        "Tuesday",
        "2025-03-11",
    ),
]


@pytest.mark.parametrize(("published", "sentences", "bare", "day"), KEPT)
def test_the_usual_reading_of_a_bare_weekday_is_kept(published, sentences, bare, day):
    days = _days(published, *sentences)
    assert any((bare, day) in ms for ms in days), days


def test_a_clock_dated_by_the_moved_weekday_moves_with_it():
    days = _days(
        "2025-03-27",
        "A gunman opened fire in a crowded bar last Wednesday night, killing four.",
        "Officers arrived shortly after 10pm on Wednesday.",
    )
    assert ("Wednesday", "2025-03-19") in days[-1]
    assert ("10pm", "2025-03-19") in days[-1], days[-1]


def test_a_day_placed_a_week_back_agrees_with_its_date_in_another_report(tmp_path):
    # a weekly of Thursday 27 March places the shooting 'last Wednesday night' and then
    # tells it 'on Wednesday'; a Monday paper dates it March 19: one day, no conflict
    # (before: 'on Wednesday' read as 26 March, "1 week apart")
    analysis = analyse_dated(
        tmp_path,
        (
            "2025-03-27",
            "Lisle is still reeling after a gunman opened fire in a crowded bar last Wednesday "
            "night. The gunman shot four people at the Anchor bar in Lisle on Wednesday before "
            "fleeing on foot, police said.",
        ),
        (
            "2025-03-24",
            "A gunman shot four people at the Anchor bar in Lisle on March 19 before fleeing on "
            "foot, police said.",
        ),
    )
    dates = [d for d in analysis.discrepancies if d.kind == "date"]
    assert dates, "the two days are compared"
    assert all(str(d.verdict) != "conflict" for d in dates), [d.explanation for d in dates]
