"""Giving the publication dates must not make the comparison worse (issue 11,
trial 31: ECB+ 42_ecb and 16_ecb, outside the judged halves).

1. A date of a launch, a release or availability is not the date of the
   announcement; a vote is not the day it was called; a debut is not the
   signing; a rumoured or leaked day is not the confirmed one. Undated these
   pairs were questions; dated, "this February" (the launch) against "today"
   (the announcement) became a conflict.
2. One happening dated a few days apart by reports published on different
   days ("arrested Friday" in Saturday's paper, "arrested last night" in
   Monday's) was compared undated and lost once both dates were given: a part
   of a day ("last night") was read at another precision than a day, and the
   words around the two days differ.
3. What a thing accepts ("supports microSD cards up to 16GB") is not what comes
   with it ("bundled with a 256 MB card").

The sentences are made up; the patterns come from the trial.
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench.align import differ_about
from workbench.analysis import analyze_paths
from workbench.facts.measure import date_measure, dated_event_of, measure_of


def _flags(tmp_path, a: str, pa: str, b: str, pb: str) -> dict[frozenset[str], str]:
    def front(day: str) -> str:
        return f"---\npublished: {day}\n---\n" if day else ""

    fa = write(tmp_path, "a.txt", front(pa) + a + "\n")
    fb = write(tmp_path, "b.txt", front(pb) + b + "\n")
    found = analyze_paths([fa, fb])
    return {frozenset(s.text for s in d.sides): str(d.verdict) for d in found.discrepancies}


def _at(text: str, words: str) -> tuple[str, int, int]:
    i = text.index(words)
    return text, i, i + len(words)


@pytest.mark.parametrize(
    ("sentence", "date", "stage"),
    [
        ("Acme will launch the Widget 3 in March, the company said.", "in March", "launched"),
        ("The Widget 3 goes on sale on 4 March in Europe.", "on 4 March", "launched"),
        ("The Widget 3 will make its way to stores some time in March.", "in March", "launched"),
        ("The carrier will offer the Widget 3 to customers in March.", "in March", "launched"),
        ("Its carrier will be offering the Widget 3 this March.", "this March", "launched"),
        ("The Orioles offered him a seven-year deal on Monday.", "on Monday", ""),
        ("The ferry, carrying 212 passengers, capsized on Sunday.", "on Sunday", ""),
        ("Acme today announced the Widget 3, its thinnest phone.", "today", "announced"),
        ("Voters will go to the polls on 23 June.", "on 23 June", "voted"),
        ("The country will vote on the new constitution on 23 June.", "on 23 June", "voted"),
        ("Mills made his debut for Rovers on Saturday.", "on Saturday", "launched"),
        ("Mills signed for Rovers on Monday.", "on Monday", "hired"),
        (
            "There were rumours that the carrier would ship the Widget 3 on March 11.",
            "on March 11",
            "rumoured",
        ),
        ("Leaked slides say the Widget 3 will reach shops on March 11.", "on March 11", "rumoured"),
        ("The guard was reportedly shot on Friday.", "on Friday", "incident"),  # a hedge
        # the day a rumour was heard is no rumoured day, nor is a confirmed one; nor
        # the announcement's: it dates the rumours (session 22, ``dated_noun.told_dated``)
        ("The announcement confirms rumours from December.", "December", "rumours"),
        (
            "Acme confirmed the rumours that it will introduce the phone next month.",
            "next month",
            "launched",
        ),
        # a statement released is an announcement, not a release of a product
        ("The police released a statement on Tuesday.", "on Tuesday", ""),
    ],
)
def test_the_stage_a_date_dates(sentence, date, stage):
    assert date_measure(*_at(sentence, date)).event == stage
    if stage != "rumoured":  # what the aligner reads: no rumour, the stage
        assert dated_event_of(*_at(sentence, date)) == stage


def test_a_length_told_with_a_hedge_is_no_rumour():
    text = "A proposal reportedly worth $140 million over seven years, rumours say."
    assert dated_event_of(*_at(text, "seven years")) != "rumoured"  # what a length reads


DIFFERENT_HAPPENINGS = [
    (  # a product: the announcement and the launch (trial 31, 42_ecb)
        "Acme today announced the Widget 3, the thinnest phone in its line, at an event in Berlin.",
        "The Widget 3, the thinnest phone in its line, will make its way to Acme stores "
        "some time in March.",
        {"today", "some time in March"},
    ),
    (  # politics: the vote and the day it was called
        "The prime minister on Tuesday announced a vote on the new constitution in a speech "
        "to parliament.",
        "The vote on the new constitution will take place on 23 June, the prime minister "
        "told parliament.",
        {"Tuesday", "23 June"},
    ),
    (  # sport: the signing and the debut
        "Winger Tom Mills signed for Harbour Rovers on Monday after his release by City.",
        "Winger Tom Mills made his debut for Harbour Rovers on Saturday after his release by City.",
        {"on Monday", "on Saturday"},
    ),
    (  # a rumoured day and the confirmed one
        "Rumours had said the carrier would release the Widget 3 phone on March 11 in the "
        "United States.",
        "The carrier will release the Widget 3 phone in April in the United States.",
        {"on March 11", "in April"},
    ),
]


@pytest.mark.parametrize(("a", "b", "days"), DIFFERENT_HAPPENINGS)
def test_dates_of_different_happenings_are_no_conflict_once_dated(tmp_path, a, b, days):
    dated = _flags(tmp_path, a, "2024-02-13", b, "2024-02-13")
    assert dated.get(frozenset(days)) in (None, "unresolved"), dated
    assert "conflict" not in dated.values(), dated


def test_one_happening_dated_twice_is_still_a_conflict(tmp_path):
    """The control: two days of one launch disagree."""
    flags = _flags(
        tmp_path,
        "The Widget 3, the thinnest phone in its line, goes on sale in Europe on 4 March.",
        "2024-02-13",
        "The Widget 3, the thinnest phone in its line, goes on sale in Europe on 11 March.",
        "2024-02-13",
    )
    assert flags.get(frozenset({"4 March", "11 March"})) == "conflict", flags


@pytest.mark.parametrize(
    ("published_b", "verdict"),
    [
        ("", "unresolved"),  # undated: a question, as before
        ("2024-03-11", "conflict"),  # Monday's paper: the night of Sunday the 10th
        ("2024-03-09", "consistent"),  # Saturday's paper: Friday night, the same day
    ],
)
def test_a_day_told_in_reports_of_different_days_names_both_dates(tmp_path, published_b, verdict):
    a = (
        "Two men are under arrest for the killing of shop owner Pat Doyle outside his shop "
        "in Dunmore last month, police said Saturday.\n"
        "Tom Reilly, 30, and Sean Burke, 24, were arrested Friday and were being held "
        "without bail in a Dunmore police station, charged with the killing of Pat Doyle."
    )
    b = (
        "Two men whose names were not released were arrested last night in the case of "
        "the killing of shop owner Pat Doyle, which took place outside his Dunmore shop."
    )
    fa = write(tmp_path, "a.txt", "---\npublished: 2024-03-09\n---\n" + a + "\n")
    front = f"---\npublished: {published_b}\n---\n" if published_b else ""
    fb = write(tmp_path, "b.txt", front + b + "\n")
    found = analyze_paths([fa, fb])
    got = [d for d in found.discrepancies if {s.text for s in d.sides} == {"Friday", "last night"}]
    assert [str(d.verdict) for d in got] == [verdict], got
    if verdict == "conflict":  # both publication dates named
        assert "Sat 09 Mar 2024" in got[0].explanation
        assert "Mon 11 Mar 2024" in got[0].explanation


DAY = 86400.0


@pytest.mark.parametrize(
    ("night", "differ"),
    [
        ((2 * DAY + 20 * 3600, 3 * DAY + 6 * 3600), True),  # "last night", two days on
        ((0 + 8 * 3600, 0 + 12 * 3600), False),  # "Friday morning": the same day
        ((DAY + 6 * 3600, DAY + 12 * 3600), False),  # "this morning", the next day
        ((20 * DAY, 20 * DAY + 6 * 3600), False),  # three weeks on: not one day retold
    ],
)
def test_a_part_of_a_day_is_told_at_a_days_precision(night, differ):
    friday = [("when:arrested", 0.0, DAY - 1)]
    part = [("when:arrested", *night)]
    assert differ_about(friday, part, 7.0) is differ
    assert differ_about(part, friday, 7.0) is differ


@pytest.mark.parametrize(
    ("sentence", "value", "role"),
    [
        ("It supports microSD cards up to 16GB, the company said.", "up to 16GB", "capacity"),
        ("It has a microSD slot (supports up to 16GB cards).", "up to 16GB", "capacity"),
        ("It has a slot capable of holding up to 32GB.", "up to 32GB", "capacity"),
        ("The tablet accepts memory cards of up to 64GB.", "64GB", "capacity"),
        ("The new stadium can hold 40,000 fans.", "40,000", "capacity"),
        ("The phone is bundled with a 256 MB card.", "256 MB", "level"),
        ("Some 40,000 fans attended the opening game.", "40,000", "level"),
        ("Winds of up to 40 mph hit the coast.", "up to 40 mph", "level"),  # no capability
        ("The bill supports 3,000 jobs in the county.", "3,000", "level"),  # no bound
    ],
)
def test_a_capacity_is_what_a_thing_accepts(sentence, value, role):
    assert measure_of(*_at(sentence, value)).role == role


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (
            "The Widget 3 has a microSD slot that supports cards up to 16GB.",
            "The Widget 3 has a microSD slot and is bundled with a 256 MB card.",
            {"up to 16GB", "256 MB"},
        ),
        (
            "The new Harbour Park stadium can hold 40,000 fans, the club said.",
            "Some 31,000 fans filled the new Harbour Park stadium, the club said.",
            {"40,000", "31,000"},
        ),
    ],
)
def test_a_capacity_is_not_compared_with_what_is_supplied(tmp_path, a, b, values):
    flags = _flags(tmp_path, a, "2024-02-13", b, "2024-02-13")
    assert frozenset(values) not in flags, flags


def test_two_capacities_are_compared(tmp_path):
    flags = _flags(
        tmp_path,
        "The Widget 3 has a microSD slot that supports cards up to 16GB.",
        "2024-02-13",
        "The Widget 3 has a microSD slot that supports cards up to 32GB.",
        "2024-02-13",
    )
    assert flags.get(frozenset({"up to 16GB", "up to 32GB"})) == "conflict", flags
