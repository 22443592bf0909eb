"""Partial quotes that drop a clause before ', because' or ', so' (session 41,
issue 11: unresolved precision).

Readers of the authored transit strike judged every such cut left as a
question wrong: in "A, because B" and "A, so B" the speaker asserts B whatever
A carries ("today, not next week, because every day … costs jobs"), so B quoted
alone keeps its meaning. Without the comma the reason or outcome may sit under
A's negation ("did not resign because of the scandal"). Cases are made up; the
pattern is the readers'."""

from __future__ import annotations

import pytest

from workbench.facts.quote.compare import compare_quotes
from workbench.facts.quote.find import find_quotes
from workbench.facts.quote.reason import after_reason
from workbench.model import Verdict


def _diff(long_text: str, short_text: str):
    (a,) = find_quotes(long_text)
    (b,) = find_quotes(short_text)
    return compare_quotes(a, b, "A", "B", (long_text, short_text))


@pytest.mark.parametrize(
    ("long_text", "short_text"),
    [
        (  # a negation in the dropped clause, the kept words right after 'because'
            "“We have to settle this tonight, not in a month, because every closed "
            "ward costs lives,” said Dr Hanne Lind.\n",
            "Dr Hanne Lind warned that “every closed ward costs lives”.\n",
        ),
        (  # a hedge in the dropped clause; the kept clause quoted as a sentence
            "“The road may perhaps reopen on Friday, because the crews have cleared "
            "most of the debris,” Okoro said.\n",
            "“The crews have cleared most of the debris,” Okoro said.\n",
        ),
        (  # an outcome after ', so'; the reporter restates the subject and auxiliary
            "“We cannot keep the line open safely, so we are closing it at 6pm,” "
            "said Mayor Ines Valk.\n",
            "Mayor Ines Valk said the council was “closing it at 6pm”.\n",
        ),
    ],
)
def test_a_clause_cut_before_a_reason_is_a_faithful_shortening(long_text, short_text):
    d = _diff(long_text, short_text)
    assert d is not None
    assert d.verdict == Verdict.CONSISTENT, d.explanation
    assert "a reason for or an outcome of" in d.explanation


@pytest.mark.parametrize(
    ("long_text", "short_text"),
    [
        (  # no comma: the reason sits under the negation
            "“He did not resign because the audit found missing funds,” Tamsin Roe said.\n",
            "Tamsin Roe said “the audit found missing funds”.\n",
        ),
        (  # a hedge after 'because' governs the kept words
            "“We will wait, because the river will probably crest on Sunday,” Aziz said.\n",
            "Aziz said officials believed “the river will crest on Sunday”.\n",
        ),
    ],
)
def test_a_reason_the_cut_may_change_stays_flagged(long_text, short_text):
    d = _diff(long_text, short_text)
    assert d is None or d.verdict != Verdict.CONSISTENT, d.explanation


def test_after_reason_reads_the_comma_before_the_word():
    head = ["we", "must", "talk", "today", "not", "next", "week", "because"]
    assert after_reason(head, frozenset({4, 7}), [])
    assert not after_reason(head, frozenset({4}), [])  # no break before 'because'
    told = ["we", "cannot", "stay", "so", "we", "are"]
    assert after_reason(told, frozenset({3}), [])
    assert not after_reason(["we", "cannot", "stay", "so", "maybe", "we"], frozenset({3}), [])
