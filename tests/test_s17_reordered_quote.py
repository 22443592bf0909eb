"""One quotation printed with its words in another order (issue 11, session 17,
facts/quote/reorder.py). Made-up quotations.

No run of several words is shared, so the matcher never paired them; an
editor reads them as one quotation of which at most one version is verbatim.
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.quote.compare import compare_quotes
from workbench.facts.quote.find import find_quotes
from workbench.facts.quote.match import match_quotes
from workbench.facts.quote.reorder import moved_words, reordered
from workbench.model import Verdict
from workbench.thresholds import current


@pytest.mark.parametrize(
    ("a", "b", "moved"),
    [
        (
            "the fastest and quietest electric ferry afloat",
            "quietest and fastest electric ferry afloat",
            ("fastest and quietest", "quietest and fastest"),
        ),
        (
            "we were frightened, cold and hungry every single night",
            "we were cold, hungry and frightened every single night",
            ("frightened cold and hungry", "cold hungry and frightened"),
        ),
        (
            "safety first and profits second for this harbour",
            "profits second and safety first for this harbour",
            ("safety first and profits second", "profits second and safety first"),
        ),
    ],
)
def test_the_same_words_in_another_order(a, b, moved):
    (qa,) = find_quotes(f'She said: "{a}."')
    (qb,) = find_quotes(f'He wrote: "{b}."')
    assert reordered(qa.tokens, qb.tokens)
    assert match_quotes(qa, qb) >= current().quote.same_quote
    diff = compare_quotes(qa, qb, "Courier", "Gazette")
    assert diff is not None and diff.verdict == Verdict.UNRESOLVED and diff.kind == "reordered"
    assert moved_words(qa.tokens, qb.tokens) == moved
    assert f"'{moved[0]}' vs '{moved[1]}'" in diff.explanation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one word more or less: not a reordering (the matcher's own rules decide)
        ("the fastest and quietest ferry afloat today", "quietest and fastest ferry afloat"),
        # too few words to tell a reordering from chance
        ("cold and hungry", "hungry and cold"),
        # the same order
        ("the fastest and quietest ferry afloat", "fastest and quietest ferry afloat"),
        # other words
        ("the fastest and quietest ferry afloat", "the slowest and loudest ferry afloat"),
    ],
)
def test_what_is_not_a_reordering(a, b):
    assert not reordered(find_quotes(f'"{a}."')[0].tokens, find_quotes(f'"{b}."')[0].tokens)


def test_reports_quoting_one_remark_in_another_order_raise_a_question(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
    paths = [
        write(
            tmp_path,
            "a.md",
            front.format("Courier")
            + 'The operator called the Skerry Lass "the fastest and quietest electric ferry '
            'afloat" at its launch on the Clyde.\n',
        ),
        write(
            tmp_path,
            "b.md",
            front.format("Gazette")
            + 'At the launch, the operator described the new vessel as the "quietest and '
            'fastest electric ferry afloat".\n',
        ),
    ]
    found = [d for d in analyze_paths(paths).discrepancies if d.kind == "quote"]
    assert [(d.verdict, d.rule) for d in found] == [(Verdict.UNRESOLVED, "quote_wording")]
    assert "in another order" in found[0].explanation
