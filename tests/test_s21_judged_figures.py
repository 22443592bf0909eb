"""Issue 11, session 21 (classes of error read on the real-copy test half):
figures that are not the figure reported, made up in several domains.

1. A figure given as a view, a worry or a reluctance ("eight years seems
   reasonable", "expressed concern about a contract of eight years or more",
   "reluctant to go past seven years") is what someone thinks of a figure: it
   never pairs with the figure reported, even of the same value (modality
   ``judged``, rule different_modalities).
2. A figure that is the difference between two others ("five rounds sooner
   than", "two days later than planned", "three seconds faster than") is not
   the length, day or time of either (role ``difference``).
3. The age of a body ("in the seven-year history of the ownership group") is
   not the length of a contract or a term (role ``age``).
4. "over N years" in an aside after an amount ("$161 million (over seven
   years)") spreads the amount: the length is N years, not more than N.
"""

import pytest
from conftest import analyse_bodies

from workbench.facts.measure import measure_of
from workbench.facts.modality import judged_apart, modality_of


def _at(sentence: str, value: str) -> tuple[int, int]:
    i = sentence.index(value)
    return i, i + len(value)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # sport
        ("Eight years seems like a reasonable contract for a player of his age.", "Eight years"),
        ("The Angels are reluctant to go past seven years for the pitcher.", "seven years"),
        # business
        ("The owner had expressed concern about a contract of eight years or more.", "eight years"),
        ("Shareholders were wary of paying $50m for the stake.", "$50m"),
        # politics
        ("A 12-month review sounds excessive to most councillors.", "12-month"),
        ("Ministers are unwilling to raise the levy above 3%.", "3%"),
        # crime
        ("The family said 10 years seemed too lenient for the driver.", "10 years"),
    ],
)
def test_a_view_or_a_worry_is_read_as_judged(sentence: str, value: str) -> None:
    assert modality_of(sentence, *_at(sentence, value)) == "judged"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The offer is believed to be for at least eight years.", "eight years"),
        ("It seems 30 people died in the blaze.", "30"),
        ("About 22 cm of snow fell on the town overnight.", "22 cm"),
        ("The club signed him to a seven-year deal on Friday.", "seven-year"),
        ("A reasonable estimate put the damage at $4m.", "$4m"),
    ],
)
def test_a_reported_figure_is_not_judged(sentence: str, value: str) -> None:
    assert modality_of(sentence, *_at(sentence, value)) != "judged"


def test_judged_apart_needs_exactly_one_judged_side() -> None:
    a = "Eight years seems like a reasonable deal."
    b = "The Red Sox offered him eight years."
    c = "Ten years seems like a reasonable deal."
    assert judged_apart(a, _at(a, "Eight years"), b, _at(b, "eight years"))
    assert not judged_apart(a, _at(a, "Eight years"), c, _at(c, "Ten years"))


@pytest.mark.parametrize(
    ("reported", "judged"),
    [
        (  # sport: the offer and a blogger's view of its length
            "The Red Sox offer to Teixeira is believed to be for at least eight years.",
            "Eight years seems like a reasonable offer to Teixeira from the Red Sox.",
        ),
        (  # business: the price paid and a worry about a price
            "Northwind paid $50m for the stake in the Harbour Foods chain.",
            "Northwind investors were wary of paying $50m for the stake in Harbour Foods.",
        ),
        (  # politics: the levy set and a reluctance
            "The council set the tourist levy for the harbour district at 3%.",
            "The council is reluctant to go past 3% for the harbour district tourist levy.",
        ),
    ],
)
def test_a_judged_figure_never_pairs_with_the_reported_one(tmp_path, reported, judged) -> None:
    analysis = analyse_bodies(tmp_path, reported, judged)
    assert analysis.alignments, "the two sentences align: the test is about judging them"
    assert not analysis.discrepancies


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Klitschko won five rounds sooner than in their first fight.", "five"),
        ("The dam was finished two years later than planned.", "two years"),
        ("She ran the course three seconds faster than the old record.", "three seconds"),
        ("The new bridge is 40 metres longer than the old one.", "40 metres"),
        ("The bill passed 12 votes fewer than last time.", "12"),
    ],
)
def test_a_difference_from_another_figure_has_its_own_role(sentence: str, value: str) -> None:
    assert measure_of(sentence, *_at(sentence, value)).role == "difference"


def test_a_difference_never_pairs_with_the_figure_it_compares(tmp_path) -> None:
    analysis = analyse_bodies(
        tmp_path,
        "Klitschko ended the title fight five rounds sooner than in his 2008 bout with Thompson.",
        "In 2008, in his title fight with Thompson, Klitschko won after 11 rounds.",
    )
    assert not [d for d in analysis.discrepancies if d.verdict.value == "conflict"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("It is the richest offer in the seven-year history of the ownership group.", "seven-year"),
        ("The fire was the worst in the club's 125-year history.", "125-year"),
        ("The party has won every election in its 40-year existence.", "40-year"),
    ],
)
def test_the_age_of_a_body_is_an_age(sentence: str, value: str) -> None:
    assert measure_of(sentence, *_at(sentence, value)).role == "age"


def test_a_term_is_not_the_age_of_a_body(tmp_path) -> None:
    analysis = analyse_bodies(
        tmp_path,
        "The Red Sox made the richest offer in the seven-year history of Henry's ownership group.",
        "The Red Sox made an offer of eight years to Teixeira, the richest of Henry's group.",
    )
    assert not analysis.discrepancies


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # sport
            "Sabathia signed with the Yankees for the next seven years.",
            "Sabathia received $161 million (over seven years) from the Yankees.",
        ),
        (  # politics
            "The roads plan runs for five years from April.",
            "The roads plan will spend $5bn (over five years) from April.",
        ),
    ],
)
def test_over_a_stretch_in_an_aside_after_an_amount_spreads_it(tmp_path, left, right) -> None:
    analysis = analyse_bodies(tmp_path, left, right)
    verdicts = {d.verdict.value for d in analysis.discrepancies}
    assert "unresolved" not in verdicts and "conflict" not in verdicts


def test_over_without_an_amount_is_still_more_than(tmp_path) -> None:
    analysis = analyse_bodies(
        tmp_path,
        "The guard had served over seven years at the Estelle prison unit.",
        "The guard had served three years at the Estelle prison unit.",
    )
    assert [d for d in analysis.discrepancies if d.verdict.value == "conflict"]
