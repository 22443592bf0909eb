"""Issue 12, session 11: a currency written after a number with its country's
adjective ("50 million Ethiopian birr", "9 million Venezuelan bolivars") is read
for every currency in the table, singular or plural, with or without accents;
before, only the forms listed one by one were ("birr", "Kenyan shillings"), and
an adjective in between lost the amount's currency. Our own cases."""

from __future__ import annotations

import pytest

from workbench.facts.quantity import find_quantities
from workbench.facts.quantity.currencies import surfaces_after


def read(text: str) -> list[tuple[str, float, str | None]]:
    return [(m.text, m.value, m.unit) for m in find_quantities(text)]


@pytest.mark.parametrize(
    "text, want",
    [
        ("Aid of 50 million Ethiopian birr was sent.", ("50 million Ethiopian birr", 5e7, "ETB")),
        ("It cost 200 Zambian kwacha.", ("200 Zambian kwacha", 200.0, "ZMW")),
        ("Fees of 2 million Afghan afghanis were paid.", ("2 million Afghan afghanis", 2e6, "AFN")),
        ("A room costs 40,000 Cambodian riels.", ("40,000 Cambodian riels", 4e4, "KHR")),
        ("He was fined 10,000 Mongolian tugriks.", ("10,000 Mongolian tugriks", 1e4, "MNT")),
        ("Wages are 9 million Venezuelan bolivars.", ("9 million Venezuelan bolivars", 9e6, "VES")),
        ("The fee was one Venezuelan bolívar.", ("one Venezuelan bolívar", 1.0, "VES")),
        ("He paid 600 Israeli shekels.", ("600 Israeli shekels", 600.0, "ILS")),
        ("A bond of 500 Botswana pula was posted.", ("500 Botswana pula", 500.0, "BWP")),
        ("Tolls are 12 Lao kip.", ("12 Lao kip", 12.0, "LAK")),
    ],
)
def test_a_currency_named_with_its_country(text, want):
    assert read(text) == [want]


def test_every_currency_of_the_table_is_read_by_its_full_name():
    forms = surfaces_after()
    assert forms["ethiopian birr"] == "ETB" and forms["ethiopian birrs"] == "ETB"
    assert forms["venezuelan bolivar"] == forms["venezuelan bolívar"] == "VES"
    # a name shared by several countries is not given to one of them by the mechanism
    assert "dinar (country not stated)" not in forms and forms["dinars"] == "dinar"
