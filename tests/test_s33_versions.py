"""A figure and its own conversion in parentheses are one version of a
finding (issue 15, session 33: ECB+ 23_4 "fell about 600 metres (2,000 feet)"
was listed under 'about 600 metres' and under '2,000 feet', and the finding
said "One source, several versions ... which is meant?"). Made-up reports of
three outlets; the first writes each figure with its conversion."""

from __future__ import annotations

from datetime import date

import pytest

from workbench import judge
from workbench.analysis import claims_of, facts_of, regroup
from workbench.findings import converted
from workbench.model import Alignment, Analysis, Article, Claim, Fact
from workbench.naming import stated_twice, twice_line


def _analysed(texts: list[str]) -> Analysis:
    """Articles whose n-th sentences are aligned with each other, judged and
    grouped as ``workbench check`` does."""
    arts = [
        Article(k, f"{k}.txt", k, name, date(2024, 3, 6), "", t, k * 8)
        for k, name, t in zip("abc", ("Alpha", "Beta", "Gamma"), texts, strict=True)
    ]
    claims = [c for a in arts for c in claims_of(a)]
    facts = [f for a in arts for f in facts_of(a, [c for c in claims if c.article == a.id])]
    ids = [[c.id for c in claims if c.article == a.id] for a in arts]
    al = [
        Alignment(x, y, 0.9)
        for i in range(len(arts))
        for j in range(i + 1, len(arts))
        for x, y in zip(ids[i], ids[j], strict=False)
    ]
    ds = judge.judge(arts, claims, facts, al, [], 0.5)
    return regroup(Analysis(tuple(arts), tuple(claims), tuple(facts), tuple(al), tuple(ds)))


def _versions(analysis: Analysis) -> list[list[tuple[str, list[str]]]]:
    return [
        [(v.value, sorted({s.article for s in v.sides})) for v in f.versions]
        for f in analysis.findings
    ]


CONVERTED = [
    (  # a length, as ECB+ 23_4 wrote it
        [
            "The climber fell about 600 metres (2,000 feet) on the ridge.",
            "The climber fell around 2,000ft on the ridge.",
            "The climber fell some 610 metres on the ridge.",
        ],
        "about 600 metres (2,000 feet)",
    ),
    (  # money: the reporter's own rate, never checked
        [
            "The club paid £1.2bn ($1.6bn) for the stadium site.",
            "The club paid about $1.6 billion for the stadium site.",
            "The club paid nearly £1.2 billion for the stadium site.",
        ],
        "£1.2bn ($1.6bn)",
    ),
    (  # a speed
        [
            "Winds reached 70mph (113km/h) in the town.",
            "Winds reached about 113 km/h in the town.",
            "Winds reached around 70 miles per hour in the town.",
        ],
        "70mph (113km/h)",
    ),
    (  # a weight, the conversion written in other words
        [
            "The whale weighed 5 tonnes (11,000lb) when found.",
            "The whale weighed about 11,000 pounds when found.",
            "The whale weighed some five tonnes when found.",
        ],
        "5 tonnes (11,000lb)",
    ),
]


@pytest.mark.parametrize(("texts", "label"), CONVERTED)
def test_a_figure_and_its_conversion_are_one_version(texts, label):
    analysis = _analysed(texts)
    (f,) = analysis.findings
    (mine,) = [v for v in f.versions if any(s.article == "a" for s in v.sides)]
    assert mine.value == label  # worded as the source wrote both, once
    assert len([s for s in mine.sides if s.article == "a"]) == 2  # both figures are its own
    pairs = [(v.value, [s.article for s in v.sides]) for v in f.versions]
    assert stated_twice(pairs) == {}
    assert twice_line(pairs) == ""
    assert "several versions" not in f.explanation
    assert label.split(" (")[1].rstrip(")") not in [v.value for v in f.versions]


def test_the_same_reports_without_the_mechanism_list_one_source_twice(monkeypatch):
    """The cases above do reach the join: without it the source is listed twice."""
    monkeypatch.setattr(converted, "conversions", lambda *a: {})
    twice = 0
    for texts, _ in CONVERTED:
        for f in _analysed(texts).findings:
            twice += bool(stated_twice((v.value, [s.article for s in v.sides]) for v in f.versions))
    assert twice == len(CONVERTED)


def test_one_source_disagreeing_with_itself_in_two_sentences_stays():
    texts = [
        "The climber fell 600 metres on the ridge. Rescuers said he fell 900 metres.",
        "The climber fell 600m on the ridge. Rescuers said he fell 600 metres.",
        "The climber fell 600 metres on the ridge.",
    ]
    (f,) = _analysed(texts).findings
    pairs = [(v.value, [s.article for s in v.sides]) for v in f.versions]
    assert stated_twice(pairs) == {"a": ["600 metres / 600m", "900 metres"]}


# --- the reading of a conversion, one sentence at a time ---------------------


def _read(text: str) -> dict:
    art = Article("a", "a.txt", "a", "Alpha", date(2024, 3, 6), "", text, "a" * 8)
    claims: list[Claim] = claims_of(art)
    facts: list[Fact] = facts_of(art, claims)
    of_claim: dict[str, list[Fact]] = {}
    for fact in facts:
        of_claim.setdefault(fact.claim, []).append(fact)
    found = converted.conversions({c.id: c for c in claims}, of_claim)
    return {text[b[1] : b[2]]: text[a[1] : a[2]] for b, a in found.items()}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Temperatures reached 35C (95F) in the capital.", {"95F": "35C"}),
        ("It fell about 60 metres (200 feet) from a ridge.", {"200 feet": "about 60 metres"}),
        ("The bid of $5m (£3.8m) was turned down.", {"£3.8m": "$5m"}),
        ("The storm moved at 12 knots (22 km/h) overnight.", {"22 km/h": "12 knots"}),
        # a bracketed figure that is no conversion of its original: the source
        # disagrees with itself, two versions
        ("The runner covered 11 miles (28km) on the road.", {}),
        # two figures of one unit, a range or an aside, are no conversion
        ("It fell 60 metres (or 70 metres) from a ridge.", {}),
        ("He walked 3 miles and then 5 km (without rest).", {}),
        # a conversion in another sentence is none
        ("It fell 60 metres. (200 feet was the guess.)", {}),
    ],
)
def test_which_bracketed_figure_converts_the_one_before(text, pairs):
    assert _read(text) == pairs
