"""Session 39 (lead; user trial 46, ECB+ 03_ecbplus): a fugitive caught again is a stage
of its own, not the day of the escape. "whose daring escape during a prison transfer was
captured Monday" dated the escape (the nearest happening word before the day), so the
capture a week later was a CONFLICT with the escape's "Nov. 30" twice over. Captures of
people are arrests (facts/happenings.DATED); a capture on video or of a market is not.
"""

from __future__ import annotations

import pytest

from workbench.analysis import analyze_paths
from workbench.facts.measure import dated_event_of


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _stage(sentence: str, day: str) -> str:
    i = sentence.index(day)
    return dated_event_of(sentence, i, i + len(day))


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "The inmate whose daring escape during a prison transfer was captured Monday "
            "after tips, police said.",
            "Monday",
        ),
        ("Two inmates who broke out were recaptured on Sunday near the border.", "Sunday"),
        ("Police apprehended the suspect on Tuesday in a motel in Ohio.", "Tuesday"),
        ("He was taken into custody Wednesday night after a chase.", "Wednesday night"),
        ("Deputies captured the escapee on Friday at a farmhouse.", "Friday"),
        ("The gunman, who fled the scene, was captured early Saturday.", "Saturday"),
    ],
)
def test_a_capture_of_people_dates_an_arrest(sentence: str, day: str) -> None:
    assert _stage(sentence, day) == "arrested"


@pytest.mark.parametrize(
    ("sentence", "day", "not_stage"),
    [
        ("The company captured 40% of the market in 2019.", "2019", "arrested"),
        ("The moment was captured on video on Saturday.", "Saturday", "arrested"),
        ("The attack was captured by security cameras on Friday.", "Friday", "arrested"),
        ("The convict escaped Monday morning from a prison van.", "Monday morning", "arrested"),
    ],
)
def test_other_captures_and_the_escape_itself_are_no_arrest(sentence, day, not_stage) -> None:
    assert _stage(sentence, day) != not_stage


def test_the_capture_a_week_later_is_no_conflict_with_the_escape_on_real_copy() -> None:
    """The trial's cluster: the escape (Monday 30 Nov) and the capture (Monday 7 Dec)
    were two CONFLICT findings, each 'the day of the main event'."""
    from benchmarks.findings import CORPUS

    folder = CORPUS / "03_ecbplus"
    if not folder.is_dir():
        pytest.skip("needs ../shared/eval/ecbplus_dev")
    found = analyze_paths(sorted(folder.glob("*.txt")))
    clashes = [
        d.explanation
        for d in found.discrepancies
        if d.kind == "date" and d.verdict.value == "conflict" and "captured" in d.explanation
    ]
    assert clashes == []
