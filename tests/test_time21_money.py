"""Issue 12, session 21: money in currencies a wire desk meets whose forms were not
read, so the amount was a bare count or nothing at all: the abbreviations Gulf and
North African copy writes before the figure ("RO 500 million", Omani rials; "LE 10
billion", Egyptian pounds; "LD 2 billion", Libyan dinars), "kroner" with no country
(Danish or Norwegian: a unit of its own, as unstated dinars and pesos are) and the
Czech koruna written after the figure ("10,000 Kč", "korun"). Our own cases."""

from __future__ import annotations

import pytest

from workbench.facts.quantity import find_quantities


def read(text: str) -> list[tuple[str, float, str | None]]:
    return [(m.text, m.value, m.unit) for m in find_quantities(text)]


@pytest.mark.parametrize(
    "text, want",
    [
        ("Oman set aside RO 500 million for roads.", ("RO 500 million", 5e8, "OMR")),
        ("Egypt raised LE 10 billion in bonds.", ("LE 10 billion", 1e10, "EGP")),
        ("Libya spent LD 2 billion on salaries.", ("LD 2 billion", 2e9, "LYD")),
        ("The fine was 10,000 kroner.", ("10,000 kroner", 1e4, "krone")),
        ("A ticket costs 350 krone.", ("350 krone", 350.0, "krone")),
        ("He was fined 10,000 Kč.", ("10,000 Kč", 1e4, "CZK")),
        ("Rent rose to 12,000 korun a month.", ("12,000 korun", 1.2e4, "CZK")),
        # the country stated still decides
        ("The prize is 5,000 Danish kroner.", ("5,000 Danish kroner", 5e3, "DKK")),
        ("The prize is 5,000 Norwegian kroner.", ("5,000 Norwegian kroner", 5e3, "NOK")),
    ],
)
def test_currency_forms_of_a_wire_desk(text, want):
    assert read(text) == [want]


def test_kroner_of_no_stated_country_are_not_danish_or_norwegian():
    (unstated,) = find_quantities("The fine was 10,000 kroner.")
    (danish,) = find_quantities("The fine was 10,000 Danish kroner.")
    assert unstated.unit != danish.unit
