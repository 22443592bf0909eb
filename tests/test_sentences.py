"""Sentence splitting keeps exact offsets and knows newsroom abbreviations."""

from __future__ import annotations

import itertools

from conftest import SEEDS

from workbench.articles import load_article
from workbench.sentences import split_sentences


def sentences(text: str) -> list[str]:
    spans = split_sentences(text)
    return [text[s:e] for s, e in spans]


def test_offsets_are_exact_on_seeds():
    for path in SEEDS:
        text = load_article(path).text
        spans = split_sentences(text)
        assert spans, path
        for s, e in spans:
            assert text[s:e] == text[s:e].strip() and text[s:e]
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_abbreviations_do_not_split():
    text = (
        "Mr. Smith met Gen. Jones at 10 a.m. in the U.S. capital. "
        "Dr. Lee disagreed. The U.N. Security Council met on Jan. 5."
    )
    assert sentences(text) == [
        "Mr. Smith met Gen. Jones at 10 a.m. in the U.S. capital.",
        "Dr. Lee disagreed.",
        "The U.N. Security Council met on Jan. 5.",
    ]


def test_quotes_and_attribution_stay_together():
    text = '"We are ready," he told reporters. “Really?” she asked. It rained.'
    assert sentences(text) == [
        '"We are ready," he told reporters.',
        "“Really?” she asked.",
        "It rained.",
    ]


def test_paragraph_breaks_end_sentences_without_punctuation():
    text = "Troops have been surrendering in large number\n\nCredit: Reuters\n\nNext line."
    assert sentences(text) == [
        "Troops have been surrendering in large number",
        "Credit: Reuters",
        "Next line.",
    ]


def test_decimals_and_initials():
    text = "Growth was 2.5 per cent. John F. Kennedy spoke. It cost $1.2bn."
    assert sentences(text) == [
        "Growth was 2.5 per cent.",
        "John F. Kennedy spoke.",
        "It cost $1.2bn.",
    ]
