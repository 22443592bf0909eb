"""Session 35 (eng109, issue 11): "early Thursday" is Thursday. Own cases,
never the held-out sentences.

"early Thursday" (a day read with a part of it) stood apart from "Thursday" as
another version of a finding, as if the sources named two days: it joins its
day's version (findings/days.py), and so do parts of one day that share a moment
("early Thursday", "Thursday morning"); parts with no moment in common stay
apart. The wrong weekday with a part of the day stays a conflict.
"""

from __future__ import annotations

import pytest
from conftest import analyse_dated


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


FIRE = (
    "The fire broke out {} at the warehouse on the quay, firefighters said. Forty "
    "firefighters fought the blaze for six hours."
)


def _date_versions(tmp_path, *words: str) -> list[list[str]]:
    an = analyse_dated(tmp_path, *(("2025-03-08", FIRE.format(w)) for w in words))
    return [[v.value for v in f.versions] for f in an.findings if f.kind == "date"]


@pytest.mark.parametrize(
    ("words", "versions"),
    [
        (
            ("early Thursday", "on Thursday", "on Thursday", "on Wednesday"),
            [["Thursday / early Thursday", "Wednesday"]],
        ),
        (
            ("on Wednesday", "late Thursday", "on Thursday"),
            [["Thursday / late Thursday", "Wednesday"]],
        ),
        (
            ("early Thursday", "on Thursday", "Thursday morning"),
            [["Thursday / early Thursday / Thursday morning"]],
        ),
    ],
)
def test_early_thursday_is_thursday_in_a_finding(tmp_path, words, versions):
    assert _date_versions(tmp_path, *words) == versions


def test_two_parts_of_a_day_that_share_no_moment_stay_apart(tmp_path):
    got = _date_versions(tmp_path, "early Thursday", "on Thursday", "on Thursday afternoon")
    assert len(got) == 1 and len(got[0]) == 3, got


def test_the_wrong_weekday_with_a_part_of_the_day_is_a_conflict(tmp_path):
    an = analyse_dated(
        tmp_path,
        *(
            ("2025-03-08", FIRE.format(w))
            for w in ("on Monday evening", "on Tuesday evening", "on Tuesday evening")
        ),
    )
    dated = [f for f in an.findings if f.kind == "date"]
    assert [str(f.verdict) for f in dated] == ["conflict"], dated
    assert [v.value for v in dated[0].versions] == ["Tuesday evening", "Monday evening"]
