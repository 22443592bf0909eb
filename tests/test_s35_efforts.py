"""A tally of an effort that goes on, told by reports of different days (issue 11,
session 35, judge/efforts.py): two counts of the rescued, the evacuated, the
arrested, cases, flights cancelled or homes damaged, neither sentence giving a
time, are an update naming both report days when the later report's is the
higher, and a conflict naming both when it is the lower; reports of one day
still conflict, and so do tolls of the dead or the injured, the missing, and a
count whose sentence gives a day or a stretch. Cases are made up: other
happenings, numbers and words than the authored events readers judged."""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze_paths


def _counts(tmp_path, a: str, b: str, pub_a: str, pub_b: str):
    found = analyze_paths(pair(tmp_path, a, b, pub_a, pub_b))
    return [d for d in found.discrepancies if d.kind not in ("date", "time", "quote")]


GREW = {
    "rescued-a-week-on": (
        "Crews have rescued 112 people from the flooded villages, the fire service said.",
        "In all, 118 people were rescued from the flooded villages, the fire service said.",
        "2026-03-12",
        "2026-03-19",
    ),
    "arrested-two-days-on": (
        "Police have now arrested 315 people since the unrest began in Marrow.",
        "Police have arrested 240 people since the unrest began in Marrow.",
        "2026-05-04",
        "2026-05-02",
    ),
    "evacuated-next-day-hedged": (
        "Authorities evacuated 3,400 residents from low-lying districts of Pelt.",
        "Some 5,100 residents have been evacuated from low-lying districts of Pelt.",
        "2026-08-10",
        "2026-08-11",
    ),
    "measles-cases": (
        "Health officials have confirmed 46 cases of measles in Arden county.",
        "The number of measles infections in Arden county has reached 71 confirmed cases.",
        "2026-02-02",
        "2026-02-05",
    ),
    "flights-cancelled": (
        "Airlines have cancelled 820 flights at Dunmore airport because of the snow.",
        "More than 1,300 flights have been cancelled at Dunmore airport because of the snow.",
        "2026-01-08",
        "2026-01-09",
    ),
    # the tally's words told away from the figure, or other words for it
    "cases-level-reached": (
        "The number of confirmed measles cases in Arden county rose to 46.",
        "The number of confirmed measles cases in Arden county has risen to 71.",
        "2026-02-02",
        "2026-02-05",
    ),
    "winched-to-safety": (
        "Helicopters winched 64 people to safety from rooftops in Lissan.",
        "Helicopters have winched 90 people to safety from rooftops in Lissan.",
        "2026-05-02",
        "2026-05-04",
    ),
    # an earlier floor the later report's count passed
    "evacuated-floor-passed": (
        "More than 12,000 people have been evacuated from the hills around Serra.",
        "About 20,000 people have been evacuated from the hills around Serra.",
        "2026-08-02",
        "2026-08-03",
    ),
    "homes-damaged": (
        "The cyclone damaged 2,100 homes across the island, officials said.",
        "The cyclone damaged 3,900 homes across the island, officials said.",
        "2026-09-01",
        "2026-09-05",
    ),
}


@pytest.mark.parametrize("case", GREW.values(), ids=GREW.keys())
def test_a_tally_higher_in_the_later_report_is_an_update(tmp_path, case):
    flags = _counts(tmp_path, *case)
    assert flags, "the two counts were compared"
    (d,) = flags
    assert d.verdict == "consistent", d.explanation
    assert "update" in d.explanation and "later" in d.explanation, d.explanation


def test_the_update_names_both_report_days(tmp_path):
    (d,) = _counts(tmp_path, *GREW["rescued-a-week-on"])
    assert "published 12 Mar" in d.explanation and "published 19 Mar" in d.explanation
    assert d.explanation.index("'112'") < d.explanation.index("'118'"), "earlier first"


FELL = {
    "rescued-lower-a-week-on": (
        "Crews have rescued 118 people from the flooded villages, the fire service said.",
        "In all, 112 people were rescued from the flooded villages, the fire service said.",
        "2026-03-12",
        "2026-03-19",
    ),
    "detained-lower-next-day": (
        "Security forces have detained about 600 protesters in the capital.",
        "Security forces have detained 410 protesters in the capital.",
        "2026-10-20",
        "2026-10-21",
    ),
    "homes-destroyed-lower": (
        "Some 900 houses were destroyed by the fires in the hills above Carro.",
        "The fires in the hills above Carro destroyed 640 houses.",
        "2026-07-27",
        "2026-07-30",
    ),
}


@pytest.mark.parametrize("case", FELL.values(), ids=FELL.keys())
def test_a_tally_lower_in_the_later_report_stays_a_conflict(tmp_path, case):
    flags = _counts(tmp_path, *case)
    assert [d.verdict for d in flags] == ["conflict"], [d.explanation for d in flags]
    (d,) = flags
    assert d.rule == "tally_lower_in_later_report", d.explanation
    assert "published" in d.explanation and "no update" in d.explanation


def test_the_conflict_names_both_report_days_earlier_first(tmp_path):
    (d,) = _counts(tmp_path, *FELL["homes-destroyed-lower"])
    assert "Mon 27 Jul" in d.explanation and "Thu 30 Jul" in d.explanation, d.explanation
    assert d.explanation.index("900'") < d.explanation.index("'640'"), d.explanation


NOT_ORDERED = {
    # one day's reports: nothing orders them
    "rescued-same-day": (
        "Crews have rescued 112 people from the flooded villages, the fire service said.",
        "In all, 118 people were rescued from the flooded villages, the fire service said.",
        "2026-03-12",
        "2026-03-12",
    ),
    # a toll of one happening: a later report's higher toll may be the first one wrong
    "killed-next-day": (
        "Five people were killed when a bus plunged into a ravine near Tosk.",
        "Twenty-four people were killed when a bus plunged into a ravine near Tosk.",
        "2026-04-01",
        "2026-04-02",
    ),
    "injured-two-days-on": (
        "The blast at the Orrin refinery injured 17 workers, the company said.",
        "The blast at the Orrin refinery injured 29 workers, the company said.",
        "2026-06-10",
        "2026-06-12",
    ),
    # the missing move either way: a later report's figure orders nothing
    "missing-next-day": (
        "Nineteen fishermen are missing off the Darran coast, the coastguard said.",
        "Twenty-six fishermen are missing off the Darran coast, the coastguard said.",
        "2026-11-03",
        "2026-11-04",
    ),
    # the same digits in another order: a slip of the keys, not a count moved on
    "digits-transposed": (
        "Some 23 homes near the embankment were evacuated as a precaution.",
        "Residents of 32 homes near the embankment were evacuated as a precaution.",
        "2026-11-10",
        "2026-11-11",
    ),
    # a count of one day is not the running tally
    "arrested-on-a-day": (
        "Police arrested 240 people in Marrow on Saturday.",
        "Police have arrested 315 people in Marrow, a spokesman said.",
        "2026-05-03",
        "2026-05-05",
    ),
}


@pytest.mark.parametrize("case", NOT_ORDERED.values(), ids=NOT_ORDERED.keys())
def test_counts_the_report_days_do_not_order_still_conflict(tmp_path, case):
    flags = _counts(tmp_path, *case)
    assert flags, "the two counts were compared"
    assert all(d.verdict != "consistent" for d in flags), [d.explanation for d in flags]
    assert all(d.rule != "tally_lower_in_later_report" for d in flags)
