"""Re-analysis after one date edit (issue 14): only the article whose date
changed is read again, and the analysis is the one a fresh process makes."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from conftest import SEEDS

from workbench import analysis, facts_memo
from workbench.articles import load_articles
from workbench.thresholds import DEFAULT


@pytest.fixture
def counted(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    facts_memo.clear()
    read: list[str] = []
    real = analysis.facts_of

    def counting(article, claims, **kw):
        read.append(article.id)
        return real(article, claims, **kw)

    monkeypatch.setattr(analysis, "facts_of", counting)
    yield read
    facts_memo.clear()


def _same(a, b) -> None:
    assert a.facts == b.facts
    assert a.alignments == b.alignments
    assert a.discrepancies == b.discrepancies
    assert a.findings == b.findings


def test_a_date_edit_reads_only_that_article_again(counted, monkeypatch):
    articles = load_articles([str(p) for p in SEEDS])
    analysis.analyze(articles)
    assert sorted(counted) == sorted(a.id for a in articles)
    edited = articles[1]
    articles[1] = dataclasses.replace(edited, published=edited.published + timedelta(days=3))
    counted.clear()
    again = analysis.analyze(articles)
    assert counted == [edited.id]
    monkeypatch.setenv("WORKBENCH_FACTS_MEMO", "0")
    _same(again, analysis.analyze(articles))  # as read from scratch


def test_other_thresholds_or_text_read_again(counted):
    articles = load_articles([str(p) for p in SEEDS])
    analysis.analyze(articles)
    counted.clear()
    other = dataclasses.replace(
        DEFAULT, align=dataclasses.replace(DEFAULT.align, emb_weight=DEFAULT.align.emb_weight / 2)
    )
    analysis.analyze(articles, thresholds=other)
    assert sorted(counted) == sorted(a.id for a in articles)
    counted.clear()
    articles[0] = dataclasses.replace(articles[0], text=articles[0].text + "\n\nOne more line.")
    analysis.analyze(articles)
    assert counted == [articles[0].id]
