"""A share set off by a dash after the count it restates: "11 — nearly a third —
remained in a critical condition", "11 of the 63 were critical — roughly one in
six;". Its frame (the words around a value, judge/frames.py) was read inside the
dashes, which end a clause: it was empty, shared nothing, and two such shares of
one count never paired (session 29, authored development bridge_collapse D7).
Read like a gloss in brackets, its frame is the words either side of the dashes.

The sentences are made up; the pattern comes from the authored event.
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.judge.frames import _frame
from workbench.text import content_tokens


def _found(tmp_path, a: str, pa: str, b: str, pb: str) -> dict[frozenset[str], str]:
    fa = write(tmp_path, "a.txt", f"---\npublished: {pa}\n---\n{a}\n")
    fb = write(tmp_path, "b.txt", f"---\npublished: {pb}\n---\n{b}\n")
    found = analyze_paths([fa, fb])
    return {frozenset(s.text for s in d.sides): str(d.verdict) for d in found.discrepancies}


def _frame_of(sentence: str, value: str) -> frozenset[str]:
    s = sentence.index(value)
    return _frame(sentence, s, s + len(value), 3)


@pytest.mark.parametrize(
    ("sentence", "value", "words"),
    [
        (
            "Of the 40 passengers, 9 \u2014 almost a quarter \u2014 were treated for burns.",
            "almost a quarter",
            "passengers treated burns",
        ),
        (
            "Of 210 applicants, 70 were admitted \u2013 about a third; the rest appealed.",
            "about a third",
            "applicants admitted",
        ),
        (
            "Some 1,200 of the 4,000 staff - roughly 30 per cent - voted to strike.",
            "roughly 30 per cent",
            "staff voted strike",
        ),
    ],
)
def test_a_dashed_share_takes_the_words_around_its_dashes(sentence, value, words):
    assert set(content_tokens(words)) <= _frame_of(sentence, value)


def test_a_figure_after_a_dash_that_goes_on_is_not_a_gloss():
    # "12 of them children": the clause goes on after the figure, no second dash
    frame = _frame_of("The toll rose to 31 - 12 of them children, police said.", "12")
    assert "children" in frame


CASES = [
    # the same count, two shares in words: one of them is wrong
    (
        "Of the 48 miners rescued, 12 \u2014 almost two-thirds \u2014 needed surgery on Monday, "
        "the company said.",
        "2026-04-14",
        "On Monday, 12 of the 48 miners rescued needed surgery \u2014 about one in four; most "
        "were released on Tuesday.",
        "2026-04-15",
        ["almost two-thirds", "about one in four"],
        "conflict",
    ),
    # the same share in other words: no conflict
    (
        "Of the 300 delegates, 100 \u2014 a third \u2014 walked out of the hall on Friday.",
        "2026-09-05",
        "On Friday 100 of the 300 delegates walked out of the hall \u2014 one in three; "
        "the vote went ahead.",
        "2026-09-05",
        ["a third", "one in three"],
        None,
    ),
]


@pytest.mark.parametrize(("a", "pa", "b", "pb", "sides", "verdict"), CASES)
def test_two_dashed_shares_of_one_count_are_compared(tmp_path, a, pa, b, pb, sides, verdict):
    found = _found(tmp_path, a, pa, b, pb)
    got = found.get(frozenset(sides))
    if verdict is None:
        assert got != "conflict", found
    else:
        assert got == verdict, found
