"""Two dates that stamp the states of counts of different things (session 41,
issue 11: unresolved precision).

Readers of the authored tower fire judged wrong a question raised on 'this
morning' (the missing) against 'As of noon on Thursday' (the injured): the
dates stamp two tallies, not one day told twice. Cases are made up; the
pattern is the readers'."""

from __future__ import annotations

import pytest
from conftest import analyse_dated

from workbench import judge
from workbench.model import Verdict

ROW = "states_of_different_counts"
TOWER = (
    (
        "2025-03-12",
        "A fire swept through Kestrel Court, a 14-storey tower block in Harwick, on Tuesday "
        "night. Six of the injured are firefighters, and at least 40 residents were still "
        "unaccounted for this morning. The cause of the fire at the tower block is not yet "
        "known, the fire service said.",
    ),
    (
        "2025-03-14",
        "A fire swept through Kestrel Court, a tower block in Harwick, on Tuesday night. As "
        "of noon on Thursday, 35 residents and nine firefighters had been treated for "
        "injuries. The cause of the fire at the tower block is not yet known, the fire "
        "service said.",
    ),
)
FERRY = (
    (
        "2025-06-12",
        "A ferry capsized off Port Alder, a fishing town on the east coast, on Wednesday "
        "night. Two of the hurt are police officers, and 25 passengers were still missing "
        "this morning. The cause of the capsizing off the coast is not yet known, the "
        "coastguard said.",
    ),
    (
        "2025-06-14",
        "A ferry capsized off Port Alder, a town on the east coast, on Wednesday night. As of "
        "9am on Friday, 18 passengers and two officers had been taken to hospital. The cause "
        "of the capsizing off the coast is not yet known, the coastguard said.",
    ),
)


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _day_questions(analysis) -> list:
    return [
        d
        for d in analysis.discrepancies
        if d.verdict == Verdict.UNRESOLVED and any("morning" in s.text for s in d.sides)
    ]


@pytest.mark.parametrize("arts", [TOWER, FERRY], ids=["missing-injured", "missing-hospital"])
def test_stamps_of_different_counts_are_not_compared(tmp_path, arts):
    (tmp_path / "with").mkdir()
    (tmp_path / "without").mkdir()
    assert not _day_questions(analyse_dated(tmp_path / "with", *arts))
    with judge.rules.without(ROW):
        assert _day_questions(analyse_dated(tmp_path / "without", *arts))


def test_a_fronted_stamp_of_the_same_count_stays_compared(tmp_path):
    """'As of Tuesday evening' stamps every count of its sentence, the missing too:
    against 'four … unaccounted for last night' it is one day told twice."""
    a = (
        "2025-11-12",
        "A fire broke out at the Harlow chemical plant near Dunmore on Tuesday evening. As of "
        "Tuesday evening, nine people had been treated for injuries, most of them minor burns, "
        "and four people were reported missing, the civil protection agency said. The cause "
        "of the fire at the plant is not yet known, the agency said.",
    )
    b = (
        "2025-11-12",
        "A fire broke out at the Harlow chemical plant near Dunmore on Tuesday evening. Nine "
        "people were treated in hospital on Tuesday, mostly for burns, and four people were "
        "unaccounted for last night. The cause of the fire at the plant is not yet known, the "
        "agency said.",
    )
    found = analyse_dated(tmp_path, a, b).discrepancies
    assert [d for d in found if any("last night" in s.text for s in d.sides)]
