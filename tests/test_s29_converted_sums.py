"""Two conversions of one sum that differ (session 29, authored development
bridge_collapse D2: "2.15 crore rupees, or about $2.4 million" / "the Rs 215 lakh
(roughly $243,000) contract"). Both reports give the sum alike, so their
conversions into one currency are of one thing: when they differ, one of them
is wrong. Read as two sums of loosely aligned sentences, the conflict was
dropped at the conflict floor or taken for a running figure that moved.

The sentences are made up; the pattern comes from the authored event.
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths


def _found(tmp_path, a: str, pa: str, b: str, pb: str) -> dict[frozenset[str], tuple[str, str]]:
    fa = write(tmp_path, "a.txt", f"---\npublished: {pa}\n---\n{a}\n")
    fb = write(tmp_path, "b.txt", f"---\npublished: {pb}\n---\n{b}\n")
    found = analyze_paths([fa, fb])
    return {
        frozenset(s.text for s in d.sides): (str(d.verdict), d.rule) for d in found.discrepancies
    }


WRONG = [
    # yen to dollars, ten times too high in one report
    (
        "The stadium had reopened a week ago after a refit paid for under a contract "
        "worth 1.8 billion yen, or about $12 million, the city said.",
        "2026-03-02",
        "Of the 1.8 billion yen (roughly $120 million) refit contract, about 40 million "
        "yen went on the roof, according to invoices seen by this newspaper.",
        "2026-03-09",
        ["about $12 million", "roughly $120 million"],
    ),
    # a lakh/crore slip in the conversion
    (
        "The ferry operator won the upkeep deal last month for Rs 3.4 crore, or about "
        "$3.8 million, officials said.",
        "2026-07-20",
        "The Rs 340 lakh (about $380,000) upkeep deal gave the operator the right to "
        "set fares for ten years, according to the documents.",
        "2026-07-27",
        ["about $3.8 million", "about $380,000"],
    ),
    # euros to pounds, a digit lost
    (
        "The club agreed a fee of 250 million euros (about £21 million) for the striker "
        "on Tuesday, the agent said.",
        "2026-08-12",
        "The striker's fee, €250 million or about £210 million, was agreed on Tuesday, "
        "the club confirmed.",
        "2026-08-13",
        ["about £21 million", "about £210 million"],
    ),
]


@pytest.mark.parametrize(("a", "pa", "b", "pb", "sides"), WRONG)
def test_two_conversions_of_one_sum_that_differ_conflict(tmp_path, a, pa, b, pb, sides):
    found = _found(tmp_path, a, pa, b, pb)
    assert found.get(frozenset(sides)) == ("conflict", "one_sum_converted"), found


def test_two_conversions_of_one_sum_that_agree_raise_nothing(tmp_path):
    found = _found(
        tmp_path,
        "The club agreed a fee of 250 million euros (about £212 million) for the striker "
        "on Tuesday, the agent said.",
        "2026-08-12",
        "The striker's fee, €250 million or about £210 million, was agreed on Tuesday, "
        "the club confirmed.",
        "2026-08-13",
    )
    got = found.get(frozenset(["about £212 million", "about £210 million"]))
    assert got is None or got[0] != "conflict", found


def test_conversions_of_sums_that_differ_are_left_to_the_other_rows(tmp_path):
    # the sums themselves differ: the conversions are not of one sum
    found = _found(
        tmp_path,
        "The stadium had reopened a week ago after a refit paid for under a contract "
        "worth 1.8 billion yen, or about $12 million, the city said.",
        "2026-03-02",
        "Of the 2.6 billion yen (roughly $17 million) refit contract, about 40 million "
        "yen went on the roof, according to invoices seen by this newspaper.",
        "2026-03-09",
    )
    assert all(rule != "one_sum_converted" for _, rule in found.values()), found
