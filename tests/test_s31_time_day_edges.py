"""Session 31 (time38): the far end of a range of dawn and dusk ("a curfew from dusk to
dawn", "fighting raged between dawn and dusk") was dropped: only the first end was
read, so "from dusk to dawn" told the evening alone. Dawn and dusk are read only after
a preposition ("dawn raids", "Dawn" the name stay unread). Own cases.
"""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A curfew runs from dusk to dawn in the capital.", [("dusk", "TEV"), ("dawn", "TMO")]),
        ("Fighting raged between dawn and dusk.", [("dawn", "TMO"), ("dusk", "TEV")]),
        (
            "Shelling went on from nightfall to daybreak.",
            [("nightfall", "TEV"), ("daybreak", "TMO")],
        ),
        ("They sailed from dawn to noon.", [("dawn", "TMO"), ("noon", "T12:00")]),
    ],
)
def test_both_ends_of_a_range_of_day_edges(text, expected):
    ms = find_times(text, date(2023, 7, 4))
    assert [(m.text, m.timex) for m in ms] == expected


@pytest.mark.parametrize(
    "text",
    ["He drove to Dawn's house.", "Police carried out dawn raids.", "Sales fell to dusk levels."],
)
def test_no_edge_of_the_day_without_its_preposition(text):
    assert find_times(text, date(2023, 7, 4)) == []
