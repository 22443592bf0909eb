"""`benchmarks.realcopy --why-missed` names, for a missed discrepancy, the stage
that lost it: two sentences never aligned (their score, and who took each
one's partner), or the judge's rule that left a pair of their values out.
Made-up articles, not those of the real-copy events."""

import pytest
from conftest import write

from benchmarks import realcopy_why
from workbench.analysis import analyze_paths
from workbench.judge import rules


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _traced(tmp_path, a: str, b: str):
    front = "---\ntitle: T\noutlet: {}\npublished: 2024-11-15\n---\n"
    paths = [
        write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
        write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
    ]
    with realcopy_why.tracing() as trace:
        analysis = analyze_paths(paths)
    return trace, analysis


def _claim(analysis, article: int, words: str) -> str:
    art = analysis.articles[article].id
    return next(c.id for c in analysis.claims if c.article == art and words in c.text)


def test_a_rule_that_left_values_out_is_named(tmp_path):
    trace, analysis = _traced(
        tmp_path,
        "Prosecutors sought 30 years in prison for Marlow over the harbour fraud.",
        "Marlow was sentenced to 20 years in prison over the harbour fraud.",
    )
    a, b = _claim(analysis, 0, "sought"), _claim(analysis, 1, "sentenced")
    said = realcopy_why.lines(trace, analysis, [("A", a), ("B", b)])
    assert any("different_modalities" in line for line in said), said


def test_sentences_never_aligned_give_their_score(tmp_path):
    trace, analysis = _traced(
        tmp_path,
        "The storm cut power to 4,000 homes in the valley. Crews cleared fallen oaks all night.",
        "Forecasters warned of gusts near the coast. About 6,500 homes lost power, it said.",
    )
    a, b = _claim(analysis, 0, "oaks"), _claim(analysis, 1, "Forecasters")
    said = realcopy_why.lines(trace, analysis, [("A", a), ("B", b)])
    assert len(said) == 1 and said[0].startswith(f"not aligned {a} ~ {b}"), said


def test_statements_of_one_version_are_not_compared(tmp_path):
    trace, analysis = _traced(
        tmp_path,
        "Rescuers pulled 14 residents from the flooded school.",
        "Rescuers pulled 14 residents from the flooded school on Tuesday.",
    )
    a, b = _claim(analysis, 0, "Rescuers"), _claim(analysis, 1, "Rescuers")
    assert realcopy_why.lines(trace, analysis, [("A", a), ("A", b)]) == []


def test_tracing_leaves_the_judge_as_it_was(tmp_path):
    decide = rules.decide
    _traced(tmp_path, "Ten boats sank.", "Twelve boats sank.")
    assert rules.decide is decide


def test_a_missed_pair_of_an_item_found_elsewhere_is_listed_with_its_two_articles():
    # --why-missed shows each article pair an item was missed in, not only items
    # missed everywhere: its statements in those two articles alone
    from types import SimpleNamespace

    from benchmarks.realcopy import _of_pair

    by_file = {f"{n}.txt": SimpleNamespace(id=n) for n in ("x1", "x2", "x3")}
    item = {
        "what": "day of the hearing",
        "statements": [
            {"article": "x1.txt", "version": "A", "quote": "on Monday"},
            {"article": "x2.txt", "version": "B", "quote": "on Tuesday"},
            {"article": "x3.txt", "version": "A", "quote": "Monday's hearing"},
        ],
    }
    missed = _of_pair(item, by_file, {"x2", "x3"})
    assert [st["article"] for st in missed["statements"]] == ["x2.txt", "x3.txt"]
    assert missed["what"].startswith("day of the hearing") and "missed" in missed["what"]
    assert len(item["statements"]) == 3  # the item itself is left as it was


def test_a_missed_item_is_counted_at_the_furthest_stage_its_sentences_reached():
    """Session 38 (eng135): --why-missed ends with a table of causes; an item
    whose one pair was never aligned and another pair aligned but left out by
    a rule counts as left out by the rule."""
    never = "not aligned a:1 ~ b:2: never a candidate"
    below = "not aligned a:1 ~ b:3: score 0.31 (accept 0.40): below accept"
    taken = "not aligned a:1 ~ b:4: score 0.45 (accept 0.40): a:1 took b:9 0.52"
    ruled = "values date:1950 | date:1947: left out by different_measures (candidate)"
    kinds = "values time:2:56 | duration:two seconds: not comparable (no compare row)"
    cause, causes = realcopy_why.cause, realcopy_why.CAUSES
    assert cause([never], False) == "never a candidate"
    assert cause([never, below], False) == "alignment score below accept"
    assert cause([below, taken], False) == "other partner taken"
    assert cause([taken, ruled, kinds], False) == "aligned: value pair left out by a rule"
    assert cause([kinds], False) == "aligned: values of kinds never compared"
    assert cause([], False) == causes[0]
    assert cause([below], True) == "aligned: judged consistent"
