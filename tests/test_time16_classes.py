"""Issue 12, session 16: classes an editor would also call wrong, with our own
sentences: a mixed number written with a hyphen ("a 2-1/2 year sentence"), a part
of a period named by its smaller units ("the final months of 1997", "the first
weeks of March"), a fiscal year written across two calendar years ("the 1996-97
fiscal year") and "a day earlier" counted from the day the story names."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from workbench.facts.time import compare, find_times, find_times_in_document

PUB = date(2003, 5, 14)  # a Wednesday


def read(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_times(text, PUB)]


@pytest.mark.parametrize(
    "text, want",
    [
        ("She was handed a 2-1/2 year sentence.", [("2-1/2 year", "P2.5Y")]),
        ("The job took 4-1/2 months.", [("4-1/2 months", "P4.5M")]),
        ("A 3-1/2 hour delay followed.", [("3-1/2 hour", "PT210M")]),
        ("The strike lasted 1 1/2 days.", [("1 1/2 days", "PT36H")]),
        ("The stock rose 2-1/2 points.", []),  # not a length of time
    ],
)  # fmt: skip
def test_a_mixed_number_with_a_hyphen_keeps_its_whole_part(text, want):
    assert read(text) == want


@pytest.mark.parametrize(
    "text, want, part",
    [
        ("Prices fell in the final months of 2001.", ("the final months of 2001", "2001"), "late"),
        ("Prices fell in the last months of 2001.", ("the last months of 2001", "2001"), "late"),
        ("Hiring picked up in the first months of 2002.",
         ("the first months of 2002", "2002"), "early"),
        ("Snow fell in the closing days of March 2002.",
         ("the closing days of March 2002", "2002-03"), "end of"),
        ("Talks began in the opening weeks of 1999.",
         ("the opening weeks of 1999", "1999"), "start of"),
        ("Sales dipped in the first few weeks of the summer.",
         ("the first few weeks of the summer", "2002-SU"), "start of"),
    ],
)  # fmt: skip
def test_a_part_of_a_period_named_by_its_smaller_units(text, want, part):
    (m,) = find_times(text, PUB)
    assert (m.text, m.timex) == want
    assert m.part == part


def test_the_final_months_do_not_reach_back_to_january():
    a = find_times("Sales slowed in the final months of 2001.", PUB)[0]
    b = find_times("Sales slowed in February 2001.", PUB)[0]
    c = find_times("Sales slowed in November 2001.", PUB)[0]
    assert compare(a, b, "A", "B").verdict.name == "CONFLICT"
    assert compare(a, c, "A", "B").verdict.name != "CONFLICT"


def test_a_numbered_span_of_months_is_still_a_length():
    assert read("Sales rose in the first nine months of 2002.") == [
        ("the first nine months", "P9M"),
        ("2002", "2002"),
    ]


@pytest.mark.parametrize(
    "text, want",
    [
        ("Profit in the 1996-97 fiscal year rose 12%.", ("the 1996-97 fiscal year", "FY1997")),
        ("Revenue in fiscal 2001-02 was flat.", ("fiscal 2001-02", "FY2002")),
        ("Spending in the 2000/01 financial year grew.", ("the 2000/01 financial year", "FY2001")),
        ("The 2019-2020 budget year starts in October.", ("The 2019-2020 budget year", "FY2020")),
        ("Results for fiscal year 1999-00 were restated.", ("fiscal year 1999-00", "FY2000")),
    ],
)  # fmt: skip
def test_a_fiscal_year_written_across_two_calendar_years(text, want):
    m = find_times(text, PUB)[0]
    assert (m.text, m.timex) == want
    y = int(want[1][2:])
    assert m.interval == (datetime(y - 1, 1, 1), datetime(y + 1, 1, 1))


@pytest.mark.parametrize(
    "text",
    [
        "The 2001-02 season was his best.",  # a sports season: left alone as before
        "Prices rose in 1996-97.",
        "Profit in the 1996-98 fiscal years rose.",  # not one year
    ],
)
def test_two_years_without_a_fiscal_word_are_not_a_fiscal_year(text):
    assert all(not m.timex.startswith("FY") for m in find_times(text, PUB))


def test_a_fiscal_year_allows_both_its_calendar_years():
    fy = find_times("Profit in the 2001-02 fiscal year rose.", PUB)[0]
    for other in ("Profit rose in 2001.", "Profit rose in 2002."):
        assert compare(fy, find_times(other, PUB)[0], "A", "B").verdict.name != "CONFLICT"
    before = find_times("Profit rose in 1999.", PUB)[0]
    assert compare(fy, before, "A", "B").verdict.name == "CONFLICT"


@pytest.mark.parametrize(
    "sentences, want",
    [
        (["The talks collapsed on Tuesday.", "A day earlier, the envoy had left."],
         ("A day earlier", "2003-05-12")),
        (["The bridge reopened on Saturday.", "One day later it closed again."],
         ("One day later", "2003-05-11")),
        (["Police said on Monday that a day earlier three men were held."],
         ("a day earlier", "2003-05-11")),
    ],
)  # fmt: skip
def test_a_day_earlier_counts_from_the_day_the_story_names(sentences, want):
    found = [(m.text, m.timex) for ms in find_times_in_document(sentences, PUB) for m in ms]
    assert want in found


def test_a_day_earlier_with_no_day_named_stays_unread():
    assert read("A day earlier, crowds had gathered at the gate.") == []


RESULTS_PUB = date(2004, 11, 10)  # a results season: the third quarter just reported


def read_results(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_times(text, RESULTS_PUB)]


@pytest.mark.parametrize(
    "text, want",
    [
        ("In the year-ago quarter, the first quarter ended Aug. 31, it lost $3 million.",
         [("the year-ago quarter", "2003-Q1"), ("the first quarter", "2003-Q1"),
          ("Aug. 31", "2003-08-31")]),
        ("In the year-earlier quarter ended Sept. 30, the bank earned $8 million.",
         [("the year-earlier quarter", "2003-Q3"), ("Sept. 30", "2003-09-30")]),
        ("Net was $3 million in the year-ago period, the three months ended Sept. 30.",
         [("the year-ago period", "2003-Q3"), ("the three months", "P3M"),
          ("Sept. 30", "2003-09-30")]),
        # the period of this year stays in this year
        ("Profit rose in the quarter ended Sept. 30 from the year-earlier quarter.",
         [("the quarter", "2004-Q3"), ("Sept. 30", "2004-09-30"),
          ("the year-earlier quarter", "2003-Q3")]),
        # a year written keeps its year
        ("In the year-ago quarter, the third quarter of 2003, sales fell.",
         [("the year-ago quarter", "2003-Q3"), ("the third quarter of 2003", "2003-Q3")]),
    ],
)  # fmt: skip
def test_a_period_named_again_beside_a_year_back_period_is_a_year_back(text, want):
    assert read_results(text) == want


@pytest.mark.parametrize(
    "text, pub, want",
    [
        ("This quarter's loss includes a $4 million charge.", RESULTS_PUB, "2004-Q3"),
        ("This quarter's earnings were hurt by the strike.", RESULTS_PUB, "2004-Q3"),
        ("This quarter's results will suffer, the company warned.", RESULTS_PUB, "2004-Q4"),
        ("This quarter's sales were strong.", date(2004, 12, 20), "2004-Q4"),
        ("Analysts expect this quarter to be weak.", RESULTS_PUB, "2004-Q4"),
    ],
)
def test_this_quarters_results_in_a_results_season_are_the_quarter_reported(text, pub, want):
    assert [m.timex for m in find_times(text, pub)] == [want]
