"""Quotations of several sentences compared sentence by sentence (issue 11,
trial 30). Cases are made up; the patterns are a fresh editor's and reviewers':

- whole sentences one source quotes in the middle of a quotation, and a
  sentence's lead-in one source leaves out, change no word of the sentences
  both quote;
- a contraction of "is", "has", "had" or "would" is the same words.
"""

from __future__ import annotations

import pytest

from workbench.facts.quote.compare import compare_quotes
from workbench.facts.quote.find import find_quotes
from workbench.model import Verdict


def _one(text: str):
    (q,) = find_quotes(text)
    return q


@pytest.mark.parametrize(
    ("a_text", "b_text"),
    [
        (  # a whole sentence in the middle of one version only
            "“The fire started in the kitchen,” Chief Moss said.\n“Two crews were there "
            "within minutes.\nNobody was inside.\n“We are still looking at the wiring and "
            "the gas line.”\n",
            "“The fire started in the kitchen,” Moss said.\n“We are still looking at the "
            "wiring and the gas line.”\n",
        ),
        (  # a sentence's lead-in left out inside a quotation of several sentences
            "“We played well in the first half,” Ortiz said.\n“To be honest, I thought we "
            "let the second half slip away from us.\nWe have to learn from it.”\n",
            "“We played well in the first half,” said Ortiz.\n“I thought we let the second "
            "half slip away from us.\nWe have to learn from it.”\n",
        ),
    ],
)
def test_sentences_and_lead_ins_one_source_leaves_out_are_no_alteration(a_text, b_text):
    assert compare_quotes(_one(a_text), _one(b_text), "A", "B") is None


def test_a_word_changed_beside_a_dropped_lead_in_is_still_named_alone():
    a = _one(
        "“We played well early,” Ortiz said.\n“One thing for me, I didn't want us to "
        "chase the record.\nWe had a game to win.”\n"
    )
    b = _one(
        "“We played well early,” said Ortiz.\n“I didn't want to chase the record.\n"
        "We had a game to win.”\n"
    )
    diff = compare_quotes(a, b, "A", "B")
    assert diff is not None and diff.verdict == Verdict.CONFLICT
    assert "'us'" in diff.explanation and "one thing" not in diff.explanation


@pytest.mark.parametrize(
    ("a_text", "b_text"),
    [
        (  # a word of the sentence's own cut from its start is a change
            "“The roof held.\nThree people died in the fire.”\n",
            "“The roof held.\nPeople died in the fire.”\n",
        ),
        (  # a turning word cut with a lead-in
            "“The roof held.\nUntil Monday, the road stays closed to trucks.”\n",
            "“The roof held.\nThe road stays closed to trucks.”\n",
        ),
    ],
)
def test_a_cut_that_can_change_a_sentence_is_still_shown(a_text, b_text):
    assert compare_quotes(_one(a_text), _one(b_text), "A", "B") is not None


@pytest.mark.parametrize(
    ("a_text", "b_text"),
    [
        ("“My daughter's been shot,” she said.\n", "“My daughter has been shot,” she said.\n"),
        ("“The mayor's leaving today,” he said.\n", "“The mayor is leaving today,” he said.\n"),
        ("“Ana'd never seen it,” he said.\n", "“Ana had never seen it,” he said.\n"),
    ],
)
def test_a_contraction_written_out_is_the_same_words(a_text, b_text):
    assert compare_quotes(_one(a_text), _one(b_text), "A", "B") is None
