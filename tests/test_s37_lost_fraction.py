"""Session 37 (issue 11, "misread"): a fraction sign the copy could not decode,
"served 4\ufffd months" for 4½ in one wire's copy of the LaRue story, was read as the
bare count 4 and the length was lost, so "more than four years" in another report
met nothing. A replacement character right after a whole number and before a word
now reads as a figure between that number and the next: a length of 4⅛ to 4⅞
months, a quantity of 3 to 4 inches. Own cases: other numbers, units and orders.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.quantity.numbers import find_numbers
from workbench.facts.time.family import TimeFamily

LOST = "\ufffd"
TIME = TimeFamily()


def _durations(sentence: str):
    return [m for m in TIME.find(sentence, date(2024, 3, 1)) if m.type == "DURATION"]


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        (f"He served 4{LOST} months in federal prison.", "4"),
        (f"She spent 2{LOST} years in custody before the trial.", "2"),
        (f"The talks lasted 11{LOST} hours on Friday.", "11"),
        (f"After a 3{LOST}-week delay the ship sailed.", "3"),
    ],
)
def test_a_lost_fraction_sign_makes_a_length_between_two_counts(sentence, whole):
    (m,) = _durations(sentence)
    (half,) = _durations(sentence.replace(LOST, "½"))
    (n,) = _durations(sentence.replace(whole + LOST, whole))
    (next_one,) = _durations(sentence.replace(whole + LOST, str(int(whole) + 1)))
    lo, hi = m.amount
    assert lo <= half.amount[0] and half.amount[1] <= hi  # the half it most often was
    assert n.amount[0] < lo and hi < next_one.amount[1]  # more than N, less than N+1
    assert m.amount != n.amount


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        (f"3{LOST} inches", 3.0, 4.0),
        (f"12{LOST} miles", 12.0, 13.0),
        (f"7{LOST} kg", 7.0, 8.0),
    ],
)
def test_a_lost_fraction_sign_makes_a_quantity_between_two_whole_numbers(text, low, high):
    n = find_numbers(text)[0]
    assert (n.value - n.precision / 2, n.value + n.precision / 2) == (low, high)


@pytest.mark.parametrize(
    "sentence",
    [
        f"He served 4{LOST} Months in prison.",  # no lower-case word after it
        f"The score was 4{LOST}.",
        f"Gate 4{LOST} B was closed.",
    ],
)
def test_a_lost_character_before_no_word_reads_no_fraction(sentence):
    assert all(LOST not in m.text for m in TIME.find(sentence, date(2024, 3, 1)))
    assert all(LOST not in sentence[n.start : n.end] for n in find_numbers(sentence))


def _verdicts(tmp_path, a: str, b: str) -> list[str]:
    fa = write(tmp_path, "a.txt", f"---\npublished: 2007-11-14\n---\n{a}\n")
    fb = write(tmp_path, "b.txt", f"---\npublished: 2007-11-14\n---\n{b}\n")
    return [str(d.verdict) for d in analyze_paths([fa, fb]).discrepancies]


def test_a_lost_fraction_length_meets_a_length_years_longer(tmp_path):
    a = f"Okafor served 3{LOST} months in federal prison for his part in the fraud."
    b = "Okafor served more than three years in federal prison for his part in the fraud."
    assert _verdicts(tmp_path, a, b) == ["conflict"]


def test_a_lost_fraction_length_agrees_with_the_fraction_written(tmp_path):
    a = f"Okafor served 3{LOST} months in federal prison for his part in the fraud."
    b = "Okafor served three and a half months in federal prison for his part in the fraud."
    assert "conflict" not in _verdicts(tmp_path, a, b)
