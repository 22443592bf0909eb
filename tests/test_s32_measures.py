"""One measure, one event, one record (issue 11, session 32, eng93).

Made-up sentences in several domains (heat, floods, epidemics, crime,
disasters, economics), none from an authored or real-copy event:

- different measures of one outcome — confirmed and suspected cases, deaths
  put down to a cause and excess deaths, deaths linked to a storm and deaths
  in it, direct and indirect losses, insured and total losses, the official
  toll and an aid group's estimate — are never a conflict;
- a figure of a background event ("the 2012 fire, which killed 40", "last
  year's flood displaced 3,000", "the strongest since 1999") is never held
  against the main event's;
- an old record ("the previous record of 47.3C", "the 2013 record of 12.9
  metres", "44C, set in 1977") meets old records only, and readings of
  different places or days are not compared.
"""

from __future__ import annotations

import pytest
from conftest import courier_gazette

from workbench.facts.background import earlier_happening
from workbench.facts.measure import date_measure, measure_of
from workbench.facts.measure_basis import bases, bases_differ, marked
from workbench.facts.peaks import reading_where, readings_apart


def _span(sentence: str, value: str) -> tuple[int, int]:
    i = sentence.index(value)
    return i, i + len(value)


def _verdicts(tmp_path, a: str, b: str) -> dict[tuple[str, str], str]:
    return {
        (d.sides[0].text, d.sides[1].text): str(d.verdict) for d in courier_gazette(tmp_path, a, b)
    }


def _conflicts(tmp_path, a: str, b: str) -> set[tuple[str, str]]:
    return {k for k, v in _verdicts(tmp_path, a, b).items() if v == "conflict"}


# --- different measures of one outcome ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "want"),
    [
        ("Doctors recorded 86 suspected cases of dengue in Kollam.", "86",
         {"certainty": "suspected"}),
        ("The ministry said 31 cases had been laboratory-confirmed.", "31",
         {"certainty": "confirmed"}),
        ("There were 140 probable infections in the camp.", "140", {"certainty": "suspected"}),
        ("Statisticians put excess deaths at about 2,300 over the fortnight.", "2,300",
         {"attribution": "excess"}),
        ("Hospitals logged 57 heatstroke deaths during the week.", "57",
         {"attribution": "attributed"}),
        ("Eleven deaths have been blamed on the blizzard.", "Eleven",
         {"attribution": "attributed"}),
        ("Officials counted 23 flood-related deaths across the state.", "23",
         {"attribution": "attributed"}),
        ("Insured losses could reach $4.5 billion, the broker said.", "$4.5 billion",
         {"insurance": "insured"}),
        ("Overall economic losses were put at $11 billion.", "$11 billion",
         {"insurance": "total"}),
        ("Indirect losses to tourism came to 900 million euros.", "900 million euros",
         {"reach": "indirect"}),
        ("Relief agencies estimate that 1,200 people died in the camps.", "1,200",
         {"source": "unofficial"}),
        # a plain count names no measure of its own
        ("The floods killed 64 people in the north.", "64", {}),
        ("Police recorded 310 burglaries in the borough last month.", "310", {}),
        # a group counted is no source of the count
        ("Police detained 14 activists after the march in Tbilisi.", "14", {}),
        ("Estimates by aid groups put the toll at 900.", "900", {"source": "unofficial"}),
    ],
)  # fmt: skip
def test_the_measure_of_an_outcome_is_read_from_the_figures_clause(sentence, value, want):
    assert bases(sentence, *_span(sentence, value)) == want


def test_a_measure_named_for_another_figure_is_not_read():
    text = "Officials confirmed 12 deaths, while aid groups put the toll at 40."
    assert bases(text, *_span(text, "12")) == {"certainty": "confirmed"}
    assert bases(text, *_span(text, "40")) == {"source": "unofficial"}
    text = "There were 75 confirmed cases and 230 suspected cases in the district."
    assert bases(text, *_span(text, "75")) == {"certainty": "confirmed"}
    assert bases(text, *_span(text, "230")) == {"certainty": "suspected"}


def test_a_sum_insurers_paid_and_its_conversion_are_insured_losses():
    a = "The storm did damage worth $2.1 billion, or about 1.9 billion euros, a broker said."
    b = "The A$3 billion insurers paid out after the 2011 floods was a record."
    c = "Brokers put insured losses at A$800m (£410m)."
    assert bases(a, *_span(a, "1.9 billion euros")) == {}
    assert bases(b, *_span(b, "A$3 billion")) == {"insurance": "insured"}
    assert bases(c, *_span(c, "£410m")) == {"insurance": "insured"}
    d = "Insured losses reached $2.1 billion, or about 1.9 billion euros, a broker said."
    assert bases(d, *_span(d, "1.9 billion euros")) == {"insurance": "insured"}
    assert not bases_differ(b, _span(b, "A$3 billion"), c, _span(c, "A$800m"))
    # plain losses may be the insured ones: insurance is compared only when both name it
    e = "Losses from the storm reached $2.6 billion, a broker said."
    assert not bases_differ(d, _span(d, "$2.1 billion"), e, _span(e, "$2.6 billion"))
    f = "Total losses from the storm reached $7 billion, a broker said."
    assert bases_differ(d, _span(d, "$2.1 billion"), f, _span(f, "$7 billion")) == "insured / total"


def test_a_default_measure_is_the_plain_one():
    a = "Health officials confirmed 48 measles cases in the county."
    b = "Health officials reported 52 measles cases in the county."
    assert not bases_differ(a, _span(a, "48"), b, _span(b, "52"))
    assert not marked(a, *_span(a, "48"))
    c = "Health officials reported 130 suspected measles cases in the county."
    assert bases_differ(a, _span(a, "48"), c, _span(c, "130")) == "confirmed / suspected"
    assert marked(c, *_span(c, "130"))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # heat
        ("At least 96 heatstroke deaths were recorded in Punjab during the heatwave, the "
         "health department said.",
         "The heatwave in Punjab caused about 640 excess deaths, the health department said."),
        # epidemics
        ("Health officials in Mopti confirmed 37 cases of meningitis on Thursday.",
         "Health officials in Mopti reported 155 suspected cases of meningitis on Thursday."),
        ("The ministry said 212 cases of mpox in Equateur province were probable.",
         "The ministry said 58 cases of mpox had been confirmed in Equateur province."),
        # storms
        ("Fourteen deaths in Louisiana were linked to the hurricane, the coroner said.",
         "Five people died in the hurricane in Louisiana, the coroner said."),
        # disasters: official and unofficial tolls
        ("The official death toll from the cyclone in Rakhine stood at 145 on Monday.",
         "Aid groups said the cyclone had killed at least 600 people in Rakhine on Monday."),
        # economics
        ("Insured losses from the floods in Emilia-Romagna reached 1.1 billion euros, the "
         "insurers' association said.",
         "Total economic losses from the floods in Emilia-Romagna reached 8.5 billion euros, "
         "the insurers' association said."),
        ("Direct losses from the drought in Kenya's north were estimated at $700 million.",
         "Indirect losses from the drought in Kenya's north were estimated at $1.9 billion."),
    ],
)  # fmt: skip
def test_different_measures_of_one_outcome_are_no_conflict(tmp_path, a, b):
    assert not _conflicts(tmp_path, a, b)


@pytest.mark.parametrize(
    ("a", "b", "left", "right"),
    [
        ("Health officials in Mopti reported 37 suspected cases of meningitis on Thursday.",
         "Health officials in Mopti reported 55 suspected cases of meningitis on Thursday.",
         "37", "55"),
        ("Insured losses from the hailstorm in Verona reached 400 million euros, the insurers' "
         "association said.",
         "Insured losses from the hailstorm in Verona reached 650 million euros, the insurers' "
         "association said.", "400 million euros", "650 million euros"),
        ("The floods in Assam killed 38 people on Tuesday, officials said.",
         "The floods in Assam killed 46 people on Tuesday, officials said.", "38", "46"),
    ],
)  # fmt: skip
def test_one_measure_is_still_compared(tmp_path, a, b, left, right):
    assert _verdicts(tmp_path, a, b).get((left, right)) == "conflict"


# --- background events ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The blaze was the deadliest in Dhaka since the 2019 fire, which killed 71 people.",
         "71"),
        ("Last year's flood displaced 4,200 people along the Sava.", "4,200"),
        ("The 2010 outbreak infected 9,000 people in the same province.", "9,000"),
        ("Since the 2015 quake, which flattened 600 homes, the town has rebuilt.", "600"),
        ("The previous storm, in 2017, cut power to 80,000 homes.", "80,000"),
        ("It was the worst heatwave since 2003, when 70,000 people died across Europe.",
         "70,000"),
    ],
)  # fmt: skip
def test_a_figure_of_a_background_event_is_the_earlier_ones(sentence, value):
    assert measure_of(sentence, *_span(sentence, value)).scope == "earlier"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # the story's own happening, dated by a year: "the 2012 shooting death of his girlfriend"
        ("A jury convicted him of two counts of murder in the 2012 shooting death of his "
         "girlfriend.", "two"),
        # a clause on this happening after the year's
        ("Unlike the 2012 fire, this blaze killed 23 people.", "23"),
        ("The fire killed 31 people on Sunday, officials said.", "31"),
    ],
)  # fmt: skip
def test_a_figure_of_the_main_event_is_not_the_earlier_ones(sentence, value):
    assert measure_of(sentence, *_span(sentence, value)).scope != "earlier"


def test_the_year_a_superlative_reaches_back_to_dates_an_earlier_one():
    text = "The tremor was the strongest since 1999 in the region."
    assert earlier_happening(text, *_span(text, "1999"))
    assert date_measure(text, *_span(text, "since 1999")).scope == "earlier"
    text = "The tremor struck the region in 1999."
    assert not earlier_happening(text, *_span(text, "1999"))
    text = "It was the wettest month in the valley since the year 2000."
    assert earlier_happening(text, *_span(text, "2000"))
    # a period's start is no earlier happening, nor a noun ending in -est
    text = "He had been in custody since 2019, the court heard."
    assert not earlier_happening(text, *_span(text, "since 2019"))
    text = "The protest since 2019 has drawn thousands."
    assert not earlier_happening(text, *_span(text, "2019"))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The blaze was the deadliest in Dhaka since the 2019 fire, which killed 71 people.",
         "The blaze killed 46 people in Dhaka, fire officials said."),
        ("Last year's flood displaced 4,200 people along the Sava river.",
         "This week's flood displaced 11,000 people along the Sava river."),
        ("The previous hurricane, in 2018, caused $6 billion in damage to the islands.",
         "The hurricane caused $2.5 billion in damage to the islands, insurers said."),
        ("The 2010 outbreak of cholera infected 9,000 people in the province.",
         "The outbreak of cholera has infected 3,100 people in the province."),
        ("The earthquake was the strongest since 1999, when a 7.6 tremor hit the region.",
         "A magnitude 6.8 earthquake hit the region on Monday."),
    ],
)  # fmt: skip
def test_background_events_figures_are_not_held_against_the_main_ones(tmp_path, a, b):
    assert not _conflicts(tmp_path, a, b)


# --- old and new records, places and days ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Temperatures in Lisbon hit 46.3C, beating the previous record of 45.8C.", "45.8C"),
        ("The Elbe at Dresden crested at 8.1 metres, below the 2002 record of 9.4 metres.",
         "9.4 metres"),
        ("The new high beat the old mark of 41C, set in 1994.", "41C"),
        ("Phoenix reached 119F, topping the 118F recorded in 2013.", "118F"),
    ],
)  # fmt: skip
def test_an_old_record_is_an_earlier_figure(sentence, value):
    assert measure_of(sentence, *_span(sentence, value)).scope == "earlier"


def test_a_new_record_is_no_old_one():
    text = "Temperatures in Lisbon hit a record 46.3C on Sunday."
    assert measure_of(text, *_span(text, "46.3C")).scope == ""
    text = "Temperatures in Lisbon hit 46.3C, beating the previous record of 45.8C."
    assert measure_of(text, *_span(text, "46.3C")).scope == ""


@pytest.mark.parametrize(
    ("sentence", "value", "want"),
    [
        ("Seville recorded 47.4C on Monday, a record for the city.", "47.4C",
         ("seville", "1")),
        ("The national high of 117F came on Tuesday.", "117F", ("national", "2")),
        ("Rain reached 180mm in Valencia, while Alicante saw 95mm on Friday.", "95mm",
         ("alicante", "5")),
        ("The river rose to 6.2 metres at Koblenz.", "6.2 metres", ("koblenz", "")),
    ],
)  # fmt: skip
def test_where_and_when_a_reading_was_taken_is_read(sentence, value, want):
    assert reading_where(sentence, *_span(sentence, value)) == want


def test_counts_and_sums_are_no_readings():
    a, b = "In Seville, 12 people died on Monday.", "In Cordoba, 14 people died on Tuesday."
    assert not readings_apart(a, _span(a, "12"), b, _span(b, "14"))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # an old record against the new peak
        ("The heat broke the previous record of 45.8C in Lisbon on Sunday.",
         "Temperatures in Lisbon hit 46.3C on Sunday, a record."),
        ("Temperatures in Lisbon beat the old high of 45C on Sunday, forecasters said.",
         "Temperatures in Lisbon hit 46.3C on Sunday, forecasters said."),
        ("The Elbe in Dresden passed the 2002 record of 9.4 metres on Friday.",
         "The Elbe in Dresden crested at 9.9 metres on Friday."),
        # readings of different places or days, close once converted
        ("The river at Mainz peaked at 7.9 metres on Sunday.",
         "The river peaked at 26 feet at Koblenz on Sunday."),
        ("Rainfall reached 210mm in Valencia on Tuesday, the most in a day.",
         "Rainfall reached 8.5 inches in Valencia on Wednesday, the most in a day."),
        ("Temperatures hit 48.1C in Seville on Monday, the highest of the heatwave.",
         "Temperatures hit 120F in Cordoba on Tuesday, the highest of the heatwave."),
    ],
)  # fmt: skip
def test_records_of_other_places_days_or_years_are_not_compared(tmp_path, a, b):
    readings = {(x, y) for x, y in _verdicts(tmp_path, a, b) if x[:1].isdigit() and y[:1].isdigit()}
    assert not readings


@pytest.mark.parametrize(
    ("a", "b", "left", "right"),
    [
        ("Temperatures in Athens hit 44.6C on Wednesday, beating the old record of 44.1C.",
         "Temperatures in Athens hit 45.2C on Wednesday, a new record.", "44.6C", "45.2C"),
        ("The Elbe at Dresden crested at 8.7 metres on Friday, below the 2002 record of 9.4 "
         "metres.",
         "The Elbe at Dresden crested at 9.4 metres on Friday.", "8.7 metres", "9.4 metres"),
        ("Temperatures reached 40.5C in Zaragoza on Thursday, and 41.6C in Lleida on Friday.",
         "Temperatures reached 41.5C in Zaragoza on Thursday.", "40.5C", "41.5C"),
    ],
)  # fmt: skip
def test_one_places_peak_on_one_day_is_still_compared(tmp_path, a, b, left, right):
    assert _verdicts(tmp_path, a, b).get((left, right)) == "conflict"


def test_the_days_of_readings_of_different_places_are_not_compared(tmp_path):
    a = "Temperatures hit 48.1C in Seville on Monday, the highest of the heatwave."
    b = "Temperatures hit 120F in Cordoba on Tuesday, the highest of the heatwave."
    assert not _verdicts(tmp_path, a, b)
    # one place's reading on two days is still a question of the day
    c = "Temperatures hit 48.3C in Seville on Tuesday, the highest of the heatwave."
    assert ("Monday", "Tuesday") in _verdicts(tmp_path, a, c)


@pytest.mark.parametrize(
    ("sentence", "value", "read"),
    [
        ("Madrid hit 44.9C on Friday, beating the record set in 2017.", "2017", date_measure),
        ("The old record, 7.1 metres, was reached at Koblenz on 2 June 2013.", "2 June 2013",
         date_measure),
        ("The old record, 7.1 metres, was reached at Koblenz on 2 June 2013.", "7.1 metres",
         measure_of),
    ],
)  # fmt: skip
def test_the_day_and_figure_of_an_old_record_are_earlier(sentence, value, read):
    assert read(sentence, *_span(sentence, value)).scope == "earlier"


def test_the_day_a_record_was_broken_is_the_events(tmp_path):
    text = "The heat broke the previous record of 45.8C in Lisbon on Sunday."
    assert date_measure(text, *_span(text, "Sunday")).scope == ""
    a = "The previous record, 45.9C, was set in Lisbon on August 4, 2018."
    b = "The new record, 46.2C, was set in Lisbon on Sunday."
    assert not _conflicts(tmp_path, a, b)
