"""A share told as "N out of M" is as fine as its denominator (session 35,
held-out reader R35b: an inspection score of 88 against 83, both "out of
100", called consistent four times "within rounding"). "One in five" is a
rough share (read to ten points); "88 out of 100" is a score to the point,
"45 out of 50" to two points, "450 in 1,000" to a tenth of a point."""

from __future__ import annotations

import pytest

from workbench.facts.quantity.family import QUANTITY


def _share(sentence: str):
    found = [m for m in QUANTITY.find(sentence, None) if m.dimension == "percent"]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        (
            "The kitchen scored 88 out of 100 at the inspection.",
            "It scored 83 out of 100.",
            "conflict",
        ),
        (
            "Voters gave the plan 62 out of 100 in the poll.",
            "The plan got 64 out of 100.",
            "conflict",
        ),
        ("The school was rated 45 out of 50.", "The school was rated 41 out of 50.", "conflict"),
        (
            "Nine in 10 residents backed the plan.",
            "About 88% of residents backed it.",
            "consistent",
        ),
        ("One in five homes lost power.", "21% of homes lost power.", "consistent"),
        ("The kitchen scored 88 out of 100 at the inspection.", "It scored 88%.", "consistent"),
    ],
)
def test_a_share_out_of_a_denominator_is_as_fine_as_the_denominator(a, b, verdict):
    got = QUANTITY.compare(_share(a), _share(b), "Courier", "Gazette")
    assert got is not None and got.verdict.value == verdict, got
