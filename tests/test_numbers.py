"""Numerals as news English writes them: values, precision, and what is not a number."""

from __future__ import annotations

import pytest

from workbench.facts.quantity.numbers import find_numbers, parse_number, precision_of


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3,000", 3000),
        ("1.5", 1.5),
        ("0.5", 0.5),
        (".08", 0.08),
        ("4.800", 4.8),
        ("1,234,567", 1234567),
        ("12,34,567", 1234567),  # Indian grouping
        ("40\u202f000", 40000),
        ("three", 3),
        ("three thousand", 3000),
        ("twenty-five", 25),
        ("twenty five", 25),
        ("a dozen", 12),
        ("two dozen", 24),
        ("half a dozen", 6),
        ("a hundred", 100),
        ("a million", 1e6),
        ("one hundred and two", 102),
        ("three hundred and twenty-five thousand", 325000),
        ("two thousand and two hundred", 2200),
        ("one million two thousand", 1002000),
        ("half", 0.5),
        ("a third", 1 / 3),
        ("two thirds", 2 / 3),
        ("three-quarters", 0.75),
        ("one and a half", 1.5),
        ("two and a half million", 2.5e6),
        ("half a million", 5e5),
        ("a quarter of a million", 2.5e5),
        ("2 1/2", 2.5),
        ("1/4", 0.25),
        ("½", 0.5),
        ("2½", 2.5),
        ("5k", 5000),
        ("0.5k", 500),
        ("2.5bn", 2.5e9),
        ("1.5 million", 1.5e6),
        ("1,674.5 million", 1.6745e9),
        ("3 trillion", 3e12),
        ("25 lakh", 2.5e6),
        ("four in five", 0.8),
        ("one in three", 1 / 3),
        ("one out of three", 1 / 3),
    ],
)
def test_parse_number_values(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    ["9/11", "24/7", "a", "dozens", "thousands", "ten and twelve", "one two", "", "abc", "1/40"],
)
def test_parse_number_refuses_non_numbers(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("50", 10),
        ("48.3", 0.1),
        ("3", 1),
        ("3,000", 1000),  # trailing zeros read as rounding
        ("3,124", 1),
        ("4.800", 0.001),  # written decimals are significant
        ("2.5bn", 1e8),
        ("$1tn".lstrip("$"), 1e12),
        ("3.2 million", 1e5),
        ("twenty", 10),
        ("twenty-five", 1),
        ("three thousand", 1000),
        ("a dozen", 12),
        ("2 1/2", 0.5),
        ("two and a half million", 5e5),
    ],
)
def test_precision_follows_the_notation(text: str, precision: float) -> None:
    assert precision_of(text) == pytest.approx(precision)


def test_find_numbers_splits_word_runs_and_keeps_offsets() -> None:
    text = "between ten and twelve people, and 50 of 370 districts"
    spans = find_numbers(text)
    assert [s.text for s in spans] == ["ten", "twelve", "50", "370"]
    assert all(text[s.start : s.end] == s.text for s in spans)
    assert [s.value for s in spans] == [10, 12, 50, 370]


def test_find_numbers_ignores_ip_addresses_and_date_fractions() -> None:
    assert find_numbers("192.168.1.2") == []
    assert [s.text for s in find_numbers("the 9/11 attacks")] == []


def test_exactness_marks_counted_integers() -> None:
    spans = {s.text: s for s in find_numbers("3 and 50 and 3,000 and 257 and 1.5 and 2,000,000")}
    assert spans["3"].exact and spans["50"].exact and spans["257"].exact
    assert not spans["3,000"].exact and not spans["1.5"].exact and not spans["2,000,000"].exact


def test_negative_numbers_need_a_space_before_the_sign() -> None:
    assert [s.value for s in find_numbers("from -18 to -34")] == [-18, -34]
    assert [s.value for s in find_numbers("3-5")] == [3, 5]


def test_scale_multiplier_is_reported() -> None:
    (span,) = find_numbers("3.2 million")
    assert span.scale == 1e6 and span.scaled
    (word,) = find_numbers("three million")
    assert word.scale == 1e6 and word.value == 3e6


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("10 000 dollars", [10000]),
        ("1 250 000 people", [1250000]),
        ("a 7 050.5 km trip", [7050.5]),
        ("245 23 yen", [245, 23]),  # no group starts with 0: two numbers
        ("5 100 people", [5, 100]),
        ("in 2013 100 people", [2013, 100]),
    ],
)
def test_an_ordinary_space_groups_thousands_only_before_a_zero_group(
    text: str, values: list[float]
) -> None:
    assert [s.value for s in find_numbers(text)] == values


def test_a_minus_sign_may_follow_a_currency_sign() -> None:
    assert [s.value for s in find_numbers("a loss of $-2.5 and €-3")] == [-2.5, -3]
    assert [s.value for s in find_numbers("pages 3-5")] == [3, 5]


def test_any_denominator_reads_as_a_fraction_before_of() -> None:
    assert [s.value for s in find_numbers("about 1/40 of the wavelength")] == [0.025]
    assert find_numbers("the 1/40 split") == []
    assert find_numbers("open 24/7 of course") == []  # 24 is not below 7


@pytest.mark.parametrize(
    ("text", "value"), [("half million", 5e5), ("quarter million", 2.5e5), ("half", 0.5)]
)
def test_half_and_quarter_before_a_scale_word(text: str, value: float) -> None:
    assert parse_number(text) == value
