"""'last Thursday' in a paper of Sunday 14 Dec 2008 is read as the most recent
Thursday (11 Dec: British and American news copy, session 36; until then the
previous calendar week's, 4 Dec, which fresh readers judged a week early) but
some mean the previous calendar week's (4 Dec): against a source that states
that day the pair is unresolved, never a conflict (trial 22 saw a confident
conflict and a wrong correction invited); a day that is neither reading still
conflicts."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times
from workbench.facts.time.compare import compare


def _one(text: str, pub: date):
    (m,) = find_times(text, pub)
    return m


@pytest.mark.parametrize(
    ("last", "pub", "stated", "stated_pub", "verdict"),
    [
        ("last Thursday", date(2008, 12, 14), "on Dec. 11", date(2008, 12, 13), "consistent"),
        ("last Thursday", date(2008, 12, 14), "on Dec. 4", date(2008, 12, 13), "unresolved"),
        ("last Thursday", date(2008, 12, 14), "on Dec. 5", date(2008, 12, 13), "conflict"),
        ("last Thursday", date(2008, 12, 13), "on Dec. 11", date(2008, 12, 13), "consistent"),
        ("last Thursday", date(2008, 12, 13), "on Dec. 4", date(2008, 12, 13), "unresolved"),
        ("last Tuesday", date(2021, 6, 26), "on June 22", date(2021, 6, 25), "consistent"),
        ("last Tuesday", date(2021, 6, 26), "on June 15", date(2021, 6, 25), "unresolved"),
        ("last Monday", date(2019, 1, 31), "on January 28", date(2019, 1, 30), "consistent"),
        ("last Monday", date(2019, 1, 31), "on January 21", date(2019, 1, 30), "unresolved"),
    ],
)
def test_the_two_readings_of_last_weekday(last, pub, stated, stated_pub, verdict):
    a = _one(f"The office was evacuated {last}, police said.", pub)
    b = _one(f"The office was evacuated {stated}, police said.", stated_pub)
    for x, y in ((a, b), (b, a)):
        assert str(compare(x, y, "A", "B").verdict) == verdict


@pytest.mark.parametrize(
    ("text", "pub"),
    [
        ("They met last Thursday.", date(2008, 12, 12)),  # 11 Dec would be 'yesterday'
        ("They met last Friday.", date(2021, 6, 21)),  # the previous week's either way
        ("They met last Thursday night.", date(2008, 12, 14)),  # a part of the day: as before
    ],
)
def test_no_second_reading_where_there_is_no_doubt(text, pub):
    assert "or_day" not in dict(_one(text, pub).fields)


@pytest.mark.parametrize(
    ("text", "pub", "want"),
    [
        # a Sunday paper: the Wednesday four days before, never eleven
        ("The fire broke out last Wednesday.", date(2026, 12, 6), "2026-12-02"),
        ("Talks collapsed last Tuesday, officials said.", date(2024, 11, 3), "2024-10-29"),
        # a Thursday paper: Monday three days before
        ("The plant closed last Monday.", date(2019, 1, 31), "2019-01-28"),
        # the day before publication or the day itself: a week earlier
        ("They met last Saturday.", date(2026, 12, 6), "2026-11-28"),
        ("They met last Sunday.", date(2026, 12, 6), "2026-11-29"),
        ("They met last Thursday.", date(2008, 12, 12), "2008-12-04"),
        # a part of the day follows its day
        ("The storm hit last Friday night.", date(2026, 12, 6), "2026-12-04TNI"),
        # "previous Monday" keeps the previous calendar week's (Recognizers' reading)
        ("It should be next Monday or previous Monday.", date(2018, 11, 15), "2018-11-05"),
    ],
)
def test_last_weekday_is_the_most_recent_one(text, pub, want):
    assert find_times(text, pub)[-1].timex == want
