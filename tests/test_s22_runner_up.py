"""Runner-ups (issue 11, session 22): two sentences that score near accept
but were left apart because each took a better partner are compared on the
values that say alike what they measure, of one named owner, only — and only a
difference is shown (judge/runner_up.py, align_partners.left_apart)."""

from __future__ import annotations

import pytest
from conftest import write

from workbench import judge
from workbench.align_partners import left_apart
from workbench.analysis import analyze
from workbench.articles import load_articles
from workbench.judge.runner_up import names_one_owner
from workbench.model import Alignment


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.mark.parametrize(
    "a, b, one",
    [
        # one sentence the fuller telling of the other's names
        (
            "A preliminary hearing for John Jenkin, charged with the murder of Alice Reed, "
            "was heard at Preston Crown Court this morning.",
            "John Jenkin was due to appear at Preston Crown Court today.",
            True,
        ),
        # a name opening the sentence, written with an inner capital
        (
            "LaRue served four months in prison.",
            "He was known as LaRue and served 412 months.",
            True,
        ),
        # one happening, two people: each names someone the other never does
        (
            "The Saints placed Pierre Thomas on injured reserve Wednesday.",
            "The Saints placed rookie Chris Ivory on injured reserve Tuesday.",
            False,
        ),
        (
            "Cheeks, who was fired March 2 by Portland, is the fourth coach.",
            "Sixers coach Jim O'Brien was fired today.",
            False,
        ),
        # nothing named on either side: no owner said, none shared
        ("He served four months.", "She served 41 months.", False),
        ("The company raised $35m in funding.", "The firm is backed by $60m in funding.", False),
    ],
)
def test_a_runner_up_is_compared_only_of_one_named_owner(a, b, one):
    assert names_one_owner(a, b) is one
    assert names_one_owner(b, a) is one


def test_left_apart_keeps_unaligned_pairs_above_the_floor_only():
    cands = [(0.8, 0, 5), (0.6, 1, 5), (0.45, 2, 6), (0.41, 3, 7), (0.3, 4, 8)]
    got = left_apart(cands, 0.4, {(0, 5), (6, 2)})
    assert got == [(0.6, 1, 5), (0.41, 3, 7)]


_LEAD = "The storm flooded forty homes in the valley of Hexley overnight."


def _judged(tmp_path, a: str, b: str, score: float = 0.6):
    """Judge the second sentences of two articles as a runner-up (never
    aligned); their first sentences, one report's lead, are aligned."""
    front = "---\ntitle: T\noutlet: {}\npublished: 2021-05-10\n---\n"
    articles = load_articles(
        [
            write(tmp_path, "a.md", front.format("Courier") + _LEAD + " " + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette") + _LEAD + " " + b + "\n"),
        ]
    )
    an = analyze(articles)
    (la, a2), (lb, b2) = ([c for c in an.claims if c.article == art.id] for art in an.articles)
    found = judge.judge(
        an.articles,
        an.claims,
        an.facts,
        [Alignment(la.id, lb.id, 1.0)],
        [],
        0.5,
        runner_ups=[Alignment(a2.id, b2.id, score)],
    )
    return [
        (str(d.verdict), d.sides[0].text, d.sides[1].text)
        for d in found
        if d.sides[0].claim == a2.id
    ]


def test_a_runner_up_shows_a_different_count_of_one_owners_happening(tmp_path):
    got = _judged(
        tmp_path,
        "Hexley police arrested 12 protesters outside the town hall on Sunday.",
        "On Sunday Hexley police arrested 15 protesters, officials said.",
    )
    assert [v for v, x, y in got if {x, y} == {"12", "15"}] == ["conflict"], got


def test_a_runner_up_that_agrees_shows_nothing(tmp_path):
    got = _judged(
        tmp_path,
        "Hexley police arrested 12 protesters outside the town hall on Sunday.",
        "On Sunday Hexley police arrested twelve protesters, officials said.",
    )
    assert got == []


def test_a_runner_up_of_two_named_people_shows_nothing(tmp_path):
    got = _judged(
        tmp_path,
        "The Saints placed Pierre Thomas on injured reserve on Wednesday.",
        "The Saints placed rookie Chris Ivory on injured reserve on Tuesday.",
    )
    assert got == []
