"""A finding's versions hold only figures that count what it compares (issue
15, session 27, trial 36 on ECB+ 22_ecbplus): a finding over 22_11's
"wounding two others" against "a third" wounded listed four sources' "killed
two" as its 'two', so it read 5 sources against 3 and a correction went to the
three right articles. A figure of a group member or an aligned sentence joins
a version (``findings.fill``) only when the comparison reads it as a count of
the same happening as the finding's own sides, or of none named."""

from __future__ import annotations

import pytest
from test_findings21_one_thing import Story

from workbench.model import Verdict

# each story: the figure pattern, the minority and majority sides, and the
# sentences of four sources: a (minority), b (majority), c (the minority's
# value, another happening), e (the minority's value, the same happening)
STORIES = {
    "wounded, not killed": (
        r"\b(?:2|one)\b",
        ("a:0", "2"),
        ("b:0", "one"),
        {
            "a": ["Police said the gunman wounded 2 others at the plant."],
            "b": ["Police said the gunman wounded one other worker at the plant."],
            "c": ["Police said the gunman shot and killed 2 co-workers at the plant."],
            "e": ["A gunman wounded 2 others at the plant, police said."],
        },
    ),
    "arrested, not charged": (
        r"\b[45]\b",
        ("a:0", "5"),
        ("b:0", "4"),
        {
            "a": ["Police arrested 5 men after the raid on Tuesday."],
            "b": ["Police arrested 4 men after the raid on Tuesday."],
            "c": ["After the raid 5 men were charged, police said on Tuesday."],
            "e": ["Officers arrested 5 men in the raid on Tuesday, police said."],
        },
    ),
    "destroyed, not damaged": (
        r"\b4[05]\b",
        ("a:0", "40"),
        ("b:0", "45"),
        {
            "a": ["The fire destroyed 40 homes in the valley, officials said."],
            "b": ["The fire destroyed 45 homes in the valley, officials said."],
            "c": ["Another 40 homes were damaged by the fire in the valley."],
            "e": ["Officials said the fire destroyed 40 homes in the valley."],
        },
    ),
}


def _found(story: str):
    figure, minority, majority, sentences = STORIES[story]
    s = Story(sentences, figure, "number")
    d = s.d("d1", Verdict.CONFLICT, minority, majority)
    (f,) = s.found([d], [["a:0", "b:0", "c:0", "e:0"]])
    return f, minority[1]


@pytest.mark.parametrize("story", sorted(STORIES))
def test_a_count_of_another_happening_is_no_source_of_a_version(story):
    f, value = _found(story)
    versions = {v.value: {s.article for s in v.sides} for v in f.versions}
    assert versions[value] == {"a", "e"}  # c's figure counts another happening


# -- one count of one happening, one finding, wherever its sentences were grouped

WOUNDED = r"\b(?:2|two|one|another|a third)\b"


def _wounded(e_sentence: str):
    """Each sentence counts the killed and the wounded (so no figure is its
    sentence's only count); a's in no group with the others' (22_11's lead)."""
    s = Story(
        {
            "a": ["Police said the gunman killed two workers and wounded 2 others."],
            "b": ["Officials said the gunman killed two workers and wounded one other."],
            "c": ["Officials said two workers were killed and another wounded."],
            "e": [e_sentence],
        },
        WOUNDED,
        "number",
    )
    discs = [
        s.d("d1", Verdict.CONFLICT, ("a:0", "2"), ("b:0", "one")),
        s.d("d2", Verdict.CONFLICT, ("a:0", "2"), ("c:0", "another")),
        s.d("d3", Verdict.CONSISTENT, ("b:0", "one"), ("c:0", "another")),
        s.d("d4", Verdict.CONSISTENT, ("e:0", "a third"), ("c:0", "another")),
    ]
    return sorted(f.discrepancies for f in s.found(discs, [["b:0", "c:0", "e:0"]]))


def test_counts_of_one_happening_sharing_a_figure_are_one_finding():
    """The wounded count was a conflict (22_11 against 22_12, 22_2, 22_8) and,
    apart, an agreement of 22_3's 'a third' with 22_8's 'another' (trial 36)."""
    out = _wounded("The gunman killed two workers and wounded a third, officials said.")
    assert out == [("d1", "d2", "d3", "d4")]


def test_a_measure_with_its_unit_is_no_count_of_a_happening():
    """An age is its person's whatever the verb: 18_9's "a 61-year-old man
    carrying a firearm" states the age 18_12's "The sixty-one-year-old was
    arrested" does (ECB+ 18_ecb, fourteen articles)."""
    s = Story(
        {
            "a": ["A 61-year-old man was charged with murder, police said."],
            "b": ["The sixty-one-year-old man was arrested Friday, police said."],
            "c": ["Police said a 61-year-old man carrying a firearm had confronted the crowd."],
        },
        r"\b(?:61|sixty-one)-year\b",
        "quantity",
    )
    d = s.d("d1", Verdict.CONSISTENT, ("a:0", "61-year"), ("b:0", "sixty-one-year"))
    (f,) = s.found([d], [["a:0", "b:0", "c:0"]])
    assert {s.article for v in f.versions for s in v.sides} == {"a", "b", "c"}
