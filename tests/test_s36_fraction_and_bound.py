"""Bound and rounding arithmetic an editor could not follow (issue 11, session 36).

Readers judged wrong the questions "14.2 per cent is nearer 20% than the
14.3% 'about a seventh' says" (a seventh was off the grid of fractions a
writer rounds a share to, so its nearest neighbour was read as a fifth) and
"'more than five hours' puts it above 4 hours 30 minutes; 'about five hours'
states 4 hours 30 minutes" (a figure hedged both ways reaches past the bound:
the two agree).
"""

from __future__ import annotations

import pytest
from conftest import analyse_bodies

from workbench import judge


def _flags(tmp_path, a: str, b: str) -> list[tuple[str, str, str]]:
    analysis = analyse_bodies(tmp_path, a, b)
    return [(str(d.verdict), d.rule, d.explanation) for d in analysis.discrepancies]


@pytest.mark.parametrize(
    ("precise", "hedged"),
    [
        (
            "Its shares fell 14.2 per cent on Wednesday.",
            "Its shares fell by about a seventh on Wednesday.",
        ),
        (
            "Turnout fell 11.3% in the city last year.",
            "Turnout fell by about a ninth in the city last year.",
        ),
        (
            "Prices rose 16.9% over the year, the agency said.",
            "Prices rose by about a sixth over the year, the agency said.",
        ),
    ],
)
def test_a_share_that_rounds_to_the_fraction_told_agrees(tmp_path, precise, hedged):
    flags = _flags(tmp_path, precise, hedged)
    assert [verdict for verdict, _rule, _why in flags] == ["consistent"]


@pytest.mark.parametrize(
    ("precise", "hedged", "nearer"),
    [
        (
            "Its shares fell 12.4 per cent on Wednesday.",
            "Its shares fell by about a seventh on Wednesday.",
            "12.5%",
        ),
        (
            "Turnout fell 13.9% in the city last year.",
            "Turnout fell by about a ninth in the city last year.",
            "14.3%",
        ),
    ],
)
def test_a_share_nearer_another_fraction_names_that_fraction(tmp_path, precise, hedged, nearer):
    """Session 42: both shares lie plainly on another fraction (within a quarter of
    the gap), so the pair is now a conflict (share_plainly_another_fraction,
    tests/test_s42_fractions.py); with that row off it is this question still."""
    (tmp_path / "now").mkdir()
    (tmp_path / "before").mkdir()
    ((verdict, rule, why),) = _flags(tmp_path / "now", precise, hedged)
    assert (verdict, rule) == ("conflict", "share_plainly_another_fraction")
    assert f"({nearer})" in why
    with judge.rules.without("share_plainly_another_fraction"):
        ((verdict, rule, why),) = _flags(tmp_path / "before", precise, hedged)
    assert (verdict, rule) == ("unresolved", "hedged_figure_rounded_elsewhere")
    assert f"nearer {nearer} than" in why


@pytest.mark.parametrize(
    ("bound", "hedged"),
    [
        (
            "The fire warning came more than five hours into the flight.",
            "The fire warning came about five hours into the flight.",
        ),
        (
            "The search went on for less than three days before the bodies were found.",
            "The search went on for roughly three days before the bodies were found.",
        ),
        (
            "The strike lasted more than 20 minutes before police arrived.",
            "The strike lasted around 20 minutes before police arrived.",
        ),
    ],
)
def test_a_bound_at_a_figure_hedged_both_ways_agrees(tmp_path, bound, hedged):
    assert [v for v, _r, _w in _flags(tmp_path, bound, hedged)] == ["consistent"]


def test_a_bound_at_a_plain_figure_stays_a_question_saying_what_each_states(tmp_path):
    ((verdict, _rule, why),) = _flags(
        tmp_path,
        "The talks lasted more than eight years, officials said.",
        "The talks lasted eight years, officials said.",
    )
    assert verdict == "unresolved"
    assert "puts it above 8 years; 'eight years' states 8 years" in why


def test_nearly_a_figure_against_more_than_it_states_no_figure_below_it(tmp_path):
    ((verdict, _rule, why),) = _flags(
        tmp_path,
        "The strike lasted more than 20 minutes before police arrived.",
        "The strike lasted nearly 20 minutes before police arrived.",
    )
    # above and just below one figure: a conflict since session 38 (the quantity
    # family's 'more than 150' / 'nearly 150'; tests/test_s38_opposite_bounds.py)
    assert verdict == "conflict"
    assert "states 17 minutes" not in why and "puts it above 20 minutes" in why
