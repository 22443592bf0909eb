"""Session 39 (eng139): time expressions read as a newsroom writes them.

Readers of held-out copy named, in general terms, readings that went wrong; the
cases here are our own, with other verbs, weekdays, publication days and units.

- The "under" or "over" of a phrasal verb is no bound: "the firm went under 14
  years ago" was "after 2012"; "took over two years ago" (took control) was
  "before 2024" (:mod:`workbench.facts.time.particles`). A verb that also
  measures a length keeps its bound when nothing counts back: "the build took
  over two years" is more than two years.
- A range of two weekdays whose end lies ahead ("polls are open from Thursday
  until Sunday" in a Wednesday piece) was put wholly in the past, the end moved
  after a start read as the weekday gone (:mod:`workbench.facts.time.aheadrange`).
"""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import compare, find_times
from workbench.model import Verdict

WED = date(2026, 3, 4)
SAT = date(2024, 1, 6)


def _times(text: str, pub: date = WED) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.timex, m.modifier) for m in find_times(text, pub)]


@pytest.mark.parametrize(
    "text, pub, timex",
    [
        ("The company went under 14 years ago.", WED, "2012"),
        ("The chain, which went under five years ago, owed millions.", WED, "2021"),
        ("Its biggest rival had gone under a decade ago.", date(2019, 6, 3), "2009"),
        ("She took over two years ago from the founder.", WED, "2024"),
        ("He took over as chief executive six months ago.", date(2021, 11, 20), "2021-05"),
        ("The site was handed over three years ago.", date(2015, 2, 2), "2012"),
        ("The row blew over two weeks ago.", date(2024, 7, 17), "2024-07-03"),
    ],
)
def test_a_verbs_particle_is_no_bound(text, pub, timex):
    (found,) = find_times(text, pub)
    assert found.timex == timex, (found.text, found.timex)
    assert found.modifier in (None, "around"), found.modifier  # "a decade ago": about
    assert not found.text.lower().startswith(("over", "under")), found.text
    assert found.signal == "", found.signal  # the particle is not quoted as a signal


@pytest.mark.parametrize(
    "text, timex, modifier",
    [
        ("The firm collapsed under 14 years ago.", "2012", "after"),
        ("Over two years ago the plant closed.", "2024", "before"),
        ("The mill shut more than 30 years ago.", "1996", "before"),
    ],
)
def test_a_bound_before_ago_is_still_a_bound(text, timex, modifier):
    assert _times(text)[0][1:] == (timex, modifier)


@pytest.mark.parametrize(
    "text, low_years, open_high",
    [
        ("The build took over two years.", 2, True),
        ("Repairs will take over three months.", 84 / 365, True),
        ("He was in office for under two years.", 0, False),
    ],
)
def test_a_length_after_such_a_verb_keeps_its_bound(text, low_years, open_high):
    (found,) = find_times(text, WED)
    assert found.type == "DURATION"
    lo, hi = found.amount
    assert lo >= low_years * 365 * 86400 * 0.99
    assert (hi is None) == open_high


@pytest.mark.parametrize(
    "text, pub, days",
    [
        ("Polls are open from Thursday until Sunday.", WED, ("2026-03-05", "2026-03-08")),
        ("The exhibition is open from Friday till Monday.", WED, ("2026-03-06", "2026-03-09")),
        ("The festival runs from Tuesday until Saturday.", WED, ("2026-03-03", "2026-03-07")),
        (
            "Trains are suspended from Saturday until Tuesday.",
            date(2025, 10, 13),  # a Monday: since the Saturday gone, until tomorrow
            ("2025-10-11", "2025-10-14"),
        ),
        (
            "Schools stay shut from Monday until Friday.",
            date(2024, 1, 6),
            ("2024-01-08", "2024-01-12"),
        ),
    ],
)
def test_a_weekday_range_whose_end_is_ahead_starts_before_that_end(text, pub, days):
    assert tuple(t for _, t, _ in _times(text, pub)) == days


@pytest.mark.parametrize(
    "text, pub, days",
    [
        ("The road was closed from Thursday until Sunday.", WED, ("2026-02-26", "2026-03-01")),
        (
            "Fighting raged from Monday until Wednesday.",
            date(2024, 1, 6),
            ("2024-01-01", "2024-01-03"),
        ),
    ],
)
def test_a_past_weekday_range_stays_behind(text, pub, days):
    assert tuple(t for _, t, _ in _times(text, pub)) == days


# --- a clock whose zone the report gave at an earlier clock (article_zone) ------------


def _doc(sentences: list[str], pub: date = WED):
    from workbench.facts.time.family import TimeFamily

    return TimeFamily().find_each(sentences, pub)


def _verdict(a, b) -> Verdict:
    return compare(a, b, "A", "B").verdict


@pytest.mark.parametrize(
    "first, later, other, verdict",
    [
        (
            "The quake struck at 3:40 a.m. EDT on Wednesday.",
            "A strong aftershock hit at 5:10 a.m.",
            "The aftershock hit at 09:10 GMT on Wednesday.",
            Verdict.CONSISTENT,
        ),
        (
            "Polls closed at 8 p.m. CET on Sunday.",
            "The first results came at 11.30pm.",
            "First results came at 22:30 GMT.",
            Verdict.CONSISTENT,
        ),
        (
            "The launch window opens at 6:02 p.m. PST.",
            "Liftoff came at 6:15 p.m.",
            "Liftoff came at 02:15 UTC.",
            Verdict.CONSISTENT,
        ),
        (
            "The quake struck at 3:40 a.m. EDT on Wednesday.",
            "A strong aftershock hit at 5:10 a.m.",
            "The aftershock hit at 10:10 GMT on Wednesday.",
            Verdict.CONFLICT,
        ),
    ],
)
def test_a_bare_clock_takes_the_zone_its_report_gave_before(first, later, other, verdict):
    pub = date(2026, 3, 1) if "PST" in first else WED
    ours = _doc([first, later], pub)[1][0]
    theirs = _doc([other], pub)[0][0]
    assert ours.tz is not None and ours.zone_of_story
    assert _verdict(ours, theirs) == verdict


def test_a_clock_before_the_zoned_one_or_in_a_report_writing_gmt_keeps_no_zone():
    before = _doc(["Sirens sounded at 5:10 a.m.", "The quake struck at 3:40 a.m. EDT."])
    assert before[0][0].tz is None
    wire = _doc(["Polls closed at 20:00 GMT.", "Turnout was announced at 9 p.m."])
    assert wire[1][0].tz is None  # GMT in wire copy converts; a bare clock there is local
    two = _doc(["It left at 8 p.m. EDT.", "It landed at 7:40 a.m. BST.", "Crew rested at 9 a.m."])
    assert two[2][0].tz is None  # two zones written: which is meant is not told


# --- a named day's midnight against the midnight that begins that day (midnight_day) --


SUN = date(2026, 3, 1)


def _mention(text: str, word: str, pub: date):
    return next(m for m in find_times(text, pub) if m.text == word)


@pytest.mark.parametrize(
    "left, lword, right, rword, pub",
    [
        ("The curfew starts at midnight tonight.", "midnight", "It starts at midnight on Monday.",
         "midnight", SUN),
        ("The ban takes effect at 00:00 on Saturday.", "00:00", "The ban takes effect at midnight "
         "Saturday.", "midnight", date(2025, 6, 4)),
        ("Trading halts at 12:01 a.m. Friday.", "12:01 a.m.", "Trading halts at midnight Friday.",
         "midnight", date(2024, 2, 12)),
    ],
)  # fmt: skip
def test_a_named_days_midnight_against_the_one_beginning_it_is_a_question(
    left, lword, right, rword, pub
):
    a, b = _mention(left, lword, pub), _mention(right, rword, pub)
    c = compare(a, b, "A", "B")
    assert c.verdict == Verdict.UNRESOLVED, c.explanation
    assert "the midnight that begins" in c.explanation


@pytest.mark.parametrize(
    "left, lword, right, rword, verdict",
    [
        ("The curfew starts at midnight tonight.", "midnight", "It starts at midnight Tuesday.",
         "midnight", Verdict.CONFLICT),  # two days on: no reading joins them
        ("The curfew starts at midnight on Monday.", "midnight", "It starts at 00:00 Tuesday.",
         "00:00", Verdict.CONSISTENT),  # the end of Monday, spelt out
        ("The curfew starts at midnight tonight.", "midnight", "It starts at 12:01 a.m. Monday.",
         "12:01 a.m.", Verdict.CONSISTENT),
    ],
)  # fmt: skip
def test_other_midnights_are_compared_as_before(left, lword, right, rword, verdict):
    c = compare(_mention(left, lword, SUN), _mention(right, rword, SUN), "A", "B")
    assert c.verdict == verdict, c.explanation


# --- "over" as "more than" where a spread reading cannot hold (lengths.spread_over) ----


@pytest.mark.parametrize(
    "text, figure",
    [
        ("He spent over two years in prison.", "more than 2 years"),
        ("She has spent over a decade in exile.", "more than 1 decade"),
        ("Officials spent over three hours with the families.", "more than 3 hours"),
        ("Crews have spent over 40 hours searching the rubble.", "more than 40 hours"),
    ],
)
def test_time_spent_over_a_length_is_more_than_it(text, figure):
    (found,) = find_times(text, WED)
    assert found.value == figure and found.amount[1] is None, (found.text, found.value)


@pytest.mark.parametrize(
    "text",
    [
        "The money was spent over two years.",
        "The funds spent over two years ran out.",
        "The company spent $40m over two years.",
        "The grant, to be spent over five years, was welcomed.",
    ],
)
def test_a_sum_spent_over_a_length_is_spread_across_it(text):
    (found,) = find_times(text, WED)
    lo, hi = found.amount
    assert hi is not None and lo > 0.99 * hi, (found.text, found.value)


@pytest.mark.parametrize(
    "text, timex",
    [
        ("They met over two years ago.", "2024"),
        ("Talks were last held over three months ago.", "2025-12"),
        ("The contract was signed over 10 years ago.", "2016"),
        ("The project started over two years ago.", "2024"),
    ],
)
def test_over_before_ago_is_a_bound_even_after_a_verb_of_spreading(text, timex):
    (found,) = find_times(text, WED)
    assert (found.timex, found.modifier) == (timex, "before"), (found.text, found.modifier)
