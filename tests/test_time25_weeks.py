"""Issue 12, session 20 (time25): which week a weekday falls in, and which year a day
without its year falls in, when the verb that dates it is not the nearest cue.

A weekday a week off or a day a year off makes a false conflict on real copy. The
classes, each with our own sentences:

- a past verb of agreeing or promising governs the day before it ("Iraq on Monday
  agreed to allow inspections", "freed two hostages Sunday and promised to free
  more"): only what follows its "to" lies ahead (it was read as the next Monday);
- "next to", "next door" are places, not a future cue;
- a modal inside a relative clause set off by commas ("the minister, who might
  resign, faced questions Monday") does not date the main clause; a list after the
  relative pronoun ("who stepped down as chairman, president and chief executive in
  March") is not taken for such a clause;
- a trailing attribution ("..., officials said", "..., Albright told reporters")
  gives way to the clause's own modal or future verb ("Iraq must let inspectors in by
  Sunday, Albright said" is the coming Sunday); it still dates what has no verb of
  its own nearer, and "he said the talks would fail" (a clause after it) is no
  attribution;
- a plan told in the past ("was scheduled to arrive Tuesday", "were expected to
  return Monday") is the occurrence nearest publication, either side;
- a month and day without a year that fell at most a month before publication is
  this year's even under a future verb or a deadline ("the strike could end by March
  2" in a March 4 story): not the next year's, eleven months ahead.
"""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times

WED = date(1998, 3, 4)  # a Wednesday
THU = date(2003, 11, 20)  # a Thursday
JAN = date(2001, 1, 9)  # a Tuesday, early in the year


def read(text: str, pub: date) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_times(text, pub)]


@pytest.mark.parametrize(
    "text, pub, want",
    [
        # a past verb of agreeing or promising after the day
        ("Iraq on Monday agreed to allow inspections.", WED, [("Monday", "1998-03-02")]),
        ("The unions on Tuesday agreed to end the strike.", THU, [("Tuesday", "2003-11-18")]),
        (
            "Rebels freed two hostages Sunday and promised to free more.",
            THU,
            [("Sunday", "2003-11-16")],
        ),
        # ... while what follows its "to" still lies ahead
        (
            "The company agreed to pay the fine on Friday.",
            WED,
            [("Friday", "1998-03-06")],
        ),
        # "next to" is a place
        ("He sat next to the president on Monday.", WED, [("Monday", "1998-03-02")]),
        ("The bomb went off next door on Tuesday.", THU, [("Tuesday", "2003-11-18")]),
        # a modal inside a relative clause set off by commas
        (
            "On Monday, the minister, who might resign, faced questions.",
            WED,
            [("Monday", "1998-03-02")],
        ),
        (
            "The senator, who would not comment, voted against the bill Tuesday.",
            THU,
            [("Tuesday", "2003-11-18")],
        ),
        # a trailing attribution gives way to the clause's modal
        (
            "Iraq must let inspectors in by Sunday, Albright said.",
            WED,
            [("Sunday", "1998-03-08")],
        ),
        (
            "The talks could resume on Monday, a diplomat told reporters.",
            THU,
            [("Monday", "2003-11-24")],
        ),
        ("Prices fell Monday, traders said.", WED, [("Monday", "1998-03-02")]),
        (
            "Speaking on Monday, he said the talks would fail.",
            WED,
            [("Monday", "1998-03-02")],
        ),
        # a plan told in the past: the occurrence nearest publication
        (
            "He was scheduled to arrive Tuesday, but the trip was cancelled.",
            WED,
            [("Tuesday", "1998-03-03")],
        ),
        ("Workers were expected to return Monday.", WED, [("Monday", "1998-03-02")]),
        ("The vote was set for Saturday.", THU, [("Saturday", "2003-11-22")]),
        ("The vote is set for Tuesday.", WED, [("Tuesday", "1998-03-10")]),
        # a day just past under a future verb or a deadline is this year's
        (
            "The strike could end by March 2, union leaders had said.",
            WED,
            [("March 2", "1998-03-02")],
        ),
        (
            "The company said it would pay the dividend on Dec. 28.",
            JAN,
            [("Dec. 28", "2000-12-28")],
        ),
        (
            "Officials said the road should reopen by Nov. 3.",
            THU,
            [("Nov. 3", "2003-11-03")],
        ),
        # ... while a day further back under a future verb is next year's
        ("The centre will open on Sept. 2.", THU, [("Sept. 2", "2004-09-02")]),
        ("Applications will close on Nov. 3.", THU, [("Nov. 3", "2004-11-03")]),
        ("The offer is open until Nov. 3.", THU, [("Nov. 3", "2003-11-03")]),
        ("The deal should close on Jan. 15.", date(1997, 12, 20), [("Jan. 15", "1998-01-15")]),
    ],
)
def test_which_week_and_year(text: str, pub: date, want: list[tuple[str, str]]) -> None:
    assert read(text, pub) == want


def test_a_list_after_who_is_not_a_relative_clause() -> None:
    text = (
        "He succeeds Mr. Taylor, who stepped down as chairman, president and chief "
        "executive in March for health reasons."
    )
    assert read(text, date(1989, 11, 2)) == [("March", "1989-03")]
