"""Issue 14 (speed43): each paired value's case is built and decided once.

repair.py asks the VALUE rows ahead about every paired value of two aligned
claims (``count=False``: is it dropped in a way that frees its values?), and
the judge then built the same case again and asked the same rows (at 200
ECB+ articles about 2,000 cases built and decided twice). The class: a
pure decision asked ahead and again of one input. ``judging_run.value_rule``
keeps each case and its row by the value pair and how it is judged, and
counts the decision only when it is made for good, as ``rules.decide`` did.

Each test compares with the judge building every case afresh, so a case
handed to the wrong pair, or a decision counted twice or not at all, fails
here. Own articles (a quarry collapse), never the held-out ones.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from workbench import analysis, facts_memo
from workbench.articles import load_articles
from workbench.judge import engine, judging_run, memo, rules, side_memo
from workbench.judge.stages import tracing

STORY = {
    "valley": (
        "2024-05-06",
        "A rock face collapsed at the Brennock quarry on Saturday, burying 3 excavators, "
        "the operator said.\n\n"
        "Rescuers pulled 14 workers from the rubble within four hours.\n\n"
        "The quarry, opened in 1987, employs 160 people.",
    ),
    "courier": (
        "2024-05-07",
        "Part of the Brennock quarry wall gave way on Saturday and buried four excavators, "
        "according to the operator.\n\n"
        "Rescue teams freed 41 workers from the rubble in under four hours.\n\n"
        "The site, opened in 1987, has 160 employees.",
    ),
    "post": (
        "2024-05-07",
        "The operator said 3 excavators were buried when the quarry wall fell at Brennock.\n\n"
        "Fourteen workers were freed by rescue teams.\n\n"
        "An inquiry will report in June.",
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


def _afresh(run, scored, p, dated_by, floor, count=True):
    """The judge as it was: every case built and decided anew."""
    case = judging_run.value_case(run, scored, p, dated_by, floor)
    return case, rules.decide(rules.VALUE, case, count)


def test_each_paired_values_case_is_built_once_and_the_analysis_is_the_fresh_one(
    tmp_path, monkeypatch
):
    articles = _articles(tmp_path)
    built: Counter[tuple[int, tuple[float, bool]]] = Counter()
    asked: Counter[tuple[int, tuple[float, bool]]] = Counter()
    real_case, real_rule = judging_run.value_case, judging_run.value_rule

    def counting_case(run, scored, p, *rest):
        built[id(p), scored] += 1
        return real_case(run, scored, p, *rest)

    def counting_rule(run, scored, p, *rest, **kw):
        asked[id(p), scored] += 1
        return real_rule(run, scored, p, *rest, **kw)

    monkeypatch.setattr(judging_run, "value_case", counting_case)
    monkeypatch.setattr(engine, "value_rule", counting_rule)
    got = analysis.analyze(articles)
    assert {d.kind for d in got.discrepancies}  # 14 / 41 workers, 3 / four excavators
    assert max(asked.values()) >= 2  # asked ahead, then judged
    assert set(built) == set(asked) and set(built.values()) == {1}
    monkeypatch.setattr(engine, "value_rule", _afresh)
    assert got == analysis.analyze(articles)


def test_each_decision_is_counted_once_as_before(tmp_path, monkeypatch):
    articles = _articles(tmp_path)
    with tracing() as kept:
        got = analysis.analyze(articles)
    monkeypatch.setattr(engine, "value_rule", _afresh)
    with tracing() as fresh:
        want = analysis.analyze(articles)
    assert got == want
    value_rows = {r.name for r in rules.RULES if r.stage == rules.VALUE}
    assert any(name in value_rows for name, _ in kept)  # some VALUE row decided something
    assert kept == fresh
