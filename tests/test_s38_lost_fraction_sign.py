"""Session 38 (issue 11, class 4): a length whose fraction sign was lost in a rebuilt
text, "served 412 months" where the same wire sentence reads "41/2 months" or
"4\ufffd months" in other reports (ECB+ 28), was a confident conflict: 412 months
against 4½. A digit or two then "12", "14" or "34" may be that mixed number; when
so read it meets the other length, the two are a question naming the reading.
Own cases: other units, quarters, written fractions; controls where the other
length is far from the mixed reading, or the figure is no glued mixed number.
"""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times
from workbench.facts.time.compare import compare
from workbench.model import Verdict

PUB = date(2007, 7, 28)


def _length(sentence: str):
    return next(m for m in find_times(sentence, PUB) if m.type == "DURATION")


def _compare(a: str, b: str):
    got = compare(_length(a), _length(b), "A", "B")
    back = compare(_length(b), _length(a), "B", "A")
    assert got is not None and back is not None and got.verdict == back.verdict
    return got


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("He served 412 months in prison.", "He served 4½ months in prison."),
        ("He served 412 months in prison.", "He served 41/2 months in prison."),
        ("He served 412 months in prison.", "He served 4\ufffd months in prison."),
        ("The probe took 214 years.", "The probe took about two and a quarter years."),
        ("The flight lasted 1012 hours.", "The flight lasted ten and a half hours."),
        ("The search went on for 334 days.", "The search went on for nearly four days."),
    ],
)
def test_a_lost_fraction_sign_is_a_question_not_a_conflict(a, b):
    got = _compare(a, b)
    assert got.verdict == Verdict.UNRESOLVED
    assert "fraction sign lost" in got.explanation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("He served 412 months in prison.", "He served 30 years in prison."),
        ("The mission lasted 312 days.", "The mission lasted 300 days."),
        ("The strike lasted 12 days.", "The strike lasted two days."),
        ("The trial lasted 112 days.", "The trial lasted 3 days."),
    ],
)
def test_other_lengths_are_compared_as_written(a, b):
    got = _compare(a, b)
    assert got.verdict == Verdict.CONFLICT
    assert "fraction sign" not in got.explanation
