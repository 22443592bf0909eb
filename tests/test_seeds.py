"""What an editor must see on the three seed articles."""

from __future__ import annotations

import pytest
from conftest import SEEDS

from workbench.analysis import analyze_paths


@pytest.fixture(scope="module")
def analysis():
    return analyze_paths(SEEDS)


def find(analysis, kind: str, left: str, right: str):
    for d in analysis.discrepancies:
        texts = [s.text for s in d.sides]
        if d.kind == kind and any(left in t for t in texts) and any(right in t for t in texts):
            return d
    raise AssertionError(
        f"no {kind} discrepancy {left!r} vs {right!r}: "
        + "; ".join(f"{d.kind}:{d.sides[0].text}|{d.sides[1].text}" for d in analysis.discrepancies)
    )


def test_miles_and_km_are_consistent(analysis):
    d = find(analysis, "quantity", "30 miles", "50km")
    assert d.verdict == "consistent"
    assert "48.3 km" in d.explanation and "50 km" in d.explanation


def test_july_and_next_month(analysis):
    d = find(analysis, "date", "July", "next month")
    assert d.verdict in ("consistent", "unresolved")
    assert "July 2021" in d.explanation or "2021-07" in d.explanation


def test_truncated_quote(analysis):
    d = find(analysis, "quote", "every single day", "every single day")
    # cut at the colon, dropping words that carry no turning word: a faithful
    # shortening (session 30, tests/test_s30_faithful_cuts.py), still shown
    assert d.verdict == "consistent"
    assert "what" in d.explanation and "situation on the ground" in d.explanation
    assert "shortened; meaning kept" in d.explanation


def test_tuesday_vs_this_week_names_the_missing_date(analysis):
    d = find(analysis, "date", "Tuesday", "this week")
    assert d.verdict in ("unresolved", "consistent")
    if d.verdict == "unresolved":
        assert "000_6b4b37a60f330bce" in d.explanation and "publication date" in d.explanation


def test_no_conflicts_an_editor_would_call_wrong(analysis):
    conflicts = [d for d in analysis.discrepancies if d.verdict == "conflict"]
    assert conflicts == [], [
        (d.kind, d.sides[0].text, d.sides[1].text, d.explanation) for d in conflicts
    ]


def test_same_speaker_under_different_names_is_not_flagged(analysis):
    assert not [d for d in analysis.discrepancies if d.kind == "attribution"]


def test_with_the_missing_date_supplied_tuesday_resolves_and_nothing_else_appears():
    from datetime import date

    a = analyze_paths(SEEDS, {str(SEEDS[0]): date(2021, 6, 23)})
    d = find(a, "date", "Tuesday", "this week")
    assert d.verdict == "consistent" and "Tue 22 Jun 2021" in d.explanation
    flagged = sorted((d.kind, d.sides[0].text.strip('"“”')[:12]) for d in a.discrepancies)
    assert len(flagged) == 4, flagged
