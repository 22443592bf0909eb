"""Terms that only look like a length of time are not times: a trial's
security story showed "zero-day = 0 days: same length (0 seconds)" as a
finding. A real count of zero days still is one."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.quantity.detect import find_quantities
from workbench.facts.time.find import find_times

DAY = date(2008, 12, 15)


@pytest.mark.parametrize(
    "text",
    [
        "Attackers used a zero-day flaw in the browser.",
        "The zero-day exploit spread fast.",
        "Hackers exploited a zero day vulnerability in the software.",
        "She was on a zero-hours contract at the warehouse.",
    ],
)
def test_a_term_is_not_a_length_of_time(text):
    assert not [m for m in find_times(text, DAY) if m.text.lower().startswith("zero")]
    assert not [q for q in find_quantities(text) if q.text.lower().startswith("zero")]


@pytest.mark.parametrize(
    "text", ["It rained on zero days in June.", "The ceasefire had zero days of calm."]
)
def test_zero_days_counted_are_still_read(text):
    assert [m.value for m in find_times(text, DAY) if m.text.startswith("zero")] == ["0 days"]
