"""Reading what a figure measures on real copy (issue 11, session 14):

- whose figure a sentence's opening name has, through auxiliaries ("Jones has
  rushed for 1,203 yards", "Cole had been sentenced to 12 years");
- a player's line is not a change ("Miller added 13 rebounds");
- the period a figure covers: an earlier season is not this one, one day's
  count is not a running total ("two deaths on Friday" / "eleven so far").
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import value_of, write

from workbench.analysis import analyze_paths
from workbench.facts.measure import measure_of
from workbench.facts.period import scope_of
from workbench.facts.quantity.numbers import find_numbers
from workbench.facts.whose import subject_of


def _at(sentence: str, value: str) -> tuple[int, int]:
    s = sentence.index(value)
    return s, s + len(value)


@pytest.mark.parametrize(
    ("sentence", "value", "want"),
    [
        ("Jones has rushed for 1,203 yards this season.", "1,203", ("jones",)),
        ("Cole had been sentenced to 12 years in prison.", "12", ("cole",)),
        ("Diaz was fined $5,000 by the league.", "$5,000", ("diaz",)),
        ("Ortiz has also thrown for 310 yards.", "310", ("ortiz",)),
        ("Keane will be awarded 40,000 pounds.", "40,000", ("keane",)),
        ("Okafor adds 9 assists off the bench.", "9", ("okafor",)),
        # one player's line goes on after a comma and an "and"
        ("Johnson had 24 points, 11 rebounds and five assists.", "11", ("johnson",)),
        ("Johnson had 24 points, 11 rebounds and five assists.", "five", ("johnson",)),
        ("Johnson had 24 points, and Miller had 11 rebounds.", "11", ()),
        ("Police found 24 bodies, 11 children among them.", "11", ()),
        # a verb after "had" is no having, and a generic opener is no name
        ("Gunmen had killed 12 people in the raid.", "12", ()),
        ("Officials had been told of 24 reports.", "24", ()),
        ("Police had been called 3 times.", "3", ()),
    ],
)
def test_the_subject_is_read_through_auxiliaries(sentence, value, want):
    assert subject_of(sentence, *_at(sentence, value)) == want


@pytest.mark.parametrize(
    ("sentence", "value", "role"),
    [
        ("Miller added 13 rebounds for the Hornets.", "13", "level"),
        ("Okafor also adds 9 assists off the bench.", "9", "level"),
        ("James Smith added 20 points and seven assists.", "20", "level"),
        # a market's or a price's change stays a change
        ("Shares added 26 cents to close at $24.34.", "26", "change"),
        ("The index added 1.2% on the day.", "1.2%", "change"),
        ("Apple added $100 to the price.", "$100", "change"),
    ],
)
def test_a_players_line_added_is_a_level(sentence, value, role):
    assert measure_of(sentence, *_at(sentence, value)).role == role


@pytest.mark.parametrize(
    ("sentence", "value", "scope"),
    [
        ("He averaged 20 points a game last season.", "20", "last-season"),
        ("Last season he scored 12 goals for the club.", "12", "last-season"),
        ("He scored 14 goals in the previous season.", "14", "last-season"),
        ("He is averaging 24 points a game this season.", "24", "game"),
        ("He has scored 9 goals this season.", "9", "season"),
        # one day's count names no period: against a running total it is a
        # question (like.total_against_one_count), not silence
        ("Two people died on Friday, officials said.", "Two", ""),
        ("The toll stands at 11 so far.", "11", "total"),
        ("He hit 30 homers in each of the past five seasons.", "30", "season"),
        ("Three people were hurt in the crash.", "Three", ""),
    ],
)
def test_the_period_a_figure_covers(sentence, value, scope):
    assert scope_of(sentence, *_at(sentence, value)) == scope


def _flags(tmp_path, monkeypatch, a: str, b: str):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
    paths = [
        write(tmp_path, "a.md", front.format("Courier") + a),
        write(tmp_path, "b.md", front.format("Gazette") + b),
    ]
    return [d for d in analyze_paths(paths).discrepancies if d.kind != "attribution"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Okafor averaged 18 points a game last season for the Hornets, the team said.",
            "Okafor is averaging 22 points a game this season for the Hornets, the team said.",
        ),
        (
            "Two people died in the floods on Friday in the valley, officials said.",
            "Eleven people have died in the floods in the valley so far, officials said.",
        ),
        (
            "Jones has rushed for 1,203 yards for the Bears this season, the league said.",
            "Smith has rushed for 980 yards for the Bears this season, the league said.",
        ),
    ],
    ids=["last-season", "one-day-against-so-far", "two-rushers"],
)
def test_figures_of_different_periods_or_people_are_not_compared(tmp_path, monkeypatch, a, b):
    assert [d for d in _flags(tmp_path, monkeypatch, a, b) if d.verdict.value == "conflict"] == []


def test_one_period_one_person_still_conflicts(tmp_path, monkeypatch):
    a = "Okafor averaged 18 points a game last season for the Hornets, the team said."
    b = "Okafor averaged 21 points a game last season for the Hornets, the team said."
    found = _flags(tmp_path, monkeypatch, a, b)
    assert [(d.verdict.value, d.sides[0].text) for d in found] == [("conflict", "18")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The climbers waited 21/2 hours.", [("21/2", 2.5)]),
        ("He walked 41/2 miles to the town.", [("41/2", 4.5)]),
        ("a 21/2-hour wait", [("21/2", 2.5)]),
        ("The wall is 101/2 feet high.", [("101/2", 10.5)]),
        ("It took 13/4 hours.", [("13/4", 1.75)]),
        ("It lasted 11/2 days.", [("11/2", 1.5)]),
        # no unit after it, or no proper fraction in lowest terms: not read at all
        ("The court met on 11/2 the next year.", []),
        ("It was a 41/2 vote.", []),
        ("They played 12/4 games.", []),
        ("The 9/11 attacks", []),
        # a fraction of a whole is still one
        ("3/4 of voters agreed.", [("3/4", 0.75)]),
    ],
)
def test_a_glued_mixed_number_is_read_before_a_unit(text, want):
    assert [(n.text, n.value) for n in find_numbers(text)] == want


def test_the_tail_of_a_glued_mixed_number_is_never_compared(tmp_path, monkeypatch):
    """'41/2 years' is 4 1/2 years: whatever reads '2 years' from its tail,
    that '2 years' is not held against 'five years'."""
    found = _flags(
        tmp_path,
        monkeypatch,
        "He was sentenced to 41/2 years in prison on Monday, the court said.",
        "He was sentenced to five years in prison on Monday, the court said.",
    )
    assert [d for d in found if any(s.text == "2 years" for s in d.sides)] == []
    # read whole, 4 1/2 years against five years is a difference an editor checks
    assert [(d.verdict.value, d.sides[0].text) for d in found] == [("conflict", "41/2 years")]


def test_a_glued_mixed_distance_compares_as_its_value(tmp_path, monkeypatch):
    found = _flags(
        tmp_path,
        monkeypatch,
        "The rescuers walked 41/2 miles to reach the climbers on Monday.",
        "The rescuers walked 4.5 miles to reach the climbers on Monday.",
    )
    assert [d.verdict.value for d in found if d.kind == "quantity"] in ([], ["consistent"])
    found = _flags(
        tmp_path,
        monkeypatch,
        "The rescuers walked 41/2 miles to reach the climbers on Monday.",
        "The rescuers walked six miles to reach the climbers on Monday.",
    )
    assert [(d.verdict.value, d.sides[0].text) for d in found] == [("conflict", "41/2 miles")]


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("He served 41/2 months in federal prison.", "41/2 months", "P4.5M"),
        ("She was jailed for 21/2 years on Monday.", "21/2 years", "P2.5Y"),
        ("The search went on for 11/2 days.", "11/2 days", "PT36H"),
        ("The crossing took 33/4 hours.", "33/4 hours", "PT225M"),
    ],
)
def test_the_time_family_reads_a_glued_mixed_length_whole(text, expr, value):
    """'41/2 months' is 4 1/2 months with its space lost in a token rebuild,
    never '2 months' read from its tail."""
    assert value_of(text, date(2024, 3, 2), expr) == value


def test_a_glued_mixed_length_is_compared_as_its_value(tmp_path, monkeypatch):
    """4 1/2 months against more than four years is a conflict; against four
    and a half months it agrees."""
    glued = "LaRue served 41/2 months in federal prison for conspiracy to obstruct justice."
    found = _flags(
        tmp_path,
        monkeypatch,
        glued,
        "LaRue served more than four years in federal prison for conspiracy to obstruct justice.",
    )
    assert [(d.verdict.value, d.sides[0].text) for d in found] == [("conflict", "41/2 months")]
    found = _flags(
        tmp_path,
        monkeypatch,
        glued,
        "LaRue served four and a half months in federal prison for conspiracy to obstruct justice.",
    )
    assert [d.verdict.value for d in found] in ([], ["consistent"])
