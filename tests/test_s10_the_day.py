"""'The day' valued as a day named elsewhere is read (time benchmarks) but not
compared: it states no day of its own (merged session-10 time change raised
four flags on real copy, all judged wrong: another event's day, a figure of
speech)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from workbench.cli import main
from workbench.facts.time import find_times_in_document
from workbench.facts.time.family import TimeFamily

PUB = date(2024, 3, 12)  # a Tuesday


@pytest.mark.parametrize(
    "sentences",
    [
        ["The climber fell on Saturday.", "Rescuers reached him later in the day."],
        ["Drake beat Bradley on Thursday.", "Artino finished the day with 20 points."],
        ["The index fell on Monday, and it rallied late in the day."],
    ],
)
def test_the_day_is_read_as_the_named_day_but_not_offered_for_comparison(sentences):
    read = [m for ms in find_times_in_document(sentences, PUB) for m in ms]
    moved = [m for m in read if m.refers_to]
    assert moved and all("the day of" in m.value for m in moved)
    compared = [m for ms in TimeFamily().find_each(sentences, PUB) for m in ms]
    assert not [m for m in compared if m.refers_to]
    assert len(compared) == len(read) - len(moved)


def test_no_flag_from_the_day_against_another_events_day(tmp_path, capsys):
    a = tmp_path / "a.md"
    a.write_text(
        "---\npublished: 2024-03-12\n---\nThe climber fell near the summit on Saturday. "
        "Rescuers could not reach him until the next morning, and his body was recovered "
        "later in the day.\n"
    )
    b = tmp_path / "b.md"
    b.write_text(
        "---\npublished: 2024-03-12\n---\nThe climber's body was recovered on Sunday after "
        "he fell near the summit.\n"
    )
    out = tmp_path / "x.json"
    assert (
        main(["check", str(a), str(b), "--db", str(tmp_path / "r.sqlite"), "--json", str(out)]) == 0
    )
    flags = json.loads(out.read_text())["discrepancies"]
    assert not [d for d in flags if any("in the day" in s["text"] for s in d["sides"])]
