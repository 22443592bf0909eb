"""A clock in a stated zone against a local clock (session 31; issue 11).

A fresh reader of a held-out event found "16:40 local time" and "14:40 GMT" for
one moment called two hours apart. Two mechanisms, with made-up sentences:

1. the zone of "local time" (and of a bare clock under a dateline) is read for
   the countries and cities international copy is filed from that keep one
   zone (facts/home_world.py), with their summer time;
2. when one clock's zone is written and the other's is unknown, a difference a
   real UTC offset explains is unresolved, naming the offset, not a conflict
   (facts/time/unzoned.py); a difference no zone explains stays a conflict.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.home import home_of
from workbench.facts.time.family import TimeFamily

TIME = TimeFamily()


def _verdicts(tmp_path, a: str, pa: str, b: str, pb: str) -> list[tuple[str, str]]:
    fa = write(tmp_path, "a.txt", f"---\npublished: {pa}\n---\n{a}\n")
    fb = write(tmp_path, "b.txt", f"---\npublished: {pb}\n---\n{b}\n")
    found = analyze_paths([fa, fb])
    return [
        (str(d.verdict), d.explanation)
        for d in found.discrepancies
        if d.kind == "time" or "GMT" in d.explanation or "UTC" in d.explanation
    ]


def _clock(sentences: list[str], published: date):
    return next(m for ms in TIME.find_each(sentences, published) for m in ms if m.type == "TIME")


@pytest.mark.parametrize(
    ("sentences", "published", "offset"),
    [
        (["The ferry sank at 04:20 local time off Crete."], date(2027, 2, 3), 120),
        (["The ferry sank at 04:20 local time off Crete."], date(2027, 8, 3), 180),
        (["Voting closed at 8pm local time in Lisbon."], date(2028, 1, 20), 0),
        (["Voting closed at 8pm local time in Lisbon."], date(2028, 6, 20), 60),
        (["The blast was heard at 6.05am local time in Karachi."], date(2027, 7, 1), 300),
        (["The tremor hit at 3:10 p.m. local time near Kathmandu."], date(2026, 4, 25), 345),
        (["The first flight left Bangkok at 23:55 local time."], date(2029, 12, 1), 420),
        (["WARSAW, Oct 2 (Reuters) - The strike began at 06:00."], date(2030, 10, 2), 120),
        (["NAIROBI, May 9 - Police fired tear gas at 10.30am."], date(2030, 5, 9), 180),
    ],
)
def test_local_time_takes_the_place_zone(sentences, published, offset):
    assert _clock(sentences, published).tz == offset


@pytest.mark.parametrize(
    "opening",
    [
        ["A Spanish tourist was among those hurt, officials said."],  # an adjective: no place
        ["Talks in Geneva and Washington continued."],  # two zones: no one place
        ["Prices rose in Kenya and in Turkey last month."],  # two zones
        # a one-zone country named in an opening is no dateline: the story may be
        # told from anywhere (an athlete's country, a minister's visit)
        ["Ethiopia's Tadesse Bekele won the city marathon on Sunday."],
        ["Greece's finance minister arrived for talks on Monday."],
    ],
)
def test_no_home_from_an_adjective_or_two_zones(opening):
    assert home_of(opening) is None


def test_a_dateline_gives_a_one_zone_country_its_clock():
    assert home_of(["ATHENS, June 3 (Reuters) - Fires burned north of the city."]).zone == "EET"


@pytest.mark.parametrize(
    ("gmt", "local", "pub", "verdict"),
    [
        # known places: converted and compared as one moment
        ("at 14:40 GMT", "at 16:40 local time in Madrid", "2031-07-16", "consistent"),
        ("at 14:40 GMT", "at 15:40 local time in Madrid", "2031-01-16", "consistent"),
        ("at 14:40 GMT", "at 15:40 local time in Madrid", "2031-07-16", "conflict"),
        ("at 09:15 GMT", "at 11:15 local time near Athens", "2030-03-12", "consistent"),
        ("at 09:15 GMT", "at 12:15 local time near Athens", "2030-03-12", "conflict"),
        ("at 02:30 UTC", "at 08:15 local time in Kathmandu", "2026-04-25", "consistent"),
        # places outside the table: a real offset could explain it
        ("at 09:15 GMT", "at 11:15 local time near Kigali", "2030-03-12", "unresolved"),
        ("at 21:00 GMT", "at 6pm local time in Montevideo", "2030-05-02", "unresolved"),
    ],
)
def test_stated_zone_against_local_time(tmp_path, gmt, local, pub, verdict):
    a = f"The dam burst {gmt} on Tuesday after days of rain, the agency said."
    b = f"The dam burst {local} on Tuesday after days of rain, the agency said."
    got = _verdicts(tmp_path, a, pub, b, pub)
    assert [v for v, _ in got] == [verdict], got
    if verdict == "unresolved":
        assert "UTC" in got[0][1] and "check the zone" in got[0][1]


def test_unresolved_names_the_offset_that_would_make_one_moment(tmp_path):
    a = "The polls opened at 0700 GMT on Sunday, the commission said."
    b = "The polls opened at 10am local time on Sunday in the capital, the commission said."
    got = _verdicts(tmp_path, a, "2030-09-15", b, "2030-09-15")
    assert [v for v, _ in got] == ["unresolved"]
    assert "UTC+3" in got[0][1]


@pytest.mark.parametrize(
    ("left", "right", "verdict"),
    [
        # a difference no zone explains is still a conflict
        ("at 09:15 GMT", "at 10:40", "conflict"),
        ("at 18:00 UTC", "at 6.20pm local time", "conflict"),
        # a whole-hour difference against a clock of no known zone: a question
        ("at 09:15 GMT", "at 11:15", "unresolved"),
        # against a region's zone, a bare clock an hour or two off is that region's
        # clock read wrong: compared as written
        ("at 10.40pm AEST", "at 11.40pm", "conflict"),
        ("at 3pm EDT", "at 5pm", "conflict"),
        # ... but twelve hours off it is another region's local time: a question
        ("at 6:22 a.m. ET", "at 6.22pm", "unresolved"),
    ],
)
def test_bare_clock_of_no_known_place(tmp_path, left, right, verdict):
    a = f"The strike began {left} on Monday, union leaders said."
    b = f"The strike began {right} on Monday, union leaders said."
    got = _verdicts(tmp_path, a, "2030-11-04", b, "2030-11-04")
    assert [v for v, _ in got] == [verdict], got


def test_clocks_written_alike_stay_as_before(tmp_path):
    a = "The strike began at 09:15 GMT on Monday, union leaders said."
    b = "The strike began at 09:15 on Monday, union leaders said."
    got = _verdicts(tmp_path, a, "2030-11-04", b, "2030-11-04")
    assert all(v != "conflict" and v != "unresolved" for v, _ in got), got


# --- a report's own conversion tells its zone -------------------------------------


@pytest.mark.parametrize(
    ("sentences", "zones"),
    [
        # the converted clock and the report's other bare clocks take the stated offset
        (["Polls closed at 20:00 (1800 GMT) on Sunday.", "Results came at 23:30."], [120, 0, 120]),
        (["The record came at 4.40pm local time (1440 GMT)."], [120, 0]),
        (
            ["The alarm sounded at 2:52 p.m., or 0652 GMT.", "It was raised at 6.22pm."],
            [480, 0, 480],
        ),
        (["Trading opened at 9.30am (0130 GMT).", "It closed at 4pm."], [480, 0, 480]),
        # two conversions stating two offsets: only each converted clock is read
        (
            ["Kick-off was 18:00 (1600 GMT).", "It ended 21:00 (1800 GMT).", "Fans left at 22:10."],
            [120, 0, 180, 0, None],
        ),
    ],
)
def test_a_conversion_in_the_report_gives_its_zone(sentences, zones):
    found = TIME.find_each(sentences, date(2030, 7, 16))
    got = [m.tz for ms in found for m in ms if m.type == "TIME"]
    assert got == zones


def test_converted_clock_against_another_zone(tmp_path):
    a = "Polls closed at 20:00 (1800 GMT) on Sunday, the electoral commission said."
    b = "Polls closed at 2 p.m. ET on Sunday, the electoral commission said."
    got = _verdicts(tmp_path, a, "2030-07-15", b, "2030-07-15")
    assert [v for v, _ in got] in ([], ["consistent"]), got
    c = "Polls closed at 3 p.m. ET on Sunday, the electoral commission said."
    got = _verdicts(tmp_path, a, "2030-07-15", c, "2030-07-15")
    assert [v for v, _ in got] == ["conflict"], got


@pytest.mark.parametrize(
    ("a", "b", "gmt_conflict"),
    [
        # one local time, written alike; the first report's GMT conversion is wrong:
        # the local clocks agree, the GMT figure is what conflicts
        (
            "The quake struck at 4:17am (0817 GMT) on Sunday, the institute said.",
            "The quake struck at 4.17am on Sunday near Quito, the institute said.",
            False,
        ),
        (
            "The span fell at 6.40pm (2240 GMT) on Tuesday, police said.",
            "The span fell at 6:40 p.m. (2340 GMT) on Tuesday, police said.",
            True,
        ),
    ],
)
def test_a_wrong_conversion_is_not_two_local_times(tmp_path, a, b, gmt_conflict):
    got = _verdicts(tmp_path, a, "2031-02-09", b, "2031-02-09")
    local = [v for v, e in got if "GMT" not in e.split(":")[0]]
    assert set(local) <= {"consistent"}, got
    assert any(v == "conflict" and "GMT" in e for v, e in got) is gmt_conflict, got
