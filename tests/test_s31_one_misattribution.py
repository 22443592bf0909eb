"""One misattribution, one flag (session 31, fresh readers R31f-g).

A faithfully shortened quote whose two versions are credited to two different
named people was flagged twice: a quote question ("… may not be one speaker")
and an attribution conflict on the same words. The attribution conflict is
the flag; a quote question stays where no attribution conflict is raised (one
side's speaker not stated).
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths


def _flags(tmp_path, a: str, b: str) -> list[tuple[str, str]]:
    fa = write(tmp_path, "a.txt", f"---\npublished: 2030-04-02\n---\n{a}\n")
    fb = write(tmp_path, "b.txt", f"---\npublished: 2030-04-02\n---\n{b}\n")
    found = analyze_paths([fa, fb])
    return [
        (d.kind, str(d.verdict)) for d in found.discrepancies if d.kind in ("quote", "attribution")
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            'Chief executive Maria Olsen said: "We will rebuild the plant. Every worker '
            'will be paid while we do it."',
            'Plant manager Tomas Berg said: "We will rebuild the plant."',
        ),
        (
            '"Nobody who broke the rules will be spared, whatever their rank," said Interior '
            "Minister Rafael Duarte.",
            '"Nobody who broke the rules will be spared," said Justice Minister Elena Sousa.',
        ),
        (
            'Mayor Hannah Greve told reporters: "The bridge stays shut until engineers have '
            'checked every cable. That will take weeks."',
            'Council engineer Piet Laan told reporters: "The bridge stays shut until engineers '
            'have checked every cable."',
        ),
    ],
)
def test_two_named_speakers_give_one_attribution_conflict(tmp_path, a, b):
    got = _flags(tmp_path, a, b)
    assert ("attribution", "conflict") in got, got
    assert ("quote", "unresolved") not in got, got


def test_a_quote_with_no_stated_speaker_stays_a_question(tmp_path):
    a = (
        'Chief executive Maria Olsen said: "We will rebuild the plant, and every worker '
        'will be paid while we do it."'
    )
    b = 'Residents were told: "We will rebuild the plant."'
    got = _flags(tmp_path, a, b)
    assert ("attribution", "conflict") not in got, got
    assert ("quote", "unresolved") in got, got
