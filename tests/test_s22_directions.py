"""The direction of a change is part of what is compared (issue 11, session
22): "shares fell 2.1%" against "shares rose 2.1%" is a conflict naming both
directions, not one value told twice. Traps: a level reached ("fell 2.1% to
640p" / "closed at 640p"), a previous level ("down from 12%"), a fall stated
as a negative number, a direction against none."""

from __future__ import annotations

import pytest
from conftest import analyse_bodies

from workbench.facts.measure import measure_of
from workbench.model import Verdict


def _at(sentence: str, value: str):
    start = sentence.index(value)
    return measure_of(sentence, start, start + len(value))


@pytest.mark.parametrize(
    ("sentence", "value", "way", "word"),
    [
        ("Shares in Acme fell 2.1% on Tuesday.", "2.1%", "down", "fell"),
        ("Shares in Acme rose 2.1% on Tuesday.", "2.1%", "up", "rose"),
        ("The FTSE 100 slid 40 points by noon.", "40", "down", "slid"),
        ("The Nikkei climbed 1.8 per cent overnight.", "1.8 per cent", "up", "climbed"),
        ("The pound gained 0.4% against the euro.", "0.4%", "up", "gained"),
        ("The firm lost $3m on the trade.", "$3m", "down", "lost"),
        ("Sales were up 3% on the year.", "3%", "up", "up"),
        ("Output was down 3% in May.", "3%", "down", "down"),
        ("Profit showed a rise of 12% to $4.1bn.", "12%", "up", "rise"),
        ("Orders showed a drop of 12% in March.", "12%", "down", "drop"),
        ("Costs saw an increase of €5m this year.", "€5m", "up", "increase"),
        ("Stocks closed 2.1% lower in Frankfurt.", "2.1%", "down", "lower"),
        ("Stocks ended 1.5% higher in Zurich.", "1.5%", "up", "higher"),
        ("Brent crude jumped by about 4% on Friday.", "4%", "up", "jumped"),
        ("The yen plunged 3% after the decision.", "3%", "down", "plunged"),
        ("Turnover decreased by CHF 20m in the half.", "CHF 20m", "down", "decreased"),
    ],
)
def test_the_amount_of_a_change_has_its_direction(sentence, value, way, word):
    m = _at(sentence, value)
    assert (m.role, m.direction) == ("change", (way, word))


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Shares fell 2.1% to 640p in London.", "640p"),  # the level reached
        ("Unemployment was 11%, down from 12% a year ago.", "12%"),  # the previous level
        ("The bank may raise rates by up to 3% next year.", "3%"),  # a bound
        ("Its margin was 2% higher than its rival's.", "2%"),  # a difference
        ("Shares closed at 640p on Tuesday.", "640p"),
    ],
)
def test_a_level_or_a_previous_level_has_no_direction(sentence, value):
    assert _at(sentence, value).direction == ()


def _flags(tmp_path, *bodies):
    return [d for d in analyse_bodies(tmp_path, *bodies).discrepancies if d.kind != "quote"]


LEAD = "Shares in Borealis Mining {} on Tuesday after the company cut its annual forecast."


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("fell 2.1%", "rose 2.1%"),
        ("closed 2.1% lower", "climbed 2.1%"),
        ("were up 3 per cent", "were down 3 per cent"),
        ("gained 40p", "lost 40p"),
        ("slid 4.5%", "jumped 4.5%"),
    ],
)
def test_the_same_size_of_change_in_opposite_directions_is_a_conflict(tmp_path, left, right):
    flags = _flags(tmp_path, LEAD.format(left), LEAD.format(right))
    assert [d.verdict for d in flags] == [Verdict.CONFLICT]
    why = flags[0].explanation
    assert "opposite directions" in why
    assert "(down)" in why and "(up)" in why


def test_different_sizes_in_opposite_directions_say_so_too(tmp_path):
    (flag,) = _flags(tmp_path, LEAD.format("fell 2.1%"), LEAD.format("rose 3.4%"))
    assert flag.verdict == Verdict.CONFLICT
    assert "in opposite directions too" in flag.explanation


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("fell 2.1%", "slid 2.1%"),  # the same direction in other words
        ("fell 2.1%", "closed 2.1% lower"),
        ("fell 2.1%", "were 2.1% weaker"),  # a direction against none: as before
        ("fell 2.1% to 640p", "closed at 640p"),  # a change and a level reached
    ],
)
def test_no_conflict_without_opposite_directions(tmp_path, left, right):
    flags = _flags(tmp_path, LEAD.format(left), LEAD.format(right))
    assert all(d.verdict != Verdict.CONFLICT for d in flags)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("are down 3% this year", "rose 3%"),
        ("fell 4% in the first half", "rose 4% on Monday"),
        ("have gained 12% year-to-date", "lost 12%"),
    ],
)
def test_opposite_directions_over_different_periods_are_a_question(tmp_path, left, right):
    flags = _flags(tmp_path, LEAD.format(left), LEAD.format(right))
    assert [d.verdict for d in flags] == [Verdict.UNRESOLVED]
    assert "over different periods" in flags[0].explanation


def test_a_fall_stated_as_a_negative_number(tmp_path):
    fall = _flags(tmp_path, LEAD.format("fell 2.1%"), LEAD.format("moved -2.1%"))
    assert all(d.verdict != Verdict.CONFLICT for d in fall)
    rise = _flags(tmp_path, LEAD.format("rose 2.1%"), LEAD.format("moved -2.1%"))
    assert [d.verdict for d in rise] == [Verdict.CONFLICT]
    assert "'-2.1%' (down)" in rise[0].explanation
    near = _flags(tmp_path, LEAD.format("fell 2.1%"), LEAD.format("moved -2.14%"))
    assert [d.verdict for d in near] == [Verdict.CONSISTENT]  # compared by size
