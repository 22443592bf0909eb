"""A day told with 'a day after X' in its sentence against X's own day (session
42, issue 11: readers of authored pharma_recall judged wrong a question on 'this
morning …, a day after regulators fined' / 'the decision last Tuesday'). Cases
are made up; the pattern is the readers'. The pairs are aligned on the
embedding path, as the readers' were."""

from __future__ import annotations

import pytest
from conftest import analyse_dated

from workbench import judge
from workbench.model import Verdict

ROW = "day_of_the_happening_it_follows"

FOOD = (
    (
        "2026-03-11",
        "Staff arriving for the morning shift at Castellan Foods' Norden plant this morning "
        "found camera crews at the gates, a day after national regulators fined the "
        "Hamburg-based food group €12.5 million over contaminated baby formula made on the site.",
    ),
    (
        "2026-03-17",
        "The National Food Authority's decision last Tuesday to fine Castellan Foods €12.5m "
        "and pull its formula from more than a dozen countries has put hygiene back at the "
        "top of the agenda for food makers.",
    ),
)
RAIL = (
    (
        "2025-06-06",
        "Passengers arriving for the first trains at Velden Rail's central station this "
        "morning found picket lines at the gates, two days after national regulators fined "
        "the Velden-based operator €3.2 million over safety failures found on the line.",
    ),
    (
        "2025-06-09",
        "The National Rail Authority's decision last Wednesday to fine Velden Rail €3.2m and "
        "suspend its night services on more than a dozen routes has put safety back at the "
        "top of the agenda for rail operators.",
    ),
)


@pytest.fixture(autouse=True)
def _embedded(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "1")


def _day_flags(analysis) -> list:
    return [
        d
        for d in analysis.discrepancies
        if d.verdict != Verdict.CONSISTENT and "this morning" in d.explanation
    ]


@pytest.mark.parametrize("arts", [FOOD, RAIL], ids=["a-day", "two-days"])
def test_a_day_counted_after_a_happening_meets_its_day(tmp_path, arts):
    (tmp_path / "with").mkdir()
    (tmp_path / "without").mkdir()
    assert not _day_flags(analyse_dated(tmp_path / "with", *arts))
    with judge.rules.without(ROW):
        assert _day_flags(analyse_dated(tmp_path / "without", *arts))


def test_a_day_at_another_distance_is_still_compared(tmp_path):
    """'a day after' the fine against a fine told two days before: not its day."""
    a, b = FOOD
    b = ("2026-03-16", b[1].replace("last Tuesday", "last Monday"))
    assert _day_flags(analyse_dated(tmp_path, a, b))
