"""The stage of the story a date is given to (issue 11, session 27, eng77).

Of the development misses that were dates kept apart by the judge, three were
dates of one happening read as dates of two: a death told as 'succumbed' against
'died', an examination told as 'underwent an MRI' against 'was examined' (and
the day of the coach's statement, 'said at practice on Wednesday that', read as
the examination's), and 'Today's admission from the company' read as the
edition of a thing, then, once paired with 'today the company announced' from
the day before, taken for a sign of formulaic daily reports. Sentences are made
up, in other domains and wordings; the patterns are real (ECB+ 04_ecb, 25_ecb,
27_ecbplus)."""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze_paths
from workbench.facts.dated_things import dated_thing
from workbench.facts.measure import dated_event_of


def _at(text: str, value: str) -> tuple[str, int, int]:
    i = text.index(value)
    return text, i, i + len(value)


def _dates(tmp_path, a: str, b: str, pub_a: str | None, pub_b: str | None):
    found = analyze_paths(pair(tmp_path, a, b, pub_a, pub_b)).discrepancies
    return sorted(
        (tuple(sorted(s.text for s in d.sides)), d.verdict.value) for d in found if d.kind == "date"
    )


# 1. A death and an examination told in other words are one stage each.


@pytest.mark.parametrize(
    ("text", "day", "stage"),
    [
        ("Yesterday in Lyon, the veteran actor succumbed to a long illness.", "Yesterday",
         "incident"),
        ("The former senator passed away on Sunday at his home in Vermont.", "Sunday",
         "incident"),
        ("The climber was pronounced dead at 9.15pm on Tuesday.", "Tuesday", "incident"),
        ("The striker underwent an MRI earlier this week.", "earlier this week", "examined"),
        ("Her shoulder was examined over the weekend by club doctors.", "the weekend",
         "examined"),
        ("The pitcher had a CT scan on Monday in Boston.", "Monday", "examined"),
        ("X-rays on Friday showed no fracture in the goalkeeper's wrist.", "Friday",
         "examined"),
    ],
)  # fmt: skip
def test_a_happening_in_other_words_is_its_stage(text, day, stage):
    assert dated_event_of(*_at(text, day)) == stage


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The medical examiner's office released its report on Monday.", "Monday"),
        ("The witness was cross-examined on Tuesday by the defence.", "Tuesday"),
    ],
)
def test_an_examiner_or_a_cross_examination_is_no_examination(text, day):
    assert dated_event_of(*_at(text, day)) != "examined"


def test_giving_in_is_no_death():
    text = "The government succumbed to pressure from farmers on Monday."
    assert dated_event_of(*_at(text, "Monday")) != "incident"


# 2. Where a statement was made, between its verb and its day, keeps the day its own.


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The ankle was examined over the weekend and the coach said at practice on "
         "Wednesday that the team would rest him.", "Wednesday"),
        ("The plant was shut in May and the company said in a statement Friday that it "
         "would not reopen.", "Friday"),
        ("Two men were arrested and the chief told the BBC on Sunday that more arrests "
         "would follow.", "Sunday"),
        ("The vote was delayed and the mayor said during a briefing on Monday that it "
         "would be held in June.", "Monday"),
    ],
)  # fmt: skip
def test_a_statement_day_after_where_it_was_said(text, day):
    assert dated_event_of(*_at(text, day)) == "announced"


# 3. An act of telling named after a possessive date dates the telling.


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Today's admission from the bank will not calm investors.", "Today"),
        ("Tuesday's statement by the ministry named no suspects.", "Tuesday"),
        ("Yesterday's remarks from the coach angered fans.", "Yesterday"),
        ("Monday's press conference at the town hall was short.", "Monday"),
    ],
)
def test_a_telling_noun_is_no_thing(text, day):
    assert dated_thing(*_at(text, day)) == ()


def test_an_edition_is_still_a_thing():
    assert dated_thing(*_at("Last year's budget cut school funding.", "Last year"))


# 4. In the judge: the dates are compared.


@pytest.mark.parametrize(
    ("a", "b", "pair_"),
    [
        ("The striker underwent an MRI earlier this week, and the manager decided to "
         "rest him for the cup tie.",
         "The striker's knee was examined over the weekend and the manager said at "
         "training on Thursday that he would be rested for the cup tie.",
         ("earlier this week", "the weekend")),
        ("The goalkeeper had X-rays last week, and the club ruled him out of the derby.",
         "The goalkeeper's wrist was scanned on Saturday and the club said in a statement "
         "on Monday that he would miss the derby.",
         ("Saturday", "last week")),
    ],
)  # fmt: skip
def test_one_examination_in_other_words_is_compared(tmp_path, a, b, pair_):
    dates = _dates(tmp_path, a, b, None, None)
    assert [d for d, _ in dates] == [tuple(sorted(pair_))]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Yesterday in Lyon, the veteran actor succumbed to complications from a stroke.",
            "The veteran actor died on Thursday night at a hospital in Lyon after a stroke.",
        ),
        (
            "The climber was pronounced dead early this week, rescuers said.",
            "The climber died over the weekend on the north face.",
        ),
        (
            "The former senator passed away last week, his office said.",
            "The former senator died on Saturday at his farm.",
        ),
    ],
)
def test_a_death_in_other_words_is_compared(tmp_path, a, b):
    assert _dates(tmp_path, a, b, None, None)


@pytest.mark.parametrize(
    ("a", "b", "gap"),
    [
        # a day apart: a question about the dateline
        ("Today's admission from the bank will not calm investors: it confirmed that "
         "a fault exposed the data of 40,000 customers.",
         "Today the bank announced that a fault had exposed the data of 40,000 customers.",
         ("2024-03-13", "2024-03-12")),
        # two days apart: one of the days is wrong (or a publication date is)
        ("Tuesday's statement from the ministry confirmed that two soldiers were wounded "
         "near the border.",
         "The ministry announced on Monday that two soldiers were wounded near the border.",
         ("2024-03-14", "2024-03-13")),
    ],
)  # fmt: skip
def test_one_telling_dated_from_two_days_is_compared(tmp_path, a, b, gap):
    assert _dates(tmp_path, a, b, *gap)


def test_formulaic_daily_reports_are_still_set_aside(tmp_path):
    a = "Shares in the miner fell 3% today as copper prices slid in London trading."
    b = "Shares in the miner fell 4% today as copper prices slid in London trading."
    found = analyze_paths(pair(tmp_path, a, b, "2024-03-12", "2024-03-13")).discrepancies
    assert not found


# 5. Months named without their years, read in one year, months apart.

FAR, YEAR_APART = ("2024-11-02", "2024-12-20"), ("2024-11-02", "2025-12-20")


def _far(tmp_path, a: str, b: str, pubs=FAR, without=()):
    from workbench import judge

    with judge.rules.without(*without):
        found = analyze_paths(pair(tmp_path, a, b, *pubs)).discrepancies
    return [(d.verdict.value, *sorted(s.text for s in d.sides)) for d in found if d.kind == "date"]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("In August, the state Supreme Court tossed out the pastor's fraud conviction.",
         "The state Supreme Court overturned the pastor's fraud conviction in July, lawyers "
         "said.",
         ("conflict", "August", "July")),
        ("The city council approved the new harbour budget on March 3 after two delays.",
         "The city council approved the harbour budget on March 10, after months of debate.",
         ("conflict", "March 10", "March 3")),
        ("The airline grounded its fleet of new jets in October after an engine fault.",
         "The airline grounded its new jets in September after an engine fault, regulators "
         "said.",
         ("conflict", "October", "September")),
    ],
)  # fmt: skip
def test_months_of_one_year_are_compared_months_apart(tmp_path, a, b, expected):
    assert expected in _far(tmp_path, a, b)
    # read in two different years (the reports a year apart), they are set aside
    assert expected not in _far(tmp_path, a, b, pubs=YEAR_APART)
    assert expected in _far(tmp_path, a, b, pubs=YEAR_APART, without=("published_far_apart",))


def test_weekdays_months_apart_stay_set_aside(tmp_path):
    # each weekday is counted from its own report's day: two different days
    a = "The city council approved the new harbour budget on Monday after two delays."
    b = "The city council approved the harbour budget on Tuesday, after months of debate."
    assert _far(tmp_path, a, b) == []
    assert _far(tmp_path, a, b, without=("published_far_apart",))
