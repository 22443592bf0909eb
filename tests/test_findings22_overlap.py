"""Findings holding the same figures of two sources are one finding (issue 15,
fresh editor trial 24: a patch's release day, 'Wednesday' / 'today' /
'yesterday' in seventeen reports, was three findings; the monthly patch
schedule two). The sentences stating one claim were spread over several claim
groups, so complete linkage made overlapping findings, each a set of sentences
aligned with each other. Two findings join when both hold the same figures of
two sources or more, each its sentence's only figure of its kind; never through
a figure that sits beside another of its kind (a patch's date beside the date
of a monthly release), never through one shared figure alone."""

from __future__ import annotations

from test_findings21_one_thing import Story, _items, _versions

from workbench.facts.measure import measure_of
from workbench.findings.build import findings
from workbench.model import Alignment, Analysis, ClaimGroup, Verdict

DAY = r"\b(?:on )?(?:Wednesday|Thursday|Tuesday|today|yesterday)\b"


def _found(s: Story, discs, aligned: list[tuple[str, str]], groups=()):
    grouped = tuple(ClaimGroup(f"g{n}", g) for n, g in enumerate(groups))
    analysis = Analysis(
        tuple(s.articles),
        tuple(s.claims),
        tuple(s.facts),
        tuple(Alignment(x, y, 0.7) for x, y in aligned),
        tuple(discs),
        grouped,
    )
    return findings(analysis, grouped, (), read=measure_of)


RELEASE = {
    "a": ["Microsoft on Wednesday released an emergency patch for its browser."],
    "b": ["Microsoft today issued an emergency patch to plug a hole in its browser."],
    "c": ["Microsoft was to release an emergency patch yesterday to fix the flaw."],
    "x": ["The software maker pushed out the fix on Thursday, ahead of schedule."],
}
# a, b and c aligned with each other; x with b and c only (the aligner gave
# it a's headline as a's partner): two findings, each a set of aligned sentences
ALIGNED = [("a:0", "b:0"), ("a:0", "c:0"), ("b:0", "c:0"), ("x:0", "b:0"), ("x:0", "c:0")]


def _release(s: Story):
    u = Verdict.UNRESOLVED
    return [
        s.d("d1", u, ("a:0", "on Wednesday"), ("b:0", "today")),
        s.d("d2", u, ("a:0", "on Wednesday"), ("c:0", "yesterday")),
        s.d("d3", u, ("b:0", "today"), ("c:0", "yesterday")),
        s.d("d4", u, ("x:0", "on Thursday"), ("b:0", "today")),
        s.d("d5", u, ("x:0", "on Thursday"), ("c:0", "yesterday")),
    ]


def test_two_findings_holding_the_same_two_figures_are_one():
    s = Story(RELEASE, DAY, "date")
    (f,) = _found(s, _release(s), ALIGNED)
    assert f.discrepancies == ("d1", "d2", "d3", "d4", "d5")
    assert _versions(f) == {
        "on Wednesday": {"a"},
        "today": {"b"},
        "yesterday": {"c"},
        "on Thursday": {"x"},
    }


def test_one_shared_figure_is_not_enough():
    # x was compared with c only: x and a share nothing but c's figure
    s = Story(RELEASE, DAY, "date")
    ds = [d for d in _release(s) if d.id != "d4"]
    aligned = [p for p in ALIGNED if p != ("x:0", "b:0")]
    assert _items(_found(s, ds, aligned)) == [("d1", "d2", "d3"), ("d5",)]


def test_a_shared_figure_beside_another_of_its_kind_joins_nothing_by_itself():
    # b dates two things: the judge may have read its other day as the one
    # the other finding measures (a patch day beside the monthly release day),
    # so two shared figures alone join nothing (``_two_shared``) ...
    story = {
        **RELEASE,
        "b": ["As it promised on Tuesday, Microsoft today issued an emergency patch."],
    }
    s = Story(story, DAY, "date")
    ds = [d for d in _release(s) if d.id != "d3"]
    assert _items(_found(s, ds, ALIGNED)) == [("d1", "d2"), ("d4", "d5")]
    # ... but when one finding holds the pair b~c (d3) and the other shows b's
    # 'today' and c's 'yesterday' as two of its versions, the editor read
    # "today vs yesterday" twice: one finding (session 31, tests/test_s31_groups.py)
    assert _items(_found(s, _release(s), ALIGNED)) == [("d1", "d2", "d3", "d4", "d5")]


SCHEDULE = {
    "a": ["Microsoft releases patches on the second Tuesday of each month."],
    "b": ["Typically Microsoft releases security patches just once a month."],
    "c": ["Patches usually come out each month for administrators to plan."],
    "x": ["Outside of its regular monthly patch cycle, the company rarely ships fixes."],
}
SET = r"(?:the second Tuesday of each month|once a month|each month|monthly)"


def test_a_repetition_is_a_figure_too():
    # the monthly schedule: two findings of one set of sentences, joined
    s = Story(SCHEDULE, SET, "set")
    c = Verdict.CONSISTENT
    ds = [
        s.d("d1", c, ("a:0", "the second Tuesday of each month"), ("b:0", "once a month")),
        s.d("d2", c, ("a:0", "the second Tuesday of each month"), ("c:0", "each month")),
        s.d("d3", c, ("b:0", "once a month"), ("c:0", "each month")),
        s.d("d4", c, ("x:0", "monthly"), ("b:0", "once a month")),
        s.d("d5", c, ("x:0", "monthly"), ("c:0", "each month")),
    ]
    (f,) = _found(s, ds, ALIGNED)
    assert {v.value for v in f.versions} == {
        "the second Tuesday of each month",
        "once a month",
        "each month",
        "monthly",
    }


DEATH = {
    "a": ["Mark Felt, the source known as Deep Throat, died yesterday aged 95."],
    "b": ["W. Mark Felt, who leaked information about the break-in, died Thursday."],
    "c": [
        "Felt died yesterday at a hospice near his home.",
        "His role in the scandal of 1972 stayed secret for decades.",
    ],
}
YEAR_OR_DAY = r"\b(?:yesterday|Thursday|1972)\b"


def test_a_source_giving_another_value_in_each_keeps_them_apart():
    # the judge compared the scandal's year with the day of the death: that
    # finding holds the same two figures as the day's, but c states the day in
    # one and the year in the other, two measured things
    s = Story(DEATH, YEAR_OR_DAY, "date")
    u = Verdict.UNRESOLVED
    day, thursday = ("a:0", "yesterday"), ("b:0", "Thursday")
    ds = [
        s.d("d1", u, day, thursday),
        s.d("d2", u, day, ("c:0", "yesterday")),
        s.d("d3", u, thursday, ("c:0", "yesterday")),
        s.d("d4", u, day, ("c:1", "1972")),
        s.d("d5", u, thursday, ("c:1", "1972")),
    ]
    aligned = [("a:0", "b:0"), ("a:0", "c:0"), ("b:0", "c:0"), ("a:0", "c:1"), ("b:0", "c:1")]
    assert _items(_found(s, ds, aligned)) == [("d1", "d2", "d3"), ("d4", "d5")]
