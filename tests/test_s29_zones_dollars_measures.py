"""Three causes of false conflicts on unseen copy (session 29, eng82; issue 11),
from the authored development events written this session (cyclone, tower
fire, plant explosion, bridge collapse):

1. clock times in two zones compared as written: "2:52 a.m. ET" against a
   Hong Kong "2:52 p.m." (12 hours apart, one instant); "ET" is EDT in
   summer time; "local time" and a bare clock in a datelined story are the
   place's clock;
2. a bare "$" in a Canadian, Australian, Hong Kong … story read as the US
   dollar ("fined $175,000" from Ontario against "C$175,000": "one of the
   currencies is wrong");
3. two measures of one kind in one sentence paired across by kind and order
   (a sustained wind against a gust's conversion, a payment to each injured
   against a payment to each of the dead's families).

The sentences, places, figures and outlets are made up; the patterns come from
the events.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.home import home_of, summer_time
from workbench.facts.measure_nouns import measure_noun, measures_differ
from workbench.facts.quantity.family import QuantityFamily
from workbench.facts.time.family import TimeFamily

TIME = TimeFamily()
QTY = QuantityFamily()


def _found(tmp_path, a: str, pa: str, b: str, pb: str) -> dict[frozenset[str], str]:
    fa = write(tmp_path, "a.txt", f"---\npublished: {pa}\n---\n{a}\n")
    fb = write(tmp_path, "b.txt", f"---\npublished: {pb}\n---\n{b}\n")
    found = analyze_paths([fa, fb])
    return {frozenset(s.text for s in d.sides): str(d.verdict) for d in found.discrepancies}


def _clocks(sentences: list[str], published: date):
    return [m for ms in TIME.find_each(sentences, published) for m in ms if m.type == "TIME"]


# --- 1. time zones -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "day", "summer"),
    [
        ("us", date(2025, 3, 8), False),  # the day before the second Sunday of March
        ("us", date(2025, 3, 9), True),
        ("us", date(2024, 11, 2), True),
        ("us", date(2024, 11, 3), False),  # first Sunday of November
        ("eu", date(2026, 3, 28), False),
        ("eu", date(2026, 3, 29), True),  # last Sunday of March
        ("eu", date(2026, 10, 25), False),  # last Sunday of October
        ("au", date(2025, 1, 15), True),  # southern summer
        ("au", date(2025, 6, 15), False),
        ("nz", date(2025, 9, 28), True),  # last Sunday of September
    ],
)
def test_summer_time_is_read_for_the_day(rule, day, summer):
    assert summer_time(rule, day) is summer


@pytest.mark.parametrize(
    ("sentences", "published", "offset", "zone"),
    [
        # "ET" in July is Eastern Daylight Time, in January Eastern Standard Time
        (["The launch was set for 9:15 a.m. ET on Friday."], date(2026, 7, 2), -240, "EDT"),
        (["Trading halted at 11:05 a.m. ET on Monday."], date(2026, 1, 14), -300, "EST"),
        (["Polls close at 8 p.m. Pacific time tonight."], date(2026, 10, 30), -420, "PDT"),
        # "IST" in an Indian story is India's time
        (["MUMBAI, Jan 4 - The fire was reported at 21:10 IST."], date(2026, 1, 4), 330, "IST"),
        # a bare clock under a dateline takes the place's zone
        (["SINGAPORE - The MRT line stopped at 7.48am on Monday."], date(2026, 4, 7), 480, "SGT"),
        # "local time" with the place named in its sentence
        (
            ["The plane landed in Auckland at 6.05pm local time on Sunday."],
            date(2026, 1, 12),
            780,
            "NZDT",
        ),
    ],
)
def test_a_clocks_zone_is_read_from_its_words_and_its_story(sentences, published, offset, zone):
    got = _clocks(sentences, published)
    assert got and got[0].tz == offset and got[0].zone == zone, got


def test_a_zone_written_with_its_offset_is_kept():
    got = _clocks(["SYDNEY - The ship docked at 4.30pm GMT on Tuesday."], date(2026, 2, 3))
    assert got[0].tz == 0 and got[0].zone == ""


def test_a_bare_clock_in_a_story_with_no_place_keeps_no_zone():
    got = _clocks(["The meeting began at 4.30pm on Tuesday."], date(2026, 2, 3))
    assert got[0].tz is None


def _compare(a: list[str], pa: date, b: list[str], pb: date):
    x, y = _clocks(a, pa)[0], _clocks(b, pb)[0]
    return TIME.compare(x, y, "A", "B")


def test_one_instant_in_two_zones_is_consistent_and_names_both_readings():
    got = _compare(
        ["TORONTO - The rocket lifted off at 10:20 a.m. ET on Thursday."],
        date(2026, 6, 4),
        ["The rocket lifted off at 1420 GMT on Thursday, the agency said."],
        date(2026, 6, 4),
    )
    assert str(got.verdict) == "consistent", got.explanation
    assert "10:20 EDT = 14:20 GMT" in got.explanation


def test_clocks_an_hour_apart_once_in_one_zone_conflict():
    got = _compare(
        ["PERTH, WA - The storm crossed the coast at 9.15pm on Saturday."],
        date(2026, 2, 8),
        ["The storm crossed the coast at 1415 GMT on Saturday."],
        date(2026, 2, 8),
    )  # 21:15 AWST is 13:15 GMT
    assert str(got.verdict) == "conflict", got.explanation
    assert "21:15 AWST = 13:15 GMT, not 14:15 GMT" in got.explanation


def test_a_local_clock_against_an_american_zone_in_articles(tmp_path):
    found = _found(
        tmp_path,
        "HONG KONG - A landslide buried a road in Sai Kung at about 5:35 p.m. on Monday, "
        "police said, trapping two cars.",
        "2026-08-11",
        "A landslide buried a road in Hong Kong's Sai Kung district at about 5:35 a.m. ET "
        "on Monday, police said, trapping two cars.",
        "2026-08-11",
    )  # 17:35 HKT = 09:35 UTC = 05:35 EDT
    pair = frozenset({"5:35 p.m.", "5:35 a.m. ET"})
    assert found.get(pair, "consistent") == "consistent", found


# --- 2. local dollars --------------------------------------------------------------


def _money(sentences: list[str]):
    return [m for ms in QTY.find_each(sentences, None) for m in ms if m.kind == "money"]


@pytest.mark.parametrize(
    ("sentences", "unit"),
    [
        (["BRISBANE - The council approved a $48 million flood levee."], "AUD"),
        (["HAMILTON, Ont. (CP) - The city will spend $12.5 million on buses."], "CAD"),
        (["The Singapore government set aside $1.2 billion for the scheme."], "SGD"),
        (["WELLINGTON - The insurer paid out $310,000 to the club."], "NZD"),
    ],
)
def test_a_bare_dollar_in_a_story_from_a_dollar_country_is_its_dollar(sentences, unit):
    assert _money(sentences)[0].unit == unit
    assert "in a story from" in _money(sentences)[0].display()


@pytest.mark.parametrize(
    "sentences",
    [
        # the local prefix written: the bare "$" is the conversion in US dollars
        ["HONG KONG - The HK$780 million ($100 million) terminal opened."],
        ["SYDNEY - Shares rose to A$14.20.", "The deal is worth $3 billion."],
        # "US$" written beside it: the story does not say which dollar it is
        ["VANCOUVER - The mine cost $2.3 billion.", "Its owner raised US$400 million."],
        # no dollar country
        ["WASHINGTON - The bill adds $40 billion in spending."],
        ["The company paid $75 million for the site."],
    ],
)
def test_a_bare_dollar_stays_the_us_dollar_otherwise(sentences):
    bare = [m for m in _money(sentences) if not any(p in m.text for p in ("HK$", "A$", "US$"))]
    assert bare and all(m.unit == "USD" for m in bare)


def test_a_countrys_dollar_told_bare_and_with_its_prefix_agree(tmp_path):
    found = _found(
        tmp_path,
        "CALGARY, Alta. - The pipeline operator was fined $260,000 in 2024 after a spill "
        "near the river, regulators said.",
        "2026-03-02",
        "The pipeline operator was fined C$260,000 in 2024 after a spill near the river, "
        "regulators said.",
        "2026-03-02",
    )
    assert found.get(frozenset({"$260,000", "C$260,000"}), "consistent") != "conflict", found


def test_a_countrys_dollar_told_bare_against_another_figure_conflicts(tmp_path):
    found = _found(
        tmp_path,
        "ADELAIDE - The state will spend $85 million rebuilding the jetty, the premier said.",
        "2026-05-20",
        "The state will spend A$58 million rebuilding the jetty, the premier said.",
        "2026-05-20",
    )
    assert found.get(frozenset({"$85 million", "A$58 million"})) == "conflict", found


def test_home_of_reads_datelines_and_openings():
    assert home_of(["CAIRNS, Qld - A crocodile was caught."]).dollar == "AUD"
    assert home_of(["KINGSTON, ONT. — Classes resumed."]).dollar == "CAD"
    assert home_of(["NEW DELHI (PTI) — The river rose."]).zone == "IST"
    assert home_of(["Flooding hit Hong Kong and Macau overnight."]).dollar == "HKD"
    # two countries named, neither a dateline: no home
    assert home_of(["Talks between Canada and Australia stalled."]) is None
    assert home_of(["WASHINGTON - Congress voted."]) is None


# --- 3. two measures of one kind in one sentence -----------------------------------


def _noun(text: str, figure: str):
    i = text.index(figure)
    return measure_noun(text, i, i + len(figure))


@pytest.mark.parametrize(
    ("text", "figure", "word"),
    [
        (
            "The typhoon brought sustained winds of 150 km/h and gusts of 210 km/h.",
            "150 km/h",
            "sustained",
        ),
        (
            "The typhoon brought sustained winds of 150 km/h and gusts of 210 km/h.",
            "210 km/h",
            "gust",
        ),
        ("A gust of 98 knots (about 113 mph) hit the pier.", "113 mph", "gust"),
        ("Winds averaged 60 mph, gusting to 85 mph.", "85 mph", "gust"),
        (
            "The state pays 200,000 naira to the family of each of the dead and 50,000 naira "
            "to each of the injured.",
            "200,000 naira",
            "dead",
        ),
        (
            "The state pays 200,000 naira to the family of each of the dead and 50,000 naira "
            "to each of the injured.",
            "50,000 naira",
            "injured",
        ),
        ("The grant is £500 per household and £150 per child.", "£150", "child"),
        ("The grant is £500 per household and £150 per child.", "£500", "household"),
    ],
)
def test_a_figures_measure_is_read_from_its_own_clause(text, figure, word):
    assert _noun(text, figure)[1] == word


def test_a_figure_whose_clause_names_no_measure_says_nothing():
    assert _noun("The storm dumped 120 mm of rain on the town.", "120 mm") is None


def test_two_measures_of_one_kind_differ_and_one_measure_does_not():
    a = "Gusts reached 190 km/h while sustained winds held at 140 km/h."
    b = "A gust of 190 km/h (118 mph) was recorded."
    sa = (a.index("140 km/h"), a.index("140 km/h") + 8)
    ga = (a.index("190 km/h"), a.index("190 km/h") + 8)
    sb = (b.index("118 mph"), b.index("118 mph") + 7)
    assert measures_differ(a, sa, b, sb)
    assert not measures_differ(a, ga, b, sb)


def test_a_sustained_wind_is_not_held_against_a_gusts_conversion(tmp_path):
    found = _found(
        tmp_path,
        "Typhoon Lorna made landfall late on Sunday with sustained winds of about 160 km/h "
        "near its eye and gusts of up to 215 km/h, the observatory said.",
        "2026-09-14",
        "Typhoon Lorna made landfall late on Sunday with a gust of 215 km/h (about 134 mph) "
        "recorded near its eye, the observatory said.",
        "2026-09-14",
    )
    assert found.get(frozenset({"about 160 km/h", "about 134 mph"})) != "conflict", found
    assert found.get(frozenset({"160 km/h", "134 mph"})) != "conflict", found


def test_a_payment_to_the_injured_is_not_held_against_one_to_the_dead(tmp_path):
    found = _found(
        tmp_path,
        "The governor announced 300,000 pesos for the family of each of the dead and "
        "60,000 pesos for each of the injured after the stand collapsed.",
        "2026-10-02",
        "The governor announced compensation of 300,000 pesos ($17,000) for each victim's "
        "family after the stand collapsed.",
        "2026-10-02",
    )
    bad = [pair for pair, v in found.items() if "60,000 pesos" in pair and v == "conflict"]
    assert not bad, found


def test_the_times_of_two_levels_told_in_one_sentence_are_read_apart():
    a = "The fire went to a No 2 alarm at 9.05am and a No 3 alarm at 9.40am, officials said."
    b = "It became a No. 3 alarm fire at 10.40am."
    c = "The hurricane strengthened to Category 3 at 2am and Category 4 by 11am on Monday."
    span = {w: (t.index(w), t.index(w) + len(w)) for t, w in ((a, "9.05am"), (a, "9.40am"))}
    i = b.index("10.40am")
    assert measures_differ(a, span["9.05am"], b, (i, i + 7))  # No 2 against No 3
    assert not measures_differ(a, span["9.40am"], b, (i, i + 7))  # No 3 against No 3
    assert _noun(c, "11am") == ("level", "4")
    assert _noun(c, "2am") == ("level", "3")


def test_a_zone_read_from_the_story_is_marked_as_such():
    got = _clocks(
        ["DUBLIN - The ferry docked at 7.10pm local time.", "It left at 9am ET on Monday."],
        date(2026, 7, 7),
    )
    assert [(m.zone, m.zone_of_story) for m in got] == [("IST", True), ("EDT", False)]
