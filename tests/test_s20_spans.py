"""Issue 11, trial 29 (ECB+ 05_ecb, 02_ecb): a tenure in one role against a
whole time, a change against a level (and a figure's own clause owner), and
dates of different awards (judge/spans.py, facts/tenure.py, judge/plays.py)."""

from __future__ import annotations

import pytest
from conftest import analyse_bodies

from workbench.facts.tenure import award_of, tenure_of


def _analyse(tmp_path, *bodies):
    return analyse_bodies(tmp_path, *bodies)


def _verdicts(analysis):
    return {(d.sides[0].text, d.sides[1].text): str(d.verdict) for d in analysis.discrepancies}


def _at(sentence, value, reader):
    i = sentence.index(value)
    return reader(sentence, i, i + len(value))


@pytest.mark.parametrize(
    "sentence, value, tenure",
    [
        ("DiLeo has spent 19 seasons with the 76ers.", "19", ("whole", "76ers")),
        ("He spent four seasons as the team's director.", "four", ("role", "director")),
        ("She has worked 20 years at the company.", "20", ("whole", "company")),
        ("Kerr served five years as chief executive.", "five", ("role", "executive")),
        ("He sat for 14 years in parliament.", "14", ("whole", "parliament")),
        ("She spent three years as foreign minister.", "three", ("role", "minister")),
        ("He has scored 12 goals in 2008.", "12", ("", "")),
        ("They waited three years for a verdict.", "three", ("", "")),
    ],
)
def test_a_tenure_says_whether_it_is_in_a_role_or_a_whole_time(sentence, value, tenure):
    assert _at(sentence, value, tenure_of) == tenure


@pytest.mark.parametrize(
    "left, right",
    [
        (
            "Stefanski said DiLeo has spent four seasons with the 76ers organisation.",
            "Stefanski said DiLeo spent 19 seasons as the 76ers director of player personnel.",
        ),
        (
            "Analysts noted Mason has spent five years at the company before the merger.",
            "Analysts noted Mason spent 20 years as chief executive before the merger.",
        ),
        (
            "Supporters say Okafor spent three years in parliament for the Labour party.",
            "Supporters say Okafor spent 14 years as minister for the Labour party.",
        ),
    ],
)
def test_a_role_longer_than_a_whole_time_is_a_question(tmp_path, left, right):
    """Session 21: a role no longer than the whole time fits inside it and is no
    flag (tests/test_s21_part_of_whole.py); a role longer than the whole time
    cannot lie inside it and stays a question, never a conflict."""
    verdicts = set(_verdicts(_analyse(tmp_path, left, right)).values())
    assert "conflict" not in verdicts
    assert "unresolved" in verdicts


def test_times_in_different_roles_are_not_compared(tmp_path):
    left = "Before joining the board, Hale spent three years as finance minister in Ottawa."
    right = "Before joining the board, Hale spent five years as chief executive in Ottawa."
    assert _verdicts(_analyse(tmp_path, left, right)) == {}


def test_the_same_role_still_compares(tmp_path):
    left = "Before joining the board, Hale spent three years as finance minister in Ottawa."
    right = "Before joining the board, Hale spent four years as finance minister in Ottawa."
    assert "conflict" in _verdicts(_analyse(tmp_path, left, right)).values()


@pytest.mark.parametrize(
    "left, right",
    [
        (
            "Miller is averaging 15.5 points per game, but Iguodala is averaging just 14.9 "
            "points per contest this season.",
            "Miller is averaging 15.5 points per game, Iguodala 14.9 points, while Dalembert "
            "is down almost five points per game this season.",
        ),
        (
            "The Rangers said Kovalev is averaging 21 minutes a night this season.",
            "The Rangers said Kovalev is down four minutes a night this season.",
        ),
        (
            "The airline said its fleet flew 310 routes in the quarter.",
            "The airline said its fleet flew a drop of 40 routes in the quarter.",
        ),
    ],
)
def test_a_change_is_not_compared_with_a_level(tmp_path, left, right):
    assert "conflict" not in _verdicts(_analyse(tmp_path, left, right)).values()


def test_two_changes_still_compare(tmp_path):
    left = "The Rangers said Kovalev is down four minutes a night this season."
    right = "The Rangers said Kovalev is down six minutes a night this season."
    assert "conflict" in _verdicts(_analyse(tmp_path, left, right)).values()


@pytest.mark.parametrize(
    "sentence, value, award",
    [
        ("He won a Tony Award in 2004 for his role in the musical.", "2004", "tony"),
        ("Jackman, who won an Emmy for doing so in 2005, knows the stage.", "2005", "emmy"),
        ("He hosted the 2007 Oscars.", "2007", "oscar"),
        ("She won an Academy Award in 1998.", "1998", "oscar"),
        ("The film took a Bafta in 2011.", "2011", "bafta"),
        ("He was awarded the Nobel Prize in 1921.", "1921", "nobel"),
        ("She won the Turner Prize in 1999.", "1999", "turner"),
        ("Crystal hosted in 2008 and 2006.", "2008", ""),
    ],
)
def test_a_date_names_the_award_it_is_of(sentence, value, award):
    assert _at(sentence, value, award_of) == award


@pytest.mark.parametrize(
    "left, right",
    [
        (
            "Over his career Jackman won a Tony Award in 2004 for the musical.",
            "Over his career Jackman won an Emmy for hosting in 2005, the musical aside.",
        ),
        (
            "In her long career Adele won a Grammy in 2009 for the album.",
            "In her long career Adele won a Bafta in 2013 for the album's theme.",
        ),
    ],
)
def test_dates_of_different_awards_are_not_compared(tmp_path, left, right):
    assert "conflict" not in _verdicts(_analyse(tmp_path, left, right)).values()


def test_dates_of_the_same_award_still_compare(tmp_path):
    left = "Producers said Crystal hosted the Oscars in 2007 to strong ratings."
    right = "Producers said Crystal hosted the Oscars in 2008 to strong ratings."
    assert "conflict" in _verdicts(_analyse(tmp_path, left, right)).values()


def test_a_stat_belongs_to_its_own_clause_subject(tmp_path):
    left = "Miller is averaging 15.5 points per game, but Iguodala is averaging 12.9 points."
    right = (
        "Miller is averaging 15.5 points per game, Iguodala 14.9 points, while Dalembert "
        "is averaging 5.8 points."
    )
    # the right sentence names Iguodala for his own 14.9: its 5.8 is Dalembert's
    assert ("12.9", "5.8") not in _verdicts(_analyse(tmp_path, left, right))


def test_a_date_beside_a_role_is_no_tenure():
    sentence = "He came to the Sixers in 1994 as an assistant coach."
    assert _at(sentence, "1994", tenure_of) == ("", "")
