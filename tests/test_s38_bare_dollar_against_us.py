"""Session 38 (issue 11, class 5): a bare "$" in a report that names no dollar
country, against a "US$" sum another report gives as the conversion of a local
dollar ("C$1,500 (about US$1,090)"), was compared as the same currency: "$1,000"
was "within the rounding" of "about US$1,090", though the event's money is the
local dollar and $1,000 is not C$1,500. The bare "$" is read both ways: the same
sum as the local one is that sum; readings that disagree are a question naming
both. Own cases: other dollars, sums, hedges and orders; controls without a stated
conversion, and with a "US$" that converts nothing.
"""

from __future__ import annotations

import pytest

from workbench.facts.quantity import find_quantities
from workbench.facts.quantity.compare import compare
from workbench.facts.quantity.local_dollars import with_local_dollars
from workbench.facts.quantity.rates import stated_in, using
from workbench.model import Verdict


def _money(sentence: str, said: str):
    found = with_local_dollars([sentence], [find_quantities(sentence)])[0]
    return next(m for m in found if m.text == said)


def _verdict(bare: str, bare_said: str, converting: str, us_said: str, rates_text: str = ""):
    a, b = _money(bare, bare_said), _money(converting, us_said)
    with using(stated_in([("Tribune", rates_text or converting)])):
        got = compare(a, b, "Review", "Tribune")
        back = compare(b, a, "Tribune", "Review")
    assert got is not None and back is not None and got.verdict == back.verdict
    return got


@pytest.mark.parametrize(
    ("bare", "bare_said", "converting", "us_said"),
    [
        (
            "The minister promised a payment of $1,000 to each household.",
            "$1,000",
            "The minister announced a payment of C$1,500 (about US$1,090).",
            "about US$1,090",
        ),
        (
            "The state will spend $3 billion on repairs.",
            "$3 billion",
            "The premier pledged A$4.5 billion (US$2.9 billion) for repairs.",
            "US$2.9 billion",
        ),
        (
            "Investors lost $40 million, the regulator said.",
            "$40 million",
            "Losses reached NZ$65 million, or about US$38 million.",
            "about US$38 million",
        ),
    ],
)
def test_a_bare_dollar_near_a_conversion_is_a_question_naming_both(
    bare, bare_said, converting, us_said
):
    got = _verdict(bare, bare_said, converting, us_said)
    assert got.verdict == Verdict.UNRESOLVED
    assert "bare '$'" in got.explanation and "read as USD" in got.explanation


def test_the_same_sum_as_the_local_one_is_that_sum():
    got = _verdict(
        "Each household will get $1,500, the province said.",
        "$1,500",
        "The minister announced a payment of C$1,500 (about US$1,090).",
        "about US$1,090",
    )
    assert got.verdict != Verdict.CONFLICT


@pytest.mark.parametrize(
    ("bare", "bare_said", "other", "other_said"),
    [
        # no conversion stated anywhere: the bare "$" is US dollars, as before
        ("The fund paid $1,000 to each family.", "$1,000", "Each family got about US$1,090.",
         "about US$1,090"),
        # a "US$" that converts a euro sum, not a local dollar
        ("The fund paid $1,000 to each family.", "$1,000",
         "Each family got €1,000 (about US$1,090).", "about US$1,090"),
    ],
)  # fmt: skip
def test_without_a_local_dollar_behind_the_us_sum_nothing_changes(
    bare, bare_said, other, other_said
):
    got = _verdict(bare, bare_said, other, other_said)
    assert "bare '$'" not in got.explanation
    assert got.verdict == Verdict.CONSISTENT
