"""The same quotation credited to a different person is an attribution
conflict, found as an editor finds the speaker (session 28): named before or
after the words, split around "he said", over two sentences, partly cut or
lightly reworded ("we will" / "we'll", a word or two changed), "he" or "she"
whose person the sentence right before names, or a title alone ("the
governor said" against the mayor). One person written two ways — surname
only, an accent dropped, a surname misspelled — is never a misattribution.
Cases made up: a mine, a flood, a volcano, a trial, a fire, a port, a storm.
"""

from __future__ import annotations

import pytest
from conftest import analyse_bodies


def _credited(tmp_path, a: str, b: str) -> list[str]:
    found = analyse_bodies(tmp_path, a, b).discrepancies
    return [d.explanation for d in found if d.kind == "attribution"]


TWO_PEOPLE = [
    # a contraction written out, the speakers named after the words
    (
        '"We will get every one of them out," said rescue chief Tomas Herrera.',
        '"We\'ll get every one of them out," said mine manager Carlos Ibanez.',
        ("Tomas Herrera", "Carlos Ibanez"),
    ),
    # "he" in the next paragraph, the person named in the sentence before
    (
        "Rescue chief Tomas Herrera said the teams were close.\n\n"
        '"We will get every one of them out," he said.',
        '"We will get every one of them out," said mine manager Carlos Ibanez.',
        ("Tomas Herrera", "Carlos Ibanez"),
    ),
    # "she" after a sentence naming her as a source
    (
        "Priya Raman, an analyst at Harbour Securities, said the port would recover. "
        '"The cranes will be working again within a fortnight," she said.',
        'Port director Owen Blake said: "The cranes will be working again within a fortnight."',
        ("Priya Raman", "Owen Blake"),
    ),
    # a title alone against a holder of another office
    (
        '"The water is safe to drink again," Mayor Linda Castellanos told reporters.',
        '"The water is safe to drink again," the governor said.',
        ("Linda Castellanos", "the governor"),
    ),
    # the words split around the attribution in one source
    (
        '"He lied to everyone," prosecutor James Whitcombe said, "and he lied to the court."',
        '"He lied to everyone, and he lied to the court," said Inspector Rachel Doyle.',
        ("James Whitcombe", "Rachel Doyle"),
    ),
    # over two sentences in one, the first alone in the other
    (
        'Fire chief Mark Olsen said: "The blaze is contained. Crews will stay overnight."',
        'Deputy mayor Ellen Brandt said: "The blaze is contained."',
        ("Mark Olsen", "Ellen Brandt"),
    ),
    # lightly reworded: a contraction and a word changed
    (
        '"We will not rest until the last family is back home," said Governor Paula Ruiz.',
        '"We won\'t rest until every family is back home," said Mayor Daniel Ortega.',
        ("Paula Ruiz", "Daniel Ortega"),
    ),
]


@pytest.mark.parametrize(("a", "b", "names"), TWO_PEOPLE)
def test_a_quote_credited_to_another_person_is_a_conflict(tmp_path, a, b, names):
    said = _credited(tmp_path, a, b)
    assert len(said) == 1, said
    assert all(n in said[0] for n in names), said
    assert said[0].endswith("— conflict")


ONE_PERSON = [
    # an accent dropped
    (
        '"The ash cloud is moving north," said Sigrún Jónsdóttir of the Met Office.',
        '"The ash cloud is moving north," said Sigrun Jonsdottir of the Met Office.',
    ),
    # surname alone
    (
        'Prosecutor Amelia Hartwell told the jury: "He planned every step of it."',
        '"He planned every step of it," Hartwell said.',
    ),
    # the title alone, the same office
    (
        '"The water is safe to drink again," Governor Paula Ruiz told reporters.',
        '"The water is safe to drink again," the governor said.',
    ),
    # "he" after a sentence naming the same person as a source
    (
        "The head of civil protection, Paolo Dellera, said several victims were in their "
        'cars. "Nobody should have been on those roads," he told reporters.',
        'Paolo Dellera, the head of civil protection, said: "Nobody should have been on '
        'those roads."',
    ),
]


@pytest.mark.parametrize(("a", "b"), ONE_PERSON)
def test_one_person_written_two_ways_is_no_misattribution(tmp_path, a, b):
    assert _credited(tmp_path, a, b) == []


def test_he_after_a_sentence_that_only_names_someone_is_a_guess(tmp_path):
    a = (
        "Rescue chief Tomas Herrera led the teams at the pit head.\n\n"
        '"We will get every one of them out," he said.'
    )
    b = '"We will get every one of them out," said mine manager Carlos Ibanez.'
    assert _credited(tmp_path, a, b) == []


def test_he_after_a_sentence_naming_two_people_is_no_ground_for_a_conflict(tmp_path):
    a = (
        "Coach Anna Berg and captain Lars Moen met the press after the match. "
        '"We were not good enough tonight," he said.'
    )
    b = '"We were not good enough tonight," said goalkeeper Erik Dahl.'
    assert _credited(tmp_path, a, b) == []


def test_he_resolved_to_someone_the_sentence_before_does_not_name_is_a_guess(tmp_path):
    a = (
        'Mayor Rosa Lind said the storm had passed. "The worst is over," said the '
        "forecaster on duty.\n\n"
        "Roads in the north stayed closed overnight. "
        '"Nobody should drive tonight," he said.'
    )
    b = '"Nobody should drive tonight," said police chief Ivan Holm.'
    assert _credited(tmp_path, a, b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            '"Our engineers will stay right here in Leeds," said chief executive Jonathan '
            "Pryce. The share price rose.",
            '"Our engineers will stay right here in Leeds," said chief executive Jonathan Price.',
        ),
        (
            '"The ward will open in May," said chief nurse Helen Baker. Bread and a baker '
            "were brought in.",
            '"The ward will open in May," said chief nurse Helen Bakker.',
        ),
    ],
)
def test_a_misspelled_speaker_is_a_spelling_to_correct(tmp_path, a, b):
    """Where the spelling rows pass over the name (a surname also written as a
    word), the quote shows the misspelling — as a spelling, not two people."""
    said = _credited(tmp_path, a, b)
    assert said, said
    assert all("one person, the name spelled two ways" in s for s in said), said
    assert not any(" but to " in s for s in said), said


def test_a_misspelled_speaker_the_spelling_rows_flag_is_flagged_once(tmp_path):
    a = '"What people need most now is water and tents," said Andrés Cevallos of the Red Cross.'
    b = '"What people need most now is water and tents," said Andrés Ceballos of the Red Cross.'
    found = analyse_bodies(tmp_path, a, b).discrepancies
    assert [d.kind for d in found if d.verdict.value == "conflict"] == ["name"], [
        (d.kind, d.explanation) for d in found
    ]
