"""One claim, one finding, when a source's other figure was compared by mistake
(issue 15, session 27, ECB+ 42_ecb: the launch month, "in February" / "next
month" / "mid-February", was three findings to review plus an agreement).

Findings holding the same figures of two sources join (``clusters``), unless a
source both hold states another value in each (a death's day in one, the
scandal's year in the other: ``test_findings22_overlap``). A figure the judge
picked beside another of its kind that states what the source gives in the
other finding ("On Monday we reported rumours it would ship on February 11":
Monday compared, February 11 within the source's "some time in February") is
the judge's slip, not the source's word: it no longer keeps the two apart. A
figure alone in its sentence, or beside figures that agree with nothing the
source gives in the other finding ("in 1972 ... until three years ago" against
the day of a death; "A year ago" against the day of a firing), still does."""

from __future__ import annotations

from dataclasses import replace

from test_findings21_one_thing import Story, _items
from test_findings22_overlap import _found

from workbench.model import Verdict

U, C = Verdict.UNRESOLVED, Verdict.CONSISTENT


def _two_findings(story, figure: str, kind: str, values: dict, read: dict | None = None):
    """a, b and x state the claim in one sentence each; c in its second
    sentence (c:1), while its first (c:0) holds another figure the judge
    compared with a and b. c:0 and c:1 are neither aligned nor grouped, so
    complete linkage makes two findings sharing a's and x's figures.
    ``read``: TIMEX values of times by their words."""
    s = Story(story, figure, kind)
    if read:
        s.facts = [replace(f, value={"timex": read[f.text], "value": f.text}) for f in s.facts]
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


ONE = [("d1", "d2", "d3", "d4", "d5", "d6")]


def _apart(items: list[tuple[str, ...]]) -> bool:
    """Two findings, c's other figure (d3, d4) in neither with c's claim (d5)."""
    return len(items) == 2 and not any({"d3", "d5"} <= set(f) for f in items)


MONTH = (
    r"\b(?:(?:some time in )?February(?: 11)?|next month|Monday|Tuesday|"
    r"the end of March|three years ago)\b"
)
TIMEX = {
    "February": "XXXX-02",
    "some time in February": "XXXX-02",
    "February 11": "XXXX-02-11",
    "next month": "XXXX-XX",
    "Monday": "XXXX-WXX-1",
    "Tuesday": "XXXX-WXX-2",
    "the end of March": "XXXX-03",
    "three years ago": "PAST_REF",
}
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


def test_a_figure_picked_beside_the_sources_launch_month_does_not_split_it():
    assert _two_findings(LAUNCH, MONTH, "date", LAUNCH_VALUES, TIMEX) == ONE


def test_a_figure_alone_in_its_sentence_still_keeps_two_things_apart():
    # c's other sentence dates one thing only: Monday is what c says of it
    story = {**LAUNCH, "c": ["The carrier confirmed the phone on Monday.", LAUNCH["c"][1]]}
    assert _apart(_two_findings(story, MONTH, "date", LAUNCH_VALUES, TIMEX))


def test_figures_beside_it_agreeing_with_nothing_the_source_gives_keep_them_apart():
    for first in (
        "On Monday we reported rumours that it would ship by the end of March.",
        "Three years ago the carrier dropped the line, and on Monday it said so again.",
    ):
        story = {**LAUNCH, "c": [first, LAUNCH["c"][1]]}
        assert _apart(_two_findings(story, MONTH, "date", LAUNCH_VALUES, TIMEX)), first


COUNT = r"\b(?:\d+|[Aa] dozen)\b"
INJURED = {
    "a": ["In all 14 people were taken to hospital."],
    "b": ["Paramedics took 14 fans to hospital, the club said."],
    "x": ["A dozen spectators needed hospital treatment."],
    "c": [
        "Of the 15 supporters hurt, 3 were kept in hospital overnight.",
        "In all 15 supporters were treated in hospital.",
    ],
}
COUNTS = {"a": "14", "b": "14", "x": "A dozen", "c0": "3", "c1": "15"}


def test_the_same_for_a_count_of_the_injured():
    # the judge compared c's "3" kept overnight, beside c's 15 hurt
    assert _two_findings(INJURED, COUNT, "number", COUNTS) == ONE
    # c's first sentence counts arrests, 3 and 2: nothing of the injured
    story = {**INJURED, "c": ["Police arrested 3 men and 2 women.", INJURED["c"][1]]}
    assert _apart(_two_findings(story, COUNT, "number", COUNTS))
    # c's arrests alone in their sentence: another measured thing
    story = {**INJURED, "c": ["Police arrested 3 men outside the ground.", INJURED["c"][1]]}
    assert _apart(_two_findings(story, COUNT, "number", COUNTS))
