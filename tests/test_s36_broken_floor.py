"""A floor a later, lower count breaks, shown once (issue 11, session 36).

'At least 30' injured in a Friday weekly, while the next week's report gives
26: the earlier counts that rose to the floor (11, 16, 23) are updates as
pairs; the one flag is the floor against the lower later count
(judge/later_counts.py RISE_TO_A_BROKEN_FLOOR; the pair itself:
floor_rows.later_count_below_an_earlier_floor, undercut.floor_undercut_never_
met, efforts.tally_lower_in_later_report). An exact later figure a stamped
count rules out stays a conflict (update_ruled_out_by_a_later_count): its
pair with that count is only a question. Two copies of one wire sentence for
one moment are compared with each other. Cases are made up: other happenings,
numbers, words, units and orders than the authored events readers judged."""

from __future__ import annotations

import pytest
from conftest import analyse_dated


def _between(flags, left: str, right: str):
    return [d for d in flags if {s.text for s in d.sides} == {left, right}]


_BRIDGE = "A footbridge over the Tolven river collapsed on Sunday during a charity run in Marburg. "

# (earlier count, floor, later lower count), their reports' days, and the three values
BROKEN = {
    "injured-at-least": (
        (
            "2026-02-16",
            "By Monday evening, 14 people had been injured in the collapse of the "
            "Tolven footbridge.",
        ),
        ("2026-02-19", "At least 20 people were injured in the collapse of the Tolven footbridge."),
        (
            "2026-02-23",
            "Seventeen people were injured in the collapse of the Tolven footbridge, police said.",
        ),
        ("14", "At least 20", "Seventeen"),
    ),
    "arrests-at-least": (
        ("2026-03-02", "By Saturday night police had arrested 42 people after rioting in Dunmere."),
        ("2026-03-05", "At least 70 people were arrested after the rioting in Dunmere."),
        ("2026-03-09", "Police said 58 people had been arrested over the Dunmere riots."),
        ("42", "At least 70", "58"),
    ),
    "evacuated-more-than": (
        (
            "2026-08-10",
            "By Sunday afternoon, 1,200 residents had been evacuated from villages "
            "near the Orla fire.",
        ),
        (
            "2026-08-13",
            "More than 3,000 residents were evacuated from villages near the Orla fire.",
        ),
        (
            "2026-08-17",
            "Officials said 2,400 residents had been evacuated from villages near the Orla fire.",
        ),
        ("1,200", "More than 3,000", "2,400"),
    ),
    # the floor first in the folder's order, the earliest count last
    "toll-more-than-reordered": (
        ("2026-05-07", "More than 40 people died in the Varna ferry fire, the coastguard said."),
        ("2026-05-11", "The coastguard said 33 people had died in the Varna ferry fire."),
        (
            "2026-05-04",
            "By Monday night, 21 people had died in the Varna ferry fire, the coastguard said.",
        ),
        ("21", "More than 40", "33"),
    ),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_counts_that_rose_to_a_broken_floor_stay_updates(tmp_path, name):
    *docs, (early, floor, late) = BROKEN[name]
    flags = analyse_dated(tmp_path, *docs).discrepancies
    rose = _between(flags, early, floor)
    assert all(d.verdict.value == "consistent" for d in rose), [d.explanation for d in rose]
    broken = _between(flags, floor, late)
    assert [d.verdict.value for d in broken] == ["conflict"], [d.explanation for d in broken]


def test_the_rise_to_a_broken_floor_names_the_count_that_breaks_it(tmp_path):
    *docs, (early, floor, late) = BROKEN["injured-at-least"]
    found = _between(analyse_dated(tmp_path, *docs).discrepancies, early, floor)
    assert [d.rule for d in found] == ["rise_to_a_floor_a_later_count_breaks"]
    assert f"'{late}'" in found[0].explanation


def test_a_broken_floor_in_sentences_never_aligned_is_one_conflict(tmp_path):
    docs = (
        (
            "2026-02-16",
            _BRIDGE + "By Monday evening, 14 people had been injured in the "
            "collapse of the Tolven footbridge.",
        ),
        (
            "2026-02-19",
            _BRIDGE + "At least 20 people were hurt when the deck gave way, police said.",
        ),
        (
            "2026-02-24",
            _BRIDGE + "Seventeen people suffered injuries in the fall, the hospital told us.",
        ),
    )
    flags = analyse_dated(tmp_path, *docs).discrepancies
    conflicts = [d for d in flags if d.verdict.value == "conflict" and d.kind != "date"]
    assert [{s.text for s in d.sides} for d in conflicts] == [{"At least 20", "Seventeen"}]


def test_an_exact_figure_a_stamped_later_count_rules_out_stays_a_conflict(tmp_path):
    first = (
        "By Monday evening, 14 people had been injured in the collapse of the Tolven footbridge."
    )
    exact = (
        "By Wednesday night, 20 people had been injured in the collapse of the Tolven footbridge."
    )
    third = "By Sunday, 17 people had been injured in the collapse of the Tolven footbridge."
    flags = analyse_dated(
        tmp_path, ("2026-02-16", first), ("2026-02-19", exact), ("2026-02-23", third)
    ).discrepancies
    found = _between(flags, "14", "20")
    assert [d.rule for d in found] == ["update_ruled_out_by_a_later_count"]
    assert found[0].verdict.value == "conflict"


def test_a_floor_a_same_day_report_undercuts_is_no_broken_floor_of_this_row(tmp_path):
    # the lower count is in a report of the floor's own day: not told after it
    first = (
        "By Monday evening, 14 people had been injured in the collapse of the Tolven footbridge."
    )
    floor = "At least 20 people were injured in the collapse of the Tolven footbridge."
    same = (
        "By Thursday evening, 17 people had been injured in the collapse of the Tolven "
        "footbridge, police said."
    )
    flags = analyse_dated(
        tmp_path, ("2026-02-16", first), ("2026-02-19", floor), ("2026-02-19", same)
    ).discrepancies
    assert all(d.rule != "rise_to_a_floor_a_later_count_breaks" for d in flags)
    assert [d.verdict.value for d in _between(flags, "At least 20", "17")] == ["conflict"]


WIRE = {
    "injured-figure-miscopied": (
        "At least 12 people were killed and {} injured when a grandstand collapsed at a motor "
        "race in the town of Helm on Saturday, police said on Sunday.",
        ("88", "68"),
    ),
    "arrests-figure-miscopied": (
        "Police in Corvin said on Tuesday morning they had arrested {} people after clashes "
        "outside the city's football ground on Monday night.",
        ("143", "134"),
    ),
}


@pytest.mark.parametrize("name", sorted(WIRE))
def test_two_copies_of_one_wire_sentence_are_compared_with_each_other(tmp_path, name):
    sentence, (a, b) = WIRE[name]
    later = "The number hurt in the Helm collapse rose to 151 last night, officials said."
    docs = (
        ("2026-09-06", sentence.format(a)),
        ("2026-09-06", sentence.format(b)),
        ("2026-09-07", later),
    )
    found = _between(analyse_dated(tmp_path, *docs).discrepancies, a, b)
    assert [d.verdict.value for d in found] == ["conflict"], [d.explanation for d in found]
