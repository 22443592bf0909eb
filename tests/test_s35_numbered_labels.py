"""Two values each told right after one numbered label (session 35, eng107;
authored development tower_fire D5 "upgraded to a No. 4 alarm at 4.47pm" /
"a No 3 alarm at 3.20pm and a No 4 alarm at 3.47pm"): the words around a
value are read without numbers, so the label telling which alarm, line or
stage a value is of was lost, and the differing value took no partner.

The sentences are made up; the pattern comes from the authored events.
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths


def _found(tmp_path, a: str, b: str) -> dict[frozenset[str], str]:
    fa = write(tmp_path, "a.txt", f"---\npublished: 2026-05-14\n---\n{a}\n")
    fb = write(tmp_path, "b.txt", f"---\npublished: 2026-05-14\n---\n{b}\n")
    found = analyze_paths([fa, fb])
    return {frozenset(s.text for s in d.sides): str(d.verdict) for d in found.discrepancies}


DIFFER = [
    # alarm levels: the No 4 alarm at 1.35pm or 2.35pm (before: no partner, nothing shown)
    (
        "It was raised to a No. 4 alarm at 2.35pm and to No. 5, the top level, at 5.10pm.",
        "Crews raised it to a No 3 alarm at 1.05pm and a No 4 alarm at 1.35pm, and as embers "
        "drifted across the yard the brigade raised it to No 5, the top level on its scale, "
        "at 5.10pm.",
        ["2.35pm", "1.35pm"],
    ),
    # lines reopened: Line 2 at 6.40am or 6.50am (before: Line 2's time against Line 1's)
    (
        "Services resumed on Line 2 at 6.40am and Line 5 was reopened by engineers at 9.10am.",
        "Engineers reopened Line 1 at 7.05am and Line 2 at 6.50am after checking the track "
        "overnight, with Line 5 following at 9.10am.",
        ["6.40am", "6.50am"],
    ),
]


@pytest.mark.parametrize(("a", "b", "sides"), DIFFER)
def test_values_after_one_numbered_label_are_compared(tmp_path, a, b, sides):
    found = _found(tmp_path, a, b)
    assert found.get(frozenset(sides)) == "conflict", found
    assert sum(v == "conflict" for v in found.values()) == 1, found  # no wrong partner


def test_values_after_different_numbered_labels_are_not(tmp_path):
    # the No 3 alarm and the No 4 alarm are two happenings: their times never pair
    found = _found(
        tmp_path,
        "The warehouse blaze was upgraded to a No. 4 alarm at 1.35pm and to No. 5, the "
        "highest level, at 5.10pm.",
        "Firefighters raised it to a No 3 alarm at 1.05pm and a No 4 alarm at 1.35pm, and "
        "as the roof caught the brigade upgraded it to No 5, its highest level, at 5.10pm.",
    )
    assert not any(v == "conflict" for v in found.values()), found
