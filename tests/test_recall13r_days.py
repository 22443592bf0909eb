"""Reports of one event published days or months apart (issue 11, recall on
real copy): what is comparable is compared instead of the whole sentence pair
being dropped.

- a figure that cannot change between reports (a year written out, an age, a
  distance) is compared as usual, however far apart the reports appeared;
- a figure that can move (a count, money, a share, a length of time) that
  differs months later is a question naming both publication days, when both
  sides say alike what they count, and nothing otherwise;
- an agreement months apart, or a day each report counts from its own
  publication ("on Monday"), is not shown.

Made-up sentences of the shapes found on the ECB+ development half (a range
of prison terms 335 days apart, a court ruling's year 85 days apart).
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench import judge, thresholds
from workbench.analysis import analyze, analyze_paths
from workbench.articles import load_articles
from workbench.judge import days


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def flags(tmp_path):
    def run(a: str, b: str, pub_a: str, pub_b: str, without: tuple[str, ...] = ()):
        front = "---\ntitle: T\noutlet: {}\npublished: {}\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier", pub_a) + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette", pub_b) + b + "\n"),
        ]
        with judge.rules.without(*without):
            found = analyze_paths(paths).discrepancies
        return [d for d in found if d.kind != "attribution"]

    return run


# each shape in two wordings: reports months apart rarely repeat a sentence
TERMS = (
    "Seven of the sect's men were convicted and received sentences ranging from {} to 75 years.",
    "Seven other men have been found guilty, with sentences ranging from {} to 75 years.",
)
RULING = (
    "The state supreme court threw out the conviction that a jury returned in {}.",
    "The state supreme court overturned the conviction a jury returned in {}, his lawyers said.",
)
QUAKE = (
    "The quake struck {} miles from the coast of the island, the survey said.",
    "The quake struck {} miles off the coast of the island, according to the survey.",
)
TOLL = (
    "The flood killed {} people in the valley towns, the regional governor said.",
    "The flood killed {} people in the valley, the governor of the region said on the radio.",
)
TURNOUT = (
    "Turnout was {} in the northern district, officials said.",
    "Turnout in the northern district was {}, election officials said.",
)
RECALL = (
    "The recall of the heaters was announced on {} by the safety board.",
    "The safety board announced the recall of the heaters on {}.",
)


def test_a_year_written_out_is_compared_months_apart(flags):
    found = flags(RULING[0].format(2008), RULING[1].format(2007), "2010-09-08", "2010-12-02")
    assert [(str(d.verdict), d.sides[0].text, d.sides[1].text) for d in found] == [
        ("conflict", "2008", "2007")
    ]


def test_a_distance_is_compared_months_apart(flags):
    found = flags(QUAKE[0].format(40), QUAKE[1].format(25), "2024-03-13", "2024-09-13")
    assert [(str(d.verdict), d.rule) for d in found] == [("conflict", "fact_module")]


def test_a_length_of_time_months_apart_is_a_question_naming_both_days(flags):
    found = flags(TERMS[0].format("six"), TERMS[1].format(7), "2011-08-09", "2010-09-08")
    assert len(found) == 1
    d = found[0]
    assert (str(d.verdict), d.rule) == ("unresolved", "count_moved_between_days")
    assert "2011-08-09" in d.explanation and "2010-09-08" in d.explanation
    assert "335 days apart" in d.explanation


def test_a_toll_months_apart_is_a_question_not_a_conflict(flags):
    found = flags(TOLL[0].format(12), TOLL[1].format(19), "2024-01-05", "2024-04-20")
    assert [(str(d.verdict), d.rule) for d in found] == [("unresolved", "count_moved_between_days")]


def test_a_count_many_times_another_months_apart_is_not_an_update(flags):
    """A later report updates a figure within a factor of three; beyond it the
    two count different things ('the mother of 12 children' / 'one of the two
    mothers': ECB+, an event outside the judged set)."""
    a, b = TOLL[0].format(5), TOLL[1].format(19)
    assert [str(d.verdict) for d in flags(a, b, "2024-01-05", "2024-01-06")] == ["conflict"]
    assert flags(a, b, "2024-01-05", "2024-04-20") == []


def test_counts_of_unlike_things_months_apart_are_not_shown(flags):
    """Both sentences look alike, but the words around the figures share
    nothing: one firm's loans against two firms' loans, months later."""
    a = "The carmaker said it has already received $13.4 billion from the Treasury this winter."
    b = "Since December the two carmakers got $17.4 billion in emergency aid, the Treasury said."
    found = flags(a, b, "2009-02-18", "2009-04-03")
    assert [d for d in found if d.kind == "money"] == []


def test_an_agreement_months_apart_is_not_shown(flags):
    a, b = TURNOUT[0].format("15%"), TURNOUT[1].format("15 per cent")
    assert flags(a, b, "2024-03-13", "2024-03-13")  # the same day: consistent, in other words
    assert flags(a, b, "2024-03-13", "2024-09-13") == []


def test_days_counted_from_each_publication_months_apart_are_not_compared(flags):
    a, b = RECALL[0].format("Monday"), RECALL[1].format("Thursday")
    assert flags(a, b, "2024-03-13", "2024-03-13")  # the same day: two weekdays differ
    assert flags(a, b, "2024-03-13", "2024-07-20") == []


def test_a_count_a_day_later_is_still_judged_as_before(flags):
    """Inside the weeks reports of one event appear in, nothing changes here."""
    found = flags(TOLL[0].format(12), TOLL[1].format(19), "2024-01-05", "2024-01-06")
    assert [str(d.verdict) for d in found] == ["conflict"]


def test_the_window_is_a_threshold(tmp_path):
    """judge.same_event_days decides what 'far apart' is."""
    front = "---\ntitle: T\noutlet: {}\npublished: {}\n---\n"
    a, b = TURNOUT[0].format("15%"), TURNOUT[1].format("15 per cent")
    paths = [
        write(tmp_path, "a.md", front.format("Courier", "2024-03-13") + a + "\n"),
        write(tmp_path, "b.md", front.format("Gazette", "2024-09-13") + b + "\n"),
    ]
    wide = thresholds.with_value("judge.same_event_days", 200)
    assert analyze(load_articles(paths)).discrepancies == ()
    shown = analyze(load_articles(paths), thresholds=wide).discrepancies
    assert [str(d.verdict) for d in shown] == ["consistent"]


def test_left_out_the_rule_shows_the_agreement(flags):
    a, b = TURNOUT[0].format("15%"), TURNOUT[1].format("15 per cent")
    shown = flags(a, b, "2024-03-13", "2024-09-13", without=("published_far_apart",))
    assert [str(d.verdict) for d in shown] == ["consistent"]


@pytest.mark.parametrize(
    ("sentence", "value", "moves", "fixed"),
    [
        ("The flood killed 12 people.", "12", True, False),
        ("The plan costs $4 million.", "$4 million", True, False),
        ("Turnout was 15% in the district.", "15%", True, False),
        ("He was jailed for 10 years.", "10 years", True, False),
        ("The quake struck 40 miles from the coast.", "40 miles", False, True),
        ("The court ruled in 2008.", "2008", False, True),
        ("The court ruled on Monday.", "Monday", False, False),
        ("The court ruled in March.", "March", False, False),
        ("Dozens of homes were damaged.", "Dozens", False, False),
    ],
)
def test_what_can_move_between_reports(sentence, value, moves, fixed, tmp_path):
    path = write(tmp_path, "a.md", "---\ntitle: T\npublished: 2024-03-13\n---\n" + sentence)
    facts = [f for f in analyze_paths([path]).facts if f.text.lower() == value.lower()]
    assert facts, [f.text for f in analyze_paths([path]).facts]
    assert days.can_move(facts[0]) is moves
    assert days.fixed(facts[0]) is fixed


RULED = (
    "In August the state supreme court threw out his {} conviction for arranging the "
    "marriage of a girl to her cousin.",
    "The state court overturned the {} conviction last month, his lawyers said.",
)


def _loose(tmp_path, a: str, b: str, without: tuple[str, ...] = ()):
    """Two sentences aligned at 0.48 on the lexical path, judged with a conflict
    floor above that: as loose as a second partner on the ECB+ half (0.43)."""
    front = "---\ntitle: T\noutlet: {}\npublished: 2010-09-08\n---\n"
    paths = [
        write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
        write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
    ]
    floor = thresholds.with_value("align.lexical.conflict", 0.6)
    with judge.rules.without(*without):
        found = analyze(load_articles(paths), thresholds=floor).discrepancies
    return [(str(d.verdict), d.rule, d.sides[0].text, d.sides[1].text) for d in found]


def test_a_year_dated_alike_in_loose_sentences_is_a_question(tmp_path):
    """Session 37: both dates of one conviction, the texts settle it — a conflict
    (judge/dated_alike.py; readers judged the question borderline); without that
    row the question, and without both conflict_floor drops it."""
    a, b = RULED[0].format(2008), RULED[1].format(2007)
    found = _loose(tmp_path, a, b)
    assert ("conflict", "one_happening_dated_below_the_floor", "2008", "2007") in found
    one = ("one_happening_dated_below_the_floor",)
    asked = _loose(tmp_path, a, b, without=one)
    assert ("unresolved", "dated_alike_below_the_floor", "2008", "2007") in asked
    hidden = _loose(tmp_path, a, b, without=(*one, "dated_alike_below_the_floor"))
    assert not [f for f in hidden if f[2] == "2008"]  # conflict_floor drops it


def test_a_day_without_its_year_in_loose_sentences_stays_silent(tmp_path):
    """'in June' names a day counted from the article's date: below the floor
    it is not asked about."""
    a, b = RULED[0].format("June"), RULED[1].format("May")
    assert not [f for f in _loose(tmp_path, a, b) if f[2] == "June"]


SHOOTING = (
    "A man suspected of shooting three people at an accounting firm from which he was "
    "fired last week was arrested a few hours after the attack this morning, police said.",
    "A man shot one person dead and injured two others Monday at the accounting firm from "
    "which he was fired last week, police said.",
)


def test_a_day_off_told_in_other_words_is_a_question(flags):
    """'the attack this morning' in a paper dated the 10th (wire copy from
    another time zone) against 'injured two others Monday': the words around
    the two days differ, and the claims hold other dates, yet it is the day of
    the attack, one day off (ECB+ 18_ecbplus, development half)."""
    found = flags(*SHOOTING, "2007-04-10", "2007-04-10")
    days_ = [(str(d.verdict), d.rule, d.sides[0].text, d.sides[1].text) for d in found]
    assert ("unresolved", "a_day_off_by_the_clock", "this morning", "Monday") in days_
    hidden = flags(*SHOOTING, "2007-04-10", "2007-04-10", without=("a_day_off_in_other_words",))
    assert not [d for d in hidden if d.sides[0].text == "this morning"]


def test_a_day_off_is_a_question_even_in_a_loose_alignment(tmp_path):
    """The question comes before the conflict floor: a split sentence aligned
    at 0.36 on the ECB+ half ('One victim died in the Monday morning attack.')
    carried the day of the attack."""
    a, b = SHOOTING
    front = "---\ntitle: T\noutlet: {}\npublished: 2007-04-10\n---\n"
    paths = [
        write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
        write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
    ]
    floor = thresholds.with_value("align.lexical.conflict", 0.7)
    found = analyze(load_articles(paths), thresholds=floor).discrepancies
    assert [(str(d.verdict), d.sides[0].text) for d in found] == [("unresolved", "this morning")]
