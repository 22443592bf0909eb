"""Quoting fewer whole sentences of a quotation is not an alteration (eng35).

Once a quotation that runs over several sentences is read whole (quote/runs.py),
a source that quotes only its first sentence, or its last ones, was flagged
"stops the quote after …" on real copy (ECB+ halves, about thirty new notes);
nothing the speaker said was changed, one source simply printed fewer
sentences. A cut inside a sentence (the lead-in policy, "Since Monday we will
…"), and changed words inside the shared sentences, are still shown.

And the convention that a new quoted paragraph after '," he said.' goes on with
the same quotation holds whether or not "he" was resolved to a person: read
once joined and once in pieces, one source's whole quotation used up the
other's first sentence and the sentence with the changed words was never
compared (dev2, 31_ecb)."""

from __future__ import annotations

import pytest

from workbench.facts.quote.compare import compare_quotes
from workbench.facts.quote.find import find_quotes
from workbench.model import Verdict


def _one(text: str):
    qs = find_quotes(text)
    assert len(qs) == 1, [q.words for q in qs]
    return qs[0]


WHOLE = [
    (  # the first sentence of a quotation carried over a mark-less line
        "“We are proud to host the final for the second time.\n"
        "You know what they say, the third time is lucky,” the chairman said.\n",
        "“We are proud to host the final for the second time,” the chairman said.\n",
    ),
    (  # the first sentence, the quotation resumed after its attribution
        "“The bridge is safe to cross,” engineer Tom Hale said.\n"
        "“We checked every cable twice and found nothing wrong.”\n",
        "“The bridge is safe to cross,” engineer Tom Hale told reporters.\n",
    ),
    (  # the last sentences only (a cut at the start, on a sentence's end)
        "“Nobody saw it coming! The river rose in an hour. "
        "We lost the ground floor,” Maria Lopez said.\n",
        "“The river rose in an hour. We lost the ground floor,” said Maria Lopez.\n",
    ),
    (  # a middle sentence, by the paragraph convention on the long side
        "“We had planned for a long winter.\n"
        "“Nobody planned for three storms in a week.\n"
        "“The budget is gone,” Mayor Ellen Ruiz said.\n",
        "“Nobody planned for three storms in a week,” Mayor Ellen Ruiz said.\n",
    ),
]


@pytest.mark.parametrize(("long_text", "short_text"), WHOLE)
def test_fewer_whole_sentences_of_one_quotation_are_not_flagged(long_text, short_text):
    long, short = _one(long_text), _one(short_text)
    assert len(short.tokens) < len(long.tokens)
    assert compare_quotes(long, short, "A", "B") is None
    assert compare_quotes(short, long, "B", "A") is None


CUT_INSIDE = [
    (  # stops inside the sentence: the rest of it may carry the meaning
        "“We will rebuild every home in the town by spring. It will take years,” she said.\n",
        "“We will rebuild every home in the town,” she said.\n",
    ),
    (  # an abbreviation's stop is not a sentence's end
        "“We asked the U.S. Army for help and they came at night,” the mayor said.\n",
        "“We asked the U.S.,” the mayor said.\n",
    ),
    (  # starts inside the sentence after a lead-in (policy kept: a question)
        "“Since Monday we will rebuild every home. The town deserves it,” she said.\n",
        "She said that “we will rebuild every home.”\n",
    ),
]


@pytest.mark.parametrize(("long_text", "short_text"), CUT_INSIDE)
def test_a_cut_inside_a_sentence_is_still_a_question(long_text, short_text):
    diff = compare_quotes(_one(long_text), _one(short_text), "A", "B")
    assert diff is not None and diff.verdict == Verdict.UNRESOLVED and diff.kind == "truncated"


def test_two_sources_quoting_other_whole_sentences_of_one_quotation_agree():
    a = _one("“The river rose in an hour. We lost the ground floor,” Maria Lopez said.\n")
    b = _one("“We lost the ground floor. The insurers have not called,” Maria Lopez said.\n")
    assert compare_quotes(a, b, "A", "B") is None


def test_a_word_changed_inside_the_shared_sentences_is_still_a_conflict():
    a = _one("“The river rose in an hour. We lost the whole ground floor,” Maria Lopez said.\n")
    b = _one("“We lost the ground floor. The insurers have not called,” Maria Lopez said.\n")
    diff = compare_quotes(a, b, "A", "B")
    assert diff is not None and diff.verdict == Verdict.CONFLICT
    assert "whole" in diff.explanation


@pytest.mark.parametrize("credit", ["he said", "she told reporters", "they said"])
def test_a_quotation_resumed_after_an_unresolved_pronoun_is_one_quotation(credit):
    text = (
        "The crowd had gone home.\n"
        f"“I felt like there was a lot of pressure,” {credit}.\n"
        "“I did not want to focus on the record.\n"
        "We had a game to win.”\n"
    )
    qs = find_quotes(text)
    assert [q.words for q in qs] == [
        "i felt like there was a lot of pressure i did not want to focus on the record "
        "we had a game to win"
    ]


def test_a_new_quotation_credited_to_someone_else_is_not_joined():
    text = (
        "“I felt like there was a lot of pressure,” he said.\n"
        "“He handled it well,” coach Roy Williams said.\n"
    )
    assert len(find_quotes(text)) == 2


def test_a_quotation_credited_to_another_speaker_in_the_paragraph_is_not_joined():
    qs = find_quotes("“The dam held,” Ruiz said. “It did not,” Tom Hale said.\n")
    assert [(q.words, q.speaker.name) for q in qs] == [
        ("the dam held", "Ruiz"),
        ("it did not", "Tom Hale"),
    ]


@pytest.mark.parametrize(
    ("a_text", "b_text", "a_words"),
    [  # the changed words run to the end of the sentence on the longer side
        (
            "“The ground shook and everything fell off the shelves,” said Rina Sari.\n",
            "“The ground shook and everything came crashing down,” said Rina Sari.\n",
            "fell off the shelves",
        ),
        (
            "“Then the lights went out across the whole valley. We waited,” Hale said.\n",
            "“Then the lights went dark. We waited,” Hale said.\n",
            "out across the whole valley",
        ),
    ],
)
def test_words_changed_at_a_quotes_end_are_shown_to_their_sentences_end(a_text, b_text, a_words):
    diff = compare_quotes(_one(a_text), _one(b_text), "A", "B")
    assert diff is not None and diff.verdict == Verdict.CONFLICT
    assert f"A has '{a_words}'" in diff.explanation


def test_a_changed_word_before_a_longer_run_on_is_still_only_that_word():
    # "by a fifth" / "by a third. Rationing …": the next sentence is a different cut
    diff = compare_quotes(
        _one("“Prices will rise by a fifth,” the minister said.\n"),
        _one(
            "“Prices will rise by a third. Rationing starts on Monday for everyone in the "
            "north,” the minister said.\n"
        ),
        "A",
        "B",
    )
    assert diff is not None and diff.verdict == Verdict.CONFLICT
    assert "A has 'fifth' where B has 'third'" in diff.explanation
