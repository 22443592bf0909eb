"""Session 34 (time41): times and durations whose flags contradicted themselves
(issue 11). Own cases, never the held-out sentences.

1. Two clocks in different zones that are one instant across midnight ("03:42
   GMT" / "10:42 pm EST") were compared in minutes of the day without wrapping,
   so the same minute read as "a minute apart"; a half-hour offset written in
   parentheses ("22:50 (GMT+5:30)") lost its minutes.
2. One sentence pair carried a conflict (an altered quotation) and a consistent
   flag on the same words (its lengths): the consistent flag is left out.
3. A hedged length is a range: "a little more than three days" is bounded (three
   to three and a half days), and a consistent reason names the hedged range,
   not one point of it ("both allow 2.5 months").
4. "since <year>" in a first-time or not-since sentence is no date of the
   happening: no flag against "yesterday".
5. A weekday with a month and day and no year stays in its report's year when
   read there: the weekday that does not fit shows, the date is not moved to a
   past year.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.background import earlier_happening
from workbench.facts.time import find_times
from workbench.judge.same_words import one_verdict_per_words
from workbench.model import Discrepancy, Side, Verdict


def _flags(tmp_path, a: str, b: str, pub: str = "2025-11-12") -> list[tuple[str, str, str]]:
    fa = write(tmp_path, "a.txt", f"---\npublished: {pub}\n---\n{a}\n")
    fb = write(tmp_path, "b.txt", f"---\npublished: {pub}\n---\n{b}\n")
    return [(d.kind, str(d.verdict), d.explanation) for d in analyze_paths([fa, fb]).discrepancies]


def _times(flags):
    return [f for f in flags if f[0] in ("time", "date", "duration")]


# --- 1. one instant in two zones across midnight ----------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The quake struck at 03:42 GMT, the seismology agency said.",
            "The quake struck at 10:42 pm EST, the seismology agency said.",
        ),
        (
            "Power failed across the grid at 23:10 UTC, the operator said.",
            "Power failed across the grid at 00:10 CET, the operator said.",
        ),
        (
            "The freighter ran aground at 1.30am AEST, the harbour master said.",
            "The freighter ran aground at 15:30 GMT, the harbour master said.",
        ),
        (
            "The rocket lifted off at 17:20 GMT from the coastal pad.",
            "The rocket lifted off at 22:50 (GMT+5:30) from the coastal pad.",
        ),
    ],
)
def test_one_instant_in_two_zones_is_the_same_moment(tmp_path, a, b):
    got = _times(_flags(tmp_path, a, b))
    assert got, "the two clocks are compared"
    assert all(v == "consistent" for _, v, _ in got), got
    assert not any("a minute apart" in e for *_, e in got), got


def test_a_minute_apart_across_midnight_is_still_a_minute(tmp_path):
    got = _times(
        _flags(
            tmp_path,
            "The quake struck at 03:42 GMT, the seismology agency said.",
            "The quake struck at 10:43 pm EST, the seismology agency said.",
        )
    )
    assert [v for _, v, _ in got] == ["unresolved"], got
    assert "a minute apart" in got[0][2]


def test_hours_apart_across_midnight_stay_a_conflict(tmp_path):
    got = _times(
        _flags(
            tmp_path,
            "Power failed across the grid at 23:10 UTC, the operator said.",
            "Power failed across the grid at 02:10 CET, the operator said.",
        )
    )
    assert [v for _, v, _ in got] == ["conflict"], got


def test_a_half_hour_offset_in_parentheses_keeps_its_minutes():
    (m,) = [m for m in find_times("Lift-off was at 22:50 (GMT+5:30).", date(2025, 11, 10))]
    assert m.tz == 330
    (n,) = [m for m in find_times("Lift-off was at 06:15 (UTC-3:30).", date(2025, 11, 10))]
    assert n.tz == -210


# --- 2. one verdict on the same words ---------------------------------------------


def _side(article: str, start: int, end: int) -> Side:
    return Side(article, f"{article}:c", start, end, "x", "x")


def _d(kind: str, verdict: Verdict, a: tuple[int, int], b: tuple[int, int]) -> Discrepancy:
    return Discrepancy(f"{kind}{a}{b}", kind, verdict, "", (_side("A", *a), _side("B", *b)))


def test_a_consistent_flag_inside_a_conflicts_words_is_left_out():
    quote = _d("quote", Verdict.CONFLICT, (10, 80), (12, 84))
    inside = _d("duration", Verdict.CONSISTENT, (30, 34), (32, 37))
    outside = _d("date", Verdict.CONSISTENT, (90, 96), (95, 101))
    half = _d("number", Verdict.CONSISTENT, (30, 34), (90, 93))  # one side elsewhere
    other = _d("number", Verdict.CONFLICT, (40, 42), (44, 46))
    got = one_verdict_per_words([quote, inside, outside, half, other])
    assert got == [quote, outside, half, other]


def test_sides_in_either_order_and_other_articles():
    quote = _d("quote", Verdict.CONFLICT, (10, 80), (12, 84))
    flipped = Discrepancy(
        "f", "duration", Verdict.CONSISTENT, "", (_side("B", 30, 34), _side("A", 20, 25))
    )
    elsewhere = Discrepancy(
        "g", "duration", Verdict.CONSISTENT, "", (_side("A", 30, 34), _side("C", 20, 25))
    )
    assert one_verdict_per_words([quote, flipped, elsewhere]) == [quote, elsewhere]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            '"The repairs to the bridge will take days, possibly weeks," the engineer said.',
            '"The repairs to the bridge will take weeks, possibly months," the engineer said.',
        ),
        (
            'The fire chief said the blaze "could burn for hours, not days, if the wind drops."',
            'The fire chief said the blaze "could burn for days, not weeks, if the wind drops."',
        ),
    ],
)
def test_an_altered_quotation_carries_no_consistent_length(tmp_path, a, b):
    got = _flags(tmp_path, a, b)
    assert ("quote", "conflict") in [(k, v) for k, v, _ in got], got
    assert not [f for f in got if f[1] == "consistent"], got


# --- 3. hedged lengths are ranges -------------------------------------------------


def _amount_days(text: str) -> tuple[float, float | None]:
    (m,) = [m for m in find_times(text, date(2025, 11, 12)) if m.type == "DURATION"]
    lo, hi = m.amount
    return round(lo / 86400, 3), None if hi is None else round(hi / 86400, 3)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The hostages were held for a little more than three days.", (3.0, 3.5)),
        ("They were trapped for slightly over two days.", (2.0, 2.5)),
        ("The siege lasted just over 20 days.", (20.0, 22.0)),
        ("The siege lasted more than 20 days.", (20.0, None)),  # a bare bound stays open
    ],
)
def test_just_over_is_bounded_at_half_its_step(text, want):
    assert _amount_days(text) == want


@pytest.mark.parametrize(
    ("a", "b", "within"),
    [
        (
            "The trial lasted roughly three months.",
            "The trial lasted 11 weeks.",
            "roughly three months",
        ),
        (
            "The hostages were held for a little more than three days.",
            "The hostages were held for 73 hours.",
            "a little more than three days",
        ),
        (
            "The outage lasted around two hours, the company said.",
            "The outage lasted 110 minutes, the company said.",
            "around two hours",
        ),
        (
            "The blaze burned for more than a week before it was contained.",
            "The blaze burned for nine days before it was contained.",
            "more than a week",
        ),
    ],
)
def test_a_length_within_a_hedge_names_the_whole_range(tmp_path, a, b, within):
    got = [f for f in _flags(tmp_path, a, b) if f[0] == "duration"]
    assert [v for _, v, _ in got] == ["consistent"], got
    assert "lies within" in got[0][2] and within in got[0][2], got
    assert "both allow" not in got[0][2]


def test_a_length_past_a_little_more_is_not_consistent(tmp_path):
    got = _flags(
        tmp_path,
        "The hostages were held for just over three days.",
        "The hostages were held for 100 hours.",
    )
    assert [v for k, v, _ in got if k == "duration"] == ["conflict"], got


# --- 4. "since <year>" of a first time --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Not since 2010 has the port shut down because of a storm.",
        "Flights were grounded since 2010 for the first time.",
        "Never since 1998 had the river risen so high.",
        "The port shut down for the first time since 2016.",
    ],
)
def test_since_a_year_of_a_first_time_is_an_earlier_happening(text):
    i = text.index("since")
    assert earlier_happening(text, i, i + len("since 2010"))


def test_since_a_year_of_a_lasting_state_is_not():
    text = "The port has been closed since 2010."
    i = text.index("since")
    assert not earlier_happening(text, i, i + len("since 2010"))


@pytest.mark.parametrize(
    "b",
    [
        "Not since 2010 has the port shut down because of a storm.",
        "The port shut down because of the storm, for the first time since 2010.",
    ],
)
def test_yesterday_against_a_first_since_year_is_no_flag(tmp_path, b):
    got = _flags(tmp_path, "The port shut down yesterday because of the storm.", b)
    assert not [f for f in got if f[0] == "date"], got


# --- 5. a weekday and a day with no year ------------------------------------------


@pytest.mark.parametrize(
    ("text", "pub", "timex"),
    [
        # 14 November 2025 is a Friday, 14 November 2024 a Thursday
        (
            "The ministers will meet in Brussels on Thursday, November 14.",
            "2025-04-16",
            "2025-11-14",
        ),
        # 3 October 2026 is a Saturday, 3 October 2025 a Friday
        ("The new line opens on Friday, October 3, the company said.", "2026-02-10", "2026-10-03"),
    ],
)
def test_a_weekday_does_not_move_a_day_out_of_its_reports_year(text, pub, timex):
    (m,) = [m for m in find_times(text, date.fromisoformat(pub)) if m.type == "DATE"]
    assert m.timex == timex
    assert "not a" in m.value


def test_a_weekday_still_brings_a_day_into_its_reports_year():
    # 25 April 1998 is a Saturday: "said ... on Saturday, April 25" a day after a
    # report of 24 April 1998 is that day, not 1997's (a Friday)
    (m,) = find_times("The paper said on Saturday, April 25, that it erred.", date(1998, 4, 24))
    assert m.timex == "1998-04-25"


def test_the_wrong_weekday_shows_against_another_reports_day(tmp_path):
    got = _flags(
        tmp_path,
        "The ministers will meet in Brussels on Thursday, November 14, to discuss the budget.",
        "The ministers will meet in Brussels on November 14 to discuss the budget.",
        pub="2025-04-16",
    )
    dates = [f for f in got if f[0] == "date"]
    assert dates and "names a Thursday" in dates[0][2], got
