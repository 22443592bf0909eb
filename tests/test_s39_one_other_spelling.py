"""Session 39, trial 45 P7: "Nvdidia" (once in 43_2) was caught with three
articles but not with two: the one-word name rule wanted the usual spelling
in two other articles. Two reports alone tell the odd spelling by how often
each is written: the other writes it three times or more, this one writes
its spelling once and never the usual one."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.analysis import analyze_paths
from workbench.model import Verdict


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _flags(tmp_path: Path, *texts: str):
    paths = []
    for i, text in enumerate(texts):
        p = tmp_path / f"{'abcdefg'[i]}.md"
        p.write_text(f"---\ntitle: T\noutlet: Outlet {i}\n---\n{text}", encoding="utf-8")
        paths.append(str(p))
    analysis = analyze_paths(paths)
    return [d for d in analysis.discrepancies if d.rule == "one_word_name_misspelled"]


def _usual(name: str, times: int) -> str:
    lines = (
        f"Shares in {name} rose sharply on Monday after the bid was announced.\n",
        f"Analysts said {name} was the likeliest buyer of the unit.\n",
        f"The board said an offer from {name} was expected by Friday.\n",
        f"A spokesman for {name} declined to comment on the talks.\n",
    )
    return "".join(lines[:times])


@pytest.mark.parametrize(
    ("usual", "odd"),
    [("Nvidia", "Nvdidia"), ("Halliburton", "Haliburton"), ("Volkswagen", "Volkswagon")],
)
@pytest.mark.parametrize("times", [3, 4])
def test_two_reports_one_writing_the_name_often_the_other_once(tmp_path, usual, odd, times):
    odd_report = f"Regulators may block a bid by {odd} for the unit, analysts said.\n"
    (d,) = _flags(tmp_path, _usual(usual, times), odd_report)
    assert d.verdict == Verdict.CONFLICT and d.kind == "name"
    assert {s.text for s in d.sides} == {usual, odd}
    assert f"which writes it {times} times, the other spelling once" in d.explanation


@pytest.mark.parametrize("times", [1, 2])
def test_written_once_or_twice_there_is_not_enough(tmp_path, times):
    odd_report = "Regulators may block a bid by Nvdidia for the unit, analysts said.\n"
    assert _flags(tmp_path, _usual("Nvidia", times), odd_report) == []


def test_the_odd_spelling_written_twice_is_not_enough(tmp_path):
    """Written twice the same way, it may be the right spelling of another name."""
    odd_report = (
        "Regulators may block a bid by Nvdidia for the unit, analysts said.\n"
        "A lawyer for Nvdidia said the firm would appeal.\n"
    )
    assert _flags(tmp_path, _usual("Nvidia", 4), odd_report) == []


def test_an_article_writing_both_spellings_is_left_to_the_rule_for_several(tmp_path):
    odd = "Regulators may block a bid by Nvdidia for the unit, analysts said.\n"
    odd_report = odd + "Shares of Nvidia were flat.\n"
    assert _flags(tmp_path, _usual("Nvidia", 4), odd_report) == []


def test_two_real_names_stay_quiet_however_often(tmp_path):
    odd_report = "Regulators may block a bid by Austen for the unit, analysts said.\n"
    assert _flags(tmp_path, _usual("Austin", 4), odd_report) == []
