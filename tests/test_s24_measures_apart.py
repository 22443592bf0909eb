"""Different measures in one sentence (issue 11, cause 1; session 24). Made-up
sentences in several domains: money, casualties, counts of people, shares.

- a sum of several things ("a combined total of nearly £23m", "fines totalling
  $410m", "together the two parties won 48%") against one of its parts is not
  compared; two sums still are, and a running total ("so far") stays a question;
- a group named within a count ("including four crew members", "four crew
  members were among the injured") is some of that count: not compared with
  the count or with another part of it, but with the same group told again;
- two accounts ("revenue" / "profit", "net profit" / "operating profit") are
  two measures; "net profit" / "profit" is one named less precisely and is
  still compared;
- last year's figure is not this year's.
"""

import pytest
from conftest import courier_gazette

from workbench.facts.accounts import account_of, accounts_differ
from workbench.facts.measure import measure_of
from workbench.facts.parts import sum_of_parts
from workbench.facts.parts.counts import named_within


def _at(sentence: str, value: str) -> tuple[int, int]:
    i = sentence.index(value)
    return i, i + len(value)


@pytest.mark.parametrize(
    ("sentence", "value", "want"),
    [
        ("Regulators fined the firm a combined total of nearly £23 million.", "£23 million", True),
        ("The two banks paid fines totalling $410 million on Monday.", "$410 million", True),
        ("Together the two parties won 48 percent of the vote.", "48 percent", True),
        ("Floods in three provinces killed 40 people in total.", "40", True),
        ("The outbreak has killed 40 people so far.", "40", False),
        ("There have been 12 deaths since the outbreak began.", "12", False),
        ("The regulator imposed a fine of £14.2 million.", "£14.2 million", False),
        ("He worked together with 12 volunteers.", "12", False),
    ],
)
def test_a_sum_of_several_things_is_read(sentence, value, want):
    assert sum_of_parts(sentence, *_at(sentence, value)) is want


@pytest.mark.parametrize(
    ("sentence", "value", "want"),
    [
        ("Thirty-seven people were taken to hospital, including four crew members.", "four", True),
        ("The blast killed 12 people, among them three children.", "three", True),
        ("Four crew members were among the injured.", "Four", True),
        ("The blast killed 12 people, including three children.", "12", False),
        ("Of the 37 people taken to hospital, 16 were flown to Athens.", "16", False),
        ("The team played ten games, including the final.", "ten", False),
    ],
)
def test_a_group_named_within_a_count_is_read(sentence, value, want):
    assert named_within(sentence, *_at(sentence, value)) is want


@pytest.mark.parametrize(
    ("sentence", "value", "want"),
    [
        ("The company reported net profit of £3 million.", "£3 million", "net profit"),
        ("It reported revenue of $40 million for the year.", "$40 million", "revenue"),
        ("Operating profit was €5m, the group said.", "€5m", "operating profit"),
        ("Pre-tax profits reached about £1.2bn.", "£1.2bn", "pre-tax profit"),
        ("The charity raised £2 million.", "£2 million", ""),
    ],
)
def test_the_account_a_sum_is_of_is_read(sentence, value, want):
    start, _ = _at(sentence, value)
    assert account_of(sentence, 0, start) == want


@pytest.mark.parametrize(
    ("a", "b", "want"),
    [
        ("revenue", "profit", True),
        ("net profit", "operating profit", True),
        ("net profit", "profit", False),  # one figure named less precisely
        ("profit", "profit", False),
        ("shares", "profit", None),  # no account: the older reading decides
        ("sales", "revenue", False),  # one account under two names
        ("profits", "net earnings", False),
    ],
)
def test_two_accounts_differ_by_head_or_qualifier(a, b, want):
    assert accounts_differ(a, b) is want


def test_last_years_figure_is_another_measure_than_this_years():
    s = "The charity raised £1.6 million last year, its accounts show."
    t = "The charity raised £2.4 million this year, its accounts show."
    ma, mb = measure_of(s, *_at(s, "£1.6 million")), measure_of(t, *_at(t, "£2.4 million"))
    assert (ma.scope, mb.scope) == ("last-year", "this-year")
    assert ma.differs(mb) == "scope"


def _shown(tmp_path, a: str, b: str, without=()) -> set[tuple[str, str, str]]:
    found = courier_gazette(tmp_path, a, b, without)
    return {(d.sides[0].text, d.sides[1].text, d.verdict.value) for d in found}


@pytest.mark.parametrize(
    ("a", "b", "left", "right"),
    [
        (  # money: two fines added up, one of them
            "Regulators in Britain and the Netherlands on Tuesday fined the retailer a "
            "combined total of nearly £23 million over the breach.",
            "Britain's data watchdog on Tuesday fined the retailer £14.2 million over the breach.",
            "nearly £23 million",
            "£14.2 million",
        ),
        (
            "The two banks paid fines totalling $410 million to settle the rigging charges on "
            "Monday.",
            "The bank paid a fine of $150 million to settle the rigging charges on Monday.",
            "$410 million",
            "$150 million",
        ),
        (  # casualties over several places, one place's
            "Floods in the three provinces killed a combined 40 people this week, officials said.",
            "Floods in the province killed 12 people this week, officials said.",
            "40",
            "12",
        ),
        (  # shares of a vote
            "Together the two parties won 48 percent of the vote on Sunday, results showed.",
            "The Labour party won 31 percent of the vote on Sunday, results showed.",
            "48 percent",
            "31 percent",
        ),
    ],
)
def test_a_part_is_not_compared_with_a_sum(tmp_path, a, b, left, right):
    shown = _shown(tmp_path, a, b)
    assert not [s for s in shown if (s[0], s[1]) == (left, right)]
    # the row part_of_a_sum is what keeps them apart
    assert [s for s in _shown(tmp_path, a, b, ("part_of_a_sum",)) if s[1] == right]
    # the same sentences without the words that make a sum compare the two figures
    for word in ("combined total of ", "totalling", "a combined ", "Together the two parties"):
        a = a.replace(word, {"totalling": "of", "Together the two parties": "Labour"}.get(word, ""))
    assert [s for s in _shown(tmp_path, a, b) if s[1] == right]


def test_two_sums_and_a_larger_part_are_still_compared(tmp_path):
    shown = _shown(
        tmp_path,
        "Regulators fined the retailer a combined total of nearly £23 million on Tuesday.",
        "Regulators fined the retailer fines totalling £25 million on Tuesday.",
    )
    assert ("nearly £23 million", "£25 million", "conflict") in shown
    shown = _shown(
        tmp_path,
        "Floods in the three provinces killed a combined 40 people this week, officials said.",
        "Floods in the three provinces killed 52 people this week, officials said.",
    )
    assert ("40", "52", "unresolved") in shown  # no part exceeds its whole: a question
    shown = _shown(  # a running total against one day's count stays a question
        tmp_path,
        "The outbreak has killed 40 people so far, health officials said on Friday.",
        "The outbreak killed two people on Friday, health officials said.",
    )
    assert ("40", "two", "unresolved") in shown


@pytest.mark.parametrize(
    ("a", "b", "left", "right"),
    [
        (
            "Thirty-seven people were taken to hospital, including four crew members, after "
            "the ferry sank.",
            "Of the 37 people taken to hospital after the ferry sank, 16 were flown to Athens.",
            "four",
            "16",
        ),
        (
            "The blast killed 12 people, including three children, in the market on Friday.",
            "The blast in the market on Friday killed seven people, police said.",
            "three",
            "seven",
        ),
        (
            "Thirty-seven people were taken to hospital. Four crew members were among the injured.",
            "Thirty-seven people were taken to hospital and 16 were flown to Athens.",
            "Four",
            "16",
        ),
    ],
)
def test_a_group_within_a_count_is_not_compared_with_another_count(tmp_path, a, b, left, right):
    assert not [s for s in _shown(tmp_path, a, b) if (s[0], s[1]) == (left, right)]


def test_a_group_within_a_count_is_compared_with_the_same_group(tmp_path):
    shown = _shown(
        tmp_path,
        "The blast killed 12 people, including three children, in the market on Friday.",
        "The blast killed 12 people, including five children, in the market on Friday.",
    )
    assert ("three", "five", "conflict") in shown
    shown = _shown(
        tmp_path,
        "Thirty-seven people were taken to hospital, including four crew members.",
        "Thirty-seven people were taken to hospital, five of them crew members.",
    )
    assert ("four", "five", "conflict") in shown
    shown = _shown(  # the whole count is still compared
        tmp_path,
        "The blast killed 12 people, including three children, in the market on Friday.",
        "The blast in the market on Friday killed seven people, police said.",
    )
    assert ("12", "seven", "conflict") in shown


@pytest.mark.parametrize(
    ("a", "b", "compared"),
    [
        ("reported revenue of £40 million", "reported profit of £5 million", False),
        ("reported net profit of £3 million", "reported operating profit of £5 million", False),
        ("reported net profit of £3 million", "reported a profit of £5 million", True),
        ("reported sales of $12 million", "reported turnover of $15 million", True),
        ("reported revenue of $12 million", "reported a loss of $15 million", False),
        ("reported net profit of £3 million", "reported net profit of £5 million", True),
    ],
)
def test_two_accounts_are_two_measures(tmp_path, a, b, compared):
    shown = _shown(
        tmp_path,
        f"The company {a} for the year, it said on Monday.",
        f"The company {b} for the year, it said on Monday.",
    )
    assert bool([s for s in shown if s[2] == "conflict"]) is compared


def test_last_years_figure_is_not_compared_with_this_years(tmp_path):
    shown = _shown(
        tmp_path,
        "The charity raised £1.6 million last year, its accounts show.",
        "The charity raised £2.4 million this year, its accounts show.",
    )
    assert not [s for s in shown if s[0] == "£1.6 million"]
    shown = _shown(  # this year's figure told beside last year's is still compared
        tmp_path,
        "The charity raised £2.1 million this year, up from £1.6 million last year.",
        "The charity raised £2.4 million this year, it said.",
    )
    assert ("£2.1 million", "£2.4 million", "conflict") in shown


def test_a_date_of_last_year_in_the_clause_does_not_set_a_figure_apart(tmp_path):
    # "last year" dates the stop here; only against "this year's" figure is it a period
    shown = _shown(
        tmp_path,
        "Coast Guard officers stopped the vessel about 30 miles off Key West in March last year.",
        "The US Coast Guard stopped the vessel some 80km off Key West in March 2023.",
    )
    assert [s for s in shown if s[0] == "about 30 miles"]
    s = "Nordale reported revenue of $1,200m for the first quarter of this year."
    t = "Nordale said revenue rose 15% to $1.2bn in the first quarter of 2024."
    ma, mb = measure_of(s, *_at(s, "$1,200m")), measure_of(t, *_at(t, "$1.2bn"))
    assert ma.differs(mb) == ""


def test_a_group_within_a_count_is_compared_with_the_same_group_told_alone(tmp_path):
    shown = _shown(
        tmp_path,
        "The firm has received 23 reports of overheating, including seven fires, in Ohio.",
        "The firm has received 23 reports of overheating in Ohio, and nine fires were reported.",
    )
    assert [s for s in shown if (s[0], s[1]) == ("seven", "nine")]


@pytest.mark.parametrize(
    ("sentence", "value", "want"),
    [
        ("The charity raised £1.6 million last year.", "£1.6 million", "last-year"),
        ("Last year's profit of $410m was a record.", "$410m", "last-year"),
        ("Sales were $9 million a year earlier.", "$9 million", "last-year"),
        ("The charity raised £2.4 million this year.", "£2.4 million", "this-year"),
        # "last year" dates the attack, not the fine; the fine is a combined total
        (
            "Regulators fined the firm a combined total of nearly 23 million pounds over a "
            "cyber attack last year.",
            "nearly 23 million pounds",
            "total",
        ),
    ],
)
def test_the_year_a_figure_covers_is_read_beside_it(sentence, value, want):
    assert measure_of(sentence, *_at(sentence, value)).scope == want


@pytest.mark.parametrize(
    ("sentence", "value", "want"),
    [
        ("Its shares closed down 4.2 percent in London.", "4.2 percent", "close"),
        ("Shares recovered some ground to close 4.2% lower at 306p.", "4.2%", "close"),
        ("The index ended the day 0.4% higher.", "0.4%", "close"),
        ("Its shares were down 5.3% at 1400 GMT.", "5.3%", "during"),
        ("Shares fell as much as 7.1% in London.", "7.1%", "during"),
        ("The FTSE 100 was up 1.2% in early trading.", "1.2%", "during"),
        ("Its shares fell 4.2% on Tuesday.", "4.2%", ""),
        ("The rebels ended 12 years of rule.", "12 years", ""),  # no market move
        # a move told beside another takes its moment when it names none of its own
        ("Shares were down 5.3% at 1400 GMT, while the Dutch line fell 3.1%.", "3.1%", "during"),
        ("Shares closed 4.2% lower on Tuesday, while the Dutch line lost 3.9%.", "3.9%", "close"),
        ("Shares fell as much as 7.1% before recovering to close 4.2% lower.", "7.1%", "during"),
        ("The stock rose by as much as 12% after the results.", "12%", "during"),
        ("Oil prices were down as much as 3 percent on Monday.", "3 percent", "during"),
        # "as much as" with no price moving: a share, no moment of a trading day (trial 34)
        (
            "The cut disrupted as much as 55 percent of traffic in Saudi Arabia, 52 percent "
            "in Egypt and 82 percent in India.",
            "82 percent",
            "",
        ),
        ("The firm may cut as much as 30% of its staff.", "30%", ""),
        ("Turnout reached as much as 70% in some districts.", "70%", ""),
    ],
)
def test_the_moment_of_a_market_day_is_read(sentence, value, want):
    from workbench.facts.period import moment_of

    assert moment_of(sentence, *_at(sentence, value)) == want


@pytest.mark.parametrize(
    ("a", "b", "compared"),
    [
        (
            "Its London-listed shares were down 5.3% at 1400 GMT on Tuesday.",
            "Its London-listed shares closed down 4.2 percent on Tuesday.",
            False,
        ),
        (
            "The FTSE 100 was up 1.2% in early trading on Monday.",
            "The FTSE 100 ended the day 0.4% higher on Monday.",
            False,
        ),
        (  # two closes, and a move told without its moment, still compare
            "The company's shares closed down 4.2% on Tuesday, the exchange said.",
            "The company's shares closed down 3.8% on Tuesday, the exchange said.",
            True,
        ),
        (
            "The company's shares fell 4.2% on Tuesday, the exchange said.",
            "The company's shares closed down 3.8% on Tuesday, the exchange said.",
            True,
        ),
    ],
)
def test_two_moments_of_a_market_day_are_two_measures(tmp_path, a, b, compared):
    assert bool([s for s in _shown(tmp_path, a, b) if s[2] == "conflict"]) is compared


def test_two_intervals_of_one_story_are_two_measures(tmp_path):
    from workbench.facts.dated_things import length_aside_event

    s = "The intrusion was not discovered until 2 October, 49 days later, and it was disclosed."
    assert length_aside_event(s, *_at(s, "49 days")) == "discovered"
    shown = _shown(
        tmp_path,
        "The intrusion was not discovered until 2 October, 49 days later, and the company "
        "disclosed it publicly on 9 October.",
        "The breach was discovered on 2 October and made public a week later, on 9 October.",
    )
    assert not [x for x in shown if (x[0], x[1]) == ("49 days", "a week")]
    shown = _shown(  # the same interval told twice still compares
        tmp_path,
        "The intrusion was not discovered until 2 October, 49 days later, the regulator said.",
        "The intrusion was not discovered until 2 October, 40 days later, the regulator said.",
    )
    assert ("49 days", "40 days", "conflict") in shown
