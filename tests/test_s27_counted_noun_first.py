"""What a count counts, from its counted noun first (issue 11, session 27).

The class: a count whose own noun says what it counts ("13 shots", "four
bullets", "200 rounds of ammunition", "300 homes") took the happening of a
word meant for another figure of its clause ("13 shots in Horton's death"
was read as a count of the killed), so two counts of one counted thing never
met, while counts of different things (shots fired / bullets that hit / the
dead; homes destroyed / homes damaged / people) must still never meet.
"""

import pytest
from conftest import courier_gazette, pair

from workbench.analysis import analyze_paths
from workbench.facts.measure import measure_of


def _event(sentence: str, value: str) -> str:
    i = sentence.index(value)
    return measure_of(sentence, i, i + len(value)).event


@pytest.mark.parametrize(
    "sentence, value, event",
    [
        # shots fired, however told: "N X were fired", "fired N X", "N X in the attack"
        ("Lopez is accused of letting off 13 shots in Horton's death.", "13", "fired"),
        ("The shooting frenzy in which at least 12 shots were fired began at 3pm.", "12", "fired"),
        ("Police said the gunman fired 30 rounds before he was killed.", "30", "fired"),
        ("He sprayed 13 bullets from a rooftop, killing a mother of 12.", "13", "fired"),
        ("Witnesses heard 20 gunshots in the attack on the market.", "20", "fired"),
        ("Soldiers fired 40 rounds into the crowd, wounding dozens.", "40", "fired"),
        # shots that struck someone: "hit by N X", "N X struck him", "N X in his body"
        ("Three bullets struck him as he ran from the car.", "Three", "hit"),
        ("The officer was hit by four bullets fired from the roof.", "four", "hit"),
        ("The officer was killed by four bullets fired from the roof.", "four", "hit"),
        ("The victim was riddled with 20 bullets, a coroner said.", "20", "hit"),
        ("Doctors found six bullets in his body after the ambush.", "six", "hit"),
        # ammunition seized or found
        ("200 rounds of ammunition were seized at the farm.", "200", "seized"),
        ("Police recovered 150 rounds from the dead gunman's car.", "150", "seized"),
        ("Troops found 5,000 bullets in a cache near the border.", "5,000", "seized"),
        # "N of the X"
        ("Four of the bullets struck her in the back, a doctor said.", "Four", "hit"),
        ("Police said two of the shots were fired from the roof.", "two", "fired"),
    ],
)
def test_a_count_of_gunfire_is_read_from_its_noun(sentence, value, event):
    assert _event(sentence, value) == event


@pytest.mark.parametrize(
    "sentence, value, event",
    [
        # the clause still says what a bare number or a noun of anyone counts
        ("Lopez fired 13 shots, killing two people outside the school.", "two", "killed"),
        ("The attack left 13 dead and 40 wounded.", "13", "killed"),
        ("Casualties rose to 40 injured after the shooting.", "40", "injured"),
        # dwellings lost outright and harmed are two happenings
        ("The quake destroyed 300 homes in the province.", "300", "destroyed"),
        ("Some 300 houses collapsed when the quake struck.", "300", "destroyed"),
        ("Floodwaters razed 85 houses along the river.", "85", "destroyed"),
        ("The floods damaged 1,200 homes in the valley.", "1,200", "damaged"),
        # a calibre is a measure, not a count of rounds
        ("Police recovered 12 9-mm shell casings on the roof.", "9-mm", ""),
        # shots and rounds of sport, and a firing from a job, count no gunfire
        ("Hansbrough made 7 of 12 shots in the game.", "12", ""),
        ("Woods won by four shots after four rounds at Augusta.", "four shots", ""),
        ("The striker had 13 shots on goal but never scored.", "13", ""),
        ("The company fired 300 workers after the merger.", "300", ""),
        ("The union won 120 seats, losing 30 in the north.", "120", ""),
    ],
)
def test_other_counts_keep_their_clauses_happening(sentence, value, event):
    assert _event(sentence, value) == event


def _conflicts(flags, left: str, right: str) -> list:
    return [
        d
        for d in flags
        if str(d.verdict) in ("conflict", "unresolved")
        and any(left in x.text and right in y.text for x, y in (d.sides, reversed(d.sides)))
    ]


@pytest.mark.parametrize(
    "a, b, left, right",
    [
        # a casualty word of the clause no longer overrules the counted noun
        (
            "Prosecutors say Lopez let off 13 shots in the death of Zurana Horton outside the "
            "school.",
            "Prosecutors say the shooting in which 12 shots were fired killed Zurana Horton "
            "outside the school.",
            "13",
            "12",
        ),
        # bullets and shots: one counted thing
        (
            "Prosecutors say Lopez sprayed 13 bullets from a Brooklyn rooftop at rival gang "
            "members.",
            "Prosecutors say Lopez let off 12 shots from a Brooklyn rooftop at rival gang members.",
            "13",
            "12",
        ),
        # bullets that hit, however told ("killed by", "wounded by")
        (
            "The guard outside the bank was killed by four bullets, police said on Monday.",
            "The guard outside the bank was wounded by three bullets, police said on Monday.",
            "four",
            "three",
        ),
        # homes and houses destroyed by a quake
        (
            "The earthquake destroyed 300 homes in Bam province on Sunday, officials said.",
            "The earthquake flattened 250 houses in Bam province on Sunday, officials said.",
            "300",
            "250",
        ),
        # a flood's houses lost, told in the passive
        (
            "Floodwaters destroyed 85 houses along the Sava river this week, the mayor said.",
            "Some 60 homes were destroyed along the Sava river this week, the mayor said.",
            "85",
            "60",
        ),
    ],
)
def test_counts_of_one_counted_thing_meet(tmp_path, a, b, left, right):
    flags = courier_gazette(tmp_path, a, b)
    assert _conflicts(flags, left, right), [d.explanation for d in flags]


@pytest.mark.parametrize(
    "a, b, left, right",
    [
        # shots fired against bullets that hit
        (
            "The gunman fired 13 shots outside the school on Monday, police said.",
            "Four bullets struck the boy outside the school on Monday, police said.",
            "13",
            "Four",
        ),
        # rounds seized against shots fired
        (
            "Police seized 200 rounds of ammunition at the gunman's flat on Monday.",
            "The gunman fired 30 rounds of ammunition from the flat on Monday.",
            "200",
            "30",
        ),
        # shots against victims
        (
            "The gunman fired 13 shots at the party on Friday, killing one man.",
            "The gunman killed 3 people at the party on Friday, police said.",
            "13",
            "3",
        ),
        # homes destroyed against homes damaged
        (
            "The quake destroyed 300 homes in the province on Sunday, officials said.",
            "The quake damaged 1,200 houses in the province on Sunday, officials said.",
            "300",
            "1,200",
        ),
        # homes against people
        (
            "The quake destroyed 300 homes in the province on Sunday, officials said.",
            "The quake killed 120 people in the province on Sunday, officials said.",
            "300",
            "120",
        ),
        # sport: a golfer's winning margin in shots is no count of gunfire, nor of rounds
        (
            "Woods won the Masters by four shots at Augusta on Sunday, his caddie said.",
            "Woods won the Masters at Augusta on Sunday after three rounds under par, his "
            "caddie said.",
            "four",
            "three",
        ),
    ],
)
def test_counts_of_different_things_never_meet(tmp_path, a, b, left, right):
    flags = courier_gazette(tmp_path, a, b)
    assert not _conflicts(flags, left, right), [d.explanation for d in flags]


def test_shots_fired_meet_across_articles_whose_sentences_never_did(tmp_path):
    """The key figure of a shooting told in sentences worded too differently to
    align: shots fired, from its noun, compared across the two articles."""
    a = (
        "Andrew Lopez was convicted of murder on Tuesday.\n\n"
        "Prosecutors say he let off 13 shots in Horton's death.\n"
    )
    b = (
        "Andrew Lopez was convicted of murder on Tuesday.\n\n"
        "The rooftop frenzy, in which 12 shots were fired, began just after school finished.\n"
    )
    flags = analyze_paths(pair(tmp_path, a, b)).discrepancies
    found = _conflicts(flags, "13", "12")
    assert found and "shots fired" in found[0].explanation, [d.explanation for d in flags]
