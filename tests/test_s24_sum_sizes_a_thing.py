"""A sum that sizes a thing a sentence names is read as the thing's price, not
as a sum paid at the moment the sentence's past verb tells of (issue 11,
session 24: facts/modality.py). "Hewlett-Packard's forthcoming $13.9 billion
acquisition of EDS, announced on May 13" states the price as it stands; set
against "HP will pay $13 billion" the two are one price, never kept apart as
a past figure against a bare future. Made-up sentences."""

import pytest

from workbench.facts.modality import modalities_differ, reading


def _reading(sentence: str, value: str) -> tuple[str, str]:
    i = sentence.index(value)
    return reading(sentence, i, i + len(value))


def _differ(a: str, va: str, b: str, vb: str) -> bool:
    i, j = a.index(va), b.index(vb)
    return modalities_differ(a, (i, i + len(va)), b, (j, j + len(vb)))


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "Analysts say Norvale's planned $4.2 billion takeover of Quentis, announced "
            "on Monday, is overdue.",
            "$4.2 billion",
        ),
        ("The council's £12m bypass was finished last year.", "£12m"),
        ("Its €40 million stadium opened in March.", "€40 million"),
        (
            "The club's 300 million euros training ground was unveiled on Friday.",
            "300 million euros",
        ),
    ],
)
def test_a_sum_sizing_a_named_thing_is_no_past_figure(sentence, value):
    assert _reading(sentence, value) == ("actual", "")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # the sum is the subject of its own past verb: what was paid, what fell
        ("The company's $5 million was paid back in June.", "$5 million"),
        ("The league's $40 million in fines was collected in May.", "$40 million"),
        # a contraction, not a possessive: he paid it
        ("He's paid $5 million to settle the claim.", "$5 million"),
        # a count, not a sum: the delegates were elected then
        ("Its 60 delegates were elected on Sunday.", "60"),
    ],
)
def test_a_sum_or_count_that_happened_stays_a_past_figure(sentence, value):
    assert _reading(sentence, value) == ("actual", "past")


def test_the_price_of_a_named_deal_and_a_price_to_be_paid_are_one_fact():
    assert not _differ(
        "Analysts believe Norvale's forthcoming $4.2 billion acquisition of Quentis, "
        "announced last week, is a good move.",
        "$4.2 billion",
        "Norvale will pay $3.8 billion for Quentis.",
        "$3.8 billion",
    )


def test_a_sum_paid_and_a_sum_to_be_paid_stay_apart():
    # the first states a payment made; the second a future one: different facts
    assert _differ(
        "The company's $5 million was paid back in June.",
        "$5 million",
        "The company will pay $6 million next year.",
        "$6 million",
    )
