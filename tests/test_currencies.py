"""Issue 12: money in the currencies an international desk meets. Our own cases."""

from __future__ import annotations

import pytest

from workbench.facts.quantity import compare, find_quantities
from workbench.facts.quantity.currencies import TABLE
from workbench.facts.quantity.units import CURRENCY_SYMBOLS, UNITS
from workbench.model import Verdict


def read(text: str) -> list[tuple[str, float, str | None]]:
    return [(m.text, m.value, m.unit) for m in find_quantities(text)]


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Kuwait pledged 3 million Kuwaiti dinars to the fund.",
            ("3 million Kuwaiti dinars", 3e6, "KWD"),
        ),
        ("The fine was set at 500 dinars.", ("500 dinars", 500, "dinar")),
        ("A kilo of rice costs 60 pesos.", ("60 pesos", 60, "peso")),
        ("Bread now costs 30 liras in Istanbul.", ("30 liras", 30, "TRY")),
        ("Tehran's budget rose to 2,000 trillion rials.", ("2,000 trillion rials", 2e15, "IRR")),
        (
            "Doha committed 40 billion Qatari riyals to the stadiums.",
            ("40 billion Qatari riyals", 4e10, "QAR"),
        ),
        ("A room costs 900 dirhams a night.", ("900 dirhams", 900, "AED")),
        ("Turnover reached KWD 4.5 million.", ("KWD 4.5 million", 4.5e6, "KWD")),
        ("The contract is worth 1,200 JOD.", ("1,200 JOD", 1200, "JOD")),
        ("Each family got 20,000 Nepalese rupees.", ("20,000 Nepalese rupees", 2e4, "NPR")),
        ("The court fined him Rs 5 lakh.", ("Rs 5 lakh", 5e5, "INR")),
        ("Dhaka set aside Tk 500 crore for the bridge.", ("Tk 500 crore", 5e9, "BDT")),
        ("Hanoi spent 3 trillion dong on roads.", ("3 trillion dong", 3e12, "VND")),
        ("Nurses earn KSh 40,000 a month.", ("KSh 40,000", 4e4, "KES")),
        ("The state lent RM2.5 billion to the airline.", ("RM2.5 billion", 2.5e9, "MYR")),
        (
            "Cairo raised 4 billion Egyptian pounds in bonds.",
            ("4 billion Egyptian pounds", 4e9, "EGP"),
        ),
        ("I paid 20 bucks for a ticket.", ("20 bucks", 20, "USD")),
        ("He sold the bike for 50 quid.", ("50 quid", 50, "GBP")),
        ("Stamps now cost 25¢.", ("25¢", 25, "USc")),
        ("The shares fell 75 cents.", ("75 cents", 75, "USc")),
        ("The EU offered euro5 billion in aid.", ("euro5 billion", 5e9, "EUR")),
        ("Kidnappers demanded dlrs 1 million.", ("dlrs 1 million", 1e6, "USD")),
        # symbols and local abbreviations written before or after the number
        ("Bangkok set aside ฿12 billion for flood relief.", ("฿12 billion", 1.2e10, "THB")),
        ("The fine was 3,000 zł.", ("3,000 zł", 3000, "PLN")),
        ("Geneva budgeted SFr 40 million for the works.", ("SFr 40 million", 4e7, "CHF")),
        ("Luanda owes Kz 900 billion to suppliers.", ("Kz 900 billion", 9e11, "AOA")),
        ("Dakar approved FCFA 75 billion in spending.", ("FCFA 75 billion", 7.5e10, "XOF")),
        ("Addis Ababa raised 6 billion birrs in bonds.", ("6 billion birrs", 6e9, "ETB")),
        # Nordic "kr" before or after the sum: a krone/krona whose country is not stated;
        # "kronur" is only ever Iceland's plural
        ("The regulator ordered a payment of Kr 450 a household.", ("Kr 450", 450, "krone")),
        ("Damage was put at Kr2.4bn.", ("Kr2.4bn", 2.4e9, "krone")),
        ("A coffee in the capital costs 45 kr.", ("45 kr", 45, "krone")),
        ("The ticket was Kr. 300 before the strike.", ("Kr. 300", 300, "krone")),
        ("Reykjavik set aside 5.1bn kronur for repairs.", ("5.1bn kronur", 5.1e9, "ISK")),
    ],
)
def test_currency_read(text, want):
    assert read(text) == [want]


def test_a_currency_word_before_a_number_must_touch_it():
    assert read("The euro 5 per cent rise surprised traders.") == [("5 per cent", 5, "%")]


def test_the_same_amount_in_two_spellings_agrees():
    a = find_quantities("Qatar paid QAR 40 billion.")[0]
    b = find_quantities("Qatar paid 40 billion Qatari riyals.")[0]
    c = compare(a, b, "Left", "Right")
    assert c is not None and c.verdict in (Verdict.IDENTICAL, Verdict.CONSISTENT)


def test_different_currencies_do_not_agree():
    a = find_quantities("The bill came to 500 Kuwaiti dinars.")[0]
    b = find_quantities("The bill came to 500 Jordanian dinars.")[0]
    c = compare(a, b, "Left", "Right")
    assert c is None or c.verdict != Verdict.IDENTICAL


def test_every_table_currency_is_a_unit_with_a_symbol():
    for code, _symbol, name, _, _ in TABLE:
        assert UNITS[code].dimension == "currency", code
        assert CURRENCY_SYMBOLS[code], code
        assert name
