"""Speakers as an editor reads them (issue 11, point 4): one person under many
names, descriptors and function words that are not names, agencies and
outlets that reported the words rather than said them."""

from __future__ import annotations

import pytest

from workbench.facts.quote import Speaker, claim_source, find_quotes, speakers_differ
from workbench.facts.quote.names import outlet_key, same_person


def speaker(text: str) -> Speaker:
    (q,) = find_quotes(text)
    assert q.speaker is not None, text
    return q.speaker


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mark Heller", "Mark Jay Heller"),  # a middle name
        ("Mark J. Heller", "Mark Heller"),  # a middle initial
        ("Secretary-General António Guterres", "António Guterres"),  # a hyphenated title
        ("Mr Guterres", "António Guterres"),  # an honorific
        ("Sen. Elizabeth Warren", "Warren"),  # an abbreviated title
        ("Xi Jinping", "Xi"),  # the family name first
        ("Bob Smith", "Robert Smith"),  # a short form of the given name
        ("Martin Luther King Jr.", "Martin Luther King"),  # a suffix
        ("Mr King", "Martin Luther King"),  # a surname that is also a title word
        ("Heller's", "Mark Heller"),  # the possessive
        ("Vincent DelGiudice", "Judge Vincent Del Giudice"),  # a surname open or closed
        # letters a wire's plain alphabet lacks, written out or left plain
        ("Henrik Kjærgaard", "Henrik Kjaergaard"),
        ("Mette Sørensen", "Mette Soerensen"),
        ("Mette Sørensen", "Mette Sorensen"),
        ("Chief Executive Ida Åström", "Ida Aastroem"),
        ("Lech Wałęsa", "Lech Walesa"),
        ("Sigrún Guðmundsdóttir", "Sigrun Gudmundsdottir"),
    ],
)
def test_one_person_under_many_names(a, b):
    assert same_person(a, b)
    assert same_person(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mark Heller", "John Heller"),
        ("Mark Heller", "Mark Stein"),
        ("Sen. Elizabeth Warren", "Sen. Mitch McConnell"),
        ("Mark DelGiudice", "Vincent Del Giudice"),
        ("Mette Sørensen", "Mette Sorenson"),  # a letter off beside the foreign one
        ("Henrik Kjærgaard", "Henrik Kjergaard"),
    ],
)
def test_different_people_stay_different(a, b):
    assert not same_person(a, b)


def test_the_speaker_of_a_quote_is_the_name_not_a_clause():
    sp = speaker(
        "White told The Post a couple hours after a court hearing — where Lohan's lawyer "
        'Mark Heller said: "She is ensconced in the bosom of the facility."'
    )
    assert (sp.text, sp.name, sp.key, sp.is_person) == (
        "Mark Heller",
        "Mark Heller",
        "heller",
        True,
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We will appeal," Lohan\'s lawyer Mark Heller told reporters.', "Mark Heller"),
        ('"We will appeal," said Emily Carter of Montana State University.', "Emily Carter"),
        ('"We will appeal," Genesee County Sheriff Robert J. Pickell said.', "Robert J. Pickell"),
        ('And Mark Heller said: "We will appeal."', "Mark Heller"),
        ('"We will appeal," Mark Heller told CNN.', "Mark Heller"),
    ],
)
def test_the_name_inside_an_attribution(text, name):
    sp = speaker(text)
    assert sp.name == name and sp.is_person
    assert "said" not in sp.text and "told" not in sp.text


@pytest.mark.parametrize(
    "text",
    [
        '"The water came in fast," a shop owner told Reuters.',
        '"The water came in fast," officials said.',
        '"The water came in fast," a spokesperson said.',
        '"The water came in fast," Lohan\'s lawyer said.',
        '"The water came in fast," the former Canadian diplomat said.',
    ],
)
def test_descriptors_are_not_names(text):
    sp = speaker(text)
    assert not sp.is_person and sp.is_descriptor, sp
    other = speaker('"The water came in fast," Mayor Ana Ruiz said.')
    assert not speakers_differ(sp, other)


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("the Associated Press", "ap"),
        ("AP", "ap"),
        ("Reuters", "reuters"),
        ("Agence France-Presse", "afp"),
        ("The Post", "post"),
        ("The New York Post", "new york post"),
        ("CBS News", "cbs news"),
    ],
)
def test_agencies_and_outlets(phrase, key):
    assert outlet_key(phrase) == key


def test_a_person_named_like_a_paper_is_a_person():
    assert outlet_key("Emily Post") == ""
    assert speaker('"Manners matter," Emily Post said.').is_person


@pytest.mark.parametrize(
    "sentence",
    [
        "Lohan had checked into the clinic, according to the Associated Press.",
        "Lohan had checked into the clinic, AP said.",
        "Lohan had checked into the clinic, Reuters reported, according to AFP.",
    ],
)
def test_an_agency_reports_it_does_not_say(sentence):
    sp = claim_source(sentence, 0, {})
    assert sp is not None and sp.is_outlet and not sp.is_person
    person = claim_source("Lohan was settling in, Mark Jay Heller told a judge.", 0, {})
    assert person is not None and person.is_person
    assert not speakers_differ(sp, person)


def test_the_person_is_the_source_when_an_agency_reported_it():
    sp = claim_source("Lohan was settling in, Mark Heller told the judge, according to AP.", 0, {})
    assert sp is not None and sp.key == "heller"


def test_a_function_word_is_never_a_speaker():
    sp = claim_source("And Heller said the clinic was quiet.", 0, {})
    assert sp is not None and sp.name == "Heller"
    assert claim_source("Meanwhile said nothing about it.", 0, {}) is None


def test_pronoun_resolves_to_the_nearest_named_speaker():
    text = (
        "Lohan's lawyer Mark Jay Heller said she was doing well.\n\n"
        '"She is ensconced in the bosom of the facility," he told the judge.\n\n'
        'Prosecutor Danette Meyers said the judge was patient. "We are watching," she said.'
    )
    qs = find_quotes(text)
    assert [(q.speaker.name, q.speaker.key) for q in qs] == [
        ("Mark Jay Heller", "heller"),
        ("Danette Meyers", "meyers"),
    ]


def test_he_is_the_person_named_since_the_last_source():
    # The last source is Wetzler, but the story has moved back to the President.
    text = (
        "President Obama on Tuesday overturned the rule.\n"
        '"This restores protections," said Andrew Wetzler, a director at the council.\n'
        "Obama also helped celebrate the anniversary of the Interior Department.\n"
        '"This is a false choice," he told department employees.'
    )
    qs = find_quotes(text)
    assert [q.speaker.key for q in qs] == ["wetzler", "obama"]


def test_a_surname_introduced_under_a_title_is_a_person():
    text = 'President Obama spoke on Tuesday.\n"We will act," Obama said.'
    (q,) = find_quotes(text)
    assert q.speaker.is_person and q.speaker.key == "obama"


def test_a_source_named_with_where_they_work():
    text = (
        "Gordon Brown said markets fell.\n"
        "David Buik of BGC Partners commented on today's falls.\n"
        "“It's carnage,” he said."
    )
    (q,) = find_quotes(text)
    assert q.speaker.name == "David Buik"
    sp = claim_source("Shares fell sharply, David Buik of BGC Partners said.", 0, {})
    assert sp is not None and sp.key == "buik"


def test_it_is_not_resolved_to_a_person():
    text = 'President Obama spoke on Tuesday.\n"We will act," it said.'
    (q,) = find_quotes(text)
    assert q.speaker is None


def test_a_company_named_after_a_title_word_is_not_a_person():
    text = 'General Motors cut jobs on Monday.\nMotors shares fell.\n"It was a hard day," he said.'
    (q,) = find_quotes(text)
    assert q.speaker is None
