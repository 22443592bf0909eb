"""A hedged conversion in parentheses that is no rounding of its figure
(session 35, eng107; authored development cyclone D2 "a gust of 232 km/h
(about 160 mph)" against another report's "144mph"): the other report's value
took the twin it agrees with, and the hedged twin was let pass as within its
hedge (10% either side). A conversion's "about" rounds the figure it converts,
at its own step ("160" is given to the ten): 144 mph never rounds to 160.

The sentences are made up; the pattern comes from the authored events.
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths


def _found(tmp_path, a: str, b: str) -> dict[frozenset[str], str]:
    fa = write(tmp_path, "a.txt", f"---\npublished: 2026-04-02\n---\n{a}\n")
    fb = write(tmp_path, "b.txt", f"---\npublished: 2026-04-02\n---\n{b}\n")
    found = analyze_paths([fa, fb])
    return {frozenset(s.text for s in d.sides): str(d.verdict) for d in found.discrepancies}


WRONG = [
    # a speed: 232 km/h is 144 mph
    (
        "Forecasters said the storm crossed the coast overnight, with a gust of 232 km/h "
        "(about 160 mph) measured at the lighthouse station.",
        "A gust of 144mph was measured at the lighthouse station shortly before the storm "
        "crossed the coast.",
        ["about 160 mph", "144mph"],
    ),
    # a distance: 12 miles is 19.3 km, within the hedge of "roughly 21"
    (
        "The fishing boat sank 12 miles (roughly 21 kilometres) off the headland, the "
        "coastguard said on Sunday.",
        "The coastguard said the fishing boat went down 12 miles off the headland.",
        ["roughly 21 kilometres", "12 miles"],
    ),
    # a weight, the hedged figure first: 40 tonnes is 88,200 pounds, within the hedge
    (
        "Inspectors said the lorry was carrying about 95,000 pounds (40 tonnes) of scrap "
        "metal when it overturned on the bypass.",
        "The lorry that overturned on the bypass was carrying 40 tonnes of scrap metal, "
        "inspectors said.",
        ["about 95,000 pounds", "40 tonnes"],
    ),
]


@pytest.mark.parametrize(("a", "b", "sides"), WRONG)
def test_a_hedged_conversion_no_rounding_of_its_figure_is_shown(tmp_path, a, b, sides):
    found = _found(tmp_path, a, b)
    assert found.get(frozenset(sides)) == "conflict", found


RIGHT = [
    # 232 km/h is 144.2 mph: 'about 145' at the five, 'about 140' at the ten
    (
        "Forecasters said the storm crossed the coast overnight, with a gust of 232 km/h "
        "(about 145 mph) measured at the lighthouse station.",
        "A gust of 144mph was measured at the lighthouse station shortly before the storm "
        "crossed the coast.",
    ),
    (
        "Forecasters said the storm crossed the coast overnight, with a gust of 232 km/h "
        "(about 140 mph) measured at the lighthouse station.",
        "A gust of 144mph was measured at the lighthouse station shortly before the storm "
        "crossed the coast.",
    ),
    # 12 miles is 19.3 km: 'roughly 20 kilometres'
    (
        "The fishing boat sank 12 miles (roughly 20 kilometres) off the headland, the "
        "coastguard said on Sunday.",
        "The coastguard said the fishing boat went down 12 miles off the headland.",
    ),
]


@pytest.mark.parametrize(("a", "b"), RIGHT)
def test_a_hedged_conversion_that_rounds_its_figure_says_nothing(tmp_path, a, b):
    found = _found(tmp_path, a, b)
    assert "conflict" not in found.values(), found


def test_a_hedged_sum_in_another_currency_is_left_to_the_rates(tmp_path):
    # the writer's exchange rate decides a currency: no rounding read into it
    found = _found(
        tmp_path,
        "The council agreed to pay €12 million (about £9 million) for the site, its "
        "leader said on Monday.",
        "The council will pay €12 million for the site, its leader said.",
    )
    assert not any(
        "£9 million" in " ".join(sides) and v == "conflict" for sides, v in found.items()
    ), found


def test_a_hedged_twin_against_a_hedged_figure_rounds_at_the_coarser_step(tmp_path):
    # 150 km is 93 miles, which rounds to 'about 95 miles' at the five the other is given to
    found = _found(
        tmp_path,
        "The blast struck the works in the town, some 93 miles (150km) south-west of "
        "the capital, early on Tuesday.",
        "The explosion at the works in the town, about 95 miles south-west of the capital, "
        "happened early on Tuesday.",
    )
    assert "conflict" not in found.values(), found


def test_a_hedged_twin_against_a_hedged_figure_no_rounding_joins_is_shown(tmp_path):
    # 232 km/h is 144 mph: 'about 145 mph' and 'about 160 mph' meet at no step
    found = _found(
        tmp_path,
        "Forecasters said the storm crossed the coast overnight, with a gust of 232 km/h "
        "(about 160 mph) measured at the lighthouse station.",
        "A gust of about 145 mph was measured at the lighthouse station shortly before the "
        "storm crossed the coast.",
    )
    assert found.get(frozenset(["about 160 mph", "about 145 mph"])) == "conflict", found


def test_a_hedged_twin_against_a_bound_says_nothing(tmp_path):
    # 'more than 140 mph' allows 144 and 160 alike: a bound is no figure to round
    found = _found(
        tmp_path,
        "Forecasters said the storm crossed the coast overnight, with a gust of 232 km/h "
        "(about 160 mph) measured at the lighthouse station.",
        "A gust of more than 140 mph was measured at the lighthouse station shortly before "
        "the storm crossed the coast.",
    )
    # since session 36 (eng117) the sentence's own wrong conversion, 232 km/h against
    # "about 160 mph", is a conflict of its own; the bound must still raise none
    against_bound = {k: v for k, v in found.items() if "more than 140 mph" in k}
    assert against_bound, found
    assert "conflict" not in against_bound.values(), found
