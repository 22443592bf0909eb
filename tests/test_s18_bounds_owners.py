"""A lower bound against a figure well beyond it, and a finder who is no owner
(issue 11, session 18). Made-up sentences.

"By Saturday, at least 6,000 Web sites had been infected" / "Trend Micro has
identified about 10,000 websites": the bound allows the figure, but two counts
this far apart are what an editor checks (a fresh editor's trial missed it).
A lower bound is a floor someone could confirm; a figure half as much again
above it is another count or another time. An upper bound ("up to 8GB") is a
ceiling: a figure under it is its ordinary meaning and stays consistent until
it is far below (``open_bound_ratio``). And "Trend Micro has identified 10,000
sites" does not make the sites Trend Micro's: a verb of finding after "has" is
no having (a deal agreed still is: "Halden has agreed to pay £2.5bn").
"""

from __future__ import annotations

import pytest

from workbench.facts.measure import measure_of
from workbench.facts.quantity import compare, find_quantities
from workbench.model import Verdict

C, K, U = Verdict.CONFLICT, Verdict.CONSISTENT, Verdict.UNRESOLVED


def _verdict(a: str, b: str) -> Verdict:
    (x,), (y,) = find_quantities(a), find_quantities(b)
    c = compare(x, y, "A", "B")
    assert c is not None
    return c.verdict


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # a lower bound and a figure half as much again beyond it: a question
        ("At least 6,000 Web sites had been infected.", "About 10,000 Web sites were infected.", U),
        ("More than 50 people were hurt.", "80 people were hurt.", U),
        ("At least 200 homes were flooded.", "Some 320 homes were flooded.", U),
        # close to the bound: the bound allows it, as it says
        ("At least 12 shots were fired.", "13 shots were fired.", K),
        ("More than 1,000 people marched.", "About 1,200 people marched.", K),
        # a ceiling and a figure under it: what "up to" says
        ("The laptop takes up to 8GB of memory.", "The laptop comes with 4GB of memory.", K),
        ("Up to 900 homes lost power.", "80 homes lost power.", U),  # far below: as before
    ],
)
def test_a_lower_bound_is_held_against_a_figure_well_beyond_it(a, b, expected):
    assert _verdict(a, b) == expected
    assert _verdict(b, a) == expected


def test_the_explanation_says_how_far_beyond_the_bound_the_figure_is():
    (x,), (y,) = find_quantities("At least 6,000 sites."), find_quantities("About 10,000 sites.")
    c = compare(x, y, "A", "B")
    assert c is not None and "only a bound ('At least 6,000')" in c.explanation
    assert "1.7 times beyond it" in c.explanation


def _owner(text: str, figure: str) -> tuple[str, ...]:
    at = text.index(figure)
    return (
        measure_of(text, at, at + len(figure)).owner
        + measure_of(text, at, at + len(figure)).subject
    )


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a verb of finding after "has": the finder, the counter, the reporter
        ("Trend Micro has identified about 10,000 websites.", "10,000", ()),
        ("Acme Labs has counted 300 infected servers.", "300", ()),
        ("The Red Cross had confirmed 45 deaths by noon.", "45", ()),
        # having, a verb of having after "has", and a deal agreed still own the figure
        ("Ramos has scored 11 goals this season.", "11", ("ramos",)),
        ("Apple has 10,000 staff in Cork.", "10,000", ("apple",)),
        ("The Owls have won 14 games in a row.", "14", ("owls",)),
        ("Halden Foods has agreed to pay £2.5bn for the grocer.", "£2.5bn", ("foods",)),
    ],
)
def test_a_finder_is_not_the_owner_of_what_it_found(text, figure, owner):
    assert _owner(text, figure) == owner
