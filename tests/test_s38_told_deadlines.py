"""Session 38 (issue 11, class 2): a deadline written without its year is read from the
story's own clock, not put in the past year by a past verb that only tells of it.

"Meridiane must submit a remediation plan by April 30 and has 30 days to lodge an
appeal" in a report of 10 March 2026 was read as April 2025: "has 30 days" was taken
for a present perfect (it allows a time, like "has until"), and an instruction told in
the past ("were told to submit claims by April 30") let its past verb date the
deadline. Own cases: other verbs, months, signals, weekdays, units; controls whose own
past verb keeps the past reading.
"""

from __future__ import annotations

from datetime import date

import pytest

from workbench.facts.time import find_times
from workbench.facts.time.deadline import told_deadline

PUB = date(2026, 3, 10)  # a Tuesday


def _timex(sentence: str, said: str, pub: date = PUB) -> str | None:
    return next((m.timex for m in find_times(sentence, pub) if m.text == said), None)


@pytest.mark.parametrize(
    ("sentence", "said", "timex"),
    [
        ("Residents were told to submit claims by April 30.", "April 30", "2026-04-30"),
        ("The court ordered the company to repay customers by May 1.", "May 1", "2026-05-01"),
        ("The airline was given until June 3 to respond.", "June 3", "2026-06-03"),
        ("Tenants had until 2 April to leave the block.", "2 April", "2026-04-02"),
        ("Officials told villagers to leave before April 20.", "April 20", "2026-04-20"),
        ("Farmers were asked to register their herds by the end of May.", "the end of May",
         "2026-05"),
        ("Lenders were instructed to refund fees no later than June 15.", "June 15", "2026-06-15"),
        ("The regulator gave the bank until July 31 to fix its systems.", "July 31", "2026-07-31"),
    ],
)  # fmt: skip
def test_a_deadline_told_in_the_past_is_the_one_ahead(sentence, said, timex):
    assert _timex(sentence, said) == timex


@pytest.mark.parametrize(
    ("sentence", "said", "timex"),
    [
        (
            "Meridiane must submit a remediation plan for the Saint-Priest site by April 30 "
            "and has 30 days to lodge an appeal.",
            "April 30",
            "2026-04-30",
        ),
        ("The firm must file its accounts by May 15 and has two weeks to pay.", "May 15",
         "2026-05-15"),
        ("Landlords must register by 1 June and have 90 days to comply.", "1 June", "2026-06-01"),
        ("Clubs must apply by April 12 and have several weeks to appeal.", "April 12",
         "2026-04-12"),
    ],
)  # fmt: skip
def test_a_time_allowed_is_not_a_present_perfect(sentence, said, timex):
    assert _timex(sentence, said) == timex


@pytest.mark.parametrize(
    ("sentence", "said", "timex"),
    [
        ("The stock was returned by April 30.", "April 30", "2025-04-30"),
        ("Sales had fallen by 2 April.", "2 April", "2025-04-02"),
        ("He has lived there since April 2.", "April 2", "2025-04-02"),
        ("The plant was ordered shut in April.", "April", "2025-04"),
        ("Police told reporters the fire started on April 20.", "April 20", "2025-04-20"),
    ],
)
def test_a_past_verb_of_the_days_own_clause_keeps_the_past(sentence, said, timex):
    assert _timex(sentence, said) == timex


def test_a_weekday_deadline_told_in_the_past_is_the_next_one():
    # published on a Tuesday: the Friday ahead, not the one before
    assert _timex("Residents were told to leave by Friday.", "Friday") == "2026-03-13"
    assert _timex("The crew left the port by Friday.", "Friday") == "2026-03-06"


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Residents were told to submit claims by ", True),
        ("the judge ordered him to pay the fine before ", True),
        ("the airline was given until ", True),
        ("Residents were told to leave; the bridge closed by ", False),
        ("Residents were told. The bridge closed by ", False),
        ("The stock was returned by ", False),
    ],
)
def test_told_deadline_reads_only_its_own_clause(text, told):
    assert told_deadline(text, len(text)) is told
