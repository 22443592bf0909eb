"""Issue 14 (speed42): what value pairing computed for every aligned claim pair
is computed once, and only what can change the answer is computed at all.

- each claim's side of ``pairing.compare_claims`` (its comparable facts, their
  words, measures, frames ...) is read once per claim and its facts
  (``judge/side_memo``), not once for each claim it is aligned with;
- two claims one of which has no value to pair are not paired at all;
- the sentences a pair of reports carries alike (``daily.carried_alike``, a
  difflib ratio) are read only for reports both formulaic and a copy, the only
  ones whose reading changes what is set aside;
- every article's text and date, which each value case carries, is built once
  a judging run.

Each test compares with the reading made afresh (memo off, or every pair
read), so a memo that handed back another claim's side, or a skip that lost a
pair, fails here. Own articles, never the held-out ones.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest

from workbench import analysis, facts_memo
from workbench.articles import load_articles
from workbench.judge import daily, engine, memo, pairing, side_memo
from workbench.judge.judging_run import JudgingRun, value_case
from workbench.model import Claim, Fact

STORY = {
    "ferry": (
        "2023-09-11",
        "The ferry ran aground off Skerry Point on Sunday with 212 passengers aboard, the "
        "coastguard said.\n\n"
        "Three lifeboats and a helicopter took 40 people ashore within two hours.\n\n"
        "The vessel, built in 2004, was refloated at high tide on Monday morning.",
    ),
    "isles": (
        "2023-09-12",
        "A ferry carrying 221 passengers grounded near Skerry Point on Sunday, according to "
        "the coastguard.\n\n"
        "Lifeboats brought 40 passengers ashore in under two hours.\n\n"
        "The 2004-built ship was pulled free on Monday.",
    ),
    "gazette": (
        "2023-09-12",
        "The coastguard said 212 people were on board when the ferry struck rocks at Skerry "
        "Point.\n\n"
        "Forty passengers were taken off by three lifeboats and a helicopter.\n\n"
        "The operator apologised to passengers.",
    ),
}


@pytest.fixture(autouse=True)
def _fresh(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    for m in (facts_memo, memo, side_memo):
        m.clear()
    yield
    for m in (facts_memo, memo, side_memo):
        m.clear()


def _articles(tmp_path) -> list:
    given = {}
    for name, (day, text) in STORY.items():
        p = tmp_path / f"{name}.txt"
        p.write_text(text, encoding="utf-8")
        given[str(p)] = date.fromisoformat(day)
    return load_articles(list(given), given)


def _afresh(articles, monkeypatch):
    with monkeypatch.context() as m:
        m.setenv("WORKBENCH_SIDE_MEMO", "0")
        m.setenv("WORKBENCH_PAIR_MEMO", "0")
        m.setenv("WORKBENCH_FACTS_MEMO", "0")
        return analysis.analyze(articles)


def test_each_claims_side_is_read_once_and_the_analysis_is_the_fresh_one(tmp_path, monkeypatch):
    articles = _articles(tmp_path)
    reads: list[str] = []
    real = pairing._read_side

    def counting(claim, facts, width):
        reads.append(claim.id)
        return real(claim, facts, width)

    monkeypatch.setattr(pairing, "_read_side", counting)
    got = analysis.analyze(articles)
    assert got.discrepancies  # 212 / 221 passengers: something to get wrong
    assert reads and len(reads) == len(set(reads))  # no claim read twice
    assert got == _afresh(articles, monkeypatch)


def _claim(cid: str, text: str) -> Claim:
    return Claim(cid, cid.split(":")[0], 0, 0, len(text), text)


def _count(claim: Claim, n: int, word: str) -> Fact:
    start = claim.text.index(word)
    value = {"value": n, "unit": "", "dimension": "count"}
    return Fact(
        f"{claim.id}:f{start}",
        claim.id,
        claim.article,
        "number",
        start,
        start + len(word),
        word,
        value,
    )


def test_a_side_is_kept_by_its_claim_its_very_facts_and_the_width():
    c = _claim("a:0", "Seven workers and 12 firemen were hurt.")
    facts = [_count(c, 7, "Seven"), _count(c, 12, "12")]
    asked = []

    def read(claim, fs, width):
        asked.append((claim.id, width))
        return (claim.id, tuple(f.id for f in fs), width)

    first = side_memo.kept(c, facts, 3, read)
    assert side_memo.kept(c, facts, 3, read) is first
    assert len(asked) == 1
    side_memo.kept(c, [_count(c, 7, "Seven"), _count(c, 12, "12")], 3, read)  # equal, not the same
    side_memo.kept(c, facts, 4, read)
    side_memo.kept(_claim("b:0", c.text), facts, 3, read)
    assert len(asked) == 4


def test_the_side_memo_is_bounded(monkeypatch):
    monkeypatch.setattr(side_memo, "MAX_SIDES", 2)
    for k in range(5):
        c = _claim(f"a:{k}", f"{k + 2} workers were hurt.")
        side_memo.kept(c, [], 3, lambda *a: a)
    assert side_memo.size() == 2


def test_a_claim_without_values_is_paired_with_nothing_and_read_no_further(monkeypatch):
    ca = _claim("a:0", "Seven workers were hurt on Sunday.")
    cb = _claim("b:0", "Workers were hurt.")
    reads = []
    real = pairing._read_side
    monkeypatch.setattr(pairing, "_read_side", lambda *a: reads.append(a[0].id) or real(*a))
    names, t = {"a": "A", "b": "B"}, analysis.DEFAULT.judge
    fa = [_count(ca, 7, "Seven")]
    assert pairing.compare_claims(ca, cb, fa, [], names, t) == []
    assert pairing.compare_claims(cb, ca, [], fa, names, t) == []
    # the judge asks no pairing at all for a claim with no value
    run = JudgingRun(
        {"a": "A", "b": "B"},
        {"a": ca.text, "b": cb.text},
        {},
        {},
        {},
        defaultdict(list, {"a:0": fa}),
        t,
    )
    asked = []
    monkeypatch.setattr(memo, "compared", lambda *a, **k: asked.append(a) or [])
    assert engine._paired(run, 0.9, ca, cb, 0.5) == []
    assert asked == []


def test_carried_sentences_are_read_only_where_they_change_what_is_set_aside(tmp_path, monkeypatch):
    """The ferry reports are neither formulaic daily reports nor copies: the
    judge reads no sentence pair for what they carry, and flags as before."""
    articles = _articles(tmp_path)
    asked = []
    real = daily.carried_alike
    monkeypatch.setattr(engine, "carried_alike", lambda *a: asked.append(a) or real(*a))
    got = analysis.analyze(articles)
    assert asked == []
    monkeypatch.setattr(engine, "carried_alike", real)
    assert got == _afresh(articles, monkeypatch)


def test_every_articles_text_and_date_is_built_once_a_run(tmp_path):
    articles = _articles(tmp_path)
    claims = [c for a in articles for c in analysis.claims_of(a)]
    facts = [f for a in articles for f in analysis.facts_of(a, analysis.claims_of(a))]
    run = JudgingRun.of(articles, claims, facts)
    told = tuple((a.text, a.published) for a in articles)
    assert run.stories == told and run.stories is run.stories
    x = next(f for f in facts if f.text == "212")
    y = next(f for f in facts if f.text == "221")
    cmp = pairing.compare_claims(
        run.claim_by_id[x.claim],
        run.claim_by_id[y.claim],
        run.facts_by_claim[x.claim],
        run.facts_by_claim[y.claim],
        run.names,
        run.t,
    )
    assert cmp
    cases = [value_case(run, (0.9, False), p, "", 0.5) for p in cmp]
    assert all(c.events is run.stories for c in cases)
