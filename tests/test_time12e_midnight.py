"""Issue 12, user trial: "midnight Friday" is the midnight at the END of Friday
(newswire convention: 24:00 Friday, the first instant of Saturday), so it agrees
with "early Saturday" and with "Saturday", and not with "early Friday". A plan
in the past perfect ("had been scheduled to expire Friday", "had been due to")
tells of the plan as it stood before publication: the Friday is the one before,
not the next. Cases are our own."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from workbench.facts.time import compare, find_times
from workbench.model import Verdict

MON = date(2023, 10, 30)  # a Monday


def mention(sentence: str, text: str, published: date = MON):
    return next(m for m in find_times(sentence, published) if m.text == text)


@pytest.mark.parametrize(
    "sentence, timex, start",
    [
        ("The offer expires at midnight Friday.", "2023-11-03T24:00", datetime(2023, 11, 4)),
        ("The offer expires Friday at midnight.", "2023-11-03T24:00", datetime(2023, 11, 4)),
        ("Polls will close at midnight on Friday.", "2023-11-03T24:00", datetime(2023, 11, 4)),
        ("The ceasefire ran out at midnight Sunday.", "2023-10-29T24:00", datetime(2023, 10, 30)),
        ("The deadline is midnight Dec. 31.", "2023-12-31T24:00", datetime(2024, 1, 1)),
        ("The strike begins at midnight tonight.", "2023-10-30T24:00", datetime(2023, 10, 31)),
    ],
)
def test_midnight_beside_a_day_is_the_end_of_that_day(sentence, timex, start):
    m = mention(sentence, "midnight")
    assert m.timex == timex
    assert m.interval[0] == start
    assert "midnight at its end" in m.value


def test_midnight_without_a_day_stays_a_time_of_day():
    m = mention("The ban took effect at midnight.", "midnight")
    assert m.timex == "T00:00"
    assert m.interval is None


def test_other_clock_times_keep_their_day():
    assert mention("The polls will open at 7 a.m. Friday.", "7 a.m.").timex == "2023-11-03T07:00"
    assert mention("Talks resume at noon Friday.", "noon").timex == "2023-11-03T12:00"


def verdict(left: str, right: str, a: str, b: str) -> Verdict:
    c = compare(mention(left, a), mention(right, b), "A", "B")
    return c.verdict


def test_midnight_friday_agrees_with_early_saturday_not_early_friday():
    friday = "The curfew begins at midnight Friday."
    assert verdict(friday, "The curfew begins early Saturday.", "midnight", "early Saturday") == (
        Verdict.CONSISTENT
    )
    assert verdict(friday, "The curfew begins early Friday.", "midnight", "early Friday") == (
        Verdict.CONFLICT
    )
    saturday = "The curfew begins at midnight Saturday."
    assert verdict(saturday, "The curfew begins early Saturday.", "midnight", "early Saturday") == (
        Verdict.CONFLICT
    )


@pytest.mark.parametrize(
    "sentence, text, timex",
    [
        (
            "The offer previously had been scheduled to expire at midnight Friday.",
            "midnight",
            "2023-10-27T24:00",
        ),
        ("It had been due to expire Friday evening.", "Friday evening", "2023-10-27TEV"),
        ("The vote had originally been set for Tuesday.", "Tuesday", "2023-10-24"),
        ("The company had planned to report results on Thursday.", "Thursday", "2023-10-26"),
        # the plan in force still looks ahead
        ("The offer is scheduled to expire at midnight Friday.", "midnight", "2023-11-03T24:00"),
        ("The vote is due to be held Tuesday.", "Tuesday", "2023-10-31"),
    ],
)
def test_a_plan_in_the_past_perfect_points_back(sentence, text, timex):
    assert mention(sentence, text).timex == timex


_ARTICLE = """---
title: Curfew in Port Town
published: 2023-10-30
source: {source}
---
Officials in Port Town announced a curfew on Monday. The curfew begins {when}, the mayor
said. About 4,000 residents live in the old quarter.
"""


@pytest.mark.parametrize(
    "when, verdict",
    [
        ("early Saturday", Verdict.CONSISTENT),
        ("on Saturday", Verdict.CONSISTENT),
        ("late Friday night", Verdict.CONSISTENT),
        ("on Friday", Verdict.CONSISTENT),
        ("early Sunday", Verdict.CONFLICT),
        ("on Thursday", Verdict.CONFLICT),
    ],
)
def test_two_reports_of_the_same_curfew_agree_when_they_should(tmp_path, when, verdict):
    from workbench.analysis import analyze_paths

    a, b = tmp_path / "a.md", tmp_path / "b.md"
    a.write_text(_ARTICLE.format(source="Daily A", when="at midnight Friday"), encoding="utf-8")
    b.write_text(_ARTICLE.format(source="Daily B", when=when), encoding="utf-8")
    dates = [d for d in analyze_paths([a, b]).discrepancies if d.kind in ("date", "time")]
    assert dates and {d.verdict for d in dates} == {verdict}
