"""A count that only grows, lower in the later report, one report pinning it to
its own day (issue 11, session 38, judge/pinned_fell.py): no update can explain
it, so a conflict naming both days, not "the figures may describe different
days". The later higher stays the question; the missing and those in hospital
move either way and keep it. Made-up reports, varied happenings, words, numbers
and orders."""

from __future__ import annotations

import pytest
from conftest import write

from workbench import judge
from workbench.analysis import analyze_paths

SHARED = (
    "Emergency crews worked through the night near the town of Harrowgate. "
    "The regional governor visited the scene on the coast road. "
    "Schools in the district will stay closed until further notice. "
)


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _flags(tmp_path, a: str, b: str, days: tuple[str, str], without: tuple[str, ...] = ()):
    """(value a, value b, verdict, rule) of every number flag of two reports."""
    front = "---\ntitle: T\noutlet: {}\npublished: {}\n---\n"
    paths = [
        write(tmp_path, "a.md", front.format("Courier", days[0]) + SHARED + a + "\n"),
        write(tmp_path, "b.md", front.format("Gazette", days[1]) + SHARED + b + "\n"),
    ]
    with judge.rules.without(*without):
        found = analyze_paths(paths).discrepancies
    return [
        (d.sides[0].text, d.sides[1].text, d.verdict.value, d.rule)
        for d in found
        if d.kind not in ("date", "time", "quote", "attribution")
    ]


FELL = {
    "killed-yesterday-then-fewer": (
        "The bus crash on the mountain road killed 14 people yesterday, police said.",
        "The bus crash on the mountain road killed nine people, police said.",
        ("2026-03-10", "2026-03-12"),
    ),
    "injured-this-morning-then-fewer": (
        "Forty-five passengers were injured in the derailment this morning, the operator said.",
        "The operator said 31 passengers were injured in the derailment.",
        ("2026-05-04", "2026-05-06"),
    ),
    "rescued-today-then-fewer": (
        "Crews rescued 140 people from the flooded district today, the fire service said.",
        "Crews rescued 112 people from the flooded district, the fire service said.",
        ("2025-11-20", "2025-11-22"),
    ),
    # the later report pins its own day, the earlier gives none: the order is the days'
    "pinned-is-the-later": (
        "Police detained 85 protesters after the march through the capital, officials said.",
        "Police detained 62 protesters after the march through the capital today, officials said.",
        ("2024-09-02", "2024-09-03"),
    ),
}


@pytest.mark.parametrize("case", FELL, ids=list(FELL))
def test_a_pinned_count_lower_in_the_later_report_conflicts(tmp_path, case):
    a, b, days = FELL[case]
    found = _flags(tmp_path, a, b, days)
    assert [f[2:] for f in found] == [("conflict", "pinned_count_fell_later")]
    # without the row the same pair is the old question of which day is current
    before = _flags(tmp_path, a, b, days, without=("pinned_count_fell_later",))
    assert [f[2:] for f in before] == [("unresolved", "figure_pinned_to_its_day")]


def test_the_explanation_names_both_days(tmp_path):
    a, b, days = FELL["killed-yesterday-then-fewer"]
    front = "---\ntitle: T\noutlet: {}\npublished: {}\n---\n"
    paths = [
        write(tmp_path, "a.md", front.format("Courier", days[0]) + SHARED + a + "\n"),
        write(tmp_path, "b.md", front.format("Gazette", days[1]) + SHARED + b + "\n"),
    ]
    (d,) = [d for d in analyze_paths(paths).discrepancies if d.rule == "pinned_count_fell_later"]
    assert "first '14' (its report published Tue 10 Mar)" in d.explanation
    assert "later 'nine' (published Thu 12 Mar)" in d.explanation
    assert d.explanation.endswith("— conflict")


STAYS = {
    # the later report's count is the higher: the count may have moved on
    "rescued-later-higher": (
        "Crews rescued 112 people from the flooded district today, the fire service said.",
        "Crews rescued 140 people from the flooded district, the fire service said.",
        ("2025-11-20", "2025-11-22"),
    ),
    # the missing are found, those in hospital go home: either way
    "missing-later-lower": (
        "Twelve people were missing after the landslide this morning, police said.",
        "Seven people were missing after the landslide, police said.",
        ("2026-02-10", "2026-02-12"),
    ),
    "in-hospital-later-lower": (
        "Twenty people were in hospital after the fire this morning, doctors said.",
        "Eight people were in hospital after the fire, doctors said.",
        ("2026-02-10", "2026-02-12"),
    ),
}


@pytest.mark.parametrize("case", STAYS, ids=list(STAYS))
def test_what_may_have_moved_stays_a_question(tmp_path, case):
    a, b, days = STAYS[case]
    found = _flags(tmp_path, a, b, days)
    assert [f[2:] for f in found] == [("unresolved", "figure_pinned_to_its_day")]
