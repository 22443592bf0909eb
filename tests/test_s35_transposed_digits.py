"""Two figures written with the same digits, two neighbours swapped (session 35,
eng107; authored development plant_explosion D5 "the blast, at 6:24 a.m." /
"the blast happened at 6:42 a.m."): a slip of the keyboard. Nothing else said
both times date one thing — one clause named the happening, the sentences
were no close paraphrases, their alignment fell below the conflict floor — and
the slip was never shown. The swapped digits are that evidence.

The sentences are made up; the pattern comes from the authored events.
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.judge.transposed import digits_transposed
from workbench.model import Fact


def _found(tmp_path, a: str, b: str) -> dict[frozenset[str], str]:
    fa = write(tmp_path, "a.txt", f"---\npublished: 2025-11-19\n---\n{a}\n")
    fb = write(tmp_path, "b.txt", f"---\npublished: 2025-11-19\n---\n{b}\n")
    found = analyze_paths([fa, fb])
    return {frozenset(s.text for s in d.sides): str(d.verdict) for d in found.discrepancies}


SLIPS = [
    (
        "The blast, at 6:24 a.m. on Tuesday, came from the resin building, where the plant "
        "makes coatings in heated reactors.",
        "The blast happened at 6:42 a.m. in the polymer building at the chemicals plant on "
        "the town's north side, fire officials said.",
        ["6:24 a.m.", "6:42 a.m."],
    ),
    (
        "The fire, at 7:25 a.m. on Sunday, started in the bakery kitchen, where staff bake "
        "bread in gas ovens.",
        "The fire started at 7:52 a.m. in the kitchen of the bakery on the high street, fire "
        "officials said.",
        ["7:25 a.m.", "7:52 a.m."],
    ),
]


@pytest.mark.parametrize(("a", "b", "sides"), SLIPS)
def test_a_time_with_two_digits_swapped_is_shown(tmp_path, a, b, sides):
    found = _found(tmp_path, a, b)
    assert found.get(frozenset(sides)) == "conflict", found


def _fact(text: str, kind: str = "number") -> Fact:
    return Fact("f", "c", "a", kind, 0, len(text), text, {})


@pytest.mark.parametrize(
    ("a", "b", "slip"),
    [
        ("3,510 MW", "3,150 MW", True),
        ("1,846 m", "1,486 m", True),
        ("21", "12", True),
        ("06:42", "6:24", True),
        ("4.9 million", "9.4 million", True),
        ("3,510", "3,015", False),  # the digits moved, not two neighbours swapped
        ("1,846", "1,864", True),
        ("1,846", "6,841", False),
        ("146", "164", True),
        ("146", "146", False),
        ("160", "146", False),
        ("5", "5", False),
    ],
)
def test_which_figures_are_slips(a, b, slip):
    assert digits_transposed(_fact(a), _fact(b)) is slip


def test_figures_of_two_kinds_are_no_slip():
    assert not digits_transposed(_fact("21", "number"), _fact("12 km", "quantity"))
