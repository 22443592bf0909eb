"""A figure with its unit, stated alike in a sentence the aligner paired
loosely with a version's sentence, is one of that version's sources (issue 15,
session 27, ECB+ 42_ecb: the 512 MHz agreement named four sources of six; 42_3
and 42_10 list "a 512MHz processor" among other specs, and their sentences were
aligned with the others' at 0.42-0.49, under the conflict floor ``fill`` read
partners at). A bare count, a date or a sum of money is too common a value to
be read from so loose a pair: those still need the conflict floor."""

from __future__ import annotations

import pytest
from test_findings21_one_thing import Story

from workbench.facts.measure import measure_of
from workbench.findings.build import findings
from workbench.model import Analysis, Verdict

CASES = {
    "processor": (
        r"\b512 ?MHz\b",
        {
            "a": ["The handset runs on a 512 MHz processor, the carrier said."],
            "b": ["It is powered by a 512MHz processor and weighs 110 grams."],
            "c": ["Highlights include a 3.5mm jack, GPS and a 512MHz processor."],
        },
        ("512 MHz", "512MHz", "512MHz"),
    ),
    "battery": (
        r"\b1400 ?mAh\b",
        {
            "a": ["The phone ships with a 1400 mAh battery for a full day."],
            "b": ["A 1400mAh battery keeps it going for a day of calls."],
            "c": ["You also get Wi-Fi, a keyboard and a 1400mAh battery in the box."],
        },
        ("1400 mAh", "1400mAh", "1400mAh"),
    ),
    "count": (
        r"\b(?:three|3)\b",
        {
            "a": ["The phone comes in three colours, the carrier said."],
            "b": ["Buyers can pick from 3 colours at launch."],
            "c": ["Highlights include 3 colours, GPS and a sharper screen."],
        },
        ("three", "3", "3"),
    ),
}


def _sources(case: str, kind: str, loose: bool) -> set[str]:
    figure, story, (va, vb, _) = CASES[case]
    s = Story(story, figure, kind)
    d = s.d("d1", Verdict.CONSISTENT, ("a:0", va), ("b:0", vb))
    analysis = Analysis(tuple(s.articles), tuple(s.claims), tuple(s.facts), (), (d,), ())
    pairs = {"b:0": ["c:0"], "c:0": ["b:0"]}
    (f,) = findings(analysis, (), (), read=measure_of, partners={}, loose=pairs if loose else None)
    return {side.article for v in f.versions for side in v.sides}


@pytest.mark.parametrize("case", ["processor", "battery"])
def test_a_figure_with_its_unit_is_read_from_a_loosely_aligned_sentence(case):
    assert _sources(case, "quantity", loose=True) == {"a", "b", "c"}
    assert _sources(case, "quantity", loose=False) == {"a", "b"}


def test_a_bare_count_is_not():
    assert _sources("count", "number", loose=True) == {"a", "b"}
