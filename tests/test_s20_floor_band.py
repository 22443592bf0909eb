"""The band below the conflict floor (issue 11, session 20): a count restated
in sentences aligned a tenth below the floor ('Page married twice; …' / 'Page
was married three times but had no children', ECB+ 04_ecb, aligned 0.418
under a floor of 0.50) is still compared when both figures say alike what
they measure (judge/floor.py). The band was 0.08 wide; on the development
halves dev/dev2 a width of 0.10 shows one inventory item more and changes no
other flag. Figures that say less, and everything further down, stay silent.
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench import judge, thresholds
from workbench.analysis import analyze
from workbench.articles import load_articles

# deeper below the floor than the band of session 14 (0.08) reached
INSIDE = 0.09


def _articles(tmp_path, a: str, b: str):
    front = "---\ntitle: T\noutlet: {}\npublished: 2021-05-10\n---\n"
    return load_articles(
        [
            write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
        ]
    )


def _judged(tmp_path, a: str, b: str, under: float, without: tuple[str, ...] = ()):
    """The flags of two sentences with the conflict floor set ``under`` above
    their alignment score."""
    articles = _articles(tmp_path, a, b)
    (al,) = analyze(articles).alignments
    at = al.score + under
    floor = thresholds.with_value(
        "align.embedding.conflict", at, thresholds.with_value("align.lexical.conflict", at)
    )
    with judge.rules.without(*without):
        found = analyze(articles, thresholds=floor).discrepancies
    return [(str(d.verdict), d.rule, d.sides[0].text, d.sides[1].text) for d in found]


MARRIED = (
    "The actress married twice and had no children, her agent said on Friday.",
    "The actress was married three times and had no children, her agent said.",
)
ARRESTED = (
    "The suspect had been arrested four times for burglary in the county, police said.",
    "Police said the suspect was arrested five times for burglary in the county.",
)


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def test_the_band_reaches_a_tenth_below_the_floor():
    assert thresholds.DEFAULT.judge.below_floor > INSIDE


@pytest.mark.parametrize(
    ("sentences", "values"),
    [(MARRIED, ("twice", "three")), (ARRESTED, ("four", "five"))],
    ids=["married", "arrested"],
)
def test_a_count_of_one_happening_a_tenth_below_the_floor_is_a_conflict(
    tmp_path, sentences, values
):
    found = _judged(tmp_path, *sentences, under=INSIDE)
    assert found == [("conflict", "measured_alike_below_the_floor", *values)]
    without = ("measured_alike_below_the_floor",)
    assert _judged(tmp_path, *sentences, under=INSIDE, without=without) == []


@pytest.mark.parametrize("sentences", [MARRIED, ARRESTED], ids=["married", "arrested"])
def test_below_the_band_nothing_is_shown(tmp_path, sentences):
    under = thresholds.DEFAULT.judge.below_floor + 0.01
    assert _judged(tmp_path, *sentences, under=under) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # arrested and convicted: one count of times, two happenings
        (
            "The suspect had been arrested four times for burglary in the county, police said.",
            "Police said the suspect was convicted five times for burglary in the county.",
        ),
        # killed and injured in the band
        (
            "The blaze at the warehouse killed 12 workers on the night shift, the union said.",
            "Nine workers were injured on the night shift in the blaze at the warehouse, "
            "police said.",
        ),
    ],
    ids=["arrested-convicted", "killed-injured"],
)
def test_counts_of_different_happenings_stay_silent_in_the_band(tmp_path, a, b):
    assert [f for f in _judged(tmp_path, a, b, under=INSIDE) if f[0] == "conflict"] == []
