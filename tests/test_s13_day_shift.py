"""A paper a time zone ahead names every day of a story one day later (issue
11, session 13): the shift of one article against another is asked about
once, at the first sentence pair that shows it. Made-up reports."""

import pytest
from conftest import write

from workbench import judge
from workbench.analysis import analyze_paths


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


AHEAD = (
    "A gunman opened fire at a tax office in Dunmore this morning, killing one clerk. "
    "The building was sealed off for most of the day. "
    "Phone calls to the tax office went unanswered this afternoon, and a recording "
    "said the offices were closed. "
)
LOCAL = (
    "A gunman opened fire at a tax office in Dunmore on Monday morning, killing one clerk. "
    "The building was sealed off for most of the day. "
    "Phone calls to the tax office went unanswered Monday afternoon, and a recording "
    "said the offices were closed. "
)


def _flags(tmp_path, without=()):
    front = "---\ntitle: T\noutlet: {}\npublished: {}\n---\n"
    paths = [
        write(tmp_path, "a.md", front.format("Courier", "2024-03-05") + AHEAD + "\n"),
        write(tmp_path, "b.md", front.format("Gazette", "2024-03-04") + LOCAL + "\n"),
    ]
    with judge.rules.without(*without):
        found = analyze_paths(paths).discrepancies
    return [(d.sides[0].text, d.sides[1].text, d.rule) for d in found if d.kind != "attribution"]


def test_a_day_shift_is_asked_about_once(tmp_path):
    shown = _flags(tmp_path)
    asked = [f for f in shown if f[2] == "a_day_off_by_the_clock"]
    assert len(asked) == 1
    assert "morning" in asked[0][0] and "morning" in asked[0][1]  # the first in reading order
    every = _flags(tmp_path, without=("day_shift_told_once",))
    assert len([f for f in every if f[2] == "a_day_off_by_the_clock"]) == 2
