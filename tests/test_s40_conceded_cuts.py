"""Partial quotes that drop a clause conceded before a 'but', or a refusal to
comment told as a judgement (session 40, issue 11: unresolved precision).

Readers of the authored blackout, transit strike, police raids and oil spill
events judged every such cut left as a question wrong or borderline: in "A, but
B" both clauses are said, and what A carries (a negation, a hedge) governs A,
so B quoted alone keeps its meaning; ", and it would be wrong to speculate"
adds nothing, as ", and we will not speculate" does not. Cases are made up; the
patterns are the readers'."""

from __future__ import annotations

import pytest

from workbench.facts.quote.compare import compare_quotes
from workbench.facts.quote.conceded import after_concession
from workbench.facts.quote.cutwords import refusal_in
from workbench.facts.quote.find import find_quotes
from workbench.model import Verdict


def _diff(long_text: str, short_text: str):
    (a,) = find_quotes(long_text)
    (b,) = find_quotes(short_text)
    return compare_quotes(a, b, "A", "B", (long_text, short_text))


@pytest.mark.parametrize(
    ("long_text", "short_text"),
    [
        (  # the concession dropped, the kept clause starts right after 'but'
            "“The pumps worked exactly as designed, but the levee gave way where nobody "
            "expected,” Ferris told reporters.\n",
            "Ferris admitted that “the levee gave way where nobody expected” and promised "
            "an inquiry.\n",
        ),
        (  # a negated concession; the reporter gives the subject and auxiliary
            "“We have not caught everyone, but we have arrested the ringleaders,” Nkosi said.\n",
            "Nkosi said officers had “arrested the ringleaders”.\n",
        ),
        (  # the reporter writes the words between 'but' and the quote himself
            "“None of the nurses wanted to walk out, but a rise below inflation is a cut "
            "in all but name,” Ibe said.\n",
            "Ibe said a rise below inflation was “a cut in all but name”.\n",
        ),
        (  # the kept clause quoted as a sentence of its own
            "“We lost the first hour to the wrong map, but the crews reached every "
            "village by nightfall,” Ruiz said.\n",
            "“The crews reached every village by nightfall,” Ruiz said.\n",
        ),
    ],
)
def test_a_concession_cut_before_but_is_a_faithful_shortening(long_text, short_text):
    d = _diff(long_text, short_text)
    assert d is not None
    assert d.verdict == Verdict.CONSISTENT, d.explanation
    assert "a 'but'" in d.explanation and "shortened; meaning kept" in d.explanation


@pytest.mark.parametrize(
    ("long_text", "short_text"),
    [
        (  # no clause break: 'not A but B' corrects, the negation reaches B
            "“The fault was not the relay but the software in the control room,” Amadi said.\n",
            "Amadi blamed “the software in the control room”.\n",
        ),
        (  # the conceded clause hedges the speaker's certainty
            "“I cannot promise anything yet, but we will be open by Monday,” Lisle said.\n",
            "Lisle said “we will be open by Monday”.\n",
        ),
        (  # a few words answering for the kept ones, no clause of their own
            "“Not yet, but the line will reopen soon,” said Mayor Ida Brun.\n",
            "“The line will reopen soon,” said Mayor Ida Brun.\n",
        ),
        (  # a hedge after the 'but' governs the kept words
            "“The rain has stopped, but we will probably reopen the road on Friday,” Kaur said.\n",
            "Kaur said officials would “reopen the road on Friday”.\n",
        ),
    ],
)
def test_a_cut_the_concession_does_not_explain_stays_flagged(long_text, short_text):
    d = _diff(long_text, short_text)
    assert d is not None
    assert d.verdict != Verdict.CONSISTENT, d.explanation


def test_after_concession_reads_the_words_after_the_but():
    head = ["we", "have", "not", "caught", "everyone", "but", "we", "have"]
    assert after_concession(head, frozenset({5}), [])
    assert not after_concession(head, frozenset(), [])  # no break before 'but'
    assert not after_concession(
        ["we", "have", "not", "caught", "everyone", "but", "we", "may"], frozenset({5}), []
    )
    told = ["nobody", "wanted", "this", "strike", "but", "a", "rise", "below", "inflation", "is"]
    assert after_concession(told, frozenset({4}), ["said", "a", "rise", "below", "inflation"])
    assert not after_concession(told, frozenset({4}), ["said"])
    assert not after_concession(["not", "yet", "but", "we", "will"], frozenset({2}), [])


@pytest.mark.parametrize(
    "tail",
    [
        "and it would be wrong to speculate",
        "and it is far too early to comment",
        "and it would be irresponsible to speculate",
        "so it is premature to discuss",
    ],
)
def test_a_refusal_told_as_a_judgement_of_commenting(tail):
    assert refusal_in(tail.split())


@pytest.mark.parametrize(
    "tail", ["and it would be wrong to close the road", "and it is early to bed for all of us"]
)
def test_a_judgement_of_something_else_is_no_refusal(tail):
    assert not refusal_in(tail.split())


@pytest.mark.parametrize(
    ("long_text", "short_text"),
    [
        (
            "“We do not yet know what caused the fire, and it would be wrong to "
            "speculate,” Pohl said.\n",
            "“We do not yet know what caused the fire,” Pohl said on Tuesday.\n",
        ),
        (
            "“The divers found the hull intact, and it is too early to comment on the "
            "cause,” Brandt said.\n",
            "“The divers found the hull intact,” Brandt said.\n",
        ),
    ],
)
def test_a_quote_cut_before_a_judged_refusal_is_consistent(long_text, short_text):
    d = _diff(long_text, short_text)
    assert d is not None
    assert d.verdict == Verdict.CONSISTENT, d.explanation


def test_a_quote_cut_before_a_judgement_of_a_plan_stays_a_question():
    d = _diff(
        "“The bridge passed its inspection, and it would be wrong to close it,” Pohl said.\n",
        "“The bridge passed its inspection,” Pohl said.\n",
    )
    assert d is not None
    assert d.verdict == Verdict.UNRESOLVED, d.explanation


def _speaker(text: str):
    (q,) = find_quotes(text)
    return q.speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # a frame of a repeated remark; the next sentence's "She … said who" is no credit
            "Ilse Varnholt, 57, the chief executive, has repeated her admission that "
            '"the system did not hold together as it should have". She has not yet said '
            "who set the protection.\n",
            "Ilse Varnholt",
        ),
        (
            'Coach Dan Mireles repeated that "nobody is bigger than the club". He did not '
            "say who he meant.\n",
            "Dan Mireles",
        ),
        (  # "she" after a sentence that opens on a person's words
            "Yet Commissioner Irena Valdt's own assessment was more cautious. She said "
            'police had "taken out its leadership" but had not finished the job.\n',
            "Irena Valdt",
        ),
        (
            'Mayor Ana Ruiz\'s reply was blunt. "We will not pay for a second bridge," she said.\n',
            "Ana Ruiz",
        ),
    ],
)
def test_the_speaker_of_a_partial_quote_is_read_from_its_own_frame(text, name):
    sp = _speaker(text)
    assert sp is not None and sp.name == name


@pytest.mark.parametrize(
    "text",
    [
        'Apple\'s statement was brief. "We will not pay for a second bridge," she said.\n',
        '"The system did not hold together". She said nothing more about it.\n',
    ],
)
def test_no_person_is_made_up_for_a_quote(text):
    sp = _speaker(text)
    assert sp is None or not sp.name
