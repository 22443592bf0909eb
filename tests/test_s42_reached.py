"""'up to' after a verb of motion is the value reached, not a bound (session
42, issue 11: readers of authored development judged wrong two questions on
'has crept up to 5.1 per cent' read as 'up to 5.1%'). Cases are made up."""

from __future__ import annotations

import pytest

from workbench.facts.quantity.detect import find_quantities


def _hedges(text: str) -> dict[str, str | None]:
    return {m.text: m.hedge for m in find_quantities(text)}


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Unemployment has crept up to 5.1 per cent from 4.7 per cent.", "5.1 per cent"),
        ("The jobless rate ticked up to 6.2% in May.", "6.2%"),
        ("Inflation climbed steadily up to 9.1 per cent last year.", "9.1 per cent"),
        ("Petrol prices went up to $4.20 a gallon.", "$4.20"),
        ("The toll has risen up to 31, officials said.", "31"),
    ],
)
def test_up_to_after_a_verb_of_motion_is_the_value(text, figure):
    assert _hedges(text)[figure] is None


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Winds of up to 40 mph are expected tonight.", "up to 40 mph"),
        ("The ferry can carry up to 300 passengers.", "up to 300"),
        ("Debris could pile up to 6 metres deep.", "up to 6 metres"),
        ("Fines of up to $10,000 apply.", "up to $10,000"),
    ],
)
def test_up_to_with_no_verb_of_motion_stays_a_bound(text, figure):
    assert _hedges(text)[figure] == "up to"
