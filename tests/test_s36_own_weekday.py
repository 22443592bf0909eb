"""A date written with a weekday it does not fall on, no other report stating
that day (issue 11, session 36): "by Thursday 14 November" in 2025 (a Friday)
is one source disagreeing with itself, a day ahead as much as a day past
(judge/own_weekday.py; emergency_landing D5: "no future-date flags at all").
Made-up stories, weekdays, dates and layouts of their own."""

from __future__ import annotations

import pytest
from conftest import courier_gazette

from workbench.model import Verdict


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _own(tmp_path, a: str, b: str, published: str):
    found = courier_gazette(tmp_path, a, b, published=published)
    return [d for d in found if d.rule == "weekday_not_its_date"]


OTHER = "The board met on Monday to review the safety findings, a spokeswoman said."


@pytest.mark.parametrize(
    ("text", "published", "weekday", "day"),
    [
        (  # ahead: 14 November 2025 is a Friday
            "The ITSB says its preliminary report will be published by Thursday 14 November.",
            "2025-10-17",
            "Thursday",
            "Fri 14 Nov 2025",
        ),
        (  # ahead, American order: 12 January 2027 is a Tuesday
            "Hearings resume on Monday, January 12, the clerk of the court said.",
            "2026-12-06",
            "Monday",
            "Tue 12 Jan 2027",
        ),
        (  # past: 3 March 2026 was a Tuesday
            "The pit was evacuated on Wednesday, March 3, after the first tremor.",
            "2026-03-09",
            "Wednesday",
            "Tue 3 Mar 2026",
        ),
    ],
)
def test_a_weekday_its_date_does_not_fall_on_is_flagged(tmp_path, text, published, weekday, day):
    (flag,) = _own(tmp_path, text, OTHER, published)
    assert flag.verdict == Verdict.CONFLICT
    assert flag.sides[0].text == weekday and flag.sides[1].normalized == day
    assert flag.sides[0].article == flag.sides[1].article


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "The ITSB says its preliminary report will be published by Friday 14 November.",
            "2025-10-17",
        ),
        ("Hearings resume on Tuesday, January 12, the clerk of the court said.", "2026-12-06"),
    ],
)
def test_a_weekday_its_date_falls_on_is_no_flag(tmp_path, text, published):
    assert not _own(tmp_path, text, OTHER, published)


def test_a_day_another_report_states_is_shown_by_the_pair_once(tmp_path):
    found = courier_gazette(
        tmp_path,
        "The council will vote on the new budget on Thursday 14 November, the mayor said.",
        "The council will vote on the new budget on November 14, the mayor said.",
        published="2025-11-10",
    )
    rules = [d.rule for d in found]
    assert "weekday_against_its_date_value" in rules and "weekday_not_its_date" not in rules
