"""Session 32 (find48): a member that names the group's claim only to say who
its own claim is about.

Readers G15 (21_ecb) and G4 (18_ecb) called such members odd: "Police arrested
a man they believe to be the driver who killed a 66-year-old woman" tells the
arrest, the killing only naming who was arrested; "Those who knew Banky, 40,
were still in shock three days after he was gunned down" tells the grief. The
grouping reads a sentence's main part (``findings.passing``): a restrictive
relative clause on a noun past the sentence's verb, to the end, "Those
who ..." opening a subject, and what befell a speaker's kin ("The mother of a
girl killed by a stray bullet last year said ...", reader G12, 33_ecb) are side
parts.
"""

from __future__ import annotations

import pytest

from workbench.findings.passing import in_passing, main_part


@pytest.mark.parametrize(
    ("sentence", "main"),
    [
        (
            "Police arrested a man they believe to be the driver who killed a woman "
            "outside the store.",
            "Police arrested a man they believe to be the driver",
        ),
        (
            "The court fined a company which dumped 40 tonnes of chemical waste into the river.",
            "The court fined a company",
        ),
        (
            "Those who knew Maria Lopez, 52, were still grieving a week later.",
            "Those were still grieving a week later.",
        ),
        (
            "The father of a teenager shot by police in Leeds on Friday told reporters his "
            "son was unarmed.",
            "The father of a teenager told reporters his son was unarmed.",
        ),
        (
            "The widow of a soldier killed in Helmand last year said the inquiry had failed her.",
            "The widow of a soldier said the inquiry had failed her.",
        ),
    ],
)
def test_the_clause_naming_who_is_a_side_part(sentence: str, main: str) -> None:
    assert " ".join(main_part(sentence).split()) == main


@pytest.mark.parametrize(
    "sentence",
    [
        # a copula predicates the noun: the clause is the news
        "Jackman is the first Australian who will host the Academy Awards ceremony.",
        "She was the only climber who reached the summit that day.",
        # an auxiliary follows the clause: the noun is a subject, not an object
        "Police said the man who shot the guard was arrested on Friday in Leeds.",
        "Officials believe a fire which started in the kitchen had spread to the roof.",
        # "that" opens what a verb of saying reports
        "The board said that the firm will cut 300 jobs.",
    ],
)
def test_a_clause_that_carries_the_claim_stays(sentence: str) -> None:
    assert main_part(sentence) == sentence


@pytest.mark.parametrize(
    ("side", "stated"),
    [
        (
            "Police arrested a man they believe to be the hit and run driver who killed a "
            "66-year-old woman outside the Sam's Club in Bloomington.",
            "According to police, Anthony LaSalle, 36, hit and killed a 66-year-old woman in "
            "the parking lot of the Bloomington Sam's Club Wednesday night.",
        ),
        (
            "The court fined a company which dumped 40 tonnes of chemical waste into the "
            "Severn river.",
            "A chemical firm dumped 40 tonnes of waste into the Severn river last spring.",
        ),
        (
            "Those who knew Maria Lopez, 52, were still grieving a week after she drowned "
            "off the pier.",
            "Maria Lopez, 52, drowned off the pier on Sunday.",
        ),
        (
            "The widow of a soldier killed in Helmand last year said the inquiry had failed "
            "her family.",
            "A British soldier was killed in Helmand last year by a roadside bomb.",
        ),
        (
            "Prosecutors charged a nurse who gave 11 patients fatal doses of insulin at the "
            "clinic.",
            "At the clinic, 11 patients were given fatal doses of insulin by a nurse.",
        ),
    ],
)
def test_a_member_naming_the_claim_only_as_who_is_apart(side: str, stated: str) -> None:
    assert in_passing(side, stated)
    assert in_passing(stated, side)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # both tell the arrest: the main parts share what they state
        (
            "Officers in Ohio arrested a teenager who stole a police cruiser on Tuesday.",
            "Officers in Ohio arrested a 17-year-old for stealing a police cruiser.",
        ),
        # the copula's clause is the claim
        (
            "Jackman is the first Australian who will host the Academy Awards ceremony.",
            "Hugh Jackman will host the Academy Awards ceremony in February.",
        ),
        # what the speaker said is the claim both tell
        (
            "The head of a company fined by regulators said the penalty was unfair.",
            "Regulators said the company was fined because its penalty was unfair.",
        ),
        # a subject's clause, the arrest told by both
        (
            "Police said the man who shot the guard was arrested on Friday in Leeds.",
            "A man was arrested in Leeds on Friday for shooting the guard.",
        ),
    ],
)
def test_one_claim_told_with_such_a_clause_stays_together(one: str, other: str) -> None:
    assert not in_passing(one, other)
