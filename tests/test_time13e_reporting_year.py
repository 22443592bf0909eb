"""Issue 12, session 10: the year a report is about, named without its number
("sales for the full year", "for the year, volume was flat", "a loss for the
entire year", "the latest fiscal year") was not read at all. It is the year
the sentence or an earlier results sentence reports on, else the
publication's year (the year before for full-year results published in
January-March). Cases are our own."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times, find_times_in_document

OCT = date(1989, 10, 30)
FEB = date(2010, 2, 3)


def found(text: str, pub: date = OCT) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_times(text, pub)]


@pytest.mark.parametrize(
    "text, pub, want",
    [
        ("Sales for the full year were $6.6 billion, up 13%.", OCT, [("the full year", "1989")]),
        ("For the year, pet food volume was flat, the company said.", OCT,
         [("the year", "1989")]),
        ("Kellogg forecast an earnings increase for the full year.", OCT,
         [("the full year", "1989")]),
        ("The drop will result in lower earnings for the fiscal year.", OCT,
         [("the fiscal year", "1989")]),
        ("Provigo had sales of C$7.38 billion in the latest fiscal year.", OCT,
         [("the latest fiscal year", "1988")]),
        # full-year results published early in the next year are last year's
        ("For the full year, the bank earned $4.1 billion.", FEB, [("the full year", "2009")]),
        # a year written before it in the sentence is the year reported on
        ("GM lost $4.8 billion in the fourth quarter of 2005 and $8.6 billion for the entire "
         "year.", OCT, [("the fourth quarter of 2005", "2005-Q4"), ("the entire year", "2005")]),
    ],
)  # fmt: skip
def test_the_year_a_report_is_about(text, pub, want):
    assert found(text, pub) == want


@pytest.mark.parametrize(
    "text",
    [
        "He was named Person of the Year.",
        "In the year of the flood, the village moved.",  # not a report's sentence
        "She saved hard for the year before the wedding, spending $5 a day.",
        "The fund lost money for the year ended Sept. 30.",  # the period named by its end
        "Sales for the last fiscal year rose 5%.",  # also a window: left alone
    ],
)
def test_not_the_year_a_report_is_about(text):
    assert not [t for t, v in found(text) if "year" in t.lower() and v.isdigit()]


def test_a_period_named_in_an_earlier_results_sentence_sets_the_year():
    sentences = [
        "GM lost $4.8 billion in the fourth quarter of 2005.",
        "For the full year, the loss came to $8.6 billion.",
    ]
    found_ = find_times_in_document(sentences, date(2006, 5, 2))
    assert [(m.text, m.timex) for m in found_[1]] == [("the full year", "2005")]
    alone = find_times(sentences[1], date(2006, 5, 2))
    assert [(m.text, m.timex) for m in alone] == [("the full year", "2006")]
