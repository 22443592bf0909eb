"""A relative clause holding a quotation set off by commas is one side part
(issue 15, session 27, reader G13 on 28_ecb: "W. Mark Felt, who leaked
information to reporters under the moniker, 'Deep Throat,' about the Watergate
break-in, died Thursday at 95" took "Mark Felt, known as 'Deep Throat,'
divulged information to reporters about the break-in" as its restatement, an
odd member: the relative clause ended at the comma before the quotation, so
the leak was read as the lead's main claim)."""

from __future__ import annotations

import pytest

from workbench.findings.passing import in_passing, main_part


def _words(text: str) -> str:
    return " ".join(text.replace(" ,", ",").split())


@pytest.mark.parametrize(
    ("sentence", "main"),
    [
        (
            "W. Mark Felt, who leaked information to reporters under the moniker, “Deep Throat,” "
            "about the Watergate break-in, died Thursday at the age of 95, sources told CNN.",
            "W. Mark Felt died Thursday at the age of 95, sources told CNN.",
        ),
        (
            "The striker, who was nicknamed, “The Hammer,” by the fans, scored twice at Leeds.",
            "The striker scored twice at Leeds.",
        ),
        (
            'The senator, who called the bill, "a disgrace", in March, voted for it on Tuesday.',
            "The senator voted for it on Tuesday.",
        ),
    ],
)
def test_a_quotation_set_off_by_commas_stays_inside_its_relative_clause(sentence, main):
    assert _words(main_part(sentence)) == main


def test_the_lead_states_the_leak_only_in_passing():
    lead = (
        "W. Mark Felt, who leaked information to reporters under the moniker, “Deep Throat,” "
        "about the Watergate break-in, died Thursday at the age of 95, sources told CNN."
    )
    leak = (
        "Mark Felt, known as “Deep Throat,” divulged information to reporters about the "
        "Watergate break-in."
    )
    assert in_passing(lead, leak)


def test_a_relative_clause_without_a_quotation_ends_at_its_comma():
    assert _words(main_part("The dam, which was built in 1931, will be repaired in May.")) == (
        "The dam will be repaired in May."
    )
    # a quotation after the clause is no part of it
    said = "The coach, who arrived in May, said “we will win,” and left."
    assert "“we will win,”" in main_part(said)
