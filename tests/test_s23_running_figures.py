"""A running figure given at two different times is two moments, not a
contradiction: "as of 8 a.m. on Wednesday, 215 rescued" / "by Wednesday evening,
221 rescued" is an update (session 24); a toll lower at the later time asks
which is current. A day of the happening itself is no stamp:
two tolls of one sinking still conflict. Cases are our own."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import analyse_bodies

from workbench.judge.running import stamps

PUB = date(2026, 3, 11)


@pytest.mark.parametrize(
    ("sentence", "stamped"),
    [
        ("As of 8 a.m. on Wednesday, 215 people had been rescued.", ["8 a.m."]),
        ("By Wednesday evening 221 people had been rescued.", ["Wednesday evening"]),
        ("Nine people died, the coast guard said on Wednesday morning.", ["Wednesday morning"]),
        ("The toll stood at 27 at midday on Tuesday.", ["midday"]),
        # the day of the happening is not the time its figure held
        ("Fourteen people died when the ferry capsized on Tuesday night.", []),
        ("At least 40 were injured in Sunday's blast.", []),
    ],
)
def test_the_times_a_sentence_stamps_its_figures_with(sentence, stamped):
    assert [s[2] for s in stamps(sentence, PUB)] == stamped


def _verdicts(tmp_path, a, b):
    return [
        (d.verdict.value, d.rule)
        for d in analyse_bodies(tmp_path, a, b, published="2026-03-11").discrepancies
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a toll lower at the later time: revised down, or one of them wrong (session 24:
        # a figure that moved as it may is an update, tests/test_s24_running_settled.py)
        (
            "As of 8 a.m. on Wednesday, 19 people had died after the ferry sank.",
            "By Wednesday evening, 14 people had died after the ferry sank.",
        ),
        (
            "The death toll from the quake stood at 44 at midday on Sunday, the ministry said.",
            "The death toll from the quake stood at 27 at 8pm on Sunday, the ministry said.",
        ),
    ],
)
def test_figures_at_different_times_are_a_question(tmp_path, a, b):
    assert _verdicts(tmp_path, a, b) == [("unresolved", "figures_at_different_times")]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same stamp: a real disagreement
        (
            "By Wednesday evening, 14 people had died after the ferry sank, officials said.",
            "By Wednesday evening, 16 people had died after the ferry sank, officials said.",
        ),
        # one stamped, the other not: nothing says they are two moments
        (
            "By Wednesday evening, 14 people had died after the ferry sank, officials said.",
            "Sixteen people died after the ferry sank off Andros, officials said.",
        ),
        # a day of the happening, not a stamp
        (
            "Fourteen people died when the ferry capsized on Tuesday night, officials said.",
            "Sixteen people died when the ferry capsized on Tuesday night, officials said.",
        ),
    ],
)
def test_a_difference_the_times_do_not_explain_stays_a_conflict(tmp_path, a, b):
    assert [v for v, _ in _verdicts(tmp_path, a, b)] == ["conflict"]


def test_the_times_of_two_briefings_are_no_conflict(tmp_path):
    found = analyse_bodies(
        tmp_path,
        "The death toll from the quake stood at 27 at midday on Sunday, the ministry said.",
        "The death toll from the quake stood at 44 at 8pm on Sunday, the ministry said.",
        published="2026-03-11",
    ).discrepancies
    assert [d.rule for d in found] == ["update_told_by_its_times"]


def test_the_day_a_count_held_is_not_the_day_of_the_happening(tmp_path):
    found = analyse_bodies(
        tmp_path,
        "Fourteen people died and eight were still missing on Wednesday night after a ferry "
        "capsized off Andros, the coast guard said.",
        "A ferry capsized off Andros late Tuesday, killing 14 people and leaving eight missing, "
        "the coast guard said.",
        published="2026-03-12",
    ).discrepancies
    assert [d for d in found if d.kind == "date"] == []


def test_a_state_before_a_day_stamps_the_count():
    stamped = stamps("Eight were still missing on Wednesday night after the ferry sank.", PUB)
    assert [s[2] for s in stamped] == ["Wednesday night"]
    assert stamps("Two were killed on Wednesday night when the ferry sank.", PUB) == ()
