"""A figure only against the same measure (issue 11, session 31, eng90).

Made-up sentences, in other words, numbers and units than the development
events that showed each class:

- what the counted people underwent: everyone hurt, those a hospital took in,
  those in critical or serious condition, those treated at the scene; those
  moved out, those left without a home, those who spent a night in a shelter;
  those arrested and those still held — each a measure of its own, never
  compared with another stage, always with its own;
- a total against a group within it that its own words mark as one: a noun
  joined to another ("passengers and crew" / "passengers"), an "and" list of
  counts that adds up to the other's total;
- lengths pinned to different things: a level below the surface or down a
  shaft, a height flown at, a distance travelled, the size of a thing.
"""

from __future__ import annotations

import pytest
from conftest import courier_gazette

from workbench.facts.measure import measure_of
from workbench.facts.measure_nouns import length_kind
from workbench.facts.undergone import undergone


def _event(sentence: str, value: str) -> str:
    i = sentence.index(value)
    return measure_of(sentence, i, i + len(value)).event


@pytest.mark.parametrize(
    ("sentence", "value", "want"),
    [
        ("Eleven passengers were taken to hospital after the coach overturned.", "Eleven",
         "hospitalised"),
        ("The crash sent 23 people to hospitals across the county.", "23", "hospitalised"),
        ("Some 60 fans were admitted to hospital with crush injuries.", "60", "hospitalised"),
        ("Nine pupils were hospitalised overnight as a precaution.", "Nine", "hospitalised"),
        ("Four of the injured were in critical condition on Monday night.", "Four",
         "critical"),
        ("Thirty people were hurt, and two of them were in a critical condition.", "two",
         "critical"),
        ("Six climbers remain in critical condition in Innsbruck.", "Six", "critical"),
        ("Three workers were seriously injured when the scaffold gave way.", "Three",
         "serious"),
        ("Paramedics said 14 people were treated at the scene for smoke inhalation.", "14",
         "treated"),
        ("Eight runners suffered minor injuries in the crush at the start.", "Eight",
         "treated"),
        ("About 3,500 people were left homeless by the floods.", "3,500", "displaced"),
        ("Officials said 12,000 residents had been displaced by the fighting.", "12,000",
         "displaced"),
        ("About 640 people spent the night in shelters across the valley.", "640",
         "sheltered"),
        ("Some 1,100 residents were sleeping in evacuation centres on Sunday.", "1,100",
         "sheltered"),
        ("Five men remain in custody after the raid, police said.", "Five", "held"),
        ("Police said 22 people were still being held on Monday.", "22", "held"),
        # past an aside between dashes or in brackets
        ("Of the 40 injured, nine — almost a quarter — remain in critical condition.", "nine",
         "critical"),
        ("Of the 52 hurt, 14 (about a quarter) were taken to hospital.", "14", "hospitalised"),
        # the stage each count's own predicate names, not its neighbour's
        ("Forty were injured and three were in critical condition.", "Forty", "injured"),
        ("Forty were injured and three were in critical condition.", "three", "critical"),
        ("About 9,000 people were evacuated, and 2,300 spent the night in shelters.", "9,000",
         "evacuated"),
        # those who died in hospital are the dead
        ("Two of the workers died in hospital on Wednesday.", "Two", "killed"),
        # a choice among them, not a condition; held up is no custody
        ("Sixteen of the most seriously injured were flown to Athens.", "Sixteen", ""),
        ("Some 300 drivers were held up for hours on the motorway.", "300", ""),
        # a shelter-in-place order is no night in a shelter
        ("About 18,000 people were told to shelter in place.", "18,000", "indoors"),
        ("Thousands of others were ordered to stay indoors as the smoke spread.", "Thousands",
         "indoors"),
    ],
)  # fmt: skip
def test_what_the_counted_people_underwent_is_read(sentence, value, want):
    assert _event(sentence, value) == want


def test_no_stage_is_read_past_its_own_predicate():
    text = "Twenty were hurt, most of them critically."
    assert undergone(text, 0, text.index(" were"), len(text)) == ""
    assert undergone(text, 0, -1, len(text)) == ""
    # a sum of money given to hospitals counts no one taken in
    text = "The fund gave $2 million to hospitals in the region."
    i = text.index("$2 million")
    assert undergone(text, i, i + len("$2 million"), len(text)) == ""
    text = "About 1.2 million people were displaced by the floods."
    assert undergone(text, 6, 17, len(text)) == "displaced"


def _shown(tmp_path, a: str, b: str) -> set[tuple[str, str]]:
    return {(d.sides[0].text, d.sides[1].text) for d in courier_gazette(tmp_path, a, b)}


def _verdicts(tmp_path, a: str, b: str) -> dict[tuple[str, str], str]:
    return {
        (d.sides[0].text, d.sides[1].text): str(d.verdict) for d in courier_gazette(tmp_path, a, b)
    }


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("At least 52 people were hurt when the grandstand collapsed at Wexbury on Saturday.",
         "Nineteen people were taken to hospital when the grandstand collapsed at Wexbury on "
         "Saturday."),
        ("The gas blast at the Ormond Street flats injured 31 residents, the fire service said.",
         "Five residents were in a critical condition after the gas blast at the Ormond Street "
         "flats, the fire service said."),
        ("The derailment near Calder injured 26 passengers, the operator said.",
         "Ten passengers were treated at the scene after the derailment near Calder, the "
         "operator said."),
        ("Around 7,000 people were evacuated from the Tarrow valley on Monday.",
         "Around 1,200 people spent Monday night in shelters in the Tarrow valley."),
        ("About 4,000 people were evacuated from the coast at Penmar ahead of the storm.",
         "About 1,500 people were left homeless on the coast at Penmar after the storm."),
        ("Police arrested 27 people after the clashes in Harlow on Friday.",
         "Eight people remained in custody after the clashes in Harlow on Friday."),
    ],
)  # fmt: skip
def test_counts_of_two_stages_are_not_compared(tmp_path, a, b):
    assert not _shown(tmp_path, a, b)


@pytest.mark.parametrize(
    ("a", "b", "left", "right"),
    [
        ("Twelve people were taken to hospital after the fire at the Delph mill on Sunday.",
         "Fifteen people were hospitalised after the fire at the Delph mill on Sunday.",
         "Twelve", "Fifteen"),
        ("Thirty were hurt in the crash, and four of them were in critical condition on "
         "Sunday, the hospital said.",
         "Thirty were hurt in the crash, and six of them were in critical condition on "
         "Sunday, the hospital said.", "four", "six"),
        ("About 600 people spent the night in shelters in Marlow on Sunday.",
         "About 900 people spent Sunday night in emergency shelters in Marlow.",
         "About 600", "About 900"),
        ("Six people remained in custody after the protest in Dunmore on Saturday.",
         "Police said nine people were still being held after the protest in Dunmore on "
         "Saturday.", "Six", "nine"),
    ],
)  # fmt: skip
def test_counts_of_one_stage_are_still_compared(tmp_path, a, b, left, right):
    assert _verdicts(tmp_path, a, b).get((left, right)) == "conflict"


def _verdicts_without(tmp_path, a: str, b: str) -> dict[tuple[str, str], str]:
    found = courier_gazette(tmp_path, a, b, without=("subgroup_of_total",))
    return {(d.sides[0].text, d.sides[1].text): str(d.verdict) for d in found}


def test_a_subgroup_its_words_mark_is_not_its_total(tmp_path):
    # a noun joined to another: the narrower count, no larger, is no flag
    assert not _shown(
        tmp_path,
        "The lifeboat was carrying 58 migrants and crew when it capsized off Lampedusa.",
        "The lifeboat was carrying 51 migrants when it capsized off Lampedusa.",
    )
    # the row decides it: left out, the pair is a question of scopes as before
    assert _verdicts_without(
        tmp_path,
        "The lifeboat was carrying 58 migrants and crew when it capsized off Lampedusa.",
        "The lifeboat was carrying 51 migrants when it capsized off Lampedusa.",
    ) == {("58", "51"): "unresolved"}
    # larger than the total it would be part of: still asked
    assert _verdicts(
        tmp_path,
        "The lifeboat was carrying 58 migrants and crew when it capsized off Lampedusa.",
        "The lifeboat was carrying 63 migrants when it capsized off Lampedusa.",
    ).get(("58", "63")) in ("conflict", "unresolved")
    # the other count names no narrower group: a question, as before
    assert (
        _verdicts(
            tmp_path,
            "Nine people, including the pilot, were killed when the plane came down near Oban.",
            "Seven people were killed when the plane came down near Oban.",
        ).get(("Nine", "Seven"))
        == "unresolved"
    )


def test_an_and_list_that_adds_up_is_some_of_the_total(tmp_path):
    total = (
        "By Friday evening, 63 people had been injured, 11 of them firefighters, officials said."
    )
    assert not _shown(
        tmp_path,
        total,
        "By Friday evening, 52 residents and 11 firefighters had been treated for injuries, "
        "officials said.",
    )
    # a list that does not add up to the total is compared
    assert (
        _verdicts(
            tmp_path,
            total,
            "By Friday evening, 47 residents and 11 firefighters had been treated for injuries, "
            "officials said.",
        ).get(("63", "47"))
        == "conflict"
    )


@pytest.mark.parametrize(
    ("sentence", "value", "want"),
    [
        ("The divers found the wreck 40 metres below the surface.", "40 metres", "below ground"),
        ("The cavers were trapped 200 feet underground.", "200 feet", "below ground"),
        ("The crew were stranded 150 metres down the shaft.", "150 metres", "down shaft"),
        ("The helicopter was hovering at about 900 feet when it lost power.", "900 feet",
         "altitude"),
        ("The village lies 2,800 metres above sea level.", "2,800 metres", "altitude"),
        ("The jet began a 6,000-foot descent over the Channel.", "6,000-foot", "travelled"),
        ("The car plunged 30 metres into the gorge.", "30 metres", "travelled"),
        ("The 180-metre container ship lost power off Dover.", "180-metre", "size"),
        ("The crack in the dam wall is 12 metres long.", "12 metres", "size"),
        ("Residents within two miles of the depot were told to stay indoors.", "two miles", ""),
        ("Three people were hurt.", "Three", ""),
    ],
)  # fmt: skip
def test_what_a_length_measures_is_read(sentence, value, want):
    i = sentence.index(value)
    assert length_kind(sentence, i, i + len(value)) == want


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The two potholers were stuck 45 metres below the surface on Tuesday.",
         "The two potholers were stuck 260 metres down the cave on Tuesday."),
        ("The light aircraft was cruising at 4,500 feet when its engine cut out.",
         "The light aircraft made a 2,000-foot descent when its engine cut out."),
        ("The 90-metre barge broke loose from its mooring at Tilbury.",
         "The barge drifted 400 metres after it broke loose from its mooring at Tilbury."),
    ],
)  # fmt: skip
def test_lengths_of_different_things_are_not_compared(tmp_path, a, b):
    assert not [d for d in courier_gazette(tmp_path, a, b) if d.kind != "date"]


def test_lengths_of_one_thing_are_still_compared(tmp_path):
    got = _verdicts(
        tmp_path,
        "The two potholers were stuck 45 metres below the surface on Tuesday.",
        "The two potholers were stuck 70 metres below the surface on Tuesday.",
    )
    assert got.get(("45 metres", "70 metres")) == "conflict"


def test_the_count_of_a_group_named_within_a_total_is_that_group(tmp_path):
    total = (
        "Nine people died when the minibus left the road near Askern, among them four "
        "pensioners, police said."
    )
    # the other sentence names the group before its count: that count is the group's
    assert not _shown(
        tmp_path,
        total,
        "Of the pensioners on the day trip, four died when the minibus left the road near "
        "Askern, police said.",
    )
    # a count of all the dead that only says afterwards who they were still meets the total
    got = _verdicts(
        tmp_path,
        total,
        "Four people died when the minibus left the road near Askern, all of them "
        "pensioners, police said.",
    )
    assert got.get(("Nine", "Four")) == "conflict"
