"""A one-word proper name misspelled in one article (judge/proper.py).

Trial 26: "Nvdidia" in one report, "Nvidia" in the others. Cases written for
this test: companies and places a letter off in one article against several;
and what must stay quiet: only one other article, two real names, a word also
written in lower case, a plural or a demonym, an accent, a given name, a
surname the full-name rule compares."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.analysis import analyze_paths
from workbench.judge.proper import a_letter_apart
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


@pytest.mark.parametrize(
    ("usual", "odd"),
    [
        ("Nvidia", "Nvdidia"),  # a letter added
        ("Halliburton", "Haliburton"),  # a letter left out
        ("Kazakhstan", "Kazakhstin"),  # a letter changed
        ("Volkswagen", "Volkswagon"),
    ],
)
def test_a_company_misspelled_in_one_article_is_a_conflict(tmp_path, usual, odd):
    flags = _flags(
        tmp_path,
        f"Shares in {usual} rose sharply on Monday after the bid.\n",
        f"Analysts said {usual} was the likeliest buyer of the unit.\n",
        f"The board said an offer from {usual} was expected by the end of the week.\n",
        f"Regulators may block a bid by {odd} for the unit, analysts said.\n",
    )
    assert len(flags) == 3  # the odd article against each of the three
    for d in flags:
        assert d.verdict == Verdict.CONFLICT and d.kind == "name"
        assert {s.text for s in d.sides} == {usual, odd}
        assert f"‘{odd}’" in d.explanation and "one spelling is wrong" in d.explanation


def test_one_other_article_is_not_enough(tmp_path):
    flags = _flags(
        tmp_path,
        "Shares in Nvidia rose sharply on Monday after the bid.\n",
        "Regulators may block a bid by Nvdidia for the unit, analysts said.\n",
    )
    assert flags == []


@pytest.mark.parametrize(
    ("usual", "odd"),
    [
        ("Maria", "Mario"),  # two real names (the lexicon knows both)
        ("Austin", "Austen"),
        ("Serbia", "Serbian"),  # a prefix: a people, a plural
        ("Mexico", "México"),  # an accent
        ("Nvidia", "Nvidia"),
        ("Iraq", "Iran"),  # too short to be sure
        ("Harborview", "Harbourview"),  # British and American spellings
        ("Nvidia", "Mvidia"),  # another first letter
    ],
)
def test_not_a_letter_apart(usual, odd):
    assert not a_letter_apart(odd, usual)


def test_a_word_written_in_lower_case_is_a_real_word(tmp_path):
    flags = _flags(
        tmp_path,
        "The team from Lancing won the match on Saturday.\n",
        "Fans travelled from Lancing for the final on Saturday.\n",
        "The coach said Lancing had played well all season.\n",
        "The side from Lansing lost, and the lansing crowd went home.\n",
    )
    assert flags == []


def test_a_given_name_in_a_full_name_is_left_to_the_name_rule(tmp_path):
    flags = _flags(
        tmp_path,
        "The mayor, Katherine Doyle, opened the bridge on Friday.\n",
        "Mayor Katherine Doyle cut the ribbon on the bridge on Friday.\n",
        "Crowds cheered as Katherine Doyle opened the bridge.\n",
        "The bridge was opened by Kathrine Doyle, the mayor, on Friday.\n",
    )
    assert flags == []
