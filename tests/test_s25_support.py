"""A finding's support and its explanation's labels (trial 33, problem 5).

'three' was counted in 3 sources when 5 state it: "three international
underwater cables" (aligned with "three undersea cables" at 0.71) and "A total
of three cables" were in no claim group with the finding's sentences, and two
sentences stating one figure alike make no discrepancy. A sentence aligned
with a version's sentence as one claim (at the conflict floor or above) that
states the version's value once joins its sources (findings/fill.py).

"what each measures: ECB+ 30_10ecb: of Asia": an owner its sentence names as
a place ("across the Middle East and Asia") is no owner in a label
(judge/labels.py)."""

from __future__ import annotations

import re

import pytest

from workbench.facts.measure import Measure
from workbench.findings.fill import more_sides
from workbench.judge.labels import as_labelled
from workbench.model import Claim, Fact, Side

_NUMBERS = {"two": "2", "three": "3", "four": "4", "12": "12", "13": "13"}


def _claim(cid: str, text: str) -> Claim:
    return Claim(cid, cid.split(":")[0], 0, 0, len(text), text)


def _facts(claim: Claim) -> list[Fact]:
    out = []
    for n, m in enumerate(re.finditer(r"\b(?:two|three|four|12|13)\b", claim.text, re.I)):
        v = _NUMBERS[m.group().lower()]
        out.append(
            Fact(
                f"{claim.id}/{n}",
                claim.id,
                claim.article,
                "number",
                m.start(),
                m.end(),
                m.group(),
                {"v": v},
            )
        )
    return out


def _side(f: Fact) -> Side:
    return Side(f.article, f.claim, f.start, f.end, f.text, f.text)


def _key(side: Side) -> str:
    return _NUMBERS[side.text.lower()]


CLAIMS = {
    c.id: c
    for c in (
        _claim("a:0", "Two undersea cables in the Mediterranean were cut on Friday."),
        _claim("b:0", "Three undersea cables in the Mediterranean were cut on Friday."),
        _claim("c:0", "A total of three cables linking Italy and Egypt went down."),
        _claim("d:0", "Three undersea cables and three repair ships were counted."),
        _claim("e:0", "Four undersea cables in the Mediterranean were cut on Friday."),
        _claim("f:0", "Officials counted three ships in the harbour at dawn."),
    )
}


def _more(partners: dict[str, list[str]]) -> list[tuple[str, str]]:
    facts = {c: _facts(claim) for c, claim in CLAIMS.items()}
    sides = [_side(facts["a:0"][0]), _side(facts["b:0"][0])]
    got = more_sides(
        sides,
        "number",
        [],
        CLAIMS,
        lambda c: facts[c],
        _key,
        None,
        lambda c: partners.get(c, ()),
    )
    return [(s.article, s.text) for s in got]


def test_a_sentence_aligned_with_a_versions_sentence_joins_its_sources():
    assert _more({"b:0": ["c:0"]}) == [("c", "three")]
    assert _more({}) == []  # in no group and aligned with none: not counted


@pytest.mark.parametrize(
    "partner",
    [
        "d:0",  # two figures state the value: which one is unclear
        "e:0",  # another value: the judge's to weigh, not the grouping's
        "f:0",  # the value, but nothing around it in common (ships, not cables)
    ],
)
def test_an_aligned_sentence_that_does_not_state_the_version_once_adds_nothing(partner):
    assert _more({"b:0": [partner]}) == []


@pytest.mark.parametrize(
    ("text", "owner", "shown"),
    [
        (
            "Millions of people across the Middle East and Asia have lost access after two "
            "undersea cables suffered severe damage.",
            ("asia",),
            (),
        ),
        ("Farmers in Kenya and Uganda have lost 12 herds to the drought.", ("uganda",), ()),
        ("Smith's 86-yard run in Boston sealed the game.", ("smith",), ("smith",)),
        (
            "The Orioles offered seven years to the pitcher in Baltimore.",
            ("orioles",),
            ("orioles",),
        ),
    ],
)
def test_an_owner_named_as_a_place_is_no_owner_in_a_label(text, owner, shown):
    assert as_labelled(text, Measure(owner=owner)).owner == shown
