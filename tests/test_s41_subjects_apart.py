"""Figures of different subjects in aligned sentences are two facts (session
41, issue 11): a side named as the opponent ("in the loss to the Lakers",
"against the Bears", "his defeat by Smith") is no owner of the other report's
figure (facts/opponent.py); a company telling its own account ("Acme reported
revenue of") owns it (facts/bound_subject.py); a town fronted before a toll
("In the town of Riverton, 12 people died") scopes it (facts/places.py); a
player who "managed", "ran" or "landed" a figure has it, after a position
("Running back Darren McFadden managed", facts/whose.py); figures made against
two different sides are of two games (judge/apart.opponents_differ). The same
subject's figures still conflict."""

from __future__ import annotations

import pytest

from workbench.analysis import analyze
from workbench.articles import load_article
from workbench.facts.opponent import without_opponents


def _analyse(tmp_path, *bodies: str):
    arts = []
    for i, body in enumerate(bodies):
        p = tmp_path / f"{'abc'[i]}.txt"
        p.write_text(f"---\ntitle: t{i}\npublished: 2012-11-12\n---\n{body}\n", encoding="utf-8")
        arts.append(load_article(p))
    return analyze(arts)


def _flags(tmp_path, a: str, b: str) -> list[tuple[str, str, str]]:
    an = _analyse(tmp_path, a, b)
    return [(d.sides[0].text, d.sides[1].text, str(d.verdict)) for d in an.discrepancies]


APART = [
    (
        "The Lakers scored 102 points in the win over Boston on Tuesday night.",
        "Boston scored 95 points in the loss to the Lakers on Tuesday night.",
    ),
    (
        "Smith took 52,310 votes in Tuesday's election, beating Jones.",
        "Jones took 48,900 votes in Tuesday's election after his defeat by Smith.",
    ),
    (
        "Klitschko landed 140 punches against Rahman on Saturday.",
        "Rahman landed 43 punches against Klitschko on Saturday.",
    ),
    (
        "Acme reported revenue of $4.2 billion for the quarter, the company said on Monday.",
        "Rival Globex reported revenue of $3.8 billion for the quarter, the company said.",
    ),
    (
        "Initech posted a net profit of $640 million, it said on Thursday.",
        "Hooli posted a net profit of $410 million, it said on Thursday.",
    ),
    (
        "In the town of Riverton, 12 people died when the storm hit on Sunday.",
        "In nearby Millbrook, 7 people died when the storm hit on Sunday.",
    ),
    (
        "Running back Darren McFadden managed 10 yards on nine carries against Oakland.",
        "Running back Mike Goodson managed 21 yards on six carries against Denver.",
    ),
    (
        "The Raiders scored 17 points against the Chiefs last week.",
        "The Raiders scored 31 points against the Broncos on Sunday.",
    ),
    (
        "Federer won 82 per cent of his first serves against Nadal in the semi-final.",
        "Federer won 64 per cent of his first serves against Djokovic in the final.",
    ),
    (
        "In the village of Kelso, 40 homes were destroyed by the flood on Sunday.",
        "In the neighbouring city of Dorn, 65 homes were destroyed by the flood on Sunday.",
    ),
]


@pytest.mark.parametrize("a, b", APART)
def test_figures_of_two_subjects_are_no_conflict(tmp_path, a, b):
    assert not [f for f in _flags(tmp_path, a, b) if f[2] == "conflict"]


SAME = [
    (
        "The Lakers scored 102 points in the win over Boston on Tuesday night.",
        "The Lakers scored 104 points in the win over Boston on Tuesday night.",
    ),
    (
        "Acme reported revenue of $4.2 billion for the quarter, the company said on Monday.",
        "Acme reported revenue of $4.4 billion for the quarter, the company said on Monday.",
    ),
    (
        "In the town of Riverton, 12 people died when the storm hit on Sunday.",
        "In Riverton, 14 people died when the storm hit on Sunday.",
    ),
    (
        "Smith took 52,310 votes in Tuesday's election, beating Jones.",
        "Smith took 53,310 votes in Tuesday's election, beating Jones.",
    ),
    (
        "The Raiders scored 17 points against the Chiefs on Sunday.",
        "The Raiders scored 21 points against Kansas City's Chiefs on Sunday.",
    ),
    (
        "Running back Darren McFadden managed 10 yards on nine carries against Oakland.",
        "Darren McFadden managed 12 yards on nine carries against Oakland.",
    ),
]


@pytest.mark.parametrize("a, b", SAME)
def test_one_subjects_figures_still_conflict(tmp_path, a, b):
    assert [f for f in _flags(tmp_path, a, b) if f[2] == "conflict"]


@pytest.mark.parametrize(
    "text, kept, blanked",
    [
        ("Boston scored 95 points in the loss to the Lakers.", "Boston", "Lakers"),
        ("Cutler threw for 250 yards against the Packers.", "Cutler", "Packers"),
        ("Jones conceded after his defeat by Smith on Tuesday.", "Jones", "Smith"),
        ("Miami beat Boston 98-90.", "Miami", "Boston"),
        ("Nadal was beaten by Federer in four sets.", "Nadal", "Federer"),
    ],
)
def test_an_opponent_is_blanked_and_the_subject_kept(text, kept, blanked):
    got = without_opponents(text)
    assert kept in got and blanked not in got and len(got) == len(text)
