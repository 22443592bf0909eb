"""A coverage row gives a version letter only to the sources that state its
claim (trial 30: the row "McAllister was the first witness called…" gave 33_2
version B of a name finding, though 33_2 shares only the defendant's name,
spelled otherwise, in another sentence). The finding's own line still names
every source of each version."""

from __future__ import annotations

from types import SimpleNamespace as NS

import pytest

from workbench.cli_coverage import _cells, _finding


def _row(carried, aligned=()):
    return NS(carried=tuple(carried), aligned=tuple(aligned))


def _name_finding(*versions):
    return NS(
        id="F1",
        verdict="conflict",
        kind="name",
        versions=tuple(NS(value=v, sources=tuple(s)) for v, s in versions),
    )


@pytest.mark.parametrize(
    ("carried", "aligned", "versions", "cells"),
    [
        # the claim of a and e; b spells the name otherwise elsewhere; c, d near it
        # (c and d: version A in a similar sentence, lower case: compared, not
        # credited with the claim; trial 31 read ◌ "not compared" there)
        ("ae", "cd", [("Jermayne", "acde"), ("Jerymayne", "b")], "A ∅ a a A"),
        # every source states the claim: each its version
        ("abcde", "", [("Jermayne", "acde"), ("Jerymayne", "b")], "A B A A A"),
        # the lone dissent is in the claim, the majority's spelling elsewhere
        ("be", "", [("Jermayne", "acde"), ("Jerymayne", "b")], "∅ B ∅ ∅ A"),
    ],
)
def test_letters_only_for_the_sources_stating_the_claim(carried, aligned, versions, cells):
    f = _name_finding(*versions)
    assert _cells(_row(carried, aligned), list("abcde"), [f], 1) == cells
    line = _finding(f, {a: n for n, a in enumerate("abcde", 1)})
    assert "(#1, #3, #4, #5)" in line and "(#2)" in line
