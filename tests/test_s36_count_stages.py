"""The stage and moment of a count (issue 11, session 36): two stages of one
tally's count (judge/count_stage.py), a clock time that stamps a count to the
minute (judge/clock_stamps.py), an update a count timed later still rules out
(judge/later_counts.py), and a count told as some of a group
(judge/partitive.py). Cases are made up: other happenings, numbers, words and
orders than the authored events readers judged."""

from __future__ import annotations

import pytest
from conftest import analyse_dated, pair

from workbench.analysis import analyze_paths


def _flags(tmp_path, a: str, b: str, pub_a: str, pub_b: str):
    found = analyze_paths(pair(tmp_path, a, b, pub_a, pub_b))
    return [d for d in found.discrepancies if d.kind not in ("date", "time", "quote")]


def _between(flags, left: str, right: str):
    return [d for d in flags if {s.text for s in d.sides} == {left, right}]


STAGES = {
    "turnout-partial-vs-final": (
        "With 88 per cent of ballots counted, turnout in the referendum stood at 61.3 per "
        "cent, the electoral board said.",
        "Final results put turnout in the referendum at 61.9 per cent, the electoral board said.",
        ("61.3 per cent", "61.9 per cent"),
        "2026-05-11",
        "2026-05-12",
    ),
    "provisional-vs-final-share": (
        "Provisional results give Mayor Ines Arlen 48.2% of the vote in the Dunmore race.",
        "The final count gave Mayor Ines Arlen 47.6% of the vote in the Dunmore race.",
        ("48.2%", "47.6%"),
        "2026-09-07",
        "2026-09-08",
    ),
    "two-partial-counts": (
        "With 60 per cent of precincts reporting, Grace Oduya had 52.1 percent of the vote.",
        "With 95 per cent of precincts reporting, Grace Oduya had 50.8 percent of the vote.",
        ("52.1 percent", "50.8 percent"),
        "2026-11-04",
        "2026-11-04",
    ),
    # the cue at the top of a story built on the partial count; a later report of no stage
    "cue-paragraphs-before": (
        "With most ballots counted early on Monday, the Unity List was ahead in Varna.\n\n"
        "Its leader thanked volunteers in the port.\n\n"
        "The Unity List won 41.5 per cent of the vote in the regional assembly election.",
        "The Unity List won 42.3 per cent of the vote in the regional assembly election.",
        ("41.5 per cent", "42.3 per cent"),
        "2026-06-01",
        "2026-06-05",
    ),
}


@pytest.mark.parametrize("name", sorted(STAGES))
def test_two_stages_of_one_count_are_an_update(tmp_path, name):
    a, b, (va, vb), pa, pb = STAGES[name]
    found = _between(_flags(tmp_path, a, b, pa, pb), va, vb)
    assert found, name
    assert all(d.verdict.value == "consistent" for d in found), [d.explanation for d in found]
    assert all(d.rule == "two_stages_of_a_count" for d in found)
    assert "two stages of one count" in found[0].explanation


ONE_STAGE = {
    "both-final": (
        "Final results gave the Farmers' Union 14.2% of the vote in Sunday's election.",
        "The final tally gave the Farmers' Union 14.8% of the vote in Sunday's election.",
        ("14.2%", "14.8%"),
        "2026-03-09",
        "2026-03-10",
    ),
    # a partial count against a report of the same day naming no stage: either may be wrong
    "partial-vs-same-day": (
        "With 70 per cent of votes counted, the Greens had 12.4 per cent of the vote, the "
        "electoral commission said.",
        "The Greens had 13.9 per cent of the vote, the electoral commission said.",
        ("12.4 per cent", "13.9 per cent"),
        "2026-03-09",
        "2026-03-09",
    ),
}


@pytest.mark.parametrize("name", sorted(ONE_STAGE))
def test_figures_of_one_stage_stay_compared(tmp_path, name):
    a, b, (va, vb), pa, pb = ONE_STAGE[name]
    found = _between(_flags(tmp_path, a, b, pa, pb), va, vb)
    assert found, name
    assert all(d.rule != "two_stages_of_a_count" for d in found)
    assert any(d.verdict.value == "conflict" for d in found)


def test_a_year_s_figure_in_a_partial_story_stays_compared(tmp_path):
    a = (
        "With 91 per cent of polling stations counted, turnout was 64.2 per cent, up from "
        "58.1 per cent in 2021."
    )
    b = "Turnout was 64.9 per cent, up from 59.4 per cent in 2021."
    found = _between(
        _flags(tmp_path, a, b, "2026-04-20", "2026-04-23"), "58.1 per cent", "59.4 per cent"
    )
    assert found and all(d.rule != "two_stages_of_a_count" for d in found)


CLOCKS = {
    "injured-am-pm": (
        "As of 9am, 14 people had been treated for injuries after the tram derailed in Holm.",
        "By 3pm, police said 22 people had been treated for injuries after the tram derailed "
        "in Holm.",
        ("14", "22"),
    ),
    "evacuated-24h": (
        "By 11:30, 240 residents had been evacuated from the streets around the chemical depot.",
        "By 17:00, 610 residents had been evacuated from the streets around the chemical depot.",
        ("240", "610"),
    ),
    # an update issued at a time dates its figures; the later is given first
    "rescued-update-issued": (
        "According to an update issued by the coastguard at 6pm, 38 people had been rescued "
        "from the capsized ferry.",
        "As of 10am, 12 people had been rescued from the capsized ferry, the coastguard said.",
        ("38", "12"),
    ),
}


@pytest.mark.parametrize("name", sorted(CLOCKS))
def test_a_clock_time_stamps_its_count_to_the_minute(tmp_path, name):
    a, b, (va, vb) = CLOCKS[name]
    found = _between(_flags(tmp_path, a, b, "2026-07-02", "2026-07-02"), va, vb)
    assert found, name
    assert all(d.verdict.value == "consistent" for d in found), [d.explanation for d in found]


def test_a_count_of_what_only_grows_lower_at_the_later_clock_is_no_update(tmp_path):
    a = "As of 9am, 22 people had been treated for injuries after the tram derailed in Holm."
    b = (
        "By 3pm, police said 14 people had been treated for injuries after the tram derailed "
        "in Holm."
    )
    found = _between(_flags(tmp_path, a, b, "2026-07-02", "2026-07-02"), "22", "14")
    assert found and all(d.verdict.value != "consistent" for d in found)


_FIRST = "By Monday evening, 14 people had been injured in the collapse of the Tolven footbridge."
_FLOOR = "At least 20 people were injured in the collapse of the Tolven footbridge."


def test_an_update_a_later_count_rules_out_is_a_conflict(tmp_path):
    # since eng120 a floor the later count breaks is shown once, against that count
    # (tests/test_s36_broken_floor.py); an exact figure's update stays the conflict
    exact = (
        "By Wednesday night, 20 people had been injured in the collapse of the Tolven footbridge."
    )
    third = "By Sunday, 17 people had been injured in the collapse of the Tolven footbridge."
    analysis = analyse_dated(
        tmp_path, ("2026-02-16", _FIRST), ("2026-02-19", exact), ("2026-02-23", third)
    )
    found = _between(analysis.discrepancies, "14", "20")
    assert found
    assert [d.verdict.value for d in found] == ["conflict"]
    assert found[0].rule == "update_ruled_out_by_a_later_count"
    assert "'17'" in found[0].explanation


@pytest.mark.parametrize(
    "third",
    [
        # the later count is higher: the floor holds, an update
        "Twenty-two people were injured in the collapse of the Tolven footbridge, police said.",
        # a part of a group is no count of the whole
        "Seventeen of the injured were pupils from the school by the Tolven footbridge.",
        # another disaster, long before
        "In March 2019, 11 people were injured when a footbridge fell in Arles.",
    ],
)
def test_a_later_count_that_does_not_rule_it_out_leaves_the_update(tmp_path, third):
    analysis = analyse_dated(
        tmp_path, ("2026-02-16", _FIRST), ("2026-02-19", _FLOOR), ("2026-02-23", third)
    )
    found = _between(analysis.discrepancies, "14", "At least 20")
    assert found
    assert all(d.rule != "update_ruled_out_by_a_later_count" for d in found)


PARTS = {
    "injured-passengers": (
        "Nineteen of the injured were passengers and three were members of the cabin crew, "
        "the airline said.",
        "Twenty-five people were hurt, 22 of them passengers and three cabin crew, the airline "
        "said.",
        ("Nineteen", "Twenty-five"),
    ),
    # never aligned: the dozen is no toll of the story's own (judge/story.py)
    "dead-children-never-met": (
        "At least 30 people were killed and 120 injured when a crowd surged through a gate "
        "before the cup final at the Hoss stadium on Saturday, police said on Sunday.\n\n"
        "The crush happened at about 3pm, when Gate 4 on the south side of the Hoss stadium "
        "was opened to a crowd that had been locked out.",
        "The death toll from the crush at the Hoss stadium before the cup final is still "
        "rising, police said.\n\nThe crush happened at about 3pm, when Gate 4 on the south "
        "side of the Hoss stadium was opened to a crowd that had been locked out.\n\n"
        "A dozen of the dead were children, the hospital said.",
        ("At least 30", "A dozen"),
    ),
}


@pytest.mark.parametrize("name", sorted(PARTS))
def test_a_count_of_some_of_a_group_is_not_the_group(tmp_path, name):
    a, b, (va, vb) = PARTS[name]
    flags = _flags(tmp_path, a, b, "2026-08-14", "2026-08-14")
    assert not _between(flags, va, vb)


def test_a_count_of_the_group_itself_is_still_compared(tmp_path):
    a = "Nineteen people were injured, and three were members of the cabin crew, the airline said."
    b = (
        "Twenty-five people were hurt, 22 of them passengers and three cabin crew, the "
        "airline said."
    )
    found = _between(_flags(tmp_path, a, b, "2026-08-14", "2026-08-14"), "Nineteen", "Twenty-five")
    assert [d.verdict.value for d in found] == ["conflict"]


def test_a_later_report_s_undated_count_rules_out_only_a_floor(tmp_path):
    exact = "Twenty people were injured in the collapse of the Tolven footbridge."
    third = "Seventeen people were injured in the collapse of the Tolven footbridge, police said."
    analysis = analyse_dated(
        tmp_path, ("2026-02-16", _FIRST), ("2026-02-19", exact), ("2026-02-23", third)
    )
    found = _between(analysis.discrepancies, "14", "Twenty")
    assert found
    assert all(d.rule != "update_ruled_out_by_a_later_count" for d in found)


RESTAMPED = {
    # the day the figures were announced, the sentence after them the moment they held
    "toll-given-as-of": (
        "At least 12 people were killed and 85 injured when the roof of the Marrow market "
        "hall fell in on Friday, officials said on Saturday.\n\n"
        "The toll, given as of Saturday morning, rose from nine counted by Friday night.",
        "The number of people injured when the Marrow market hall roof fell in rose to 97 "
        "last night, with 14 dead, officials said.",
        ("85", "97"),
        "2026-10-10",
        "2026-10-11",
    ),
    "figures-released-at": (
        "Police said on Tuesday that 410 homes had been evacuated around the Pell dam.\n\n"
        "The figures, released at 9am, were expected to rise through the day.",
        "By Tuesday evening, 655 homes had been evacuated around the Pell dam, police said.",
        ("410", "655"),
        "2026-04-14",
        "2026-04-15",
    ),
}


@pytest.mark.parametrize("name", sorted(RESTAMPED))
def test_the_sentence_after_a_count_may_give_its_moment(tmp_path, name):
    a, b, (va, vb), pa, pb = RESTAMPED[name]
    found = _between(_flags(tmp_path, a, b, pa, pb), va, vb)
    assert found, name
    assert all(d.verdict.value == "consistent" for d in found), [d.explanation for d in found]


_RELATED = (
    "The Tolven footbridge collapsed during the river festival on Saturday afternoon.\n\n"
    "Engineers said a cable anchor had failed under the weight of the crowd.\n\n"
)


def test_a_later_report_below_an_earlier_floor_never_met(tmp_path):
    early = _RELATED + "At least 20 people were hurt when the deck gave way, police said."
    late = _RELATED + "Seventeen people suffered injuries in the fall, the hospital told us."
    analysis = analyse_dated(tmp_path, ("2026-02-19", early), ("2026-02-24", late))
    found = _between(analysis.discrepancies, "At least 20", "Seventeen")
    assert [d.rule for d in found] == ["floor_undercut_never_met"]
    assert found[0].verdict.value == "conflict"


def test_an_earlier_report_below_a_later_floor_never_met_stays_a_question(tmp_path):
    early = _RELATED + "Seventeen people suffered injuries in the fall, the hospital told us."
    late = _RELATED + "At least 20 people were hurt when the deck gave way, police said."
    analysis = analyse_dated(tmp_path, ("2026-02-19", early), ("2026-02-24", late))
    found = _between(analysis.discrepancies, "At least 20", "Seventeen")
    assert found and all(d.rule != "floor_undercut_never_met" for d in found)
