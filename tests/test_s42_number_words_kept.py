"""Session 42 (user trial 49, problem 10): the list's value cell never cuts out
the word that differs when a figure is said in words ("the past … years" hid
"three" against "four year"; "around six … ago (+1)" hid "weeks")."""

from __future__ import annotations

import pytest

from workbench.ui.whole_words import by_words


def _fits(n: int):
    return lambda s: len(s) <= n


@pytest.mark.parametrize(
    ("value", "room", "kept"),
    [
        ("for the past three years", 18, ["three", "years"]),
        ("around six weeks ago (+1)", 20, ["six", "weeks", "(+1)"]),
        ("nearly a dozen people were hurt", 20, ["dozen"]),
        ("some twelve hundred residents of the town", 24, ["twelve", "hundred"]),
    ],
)
def test_a_figure_in_words_is_kept(value, room, kept):
    shown = by_words(value, _fits(room))
    assert len(shown) <= room
    for word in kept:
        assert word in shown.split(), shown


def test_a_value_without_figures_is_cut_as_before():
    shown = by_words("the mayor of the northern town", _fits(16))
    assert shown.startswith("the ") and "…" in shown
