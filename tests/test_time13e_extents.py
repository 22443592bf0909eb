"""Issue 12, session 10: the article and ordinal before a counted length are
part of it ("the first nine months", "the nine months", "the year-earlier
six months"), as TimeML marks them and an editor reads them: a reporting
span, not any nine months. Windows ("the past nine months") were already
whole; adjectives ("the 90-day period") and "a year" are not widened.
Cases are our own."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import compare, find_times
from workbench.model import Verdict

PUB = date(2014, 11, 4)


def found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_times(text, PUB)]


@pytest.mark.parametrize(
    "text, want",
    [
        ("In the first nine months, net income rose 4%.", ("the first nine months", "P9M")),
        ("Net for the nine months was $254 million.", ("the nine months", "P9M")),
        ("Sales in the latest six months fell to $1.2 billion.", ("the latest six months", "P6M")),
        ("That compares with $3 million in the year-earlier nine months.",
         ("the year-earlier nine months", "P9M")),
        ("The rebels held the town for the first two years of the war.",
         ("the first two years", "P2Y")),
        ("He spent the four days in a cell.", ("the four days", "P4D")),
        ("Over the 12 weeks, prices rose 8%.", ("the 12 weeks", "P12W")),
        ("Over the past nine months, prices rose.", ("the past nine months", "P9M")),
    ],
)  # fmt: skip
def test_the_article_and_ordinal_belong_to_the_length(text, want):
    assert found(text) == [want]


@pytest.mark.parametrize(
    "text, want",
    [
        ("The bank set aside $2 billion for the 90-day period.", [("90-day", "P90D")]),
        ("It took nine months to build.", [("nine months", "P9M")]),
        ("The first buyers waited nine months.", [("nine months", "P9M")]),
        ("Talks ran the whole day.", []),
    ],
)
def test_other_lengths_keep_their_extent(text, want):
    assert found(text) == want


def test_the_widened_span_still_compares_with_the_bare_length():
    a = find_times("In the first nine months, net rose 4%.", PUB)[0]
    b = find_times("Net rose 4% in nine months.", PUB)[0]
    assert compare(a, b, "L", "R").verdict in (Verdict.IDENTICAL, Verdict.CONSISTENT)
