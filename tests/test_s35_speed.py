"""Session 35 (issue 14): the judge reads a value's modality, its word of
offering and its clause once, not once for every value it is held against,
and the "not shown one thing" row stops at the first evidence it finds.

The classes of error guarded against: a remembered reading whose key misses
an input (another span of the same sentence, another article text before it)
given a stale answer; a row that stops early deciding otherwise than the full
list of evidence; and the per-pair rereading coming back (hostile text, one
clause of hundreds of figures, took minutes).
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from benchmarks.hostile import article, build
from workbench import facts_memo
from workbench.analysis import analyze
from workbench.articles import load_articles
from workbench.facts import modality, offers
from workbench.judge import memo, shown_same

SENTENCES = [
    "He could be sentenced to up to 119 years, but was sentenced to life plus 20 years.",
    "Prosecutors sought 30 years; the judge gave him 12 years if he pays $40,000.",
    "Apple will ask $1,099 for the base model, and the battery can run for eight hours.",
    "Eight years seems reasonable, said Smith, who expressed concern about a contract of 10 years.",
    "If approved, the plan would cost $2bn and would hire 500 people by May 2026.",
    "Forecasters expect 20 inches of snow; 14 inches fell on Monday and 3 more may fall.",
]

OFFERS = [
    "The Nationals offered an eight-year, $160 million deal, and the agent asked for $180 million.",
    "The offer was $5 million, Jones said, up from the $4 million bid made in May.",
    "Smith's $13 billion proposal was rejected; the board wanted $15 billion.",
]

PAIRS = ["04_quarterly_results", "06_peru_landslide", "10_cocaine_sentencing", "16_airport_strike"]

BEFORE = [
    "",
    "The Red Sox made an offer on Monday. ",
    "Rivals from Boston were in talks. The Yankees' offer came later. ",
]


def _spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"\$?\d[\d,.]*(?:\s(?:million|billion|bn))?", text)]


def test_a_remembered_modality_is_the_one_read_afresh() -> None:
    """Every value of each sentence, asked in two orders and again, reads as
    the uncached function reads it."""
    fresh = modality.reading.__wrapped__
    asked = [(t, *m.span()) for t in SENTENCES for m in re.finditer(r"\S+", t)]
    assert len(asked) >= 80
    for order in (asked, asked[::-1], asked):
        for t, s, e in order:
            assert modality.reading(t, s, e) == fresh(t, s, e), t[s:e]
    kinds = {fresh(t, s, e)[0] for t, s, e in asked}
    assert len(kinds) >= 4  # the cases are varied: several modalities read


def test_an_offer_is_read_with_the_article_text_before_it() -> None:
    """The article before the sentence is not part of what is remembered: the
    same figure after another lead-in reads as computed afresh."""
    seen = set()
    for text, before in itertools.product(OFFERS, BEFORE):
        for s, e in _spans(text):
            got = offers.offer_of(text, s, e, before)
            offers._word_of.cache_clear()
            assert got == offers.offer_of(text, s, e, before), (text[s:e], before)
            seen.add(got)
    assert len(seen) >= 3  # offers, asks and owners told apart


def test_the_row_that_stops_at_the_first_evidence_decides_as_the_full_list(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each case the row ``not_shown_one_thing`` met in the seeds: stopping at
    the first kind of evidence decides as the whole tuple ``evidence`` does."""
    met = []
    found = shown_same._evidence

    def recording(c):
        met.append(c)
        return found(c)

    monkeypatch.setattr(shown_same, "_evidence", recording)
    # pairs compared by an earlier test are kept for the process (judge/memo.py,
    # facts_memo.py): forget them, so every case reaches the row again
    memo.clear()
    facts_memo.clear()
    root = Path(__file__).resolve().parent.parent
    analyze(load_articles(sorted((root / "seeds").glob("*.txt"))))
    for pair in PAIRS:
        analyze(load_articles(sorted((root / "tests" / "pairs" / pair).glob("[ab].md"))))
    monkeypatch.setattr(shown_same, "_evidence", found)
    assert len(met) >= 20
    first = set()
    for c in met:
        stops = shown_same.not_shown_one_thing(c)
        assert stops == (shown_same._variant_named(c) or not shown_same.evidence(c))
        first.add(shown_same.evidence(c)[:1])
    assert len(first) >= 2  # the first evidence found is of several kinds


def test_a_clause_of_many_values_is_read_once_per_value(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two hostile articles ('3 km 3 km …'): each value's clause words are read
    a few times in all, not once for every value it is compared with."""
    modality.reading.cache_clear()
    offers._word_of.cache_clear()
    calls = {"words": 0, "offers": 0}
    words, start = modality._clause_words, offers._clause_start

    def counted_words(*args):
        calls["words"] += 1
        return words(*args)

    def counted_start(*args):
        calls["offers"] += 1
        return start(*args)

    monkeypatch.setattr(modality, "_clause_words", counted_words)
    monkeypatch.setattr(offers, "_clause_start", counted_start)
    text = build("3 km 3 km ", 1_500)
    result = analyze([article(text, "a"), article(text.replace("4", "5"), "b")])
    values = len(result.facts)
    assert values >= 100
    assert 0 < calls["words"] <= 3 * values
    assert 0 < calls["offers"] <= values
