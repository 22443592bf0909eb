"""One claim, one finding, when a source's other figure was compared by mistake
(issue 15, session 27, ECB+ 42_ecb: the launch month, "in February" / "next
month" / "mid-February", was three findings to review plus an agreement).

Findings holding the same figures of two sources join (``clusters``), unless a
source both hold states another value in each (a death's day in one, the
scandal's year in the other: ``test_findings22_overlap``). A figure that sits
beside another of its kind in its sentence ("On Monday we reported rumours it
would ship on February 11") may be the judge's pick of the wrong one: it no
longer speaks for its source there, while a figure alone in its sentence still
keeps two measured things apart."""

from __future__ import annotations

from test_findings21_one_thing import Story, _items
from test_findings22_overlap import _found

from workbench.model import Verdict

U, C = Verdict.UNRESOLVED, Verdict.CONSISTENT


def _two_findings_story(story: dict[str, list[str]], figure: str, kind: str, values: dict):
    """a, b and x state the claim in one sentence each; c in its second
    sentence (c:1), while its first (c:0) holds another figure the judge
    compared with a and b. c:0 and c:1 are neither aligned nor grouped, so
    complete linkage makes two findings sharing a's and x's figures."""
    s = Story(story, figure, kind)
    a, b, x = ("a:0", values["a"]), ("b:0", values["b"]), ("x:0", values["x"])
    other, c = ("c:0", values["c0"]), ("c:1", values["c1"])
    ds = [
        s.d("d1", U, a, x),
        s.d("d2", U, b, x),
        s.d("d3", U, a, other),
        s.d("d4", U, b, other),
        s.d("d5", U, x, c),
        s.d("d6", C, a, c),
    ]
    aligned = [
        ("a:0", "b:0"),
        ("a:0", "x:0"),
        ("b:0", "x:0"),
        ("a:0", "c:0"),
        ("b:0", "c:0"),
        ("x:0", "c:1"),
        ("a:0", "c:1"),
    ]
    return _items(_found(s, ds, aligned))


def _apart(items: list[tuple[str, ...]]) -> bool:
    """Two findings, c's other figure (d3, d4) in neither with c's claim (d5)."""
    return len(items) == 2 and not any({"d3", "d5"} <= set(f) for f in items)


MONTH = r"\b(?:(?:some time in )?February(?: 11)?|next month|Monday|Tuesday)\b"
LAUNCH = {
    "a": ["The carrier will offer the handset to customers in February."],
    "b": ["The phone goes on sale in February, the carrier said."],
    "x": ["The carrier will release the smartphone next month."],
    "c": [
        "On Monday we reported rumours that it would ship on February 11, "
        "and the carrier confirmed the phone on Tuesday.",
        "The phone will reach stores some time in February.",
    ],
}
LAUNCH_VALUES = {
    "a": "February",
    "b": "February",
    "x": "next month",
    "c0": "Monday",
    "c1": "some time in February",
}


def test_a_figure_beside_others_of_its_kind_does_not_split_a_launch_month():
    got = _two_findings_story(LAUNCH, MONTH, "date", LAUNCH_VALUES)
    assert got == [("d1", "d2", "d3", "d4", "d5", "d6")]


def test_a_figure_alone_in_its_sentence_still_keeps_two_things_apart():
    # c's other sentence dates one thing only: Monday is what c says of it
    story = {**LAUNCH, "c": ["The carrier confirmed the phone on Monday.", LAUNCH["c"][1]]}
    got = _two_findings_story(story, MONTH, "date", LAUNCH_VALUES)
    assert _apart(got)


COUNT = r"\b(?:\d+|[Aa] dozen)\b"
INJURED = {
    "a": ["Fourteen people were taken to hospital after the stand collapsed."],
    "b": ["Paramedics took 14 fans to hospital, the club said."],
    "x": ["A dozen spectators needed hospital treatment."],
    "c": [
        "Police arrested 3 men and 2 women outside the ground on Saturday.",
        "In all 15 supporters were treated in hospital.",
    ],
}


def test_the_same_for_a_count_of_the_injured():
    # the judge compared c's arrests ("3", beside "2") with the hospital count
    story = {**INJURED, "a": ["In all 14 people were taken to hospital."]}
    values = {"a": "14", "b": "14", "x": "A dozen", "c0": "3", "c1": "15"}
    got = _two_findings_story(story, COUNT, "number", values)
    assert got == [("d1", "d2", "d3", "d4", "d5", "d6")]
    # c's arrests alone in their sentence: another measured thing, kept apart
    story["c"] = ["Police arrested 3 men outside the ground.", INJURED["c"][1]]
    got = _two_findings_story(story, COUNT, "number", values)
    assert _apart(got)
