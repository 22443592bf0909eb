"""An attribution conflict needs both speakers named where the words are
credited. A fresh trial met five quote attribution conflicts, all wrong: a
quote over two lines closed by 'said DeGeneres' credited to the producer
quoted a paragraph before; 'she added' read as the last person named; 'King'
and 'team president Billy King' compared as organisations whose keys shared
no word ("org:king")."""

from __future__ import annotations

import pytest

from workbench.facts.quote.find import find_quotes
from workbench.facts.quote.match import speakers_differ


def speaker(text: str, words: str):
    (q,) = [q for q in find_quotes(text) if words in q.text]
    return q.speaker


CAROL = '"We will rebuild the bridge by spring," Mayor Carol Diaz said on Monday.'

GUESSED = [
    # a quote carried over from a paragraph whose quote had another speaker
    (
        '"We are thrilled to welcome her," said producers Ann Holt and Ben Roy.\n'
        '"We will rebuild the bridge by spring.\n'
        'It is what the town deserves," said Diaz.'
    ),
    # "she" after another person was named
    (
        "Council leader Tom Baker spoke first.\n"
        '"We will rebuild the bridge by spring," she added in a statement.'
    ),
    # "he" with nobody named before
    '"We will rebuild the bridge by spring," he said.',
    # a paragraph of quote with no attribution after a quoted paragraph
    ('"The river rose fast," engineer Raj Patel said.\n"We will rebuild the bridge by spring."'),
]


@pytest.mark.parametrize("text", GUESSED)
def test_a_guessed_speaker_never_makes_an_attribution_conflict(text):
    assert not speakers_differ(speaker(CAROL, "bridge"), speaker(text, "bridge"))


@pytest.mark.parametrize(
    "other",
    [
        '"We will rebuild the bridge by spring," Diaz said.',
        '"We will rebuild the bridge by spring," said Mayor Diaz.',
        'Mayor Carol Diaz said: "We will rebuild the bridge by spring."',
    ],
)
def test_one_person_named_in_other_ways_is_not_a_conflict(other):
    assert not speakers_differ(speaker(CAROL, "bridge"), speaker(other, "bridge"))


@pytest.mark.parametrize(
    "a, b",
    [
        ('"Mo is family," King said.', 'Team president Billy King said: "Mo is family."'),
        ('"Rates stay," the Fed said.', 'The Federal Reserve Fed said: "Rates stay."'),
    ],
)
def test_a_title_like_name_alone_and_in_full_is_one_speaker(a, b):
    assert not speakers_differ(
        speaker(a, "family" if "Mo" in a else "Rates"),
        speaker(b, "family" if "Mo" in b else "Rates"),
    )


@pytest.mark.parametrize(
    "other",
    [
        '"We will rebuild the bridge by spring," council leader Tom Baker said.',
        'Governor Ruth Ames said: "We will rebuild the bridge by spring."',
        '"We will rebuild the bridge by spring," said Tom Baker, the council leader.',
    ],
)
def test_two_people_named_for_the_same_words_still_conflict(other):
    assert speakers_differ(speaker(CAROL, "bridge"), speaker(other, "bridge"))


@pytest.mark.parametrize(
    "closing",
    [
        'It is what the town deserves," said Diaz.',
        'It is what the town deserves," Carol Diaz said.',
    ],
)
def test_a_quote_over_two_paragraphs_is_credited_at_its_close(closing):
    text = (
        '"We are thrilled," said producers Ann Holt and Ben Roy.\n'
        f'"We will rebuild the bridge by spring.\n{closing}'
    )
    assert speaker(text, "bridge").name.endswith("Diaz")
    assert speaker(text, "thrilled").key in ("roy", "holt")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ('"We are thrilled," said Holt and Roy jointly.', 'Holt and Roy added: "We are thrilled."'),
        ('"We are thrilled," said Ann Holt and Ben Roy.', '"We are thrilled," Roy said.'),
        ('Producers Ann Holt & Ben Roy said: "We are thrilled."', '"We are thrilled," said Holt.'),
    ],
)
def test_words_credited_to_two_people_jointly_are_not_set_one_against_the_other(a, b):
    """A fresh reader: "said Zadan and Meron jointly" read as Zadan, "Zadan and
    Meron added:" as Meron, and called a misattribution."""
    sa, sb = speaker(a, "thrilled"), speaker(b, "thrilled")
    assert " and " in sa.text or "&" in sa.text
    assert not speakers_differ(sa, sb)


@pytest.mark.parametrize(
    "platform",
    [
        'Ann Holt made the announcement on Twitter on Friday and said: "We are thrilled."',
        'Holt posted on Instagram and said: "We are thrilled."',
        'In a video on YouTube, Ann Holt said: "We are thrilled."',
    ],
)
def test_a_platform_the_words_appeared_on_is_not_who_said_them(platform):
    """A trial's 11 reports: 'made the announcement on Twitter … and said:'
    credited the quote to Twitter, against DeGeneres in another report."""
    other = speaker('"We are thrilled," Ann Holt said on Friday.', "thrilled")
    assert not speakers_differ(speaker(platform, "thrilled"), other)
