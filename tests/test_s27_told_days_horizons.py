"""Dates that are not the event's, horizons that are not durations, months not
compared, increments read as totals (issue 11, session 27; found on ECB+ 42_ecb,
43_ecb and 42_ecbplus). Sentences are made up, in other domains and wordings;
the patterns are real."""

from __future__ import annotations

import pytest
from conftest import pair

from workbench import judge
from workbench.analysis import analyze_paths
from workbench.facts.horizon import horizon_thing
from workbench.facts.measure import dated_event_of, measure_of, statement_dated
from workbench.facts.told_day import OWN_REPORT


def _flags(tmp_path, a: str, b: str, pub: str | None = "2024-03-13", without=()):
    with judge.rules.without(*without):
        return analyze_paths(pair(tmp_path, a, b, pub, pub)).discrepancies


def _at(text: str, value: str) -> tuple[str, int, int]:
    i = text.index(value)
    return text, i, i + len(value)


# 1. The day of a telling dates the telling, not what it tells.


@pytest.mark.parametrize(
    ("text", "day", "event"),
    [
        # the outlet's own earlier report
        ("On Monday, we reported on rumors that the phone would launch in February.", "Monday",
         OWN_REPORT),
        ("As we reported on Tuesday, the council will close the Main Street library.", "Tuesday",
         OWN_REPORT),
        ("We first reported Thursday that the mine would close by the summer.", "Thursday",
         OWN_REPORT),
        ("On Friday, we wrote that the airline would cut 300 jobs in Denver.", "Friday",
         OWN_REPORT),
        # a source's statement: a fronted day, or a day between the verb and its "that"
        ("Yesterday, officials explained that the bridge would reopen in March.", "Yesterday",
         "announced"),
        ("On Sunday, the club's chairman said the manager would stay.", "Sunday", "announced"),
        ("The fire chief told reporters on Friday that the blaze started on Wednesday.",
         "Friday", "announced"),
        ("The ministry noted Monday that exports fell in May.", "Monday", "announced"),
        # what the telling tells keeps its own stage
        ("The fire chief told reporters on Friday that the blaze started on Wednesday.",
         "Wednesday", "opens"),
        # no telling: the stage words of the clause decide
        ("On Monday, the man who said he was sick was arrested.", "Monday", "arrested"),
        ("On Friday, police arrested two men in Leeds.", "Friday", "arrested"),
    ],
)  # fmt: skip
def test_the_day_of_a_telling_dates_the_telling(text, day, event):
    assert dated_event_of(*_at(text, day)) == event


@pytest.mark.parametrize(
    ("text", "day", "told"),
    [
        ("Yesterday, officials explained that the bridge would reopen in March.", "Yesterday",
         True),
        ("As we reported on Tuesday, the council will close the library.", "Tuesday", True),
        # a passive "reported" dates what was reported, "reportedly" is a hedge
        ("The fire was reported at 3 a.m. on Sunday.", "Sunday", False),
        ("The singer was reportedly seen in Paris on Sunday.", "Sunday", False),
    ],
)  # fmt: skip
def test_a_telling_day_is_a_statement_day(text, day, told):
    assert statement_dated(*_at(text, day)) is told


def _dates(flags):
    return sorted(tuple(sorted(s.text for s in d.sides)) for d in flags if d.kind == "date")


def test_an_outlets_own_report_day_is_not_compared_with_the_launch(tmp_path):
    flags = _flags(
        tmp_path,
        "On Monday, we reported on rumors that Nokia would release the new handset on March 11.",
        "Nokia will launch the new handset in March.",
        None,
    )
    assert ("March", "Monday") not in _dates(flags)


def test_an_own_report_day_is_not_an_announcement_either(tmp_path):
    flags = _flags(
        tmp_path,
        "On Monday, we wrote that the airline would cut 300 jobs at its Denver hub.",
        "The airline announced on Tuesday that it would cut 300 jobs at its Denver hub.",
    )
    assert _dates(flags) == []


def test_two_statement_days_are_still_compared(tmp_path):
    flags = _flags(
        tmp_path,
        "The union said on Thursday that the strike at the port would go ahead.",
        "The union announced on Friday that the strike at the port would go ahead.",
    )
    assert _dates(flags) == [("Friday", "Thursday")]


# 2. A horizon is not a duration.


@pytest.mark.parametrize(
    ("text", "length", "thing"),
    [
        ("He kept his one-year price target of $21.", "one-year", ("price", "target")),
        ("The party unveiled a five-year plan to cut emissions.", "five-year", ("plan",)),
        ("The 10-year bond yield rose to 4%.", "10-year", ("bond", "yield")),
        ("She took out a 30-year mortgage last spring.", "30-year", ("mortgage",)),
        ("The stock hit a 52-week high on Friday.", "52-week", ("high",)),
        # a length of no named thing, of a happening or of a deal is the happening's own
        ("Prices rose over a two-year period.", "two-year", ()),
        ("The drivers will stage a 72-hour strike.", "72-hour", ()),
        ("He signed a two-year contract with the club.", "two-year", ()),
        ("It has an eight-hour battery life.", "eight-hour", ()),
        ("The deal had been anticipated for over a year.", "over a year", ()),
    ],
)  # fmt: skip
def test_a_compound_length_names_a_thing(text, length, thing):
    assert horizon_thing(*_at(text, length)) == thing


def _durations(flags):
    return [d for d in flags if d.kind == "duration"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("For now, the analyst said the takeover effectively meets his one-year price "
         "target of $21.", "The takeover, which had been anticipated for over a year, gives "
         "the chipmaker new graphics technology."),
        ("The bank kept its 12-month forecast for inflation at 3%.",
         "Inflation has stayed above 3% for 18 months, the bank said."),
        ("The couple took out a 30-year mortgage on the house in Leeds.",
         "The couple had rented the house in Leeds for 25 years."),
    ],
)  # fmt: skip
def test_a_horizon_is_not_a_duration(tmp_path, a, b):
    assert _durations(_flags(tmp_path, a, b)) == []
    # the row decides it: without it the lengths are compared
    assert _durations(_flags(tmp_path, a, b, without=("horizon_against_length",)))


def test_a_happenings_own_length_is_still_compared(tmp_path):
    flags = _flags(
        tmp_path,
        "The drivers will stage a 72-hour strike starting on 3 March.",
        "A three-day stoppage by the drivers is planned from 3 March.",
    )
    assert [d.verdict.value for d in _durations(flags)] == ["consistent"]


def test_lengths_of_one_named_thing_are_still_compared(tmp_path):
    flags = _flags(
        tmp_path,
        "United gave the striker a two-year contract.",
        "The striker joined United on a three-year contract.",
    )
    assert [d.verdict.value for d in _durations(flags)] == ["conflict"]


# 3. A relative month against a named month of one happening is compared.


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("T-Mobile says the phone is coming sometime this month.", "this month"),
        ("Nintendo says the new Zelda game arrives in shops this month.", "this month"),
        ("Toyota says its new hybrid is coming to dealers later this year.", "later this year"),
    ],
)
def test_a_product_coming_or_arriving_is_its_launch(text, date):
    assert dated_event_of(*_at(text, date)) == "launched"


def test_the_coming_months_are_no_launch():
    text = "Prices will keep rising in the coming months, the bank said."
    assert dated_event_of(*_at(text, "months")) != "launched"


def test_a_relative_month_is_compared_with_a_named_one(tmp_path):
    a = "T-Mobile is being coy and saying the new BlackBerry is coming sometime this month."
    b = "T-Mobile USA says it will release the new BlackBerry some time next month."
    flags = [d for d in _flags(tmp_path, a, b, None) if d.kind == "date"]
    assert [d.verdict.value for d in flags] == ["unresolved"]
    assert "publication date" in flags[0].explanation


def test_a_relative_month_resolved_against_a_named_one(tmp_path):
    a = "Nintendo says the new Zelda game arrives in shops this month."
    b = "Nintendo will release the new Zelda game in February."
    flags = [d for d in _flags(tmp_path, a, b, "2009-01-12") if d.kind == "date"]
    assert [d.verdict.value for d in flags] == ["conflict"]


def test_a_day_opening_a_joined_clause_is_no_rumour():
    text = "Rumors have been floating for weeks now and tonight the carrier has made it official."
    assert dated_event_of(*_at(text, "tonight")) == "announced"


# 4. An increment against a total is a question.


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The city will add three extra buses to the route.", "three"),
        ("The plant will cut a further 200 jobs.", "200"),
        ("Rescuers found a further two survivors overnight.", "two"),
        ("The agency hired an additional 40 inspectors.", "40"),
        ("The team signed five more players.", "five"),
    ],
)
def test_an_increment_is_read_as_one(text, value):
    assert measure_of(*_at(text, value)).role == "added"


@pytest.mark.parametrize(
    ("a", "b", "added"),
    [
        ("The city will run 12 buses on the airport route this summer.",
         "The city will add three extra buses on the airport route this summer.", "three"),
        ("The carmaker will cut 1,200 jobs at its Swindon plant.",
         "The carmaker will cut a further 200 jobs at its Swindon plant.", "200"),
    ],
)  # fmt: skip
def test_an_increment_against_a_total_is_a_question(tmp_path, a, b, added):
    flags = [d for d in _flags(tmp_path, a, b) if d.kind == "number"]
    assert [d.verdict.value for d in flags] == ["unresolved"]
    assert flags[0].rule == "increment_against_total"
    assert f"'{added}' counts what is added" in flags[0].explanation


def test_an_extra_sum_of_money_is_no_increment():
    # "an extra $25,000 for the course record" is the bonus another report calls
    # "a $25k bonus" (tests/pairs/23_lakeshore_marathon)
    text = "Kiprop earned an extra $25,000 for the course record."
    assert measure_of(*_at(text, "$25,000")).role == "level"


def test_an_increment_against_the_same_figure_is_not_shown(tmp_path):
    a = "Two more car plants will close in 2008, the company said."
    b = "The company plans to cut two car plants by 2008."
    # one figure written alike is no question (MEANTIME corpus_gm, golden output)
    assert [d for d in _flags(tmp_path, a, b) if d.kind == "number"] == []


def test_an_increment_of_another_thing_is_not_compared(tmp_path):
    flags = _flags(
        tmp_path,
        "The club signed 12 coaches for the academy this summer.",
        "The club signed five more players for the academy this summer.",
    )
    assert [d for d in flags if d.kind == "number"] == []


# 4b. "N additional X" after a sum of money counts every X after that sum (a
# payment plan: "$99 down with 20 additional monthly payments" is all of them), so
# it is compared as a total: ECB+ 42_ecbplus's 24 against 20 payments is a real
# conflict that fresh readers judged right (the lead, session 27).


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Buyers pay $99 down with 20 additional monthly payments of $20.", "20"),
        ("The sofa is £50 upfront plus 11 more monthly instalments of £40.", "11"),
        ("Members pay €200 on joining followed by nine further quarterly fees.", "nine"),
        ("The lease asks 3,000 dollars at signing with 35 additional monthly rents.", "35"),
    ],
)
def test_more_payments_after_a_sum_are_all_of_them(text, value):
    assert measure_of(*_at(text, value)).role != "added"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The council spent $2 million and another 30 staff were hired.", "30"),
        ("After a $5m grant, the charity hired an additional 12 nurses.", "12"),
    ],
)
def test_an_increment_after_a_sum_in_another_clause_is_still_one(text, value):
    assert measure_of(*_at(text, value)).role == "added"


@pytest.mark.parametrize(
    ("a", "b", "v"),
    [
        ("The phone costs $99.99 down with 24 equal monthly payments of $20.",
         "Buyers can get the phone for $99 down with 20 additional monthly payments of $20.",
         "20"),
        ("The sofa costs £50 upfront plus 12 monthly instalments of £40.",
         "The sofa costs £50 upfront plus 18 more monthly instalments of £40.", "18"),
    ],
)  # fmt: skip
def test_payment_plans_that_differ_are_a_conflict(tmp_path, a, b, v):
    flags = [d for d in _flags(tmp_path, a, b) if d.kind == "number"]
    assert [d.verdict.value for d in flags] == ["conflict"]
    assert v in flags[0].explanation
