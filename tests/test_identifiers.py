"""An identifier written a digit apart by two sources (judge/identifiers.py).

Trial 25's editor: "call police on 0845 125 222" in one report, "0845 125
2222" in five others, never shown. Cases written for this test, in several
shapes: a phone number a digit short, a digit changed, two digits swapped, a
number in brackets, a case number, a flight number, a house number; and what
must stay quiet: the same digits spaced otherwise, two different lines, an
article printing both numbers, house numbers apart in sentences that state
different things, a date or a count that only looks like a number."""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze_paths
from workbench.judge.identifiers import a_digit_apart, identifiers_in
from workbench.model import Claim, Verdict


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _flags(tmp_path, a: str, b: str):
    analysis = analyze_paths(pair(tmp_path, a, b))
    return [d for d in analysis.discrepancies if d.kind == "identifier"]


def _claim(text: str) -> Claim:
    return Claim("a:0", "a", 0, 0, len(text), text)


@pytest.mark.parametrize(
    ("one", "other", "how"),
    [
        ("0845 125 2222", "0845 125 222", "a digit more in one"),
        ("0161 856 4000", "0161 856 4010", "a digit differs"),
        ("01632 960 384", "01632 960 348", "two digits swapped"),
        ("(508) 555-0143", "(508) 555-0134", "two digits swapped"),
        ("+44 20 7946 0958", "+44 20 7946 0985", "two digits swapped"),
    ],
)
def test_a_phone_number_a_digit_short_is_a_conflict(tmp_path, one, other, how):
    a = f"Anyone with information is asked to call detectives on {one} or Crimestoppers.\n"
    b = f"Police are appealing for witnesses to contact them on {other}.\n"
    (d,) = _flags(tmp_path, a, b)
    assert d.verdict == Verdict.CONFLICT and d.rule == "identifier_a_digit_apart"
    assert {s.text for s in d.sides} == {one, other}
    assert f"The phone number is ‘{one}’" in d.explanation and how in d.explanation


def test_a_phone_number_is_compared_in_sentences_never_aligned(tmp_path):
    a = (
        "A fire destroyed the supermarket on Friday night.\n"
        "Detectives ask anyone who saw the blaze to ring 0845 125 2222.\n"
    )
    b = (
        "The supermarket burned down on Friday.\n"
        "Officers said a man had been seen near the loading bay before the fire, "
        "and anybody with information should phone 0845 125 222 quoting the incident.\n"
    )
    (d,) = _flags(tmp_path, a, b)
    assert d.verdict == Verdict.CONFLICT


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("0800 555 111", "0800 555111"),  # the same digits, spaced otherwise
        ("0800 555 111", "0800-555-111"),
        ("0845 125 2222", "0800 555 111"),  # another line altogether
        ("0845 125 2222", "0845 125 2222"),
        ("0845 125 2222", "0161 125 2222"),  # another area code: another number
    ],
)
def test_one_number_or_two_different_lines_are_not_flagged(tmp_path, one, other):
    a = f"Anyone with information is asked to call police on {one}.\n"
    b = f"Anyone with information should contact police on {other}.\n"
    assert _flags(tmp_path, a, b) == []


def test_an_article_printing_both_numbers_is_not_flagged(tmp_path):
    a = "Call the helpline on 0300 123 4567 or the out-of-hours line on 0300 123 4568.\n"
    b = "Residents can call the helpline on 0300 123 4568.\n"
    assert _flags(tmp_path, a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "shown"),
    [
        (
            "The body was found at 42 Independent Street on Tuesday, police said.\n",
            "Police found the body at 24 Independent Street on Tuesday.\n",
            "‘42 Independent Street’",
        ),
        (
            "Flight 1549 landed in the river shortly after take-off, officials said.\n",
            "Flight 1594 landed in the river shortly after take-off, the airline said.\n",
            "‘Flight 1549’",
        ),
        (
            "Anyone with information should quote case number 4512/09 when they report it.\n",
            "Anyone with information should quote case number 4513/09 when they report it.\n",
            "‘4512/09’",
        ),
    ],
)
def test_house_flight_and_case_numbers_a_digit_apart_in_aligned_sentences(tmp_path, a, b, shown):
    (d,) = _flags(tmp_path, a, b)
    assert d.verdict == Verdict.CONFLICT and shown in d.explanation


def test_house_numbers_apart_only_in_aligned_sentences(tmp_path):
    a = (
        "Firefighters were called to a house fire in the town on Monday.\n"
        "The blaze started in the kitchen of 12 Mill Lane, where a pan was left on.\n"
    )
    b = (
        "Firefighters were called to a house fire in the town on Monday.\n"
        "Neighbours at 13 Mill Lane said they had complained about the landlord for years.\n"
    )
    assert _flags(tmp_path, a, b) == []


@pytest.mark.parametrize(
    "text",
    [
        "The company sold 1 250 000 units in 2008 and 2009, it said.",  # no number to call
        "Call it what you will: 2008-2009 was a hard season.",  # years, not a phone
        "The flight took 12 hours and landed at 8.45pm.",  # no flight number
        "He lived on the High Street for 12 years.",  # no house number
    ],
)
def test_what_only_looks_like_an_identifier_is_not_read(text):
    ids = identifiers_in(_claim(text))
    assert [i for i in ids if i.kind in ("phone", "flight", "house")] == []


def test_identifiers_of_another_kind_or_street_never_pair():
    (x,) = identifiers_in(_claim("The fire began at 12 Mill Lane."))
    (y,) = identifiers_in(_claim("The fire began at 13 Mill Road."))
    assert x.kind == y.kind == "house" and not a_digit_apart(x, y)
