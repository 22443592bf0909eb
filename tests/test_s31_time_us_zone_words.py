"""Session 31 (time38): US copy's zone word written alone after a clock ("polls close
at 7 p.m. Eastern", "the launch is at 10:30 a.m. Pacific") was dropped: the clock had no
zone, so against "2300 GMT" it was a conflict of four hours. "Eastern time" was read.
The timetable cue that sends "polls close at 7 p.m. EDT Tuesday" to the coming Tuesday
did not know the zone word either, nor "ET" ("7 p.m. ET on Tuesday" was the Tuesday
just gone). "Central Park", "Pacific Coast" stay no zone. Own cases.
"""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import compare, find_times_in_document
from workbench.facts.time.zones import with_zones


def read(text: str, pub: date):
    return with_zones([text], find_times_in_document([text], pub))[0]


@pytest.mark.parametrize(
    "pub, text, span, offset",
    [
        ("2024-05-08", "Voting ends at 8pm Eastern.", "8pm Eastern", -240),
        ("2024-01-10", "Voting ends at 8pm Eastern.", "8pm Eastern", -300),  # winter
        (
            "2023-07-19",
            "The launch is at 10:30 a.m. Pacific, NASA said.",
            "10:30 a.m. Pacific",
            -420,
        ),
        (
            "2022-11-02",
            "Trading resumes at 9:30 a.m. Central on Monday.",
            "9:30 a.m. Central",
            -360,  # Monday 7 November: summer time ended on the 6th
        ),
        ("2021-03-03", "The briefing starts at noon Mountain.", "noon Mountain", -420),
    ],
)
def test_a_us_zone_word_alone_is_the_clocks_zone(pub, text, span, offset):
    ms = read(text, date.fromisoformat(pub))
    m = next(m for m in ms if m.type == "TIME")
    assert (m.text, m.tz) == (span, offset)


@pytest.mark.parametrize(
    "text",
    ["They met at 10 a.m. Central Park West.", "The ship left at 6 p.m. Pacific Coast time."],
)
def test_a_place_named_after_the_clock_is_no_zone_word(text):
    m = read(text, date(2024, 5, 8))[0]
    assert m.text.split()[-1] not in ("Central", "Pacific")


@pytest.mark.parametrize("zone", ["Eastern", "ET", "EDT", "Eastern time"])
def test_polls_close_at_a_zoned_clock_on_the_coming_day(zone):
    pub = date(2024, 5, 8)  # a Wednesday
    a = f"Polls close at 7 p.m. {zone} on Tuesday."
    b = "Polls close at 2300 GMT on Tuesday."
    ma, mb = read(a, pub), read(b, pub)
    assert ma[0].interval[0].date() == date(2024, 5, 14)
    assert compare(ma[0], mb[0], a, b).verdict in ("identical", "consistent")
