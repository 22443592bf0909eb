"""Words woven after a verb that says what the speaker called something
(issue 11, session 37): "Pavel Strunjak … called the outcome "a landslide,
and a mandate without conditions attached"" (authored election, 05) had no
speaker, so a report giving the same words to another person was never set
against it. Cases made up: a strike, an estate, a report, a storm, a club.
"""

from __future__ import annotations

import pytest
from conftest import courier_gazette

from workbench.facts.quote import find_quotes
from workbench.model import Verdict

CALLED = [
    (
        "Pavel Strunjak, a political scientist at Vardeno University, called the outcome "
        '"a landslide, and a mandate without conditions attached".',
        "strunjak",
    ),
    ('Union chief Ana Pires described the offer as "an insult to every driver".', "pires"),
    ('Mayor Tom Hale branded the decision "a betrayal of every family on the estate".', "hale"),
    ('Ana Pires dismissed the report as "a whitewash written by the company".', "pires"),
    ("Forecaster Lea Moss called it “the wettest week we have on record”.", "moss"),
    ("The club's owner, Ray Dunn, labelled the ban “a disgrace to the league”.", "dunn"),
]


@pytest.mark.parametrize(("text", "key"), CALLED)
def test_words_woven_after_called_are_the_subjects(text, key):
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.key == key, q.speaker


NOBODY = [
    # no thing called between the verb and the marks: the object is the quote's
    'The council passed a decision critics called "reckless and rushed".',
    # a passive: who described it is not the subject
    'The fire was described as "the worst in a decade" by officials.',
]


@pytest.mark.parametrize("text", NOBODY)
def test_a_frame_with_no_object_credits_nobody(text):
    (q,) = find_quotes(text)
    assert q.speaker is None, q.speaker


def test_the_same_words_called_by_one_and_said_by_another_are_a_misattribution(tmp_path):
    a = 'Mayor Tom Hale branded the decision "a betrayal of every family on the estate".'
    b = '"A betrayal of every family on the estate," said Ana Pires, the union chief.'
    flags = [d for d in courier_gazette(tmp_path, a, b) if d.kind == "attribution"]
    assert [d.verdict for d in flags] == [Verdict.CONFLICT], flags
