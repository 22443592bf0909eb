"""Running figures told at different moments (session 29, eng81; issue 11).

The largest cause of false conflicts on unseen authored copy: a toll, a count of
the missing, of customers without power or of claims lodged, told at two
moments. The moment is given by the figure's own sentence ("as of", "by", "at
2pm" after a state, "in critical condition last night"), by a date written out
in parentheses after a weekday ("by Thursday afternoon (13 March)"), or by its
report's date when the sentence gives none: a report of Wednesday cannot tell
Thursday evening's count, and a report days later than another tells a later
moment than the other's stamp. Two reports of one moment that differ still
conflict. Made-up cases in other places, nouns and wordings; each would fail
before.
"""

from datetime import date

import pytest
from conftest import opening_body_flags

from workbench.judge.running import stamps


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def flags(tmp_path):
    """Flags of two made-up reports: (opening, body, published) each."""

    return lambda a, b: opening_body_flags(tmp_path, a, b)


def _about(found, x: str, y: str):
    return [f for f in found if {f[0], f[1]} == {x, y}]


# --- 1. the moment a sentence gives its figure ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "published", "day", "text"),
    [
        # a date written out after the weekday says which one ("by" alone reads ahead)
        (
            "- Claims lodged by Thursday afternoon (13 March): 8,600",
            date(2025, 3, 18),
            13,
            # one mention with its date since time/bracketed.py (eng84)
            "Thursday afternoon (13 March)",
        ),
        (
            "Insurers had paid 410 claims by Friday (October 3), the council said.",
            date(2025, 10, 9),
            3,
            "Friday",
        ),
        (
            "As of Monday morning (June 2), 57 roads remained shut.",
            date(2025, 6, 5),
            2,
            "Monday morning",
        ),
        # a clock time a count's state held at, on the day its sentence gave
        (
            "At 7am on Saturday 52,000 homes were still without power at noon.",
            date(2024, 2, 10),
            10,
            "noon",
        ),
        (
            "The utility said 9,300 customers were without electricity at 4pm.",
            date(2024, 2, 11),
            11,
            "4pm",
        ),
        # the time a count of patients' condition held
        (
            "Six of the injured were in a critical condition last night.",
            date(2024, 5, 8),
            7,
            "last night",
        ),
        (
            "Two were said to be in serious condition on Sunday evening.",
            date(2024, 5, 14),
            12,
            "Sunday evening",
        ),
    ],
)
def test_the_moment_a_sentence_gives_its_figure(sentence, published, day, text):
    found = stamps(sentence, published)
    assert [(s[0].day, s[2]) for s in found] == [(day, text)], found


def test_a_day_of_the_happening_is_still_no_moment():
    # "were injured on Tuesday" dates the injuring, not a count's state
    assert stamps("Eleven people were injured on Tuesday.", date(2024, 5, 8)) == ()
    assert stamps("Four people were killed in the blast on Friday.", date(2024, 5, 8)) == ()


# --- 2. a figure with no moment: its report's date ------------------------------------

_OPENING = "Floods swept through the Varna valley after days of rain."


@pytest.mark.parametrize(
    ("a", "b", "pair", "rule"),
    [
        # the later report, days on, gives no time; the earlier one stamps its count
        (
            ("As of Tuesday evening, 27 people were missing, the agency said.", "2024-04-10"),
            ("Twelve people are missing, the agency said.", "2024-04-13"),
            ("27", "Twelve"),
            "either way",
        ),
        (
            ("The flood killed four people, police said as of late Tuesday night.", "2024-04-10"),
            ("Five days after the flood that killed six people, the river fell.", "2024-04-15"),
            ("four", "six"),
            "only grows",
        ),
        # the earlier report, no time given, cannot tell a later day's count
        (
            ("Some 31 people are missing after the river burst its banks.", "2024-04-10"),
            ("The toll rose to 9 on Friday (April 12), with 18 people missing.", "2024-04-12"),
            ("Some 31", "18"),
            "either way",
        ),
    ],
)
def test_a_figure_at_its_report_s_date_against_a_stamped_one(flags, a, b, pair, rule):
    found = flags((_OPENING, *a), (_OPENING, *b))
    told = _about(found, *pair)
    # aligned, the update is shown and says why; never met, it is not shown at all
    assert all(f[2] == "consistent" for f in told), found
    for f in told:
        assert "two moments" in f[3] and rule in f[3] and "published" in f[3]


@pytest.mark.parametrize(
    ("a", "b", "pair"),
    [
        (
            ("As of Tuesday evening, 27 people were missing, the agency said.", "2024-04-10"),
            ("Twelve people are missing, the agency said.", "2024-04-13"),
            ("27", "Twelve"),
        ),
        (
            ("Police said 230 people were arrested by Saturday night.", "2024-04-07"),
            ("Police said 260 people were arrested.", "2024-04-09"),
            ("230", "260"),
        ),
    ],
)
def test_the_same_figures_of_one_report_s_date_still_differ(flags, a, b, pair):
    # the same two reports a day apart, the unstamped one first: its date cannot be
    # later than the other's stamp, so nothing settles it
    (sa, pa), (sb, pb) = a, b
    found = flags((_OPENING, sb, pa), (_OPENING, sa, pb))
    assert [f[2] for f in _about(found, *pair) if "two moments" in f[3]] == [], found


def test_same_day_reports_are_one_moment_whatever_the_stamp(flags):
    # both of Wednesday: the unstamped toll may be Monday evening's too
    found = flags(
        (_OPENING, "By Monday evening, 14 people had died in the floods.", "2024-04-10"),
        (_OPENING, "Seventeen people died in the floods.", "2024-04-10"),
    )
    assert [f[2] for f in _about(found, "14", "Seventeen")] == ["conflict"], found


def test_a_toll_lower_in_the_later_report_is_no_update(flags):
    found = flags(
        (_OPENING, "As of Tuesday evening, 40 people had died, the agency said.", "2024-04-10"),
        (_OPENING, "Thirty-five people died in the floods, the agency said.", "2024-04-14"),
    )
    assert not [f for f in _about(found, "40", "Thirty-five") if f[2] == "consistent"], found


def test_an_age_or_a_magnitude_takes_no_report_s_date(flags):
    # no running count: a report's date does not move an age
    found = flags(
        (
            _OPENING,
            "The mayor, Ilse Brandt, 58, said on Tuesday evening the town would rebuild.",
            "2024-04-10",
        ),
        (_OPENING, "The mayor, Ilse Brandt, 53, toured the town.", "2024-04-14"),
    )
    assert not [f for f in _about(found, "58", "53") if "two moments" in f[3]], found


# --- 3. a date written out settles one moment: a real conflict ------------------------


def test_one_moment_told_with_its_date_is_compared(flags):
    # "by Thursday evening" in a report of Tuesday 16th: the 11th, as written out
    found = flags(
        (
            _OPENING,
            "The insurers' council said 5,200 claims had been lodged by yesterday evening.",
            "2024-04-12",
        ),
        (
            _OPENING,
            "The insurers' council said 7,900 claims had been lodged by Thursday evening "
            "(11 April).",
            "2024-04-16",
        ),
    )
    assert [f[2] for f in _about(found, "5,200", "7,900")] == ["conflict"], found


def test_an_outage_at_two_times_of_one_day_is_an_update(flags):
    found = flags(
        (
            _OPENING,
            "The utility said 61,000 homes lost power at 5am on Monday, and 48,000 homes were "
            "still without power at 3pm.",
            "2024-04-08",
        ),
        (
            _OPENING,
            "As of yesterday evening, 21,000 homes were still without power, the utility said.",
            "2024-04-10",
        ),
    )
    told = _about(found, "48,000", "21,000")
    assert [f[2] for f in told] == ["consistent"], found


# --- 4. the times two counts' states held are no dates to compare --------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Three of the injured were in critical condition on Monday afternoon, a nurse said.",
            "Three of the injured were said to be in a critical condition last night.",
        ),
        (
            "Nine of them were in a serious condition on Monday afternoon.",
            "Seven of those hurt were in serious condition last night.",
        ),
    ],
)
def test_the_times_a_count_s_state_held_are_no_conflict(flags, a, b):
    found = flags((_OPENING, a, "2024-04-08"), (_OPENING, b, "2024-04-09"))
    dates = [f for f in found if "afternoon" in f[0] + f[1] and "night" in f[0] + f[1]]
    assert not [f for f in dates if f[2] == "conflict"], found


def test_a_happening_dated_twice_still_conflicts(flags):
    # not a state: the day of the blast itself, told as two days
    found = flags(
        (_OPENING, "The blast at the depot injured nine people on Monday afternoon.", "2024-04-08"),
        (_OPENING, "The blast at the depot injured nine people on Sunday night.", "2024-04-09"),
    )
    assert [f[2] for f in found if "Monday" in f[0] + f[1]] == ["conflict"], found


@pytest.mark.parametrize(
    ("a", "b", "times"),
    [
        (
            "The insurers' council said 3,100 claims had been lodged by yesterday afternoon.",
            "The insurers' council said 9,800 claims had been lodged by Monday 15 April.",
            ("yesterday afternoon", "Monday 15 April"),
        ),
        (
            "Officials said 41 aftershocks had been recorded by Tuesday evening.",
            "Officials said 77 aftershocks had been recorded by Thursday night.",
            ("Tuesday evening", "Thursday night"),
        ),
    ],
)
def test_two_cut_offs_of_a_count_are_no_agreement_to_show(flags, a, b, times):
    # each 'by' is the cut-off of its own figure: that one falls before the other says
    # nothing (the figures themselves are compared)
    found = flags((_OPENING, a, "2024-04-12"), (_OPENING, b, "2024-04-16"))
    assert not [f for f in found if {f[0], f[1]} == set(times)], found
