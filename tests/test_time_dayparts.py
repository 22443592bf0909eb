"""Issue 12, from a user trial: parts of a day nest. "Late Thursday night" lies
inside "late Thursday" and "Thursday night"; "early Friday" and "Friday
morning" agree; "overnight" spans two days. A morning and an evening of one
day still conflict. Cases are our own."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from workbench.facts.time import compare, find_times
from workbench.model import Verdict

FRIDAY = date(2024, 3, 8)  # the pieces are published on a Friday


def one(sentence: str, published: date = FRIDAY):
    (m,) = find_times(sentence, published)
    return m


def verdict(a: str, b: str, published: date = FRIDAY) -> Verdict:
    c = compare(one(a, published), one(b, published), "A", "B")
    assert c is not None, (a, b)
    return c.verdict


@pytest.mark.parametrize(
    "a, b",
    [
        # the user trial: called "no overlap (2 hours apart)" before
        ("The fire broke out in late Thursday night.", "The fire broke out late Thursday."),
        ("The fire broke out late Thursday night.", "The fire broke out on Thursday night."),
        ("The fire broke out late Thursday night.", "The fire broke out early Friday."),
        ("The fire broke out late Thursday night.", "The fire broke out on Thursday."),
        ("Police were called early Friday.", "Police were called on Friday morning."),
        ("The storm hit late Wednesday.", "The storm hit on Wednesday evening."),
        ("The storm hit late Wednesday.", "The storm hit on Wednesday night."),
        ("The storm hit late Wednesday.", "The storm hit early Thursday."),  # about midnight
        ("Shots were heard late last night.", "Shots were heard late Thursday."),
        ("Shots were heard early this morning.", "Shots were heard on Thursday night."),
        ("The talks ended late on Tuesday.", "The talks ended on Tuesday night."),
        ("The ship docked early Sunday morning.", "The ship docked early Sunday."),
        ("The fire broke out overnight.", "The fire broke out late Thursday."),
        ("The fire broke out overnight.", "The fire broke out early Friday."),
        ("The fire broke out overnight.", "The fire broke out on Thursday night."),
    ],
)
def test_nested_parts_of_a_day_agree(a, b):
    assert verdict(a, b) == Verdict.CONSISTENT


@pytest.mark.parametrize(
    "a, b",
    [
        ("The vote took place on Thursday morning.", "The vote took place on Thursday evening."),
        ("The vote took place on Thursday morning.", "The vote took place late Thursday."),
        ("The vote took place early Thursday.", "The vote took place on Thursday evening."),
        ("The vote took place on Thursday afternoon.", "The vote took place on Thursday night."),
        ("The vote took place early Thursday morning.", "The vote took place late Thursday."),
        ("The vote took place late Thursday night.", "The vote took place on Thursday morning."),
        ("The fire broke out overnight.", "The fire broke out on Thursday morning."),
        ("The fire broke out late Tuesday.", "The fire broke out early Thursday."),
    ],
)
def test_different_parts_of_a_day_still_conflict(a, b):
    assert verdict(a, b) == Verdict.CONFLICT


def test_the_hours_an_editor_reads():
    at = datetime
    assert one("It ended late Thursday.").interval == (at(2024, 3, 7, 16), at(2024, 3, 8, 4))
    assert one("It ended early Thursday.").interval == (at(2024, 3, 7), at(2024, 3, 7, 10))
    night = one("It ended late Thursday night.")
    assert night.timex == "2024-03-07TNI"
    assert night.interval == (at(2024, 3, 7, 22), at(2024, 3, 8, 4))
    assert one("It ended early Thursday night.").interval == (at(2024, 3, 7, 20), at(2024, 3, 8))
    assert one("It began early Sunday morning.").interval == (at(2024, 3, 3), at(2024, 3, 3, 9))
    # months and years keep their share: late March is its last 40%
    assert one("It ended in late March.").interval == (at(2024, 3, 19), at(2024, 4, 1))


@pytest.mark.parametrize(
    "sentence, text, timex, part",
    [
        ("Shares fell late yesterday.", "late yesterday", "2024-03-07", "late"),
        ("Early today, police said two men were held.", "Early today", "2024-03-08", "early"),
        ("Shots were heard late last night.", "late last night", "2024-03-07TNI", "late"),
        ("The road reopened early this morning.", "early this morning", "2024-03-08TMO", "early"),
        ("The count will finish late tonight.", "late tonight", "2024-03-08TNI", "late"),
        ("The talks ended late on Tuesday.", "Tuesday", "2024-03-05", "late"),
    ],
)
def test_early_and_late_beside_a_day_word(sentence, text, timex, part):
    m = one(sentence)
    assert (m.text, m.timex, m.part) == (text, timex, part)


@pytest.mark.parametrize(
    "sentence, timex",
    [
        ("The fire broke out overnight.", "2024-03-07TNI"),
        ("Crews worked overnight to restore power.", "2024-03-07TNI"),
        ("Two men were held overnight, police said.", "2024-03-07TNI"),
        ("Temperatures will fall sharply overnight.", "2024-03-08TNI"),
    ],
)
def test_overnight_is_the_night_across_two_days(sentence, timex):
    m = one(sentence)
    assert (m.text, m.timex) == ("overnight", timex)
    assert m.interval[1] - m.interval[0] == datetime(2024, 1, 2, 6) - datetime(2024, 1, 1, 20)


@pytest.mark.parametrize(
    "sentence",
    [
        "The band was an overnight success.",
        "London shares fell after overnight losses in New York.",
        "The overnight rate rose to 5%.",
        "Guests paid for their overnight stay.",
    ],
)
def test_overnight_before_a_noun_is_not_a_time(sentence):
    assert find_times(sentence, FRIDAY) == []


def test_overnight_beside_a_named_day_leaves_the_day_to_speak():
    assert [m.text for m in find_times("Gusts hit overnight on Tuesday.", FRIDAY)] == ["Tuesday"]
    assert [m.text for m in find_times("Rain fell overnight Thursday.", FRIDAY)] == ["Thursday"]


@pytest.mark.parametrize(
    "sentence, text, hours",
    [
        ("She was late this morning, her manager said.", "this morning", 7),
        ("The trains were running late tonight.", "tonight", 10),
        ("Several flights were late today.", "today", 24),
        ("He was late on Monday for the hearing.", "Monday", 24),
        ("Shares fell in late yesterday's session.", "yesterday", 24),
    ],
)
def test_late_that_says_someone_was_tardy_does_not_narrow_the_day(sentence, text, hours):
    m = one(sentence)
    assert m.text == text and m.part is None
    assert m.interval[1] - m.interval[0] == timedelta(hours=hours)
