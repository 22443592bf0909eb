"""A weekday written with a date it does not fall on is shown against another
report's reading of that day (session 28, align36; authored development
derailment D3 and ferry D3).

Two ways it was lost before it reached the editor:

1. The one-to-one pairing of values took the other sentence's clock time for
   the day ("at 07:18 on Wednesday, 10 November" / "on Tuesday": Tuesday met
   07:18, an agreement, and the weekday was never compared).
2. The words around the two days differ ("rolled over off Andros on Monday,
   March 10" / "capsized in a gale on Tuesday night"): conflict_context, which
   weighs two differing numbers, dropped it, though the days agree.

The sentences are made up; the patterns come from the authored events.
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths


def _verdicts(tmp_path, a: str, pa: str, b: str, pb: str) -> dict[frozenset[str], str]:
    fa = write(tmp_path, "a.txt", f"---\npublished: {pa}\n---\n{a}\n")
    fb = write(tmp_path, "b.txt", f"---\npublished: {pb}\n---\n{b}\n")
    found = analyze_paths([fa, fb])
    return {frozenset(s.text for s in d.sides): str(d.verdict) for d in found.discrepancies}


# (article A, its date, article B, its date, A's weekday-and-date, B's reading of the day)
CASES = [
    # class 1: a clock time in A's sentence agrees with B's day and took it
    (
        "The overnight freight train derailed at 04:40 on Friday, 5 November, at Dunmore "
        "junction, spilling grain across both tracks. Network Rail said the line would "
        "stay shut for several days.",
        "2026-11-12",
        "A freight train derailed at Dunmore junction on Thursday, spilling grain across "
        "the tracks, Network Rail said. The line will stay shut for several days.",
        "2026-11-05",
        "Friday, 5 November",
        "Thursday",
    ),
    (
        "Fire broke out in the warehouse at 11.20pm on Friday, 21 May, and took 60 "
        "firefighters six hours to bring under control. Nobody was hurt, the fire service"
        " said.",
        "2026-05-27",
        "Fire broke out in a warehouse in the docks on Thursday night and took 60 "
        "firefighters six hours to bring under control, the fire service said. Nobody was"
        " hurt.",
        "2026-05-22",
        "Friday, 21 May",
        "Thursday night",
    ),
    (
        "Voting closed at 10pm on Monday, December 1, and the count began at once in the "
        "town hall. Turnout was 41 per cent, officials said.",
        "2026-12-04",
        "Polls closed on Tuesday night and counting began at once in the town hall, "
        "officials said. Turnout was 41 per cent.",
        "2026-12-02",
        "Monday, December 1",
        "Tuesday night",
    ),
    # class 2: the words around the two days share nothing
    (
        "Flight 212 skidded off the runway at 6.15pm on Wednesday, April 21, after its nose "
        "gear folded on landing. All 88 passengers left the aircraft by the emergency slides, "
        "the airport said.",
        "2026-04-24",
        "A passenger jet skidded off the runway yesterday evening after its nose gear folded "
        "on landing. All 88 passengers left by the emergency slides, the airport said.",
        "2026-04-22",
        "Wednesday, April 21",
        "yesterday evening",
    ),
    (
        "When the tanker Corinna ran aground off Skerry Point on Saturday, June 14, it was "
        "carrying 9,000 tonnes of diesel. Salvage crews began pumping the fuel ashore, the "
        "coastguard said.",
        "2026-06-20",
        "The coastguard said the tanker Corinna struck rocks near the harbour mouth on Sunday "
        "night with 9,000 tonnes of diesel aboard. Salvage crews began pumping the fuel "
        "ashore.",
        "2026-06-15",
        "Saturday, June 14",
        "Sunday night",
    ),
    (
        "When the old Carrow dam gave way on Friday, July 30, sending a wall of water "
        "down the valley, its reservoir still held two million cubic metres. It had been "
        "built in 1911.",
        "2026-08-05",
        "The old Carrow dam burst on Thursday evening, sending a wall of water down the "
        "valley and forcing villagers to flee. It had been built in 1911.",
        "2026-07-31",
        "Friday, July 30",
        "Thursday evening",
    ),
]


@pytest.mark.parametrize(("a", "pa", "b", "pb", "wrong", "day"), CASES)
def test_a_weekday_its_date_does_not_fall_on_is_a_conflict(tmp_path, a, pa, b, pb, wrong, day):
    found = _verdicts(tmp_path, a, pa, b, pb)
    assert found.get(frozenset((wrong, day))) == "conflict", found


RIGHT = [
    # the same sentences with the weekday right: no conflict between the days
    (
        "The overnight freight service left the rails at 04:40 on Thursday, 5 November, near "
        "Dunmore junction, spilling grain across both tracks. Network Rail said the line "
        "would stay shut for several days while wagons are lifted.",
        "2026-11-12",
        "A freight train carrying grain left the rails near Dunmore junction on Thursday, "
        "Network Rail said. The line will stay shut for several days while the wagons are "
        "lifted.",
        "2026-11-05",
    ),
    (
        "The council's planning committee, meeting on Tuesday 8 September, threw out the "
        "stadium scheme by nine votes to four. The club said it would appeal.",
        "2026-09-10",
        "Councillors rejected the stadium plan on Tuesday by nine votes to four, and the club "
        "said it would appeal against the decision.",
        "2026-09-09",
    ),
]


@pytest.mark.parametrize(("a", "pa", "b", "pb"), RIGHT)
def test_a_weekday_that_fits_its_date_is_no_conflict(tmp_path, a, pa, b, pb):
    found = _verdicts(tmp_path, a, pa, b, pb)
    assert "conflict" not in found.values(), found


def test_two_different_days_in_other_words_stay_apart(tmp_path):
    # days that do not agree are two differing numbers: conflict_context still weighs them
    found = _verdicts(
        tmp_path,
        "When the tanker Corinna ran aground off Skerry Point on Friday, June 12, it was "
        "carrying 9,000 tonnes of diesel. Salvage crews began pumping the fuel ashore.",
        "2026-06-20",
        "The coastguard said the tanker Corinna struck rocks near the harbour mouth on Sunday "
        "night with 9,000 tonnes of diesel aboard. Salvage crews began pumping the fuel ashore.",
        "2026-06-15",
    )
    assert found.get(frozenset(("Friday, June 12", "Sunday night"))) != "conflict", found


# class 3: the weekday is the other report's day, the date is not ("announced on
# Monday 24 November" in 2026, a Tuesday, against "on Monday", the 23rd)
OFF_ITS_WEEKDAY = [
    (
        "Harbour Foods' agreed takeover of Millbrook Dairies, announced on Wednesday 17 "
        "March, brings together two firms that have competed for the same supermarket "
        "shelves for a decade.",
        "2026-03-24",
        "Harbour Foods on Wednesday agreed to buy Millbrook Dairies, its long-time rival "
        "on supermarket shelves, for about \u00a3300m in cash.",
        "2026-03-19",
        "Wednesday 17 March",
        "Wednesday",
    ),
    (
        "The ceasefire signed in Doha on Saturday, August 14, has so far held along most "
        "of the front line, monitors said.",
        "2026-08-20",
        "The ceasefire signed in Doha yesterday was holding along most of the front line,"
        " monitors said.",
        "2026-08-16",
        "Saturday, August 14",
        "yesterday",
    ),
    (
        "Ms Okoro was sworn in as chief constable on Tuesday 26 October, and promised to "
        "put 200 more officers on the streets. Her first task is the review of the "
        "force's budget.",
        "2026-10-30",
        "The new chief constable, sworn in on Tuesday, promised 200 more officers on the "
        "streets and said her first task would be a review of the budget.",
        "2026-10-28",
        "Tuesday 26 October",
        "Tuesday",
    ),
    (
        "Strikes at the port, which began at dawn on Monday, October 27, have left 40 "
        "ships waiting at anchor. The union said talks had broken down.",
        "2026-10-29",
        "Dock workers walked out at dawn on Monday, leaving 40 ships waiting at anchor, "
        "and the union said talks had broken down.",
        "2026-10-27",
        "Monday, October 27",
        "Monday",
    ),
]


@pytest.mark.parametrize(("a", "pa", "b", "pb", "wrong", "day"), OFF_ITS_WEEKDAY)
def test_a_date_off_its_weekday_is_a_conflict(tmp_path, a, pa, b, pb, wrong, day):
    fa = write(tmp_path, "a.txt", f"---\npublished: {pa}\n---\n{a}\n")
    fb = write(tmp_path, "b.txt", f"---\npublished: {pb}\n---\n{b}\n")
    found = {frozenset(s.text for s in d.sides): d for d in analyze_paths([fa, fb]).discrepancies}
    flag = found.get(frozenset((wrong, day)))
    assert flag is not None and str(flag.verdict) == "conflict", found
    # the only other report gives the weekday's day: since eng119 (session 36) the
    # explanation says the date is the one to correct (tests/test_s36_which_is_wrong.py)
    assert "the date is wrong" in flag.explanation, flag.explanation


def test_a_date_on_its_weekday_a_week_off_says_nothing_of_the_weekday(tmp_path):
    # "Wednesday 11 March" is a Wednesday: a week from the other's Wednesday, no calendar slip
    fa = write(
        tmp_path,
        "a.txt",
        "---\npublished: 2026-03-24\n---\nHarbour Foods' agreed takeover of Millbrook "
        "Dairies, announced on Wednesday 11 March, brings together two firms that have "
        "competed for the same supermarket shelves for a decade.\n",
    )
    fb = write(
        tmp_path,
        "b.txt",
        "---\npublished: 2026-03-19\n---\nHarbour Foods on Wednesday agreed to buy "
        "Millbrook Dairies, its long-time rival on supermarket shelves, for about £300m.\n",
    )
    for d in analyze_paths([fa, fb]).discrepancies:
        assert "weekday is wrong" not in d.explanation, d.explanation
