"""A length of time between two happenings against the days another report
gives them (session 28, align36; ECB+ 04_ecb: "died Thursday night … nine
days after suffering a heart attack" / "succumbed yesterday … to a heart
attack suffered almost three weeks ago"). A duration and a date had no
COMPARE row, so the two never met.

The sentences are made up; the pattern comes from the real-copy miss.
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths


def _found(tmp_path, a: str, pa: str, b: str, pb: str) -> dict[frozenset[str], str]:
    def front(day: str) -> str:
        return f"---\npublished: {day}\n---\n" if day else ""

    fa = write(tmp_path, "a.txt", front(pa) + a + "\n")
    fb = write(tmp_path, "b.txt", front(pb) + b + "\n")
    found = analyze_paths([fa, fb])
    return {frozenset(s.text for s in d.sides): str(d.verdict) for d in found.discrepancies}


APART = [
    # dated reports: 'two weeks' against 'yesterday' / 'five days ago' (4 days)
    (
        "The climber Tom Reyes died on Saturday, two weeks after he fell into a crevasse "
        "on the Aletsch glacier. His family thanked the rescue teams.",
        "2026-03-09",
        "Tom Reyes, who fell into a crevasse on the Aletsch glacier five days ago, died "
        "yesterday, his family said, thanking the rescue teams.",
        "2026-03-08",
        ("two weeks", "five days ago"),
    ),
    # undated reports: 'ten days' against 'yesterday' / 'four weeks ago'
    (
        "Former mayor Ruth Calder died on Tuesday, ten days after suffering a stroke at her "
        "home in Harrowgate. She led the council for 12 years.",
        "",
        "Ruth Calder, who suffered a stroke at her home in Harrowgate four weeks ago, died "
        "yesterday. She led the council for 12 years.",
        "",
        ("ten days", "four weeks ago"),
    ),
    # a return to work, the length in weeks, the days counted in days
    (
        "The striker Ade Bello returned to training on Monday, three weeks after tearing a "
        "hamstring in the cup final, the club said.",
        "2026-05-19",
        "Ade Bello, who tore a hamstring in the cup final eight days ago, returned to "
        "training yesterday, the club said.",
        "2026-05-19",
        ("three weeks", "eight days ago"),
    ),
]


@pytest.mark.parametrize(("a", "pa", "b", "pb", "sides"), APART)
def test_a_length_against_two_days_apart(tmp_path, a, pa, b, pb, sides):
    found = _found(tmp_path, a, pa, b, pb)
    assert found.get(frozenset(sides)) == "conflict", found


def test_a_length_the_days_agree_with_is_no_flag(tmp_path):
    found = _found(
        tmp_path,
        "The climber Tom Reyes died on Saturday, two weeks after he fell into a crevasse "
        "on the Aletsch glacier. His family thanked the rescue teams.",
        "2026-03-09",
        "Tom Reyes, who fell into a crevasse on the Aletsch glacier two weeks ago, died "
        "yesterday, his family said, thanking the rescue teams.",
        "2026-03-08",
    )
    assert frozenset(("two weeks", "two weeks ago")) not in found, found


def test_days_of_another_later_happening_are_no_gap(tmp_path):
    # 'yesterday' is the funeral, 12 days after the death: not the day the length ends at
    found = _found(
        tmp_path,
        "The climber Tom Reyes died on Saturday, two weeks after he fell into a crevasse "
        "on the Aletsch glacier. His family thanked the rescue teams.",
        "2026-03-09",
        "Tom Reyes, who fell into a crevasse on the Aletsch glacier five days ago, was "
        "buried yesterday, his family said, thanking the rescue teams.",
        "2026-03-20",
    )
    assert frozenset(("two weeks", "five days ago")) not in found, found


def test_a_length_before_a_later_happening_is_not_read_back(tmp_path):
    # 'three days before he died': its day (Monday) is the earlier happening's
    found = _found(
        tmp_path,
        "Tom Reyes fell ill on Monday, three days before he died in hospital in Bern, his "
        "family said.",
        "",
        "Tom Reyes, who fell ill three weeks ago, died in hospital in Bern yesterday, his "
        "family said.",
        "",
    )
    assert frozenset(("three days", "three weeks ago")) not in found, found
