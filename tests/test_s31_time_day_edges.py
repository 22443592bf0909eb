"""Session 31 (time38): the far end of a range of dawn and dusk ("a curfew from dusk to
dawn", "fighting raged between dawn and dusk") was dropped: only the first end was
read, so "from dusk to dawn" told the evening alone. Dawn and dusk are read only after
a preposition ("dawn raids", "Dawn" the name stay unread). And the first end of a
range of ordinal days ("from the 3rd to the 5th of June") was dropped. Own cases.
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


@pytest.mark.parametrize(
    "pub, text, expected",
    [
        (
            "2024-05-08",
            "The fair runs from the 3rd to the 5th of June.",
            [("the 3rd", "2024-06-03"), ("the 5th of June", "2024-06-05")],
        ),
        (
            "2019-09-10",
            "Voting runs from the third to the fifth of October.",
            [("the third", "2019-10-03"), ("the fifth of October", "2019-10-05")],
        ),
        (
            "2024-05-08",
            "The talks ran from the 28th to the 2nd of March.",
            [("the 28th", "2024-02-28"), ("the 2nd of March", "2024-03-02")],
        ),
    ],
)
def test_the_first_end_of_a_range_of_ordinal_days_takes_the_far_ends_month(pub, text, expected):
    """'from the 3rd to the 5th of June' lost its first end (an ordinal day before 'to'
    was no day), and read alone it would be this month's 3rd."""
    ms = find_times(text, date.fromisoformat(pub))
    assert [(m.text, m.timex) for m in ms] == expected


def test_an_ordinal_before_its_noun_is_still_no_day():
    assert find_times("He won on the second ballot and lost on the third.", date(2024, 5, 8)) == []
