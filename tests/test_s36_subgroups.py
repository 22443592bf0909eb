"""A subgroup is not the whole count (issue 11, session 36).

Readers judged "unresolved" (and conflict) flags wrong that set a group among
others against the whole: "A dozen of the dead were children" against the toll
of 27, "Dozens of Lower Mainland residents were among the passengers" against
the 301 on board, "the two latest victims" against a toll of 31, "Twenty-one
of the injured were passengers" against 26 hurt. The share reader knew only a
bare count of one to twelve or digits, "were among the" three words after it,
and no share told at the head of its clause ("Of the 57 structures destroyed,
38 were homes"). facts/parts/subgroups.py reads these forms; a share or member
never meets a count told plainly, and two shares of one group still compare.
"""

from __future__ import annotations

import pytest
from conftest import analyse_bodies

from workbench.facts.parts import read_part


def _part(sentence: str, figure: str):
    at = sentence.index(figure)
    return read_part(sentence, at, at + len(figure))


@pytest.mark.parametrize(
    ("sentence", "figure", "kind"),
    [
        ("A dozen of the dead were children.", "A dozen", "share"),
        ("Fifteen of the injured were pilgrims from the north.", "Fifteen", "share"),
        ("Twenty-one of the victims were farm workers.", "Twenty-one", "share"),
        ("At least 11 of the dead were children, the youngest nine.", "At least 11", "share"),
        ("Half a dozen of them were firefighters.", "Half a dozen", "share"),
        ("Of the 37 people taken to hospital, 16 were flown to Athens.", "16", "share"),
        ("Of those evacuated, about 40 were children, police said.", "about 40", "share"),
        (
            "Dozens of Lower Mainland residents were among the passengers on the flight.",
            "Dozens",
            "member",
        ),
        ("Forty-two retired teachers from Leeds were among the passengers.", "Forty-two", "member"),
        (
            "As of Friday, 36 people had died, the two latest victims having died in hospital.",
            "two",
            "member",
        ),
        (
            "The toll rose to 58 on Monday, the most recent three found under a school.",
            "three",
            "member",
        ),
    ],
)
def test_a_subgroup_is_read_as_a_part_of_its_group(sentence, figure, kind):
    assert _part(sentence, figure).kind == kind


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("At least 27 people were killed in the crush on Saturday.", "At least 27"),
        ("The remaining 40 passengers were flown home on Tuesday.", "40"),
        ("The first three victims were named by police on Monday.", "three"),
        # a hedged count "including" others stays as it was read: no member
        ("More than 1,900 workers, including about 400 from Victoria, were deployed.", "about 400"),
        ("The town evacuated 2,380 residents from a 1.5 km radius.", "2,380"),
    ],
)
def test_a_count_told_plainly_is_no_part(sentence, figure):
    assert _part(sentence, figure).kind == ""


def test_a_fronted_group_is_a_whole_told_plainly():
    """Session 43: "Of the 37 people taken to hospital, 16 …" tells the 37 as the
    whole the 16 are of (as "16 of the 37" does), and as plainly as a count:
    it still meets "37 people were taken to hospital" (measure.py)."""
    from workbench.facts.measure import measure_of

    text = "Of the 37 people taken to hospital, 16 were flown to Athens."
    assert _part(text, "37").kind == "whole"
    fronted = measure_of(text, 7, 9)
    plain_text = "37 people were taken to hospital."
    assert fronted.differs(measure_of(plain_text, 0, 2)) == ""


@pytest.mark.parametrize(
    ("whole", "sub"),
    [
        (
            "At least 27 people were killed when the crowd surged on Saturday, police said.",
            "A dozen of the dead were children, police said on Saturday.",
        ),
        (
            "Twenty-six people were hurt in the evacuation, most of them on the slides.",
            "Twenty-one of the injured were passengers and two were members of the cabin crew.",
        ),
        (
            "The plane was carrying 301 passengers and crew when it left Vancouver.",
            "Dozens of British Columbia residents were among the passengers on the plane.",
        ),
        (
            "Of the 57 structures confirmed destroyed, 38 were homes, officials said.",
            "Of the 49 homes now confirmed lost, most are in the valley, officials said.",
        ),
    ],
)
def test_a_subgroup_against_the_whole_count_raises_no_flag(tmp_path, whole, sub):
    analysis = analyse_bodies(tmp_path, whole, sub)
    assert [(d.verdict, [s.text for s in d.sides]) for d in analysis.discrepancies] == []


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (
            "At least 11 of the dead were children, the youngest a nine-year-old boy.",
            "A dozen of the dead were children.",
            {"At least 11", "A dozen"},
        ),
        (
            "Of the 37 people taken to hospital, 16 were flown to Athens.",
            "Sixteen of them were airlifted to Athens.",
            {"16", "Sixteen"},
        ),
    ],
)
def test_two_shares_of_one_group_still_compare(tmp_path, a, b, values):
    analysis = analyse_bodies(tmp_path, a, b)
    assert [({s.text for s in d.sides}, str(d.verdict)) for d in analysis.discrepancies] == [
        (values, "consistent")
    ]
