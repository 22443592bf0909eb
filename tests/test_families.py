"""The fact families' contract and registry, and the questions the judge asks
them (it never reads a mention's attributes itself)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import SEEDS

from workbench import judge, thresholds
from workbench.analysis import analyze_paths, claims_of, facts_of
from workbench.articles import load_articles
from workbench.facts.quantity import find_quantities
from workbench.facts.quote import same_quote_pairs
from workbench.facts.registry import FAMILIES, family_of
from workbench.facts.time import find_times


def test_the_registry_order_and_kinds():
    assert [f.name for f in FAMILIES] == ["time", "quantity", "quote"]
    kinds = [k for f in FAMILIES for k in f.kinds]
    assert len(kinds) == len(set(kinds)), "a kind belongs to one family"
    assert set(kinds) == {"date", "time", "duration", "set", "quantity", "number", "money",
                          "percent", "quote"}  # fmt: skip
    assert family_of("money").name == "quantity"
    assert [f.scope for f in FAMILIES] == ["claim", "claim", "article"]


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.name)
def test_every_mention_meets_the_contract(family):
    text = "Four years ago, about 50 km away, he said: “We will be back on Tuesday at 3pm.”"
    found = family.find(text, date(2021, 6, 23))
    assert found
    for m in found:
        assert text[m.start : m.end] == m.text
        assert m.kind in family.kinds
        assert isinstance(m.to_json(), dict)


def test_times_win_over_quantities(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Talks lasted 48 hours and cost $5m.\n", encoding="utf-8")
    (article,) = load_articles([path])
    facts = facts_of(article, claims_of(article))
    assert [(f.kind, f.text) for f in facts] == [("duration", "48 hours"), ("money", "$5m")]
    assert any(q.text.startswith("48") for q in find_quantities("Talks lasted 48 hours."))


def test_evidence_comes_from_each_family(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("On 23 June 2021 the bridge, 50 km long, opened.\n", encoding="utf-8")
    (article,) = load_articles([path])
    facts = facts_of(article, claims_of(article))
    ev = {f.kind: family_of(f.kind).evidence(f) for f in facts}
    assert ev["date"][0] == ("timex:2021-06-23", 0.0, 0.0)
    assert ev["quantity"][0][0] == "length"


def test_thresholds_are_read_at_call_time():
    (plain,) = find_quantities("The road is 50 km long.")
    with thresholds.use(thresholds.with_value("quantity.rounding_cap", 0.0)):
        (exact,) = find_quantities("The road is 50 km long.")
    assert exact.high - exact.low == 0 < plain.high - plain.low
    (a,) = find_times("It happened at about 3pm.", None)
    (b,) = find_times("It happened at 3:20pm.", None)
    assert family_of("time").compare(a, b, "A", "B").verdict == "consistent"
    with thresholds.use(thresholds.with_value("time.clock_width_minutes", 5)):
        assert family_of("time").compare(a, b, "A", "B").verdict == "conflict"


@pytest.fixture(scope="module")
def seed_analysis():
    return analyze_paths(SEEDS)


def test_quote_pairs_agree_with_judges_copy(seed_analysis):
    quotes = [f for f in seed_analysis.facts if f.kind == "quote"]
    ours = [(a.id, b.id) for a, b in same_quote_pairs(quotes)]
    assert ours == [(a.id, b.id) for a, b in judge.same_quote_pairs(quotes)]
    assert ours, "the seeds share quotes"


def test_the_judge_asks_the_quantity_family_about_counted_nouns():
    from workbench.facts.registry import QUANTITY

    (x,) = find_quantities("The drug helped 15% of participants.")
    (y,) = find_quantities("The drug helped 18% of volunteers.")
    (z,) = find_quantities("The drug helped 18%.")
    ours = QUANTITY.compare_counting_apart(x, y, "A", "B")
    assert ours is not None and "participants and volunteers read as one group" in ours.explanation
    assert QUANTITY.compare_counting_apart(x, z, "A", "B") is None  # z names nothing


def test_the_judge_asks_the_quantity_family_about_scale():
    from workbench.facts.registry import QUANTITY

    (small,) = find_quantities("It cost $25,000.")
    (big,) = find_quantities("It cost $18 billion.")
    (slip,) = find_quantities("It cost $25 billion.")
    assert QUANTITY.off_scale(small, big)
    assert not QUANTITY.off_scale(small, slip)  # '$25,000' vs '$25bn': the classic slip


def test_relative_times_as_judge_reads_them():
    (tonight,) = find_times("The vote is tonight.", date(2021, 6, 23))
    (fixed,) = find_times("The vote was on 23 June 2021.", date(2021, 6, 23))
    assert tonight.relative and not fixed.relative
