"""Session 43 (eng165, issue 11): the differing figure of a compared sentence
pair left unpaired. "Of the 1,340 pupils at the school, 312 were sent home"
against "312 of the 1,430 pupils at the school were sent home": the two
Mondays were paired, the 312s and the wholes never, so the sentence looked
checked. Two causes, each a mechanism:

- the fronted share's phrase "Of the … ," stopped at the thousands comma of
  "1,340", so the 312 read as a plain count against the other's share, and
  the fronted group itself as a plain count against the other's whole
  (facts/parts/subgroups.py: ``fronted_whole``; a fronted whole still meets
  a plain count, as it did: measure.py);
- a whole read as "the rest" of the other sentence's whole less its share
  (judge/whole_told.py) when both are wholes of their own sentences.

Cases written for this test (held-out readers gave the class only)."""

from __future__ import annotations

import pytest
from conftest import analyse_bodies

from workbench.facts.measure import measure_of
from workbench.model import Verdict


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _role(text: str, figure: str) -> tuple[str, bool]:
    at = text.index(figure)
    m = measure_of(text, at, at + len(figure))
    return m.role, m.fronted


@pytest.mark.parametrize(
    ("text", "figure", "role"),
    [
        ("Of the 1,340 pupils at the school, 312 were sent home.", "1,340", "whole"),
        ("Of the 1,340 pupils at the school, 312 were sent home.", "312", "share"),
        ("Of its 14,500 employees, 1,800 work in Germany.", "14,500", "whole"),
        ("Of the 37 people taken to hospital, 16 were flown to Athens.", "37", "whole"),
        ("Of the 37 people taken to hospital, 16 were flown to Athens.", "16", "share"),
        # no share told after it: a plain count
        ("Of the 37 people taken to hospital on Monday, most went home.", "37", "level"),
        ("The 1,340 pupils at the school were sent home.", "1,340", "level"),
    ],
)
def test_a_fronted_group_and_its_share(text, figure, role):
    assert _role(text, figure)[0] == role


def _conflicts(tmp_path, a: str, b: str) -> set[frozenset[str]]:
    found = analyse_bodies(tmp_path, a, b).discrepancies
    return {
        frozenset(s.text.lower() for s in d.sides) for d in found if d.verdict == Verdict.CONFLICT
    }


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        (
            "Of the 1,340 pupils at the school, 312 were sent home on Monday.",
            "312 of the 1,430 pupils at the school were sent home on Monday.",
            {"1,340", "1,430"},
        ),
        (
            "Of the 2,400 workers at the plant, 350 will lose their jobs by March.",
            "Some 350 of the 2,600 workers at the plant will lose their jobs by March.",
            {"2,400", "2,600"},
        ),
        (
            "Of its 14,500 employees, about 1,800 work in Germany, the company said.",
            "About 1,800 of its 15,400 employees work in Germany, the company said.",
            {"14,500", "15,400"},
        ),
        (
            "Of the 1,200 homes flooded, 300 were in Steyr, officials said.",
            "Some 300 of the 1,400 homes flooded were in Steyr, officials said.",
            {"1,200", "1,400"},
        ),
        (
            "Of the 3,500 passengers on board, 212 fell ill during the cruise.",
            "212 of the 3,800 passengers on board fell ill during the cruise.",
            {"3,500", "3,800"},
        ),
        (
            "Of the 1,250 delegates, 790 voted in favour of the motion.",
            "Of the 1,250 delegates, 970 voted in favour of the motion.",
            {"790", "970"},
        ),
        (
            "Of the 12,000 runners who started, 1,100 did not finish the race.",
            "Of the 12,000 runners who started, 1,400 did not finish the race.",
            {"1,100", "1,400"},
        ),
        (
            "Of the 1,340 pupils at the school, 312 were sent home on Monday.",
            "Of the 1,340 pupils at the school, 321 were sent home on Monday.",
            {"312", "321"},
        ),
    ],
)
def test_the_differing_figure_of_a_part_and_its_whole_is_compared(tmp_path, a, b, apart):
    assert frozenset(apart) in _conflicts(tmp_path, a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same part and whole, told two ways
        (
            "Of the 1,340 pupils at the school, 312 were sent home on Monday.",
            "312 of the 1,340 pupils at the school were sent home on Monday.",
        ),
        # a fronted group against the plain count of it
        (
            "Of the 37 people taken to hospital, 16 were flown to Athens.",
            "37 people were taken to hospital after the crash.",
        ),
        # the rest of a whole its sentence sets apart (whole_told.py, as before)
        (
            "Of the 1,140 birds recovered, 310 were dead, the agency said.",
            "Some 830 oiled birds were recovered alive, the agency said.",
        ),
        # a whole is never its share
        (
            "Of the 240 passengers on board, 18 were injured in the crash.",
            "18 passengers were injured in the crash, police said.",
        ),
    ],
)
def test_no_conflict_between_a_part_and_a_whole(tmp_path, a, b):
    assert _conflicts(tmp_path, a, b) == set()


def test_a_fronted_group_still_meets_a_plain_count_that_differs(tmp_path):
    found = analyse_bodies(
        tmp_path,
        "Of the 37 people taken to hospital in Patras, 16 were later released.",
        "Some 39 people were taken to hospital in Patras, the coastguard said.",
    ).discrepancies
    assert [sorted(s.text for s in d.sides) for d in found] == [["37", "Some 39"]]
    assert found[0].verdict != Verdict.CONSISTENT
