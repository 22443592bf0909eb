"""Shares of one named whole (trial 33, problems 3 and 5; judge/shares.py).

Two sentences aligned as one claim whose shares name one whole ("turnout
reached 93.87 percent" / "turnout was almost 90%") are compared even when
their alignment lies just below the conflict floor and their clauses name
no happening; each figure of a list of shares by place ("55 percent … in
Saudi Arabia, 52 percent in Egypt and 82 percent in India") is of its own
place: it meets the share of that place and never one of another place.
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench import judge, thresholds
from workbench.analysis import analyze
from workbench.articles import load_articles
from workbench.judge.shares import listed_by_place, whole_of


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _articles(tmp_path, a: str, b: str):
    front = "---\ntitle: T\noutlet: {}\npublished: 2021-05-10\n---\n"
    return load_articles(
        [
            write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
        ]
    )


def _judged(tmp_path, a: str, b: str, under: float | None, without: tuple[str, ...] = ()):
    """The flags of two one-sentence articles, the conflict floor set ``under``
    above their alignment score (None: at it, a pair aligned as surely as a
    manual link)."""
    articles = _articles(tmp_path, a, b)
    (al,) = analyze(articles).alignments
    at = al.score + (under if under is not None else 0.0)
    floor = thresholds.with_value(
        "align.embedding.conflict", at, thresholds.with_value("align.lexical.conflict", at)
    )
    with judge.rules.without(*without):
        found = analyze(articles, thresholds=floor).discrepancies
    return [(str(d.verdict), d.rule, d.sides[0].text, d.sides[1].text) for d in found]


TURNOUT = (
    "Election officials said turnout reached 71.4 percent in the vote for the new regional "
    "assembly on Sunday.",
    "Election officials said on Sunday that turnout was almost 65% in the vote for the "
    "regional assembly.",
)
JOBLESS = (
    "The statistics office said unemployment stood at 7.9% in the northern region last month.",
    "Unemployment was 6.2 percent in the northern region last month, the statistics office said.",
)
ATTENDANCE = (
    "Organisers said attendance reached 82 percent at the stadium on Saturday.",
    "Attendance was just under 60 per cent at the stadium on Saturday, organisers said.",
)


@pytest.mark.parametrize(
    "sentences", [TURNOUT, JOBLESS, ATTENDANCE], ids=["turnout", "unemployment", "attendance"]
)
def test_shares_of_one_named_whole_just_below_the_floor_are_compared(tmp_path, sentences):
    found = _judged(tmp_path, *sentences, under=0.03)
    assert [f[:2] for f in found] == [("conflict", "measured_alike_below_the_floor")]
    hidden = _judged(tmp_path, *sentences, under=0.03, without=("measured_alike_below_the_floor",))
    assert hidden == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # turnout against a party's share of the vote: two wholes
        (
            "Election officials said turnout reached 71.4 percent in the vote for the new "
            "regional assembly on Sunday.",
            "Election officials said on Sunday that the ruling party won almost 65% of the vote "
            "for the regional assembly.",
        ),
        # two named wholes: unemployment and inflation
        (
            "The statistics office said unemployment stood at 7.9% in the region last month.",
            "Inflation in the region was 6.2 percent last month, the statistics office said.",
        ),
        # shares naming no whole at all
        (
            "Election officials said it reached 71.4 percent in the vote for the new regional "
            "assembly on Sunday.",
            "Election officials said on Sunday that it was almost 65% in the vote for the "
            "regional assembly.",
        ),
    ],
    ids=["turnout-vote", "jobless-inflation", "no-whole"],
)
def test_shares_of_other_or_no_wholes_stay_silent_below_the_floor(tmp_path, a, b):
    assert [f for f in _judged(tmp_path, a, b, under=0.03) if f[0] == "conflict"] == []


LISTED = [
    (
        "At one point as much as 55 percent of voice traffic in Saudi Arabia, 52 percent in "
        "Egypt and 82 percent in India was out of service, the operator said.",
        "At one point 65 per cent of voice traffic to India was out of service, while services "
        "to Saudi Arabia and Egypt were also affected, the operator said.",
        ("82 percent", "65 per cent"),
    ),
    (
        "About 40 percent of flights in Spain, 35 percent in Italy and 70 percent in France "
        "were cancelled on Monday, the airline said.",
        "The airline said 55 per cent of flights in France were cancelled on Monday and that "
        "Spain and Italy were hit too.",
        ("70 percent", "55 per cent"),
    ),
    (
        "Support for the bill among voters stood at 61% in Ohio, 48% in Iowa and 39% in Texas, "
        "the poll found.",
        "The poll found that support for the bill among voters stood at 44% in Texas, with Ohio "
        "and Iowa higher.",
        ("39%", "44%"),
    ),
]


@pytest.mark.parametrize("case", LISTED, ids=["traffic", "flights", "support"])
@pytest.mark.parametrize("under", [None, 0.03], ids=["aligned-surely", "just-below-floor"])
def test_a_listed_share_meets_the_share_of_its_place(tmp_path, case, under):
    a, b, want = case
    found = _judged(tmp_path, a, b, under=under)
    assert [(f[0], f[2], f[3]) for f in found if f[0] == "conflict"] == [("conflict", *want)]


@pytest.mark.parametrize(
    ("sentence", "value", "whole"),
    [
        (
            "Authorities said turnout reached 93.87 percent in the election.",
            "93.87 percent",
            "turnout",
        ),
        ("The commission said that turnout was almost 90%.", "90%", "turnout"),
        ("A turnout of 60% was expected in the capital.", "60%", "turnout"),
        ("Unemployment stood at 5.2% in March.", "5.2%", "unemployment"),
        (
            "It accounted for 88.41 percent of the country's eligible voters.",
            "88.41 percent",
            "voter",
        ),
        ("Some 65 per cent of traffic to India was down.", "65 per cent", "traffic"),
        (
            "As much as 55 percent of voice traffic in Saudi Arabia was cut.",
            "55 percent",
            "traffic",
        ),
        ("It had 55 percent of traffic in Oman, 52 percent in Egypt.", "52 percent", "traffic"),
        (
            "The party won 42 percent of the vote in Ohio and 38 percent in Iowa.",
            "38 percent",
            "vote",
        ),
        ("Shares rose 5% on Monday.", "5%", ""),
        ("It was 40% of Egyptians, the survey said.", "40%", ""),
        ("The rate was 4.5% in May.", "4.5%", ""),
        # a conjunction or an adverb before the verb names no whole
        ("The fire had grown by Wednesday and was 15% contained.", "15%", ""),
        ("Output fell in May but was 3% higher in June.", "3%", ""),
        ("The dam is now 80% full, officials said.", "80%", ""),
        ("The vaccine was approved and then was 95% effective in trials.", "95%", ""),
    ],
)
def test_the_whole_a_share_is_of(sentence, value, whole):
    s = sentence.index(value)
    assert whole_of(sentence, s, s + len(value)) == whole


@pytest.mark.parametrize(
    ("sentence", "value", "listed"),
    [
        (
            "55 percent of traffic in Saudi Arabia, 52 percent in Egypt and 82% in India",
            "82%",
            True,
        ),
        (
            "55 percent of traffic in Saudi Arabia, 52 percent in Egypt and 82% in India",
            "55 percent",
            True,
        ),
        ("40% of flights in Spain and 70% in France were cancelled", "40%", True),
        (
            "Some 65 per cent of traffic to India was down, 10 percent more than usual",
            "65 per cent",
            False,
        ),
        ("Turnout was 60% in 2019 and 55% in 2014", "55%", False),
    ],
)
def test_a_figure_of_a_list_by_place(sentence, value, listed):
    s = sentence.index(value)
    assert listed_by_place(sentence, s, s + len(value)) is listed


def test_a_conjunction_before_was_is_never_named_as_the_whole(tmp_path):
    # session 38 (R38c): "... and was 15% contained" read its whole as "and",
    # and the explanation said the shares were "of 'and'"
    a = (
        "The Cedar Gap fire had spread across 5,200 hectares by Thursday evening and was "
        "20% contained, the forestry service said."
    )
    b = (
        "The forestry service said only 40 per cent of the fire's perimeter was contained "
        "on Thursday evening."
    )
    articles = _articles(tmp_path, a, b)
    found = [d for d in analyze(articles).discrepancies if d.kind == "percent"]
    assert found and all("'and'" not in d.explanation for d in found), found
