"""Ratios of different measures (issue 11, session 25; split from parts.py in
session 26: a ratio is no part of a whole): the CANDIDATE row that keeps them
from being compared as one figure. facts/ratios.py reads what each ratio is of.
"""

from __future__ import annotations

from .stages import CANDIDATE, Outcome, Rule

RATIO_OF_ANOTHER_MEASURE = Rule(
    "ratios_of_different_measures",
    CANDIDATE,
    lambda c: c.measured_apart == "ratio",
    Outcome.SKIP,
    "a ratio or multiple is a measure of what it qualifies: 'one sixth the space' / 'one "
    "quarter the power', 'three times faster' / 'five times larger', '40 percent cheaper' "
    "/ '30 percent lighter' are figures of different things, neither consistent nor in "
    "conflict — no flag",
    "tests/test_s25_parts_and_ratios.py::test_ratios_of_different_measures_are_not_compared; "
    "issue 11, session 25 (an editor's trial: 'one sixth the space' / 'one quarter the power' "
    "judged consistent)",
)
