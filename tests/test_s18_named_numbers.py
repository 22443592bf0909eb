"""A number that is part of a name, and a term that only looks like a length
of time, are not figures (issue 11, trial 24: a fresh editor met "the Sea Me We
4 and Flag cables" compared with "five separate undersea cables", and "a
zero-day Internet Explorer vulnerability" read as a length of 0 days)."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.quantity.detect import find_quantities
from workbench.facts.time.find import find_times

DAY = date(2008, 12, 17)


def _numbers(text: str) -> list[str]:
    return [q.text for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Earlier this year both the Sea Me We 4 and Flag cables were cut.", "4"),
        ("Apollo 11 landed on the moon in July.", "11"),
        ("Windows 7 is due next year, the company said.", "7"),
        ("Flight 370 vanished over the sea.", "370"),
        ("Route 66 was closed after the storm.", "66"),
        ("Users of Internet Explorer 7 and IE7 were told to update.", "7"),
        ("Channel 4 showed the race, and Formula 1 drivers watched.", "4"),
        ("The SEA ME WE 4 cable and the Boeing 737 are names.", "737"),
        ("Microsoft published bulletin MS08-078 on Wednesday.", "078"),
    ],
)
def test_a_number_in_a_name_is_not_a_count(text, name):
    assert not [n for n in _numbers(text) if name in n]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Between 10 and 20 people died in the blaze.", "Between 10 and 20"),
        ("Yesterday 30 people were rescued.", "30"),
        ("Some 40 were hurt when the roof fell.", "Some 40"),
        ("About 30 cables link the two continents.", "About 30"),
        ("Five separate undersea cables were cut this year.", "Five"),
        ("In 2008 there were 3 cuts to the cables.", "3"),
        ("Perhaps 200 ships pass each day.", "200"),
    ],
)
def test_counts_opening_a_sentence_are_still_read(text, count):
    assert any(count in n for n in _numbers(text))


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft issued a patch for a zero-day Internet Explorer vulnerability.",
        "The problem related to a “zero day” flaw that tricked people.",
        "The exploit is termed “zero day” because that is how much notice it got.",
        "Attackers used a 0-day in the browser.",
        "It was a zero-day, the researchers said.",
    ],
)
def test_zero_day_is_a_security_term_whatever_follows(text):
    assert not [m for m in find_times(text, DAY) if "day" in m.text.lower()]
    assert not [q for q in find_quantities(text) if "day" in q.text.lower()]


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("It rained on zero days in June.", "0 days"),
        ("The leaders ended a three-day visit on Friday.", "3 days"),
        ("A two-year study found no effect.", "2 years"),
    ],
)
def test_real_lengths_written_as_adjectives_are_read(text, length):
    assert length in [m.value for m in find_times(text, DAY)]
