"""Issue 12, session 18: a day named after the present passive of an expectation or
a plan ("the verdict is expected Thursday", "a ruling is expected on Monday", "the
vote is set for Saturday", "the hearing is planned for Monday") lies ahead, as it
does after "is expected to" or "is scheduled for"; it was read as the day before
publication (the weak present "is" was the nearest cue). The past of the same words
("was expected Tuesday but was delayed") still looks back. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times

WED = date(2004, 9, 15)  # a Wednesday
MON = date(2011, 5, 2)  # a Monday


def read(text: str, pub: date) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_times(text, pub)]


@pytest.mark.parametrize(
    "text, pub, want",
    [
        ("The verdict is expected Thursday.", WED, [("Thursday", "2004-09-16")]),
        ("A ruling is expected on Monday.", WED, [("Monday", "2004-09-20")]),
        ("Sales figures are expected Friday from the agency.", MON, [("Friday", "2011-05-06")]),
        ("An announcement is widely expected on Tuesday.", WED, [("Tuesday", "2004-09-21")]),
        ("The vote is set for Saturday.", MON, [("Saturday", "2011-05-07")]),
        ("The hearing is planned for Monday.", WED, [("Monday", "2004-09-20")]),
        (
            "Talks are now scheduled for Thursday in Oslo.",
            MON,
            [("now", "PRESENT_REF"), ("Thursday", "2011-05-05")],
        ),
        ("The launch is slated for Sunday, weather permitting.", WED, [("Sunday", "2004-09-19")]),
        # the past of the same words still looks back
        (
            "The jury's verdict was expected Tuesday but was delayed.",
            WED,
            [("Tuesday", "2004-09-14")],
        ),
        ("Results were expected Saturday.", MON, [("Saturday", "2011-04-30")]),
    ],
)
def test_expected_or_planned_day_lies_ahead(text, pub, want):
    assert read(text, pub) == want
