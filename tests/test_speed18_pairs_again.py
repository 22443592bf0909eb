"""Re-analysis after one date edit (issue 14): the value pairs of two articles
that did not change are not compared again (``judge.memo``), the aligner's
and the grouping's wording scores are remembered, and the analysis is the one
made with nothing remembered."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from workbench import align, analysis, facts_memo, judge
from workbench.articles import load_articles
from workbench.judge import engine, memo, rules
from workbench.model import Claim, Fact

ARTICLES = {
    "harbour": (
        "2024-03-06",
        "The harbour crane collapsed yesterday, injuring 7 workers, the port authority said.\n\n"
        "Repairs will cost $4 million and take 6 weeks, officials said on Wednesday.\n\n"
        "The crane, built in 1998, had been inspected in January.",
    ),
    "dockside": (
        "2024-03-05",
        "A harbour crane collapsed on Tuesday, injuring 9 workers, according to the port "
        "authority.\n\n"
        "Officials said repairs would cost $4 million and take six weeks.\n\n"
        "The crane was built in 1998 and last inspected in January.",
    ),
    "wire": (
        "2024-03-07",
        "The port authority said 7 workers were hurt when a harbour crane collapsed on Tuesday.\n\n"
        "Repairing the crane will take 8 weeks and cost $5 million, officials said.\n\n"
        "The crane dated from 1998.",
    ),
    "council": (
        "2024-03-08",
        "The city council will debate port safety next Monday after the crane collapse.\n\n"
        "Councillors asked why the crane, built in 1998, was still in use.",
    ),
}


def _articles(tmp_path) -> list:
    given = {}
    for name, (day, text) in ARTICLES.items():
        p = tmp_path / f"{name}.txt"
        p.write_text(text, encoding="utf-8")
        given[str(p)] = date.fromisoformat(day)
    return load_articles(list(given), given)


def _edit(articles: list, k: int, days: int) -> None:
    a = articles[k]
    articles[k] = dataclasses.replace(a, published=a.published + timedelta(days=days))


def _fresh(articles, monkeypatch, **kw):
    """The analysis with nothing remembered from earlier ones."""
    with monkeypatch.context() as m:
        m.setenv("WORKBENCH_FACTS_MEMO", "0")
        m.setenv("WORKBENCH_PAIR_MEMO", "0")
        analysis._similarity.cache_clear()
        align._mix.cache_clear()
        return analysis.analyze(articles, **kw)


@pytest.fixture
def empty():
    facts_memo.clear()
    memo.clear()
    yield
    facts_memo.clear()
    memo.clear()


@pytest.fixture(params=["1", "0"], ids=["embeddings", "lexical"])
def cleared(request, monkeypatch, empty):
    if request.param == "1":
        pytest.importorskip("onnxruntime")
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", request.param)


@pytest.fixture
def counted(monkeypatch):
    """The article pairs whose claims were compared (not taken from the memo)."""
    seen: list[tuple[str, str]] = []
    real = engine.compare_claims

    def counting(ca, cb, *args):
        seen.append((ca.article, cb.article))
        return real(ca, cb, *args)

    monkeypatch.setattr(engine, "compare_claims", counting)
    return seen


def test_each_date_edit_gives_the_fresh_analysis(tmp_path, cleared, monkeypatch):
    articles = _articles(tmp_path)
    first = analysis.analyze(articles)
    assert first == _fresh(articles, monkeypatch)
    seen = {first.discrepancies}
    for k, days in ((0, 1), (1, -2), (0, -1), (2, 30), (3, 2)):
        _edit(articles, k, days)
        again = analysis.analyze(articles)
        assert again == _fresh(articles, monkeypatch)
        seen.add(again.discrepancies)
    assert len(seen) > 1  # the edits changed what was flagged: the memo had something to get wrong


def test_only_pairs_with_the_edited_article_are_compared_again(tmp_path, cleared, counted):
    articles = _articles(tmp_path)
    analysis.analyze(articles)
    assert counted
    edited = articles[1].id
    _edit(articles, 1, 2)
    counted.clear()
    analysis.analyze(articles)
    assert counted
    assert all(edited in pair for pair in counted)
    counted.clear()
    analysis.analyze(articles)  # nothing changed since
    assert counted == []


def test_other_thresholds_or_rules_left_out_compare_again(tmp_path, cleared, counted, monkeypatch):
    articles = _articles(tmp_path)
    analysis.analyze(articles)
    counted.clear()
    judged = analysis.DEFAULT.judge
    other = dataclasses.replace(
        analysis.DEFAULT, judge=dataclasses.replace(judged, paraphrase=judged.paraphrase + 0.01)
    )
    analysis.analyze(articles, thresholds=other)
    assert counted
    name = next(r.name for r in rules.RULES if r.stage == rules.COMPARE)
    counted.clear()
    with rules.without(name):
        left_out = analysis.analyze(articles)
        assert counted
        assert left_out == _fresh(articles, monkeypatch)


def test_counting_rule_decisions_sees_every_pair(tmp_path, cleared):
    articles = _articles(tmp_path)
    with judge.tracing() as first:
        analysis.analyze(articles)
    with judge.tracing() as again:  # the pairs are in the memo by now
        analysis.analyze(articles)
    assert first and again == first


def test_facts_are_told_apart_by_identity_not_by_claim(empty):
    """Two calls with the same claims and facts of other values (as tests and
    ``versus`` make them) are both compared."""
    ca = Claim("a:0", "a", 0, 0, 28, "Seven workers were injured.")
    cb = Claim("b:0", "b", 0, 0, 26, "Nine workers were injured.")

    def fact(claim: Claim, n: int, word: str) -> Fact:
        value = {"value": n, "unit": "", "dimension": "count"}
        return Fact(f"{claim.id}:f0", claim.id, claim.article, "number", 0, len(word), word, value)

    calls = []

    def compare(*args):
        calls.append(args)
        return []

    names = {"a": "A", "b": "B"}
    t = analysis.DEFAULT.judge
    texts = (ca.text, cb.text)
    fa, fb = [fact(ca, 7, "Seven")], [fact(cb, 9, "Nine")]
    memo.compared(compare, ca, cb, fa, fb, names, t, texts)
    memo.compared(compare, ca, cb, fa, fb, names, t, texts)
    assert len(calls) == 1
    memo.compared(compare, ca, cb, [fact(ca, 7, "Seven")], fb, names, t, texts)
    assert len(calls) == 2  # equal values, but other objects: compared again
    memo.compared(compare, ca, cb, fa, fb, {"a": "A (2)", "b": "B"}, t, texts)
    assert len(calls) == 3


def test_the_memo_is_bounded(empty, monkeypatch):
    monkeypatch.setattr(memo, "MAX_PAIRS", 3)
    names = {"a": "A", "b": "B"}
    for k in range(6):
        ca = Claim(f"a:{k}", "a", k, 0, 5, "Text.")
        cb = Claim(f"b:{k}", "b", k, 0, 5, "Text.")
        memo.compared(lambda *a: [], ca, cb, [], [], names, analysis.DEFAULT.judge, ("", ""))
    assert memo.size() == 3
