"""Sizes of different things in aligned sentences (issue 11, session 37).

A sentence that gives sizes of two things ("a gate 2.4 metres wide opens onto
a tunnel 1.8 metres wide") or two sizes of one thing ("60 metres long and 25
metres wide") was paired by kind and order with another report's one size:
the tunnel against the gate, the length against the width. Made-up sentences,
in other words, things, units and orders than the stadium and mine events
that showed the class:

- the dimension a length measures is read from its own words: wide, across,
  long, tall, high, deep, thick, "in diameter", "a depth of", a hyphened
  "-long";
- the thing it is a size of: "a corridor 2.1 metres high", "the door is 3
  metres high", "the culvert narrows to 90cm", "the 1,200m level" (not "a
  400-metre runway", "the 13-inch version": a kind, which reports word
  freely); a conversion in parentheses is the figure it converts;
- two sizes of different dimensions, or of two things one sentence tells
  apart, are never compared; the same thing's size is, and a conflict stays.
"""

from __future__ import annotations

import pytest
from conftest import courier_gazette

from workbench.facts.sized import dimension, size_owner, sizes_apart


def _at(sentence: str, value: str) -> tuple[int, int]:
    i = sentence.index(value)
    return i, i + len(value)


@pytest.mark.parametrize(
    ("sentence", "value", "want"),
    [
        ("The barge is 90 metres long and 14 metres wide.", "90 metres", "length"),
        ("The barge is 90 metres long and 14 metres wide.", "14 metres", "width"),
        ("The sinkhole was about 40ft across by Sunday.", "40ft", "width"),
        ("Engineers laid a main 1.2 metres in diameter under the road.", "1.2 metres",
         "diameter"),
        ("The wreck lies at a depth of about 900 feet off Cape Wrath.", "900 feet", "depth"),
        ("The flood wall, 3m (10ft) high, held until midnight.", "10ft", "height"),
        ("A 300-metre-long tanker blocked the channel.", "300-metre", "length"),
        ("The ice sheet was 2 metres thick in places.", "2 metres", "thickness"),
        # no dimension of its own: a level, a distance, a bare size
        ("The miners were working on the 1,200m level.", "1,200m", ""),
        ("The coach slid 40 metres down the bank.", "40 metres", ""),
    ],
)  # fmt: skip
def test_the_dimension_a_length_measures_is_read(sentence, value, want):
    assert dimension(sentence, *_at(sentence, value)) == want


@pytest.mark.parametrize(
    ("sentence", "value", "want"),
    [
        ("The main door is 3 metres high and leads to a corridor 2.1 metres high.",
         "3 metres", "door"),
        ("The main door is 3 metres high and leads to a corridor 2.1 metres high.",
         "2.1 metres", "corridor"),
        ("Beyond it the culvert narrows to 90cm (3ft) before the outfall.", "3ft", "culvert"),
        ("Pier 4 is just over 12 feet wide at its landward end.", "12 feet", "pier"),
        ("Crews lengthened the 400m runway last spring.", "400m", "runway"),
        # a size joined to its noun tells a kind, worded freely: no thing of its own
        ("Crews lengthened a 400-metre runway last spring.", "400-metre", ""),
        ("The 13 inch version costs $1,199.", "13 inch", ""),
        ("The men sheltered on the 1,200m level of the mine.", "1,200m", "level"),
        ("A single lane barely 3.5 metres (11ft) wide carries the traffic.", "11ft", "lane"),
        ("Its north shaft reaches below 3,000m.", "3,000m", "shaft"),
        # a size no clause gives to a thing
        ("The coach slid 40 metres down the bank.", "40 metres", ""),
        ("It was 25 metres wide.", "25 metres", ""),
        # a sum of money or a weight is no size
        ("The club paid a £3 million fee.", "£3 million", ""),
    ],
)  # fmt: skip
def test_the_thing_a_size_is_of_is_read(sentence, value, want):
    assert size_owner(sentence, *_at(sentence, value)) == want


def test_two_things_one_sentence_tells_apart_are_apart():
    a = "The main door is 3 metres high and leads to a corridor 2.1 metres high."
    b = "A door barely 3 metres (10 feet) high opened onto a corridor lower still."
    assert sizes_apart(a, _at(a, "2.1 metres"), b, _at(b, "3 metres"))
    assert sizes_apart(a, _at(a, "2.1 metres"), b, _at(b, "10 feet"))
    assert not sizes_apart(a, _at(a, "3 metres"), b, _at(b, "10 feet"))


def test_two_words_for_one_thing_are_not_apart():
    # neither sentence names the other's thing: one ship told two ways
    a = "The vessel is 200 metres long and ran aground at dawn."
    b = "The tanker, 210 metres long, ran aground at dawn."
    assert not sizes_apart(a, _at(a, "200 metres"), b, _at(b, "210 metres"))
    # one told through the other: the epicentre of the quake, the quake
    c = "The quake's epicentre was 10 km deep, the survey said."
    d = "The quake was 12 km deep, its epicentre near the town of Ashby."
    assert not sizes_apart(c, _at(c, "10 km"), d, _at(d, "12 km"))
    # a word for one of a range is no thing: the 13-inch version, the 13-inch model
    e = "The 13in version is 2cm thick."
    f = "The model is 2.2cm thick, Apple said of its 13in version."
    assert not sizes_apart(e, _at(e, "2cm"), f, _at(f, "2.2cm"))


def _verdicts(tmp_path, a: str, b: str) -> dict[tuple[str, str], str]:
    found = courier_gazette(tmp_path, a, b)
    return {(d.sides[0].text, d.sides[1].text): str(d.verdict) for d in found}


def test_the_size_of_another_thing_is_not_compared(tmp_path):
    got = _verdicts(
        tmp_path,
        "At the Harbour Street depot the main door is 3 metres high and leads to a "
        "corridor 2.1 metres high that runs to the loading bay.",
        "At the Harbour Street depot a door barely 3 metres (10 feet) high leads to a "
        "corridor lower still that runs to the loading bay.",
    )
    assert not [pair for pair in got if "2.1 metres" in pair]
    assert got.get(("3 metres", "3 metres")) in (None, "consistent")


@pytest.mark.parametrize(
    ("a", "b", "want"),
    [
        ("The grounded barge Marlow Star is 20 metres long and 14 metres wide, the port said.",
         "The grounded barge Marlow Star is 18 metres wide, the port said.",
         ("14 metres", "18 metres")),
        ("The grounded barge Marlow Star is 14 metres wide and 20 metres long, the port said.",
         "The grounded barge Marlow Star is 16 metres long, the port said.",
         ("20 metres", "16 metres")),
        ("The new lock at Grenmouth is 120ft long and 30ft wide, the canal trust said.",
         "The new lock at Grenmouth is 36ft wide, the canal trust said.",
         ("30ft", "36ft")),
    ],
)  # fmt: skip
def test_a_length_is_compared_with_a_length_not_a_width(tmp_path, a, b, want):
    # by value or by order the other dimension came first; the same one is the pair
    got = _verdicts(tmp_path, a, b)
    assert got == {want: "conflict"}


def test_the_same_thing_told_two_ways_is_still_compared(tmp_path):
    got = _verdicts(
        tmp_path,
        "The collapsed footbridge at Kelling was 48 metres long, the council said.",
        "The collapsed footbridge at Kelling was 65 metres long, the council said.",
    )
    assert got.get(("48 metres", "65 metres")) == "conflict"
