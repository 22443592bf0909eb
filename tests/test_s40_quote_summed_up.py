"""A quotation a colon opens after "X summed up …:" is X's words (issue 11,
session 40, facts/quote/colon.sums_up; authored police_raids D9: "Commissioner
Irena Valdt summed up the rationale for the scale of the operation at Tuesday's
press conference:" had no speaker, so the words were never set against the
minister another report credits them to). Made-up cases: a fire, a flood, a
strike."""

from __future__ import annotations

import pytest

from workbench.facts.quote import find_quotes


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Commissioner Irena Valdt summed up the rationale for the scale of the "
            'operation at Tuesday\'s press conference: "Nobody should live next to an arsenal."',
            "valdt",
        ),
        ('Fire chief Ola Dahl summed it up: "We were lucky."', "dahl"),
        (
            "Mayor Ruth Okonjo summarised the council's position after Monday's vote on the "
            'new flood defences: "We will not wait for another flood."',
            "okonjo",
        ),
    ],
)
def test_a_summing_up_before_a_colon_credits_the_words(text, key):
    speaker = find_quotes(text)[-1].speaker
    assert speaker is not None and speaker.key == key


@pytest.mark.parametrize(
    "text",
    [
        # words put to the person, not theirs
        'Union leader Delia Marsh faced one question from the floor: "Will you strike again?"',
        # a long frame that sums nothing up
        "Union leader Delia Marsh walked out of the talks at the conciliation service late "
        'on Thursday evening after nine hours: "No deal."',
    ],
)
def test_other_long_frames_credit_nobody(text):
    speaker = find_quotes(text)[-1].speaker
    assert speaker is None or speaker.key != "marsh"
