"""The thresholds table is what the aligner and the judge really use: a
value set for one run changes that run's result, and only that run's."""

from __future__ import annotations

import pytest

from benchmarks import pairs
from workbench import align, judge, thresholds
from workbench.analysis import analyze
from workbench.articles import load_articles

PAIR = pairs.PAIRS / "01_warehouse_fire"


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture(scope="module")
def articles():
    return load_articles([PAIR / "a.md", PAIR / "b.md"])


def key(analysis):
    return [(a.left, a.right, a.score) for a in analysis.alignments]


def test_the_default_table_reproduces_the_run_without_one(articles):
    assert key(analyze(articles, thresholds=thresholds.DEFAULT)) == key(analyze(articles))
    assert thresholds.current() is thresholds.DEFAULT


def test_a_high_lexical_accept_changes_the_alignments(articles):
    default = analyze(articles)
    assert len(default.alignments) >= 5 and default.discrepancies
    strict = thresholds.with_value("align.lexical.accept", 0.99)
    changed = analyze(articles, thresholds=strict)
    assert len(changed.alignments) < len(default.alignments)
    assert thresholds.current() is thresholds.DEFAULT  # only that run saw it
    assert key(analyze(articles)) == key(default)


def test_the_embedding_limits_do_not_move_the_lexical_path(articles):
    other = thresholds.with_value("align.embedding.accept", 0.99)
    assert key(analyze(articles, thresholds=other)) == key(analyze(articles))


@pytest.mark.parametrize(
    ("name", "value"),
    [("align.min_candidate", 0.9), ("align.fact_bonus", 0.0), ("align.weak_candidate", 0.9)],
)
def test_each_align_number_is_read_from_the_table(articles, name, value):
    assert key(analyze(articles, thresholds=thresholds.with_value(name, value))) != key(
        analyze(articles)
    )


def test_align_reads_the_table_in_force(articles):
    from workbench.analysis import claims_of

    claims = [c for a in articles for c in claims_of(a)]
    default = align.align(claims, use_embeddings=False)
    with thresholds.use(thresholds.with_value("align.lexical.split", 0.99)):
        assert len(align.align(claims, use_embeddings=False)) <= len(default)
    with thresholds.use(thresholds.with_value("align.lexical.accept", 0.99)):
        assert align.align(claims, use_embeddings=False) == []


def test_judge_thresholds_are_read_when_judging(articles):
    """judge.related and judge.strong_alignment from the table in force
    decide the weakly_related_articles row."""
    assert analyze(articles).discrepancies
    strict = thresholds.with_value("judge.related", 1.01)
    strict = thresholds.with_value("judge.strong_alignment", 1.01, strict)
    with judge.tracing() as decided:
        assert analyze(articles, thresholds=strict).discrepancies == ()
    assert decided[("weakly_related_articles", "skip")] >= 1


def test_the_conflict_floor_follows_the_align_table(articles):
    default = analyze(articles)
    assert any(d.verdict == "conflict" for d in default.discrepancies)
    high = thresholds.with_value("align.lexical.conflict", 1.01)
    assert not [
        d for d in analyze(articles, thresholds=high).discrepancies if d.verdict == "conflict"
    ]


def test_benchmark_set_option_changes_the_run(capsys):
    assert pairs.main([str(PAIR)]) == 0
    default = capsys.readouterr().out
    assert pairs.main(["--set", "align.lexical.accept=0.99", str(PAIR)]) == 0
    assert capsys.readouterr().out != default
    with pytest.raises(SystemExit):
        pairs.main(["--set", "align.no_such_number=1", str(PAIR)])
    with pytest.raises(SystemExit):
        pairs.main(["--set", "judge.related", str(PAIR)])


def test_benchmark_rules_option_counts_every_flag(capsys):
    assert pairs.main(["--rules", str(PAIR)]) == 0
    out = capsys.readouterr().out
    assert "Rules (lexical path)" in out
    result = pairs.evaluate_pair(PAIR)
    assert sum(result.flagged.values()) >= 1
    rows = {line.split()[0]: line.split() for line in out.splitlines()[-len(judge.RULES) - 1 :]}
    for rule in judge.RULES:
        counts = [int(n) for n in rows[rule.name][2:]]
        wanted = [result.flagged[(rule.name, v)] for v in ("conflict", "unresolved", "consistent")]
        assert counts == [*wanted, result.decided[(rule.name, "skip")]], rule.name


@pytest.mark.parametrize(
    ("name", "value"), [("align.emb_weight", 0.0), ("align.embedding.accept", 0.99)]
)
def test_the_embedding_numbers_are_read_from_the_table(articles, monkeypatch, name, value):
    from workbench import embed

    if not embed.available():
        pytest.skip("the embeddings extra is not installed")
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "1")
    default = key(analyze(articles))
    assert key(analyze(articles, thresholds=thresholds.with_value(name, value))) != default
    assert key(analyze(articles)) == default
