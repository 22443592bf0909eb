"""A quote printed in two tenses (trial 25).

Police said: “The fire progressed rapidly through the store…” in one report,
“The fire has progressed rapidly through the store…” in three others: an
auxiliary of the perfect added or dropped inside quotation marks was read as
house style and never shown. It is not house style - one of the two is not
what was said - but the claim is the same, so it is asked about (unresolved),
naming both wordings. Cases written for this test; contractions and words of
no weight stay quiet."""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze_paths
from workbench.facts.quote.compare import compare_quotes
from workbench.facts.quote.find import find_quotes
from workbench.model import Verdict


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _diff(a: str, b: str):
    (qa,) = find_quotes(a)
    (qb,) = find_quotes(b)
    return compare_quotes(qa, qb, "A", "B")


@pytest.mark.parametrize(
    ("a", "b", "a_words", "b_words"),
    [
        (
            "Police said: “The fire progressed rapidly through the store.”",
            "Police said: “The fire has progressed rapidly through the store.”",
            "progressed",
            "has progressed",
        ),
        (
            "“We have decided to close the plant at the end of the year,” she said.",
            "“We decided to close the plant at the end of the year,” she said.",
            "have decided",
            "decided",
        ),
        (
            "“The man has been arrested and is in custody,” a spokesman said.",
            "“The man had been arrested and is in custody,” a spokesman said.",
            "has been",
            "had been",
        ),
        (
            "“They had warned the council about the bridge for years,” he said.",
            "“They warned the council about the bridge for years,” he said.",
            "had warned",
            "warned",
        ),
    ],
)
def test_a_quote_in_another_tense_is_asked_about(a, b, a_words, b_words):
    d = _diff(a, b)
    assert d is not None and d.verdict == Verdict.UNRESOLVED
    assert f"A quotes '{a_words}' where B quotes '{b_words}'" in d.explanation
    assert "another tense" in d.explanation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # a contraction
            "“I've never seen a fire spread so fast,” he said.",
            "“I have never seen a fire spread so fast,” he said.",
        ),
        (  # a word of no weight
            "“The fire spread and we ran,” he said.",
            "“The fire spread, we ran,” he said.",
        ),
        (  # the same words
            "“The fire has progressed rapidly,” police said.",
            "“The fire has progressed rapidly,” police said.",
        ),
    ],
)
def test_contractions_and_words_of_no_weight_stay_quiet(a, b):
    assert _diff(a, b) is None


def test_the_tense_change_is_flagged_between_articles(tmp_path):
    a = (
        "Fire crews fought the blaze through the night.\n"
        "A police spokeswoman said: “The fire has progressed rapidly through the store, "
        "which is almost totally destroyed.”\n"
    )
    b = (
        "Dozens of firefighters were sent to the supermarket.\n"
        "Police said: “The fire progressed rapidly through the store, "
        "which is almost totally destroyed.”\n"
    )
    flags = [d for d in analyze_paths(pair(tmp_path, a, b)).discrepancies if d.kind == "quote"]
    (d,) = flags
    assert d.verdict == Verdict.UNRESOLVED
    assert {s.text for s in d.sides} == {"has progressed", "progressed"}
