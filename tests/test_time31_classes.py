"""Issue 12, session 24 (time31): classes of news time expressions, own cases.

A story told about an earlier year goes on in that year: a month, day or season
written without its year after a date counted from one that wrote the year ("On
March 3, 2009 ... Two days later ... On March 10") or after a month of that year
("The trial opened in January 2008 ... It resumed in the spring") is of the story's
year, not the publication's (:mod:`workbench.facts.time.narrative`). So is "the
month" or "the year" of a past clause after the story's date ("struck on Oct. 3.
By the end of the month, 500 had died": October), where "this month" would be the
publication's. "A week earlier" leading its sentence and "a week later", "a month
later" beside a date of the sentence are counted from that date
(:mod:`workbench.facts.time.laterby`); they were left unread or read as lengths."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import doc_values

from workbench.facts.time import find_times_in_document

JUNE = date(2010, 6, 16)
NOV = date(2012, 11, 20)


@pytest.mark.parametrize(
    "pub, sentences, expr, want",
    [
        (
            JUNE,
            (
                "The storm struck on March 3, 2009.",
                "Two days later, the river burst its banks.",
                "On March 10, the army arrived.",
            ),
            "March 10",
            "2009-03-10",
        ),
        (
            NOV,
            (
                "The plant was seized on Feb. 2, 2011.",
                "A week later the owners fled abroad.",
                "Production stopped in April.",
            ),
            "April",
            "2011-04",
        ),
        (
            JUNE,
            (
                "The trial opened in January 2008.",
                "A month later, the judge fell ill.",
                "The case resumed in the spring.",
            ),
            "the spring",
            "2008-SP",
        ),
        (
            NOV,
            ("Talks began on 4 March 2011.", "They collapsed in the summer."),
            "the summer",
            "2011-SU",
        ),
    ],
)
def test_the_story_goes_on_in_its_year(pub, sentences, expr, want) -> None:
    assert doc_values(pub, *sentences)[-1][expr] == want


@pytest.mark.parametrize(
    "pub, sentences, expr, want",
    [
        # a date of the publication's own year: the month stays in it
        (
            JUNE,
            ("The storm struck on March 3.", "Two days later it moved on.", "On May 10 it ended."),
            "May 10",
            "2010-05-10",
        ),
        # told ahead: a plan keeps the coming season
        (
            JUNE,
            ("The trial opened in January 2008.", "It will resume in the spring."),
            "the spring",
            "2011-SP",
        ),
        # a year alone is a frame of comparison, not the story's day
        (
            NOV,
            ("Sales doubled in 2009.", "The new model went on sale in the summer."),
            "the summer",
            "2012-SU",
        ),
    ],
)
def test_the_publication_year_is_kept(pub, sentences, expr, want) -> None:
    assert doc_values(pub, *sentences)[-1][expr] == want


# A year of hundreds written as a plural is the hundred years it opens; the 2000s
# stay a decade (:mod:`workbench.facts.time.eras`).
@pytest.mark.parametrize(
    "text, expr, want",
    [
        ("The tradition dates back to the 1800s.", "the 1800s", "18"),
        ("The mill was built in the late 1700s.", "the late 1700s", "17"),
        ("Most of the houses went up in the early 1900s.", "the early 1900s", "19"),
        ("The firm grew fast in the 2000s.", "the 2000s", "200"),
        ("Unemployment peaked in the mid-1980s.", "the mid-1980s", "198"),
        ("He was born in the 1910s.", "the 1910s", "191"),
    ],
)
def test_hundreds_are_a_century_other_tens_a_decade(text, expr, want) -> None:
    assert doc_values(JUNE, text)[0][expr] == want


def test_the_late_part_of_a_century_is_its_last_part() -> None:
    (m,) = find_times_in_document(["The mill was built in the late 1700s."], JUNE)[0]
    assert (m.interval[0].year, m.interval[1].year) > (1750, 1750)
    assert m.value.startswith("the late 1700s")


# A quarter or half named by its months, as results copy from the wire writes it
# (:mod:`workbench.facts.time.monthspan`).
@pytest.mark.parametrize(
    "text, expr, want",
    [
        (
            "Profit fell 20 percent in the July-September quarter.",
            "the July-September quarter",
            "2009-Q3",
        ),
        (
            "Sales jumped in the October-December period, it said.",
            "the October-December period",
            "2009-Q4",
        ),
        (
            "The economy shrank in the January-March quarter of 2008.",
            "the January-March quarter of 2008",
            "2008-Q1",
        ),
        (
            "Exports grew in the July-to-September quarter.",
            "the July-to-September quarter",
            "2009-Q3",
        ),
        (
            "It lost money in the April through June period last year.",
            "the April through June period last year",
            "2009-Q2",
        ),
        (
            "The firm expects profit in the October-December quarter to rise.",
            "the October-December quarter",
            "2010-Q4",
        ),
        ("The carmaker will report April-June results next month.", "April-June", "2010-Q2"),
        ("Its January-June net profit rose 5 percent.", "January-June", "2010-H1"),
        ("Its July-December sales slipped.", "July-December", "2009-H2"),
    ],
)
def test_a_quarter_or_half_named_by_its_months(text, expr, want) -> None:
    assert doc_values(JUNE, text)[0][expr] == want


@pytest.mark.parametrize(
    "text, absent",
    [
        # no calendar quarter: a fiscal span keeps the months' own readings
        ("Sales rose in the November-January quarter.", "the November-January quarter"),
        # a range of months with no period noun is a range, read by its ends
        ("The festival runs from April to June.", "April to June"),
    ],
)
def test_other_spans_of_months_are_not_a_quarter(text, absent) -> None:
    assert absent not in doc_values(JUNE, text)[0]


@pytest.mark.parametrize(
    "pub, sentences, expr, want",
    [
        (
            NOV,
            ("The quake struck on Oct. 3.", "By the end of the month, 500 had died."),
            "the end of the month",
            "2012-10",
        ),
        (
            NOV,
            ("The firm was founded in March 2001.", "By the end of the year it had 100 staff."),
            "the end of the year",
            "2001",
        ),
        (
            NOV,
            ("The dam burst on 4 September, and later in the month the valley was cleared.",),
            "later in the month",
            "2012-09",
        ),
        (
            JUNE,
            ("Troops landed in the summer of 2003.", "Earlier in the year, talks had failed."),
            "Earlier in the year",
            "2003",
        ),
    ],
)
def test_the_month_or_year_of_the_story(pub, sentences, expr, want) -> None:
    assert doc_values(pub, *sentences)[-1][expr] == want


@pytest.mark.parametrize(
    "pub, sentences, expr, want",
    [
        # told ahead: the publication's month
        (
            NOV,
            (
                "The quake struck on Oct. 3.",
                "By the end of the month, officials expect 500 deaths.",
            ),
            "the end of the month",
            "2012-11",
        ),
        # the story's date is the publication's month already
        (
            NOV,
            ("The quake struck on Nov. 2.", "By the end of the month, 500 had died."),
            "the end of the month",
            "2012-11",
        ),
        # a year-back comparison is no date of the story
        (
            NOV,
            ("Profit rose from a year ago.", "Use was delayed earlier in the year by rain."),
            "earlier in the year",
            "2012",
        ),
    ],
)
def test_the_month_or_year_of_publication_is_kept(pub, sentences, expr, want) -> None:
    assert doc_values(pub, *sentences)[-1][expr] == want


@pytest.mark.parametrize(
    "pub, sentences, expr, want",
    [
        (
            NOV,
            ("The quake struck on Oct. 3.", "A week earlier, scientists had warned of it."),
            "A week earlier",
            "2012-09-26",
        ),
        (
            NOV,
            ("The quake struck on Oct. 3, and a week later aid arrived.",),
            "a week later",
            "2012-10-10",
        ),
        (
            JUNE,
            ("The dam broke in March 2009, and a month later the town was empty.",),
            "a month later",
            "2009-04",
        ),
        (
            NOV,
            ("Sales rose 2 percent in September from a month earlier.",),
            "a month earlier",
            "2012-08",
        ),
    ],
)
def test_one_week_or_month_counted_from_the_story(pub, sentences, expr, want) -> None:
    assert doc_values(pub, *sentences)[-1][expr] == want


def test_a_week_earlier_with_no_date_told_stays_unread() -> None:
    assert doc_values(NOV, "A week earlier, scientists had warned of it.") == [{}]


# A unit with no number before "of" and something done ("months of talks", "after
# years of war") or after a verb of taking with its "to" ("took years to rebuild") is
# a length with no number, as TimeML marks it (:func:`workbench.facts.time.spans.r_bare_plural`).
@pytest.mark.parametrize(
    "text, expr, want",
    [
        ("The agreement follows months of talks.", "months", "PXM"),
        ("After years of war, the country is rebuilding.", "years", "PXY"),
        ("Decades of neglect left the city in ruins.", "Decades", "PXY"),
        ("The deal came after weeks of negotiations.", "weeks", "PXW"),
        ("It took years to recover.", "years", "PXY"),
        ("It could take months to repair the bridge.", "months", "PXM"),
    ],
)
def test_a_length_with_no_number(text, expr, want) -> None:
    assert doc_values(NOV, text)[0][expr] == want


@pytest.mark.parametrize(
    "text",
    [
        "The years of his rule were hard.",  # a stretch named by whose it is
        "Within days of the attack, troops arrived.",  # a bound from an event
        "The rebels will fight for years to come.",
        "She spent years of her life in prison.",
    ],
)
def test_no_length_where_the_unit_names_a_stretch(text) -> None:
    assert not any(v.startswith("PX") for v in doc_values(NOV, text)[0].values())


# The month a reported period runs to ("the three months to September", British and
# wire style) takes the year the verb's tense points at, as after "in"
# (:func:`workbench.facts.time.dates.r_month`); it took the nearer year whatever the tense.
@pytest.mark.parametrize(
    "text, want",
    [
        ("Production fell in the three months to September.", "2009-09"),
        ("Exports rose 4 percent in the six months to October, the agency said.", "2009-10"),
        ("The bank expects growth in the three months to September to slow.", "2010-09"),
    ],
)
def test_the_month_a_period_runs_to(text, want) -> None:
    months = [v for v in doc_values(JUNE, text)[0].values() if v[:2] in ("20", "19")]
    assert months == [want]
