"""A sentence recalling another occasion of the story's kind of happening is
another claim (fresh editor trial 24, 30_ecb: January's cable incident and
today's outage in one coverage row). It opens with a month or a year and says
the thing happened also, again or similarly; it never shares a group with a
sentence giving no time of that value (``findings.occasions``)."""

from __future__ import annotations

import pytest

from workbench.analysis import claims_of, facts_of
from workbench.findings.apart import different_claims
from workbench.findings.occasions import occasion, other_occasions
from workbench.model import Article


def _read(*texts: str):
    """Each text a one-sentence article; its claim and its facts (read by the
    fact families, as the analysis reads them)."""
    out = []
    for n, text in enumerate(texts):
        art = Article(f"a{n}", f"a{n}.txt", "", "", None, "", text, f"s{n}")
        (claim,) = claims_of(art)
        out.append((claim, [f for f in facts_of(art, [claim]) if f.kind == "date"]))
    return out


@pytest.mark.parametrize(
    ("recalled", "present"),
    [
        (
            "In January, undersea cables outside Alexandria were also damaged, "
            "disrupting about 70 percent of the communications network.",
            "Up to 70% of communications to the Middle East have been disrupted "
            "after cables connecting the region to Europe were damaged.",
        ),
        (
            "Last year, a similar earthquake struck the island, killing 12 people.",
            "A strong earthquake struck the island on Sunday, killing 12 people.",
        ),
        (
            "In 2007, the company also recalled 2 million toys over lead paint.",
            "The company recalled 2 million toys over lead paint on Tuesday.",
        ),
        (
            "Back in March, gunmen again attacked the convoy near the border.",
            "Gunmen attacked a convoy near the border, officials said.",
        ),
    ],
)
def test_a_recalled_occasion_is_not_the_present_one(recalled, present):
    (x, dx), (y, dy) = _read(recalled, present)
    assert occasion(x, dx) is not None
    assert other_occasions(x, y, dx, dy) and other_occasions(y, x, dy, dx)
    apart = different_claims([x, y], [*dx, *dy])
    assert apart(x.id, y.id)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # both recall January's incident
        (
            "In January, undersea cables outside Alexandria were also damaged.",
            "Interoute said the January incident brought down 70 percent of the network.",
        ),
        # no word of recurrence: the opening month may date the present occasion
        (
            "In January, Apple unveiled a new 17-inch laptop with a longer battery life.",
            "Apple unveiled a new 17-inch laptop with a longer battery life.",
        ),
        # a day dates the story's own happening, "also" or not
        (
            "On Wednesday, Microsoft also released an emergency patch for the browser.",
            "Microsoft today released an emergency patch for the browser.",
        ),
        # a time not at the opening is left to the aligner
        (
            "Apple also unveiled the new version of its photo software in January.",
            "Apple unveiled the new version of its photo software.",
        ),
    ],
)
def test_what_is_left_to_the_aligner(a, b):
    (x, dx), (y, dy) = _read(a, b)
    assert not other_occasions(x, y, dx, dy)
    assert not different_claims([x, y], [*dx, *dy])(x.id, y.id)
