"""The days of two statements that state different figures are two moments
(session 42, issue 11: readers of authored ecuador_quake and blackout judged
wrong questions on 'said late Sunday' / 'said at 6pm on Monday' and 'announced
this morning' / 'On Thursday … proposed'). Cases are made up; the patterns are
the readers'. Aligned on the embedding path, as the readers' pairs were."""

from __future__ import annotations

import pytest
from conftest import analyse_dated

from workbench import judge
from workbench.model import Verdict

ROW = "statements_of_different_figures"

FLOOD = (
    (
        "2025-10-13",
        "Floods swept through the Velden valley early Sunday, killing at least 23 people, "
        "officials said late Sunday.",
    ),
    (
        "2025-10-14",
        "The civil protection agency said at 6pm on Monday that 19 people had died in "
        "Velden district, four in neighbouring Aspe and two in Morro.",
    ),
)
QUAKE = (
    (
        "2026-05-03",
        "A magnitude 6.4 earthquake struck the Ostra highlands early Saturday, killing at "
        "least 31 people, officials said late Saturday.",
    ),
    (
        "2026-05-04",
        "The national emergency office said at 9am on Sunday that 28 people had died in "
        "Ostra province, five in neighbouring Lenz and one in Kaspar.",
    ),
)


@pytest.fixture(autouse=True)
def _embedded(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "1")


def _day_flags(analysis) -> list:
    days = ("Saturday", "Sunday", "Monday")
    return [
        d
        for d in analysis.discrepancies
        if d.verdict != Verdict.CONSISTENT and any(w in d.explanation.split(":")[0] for w in days)
    ]


@pytest.mark.parametrize("arts", [FLOOD, QUAKE], ids=["flood", "quake"])
def test_days_of_statements_of_different_figures_are_not_compared(tmp_path, arts):
    (tmp_path / "with").mkdir()
    (tmp_path / "without").mkdir()
    assert not _day_flags(analyse_dated(tmp_path / "with", *arts))
    with judge.rules.without(ROW):
        assert _day_flags(analyse_dated(tmp_path / "without", *arts))


def test_statements_sharing_a_figure_keep_their_days_compared(tmp_path):
    """The same toll told on two days is one update told twice: its days compared."""
    a, b = FLOOD
    b = (b[0], b[1].replace("19 people had died in Velden district, four", "23 people had died"))
    b = (b[0], b[1].replace(" in neighbouring Aspe and two in Morro", ""))
    with judge.rules.without(ROW):
        before = _day_flags(analyse_dated(tmp_path, a, b))
    assert before  # the pair is asked about without the row ...
    (tmp_path / "now").mkdir()
    assert _day_flags(analyse_dated(tmp_path / "now", a, b))  # ... and with it
