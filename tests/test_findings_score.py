"""The grouping score (benchmarks.findings --score): today's groups against
readers' judgments, member by member, so a group that takes a restatement the
readers judged separately is scored, not dropped as unjudged."""

from __future__ import annotations

from benchmarks.findings import _cover, _splits, _verdict

HEAD = ["a", "Saints place Bush on IR"]
LEAD = ["a", "The Saints placed Bush on injured reserve on Wednesday."]
OTHER = ["b", "Bush was put on injured reserve."]
LATER = ["b", "Bush will miss the last two games."]


def _judged(members, one_claim=True, odd=(), same_as=()):
    return {
        "members": members,
        "one_claim": one_claim,
        "odd_members": list(odd),
        "same_as": same_as,
    }


def test_a_group_joining_two_judged_groups_is_pure_only_when_readers_said_same_claim():
    j1, j2 = _judged([LEAD, OTHER]), _judged([HEAD, LATER])
    assert _verdict([LEAD, OTHER, HEAD], [j1, j2]) is False
    j1["same_as"], j2["same_as"] = [[HEAD, LATER]], [[LEAD, OTHER]]
    assert _verdict([LEAD, OTHER, HEAD], [j1, j2]) is True
    assert _verdict([LEAD, ["c", "never judged"]], [j1, j2]) is None


def test_an_odd_again_line_marks_only_the_restatement():
    judged = _judged([LEAD, OTHER, HEAD], one_claim=False, odd=["a again"])
    assert _verdict([LEAD, OTHER], [judged]) is True
    assert _verdict([LEAD, OTHER, HEAD], [judged]) is False


def test_splits_count_groups_with_another_group_stating_the_same_claim():
    j1 = _judged([LEAD, OTHER], same_as=[[HEAD, LATER]])
    j2 = _judged([HEAD, LATER], same_as=[[LEAD, OTHER]])
    apart = [_cover(m, [j1, j2]) for m in ([LEAD, OTHER], [HEAD, LATER])]
    assert _splits(apart) == 2
    assert _splits([_cover([LEAD, OTHER, HEAD, LATER], [j1, j2])]) == 0
