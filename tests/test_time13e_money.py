"""Issue 12: money written with a scale glued to an ISO currency code
("30 MUSD", "MEUR 120", "kEUR 250", "USD bn 3"). Our own cases."""

from __future__ import annotations

import pytest

from workbench.facts.quantity import compare, find_quantities
from workbench.model import Verdict


def read(text: str) -> list[tuple[str, float, str | None]]:
    return [(m.text, m.value, m.unit) for m in find_quantities(text)]


@pytest.mark.parametrize(
    "text, want",
    [
        # scale letter glued before the code, after the number
        ("The overrun reached 30 MUSD last year.", ("30 MUSD", 3e7, "USD")),
        ("The tender is worth 12.5 MEUR.", ("12.5 MEUR", 1.25e7, "EUR")),
        ("Fees came to 850 kCHF.", ("850 kCHF", 8.5e5, "CHF")),
        ("Sales of 4 MMUSD were booked.", ("4 MMUSD", 4e6, "USD")),
        ("The grant, forty MNOK, was cut.", ("forty MNOK", 4e7, "NOK")),
        # scale letter glued before the code, before the number
        ("Revenue was MSEK 640 in the quarter.", ("MSEK 640", 6.4e8, "SEK")),
        ("A budget of kEUR 250 was approved.", ("kEUR 250", 2.5e5, "EUR")),
        # the code first, its scale after it ("bn"/"mn" after ISO codes)
        ("Lenders advanced USD bn 3.5 to the utility.", ("USD bn 3.5", 3.5e9, "USD")),
        ("The bid valued it at GBP mn 120.", ("GBP mn 120", 1.2e8, "GBP")),
        ("It paid EURm 40 for the stake.", ("EURm 40", 4e7, "EUR")),
        ("Assets rose to 7 JPYbn.", ("7 JPYbn", 7e9, "JPY")),
        ("Less common codes: 300 MKES in aid.", ("300 MKES", 3e8, "KES")),
    ],
)
def test_scale_on_a_currency_code(text, want):
    assert read(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "The MARS 2 rover landed.",  # a word that is a scale and a code
        "The MATS 3 team won.",
        "Traders moved 40 BUSD overnight.",  # a stablecoin's name, not billions
        "A MUSE 3 headset.",  # not a currency code
    ],
)
def test_words_that_look_like_scaled_codes_are_not_money(text):
    assert all(unit is None or unit not in ("USD", "ARS", "ATS") for _, _, unit in read(text))
    assert all(value < 1e3 for _, value, _ in read(text))


def test_scaled_code_agrees_with_the_same_amount_written_out():
    a = find_quantities("Losses exceeded 30 MUSD.")[0]
    b = find_quantities("Losses exceeded $30 million.")[0]
    c = compare(a, b, "Left", "Right")
    assert c is not None and c.verdict in (Verdict.IDENTICAL, Verdict.CONSISTENT)


def test_scaled_code_off_by_a_thousand_is_a_conflict():
    a = find_quantities("The deal was worth 45 MEUR.")[0]
    b = find_quantities("The deal was worth 45 kEUR.")[0]
    c = compare(a, b, "Left", "Right")
    assert c is not None and c.verdict not in (Verdict.IDENTICAL, Verdict.CONSISTENT)


def test_a_sign_written_twice_still_reads_as_the_same_figure():
    # "fallen by -3.16%" (MEANTIME stock copy) is the same figure as "fallen by 3.16%":
    # the same-form check looks at magnitudes, as it did before scale codes
    a = find_quantities("The index has fallen by 3.16% to 2138.14.")[0]
    b = find_quantities("The index has fallen by -3.16% to 2138.14.")[0]
    c = compare(a, b, "Left", "Right")
    assert c is not None and c.verdict == Verdict.IDENTICAL
