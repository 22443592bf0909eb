"""A quotation the sentence splitter cut in two is one passage of each source
(findings.quotes; issue 15, split groups): the two groups holding its halves
become one group whose members are two sentences."""

from __future__ import annotations

import pytest
from conftest import claims_of

from workbench import findings
from workbench.findings.quotes import closes_first, cut, ends_open, join_cut_quotes
from workbench.model import Alignment


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("“We are heartbroken.", "We ask for privacy,” the family said.", True),
        ('"We are heartbroken.', 'We ask for privacy," the family said.', True),
        ("The coach called the defeat 'painful.", "Really painful.'", True),
        ("The mayor said: « Nobody saw it coming.", "Not even us », she added.", True),
        # a stray mark that nothing closes in the next sentence
        ('"The ferry ran aground at dawn.', "All passengers were taken off.", False),
        # each sentence is a whole quotation
        ("“We are heartbroken,” she said.", "“We ask for privacy,” he added.", False),
        # apostrophes are not quotation marks
        ("The drivers' union met on Friday.", "It's not over, members' leaders said.", False),
        ("Nothing was said.", "Officials' statement came later.", False),
    ],
)
def test_cut(first, second, expected):
    assert cut(first, second) is expected


def test_open_and_close_separately():
    assert ends_open("He told reporters: “This is only the start.")
    assert not ends_open("He told reporters: “This is only the start.”")
    assert closes_first("We will be back,” he said, “and soon.”")
    assert not closes_first("“We will be back,” he said.")


_claims = claims_of


def _never(a: str, b: str) -> float:
    return 0.0


CUT = {
    "A": ["The storm flooded the valley.", "“It came so fast.", "We lost everything,” she said."],
    "B": ["“It came so fast.", "We lost everything,” a farmer told the radio.", "Roads closed."],
    "C": ["A farmer said she lost everything, the radio reported."],
}


def _aligned(*pairs: tuple[str, str]) -> list[Alignment]:
    return [Alignment(a, b, 0.95) for a, b in pairs]


def test_two_groups_of_one_cut_quotation_become_one():
    claims = _claims(CUT)
    halves = _aligned(("A:1", "B:0"), ("A:2", "B:1"))
    groups = findings.claim_groups(claims, halves, _never)
    assert len(groups) == 2
    (one,) = join_cut_quotes(groups, claims)
    assert one.id == "g1"
    assert {m.article: m.claims for m in one.members} == {
        "A": ("A:1", "A:2"),
        "B": ("B:0", "B:1"),
    }


def test_a_source_that_quoted_one_half_keeps_its_sentence():
    claims = _claims(CUT)
    halves = _aligned(("A:1", "B:0"), ("A:2", "B:1"), ("A:2", "C:0"), ("B:1", "C:0"))
    groups = findings.claim_groups(claims, halves, _never)
    (one,) = join_cut_quotes(groups, claims)
    assert [m.article for m in one.members] == ["A", "B", "C"]
    assert {m.article: m.claims for m in one.members}["C"] == ("C:0",)


def test_groups_stay_apart_when_a_shared_source_did_not_cut_a_quotation():
    spec = dict(CUT, B=["“It came so fast,” she said.", "“We lost everything,” she added."])
    claims = _claims(spec)
    groups = findings.claim_groups(claims, _aligned(("A:1", "B:0"), ("A:2", "B:1")), _never)
    assert join_cut_quotes(groups, claims) == groups


def test_halves_must_be_neighbours_in_every_shared_source():
    spec = dict(CUT, B=["“It came so fast.", "Roads closed.", "We lost everything,” she said."])
    claims = _claims(spec)
    groups = findings.claim_groups(claims, _aligned(("A:1", "B:0"), ("A:2", "B:2")), _never)
    assert join_cut_quotes(groups, claims) == groups


def test_groups_without_a_shared_source_stay_apart():
    claims = _claims(dict(CUT, D=["Everything was lost, a neighbour said."]))
    groups = findings.claim_groups(claims, _aligned(("A:1", "C:0"), ("B:1", "D:0")), _never)
    assert len(groups) == 2
    assert join_cut_quotes(groups, claims) == groups
