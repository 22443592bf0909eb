"""A day or month without its year, read in the year of publication, takes the
earlier year of the date the story has just named when it follows that date within
half a year: "entered the network on 14 August 2025 ... The intrusion was not
discovered until 2 October" is 2 October 2025 (session-23 development cluster
breach: two reports of one discovery called a year apart). A date naming a thing
("the August 1988 cease-fire") or a frame of comparison ("the same month a year
ago") tells no story on; read alone, the year of publication is kept."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import compare, find_times
from workbench.facts.time.find import find_times_in_document
from workbench.model import Verdict

PUB = date(2026, 11, 24)


def _timex(sentences: list[str], expr: str, published: date = PUB) -> str:
    found = {m.text: m.timex for ms in find_times_in_document(sentences, published) for m in ms}
    assert expr in found, found
    return found[expr]


@pytest.mark.parametrize(
    ("sentences", "expr", "timex"),
    [
        (
            [
                "Attackers entered the network on 14 August 2025, the regulator said.",
                "The intrusion was not discovered until 2 October, 49 days later.",
            ],
            "2 October",
            "2025-10-02",
        ),
        (
            [
                "The attack began in mid-August last year, when hackers logged in.",
                "The breach was discovered on 2 October and made public a week later.",
            ],
            "2 October",
            "2025-10-02",
        ),
        (
            [
                "Attackers entered the network on 14 August 2025, the regulator said.",
                "It was found on 2 October and disclosed publicly on 9 October.",
            ],
            "9 October",
            "2025-10-09",
        ),
        (
            ["The dam was closed on March 3, 2025, and reopened on June 9 after repairs."],
            "June 9",
            "2025-06-09",
        ),
        # read alone, or after a date that tells no story on: publication's year
        (["The breach was discovered on 2 October."], "2 October", "2026-10-02"),
        (
            [
                "The company was founded on 3 March 2019.",
                "It announced its results on 2 October.",
            ],
            "2 October",
            "2026-10-02",
        ),
        (
            [
                "He had rejected the treaty after the August 2025 ceasefire.",
                "The move came after the invasion on Oct. 2.",
            ],
            "Oct. 2",
            "2026-10-02",
        ),
    ],
)
def test_a_yearless_day_takes_the_year_the_story_is_told_in(sentences, expr, timex):
    assert _timex(sentences, expr) == timex


def _one(sentence: str, published: date):
    (m,) = [t for t in find_times(sentence, published) if t.type == "DATE"]
    return m


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The breach was discovered on 2 October.", "It discovered the breach on Oct. 2, 2025."),
        ("Talks ended on March 3.", "Talks ended on 3 March 2024."),
    ],
)
def test_the_same_day_a_year_apart_by_a_year_left_out_is_a_question(a, b):
    c = compare(_one(a, PUB), _one(b, PUB), "A", "B")
    assert c is not None and c.verdict is Verdict.UNRESOLVED
    assert "states no year" in c.explanation


def test_two_written_years_of_one_day_still_conflict():
    c = compare(
        _one("It was signed on 2 October 2024.", PUB),
        _one("It was signed on 2 October 2025.", PUB),
        "A",
        "B",
    )
    assert c is not None and c.verdict is Verdict.CONFLICT
