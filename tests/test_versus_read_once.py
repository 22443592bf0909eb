"""The findings' comparer (versus.py) asks the judge about two sentences at a
time; it reads the article set once (judge/read_once.py) instead of once per
call (issue 14). Each narrowed call says what the judge says given the whole
article list, and the findings are the ones built with the whole list."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import write
from workbench import analysis, judge, naming, versus
from workbench.analysis import analyze_paths, claims_of, facts_of
from workbench.facts.quantity import rates
from workbench.judge.read_once import Articles
from workbench.model import Alignment, Analysis, Article, Verdict

FRONT = "---\ntitle: T\noutlet: {}\npublished: {}\n---\n{}\n"

# a third article shares an outlet with one of a pair (so both go by id), one
# states the rate the others' sums compare through, one tells a later count
STORIES = [
    ("Courier", "2024-03-04", "The insurer will pay £1.2bn to settle the claims, 40 people were "
     "hurt in the blaze at the depot on Monday, the fire service said."),
    ("Gazette", "2024-03-04", "The insurer agreed to pay €1.5bn in the settlement; 42 people "
     "were injured in Monday's depot fire, firefighters said."),
    ("Courier", "2024-03-05", "The settlement, £1.2bn (€1.4bn), is the largest of its kind. "
     "The number of people hurt in the depot fire has risen to 45."),
    ("Herald", "2024-03-06", "Forty-five people were hurt in the depot fire, and the insurer "
     "is paying about $1.6 billion, officials said."),
]  # fmt: skip


@pytest.fixture
def stories(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    paths = [
        write(tmp_path, f"{k}.md", FRONT.format(outlet, day, text))
        for k, (outlet, day, text) in enumerate(STORIES)
    ]
    return analyze_paths(paths)


def _two(an, al):
    claims = {c.id: c for c in an.claims}
    ca, cb = claims[al.left], claims[al.right]
    facts = [f for f in an.facts if f.claim in (ca.id, cb.id)]
    quotes = [f for f in facts if f.kind == "quote"]
    pairs = [(q, r) for q in quotes for r in quotes if q.claim == ca.id and r.claim == cb.id]
    return [ca, cb], facts, [al], pairs


def test_read_once_holds_what_the_whole_list_gives(stories):
    read = Articles.of(stories.articles)
    assert read.names == naming.labels(stories.articles)
    assert read.texts == {a.id: a.text for a in stories.articles}
    named = [(naming.labels(stories.articles)[a.id], a.text) for a in stories.articles]
    assert read.rates == rates.stated_in(named)
    assert read.rates  # the third article's "£1.2bn (€1.4bn)" is read
    assert Articles.of(read) is read
    # the set matters: the two Courier articles go by id among all four, not among two
    courier = [a for a in stories.articles if a.outlet == "Courier"]
    assert read.names[courier[0].id] == courier[0].id
    assert naming.labels([courier[0], stories.articles[1]])[courier[0].id] == "Courier"


def test_every_aligned_pair_judged_alike_read_once(stories):
    read = Articles.of(stories.articles)
    assert stories.alignments
    for al in stories.alignments:
        claims, facts, als, pairs = _two(stories, al)
        whole = judge.judge(list(stories.articles), claims, facts, als, pairs, 0.5)
        once = judge.judge(read, claims, facts, als, pairs, 0.5)
        assert repr(once) == repr(whole)
    # and the whole run, as the analysis judges it
    every = (stories.claims, stories.facts, stories.alignments, [])
    assert repr(judge.judge(read, *every)) == repr(judge.judge(stories.articles, *every))


# three sources, the first two compared only with the hedged third (so the
# comparer judges the first two), and a fourth sharing the first's outlet
NEVER_PAIRED = [
    [
        "The storm caused damage of $8.4bn across the coast, insurers said.",
        "The storm caused damage of $7.7bn across the coast, insurers said.",
        "The storm caused damage of about $8 billion across the coast, insurers said.",
    ],
    [
        "The ferry sank with 63 passengers on board near the island.",
        "The ferry sank with 71 passengers on board near the island.",
        "The ferry sank with more than 60 passengers on board near the island.",
    ],
    [
        "The bridge will reopen in June 2026, the ministry said.",
        "The bridge will reopen in August 2026, the ministry said.",
        "The bridge will reopen in 2026, the ministry said.",
    ],
]
FOURTH = "A settlement of £2m (€2.3m) was agreed with the owners on Monday."


def _never_paired(texts: list[str]) -> Analysis:
    arts = [
        Article(k, f"{k}.txt", k, name, date(2025, 5, 6), "", t, k * 8)
        for k, name, t in zip("abcd", ("Alpha", "Beta", "Gamma", "Alpha"), texts, strict=True)
    ]
    claims = [c for a in arts for c in claims_of(a)]
    facts = [f for a in arts for f in facts_of(a, [c for c in claims if c.article == a.id])]
    first = {n: next(c.id for c in claims if c.article == a.id) for n, a in enumerate(arts)}
    al = [Alignment(first[x], first[y], 0.9) for x, y in ((0, 2), (1, 2))]
    ds = judge.judge(arts, claims, facts, al, [], 0.5)
    return Analysis(tuple(arts), tuple(claims), tuple(facts), tuple(al), tuple(ds))


@pytest.mark.parametrize("texts", NEVER_PAIRED)
def test_findings_built_as_with_the_whole_list(texts, monkeypatch):
    before = _never_paired([*texts, FOURTH])
    got = analysis.regroup(before)
    asked = []
    whole = judge.judge

    def with_the_list(articles, *rest):
        asked.append(type(articles))
        return whole(list(articles.articles), *rest)  # the article list, as before

    monkeypatch.setattr(versus.judge, "judge", with_the_list)
    old = analysis.regroup(before)
    assert asked and set(asked) == {Articles}  # the comparer was asked, read once
    for name in ("groups", "findings", "copies"):
        assert repr(getattr(got, name)) == repr(getattr(old, name))
    judged = [r for f in got.findings for r in f.relations if not r.discrepancy]
    assert judged and any(r.verdict == Verdict.CONFLICT for r in judged)
