"""A "He" is someone (issue 11, session 13): a figure in a sentence opening on
"He" or "She" belongs to the one person the article named just before; two
such figures of different people are not compared, the same person's still
are, and a pronoun nobody can be told for stays as it was. Made-up sentences."""

import pytest
from conftest import write

from workbench import judge
from workbench.analysis import analyze_paths
from workbench.facts.whose import pronoun_owner


def _owner(before: str, sentence: str, figure: str) -> tuple[str, ...]:
    at = sentence.index(figure)
    return pronoun_owner(sentence, at, at + len(figure), before)


@pytest.mark.parametrize(
    ("before", "sentence", "figure", "owner"),
    [
        # sport: the surname alone after the full name
        (
            "The Hawks signed running back Dale Okafor on Monday. Okafor missed six games "
            "with a knee injury.",
            "He has rushed for only 212 yards this season.",
            "212",
            ("okafor",),
        ),
        # courts: a sentence naming nobody in between is passed over
        (
            "Defence lawyer Ruth Amsel spoke for Leon Varga at the hearing. Varga admitted "
            "the thefts. The hearing lasted an hour.",
            "He was ordered to pay 4,500 pounds in compensation.",
            "4,500",
            ("varga",),
        ),
        # business: a team is not a person ("the Wolves"), a possessive's name neither
        (
            "Chief executive Maria Delgado joined Trentwell in 2019. Delgado told the "
            "board of the Wolves' sponsorship.",
            "She earned 3.2 million dollars last year.",
            "3.2",
            ("delgado",),
        ),
        # politics: "Her", a figure in a later clause with its own pronoun
        (
            "Senator Anne Whitlow chairs the committee. Whitlow voted against the bill.",
            "Her office spent 80,000 dollars, which she said was within budget.",
            "80,000",
            ("whitlow",),
        ),
    ],
)
def test_a_pronoun_is_the_one_person_named_just_before(before, sentence, figure, owner):
    assert _owner(before, sentence, figure) == owner


@pytest.mark.parametrize(
    ("before", "sentence", "figure"),
    [
        # two people in the nearest sentence that names anyone: no telling which
        (
            "Dale Okafor and Tom Brandt both started. Okafor and Brandt shared the carries.",
            "He had 212 yards on Sunday.",
            "212",
        ),
        # "It" and "They" are no one person
        (
            "Leon Varga was sentenced on Friday. Varga admitted the thefts.",
            "They were ordered to pay 4,500 pounds.",
            "4,500",
        ),
        (
            "Maria Delgado runs Trentwell. Delgado spoke on Friday.",
            "It earned 3.2 million dollars last year.",
            "3.2",
        ),
        # reported speech: what he said is not his figure
        (
            "Fire chief Owen Marsh arrived at noon. Marsh spoke to reporters.",
            "He said 14 people were hurt.",
            "14",
        ),
        # the person was named more than three sentences before
        (
            "Leon Varga was sentenced. Varga admitted it. The court rose. It was late. "
            "The lights went out.",
            "He was ordered to pay 4,500 pounds.",
            "4,500",
        ),
        # a later clause of its own, without a pronoun, is not the person's
        (
            "Leon Varga was sentenced. Varga admitted the thefts.",
            "He was jailed, and the fire that started it killed 3 people.",
            "3",
        ),
        # nobody introduced by full name and used alone: no person known
        ("The Wolves won again. Trentwell rose.", "He had 212 yards.", "212"),
    ],
)
def test_a_pronoun_nobody_can_be_told_for_has_no_owner(before, sentence, figure):
    assert _owner(before, sentence, figure) == ()


def _flags(tmp_path, a: str, b: str):
    front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
    paths = [
        write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
        write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
    ]
    found = analyze_paths(paths).discrepancies
    return [d.verdict.value for d in found if d.kind in ("quantity", "number")]


_DUNN = (
    "The Hawks will start without running back Reggie Dunn and Marcus Hale on Sunday. "
    "Dunn missed eight games with a broken leg. "
)
_HALE = (
    "The Hawks will start without running back Marcus Hale and Reggie Dunn on Sunday. "
    "Hale missed eight games with a broken leg. "
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # both pronouns, two people
        (
            _DUNN + "He has rushed for only 150 yards this season.",
            _HALE + "He has rushed for 793 yards this season.",
        ),
        # an owner named against a pronoun read as someone else
        (
            _DUNN + "He had only 150 yards rushing this season.",
            _HALE + "Hale had 793 yards rushing this season.",
        ),
    ],
)
def test_figures_of_two_people_told_by_pronouns_are_not_compared(tmp_path, a, b):
    assert _flags(tmp_path, a, b) == []
    with judge.rules.without("different_owners"):  # the figures do pair without the row
        assert "conflict" in _flags(tmp_path, a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # both pronouns read as the same surname: one person's figure, told twice
        (
            _DUNN + "He has rushed for only 150 yards this season.",
            _DUNN.replace("Reggie Dunn and Marcus Hale", "Marcus Hale and Reggie Dunn")
            + "He has rushed for 190 yards this season.",
        ),
        # a pronoun that cannot be told for (two people just before) stays as today
        (
            "Reggie Dunn and Marcus Hale will miss Sunday's game. Dunn and Hale have "
            "broken legs. He has rushed for only 150 yards this season.",
            _HALE + "He has rushed for 793 yards this season.",
        ),
    ],
)
def test_one_persons_figures_and_unresolved_pronouns_are_still_compared(tmp_path, a, b):
    assert _flags(tmp_path, a, b) == ["conflict"]
