"""A day counted from its dated report, in sentences too loose for a conflict
(session 35, eng111; trial 42, ECB+ 44_ecb).

"announced on May 13" / "announced Tuesday" was a question while the second
report had no date; dated a week later, "Tuesday" read as 20 May, the verdict
became a conflict and the conflict floor dropped it. Dating a report must not
silence a question: it stays one, naming both readings.
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench import judge, thresholds
from workbench.analysis import analyze
from workbench.articles import load_articles

ROW = "day_read_from_its_report_below_the_floor"


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _loose(tmp_path, a: str, b: str, pub_a: str, pub_b: str, without: tuple[str, ...] = ()):
    """Judged with a conflict floor of 0.6: the pairs below align under it."""
    front = "---\ntitle: T\noutlet: {}\npublished: {}\n---\n"
    paths = [
        write(tmp_path, "a.md", front.format("Courier", pub_a) + a + "\n"),
        write(tmp_path, "b.md", front.format("Gazette", pub_b) + b + "\n"),
    ]
    floor = thresholds.with_value("align.lexical.conflict", 0.6)
    with judge.rules.without(*without):
        found = analyze(load_articles(paths), thresholds=floor).discrepancies
    return [
        (str(d.verdict), d.rule, d.sides[0].text, d.sides[1].text, d.explanation) for d in found
    ]


ANNOUNCED = (
    "Analysts say the $13.9 billion acquisition of the services company, announced "
    "officially on May 13, is a big bet for the computer maker.",
    "The computer maker announced Tuesday that it will buy the services company for $13.9 billion.",
)
ARRESTED = (
    "Police arrested the 34-year-old suspect on March 4 at his mother's house on the "
    "north side of the town after a two-day search, the chief said.",
    "Officers arrested the suspect at his mother's house in the town yesterday, the "
    "police chief said.",
)


@pytest.mark.parametrize(
    ("a", "b", "pub_a", "pub_b", "day"),
    [
        (*ANNOUNCED, "2008-05-14", "2008-05-20", "Tuesday"),
        (*ARRESTED, "2009-03-05", "2009-03-12", "yesterday"),
    ],
)
def test_a_day_read_from_its_report_below_the_floor_stays_a_question(
    tmp_path, a, b, pub_a, pub_b, day
):
    found = _loose(tmp_path, a, b, pub_a, pub_b)
    asked = [f for f in found if f[1] == ROW]
    assert asked, found
    verdict, _, _, right, why = asked[0]
    assert verdict == "unresolved" and right == day
    assert f"read from its report's date, {pub_b}" in why
    hidden = _loose(tmp_path, a, b, pub_a, pub_b, without=(ROW,))
    assert not [f for f in hidden if f[3] == day]  # conflict_floor drops it


def test_the_same_day_read_from_its_report_is_no_question(tmp_path):
    found = _loose(tmp_path, *ANNOUNCED, "2008-05-14", "2008-05-14")
    assert not [f for f in found if f[1] == ROW]


def test_months_without_a_weekday_stay_with_the_floor(tmp_path):
    """'announced on May 13' / 'announced on May 20': both name their day
    undated, so the floor's silence is not one that dating made."""
    a, b = ANNOUNCED[0], ANNOUNCED[1].replace("Tuesday", "on May 20")
    found = _loose(tmp_path, a, b, "2008-05-14", "2008-05-20")
    assert not [f for f in found if f[1] == ROW]


def test_a_day_months_from_the_other_is_no_misdating(tmp_path):
    """'announced today' four weeks after 'announced on May 13' (and, MEANTIME
    apple, 'launched today' against 'in 2007'): not a report dated a week or two
    off its copy, but another announcement."""
    a = ANNOUNCED[0]
    b = ANNOUNCED[1].replace("Tuesday", "today")
    found = _loose(tmp_path, a, b, "2008-05-14", "2008-06-09")
    assert not [f for f in found if f[1] == ROW]
