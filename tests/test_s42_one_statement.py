"""Only one statement told two ways is an altered quote (session 42, user
trial 48 on ECB+ 09: five of eight quote conflicts were unrelated quotes).

- Two speakers surely not one person ('said Locke' / 'Obama said', 'he' named
  by the sentence before, a surname read as a body) each make their own
  remark: reworded words are no altered quote, while the same words stay a
  pair (the attribution rows ask who said them).
- With a speaker unknown, shared boilerplate ('of the Endangered Species Act')
  is no evidence: the versions must share content words outside names and
  titles.
- An article that prints the first wording word for word elsewhere holds its
  right partner: a reworded quote of it gives way.
- A title in quotation marks ('"Catching Fire"') is no quotation.
- Every quote explanation says who speaks each version.
Cases made up: a harbour, a dam, a vaccine, a rail line, a film festival.
"""

from __future__ import annotations

import pytest
from conftest import analyse_bodies

from workbench.facts.quote.find import find_quotes
from workbench.facts.quote.statement import (
    content_words,
    shared_content,
    speakers_apart,
    two_statements,
)
from workbench.facts.quote.titled import quoted_title


def _quote_flags(tmp_path, a: str, b: str) -> list:
    found = analyse_bodies(tmp_path, a, b).discrepancies
    return [d for d in found if d.kind == "quote"]


def _last(text: str):
    return find_quotes(text)[-1]


# Two named speakers, each their own remark on one subject, worded alike in part.
TWO_SPEAKERS = [
    (
        "The harbour reopened on Monday after the storm.\n\n"
        '"For years, the harbour wall has protected the fishing fleet and its moorings," '
        "said harbourmaster Ines Duarte.",
        "The harbour reopened on Monday after the storm.\n\n"
        '"For more than twenty years, the harbour wall has successfully protected our '
        "town's whole fishing fleet,\" Mayor Paolo Brandt said.",
    ),
    (  # the second speaker credited before the words, the first after
        "Water was released from the dam overnight.\n\n"
        'Engineer Sofia Lindqvist said: "The spillway gates opened at midnight and the '
        'river rose slowly through the valley."',
        "Water was released from the dam overnight.\n\n"
        '"The spillway gates were opened before midnight and the river rose quickly '
        'below the town," said regional governor Tomas Ekberg.',
    ),
    (  # 'she' named by the sentence right before
        "The vaccine drive began in the north.\n\n"
        "Health director Amara Osei visited the first clinic on Tuesday. "
        '"Every child in the district will be offered the vaccine by the end of '
        'the month," she said.',
        "The vaccine drive began in the north.\n\n"
        '"Every school in the region will have been offered the new vaccine by the '
        'summer," said Education Minister Karl Vogt.',
    ),
]


@pytest.mark.parametrize(("a", "b"), TWO_SPEAKERS)
def test_reworded_quotes_of_two_speakers_are_no_altered_quote(tmp_path, a, b):
    assert not [d for d in _quote_flags(tmp_path, a, b) if d.verdict.value == "conflict"]


def test_the_same_words_under_two_names_stay_a_pair():
    a = _last('"The harbour wall held through the night," said harbourmaster Ines Duarte.')
    b = _last('"The harbour wall held through the night," Mayor Paolo Brandt said.')
    assert speakers_apart(a.speaker, b.speaker)
    assert not two_statements(a, b)  # one quotation: who said it is the question


def test_a_word_changed_under_two_names_stays_a_pair():
    a = _last('"We will not rest until every family is home," said Ines Duarte.')
    b = _last('"We won\'t rest until the last family is home," said Paolo Brandt.')
    assert not two_statements(a, b)


def test_one_person_under_two_credits_is_not_apart():
    a = _last("Mayor Paolo Brandt spoke first. " + '"The wall held," said Paolo Brandt.')
    b = _last('"The wall held," Mr Brandt said.')
    assert not speakers_apart(a.speaker, b.speaker)


def test_a_descriptor_or_a_guess_is_never_apart():
    a = _last('"The gates opened at midnight," a spokesman said.')
    b = _last('"The gates opened at midnight," said Sofia Lindqvist.')
    assert not speakers_apart(a.speaker, b.speaker)
    guessed = _last(
        '"It was calm," said Sgt. Marta Ruiz.\nThe engineer came back.\n'
        '"The gates opened at midnight," he said.'
    )
    assert not speakers_apart(guessed.speaker, b.speaker)


# An unattributed fragment sharing only a name or a title with another quote.
BOILERPLATE = [
    (
        'The order asks whether the rule serves "the purposes of the [Clean Water Act]."',
        '"This is such a departure from the spirit and the letter of the Clean Water Act '
        'that its drafters would not recognise it."',
    ),
    (
        'The board will study "the long-term funding of the Northern Rail Line".',
        '"Nobody should doubt the safety of the Northern Rail Line," said Transport '
        "Secretary Hal Moreno.",
    ),
    (
        'Organisers promised "a celebration worthy of the Venice Film Festival".',
        '"The jury has been chosen with the care the Venice Film Festival deserves," '
        "President Anna Ricci said.",
    ),
]


@pytest.mark.parametrize(("a", "b"), BOILERPLATE)
def test_shared_names_are_no_evidence_of_one_statement(a, b):
    qa, qb = _last(a), _last(b)
    assert not shared_content(qa, qb)
    assert two_statements(qa, qb)


@pytest.mark.parametrize(("a", "b"), BOILERPLATE)
def test_shared_names_make_no_quote_flag(tmp_path, a, b):
    intro = "The agency published its review on Friday.\n\n"
    assert not _quote_flags(tmp_path, intro + a, intro + b)


def test_names_and_titles_are_not_content_words():
    q = _last('"President Obama will protect the Endangered Species Act," he said.')
    assert content_words(q) == {"protect"}


# One statement transcribed two ways, one speaker unknown: content words shared.
ONE_STATEMENT = [
    (
        'The minister had said "we should be looking at ways to strengthen the harbour '
        'wall, not weaken it."',
        '"We should be looking for ways to improve the harbour wall, not weaken it," '
        "Mayor Paolo Brandt said.",
    ),
    (
        'The notice said "trains will run every twenty minutes until the line reopens".',
        '"Trains will run every half hour until the line reopens," said Hal Moreno.',
    ),
]


@pytest.mark.parametrize(("a", "b"), ONE_STATEMENT)
def test_one_statement_with_a_speaker_unknown_stays_a_pair(a, b):
    qa, qb = _last(a), _last(b)
    assert shared_content(qa, qb)
    assert not two_statements(qa, qb)


@pytest.mark.parametrize(("a", "b"), ONE_STATEMENT)
def test_one_statement_reworded_is_still_flagged(tmp_path, a, b):
    intro = "The council met on Monday.\n\n"
    assert _quote_flags(tmp_path, intro + a, intro + b)


def test_a_verbatim_partner_wins_over_a_reworded_one(tmp_path):
    a = (
        "The line closed on Monday.\n\n"
        '"We will reopen the line once every bridge has been inspected," said Hal Moreno.'
    )
    b = (
        "The line closed on Monday.\n\n"
        '"We will reopen the line once every bridge has been inspected," said Hal Moreno.\n\n'
        "Later he was asked about the timetable.\n\n"
        '"We will reopen the whole line when every bridge has been checked and inspected '
        'by engineers," Moreno told reporters.'
    )
    assert not _quote_flags(tmp_path, a, b)


@pytest.mark.parametrize(
    "text",
    [
        'Fans queued for "Catching Fire", the studio said.',
        'The troops of "Operation Desert Storm" came home.',
        'Her novel "The Salt Road" won the prize, the jury said.',
        'He closed with his slogan "Build Back Better".',
    ],
)
def test_a_quoted_title_is_no_quotation(text):
    assert quoted_title(_last(text))


@pytest.mark.parametrize(
    "text",
    [
        '"We will rebuild," the mayor said.',
        'He called it "a total disgrace".',
        '"Nobody Move!" the guard shouted.',
        '"The gates opened at midnight and the river rose," she said.',
    ],
)
def test_words_said_are_no_title(text):
    assert not quoted_title(_last(text))


def test_two_outlets_naming_one_film_make_no_quote_or_attribution_flag(tmp_path):
    a = 'Fans queued all night for "Catching Fire", said Lionsgate.'
    b = 'Fans queued all night for "Catching Fire", said Reuters.'
    found = analyse_bodies(tmp_path, a, b).discrepancies
    assert not [d for d in found if d.kind in ("quote", "attribution")]


def test_a_quote_explanation_names_both_speakers(tmp_path):
    a = (
        "The harbour reopened on Monday.\n\n"
        '"The harbour wall held through the worst of the night," said Ines Duarte.'
    )
    b = (
        "The harbour reopened on Monday.\n\n"
        '"The harbour wall held through the worst night," said Ines Duarte.'
    )
    (flag,) = _quote_flags(tmp_path, a, b)
    assert "; both versions credited to Ines Duarte — " in flag.explanation
    assert flag.explanation.endswith(f" — {flag.verdict.value}")


def test_two_speakers_are_named_with_their_words(tmp_path):
    a = (
        "The harbour reopened on Monday.\n\n"
        '"The harbour wall held through the worst of the night," said Ines Duarte.'
    )
    b = (
        "The harbour reopened on Monday.\n\n"
        '"The harbour wall held through the night," said Paolo Brandt.'
    )
    (flag,) = _quote_flags(tmp_path, a, b)
    assert (
        "Ines Duarte: ‘The harbour wall held through the…’ / "
        "Paolo Brandt: ‘The harbour wall held through the…’"
    ) in flag.explanation


def test_an_unknown_speaker_is_said_so(tmp_path):
    a = (
        "The line closed on Monday.\n\n"
        'Passengers were told "trains will run every twenty minutes until the line reopens".'
    )
    b = "The line closed on Monday.\n\n" + ONE_STATEMENT[1][1]
    (flag,) = _quote_flags(tmp_path, a, b)
    assert "speaker not stated: ‘trains will run every twenty" in flag.explanation
    assert "Hal Moreno: ‘Trains will run every half" in flag.explanation


# A cut that drops a condition reads as unconditional: never a harmless cut.
CONDITIONS = [
    "if the inspection passes",
    "on condition that the inspectors sign it off",
    "so long as the bridges hold",
    "should the inspection pass",
    "contingent on a clean inspection",
    "provided the engineers agree",
    "unless the rain returns",
]


@pytest.mark.parametrize("condition", CONDITIONS)
def test_a_cut_that_drops_a_condition_is_a_conflict(condition):
    from workbench.facts.quote.compare import compare_quotes
    from workbench.model import Verdict

    long_text = f'"We will reopen the northern line {condition}," said Hal Moreno.'
    short_text = '"We will reopen the northern line," said Hal Moreno.'
    a, b = _last(long_text), _last(short_text)
    d = compare_quotes(a, b, "A", "B", (long_text, short_text))
    assert d is not None and d.verdict == Verdict.CONFLICT, d and d.explanation
    assert "carry a condition" in d.explanation
