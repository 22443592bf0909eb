"""The zone of an event's bare clocks, read from another report's conversion
(issue 11, session 36): "Polls closed at 20:00 (1800 GMT)" in one report states
the event's offset (UTC+2); another report's "10.40pm" with no zone of its own is
read in it, so against "5:40 p.m. ET" it is an hour out, not "unresolved - check
the zone" (facts/time/event_zone.py; fresh readers, election T6 and D10). Made-up
stories, places, offsets and clocks of their own."""

from __future__ import annotations

import pytest
from conftest import analyse_dated

from workbench.model import Verdict


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _times(analysis):
    return {
        (d.sides[0].text, d.sides[1].text): d.verdict
        for d in analysis.discrepancies
        if d.kind == "time"
    }


def _why(analysis, a, b):
    """The explanations of every flag of the two clocks."""
    return " | ".join(
        d.explanation
        for d in analysis.discrepancies
        if {d.sides[0].text, d.sides[1].text} == {a, b}
    )


def _get(flags, a, b):
    return flags.get((a, b), flags.get((b, a)))


@pytest.mark.parametrize(
    ("wire", "bare", "abroad", "verdict"),
    [
        (  # UTC+2: 22:40 there is 16:40 EDT, not 17:40: a question naming both readings
            "Polls in Vardania closed at 20:00 (1800 GMT). Prime Minister Orlov conceded "
            "defeat at 23:40 on Sunday at his party's headquarters.",
            "Prime Minister Orlov conceded defeat at 10.40pm on Sunday at his party's "
            "headquarters, ending eight years in power.",
            "Prime Minister Orlov conceded defeat at 5:40 p.m. ET on Sunday at his party's "
            "headquarters.",
            Verdict.UNRESOLVED,
        ),
        (  # UTC+5: 21:15 there is 12:15 EDT, as the other report says
            "The count in Kestria began at 19:00 local time (1400 GMT). Officials announced "
            "the result at 21:15 on Sunday in the capital.",
            "Officials announced the result at 21:15 on Sunday in the capital, hours after "
            "the count began.",
            "Officials announced the result at 12:15 p.m. ET on Sunday in the capital.",
            Verdict.CONSISTENT,
        ),
    ],
)
def test_a_bare_clock_takes_the_zone_another_report_states(tmp_path, wire, bare, abroad, verdict):
    analysis = analyse_dated(
        tmp_path, ("2026-04-13", wire), ("2026-04-13", bare), ("2026-04-13", abroad)
    )
    flags = _times(analysis)
    clock = "10.40pm" if "10.40pm" in bare else "21:15"
    other = "5:40 p.m. ET" if "5:40" in abroad else "12:15 p.m. ET"
    assert _get(flags, clock, other) == verdict, flags
    assert "read in the zone another report states" in _why(analysis, clock, other)


def test_the_local_clocks_of_one_event_conflict(tmp_path):
    """The wire's local 23:40 and the other report's 10.40pm, both the event's
    zone: an hour apart, a conflict."""
    flags = _times(
        analyse_dated(
            tmp_path,
            (
                "2026-04-13",
                "Polls in Vardania closed at 20:00 (1800 GMT). Prime Minister Orlov conceded "
                "defeat at 23:40 on Sunday at his party's headquarters.",
            ),
            (
                "2026-04-13",
                "Prime Minister Orlov conceded defeat at 10.40pm on Sunday at his party's "
                "headquarters, ending eight years in power.",
            ),
        )
    )
    assert _get(flags, "23:40", "10.40pm") == Verdict.CONFLICT, flags


def test_without_a_stated_offset_the_zone_stays_a_question(tmp_path):
    flags = _times(
        analyse_dated(
            tmp_path,
            (
                "2026-04-13",
                "Prime Minister Orlov conceded defeat at 10.40pm on Sunday at his "
                "party's headquarters, ending eight years in power.",
            ),
            (
                "2026-04-13",
                "Prime Minister Orlov conceded defeat at 5:40 p.m. ET on Sunday at "
                "his party's headquarters.",
            ),
        )
    )
    assert _get(flags, "10.40pm", "5:40 p.m. ET") == Verdict.UNRESOLVED, flags


def test_two_offsets_stated_read_no_zone(tmp_path):
    from conftest import write

    from workbench.analysis import analyze_paths
    from workbench.facts.time.event_zone import with_event_zone

    texts = [
        "Polls closed at 20:00 (1800 GMT) in the west.",
        "Polls closed at 21:00 (1800 GMT) in the east.",
        "Orlov conceded at 10.40pm on Sunday.",
    ]
    paths = [
        write(tmp_path, f"{i}.txt", f"---\npublished: 2026-04-13\n---\n{t}\n")
        for i, t in enumerate(texts)
    ]
    facts = analyze_paths(paths).facts
    bare = [f for f in facts if f.text == "10.40pm"]
    assert bare and all(f.mention.tz is None for f in bare)
    assert with_event_zone(facts) == list(facts)


def test_minutes_no_zone_explains_stay_a_conflict(tmp_path):
    """Read in the event's UTC+3, '3.50pm' is 12:50 GMT against '12.25pm GMT':
    25 minutes apart, which no zone's offset makes - a conflict, not a question."""
    analysis = analyse_dated(
        tmp_path,
        (
            "2026-03-08",
            "The gates were opened at about 3.25pm local time (1225 GMT) as the crowd "
            "surged, officials said.",
        ),
        ("2026-03-08", "The crush began at about 3.50pm as fans surged towards gate 7."),
        ("2026-03-08", "The crush began at about 12.25pm GMT as fans surged towards gate 7."),
    )
    flags = _times(analysis)
    assert _get(flags, "3.50pm", "12.25pm GMT") == Verdict.CONFLICT, flags
    assert "read in the zone another report states" in _why(analysis, "3.50pm", "12.25pm GMT")
