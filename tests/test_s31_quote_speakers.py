"""Who said a quote, read as an editor reads it, and a shortened quote that is
"consistent" only when both sources credit one speaker (session 31).

The speaker is read through a reporting frame (the verb, then to whom, when,
where, how and "that" before the marks), after the marks in apposition, from
"according to", over a sentence that ends at the closing mark, and for "he" /
"she" from the one person the sentence before names. A descriptor ("a
baker", "Officials") is no name; a post written with a hyphen makes the
surname alone a person. A quote one source shortens faithfully is consistent
only when both credit one speaker: a side with no speaker, or two speakers
who may differ, leaves a question saying so. Cases made up: a port, a
hospital, a club, a flood, an airline, a school, a dam, a league.
"""

from __future__ import annotations

import pytest
from conftest import analyse_bodies

from workbench.facts.quote import compare_quotes
from workbench.facts.quote.find import find_quotes
from workbench.model import Verdict


def _speaker(text: str, words: str):
    """The speaker of the quote of ``text`` whose words start with ``words``."""
    for q in find_quotes(text):
        if q.words.startswith(words):
            return q.speaker
    raise AssertionError(f"no quote {words!r} in {[q.words for q in find_quotes(text)]}")


FRAMED = [
    # verb, recipient, day, "that", then the marks
    (
        "Harbour master Olu Bankole told journalists on Thursday that the port was "
        '"closed until further notice".',
        "closed until",
        "bankole",
    ),
    # verb, manner, time, "that"; the surname alone, the person introduced earlier
    (
        "Harbour master Olu Bankole inspected the quay. Bankole said in a radio interview "
        'late on Friday that "nobody will be charged for berthing".',
        "nobody will",
        "bankole",
    ),
    # an auxiliary between the name and the verb, the reporter's words before the marks
    (
        'Governor Ama Mensah has said the levy "will not rise again this decade".',
        "will not rise",
        "mensah",
    ),
    # "according to" opening the sentence, the speaker described in a clause
    (
        'According to Kerry Walsh, who spoke to the Dunmore Herald, "the dam held '
        'better than anyone hoped".',
        "the dam held",
        "walsh",
    ),
    # a descriptor before the name in apposition, after the words
    (
        '"Every pump in the valley is running," the fire chief of Dunmore, Kerry Walsh, said.',
        "every pump",
        "walsh",
    ),
    # the verb, a descriptor, then the name in apposition
    (
        '"The school will open its doors to every family," said the trust\'s chair, Hamid Qureshi.',
        "the school will",
        "qureshi",
    ),
    # a document the words are read from is no speaker: the person the frame names is
    (
        "Minister Sofia Brandt told parliament, according to the official record, that "
        '"no ward will close this winter".',
        "no ward will",
        "brandt",
    ),
    # the name first, two clauses saying who she is, then the verb
    (
        "Ines Vidal, head of the Lakeside school board, a body elected last spring, "
        'told parents at a meeting on Monday evening that classes "resume on Wednesday".',
        "resume on",
        "vidal",
    ),
]


@pytest.mark.parametrize(("text", "words", "key"), FRAMED)
def test_the_speaker_of_a_reporting_frame_is_read(text, words, key):
    sp = _speaker(text, words)
    assert sp is not None and sp.key == key and sp.is_person


def test_a_woven_quote_is_the_frames_speaker_not_the_next_sentences():
    text = (
        "In a letter, Tomas Lind, the club's chairman, said the sale was "
        '"a necessary step for the next ten years". A spokeswoman for the league '
        "said it had not been told."
    )
    assert _speaker(text, "a necessary step").key == "lind"


def test_a_quote_closed_by_its_stop_then_a_new_sentence_keeps_its_frame():
    text = (
        'Coach Marta Ilves said: "We were beaten by a better side." '
        "The club's owner said he would back her."
    )
    assert _speaker(text, "we were beaten").key == "ilves"


def test_she_is_the_one_person_the_sentence_before_names():
    text = (
        "Priti Desai toured the flooded ward on Sunday with two engineers.\n\n"
        '"We lost every bed on the ground floor," she said.'
    )
    sp = _speaker(text, "we lost every bed")
    assert sp is not None and sp.key == "desai" and sp.name == "Priti Desai"


def test_he_after_a_source_described_at_length_is_that_source():
    text = (
        '"This is the worst night in the history of the port," said Joel Marsh, its '
        "operations manager.\n\n"
        "Anika Berg, chief inspector of the Coastal Safety Branch, an independent body "
        "set up after the 2011 collision in the outer harbour, said divers would search "
        "the hull.\n\n"
        '"It is far too early to say what sank her," she told reporters at the quay.'
    )
    assert _speaker(text, "it is far too early").key == "berg"


def test_a_hyphenated_post_makes_the_surname_alone_a_person():
    text = (
        "Director-General Ines Okonkwo opened the session in Nairobi.\n\n"
        '"No country can meet this alone," Okonkwo said.'
    )
    sp = _speaker(text, "no country")
    assert sp is not None and sp.is_person and sp.key == "okonkwo"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('Officials said "the bridge is safe to cross".', "the bridge"),
        ('"We heard the roof go," a baker told Reuters.', "we heard"),
        (
            'The governor, speaking at a briefing in Salem, said "the roads reopen at noon".',
            "the roads",
        ),
    ],
)
def test_a_descriptor_is_no_name(text, words):
    sp = _speaker(text, words)
    assert sp is not None and not sp.is_person and sp.key.startswith("desc:")
    assert "speaking" not in sp.key  # the head, not the clause describing it


def test_a_body_in_apposition_is_no_person():
    text = (
        'The carrier, Nordvik Air, said in a statement that the jet "had been fully '
        'serviced in March".'
    )
    sp = _speaker(text, "had been fully")
    assert sp is not None and not sp.is_person


# --- a faithful shortening is consistent only for one speaker ---------------

LONG = (
    '"We will keep the spillway open until the river falls, however long that takes," said {who}.'
)


def _versions(long_text: str, short_text: str, words: str):
    a = next(q for q in find_quotes(long_text) if q.words.startswith(words))
    b = next(q for q in find_quotes(short_text) if q.words.startswith(words))
    return compare_quotes(a, b, "The Valley Post", "Riverside News", (long_text, short_text))


def test_a_shortening_by_one_person_under_two_names_is_consistent():
    long_text = LONG.format(who="Secretary-General Ana Duarte")
    short_text = 'Ms Duarte said "we will keep the spillway open until the river falls".'
    diff = _versions(long_text, short_text, "we will keep")
    assert diff is not None and diff.verdict == Verdict.CONSISTENT


def test_a_shortening_whose_speaker_is_not_stated_is_a_question():
    long_text = LONG.format(who="engineer Paul Mbeki")
    short_text = 'Residents were told that "we will keep the spillway open until the river falls".'
    diff = _versions(long_text, short_text, "we will keep")
    assert diff is not None and diff.verdict == Verdict.UNRESOLVED
    assert "speaker of the quote in Riverside News is not stated" in diff.explanation
    assert "Paul Mbeki" in diff.explanation


def test_a_shortening_credited_to_another_person_is_a_question_naming_both():
    long_text = LONG.format(who="engineer Paul Mbeki")
    short_text = 'Mayor Rosa Lindqvist said "we will keep the spillway open until the river falls".'
    diff = _versions(long_text, short_text, "we will keep")
    assert diff is not None and diff.verdict == Verdict.UNRESOLVED
    assert "Paul Mbeki" in diff.explanation and "Rosa Lindqvist" in diff.explanation


@pytest.mark.parametrize(
    "short_text",
    [
        # a title alone, the post the other names her under
        'The mayor said "we will keep the spillway open until the river falls".',
        # her surname misspelt by a letter: the spelling rows flag the name
        'Rosa Lindkvist said "we will keep the spillway open until the river falls".',
        # "she", the sentence before naming her alone
        'Rosa Lindqvist walked the crest at dawn. She said "we will keep the '
        'spillway open until the river falls".',
    ],
)
def test_one_speaker_written_otherwise_keeps_a_shortening_consistent(short_text):
    long_text = LONG.format(who="Mayor Rosa Lindqvist")
    diff = _versions(long_text, short_text, "we will keep")
    assert diff is not None and diff.verdict == Verdict.CONSISTENT


def test_a_shortening_credited_by_an_agency_only_has_no_speaker():
    long_text = LONG.format(who="engineer Paul Mbeki")
    short_text = 'According to AFP, "we will keep the spillway open until the river falls".'
    diff = _versions(long_text, short_text, "we will keep")
    assert diff is not None and diff.verdict == Verdict.UNRESOLVED


# --- across whole articles ---------------------------------------------------


def test_two_officials_each_named_for_their_own_words_are_no_misattribution(tmp_path):
    a = (
        'League chairman Piet Haas said: "Clubs that break the wage cap will lose points, '
        'and the rule starts in August."'
    )
    b = (
        '"Any club over the cap will be docked points from the start of next season," '
        "said Carla Benz, the players' union secretary."
    )
    found = analyse_bodies(tmp_path, a, b).discrepancies
    assert not [d for d in found if d.kind == "attribution"]


def test_a_shortened_quote_credited_to_a_named_and_to_a_framed_person_conflicts(tmp_path):
    a = (
        'Chief executive Omar Reyes told analysts on Tuesday that "the plant will reopen '
        'by June, whatever the insurers decide".'
    )
    b = (
        '"The plant will reopen by June, whatever the insurers decide," works manager '
        "Lena Fisk said."
    )
    found = analyse_bodies(tmp_path, a, b).discrepancies
    credited = [d for d in found if d.kind == "attribution"]
    assert credited and "Omar Reyes" in credited[0].explanation
    assert not [d for d in found if d.kind == "quote" and d.verdict == Verdict.CONSISTENT]


def test_she_after_a_sentence_opening_with_her_is_her_not_the_last_source():
    text = (
        "Rescue chief Tomas Herrera said the teams were close to the lower level.\n\n"
        "Catherine Ellery, the mine's owner, apologised to the families on Monday.\n\n"
        '"We should have closed the shaft in March," she said.'
    )
    assert _speaker(text, "we should have closed").key == "ellery"


def test_he_is_not_someone_the_sentence_before_only_acts_on():
    text = (
        "Colonel Ravi Mehta said the convoy would leave at dawn. The blast injured "
        'Tomasz Nowak near the gate. "We will not be stopped," he said.'
    )
    assert _speaker(text, "we will not be stopped").key == "mehta"


def test_a_quote_after_a_source_of_its_own_paragraph_is_that_sources():
    text = (
        '"The water came up to the second floor," said Mayor Tomas Reyes.\n\n'
        "Lucia Paz, 71, who runs a bakery on the square, said she had lost her ovens. "
        '"I have nothing left to sell," she told us, then: "Nothing at all."\n\n'
        "Dolores Vega, 64, a retired nurse, said she slept on the roof. "
        '"We waited for the boats all night."'
    )
    assert _speaker(text, "we waited for the boats").key == "vega"


def test_a_counsels_letters_are_no_surname():
    text = 'Prosecutor Nicholas Brandreth KC told the jury: "He planned every step."'
    assert _speaker(text, "he planned").key == "brandreth"
