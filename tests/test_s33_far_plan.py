"""A plan's verb told before a long object governs the time at the clause's end (session 33).

"Salvors hope to begin pumping the remaining 85,600 tonnes of cargo into a lightering
tanker at the weekend if the weather eases" (a Thursday piece) was read as the weekend
just gone: the verb "hope to" lay beyond the 70 characters a tense cue may reach, no
nearer verb was found, and "the weekend" with no tense takes the last one. A future
cue further back in the same clause now decides; a past cue that far does not (it was
measured to cost TimeBank and MEANTIME: a far past verb is often another clause's).
"""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time.find import find_times

THURSDAY = date(2025, 3, 13)


def _value(text: str, span: str, pub: date = THURSDAY) -> str:
    found = [m for m in find_times(text, pub) if m.text == span]
    assert found, [m.text for m in find_times(text, pub)]
    return found[0].value


@pytest.mark.parametrize(
    "text, span, expected",
    [
        (
            "Salvors hope to begin pumping the remaining 85,600 tonnes of cargo into a "
            "lightering tanker at the weekend if the weather eases.",
            "the weekend",
            "15–16 Mar 2025",
        ),
        (
            "Engineers expect to finish replacing the damaged section of the northbound "
            "carriageway and its crash barriers at the weekend.",
            "the weekend",
            "15–16 Mar 2025",
        ),
        (
            "The club will unveil the revised stadium design and the training ground plans "
            "and the new budget for the youth academy at the weekend.",
            "the weekend",
            "15–16 Mar 2025",
        ),
    ],
)
def test_a_far_future_verb_governs(text: str, span: str, expected: str) -> None:
    assert expected in _value(text, span)


@pytest.mark.parametrize(
    "text, span, expected",
    [
        ("Crews began pumping at the weekend.", "the weekend", "8–9 Mar 2025"),
        (
            "The buyer will pay 640p a share, a 38 per cent premium to the closing price of "
            "the seller's shares at the weekend.",
            "the weekend",
            "8–9 Mar 2025",
        ),
        (
            "Volunteers cleared the beach of oil, seaweed and the remains of two hundred "
            "dead seabirds at the weekend.",
            "the weekend",
            "8–9 Mar 2025",
        ),
    ],
)
def test_a_past_clause_keeps_the_weekend_gone(text: str, span: str, expected: str) -> None:
    assert expected in _value(text, span)
