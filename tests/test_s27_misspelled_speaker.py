"""A claim credited to one person whose name one report misspells is one
person's claim: the spelling rows flag the name, and no attribution conflict
says the claim is credited to two people (session 27: once eng77 stopped
setting aside article pairs published days apart, "said director Magdalena
Kowalczyk" / "said director Magdalena Kowalcyzk" came out as both)."""

from __future__ import annotations

import pytest
from conftest import pair

from workbench.analysis import analyze_paths

CASES = [
    (
        "The clinic opened a new wing on Tuesday, said director Magdalena Kowalczyk.",
        "The clinic opened a new wing on Tuesday, said director Magdalena Kowalcyzk.",
    ),
    (
        "The council will close the library in June, said Mayor Brendan Ostergaard.",
        "The council will close the library in June, said Mayor Brendan Ostergard.",
    ),
    (
        "Chief Inspector Priya Raghunathan said the road would stay shut overnight.",
        "Chief Inspector Priya Ragunathan said the road would stay shut overnight.",
    ),
    (
        "The striker will miss the final with a torn hamstring, coach Tomas Lindqvist said.",
        "The striker will miss the final with a torn hamstring, coach Tomas Lindquist said.",
    ),
]


def _kinds(tmp_path, a, b, pub_a, pub_b):
    found = analyze_paths(pair(tmp_path, a, b, pub_a, pub_b)).discrepancies
    return sorted((d.kind, d.verdict.value) for d in found)


@pytest.mark.parametrize(("a", "b"), CASES)
@pytest.mark.parametrize(
    ("pub_a", "pub_b"), [("2024-03-13", "2024-03-13"), ("2024-03-01", "2024-03-09")]
)
def test_a_misspelled_speaker_is_a_spelling_not_two_speakers(tmp_path, a, b, pub_a, pub_b):
    kinds = _kinds(tmp_path, a, b, pub_a, pub_b)
    assert ("name", "conflict") in kinds
    assert not [k for k in kinds if k[0] == "attribution"], kinds


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two people: other given names, or surnames far apart
        (
            "The clinic opened a new wing on Tuesday, said director Magdalena Kowalczyk.",
            "The clinic opened a new wing on Tuesday, said director Agnieszka Kowalczyk.",
        ),
        (
            "The council will close the library in June, said Mayor Brendan Ostergaard.",
            "The council will close the library in June, said Mayor Brendan Fitzgerald.",
        ),
    ],
)
def test_two_people_credited_with_one_claim_is_still_a_conflict(tmp_path, a, b):
    kinds = _kinds(tmp_path, a, b, "2024-03-13", "2024-03-13")
    assert ("attribution", "conflict") in kinds, kinds
