"""Session 43 (eng161, issue 11): a breakdown one report gives against the
total another report states.

Held-out readers found a breakdown never summed against its total: one report
"36 dead", another "the dead were 24 men, 9 women and four children" (37). The
sentences are seldom aligned and no figure of one meets a figure of the other.
Each case is our own pair of sentences.
"""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze, load_articles


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _breakdowns(tmp_path, a: str, b: str, pub_b: str = "2024-03-13"):
    found = analyze(load_articles(pair(tmp_path, a, b, pub_b=pub_b))).discrepancies
    return [(d.verdict.value, d.explanation) for d in found if d.rule.startswith("breakdown_")]


@pytest.mark.parametrize(
    ("a", "b", "says"),
    [
        (
            "The crash left 36 dead, police said.",
            "The dead were 24 men, 9 women and four children, police said.",
            "24 + 9 + 4 = 37 (Gazette), not the 36 Courier states",
        ),
        (
            "The bus was carrying 52 passengers when it overturned.",
            "The passengers were 30 Britons, 15 French nationals and 9 Germans.",
            "30 + 15 + 9 = 54",
        ),
        (
            "The storm killed 14 people across the region.",
            "Those killed were six men, five women and two children, officials said.",
            "6 + 5 + 2 = 13",
        ),
        (
            "Rescuers said 210 workers were trapped in the mine.",
            "The trapped workers were 120 miners, 60 engineers and 20 contractors, rescuers said.",
            "120 + 60 + 20 = 200",
        ),
        (
            "Rescuers pulled 48 survivors from the rubble overnight.",
            "The survivors were 20 women, 18 men and 9 children, rescuers said.",
            "20 + 18 + 9 = 47",
        ),
        (
            "The landslide killed 14 people in the village.",
            "Officials said six men, five women and two children were killed.",
            "6 + 5 + 2 = 13",
        ),
        (
            "The ferry was carrying 312 passengers when it ran aground.",
            "Its passengers: 180 Italians, 90 Germans and 40 Austrians.",
            "180 + 90 + 40 = 310",
        ),
    ],
)
def test_breakdowns_against_their_total(tmp_path, a, b, says):
    got = _breakdowns(tmp_path, a, b)
    assert [v for v, _ in got] == ["conflict"], got
    assert says in got[0][1]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # adds up
        (
            "Police said 36 people died in the crash.",
            "The dead were 24 men, 8 women and four children, police said.",
        ),
        (
            "The storm killed 14 people across the region.",
            "Officials said seven men, five women and two children were killed.",
        ),
        # a partial breakdown: 'among', 'included', 'including'
        (
            "Police said 36 people died in the crash.",
            "Among the dead were 24 men, 9 women and four children, police said.",
        ),
        (
            "Police said 36 people died in the crash.",
            "The dead included 24 men and four children, police said.",
        ),
        (
            "Police said 36 people died in the crash.",
            "The dead were 24 adults, including 9 women, and four children, police said.",
        ),
        # a breakdown of another total: the injured, not the dead
        (
            "Police said 36 people died in the crash.",
            "The injured were 30 men, 15 women and 9 children, police said.",
        ),
        (
            "The storm killed 14 people across the region.",
            "Six men, five women and two children were injured, officials said.",
        ),
        # a list of figures, no breakdown
        ("Smith scored 30 points in the win.", "Smith had 30 points, 12 rebounds and 8 assists."),
        # a report giving two tolls is updating one
        (
            "Police said 36 people died in the crash. Later police said the toll had risen to 37.",
            "The dead were 24 men, 9 women and four children, police said.",
        ),
    ],
)
def test_breakdowns_that_add_up_stay_silent(tmp_path, a, b):
    assert _breakdowns(tmp_path, a, b) == []


def test_a_breakdown_told_a_day_later_may_count_a_risen_toll(tmp_path):
    a = "The attack killed 19 people, officials said."
    b = "The dead were 11 soldiers, 5 police officers and 4 civilians, officials said."
    assert [v for v, _ in _breakdowns(tmp_path, a, b)] == ["conflict"]
    later = tmp_path / "later"
    later.mkdir()
    assert _breakdowns(later, a, b, pub_b="2024-03-14") == []


def _own(tmp_path, a: str, b: str):
    found = analyze(load_articles(pair(tmp_path, a, b))).discrepancies
    return [d.explanation for d in found if d.rule == "breakdown_over_its_total"]


@pytest.mark.parametrize(
    ("b", "says"),
    [
        ("The 36 dead were 24 men, 9 women and four children, an official said.", "= 37, not 36"),
        ("Police said the 36 dead were 24 men, 9 women and four children.", "= 37, not 36"),
        ("Its 52 passengers were 30 Britons, 15 Germans and 9 Danes, the firm said.", "= 54"),
        ("The 14 victims were six men, five women and four children.", "= 15, not 14"),
    ],
)
def test_a_total_told_as_what_its_parts_were_that_they_pass(tmp_path, b, says):
    a = "Police said 36 people died when the bus left the road near Kandy."
    got = _own(tmp_path, a, b)
    assert len(got) == 1 and says in got[0], got


@pytest.mark.parametrize(
    "b",
    [
        "The 36 dead were 24 men, 8 women and four children, an official said.",
        # short of the total: 'were' tells no whole breakdown
        "The 36 dead were 24 men and 8 women, police said, and four were not identified.",
        "The 36 dead were mostly men, with 12 women among them.",
        "The 12 victims were 3 to 80 years old, police said.",
    ],
)
def test_a_total_told_as_what_its_parts_were_that_they_do_not_pass(tmp_path, b):
    a = "Police said 36 people died when the bus left the road near Kandy."
    assert _own(tmp_path, a, b) == []
