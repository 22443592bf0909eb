"""A setting is the main claim's moment, not a claim stated in passing (issue 15,
session 27, reader G13 on 21_ecb: "was hit while walking in the crosswalk
around 7 p.m." and "was walking in a crosswalk when she was struck around 7
p.m." were two groups of one claim, kept apart by the side-part test).

"while/when" with a gerund tells what the subject was doing when the main
happening took place. Against a sentence dating the same moment (a clock time,
a day or a part of one, shared), the setting is read as part of the main claim:
the moment told the other way round, or by its setting alone, is one claim.
Without a shared moment ("fell while climbing to the hut" / "was one of four
men trying to climb to the hut", reader G9) and for a happening before or after
("after the regulator opened an inquiry"), the side-part test holds as before."""

from __future__ import annotations

import pytest
from conftest import claims_of

from workbench.findings.apart import different_claims
from workbench.findings.passing import in_passing

FAR = staticmethod(lambda x, y: 0.0)  # a judge of meaning finding the main parts far apart

ONE_MOMENT = [
    (
        "66-year-old Luann Johnson, of Burnsville, was hit while walking in the crosswalk "
        "around 7 p.m. Wednesday night.",
        "Johnson was walking in a crosswalk outside the store when she was struck around "
        "7 p.m. Wednesday.",
    ),
    (
        "66-year-old Luann Johnson, of Burnsville, was hit while walking in the crosswalk "
        "around 7 p.m. Wednesday night.",
        "Johnson and her husband were walking out of the store about 7 p.m.",
    ),
    (
        "Veteran warder Tom Ellis, 52, of Hull was stabbed twice while patrolling the east "
        "wing shortly after midnight.",
        "Ellis was patrolling the east wing of the prison shortly after midnight.",
    ),
    (
        "France's finance minister Paul Girard, 38, fainted on stage when addressing "
        "supporters at a rally in Lyon on Sunday afternoon.",
        "Girard was addressing supporters at a rally in Lyon on Sunday afternoon.",
    ),
]

TWO_CLAIMS = [
    # no moment shared: what the gerund tells is another claim
    (
        "Robert Buckley, 32, of Essex fell about 2,000 feet while climbing to a small hut "
        "on Mount Sefton on Saturday.",
        "Buckley was one of four men trying to climb to the small hut on Mount Sefton.",
    ),
    (
        "France's finance minister Paul Girard, 38, fainted on stage when addressing "
        "supporters at a rally in Lyon.",
        "Girard was addressing supporters at a rally in Lyon about the pension reform.",
    ),
    # a happening before: never a setting, a moment shared or not
    (
        "Shares of Dorval fell 4% on Tuesday after the regulator opened an inquiry into its "
        "accounting practices.",
        "The regulator opened an inquiry into Dorval's accounting practices on Tuesday.",
    ),
]


@pytest.mark.parametrize(("setting", "other"), ONE_MOMENT)
def test_a_setting_dated_like_the_other_sentence_is_not_stated_in_passing(setting, other):
    assert not in_passing(setting, other, FAR)
    assert not in_passing(other, setting, FAR)


@pytest.mark.parametrize(("setting", "other"), TWO_CLAIMS)
def test_without_a_shared_moment_the_side_part_test_holds(setting, other):
    assert in_passing(setting, other, FAR)


def test_the_grouping_may_put_one_moment_told_both_ways_in_one_group():
    hit, walking = ONE_MOMENT[0]
    claims = claims_of({"A": [hit], "B": [walking], "C": [ONE_MOMENT[1][1]]})
    apart = different_claims(claims, [], FAR)
    assert not apart("A:0", "B:0")
    assert not apart("A:0", "C:0")
