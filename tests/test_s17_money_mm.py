"""Finance's 'MM' (a million) after a currency amount is money (trial 23:
"an eight-year, $200MM deal" was never read, so a correction owed there was
never shown); without a currency it is not read as a scale."""

from __future__ import annotations

import pytest

from workbench.facts.quantity import find_quantities


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The Red Sox offered an eight-year, $200MM deal.", "$200MM", 200e6),
        ("He signed a $1.5MM contract on Friday.", "$1.5MM", 1.5e6),
        ("The fund raised $40 MM last year.", "$40 MM", 40e6),
        ("A $200M deal was agreed.", "$200M", 200e6),
    ],
)
def test_mm_after_a_currency_is_millions(text, surface, value):
    got = {m.text: m.value for m in find_quantities(text)}
    assert got.get(surface) == pytest.approx(value)


def test_mm_without_a_currency_is_no_scale():
    assert all(m.value != 300e6 for m in find_quantities("They showed a 300MM film reel."))
