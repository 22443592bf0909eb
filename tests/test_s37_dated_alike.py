"""One happening dated twice in loosely aligned sentences (issue 11, session
37): when both clauses name the same narrow happening, the years written in
full conflict (judge/dated_alike.py); two happenings, or a broad stage, stay
dated_alike_below_the_floor's question. Made-up cases: other things, years and
words than the authored derailment and real copy 36_ecbplus."""

from __future__ import annotations

import pytest
from conftest import write

from workbench import judge, thresholds
from workbench.analysis import analyze
from workbench.articles import load_articles


def _loose(tmp_path, a: str, b: str, without: tuple[str, ...] = ()):
    """Two sentences judged with a conflict floor above their alignment (as
    tests/test_recall13r_days.py::_loose)."""
    front = "---\ntitle: T\noutlet: {}\npublished: 2010-09-08\n---\n"
    paths = [
        write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
        write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
    ]
    floor = thresholds.with_value("align.lexical.conflict", 0.6)
    with judge.rules.without(*without):
        found = analyze(load_articles(paths), thresholds=floor).discrepancies
    return [(str(d.verdict), d.rule, d.sides[0].text, d.sides[1].text) for d in found]


ONE = {
    "founding": (
        "The brewery, founded in 1862 by two brothers from Kent, employs 40 people.",
        "The brewery was founded in 1868 by the Kent brothers and has never closed.",
        ("1862", "1868"),
    ),
    "building": (
        "The old lighthouse, built in 1847, guides ships past the reef north of the harbour.",
        "The lighthouse was completed in 1874, when the harbour opened, and stands 30m tall.",
        ("1847", "1874"),
    ),
}


@pytest.mark.parametrize("name", sorted(ONE))
def test_one_happening_dated_twice_conflicts(tmp_path, name):
    a, b, (va, vb) = ONE[name]
    found = [f for f in _loose(tmp_path, a, b) if {f[2], f[3]} == {va, vb}]
    assert found, name
    assert all(f[:2] == ("conflict", "one_happening_dated_below_the_floor") for f in found), found
    hidden = _loose(tmp_path, a, b, without=("one_happening_dated_below_the_floor",))
    assert all(f[0] != "conflict" for f in hidden if {f[2], f[3]} == {va, vb})


def test_two_happenings_stay_a_question(tmp_path):
    a = "The brewery, founded in 1862 by two brothers from Kent, employs 40 people."
    b = "The brewery was closed in 1868 by the Kent brothers and reopened years later."
    found = [f for f in _loose(tmp_path, a, b) if {f[2], f[3]} == {"1862", "1868"}]
    assert all(f[1] != "one_happening_dated_below_the_floor" for f in found)
