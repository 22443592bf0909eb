"""A relative day written with its date beside it reads as that date (session
42, a user trial on real copy: "tonight's (August 4)" in a piece published on
the 2nd was read as the 2nd, and 'August 4' in the year before)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from conftest import analyse_dated

from workbench.facts.time import find, find_times
from workbench.model import Verdict

PUB = date(2026, 8, 2)


def _read(text: str) -> dict[str, tuple]:
    return {m.text: (m.interval, m.deictic) for m in find_times(text, PUB)}


@pytest.mark.parametrize(
    "text, word, start",
    [
        ("Tickets for tonight's (August 4) concert sold out.", "tonight", datetime(2026, 8, 4, 20)),
        (
            "The storm hit this morning, 4 August, officials said.",
            "this morning",
            datetime(2026, 8, 4, 5),
        ),
        ("Yesterday (July 31) the council voted.", "Yesterday", datetime(2026, 7, 31)),
        ("The talks resume tomorrow (Aug. 5), the union said.", "tomorrow", datetime(2026, 8, 5)),
        (
            "Crews worked through last night (Thursday, July 30) to clear it.",
            "last night",
            datetime(2026, 7, 30, 20),
        ),
    ],
)
def test_a_relative_word_takes_the_date_beside_it(text, word, start):
    got = _read(text)
    (interval, deictic) = got[word]
    assert interval[0] == start
    assert not deictic  # no longer counted from publication


def test_the_date_beside_it_takes_the_nearest_year():
    """A past sentence read 'August 4' as last year's; beside 'tonight' it is this week's."""
    (interval, _) = _read("Tickets for tonight's (August 4) concert sold out.")["August 4"]
    assert interval[0] == datetime(2026, 8, 4)


@pytest.mark.parametrize(
    "text, word, start",
    [
        (
            "Fans queued for tonight's show (August 4) at the arena.",
            "tonight",
            datetime(2026, 8, 2, 20),
        ),
        ("The storm hit yesterday, the day after the vote.", "yesterday", datetime(2026, 8, 1)),
        (
            "The vote was held yesterday; on August 4 the count begins.",
            "yesterday",
            datetime(2026, 8, 1),
        ),
    ],
)
def test_a_relative_word_with_no_date_apposed_is_counted_from_publication(text, word, start):
    (interval, deictic) = _read(text)[word]
    assert interval[0] == start
    assert deictic


@pytest.fixture
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


CONCERT = (
    "2026-08-02",
    "The band played tonight's (August 4) sold-out concert at the Riverside Arena in "
    "Dunmore, the promoter said.",
)
BRIDGE = (
    "2026-08-02",
    "Police closed the bridge tonight (August 4) after the storm, the council said.",
)
CONCERT_B = (
    "2026-08-05",
    "The band played a sold-out concert at the Riverside Arena in Dunmore on Tuesday night, "
    "the promoter said.",
)
BRIDGE_B = (
    "2026-08-05",
    "Police closed the bridge on Tuesday night after the storm, the council said.",
)


@pytest.mark.usefixtures("_lexical")
@pytest.mark.parametrize("a, b", [(CONCERT, CONCERT_B), (BRIDGE, BRIDGE_B)], ids=["year", "night"])
def test_the_dated_night_agrees_with_the_weekday_told_later(tmp_path, monkeypatch, a, b):
    """Read from publication, 'tonight' was the 2nd and 'August 4' a year before."""

    def conflicts(where):
        found = analyse_dated(where, a, b).discrepancies
        return [d for d in found if d.verdict == Verdict.CONFLICT]

    (tmp_path / "now").mkdir()
    (tmp_path / "before").mkdir()
    assert not conflicts(tmp_path / "now")
    monkeypatch.setattr(find, "relatives_with_their_dates", lambda text, ms: ms)
    assert conflicts(tmp_path / "before")
