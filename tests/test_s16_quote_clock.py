"""A quote whose versions differ only in how a time of day is written is one
wording (issue 11, session 16: "6:41pm PST this evening (0241 GMT Friday)" /
"18:41 this evening (02:41 GMT Friday)" was called an altered quote). Made-up
sentences."""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.quote.mention import clock_key, normalise_words, same_wording


def _words(text: str) -> list[str]:
    return normalise_words(text).split()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("the ferry left at 6:41pm PST tonight", "the ferry left at 18:41 tonight"),
        ("the doors opened at 9 a.m. sharp", "the doors opened at 9am sharp"),
        ("we heard it at 0215 GMT on Friday", "we heard it at 02:15 GMT on Friday"),
        ("lunch is at 12:30 p.m.", "lunch is at 12.30pm"),
    ],
)
def test_one_time_written_on_two_clocks_is_one_wording(a, b):
    assert same_wording(_words(a), _words(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("the ferry left at 6:41pm tonight", "the ferry left at 18:45 tonight"),
        ("the doors opened at 9 a.m. sharp", "the doors opened at 9pm sharp"),
        ("we counted 18 votes", "we counted 81 votes"),
    ],
)
def test_a_different_time_is_still_a_different_wording(a, b):
    assert not same_wording(_words(a), _words(b))


def test_the_clock_key_leaves_other_numbers_alone():
    assert clock_key(_words("they won 3-1 with 41 shots")) == "they won 3 1 with 41 shots"


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _quote_flags(tmp_path, a: str, b: str) -> list[str]:
    paths = [
        write(tmp_path, "a.md", f"---\ntitle: T\noutlet: Courier\n---\n{a}\n"),
        write(tmp_path, "b.md", f"---\ntitle: T\noutlet: Gazette\n---\n{b}\n"),
    ]
    return [d.explanation for d in analyze_paths(paths).discrepancies if d.kind == "quote"]


def test_a_statement_quoted_with_its_time_on_another_clock_is_not_flagged(tmp_path):
    said = "“With great sadness I announce that our founder died at {} this evening at home,” {}."
    a = said.format("7:10pm EST", "the family said in a statement")
    b = "The family said: " + said.format("19:10", "the statement read")
    assert not _quote_flags(tmp_path, a, b)
    c = "The family said: " + said.format("19:40", "the statement read")
    assert _quote_flags(tmp_path, a, c)
