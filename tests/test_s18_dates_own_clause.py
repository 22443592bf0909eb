"""Two unresolved dates are one question only when they date one happening
(judge/unlike.py: dates_of_other_happenings). Their clauses are read up to the
subordinate clause or phrase that tells another happening: "placed him on the
injured list Wednesday after he suffered a knee sprain" dates the placing, not
the sprain (issue 11, real copy dev2: an injury 'last week' held against the
placing 'Wednesday')."""

from __future__ import annotations

import pytest

from workbench.facts.dated_words import alike_clauses


def _at(text: str, when: str) -> tuple[str, int, int]:
    start = text.index(when)
    return text, start, start + len(when)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            _at("After spraining his knee last week at Chicago, he is out.", "last week"),
            _at(
                "The club placed him on the injured list Wednesday after he suffered "
                "a knee sprain at Chicago.",
                "Wednesday",
            ),
        ),
        (
            _at("The council approved the budget on Tuesday.", "Tuesday"),
            _at(
                "The mayor resigned Friday because the council had approved the budget.",
                "Friday",
            ),
        ),
        (
            _at("The factory reopened on Monday.", "Monday"),
            _at(
                "Workers returned Thursday, although the factory was reopened only in part.",
                "Thursday",
            ),
        ),
    ],
)
def test_a_subordinate_clause_tells_another_happening(a, b):
    assert not alike_clauses(a, b)
    assert not alike_clauses(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one happening told in both, each with a subordinate clause of its own
        (
            _at(
                "The club placed him on the injured list Wednesday after he hurt his knee.",
                "Wednesday",
            ),
            _at(
                "He was placed on the injured list last week because of a knee sprain.",
                "last week",
            ),
        ),
        # the subordinating word right before the date belongs to the date
        (
            _at("The bridge stays closed to traffic until Monday.", "Monday"),
            _at("The bridge will be closed to traffic before Friday.", "Friday"),
        ),
        # the date's own happening told after a subordinating word
        (
            _at("The striker scored 20 points last night.", "last night"),
            _at("Posting 20 points on Thursday night, the striker scored again.", "Thursday"),
        ),
    ],
)
def test_one_happening_is_still_alike(a, b):
    assert alike_clauses(a, b)
