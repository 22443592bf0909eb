"""Counts that move in time (issue 11, session 31): two lower bounds of one
running count given at different moments are an update when the later is
higher (the later count supersedes; both moments named), a conflict when the
later is lower; at one moment they still compare their bounds. The moment of
a count is read from its own words when they give one ("stood at 61 on
Friday", "updated figures on Friday", "as of 6pm"), else from its report's
publication day. Cases are made up: other happenings, numbers and words than
the authored events readers judged."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import pair

from workbench.analysis import analyze_paths
from workbench.judge.running import stamps


def _counts(tmp_path, a: str, b: str, pub_a: str, pub_b: str):
    found = analyze_paths(pair(tmp_path, a, b, pub_a, pub_b))
    return [d for d in found.discrepancies if d.kind not in ("date", "time", "quote")]


RISEN = {
    # a floor in one day's report, a higher floor in the next day's, neither stamped
    "killed-report-days": (
        "A ferry capsized off Sella on Tuesday evening, killing at least 32 passengers, "
        "officials said.",
        "At least 47 passengers have died after a ferry capsized off Sella.",
        "2026-04-07",
        "2026-04-08",
    ),
    "arrested-report-days": (
        "Police arrested at least 300 people after the riots in Corvo, a spokesman said.",
        "More than 450 people have been arrested after the riots in Corvo, a spokesman said.",
        "2026-06-01",
        "2026-06-03",
    ),
    # the earlier floor told late on its report's day, the later in the next day's
    # report with no time of its own
    "killed-told-late-wednesday": (
        "A footbridge gave way over the Sarn, killing at least 32 people, officials said "
        "late Wednesday.",
        "At least 47 people have died after a footbridge gave way over the Sarn.",
        "2025-11-05",
        "2025-11-06",
    ),
    # the floor's happening told past the reach of the words beside it
    "killed-told-late": (
        "At least 18 people, among them six firefighters, were killed when a warehouse "
        "exploded in Tarn, the mayor said.",
        "At least 29 people were killed when a warehouse exploded in Tarn, the mayor said "
        "on Friday morning.",
        "2026-02-12",
        "2026-02-13",
    ),
    # each sentence stamps its count, one day apart, one published the same day
    "evacuated-stamped": (
        "Updated figures on Friday showed at least 2,300 people had been evacuated from "
        "the valley.",
        "At least 1,800 people had been evacuated from the valley, officials said on Wednesday.",
        "2026-03-13",
        "2026-03-13",
    ),
    "missing-clock": (
        "As of 6pm on Friday, more than 60 people were missing in the hills above Bria.",
        "More than 35 people were missing in the hills above Bria by Thursday afternoon.",
        "2026-03-13",
        "2026-03-13",
    ),
    "killed-latest-count": (
        "The latest count on Saturday showed at least 61 people killed in the floods.",
        "At least 40 people were killed in the floods, officials said on Thursday.",
        "2026-03-14",
        "2026-03-14",
    ),
}


@pytest.mark.parametrize("case", RISEN.values(), ids=RISEN.keys())
def test_a_floor_raised_at_a_later_moment_is_an_update(tmp_path, case):
    a, b, pub_a, pub_b = case
    flags = _counts(tmp_path, a, b, pub_a, pub_b)
    assert flags, "the two counts were compared"
    (d,) = flags
    assert d.verdict == "consistent", d.explanation
    assert "update" in d.explanation and "later" in d.explanation, d.explanation


def test_the_update_names_both_moments(tmp_path):
    (d,) = _counts(tmp_path, *RISEN["killed-report-days"])
    assert "published 7 Apr" in d.explanation and "published 8 Apr" in d.explanation
    (d,) = _counts(tmp_path, *RISEN["evacuated-stamped"])
    assert "'Wednesday'" in d.explanation and "'Friday'" in d.explanation


ONE_MOMENT = {
    "same-day-unstamped": (
        "At least 47 passengers died when a ferry capsized off Sella, officials said.",
        "A ferry capsized off Sella, killing at least 32 passengers, officials said.",
        "2026-04-08",
        "2026-04-08",
    ),
    # the next day's report stamps its floor within the first report's day
    "next-days-report-stamped-the-same-evening": (
        "Floods swept the Orla valley on Sunday, killing at least 44 people, the government said.",
        "Floods swept the Orla valley early Sunday, killing at least 51 people, "
        "officials said late Sunday.",
        "2026-11-22",
        "2026-11-23",
    ),
    # a report of the day, no time of its own, against a stamp within that day
    "stamp-within-the-report-day": (
        "As of 6pm on Tuesday, at least 120 people had been arrested in the protests.",
        "Police have arrested at least 85 people during the protests.",
        "2026-03-10",
        "2026-03-10",
    ),
}


@pytest.mark.parametrize("case", ONE_MOMENT.values(), ids=ONE_MOMENT.keys())
def test_two_floors_at_one_moment_still_conflict(tmp_path, case):
    flags = _counts(tmp_path, *case)
    assert [d.verdict for d in flags] == ["conflict"], [d.explanation for d in flags]
    assert "different floors" in flags[0].explanation


LOWERED = {
    "lower-floor-next-day": (
        "At least 47 passengers died when a ferry capsized off Sella, officials said.",
        "A ferry capsized off Sella, killing at least 32 passengers, officials said.",
        "2026-04-07",
        "2026-04-08",
    ),
    "toll-below-the-floor": (
        "The death toll was at least 70, the ministry said on Wednesday.",
        "The death toll stood at 61 on Friday, the ministry said.",
        "2026-03-13",
        "2026-03-13",
    ),
    "missing-floor-lowered": (
        "More than 40 people were missing after the floods, officials said on Thursday.",
        "At least 25 people were missing after the floods, officials said on Saturday.",
        "2026-03-14",
        "2026-03-14",
    ),
}


@pytest.mark.parametrize("case", LOWERED.values(), ids=LOWERED.keys())
def test_a_later_count_below_an_earlier_floor_stays_a_conflict(tmp_path, case):
    flags = _counts(tmp_path, *case)
    assert [d.verdict for d in flags] == ["conflict"], [d.explanation for d in flags]
    (d,) = flags
    assert d.rule == "later_count_below_an_earlier_floor"
    assert "first" in d.explanation and "later" in d.explanation


def test_a_later_reports_figure_stamped_before_the_earlier_is_no_update(tmp_path):
    """The later report tells an older moment: its stamp is not overruled."""
    flags = _counts(
        tmp_path,
        "At least 32 people were killed in the collapse of a footbridge over the Sarn, "
        "officials said.",
        "At least 47 people were killed in the collapse of a footbridge over the Sarn, "
        "officials said on Monday.",
        "2025-11-05",
        "2025-11-06",
    )
    assert flags and all(d.verdict != "consistent" for d in flags), [d.explanation for d in flags]


def test_two_exact_counts_of_two_days_are_ordered_by_the_days(tmp_path):
    """Session 32 (issue 11) reverses session 31 here: two single counts of what
    only grows, the later report's higher, are an update naming both days
    (judge/recount.py), unless a report of the earlier day told more
    (tests/test_s32_counts.py); the later report's lower count stays a conflict."""
    texts = (
        "Three climbers were killed in an avalanche near Vell, rescuers said.",
        "Five climbers were killed in an avalanche near Vell, rescuers said.",
    )
    flags = _counts(tmp_path, *texts, "2026-01-20", "2026-01-21")
    assert [d.verdict for d in flags] == ["consistent"]
    assert flags[0].rule == "count_recounted_between_days"
    flags = _counts(tmp_path, *texts, "2026-01-21", "2026-01-20")
    assert [d.verdict for d in flags] == ["conflict"]


@pytest.mark.parametrize(
    ("sentence", "published", "moment"),
    [
        ("The toll stood at 61 on Friday, the ministry said.", date(2026, 3, 13), "Friday"),
        (
            "Arrests stood at more than 300 on Monday, police said.",
            date(2026, 3, 10),
            "Monday",
        ),
        (
            "Updated figures on Friday showed at least 2,300 people had been evacuated.",
            date(2026, 3, 13),
            "Friday",
        ),
        (
            "Latest figures released on Saturday put the number of missing at more than 40.",
            date(2026, 3, 14),
            "Saturday",
        ),
        ("By nightfall, at least 14 people were missing.", date(2026, 3, 12), "nightfall"),
        ("As of 6pm, at least 120 people had been arrested.", date(2026, 3, 10), "6pm"),
    ],
)
def test_the_moment_a_count_is_given_for_is_read_from_its_words(sentence, published, moment):
    assert [s[2] for s in stamps(sentence, published)] == [moment]


def test_the_day_of_the_happening_is_no_moment_of_the_count():
    assert stamps("A ferry capsized on Tuesday, killing at least 32.", date(2026, 4, 8)) == ()
