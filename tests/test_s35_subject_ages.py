"""An obituary's age told as a bare number (session 35, user trial 41).

"She was 91." / "She was 92." and "died at 91" / "died at 90" give the age of
the person a story is about; read as bare counts with no counted noun and
almost no words around them, two such ages were never compared
(facts/aged.subject_age, judge/ages_told: ``_subject_ages`` and
ONE_AGE_IN_OTHER_WORDS; judge/floor.measured_alike: two ages measure alike).
Made-up stories of different people and wordings.
"""

from __future__ import annotations

import pytest
from conftest import courier_gazette

from workbench.facts.aged import subject_age
from workbench.model import Verdict


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _flags(tmp_path, a: str, b: str):
    found = courier_gazette(tmp_path, a, b, published="2024-03-11")
    return {(d.sides[0].text, d.sides[1].text): d.verdict for d in found}


@pytest.mark.parametrize(
    ("a", "b", "ages"),
    [
        (
            "Mary Holt, the stage actress who starred in more than 40 West End productions, "
            "has died at her home in Bath. She was 91.",
            "Mary Holt, the actress who appeared in more than 40 West End shows, has died at "
            "home in Bath. She was 92.",
            ("91", "92"),
        ),
        (
            "The former miners' leader Owen Pryce died on Saturday at a hospice in Swansea. "
            "He was 78.",
            "Owen Pryce, who led the miners through the 1984 strike, died on Saturday at a "
            "hospice in Swansea. He was 87.",
            ("78", "87"),
        ),
        (
            "The architect Ingrid Sollberg, whose towers reshaped the Oslo waterfront, "
            "died at 83 after a short illness, her studio said.",
            "Ingrid Sollberg, the architect whose towers reshaped the Oslo waterfront, "
            "died at 85 after a short illness, her studio said.",
            ("83", "85"),
        ),
    ],
)
def test_an_obituary_age_told_two_ways_is_a_conflict(tmp_path, a, b, ages):
    flags = _flags(tmp_path, a, b)
    assert flags.get(ages) == Verdict.CONFLICT, flags


def test_one_age_told_alike_raises_no_conflict(tmp_path):
    flags = _flags(
        tmp_path,
        "The jazz pianist Leon Marsh has died in New Orleans. He was 88.",
        "Leon Marsh, the jazz pianist, has died at his home in New Orleans. He was 88.",
    )
    assert Verdict.CONFLICT not in flags.values(), flags


@pytest.mark.parametrize(
    ("text", "figure", "age"),
    [
        ("She was 91.", "91", True),
        ("He was 34 and a father of two.", "34", True),
        ("The actor died at 67 on Tuesday.", "67", True),
        ("She dies at 91", "91", True),
        ("He would have been 50 in May.", "50", True),
        # not a person's age: no pronoun, a unit or a noun after, a clock or a place
        ("The death toll was 91.", "91", False),
        ("It was 91.", "91", False),
        ("He was 5 minutes late for the hearing.", "5", False),
        ("She was 3 under par after the round.", "3", False),
        ("He died at 10 Downing Street.", "10", False),
        ("Shares were 12 cents higher; she was 4 points clear.", "4", False),
    ],
)
def test_a_subjects_age_is_read_only_where_an_obituary_tells_it(text, figure, age):
    start = text.rindex(figure)
    assert subject_age(text, start, start + len(figure)) is age


def test_two_people_named_before_their_pronouns_keep_their_ages_apart(tmp_path):
    flags = _flags(
        tmp_path,
        "Police named the victim as Sarah Lowe, a nurse from Leeds. She was 34.",
        "Police named the driver as Karen Mott, a teacher from York. She was 41.",
    )
    assert ("34", "41") not in flags, flags


def test_a_short_sentence_going_on_from_aligned_ones_is_aligned():
    from workbench.align_follow import follow_on_partners
    from workbench.model import Alignment, Claim

    def claim(article: str, index: int, text: str) -> Claim:
        return Claim(f"{article}:{index}", article, index, 0, len(text), text)

    claims = [
        claim("a", 0, "The mayor opened the bridge on Monday."),
        claim("a", 1, "It cost $4 million."),
        claim("b", 0, "The new bridge was opened by the mayor on Monday."),
        claim("b", 1, "It cost $5 million."),
        claim("b", 2, "Drivers cheered."),
    ]
    got = follow_on_partners([Alignment("a:0", "b:0", 0.7)], claims)
    assert [(a.left, a.right, a.score) for a in got] == [("a:1", "b:1", 0.7)]
    # worded differently, or already partnered: left to the aligner
    claims[3] = claim("b", 1, "The bill came to $5 million.")
    assert follow_on_partners([Alignment("a:0", "b:0", 0.7)], claims) == []
    claims[3] = claim("b", 1, "It cost $5 million.")
    taken = [Alignment("a:0", "b:0", 0.7), Alignment("a:1", "b:2", 0.6)]
    assert follow_on_partners(taken, claims) == []
