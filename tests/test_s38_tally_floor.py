"""An effort's tally below an earlier report's floor (issue 11, session 38,
judge/risen.below_a_floor): the evacuated, the rescued, homes destroyed only
grow as judge/efforts.py reads them, so a later report's count below an
earlier floor ('forced more than 3,000 residents to flee' / 'evacuated 2,380'
days on) is no update: a conflict naming both days, in sentences never aligned
too (floor_undercut_never_met), not "a count like this is often updated".
A later higher count and the missing (either way) are left as they were.
Made-up reports, varied tallies, words and numbers."""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths

SHARED = (
    "Emergency crews worked through the night near the town of Carrick Falls. "
    "The provincial premier visited the scene on the river road. "
    "Schools in the district will stay closed until further notice. "
)


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _flags(tmp_path, a: str, b: str, days=("2026-03-10", "2026-03-16")):
    front = "---\ntitle: T\noutlet: {}\npublished: {}\n---\n"
    paths = [
        write(tmp_path, "a.md", front.format("Courier", days[0]) + SHARED + a + "\n"),
        write(tmp_path, "b.md", front.format("Gazette", days[1]) + SHARED + b + "\n"),
    ]
    found = analyze_paths(paths).discrepancies
    return [
        (d.sides[0].text, d.sides[1].text, d.verdict.value, d.rule, d.explanation)
        for d in found
        if d.kind not in ("date", "time", "quote", "attribution")
    ]


BELOW = {
    # never aligned: the floor in a sentence about the blast, the count in another
    "evacuated-never-met": (
        "An explosion at a chemical plant killed two workers and forced more than 3,000 "
        "residents to flee their homes.",
        "Officials evacuated 2,380 residents from a 1.5 km radius around the plant after "
        "the blast.",
        ("more than 3,000", "2,380"),
        "floor_undercut_never_met",
    ),
    "evacuated-aligned-other-numbers": (
        "A gas leak at the refinery killed one worker and forced more than 1,500 residents "
        "to flee their homes on the east side.",
        "Firefighters evacuated 1,240 residents from the east side after the leak at the refinery.",
        ("more than 1,500", "1,240"),
        "later_count_below_an_earlier_floor",  # aligned: the floor rows read it first
    ),
}


@pytest.mark.parametrize("case", BELOW, ids=list(BELOW))
def test_a_tally_below_an_earlier_floor_is_a_conflict(tmp_path, case):
    a, b, values, rule = BELOW[case]
    found = _flags(tmp_path, a, b)
    assert [(x, y, v, r) for x, y, v, r, _ in found] == [(*values, "conflict", rule)]


def test_the_never_met_conflict_names_both_days(tmp_path):
    a, b, _, _ = BELOW["evacuated-never-met"]
    ((*_, why),) = _flags(tmp_path, a, b)
    assert "published Tue 10 Mar" in why and "(Mon 16 Mar)" in why
    assert why.endswith("— conflict")


def test_a_later_higher_tally_is_no_conflict(tmp_path):
    found = _flags(
        tmp_path,
        "The flood forced more than 3,000 residents to flee their homes in the lower valley.",
        "Officials evacuated 4,100 residents from the lower valley as the river rose.",
    )
    assert all(v != "conflict" for _, _, v, _, _ in found), found


def test_the_missing_are_no_tally(tmp_path):
    from workbench.judge.risen import below_a_floor

    path = write(
        tmp_path,
        "one.md",
        "---\ntitle: T\noutlet: C\n---\nAt least 30 people were missing after the landslide. "
        "Rescuers said 22 people were still missing in the village.\n",
    )
    an = analyze_paths([path])
    claims = {c.id: c.text for c in an.claims}
    thirty = next(f for f in an.facts if f.text == "At least 30")
    twenty_two = next(f for f in an.facts if f.text == "22")
    assert not below_a_floor((thirty, claims[thirty.claim]), (twenty_two, claims[twenty_two.claim]))
    evac = write(
        tmp_path,
        "two.md",
        "---\ntitle: T\noutlet: C\n---\nThe fire forced more than 3,000 residents to flee. "
        "Officials evacuated 2,380 residents from the valley.\n",
    )
    an = analyze_paths([evac])
    claims = {c.id: c.text for c in an.claims}
    floor = next(f for f in an.facts if f.text == "more than 3,000")
    count = next(f for f in an.facts if f.text == "2,380")
    assert below_a_floor((floor, claims[floor.claim]), (count, claims[count.claim]))
