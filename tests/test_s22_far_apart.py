"""published_far_apart, narrowed (session 22, brief eng57): a question about one
length of time or one figure, bounded or hedged on one side ('ten minutes' /
'less than ten minutes'), is shown however far apart the reports appeared. The row
drops what reports months apart say alike (look-alike sentences of two events
agree by chance) and a day each counts from its own publication ('on
Monday'); neither reason holds for 'ten minutes' against 'less than ten
minutes' (ECB+ development half, 22_ecbplus: the only figure it hid that a
reader had listed; on dev, dev2 and test it showed nothing else)."""

from __future__ import annotations

import pytest
from conftest import write

from workbench import judge
from workbench.analysis import analyze_paths

SAME_DAY, MONTHS_LATER = ("2024-03-10", "2024-03-10"), ("2024-03-10", "2024-09-13")


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def flags(tmp_path):
    def run(a: str, b: str, published: tuple[str, str], without: tuple[str, ...] = ()):
        front = "---\ntitle: T\noutlet: {}\npublished: {}\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier", published[0]) + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette", published[1]) + b + "\n"),
        ]
        with judge.rules.without(*without):
            found = analyze_paths(paths).discrepancies
        return [
            (str(d.verdict), d.sides[0].text, d.sides[1].text)
            for d in found
            if d.kind != "attribution"
        ]

    return run


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("The gunman stayed outside the plant for ten minutes before he forced his way back in.",
         "Prosecutors said the gunman was outside the plant for less than ten minutes before "
         "forcing his way back in.",
         ("unresolved", "ten minutes", "less than ten minutes")),
        # 'about 20 minutes' against 'under 20 minutes' agrees since session 36: a
        # figure hedged both ways reaches past the bound (tests/test_s36_fraction_and_bound.py)
        ("The ferry sank in 20 minutes after striking the rocks, survivors said.",
         "Survivors said the ferry went down in under 20 minutes after it struck the rocks.",
         ("unresolved", "20 minutes", "under 20 minutes")),
    ],
)  # fmt: skip
def test_a_question_about_two_lengths_is_shown_months_apart(flags, a, b, expected):
    assert flags(a, b, SAME_DAY) == [expected]
    assert flags(a, b, MONTHS_LATER) == [expected]


def test_a_question_about_a_day_each_report_counts_is_still_left_out_months_apart(flags):
    # 'last Thursday' counted from a March report against a date written out in a
    # September one: which Thursday is meant depends on each report's own day
    a = "The fire broke out at the warehouse last Thursday, firefighters said."
    b = "Firefighters said the fire broke out at the warehouse on Thursday, March 7."
    # since session 36 (eng115) 'last Thursday' in a Sunday paper (10 March 2024) is the
    # Thursday just gone, 7 March: the same day as written out, so consistent
    # - no question left, so nothing for the far-apart row to hold back months later either
    assert [v for v, _, _ in flags(a, b, SAME_DAY)] == ["consistent"]
    assert [v for v, _, _ in flags(a, b, MONTHS_LATER)] == ["consistent"]
    # a Thursday a week earlier is still a question the same day, and left out months later
    c = "Firefighters said the fire broke out at the warehouse on Thursday, February 29."
    assert [v for v, _, _ in flags(a, c, SAME_DAY)] == ["unresolved"]
    assert flags(a, c, MONTHS_LATER) == []


def test_lengths_that_agree_months_apart_are_still_not_shown(flags):
    a = "The gunman stayed outside the plant for ten minutes before he forced his way back in."
    b = "Prosecutors said the gunman was outside the plant for 10 minutes before going back in."
    assert flags(a, b, SAME_DAY) != []
    assert flags(a, b, MONTHS_LATER) == []


def test_a_far_bound_against_another_figure_is_still_left_out_months_apart(flags):
    # two orders, not one figure: the question it raises the same day is noise
    # months later (MEANTIME airbus: 'up to 60' Qatar orders / '18' firm orders)
    a = "The airline placed an order for up to 60 jets with the planemaker, officials said."
    b = "Officials said the airline's order with the planemaker includes firm orders for 18 jets."
    assert [v for v, _, _ in flags(a, b, SAME_DAY)] == ["unresolved"]
    assert flags(a, b, MONTHS_LATER) == []
