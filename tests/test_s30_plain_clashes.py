"""Plain clashes never shown (issue 11, session 30). Made-up reports.

Two differing values written in one unit — a length of time in months or
years, a year, a distance in kilometres — each the only one of its kind left
in its claim, are one thing told twice even when the words around them agree
only half as much as ``conflict_context`` asks and another value of their
family (a day beside a length, a weight beside a distance) sits in the
sentence (judge/lone.py, rule ``lone_of_its_kind_conflict``). Counts, shares,
sums, ages and clock times are left to the words around them.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from conftest import write

from workbench import judge
from workbench.analysis import analyze_paths
from workbench.judge import lone
from workbench.thresholds import current

RULE = "lone_of_its_kind_conflict"


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def flags(tmp_path):
    """(value a, value b, verdict, rule) of every flag of two reports."""

    def run(a: str, b: str):
        front = "---\ntitle: T\noutlet: {}\npublished: 2024-06-03\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
        ]
        with judge.tracing() as decided:
            found = analyze_paths(paths).discrepancies
        run.decided = decided
        return [(d.sides[0].text, d.sides[1].text, d.verdict.value, d.rule) for d in found]

    return run


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (
            # a length in months beside a lease in years and a day
            "Tarn Leisure, a Carlisle firm with no experience of piers, took over the Kelso "
            "pier under a 20-year lease and reopened it on Saturday, June 1, after an "
            "eight-month closure.",
            "The pier had been reopened on Saturday, June 1, the first day of the summer "
            "season, after a six-month closure, with the firm's director telling reporters "
            "it was safe.",
            ("eight-month", "six-month"),
        ),
        (
            # a minimum term beside the day of the sentencing
            "A jealous man who set fire to his neighbour's house in Leeds was jailed "
            "yesterday and told he must serve at least 12 years.",
            "A man who set fire to his neighbour's house in Leeds has been told he will "
            "serve at least 14 years in prison.",
            ("at least 12 years", "at least 14 years"),
        ),
    ],
)
def test_a_plain_clash_beside_other_values_is_shown(flags, a, b, values):
    found = flags(a, b)
    assert (*values, "conflict", RULE) in found
    assert flags.decided[(RULE, "keep")] == 1
    # the row left out, the words around the two drop the pair
    with judge.rules.without(RULE):
        assert not [f for f in flags(a, b) if f[:2] == values]


def _facts(tmp_path, name: str, sentence: str):
    front = "---\ntitle: T\noutlet: O\npublished: 2024-06-03\n---\n"
    an = analyze_paths([write(tmp_path, name, front + sentence + "\n")])
    (claim,) = [c for c in an.claims if any(f.claim == c.id for f in an.facts)]
    return claim, [f for f in an.facts if f.claim == claim.id]


def _pick(facts, text):
    (f,) = [f for f in facts if f.text == text]
    return f


@pytest.mark.parametrize(
    ("a", "x", "b", "y", "expected"),
    [
        # a distance beside a weight: the only length of each sentence
        (
            "The 44-tonne tanker stopped roughly 3km from the toll gate.",
            "roughly 3km",
            "The tanker stopped about 8km from the gate, police said.",
            "about 8km",
            True,
        ),
        # a year beside a day
        (
            "The Ashby viaduct, built in 1847, reopened on Monday.",
            "1847",
            "Completed in 1874, the viaduct carries the line over the Ash.",
            "1874",
            True,
        ),
        # two lengths in kilometres on one side: which one is the other's is not known
        (
            "The tanker stopped roughly 3km from the gate and 5km from the town.",
            "roughly 3km",
            "The tanker stopped about 8km from the gate.",
            "about 8km",
            False,
        ),
        # months against weeks: written in other units, left to the words around them
        (
            "The pier reopened after an eight-month closure on Saturday.",
            "eight-month",
            "The pier reopened after a 30-week closure on Saturday.",
            "30-week",
            False,
        ),
    ],
)
def test_lone_of_its_kind(tmp_path, a, x, b, y, expected):
    ca, fa = _facts(tmp_path, "a.md", a)
    cb, fb = _facts(tmp_path, "b.md", b)
    fx, fy = _pick(fa, x), _pick(fb, y)
    assert lone.lone_left(fx, fy, ((ca, fa), (cb, fb)), set(), of_kind=True) is expected


def test_a_figure_with_its_conversion_beside_it_is_not_lone(tmp_path):
    # '230 m (755 ft)': twins.py compares a conversion with the other report's figure
    ca, fa = _facts(tmp_path, "a.md", "The 230-metre (755 ft) bridge reopened on Monday.")
    cb, fb = _facts(tmp_path, "b.md", "The bridge, about 250 ft long, reopened on Monday.")
    fx, fy = _pick(fa, "755 ft"), _pick(fb, "about 250 ft")
    assert not lone.lone_left(fx, fy, ((ca, fa), (cb, fb)), set(), of_kind=True)


def _case(kinds_dims, context=0.4, verdict="conflict", lone_kind=True):
    from workbench.model import Verdict

    def fact(kind, dim):
        mention = None
        if dim:
            mention = SimpleNamespace(dimension=dim)
        return SimpleNamespace(kind=kind, value={}, mention=mention, id=kind + dim)

    x, y = (fact(*kd) for kd in kinds_dims)
    return SimpleNamespace(
        cmp=SimpleNamespace(verdict=Verdict(verdict)),
        context=context,
        x=x,
        y=y,
        lone=lambda of_kind=False: lone_kind,
        t=current().judge,
    )


@pytest.mark.parametrize(
    ("kinds", "context", "verdict", "lone_kind", "kept"),
    [
        ((("duration", ""), ("duration", "")), 0.4, "conflict", True, True),
        ((("date", ""), ("date", "")), 0.3, "conflict", True, True),
        # the words around them agree too little: left out
        ((("duration", ""), ("duration", "")), 0.2, "conflict", True, False),
        # not the only ones of their kind
        ((("duration", ""), ("duration", "")), 0.4, "conflict", False, False),
        # no difference to keep
        ((("duration", ""), ("duration", "")), 0.4, "consistent", True, False),
        # clocks: two moments, or one moment in two zones
        ((("time", ""), ("time", "")), 0.4, "conflict", True, False),
    ],
)
def test_which_plain_clashes_are_kept(kinds, context, verdict, lone_kind, kept):
    case = _case(kinds, context, verdict, lone_kind)
    assert lone.lone_of_its_kind_conflict(case) is kept


def test_counts_shares_sums_and_ages_are_left_to_the_words(monkeypatch):
    # a margin of 15 points / 20 points scored; two people's ages
    for kind, dim in (
        ("number", "count"),
        ("percent", "percent"),
        ("money", "currency"),
        ("quantity", "duration"),
    ):
        monkeypatch.setattr(lone, "dimension_of", lambda f, d=dim: d)
        case = _case(((kind, dim), (kind, dim)))
        assert not lone.lone_of_its_kind_conflict(case), kind
    monkeypatch.setattr(lone, "dimension_of", lambda f: "length")
    assert lone.lone_of_its_kind_conflict(_case((("quantity", "m"), ("quantity", "m"))))


@pytest.mark.parametrize(
    ("text", "value", "stage"),
    [
        ("The embankment, built in 1847, carries the line over a culvert.", "1847", "built"),
        ("The stadium was completed in 1923 for the cup final.", "1923", "built"),
        ("The lighthouse was constructed in 1851 on the reef.", "1851", "built"),
        ("The spire was erected in 1702 after the fire.", "1702", "built"),
        # a deal or a sale completed is no structure's making
        ("The takeover was completed in 2019, the company said.", "2019", ""),
        ("The deal was completed in 2021.", "2021", ""),
        ("Opel completed the sale in 2017.", "2017", ""),
        # made again: another stage of the structure's story
        ("The tower, rebuilt in 1950, reopened on Monday.", "1950", ""),
    ],
)
def test_the_year_a_structure_was_made_is_one_stage(text, value, stage):
    # 'built in 1847' / 'was completed in 1874' date one thing (authored derailment
    # D12): read alike, a year far apart in loosely aligned sentences is asked about
    from workbench.facts.measure import dated_event_of

    i = text.index(value)
    assert dated_event_of(text, i, i + len(value)) == stage
