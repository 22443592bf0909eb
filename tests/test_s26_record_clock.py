"""The game clock a record fell at, across whole articles (issue 11, session
26, judge/clocks.py through judge/story.py). Made-up reports.

Reports of a record-breaking game state the moment the record fell in
sentences about different things ("Okafor broke the club's scoring record with
a routine layup with 7:41 left in the first half" / "with 7:42 remaining in the
first half, Okafor became the club's all-time leading scorer"): one moment of
one game, keyed by the period it is in.
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.judge.clocks import record_clock
from workbench.model import Claim, Fact

_STORY = (
    "The Harbour City Hawks beat the Valley Rams 91-73 on Saturday night. "
    "The Hawks have now won eleven straight home games this season. "
    "Coach Dana Whitlow praised the defence after the game. "
)


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def clocks(tmp_path):
    def run(a: str, b: str):
        front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier") + a + " " + _STORY + "\n"),
            write(tmp_path, "b.md", front.format("Gazette") + b + " " + _STORY + "\n"),
        ]
        found = analyze_paths(paths).discrepancies
        return [
            (d.sides[0].text, d.sides[1].text, d.verdict.value, d.rule)
            for d in found
            if "game clock when the record" in d.explanation
        ]

    return run


def _clock(text: str, clock: str) -> tuple[Claim, Fact]:
    at = text.index(clock)
    claim = Claim("a:0", "a", 0, 0, len(text), text)
    fact = Fact("f", "a:0", "a", "duration", at, at + len(clock), clock, {}, mention=object())  # type: ignore[arg-type]
    return claim, fact


@pytest.mark.parametrize(
    ("text", "clock", "period"),
    [
        (
            "Okafor broke the club's 30-year-old scoring record with 7:41 left in the 1st half.",
            "7:41",
            "broken, first half",
        ),
        (
            "With 2:05 remaining in the third quarter, Reyes became the league's all-time "
            "leading rusher.",
            "2:05",
            "broken, third quarter",
        ),
        (
            "Lindqvist set a franchise record with 0:48 to go in the second period.",
            "0:48",
            "broken, second period",
        ),
        # a clock of another play, no record
        ("Okafor hit a three-pointer with 7:41 left in the first half.", "7:41", ""),
        # a score tied is no record
        (
            "Okafor tied the game with 14:05 left in the first half, and the crowd roared.",
            "14:05",
            "",
        ),
        (
            "Okafor tied the club record on a jumper with 14:05 left in the first half.",
            "14:05",
            "tied, first half",
        ),
        # a tie and a break in one sentence: which the clock is of is unsaid
        (
            "Okafor tied the record with 14:05 left in the first half and broke the record later.",
            "14:05",
            "",
        ),
        # the record set in another clause than the clock's (ECB+-like wording)
        (
            "Okafor tied Ford on a jumper from the left wing with 14:05 left in the first "
            "half, then set the record with a bank shot with 7:41 to go.",
            "14:05",
            "",
        ),
        # a record, but no period after the clock
        ("Okafor broke the record with 7:41 left.", "7:41", ""),
    ],
)
def test_the_period_of_a_record_clock(text, clock, period):
    assert record_clock(*_clock(text, clock)) == period


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (
            "Mia Okafor broke the club's 30-year-old scoring record with a routine layup with "
            "7:41 left in the first half.",
            "Fans had waited all season for the moment. With 7:42 remaining in the first half, "
            "the guard slipped a screen, fought through contact and became the Hawks' all-time "
            "leading scorer.",
            ("7:41", "7:42"),
        ),
        (
            "Jonas Lindqvist set a franchise record for goals when his wrist shot beat the "
            "goalie with 3:10 to go in the second period.",
            "The crowd had waited all winter for it. Arena fans rose as a deflection off the "
            "captain's skate made history with 2:10 left in the second period, breaking the "
            "old record.",
            ("3:10", "2:10"),
        ),
    ],
)
def test_a_record_clock_stated_in_other_words_is_compared(clocks, a, b, values):
    assert clocks(a, b) == [(*values, "conflict", "figures_never_met")]


def test_one_clock_told_alike_is_not_shown(clocks):
    assert (
        clocks(
            "Mia Okafor broke the club's scoring record with 7:41 left in the first half.",
            "With 7:41 remaining in the first half, Mia Okafor became the club's all-time "
            "leading scorer.",
        )
        == []
    )


_OKAFOR = (
    "Mia Okafor broke the club's 30-year-old scoring record with a routine layup with 7:41 "
    "left in the first half."
)


@pytest.mark.parametrize(
    "b",
    [
        # another period: another moment
        "Fans had waited all season for the moment. With 7:40 remaining in the second half, "
        "the guard slipped a screen, fought through contact and became the Hawks' all-time "
        "leading scorer.",
        # the record tied, not broken: an earlier moment
        "Fans had waited all season for the moment. With 14:05 remaining in the first half, "
        "the guard slipped a screen, fought through contact and tied the club record.",
        # a clock of another play
        "Fans had waited all season for the moment. With 2:15 remaining in the first half, the "
        "guard slipped a screen, fought through contact and hit a three-pointer to stretch the "
        "lead.",
    ],
)
def test_other_moments_are_not_compared(clocks, b):
    assert clocks(_OKAFOR, b) == []
