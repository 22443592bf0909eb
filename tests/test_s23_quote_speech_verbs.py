"""A quotation credited with a speech verb of court or interview copy
("testified", "answered", "responded", "whispered", "vowed" …) has its
speaker (session 23): the verbs were missing from the lexicon, so such a
quote was credited to nobody and the same words credited to another named
person elsewhere were never set against it. An adverb between the name and
the verb ("Armstead quietly answered") keeps the name."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import analyse_bodies
from workbench.facts.quote.find import find_quotes

CREDITED = [
    ('"It was a brick, not a bullet," testified Ruth Okafor, who was shot.\n', "okafor"),
    ("“I saw him run towards the car,” Daniel Brook testified on Tuesday.\n", "brook"),
    ("‘Nobody opened the gate,’ responded warden Lena Moss.\n", "moss"),
    ("'We knew the bridge was weak,' answered engineer Omar Haddad.\n", "haddad"),
    ("«We will not leave this town,» vowed Mayor Ines Duarte.\n", "duarte"),
    ('"Get down, get down," whispered Carla Vance, the driver.\n', "vance"),
    ('Asked about the fire, Peter Lund quietly answered, "We had no water."\n', "lund"),
    ('"The [county] will pay for every home," Gov. Alan Reyes reiterated.\n', "reyes"),
    ('Under oath, Maria Stone testifies: "I never signed that letter."\n', "stone"),
]


@pytest.mark.parametrize(("text", "key"), CREDITED)
def test_a_quote_credited_with_a_court_or_interview_verb_has_its_speaker(
    text: str, key: str
) -> None:
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert quotes[0].speaker is not None and quotes[0].speaker.key == key


def test_two_quotations_of_one_paragraph_keep_their_own_speakers() -> None:
    text = (
        '"The alarm never rang," testified guard Tom Hart. "We smelt the smoke first," '
        "responded nurse Ann Lee.\n"
    )
    quotes = find_quotes(text)
    assert [(q.words, q.speaker and q.speaker.key) for q in quotes] == [
        ("the alarm never rang", "hart"),
        ("we smelt the smoke first", "lee"),
    ]


def test_a_quote_cut_mid_sentence_is_credited_by_the_verb_before_it() -> None:
    text = 'Nurse Ann Lee testified the ward was "full to the doors" that night.\n'
    quotes = find_quotes(text)
    assert [q.words for q in quotes] == ["full to the doors"]
    assert quotes[0].speaker is not None and quotes[0].speaker.key == "lee"


def test_an_adverb_does_not_turn_a_descriptor_or_a_possessive_into_a_name() -> None:
    described = find_quotes('A shop owner quietly answered, "We lost everything."\n')
    assert described[0].speaker is not None and not described[0].speaker.is_person
    lawyer = find_quotes('Dan Cole\'s lawyer quietly answered, "He was at home."\n')
    assert lawyer[0].speaker is None or lawyer[0].speaker.key != "cole"


def test_the_same_quote_testified_by_one_person_and_said_by_another_conflicts(
    tmp_path: Path,
) -> None:
    words = "The gate was open all night and nobody checked it"
    analysis = analyse_bodies(
        tmp_path,
        f'Jurors heard from a guard on Monday.\n"{words}," testified guard Tom Hart.',
        f'Jurors heard from a guard on Monday.\n"{words}," said guard Ann Lee.',
    )
    attributions = [d for d in analysis.discrepancies if d.kind == "attribution"]
    assert [str(d.verdict) for d in attributions] == ["conflict"]
    assert "Tom Hart" in attributions[0].explanation
    assert "Ann Lee" in attributions[0].explanation


def test_the_same_person_testifying_and_saying_is_no_attribution_flag(tmp_path: Path) -> None:
    words = "The gate was open all night and nobody checked it"
    analysis = analyse_bodies(
        tmp_path,
        f'"{words}," testified guard Tom Hart.',
        f'"{words}," Hart told the jury.',
    )
    assert not [d for d in analysis.discrepancies if d.kind == "attribution"]


# A surname credited alone is the person the story names in full (after a
# descriptor or before an age), as "Mrs Armstead" already made it: read as an
# organisation, "Lopez said" was never a person to set against another's.
IN_FULL = [
    (
        'Andrew Lopez, 20, was convicted on Tuesday.\n"I did not fire," Lopez said.\n',
        "Andrew Lopez",
    ),
    (
        "Also shot was a woman named Unique Armstead.\n‘It was a brick,’ testified Armstead.\n",
        "Unique Armstead",
    ),
    ("The jury heard prosecutor Seth Goldman.\n«He planned it,» Goldman argued.\n", "Seth Goldman"),
    (
        "A bystander, nurse Jo-Ann Pryce-Lowe, watched.\n'We ran,' Pryce-Lowe quietly answered.\n",
        "Jo-Ann Pryce-Lowe",
    ),
]


@pytest.mark.parametrize(("text", "name"), IN_FULL)
def test_a_surname_credited_alone_is_the_person_named_in_full(text: str, name: str) -> None:
    speaker = find_quotes(text)[-1].speaker
    assert speaker is not None and speaker.is_person and speaker.name == name


def test_a_team_or_place_is_not_made_a_person() -> None:
    text = (
        "The San Diego Chargers lost in New York on Sunday.\n"
        '"We take this seriously," Chargers said in a statement.\n'
        '"We are proud of the city," York said.\n'
    )
    quotes = find_quotes(text)
    assert [q.speaker is not None and q.speaker.is_person for q in quotes] == [False, False]


def test_the_same_quote_credited_by_surname_and_to_another_person_conflicts(
    tmp_path: Path,
) -> None:
    words = "The gate was open all night and nobody checked it"
    analysis = analyse_bodies(
        tmp_path,
        f'Guard Tom Hart, 45, gave evidence on Monday.\n"{words}," Hart testified.',
        f'Jurors heard from a nurse on Monday.\n"{words}," said nurse Ann Lee.',
    )
    attributions = [d for d in analysis.discrepancies if d.kind == "attribution"]
    assert [str(d.verdict) for d in attributions] == ["conflict"]


@pytest.mark.parametrize(
    "text",
    [
        'The Smith family said, "We forgive him."\n',
        '"We forgive him," the Smith family quietly said.\n',
        '"We forgive him," the Smith family testified.\n',
    ],
)
def test_a_family_stays_a_descriptor(text: str) -> None:
    speaker = find_quotes(text)[0].speaker
    assert speaker is not None and not speaker.is_person and speaker.key.startswith("desc:")
