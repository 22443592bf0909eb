"""Lengths of time its words give only beside the word that makes them one
("a day after", "for an hour") agree as written (trial 43, item 9: "only one
day" / "a day", one version in two sources, stayed "to review": read alone,
"a day" is no length, so the agreement rule never saw what it states). A
length that differs, or words read against a publication date, stay items."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_agreements import _finding
from workbench.findings.agree import is_agreement
from workbench.model import Verdict


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("The team moved him only one day after the injury.", "only one day"),
         ("He was placed on the list a day after the injury.", "a day")),
        (("Police arrived an hour later, the paper said.", "an hour"),
         ("Officers came one hour later.", "one hour")),
        (("The road reopened a week after the slide.", "a week"),
         ("Crews cleared the road within one week of the slide.", "one week")),
        (("Rescuers searched for an hour before dusk.", "an hour"),
         ("The search lasted for an hour.", "an hour")),
    ],
)  # fmt: skip
def test_one_length_read_beside_its_word_is_an_agreement(first, second) -> None:
    assert is_agreement(*_finding([first, second]))
    # in papers of different days too: a length needs no publication date
    dated = _finding([first, second], published=[date(2011, 1, 5), date(2011, 1, 6)])
    assert is_agreement(*dated)


def test_a_day_resolved_against_its_paper_stays_to_review() -> None:
    # the lengths' reading adds no day: "today" / "Saturday" still needs the step
    days = _finding(
        [("The fight was on Saturday.", "Saturday"), ("He won the fight today.", "today")],
        published=[date(2012, 7, 8), date(2012, 7, 7)],
    )
    assert not is_agreement(*days)
    # nor a length against a differing one, the judge's conflict
    apart = _finding(
        [("He was moved a day after the injury.", "a day"),
         ("He was moved two days after the injury.", "two days")],
        verdict=Verdict.CONFLICT, versions=2,
    )  # fmt: skip
    assert not is_agreement(*apart)
