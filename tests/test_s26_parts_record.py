"""One door for a part of a whole (session 26): ``facts.parts.read_part`` marks
a figure as a part — of money or of a count — with one record: its kind, the
cue that marks it and where the whole it belongs to starts. Made-up sentences,
several domains and wordings; the readings ``Measure`` keeps are tested in
test_s25_parts_and_ratios.py and test_s24_measures_apart.py."""

import pytest

from workbench.facts.measure import measure_of
from workbench.facts.parts import NO_PART, Part, read_part


def _part(sentence: str, value: str, whole: str = "") -> tuple[Part, int]:
    i = sentence.index(value)
    return read_part(sentence, i, i + len(value)), sentence.index(whole) if whole else -1


@pytest.mark.parametrize(
    ("sentence", "value", "kind", "label", "cue", "whole"),
    [
        # a part of a sum of money: the whole is the sum before the cue
        (
            "AMD paid $334 million, including $281 million in cash.",
            "$281 million",
            "money",
            "cash",
            "including",
            "$334 million",
        ),
        (
            "The £90m package, of which £20m is new money, was agreed.",
            "£20m",
            "money",
            "new money",
            "of which",
            "£90m",
        ),
        (
            "The €40m fee is split between €32m up front and €8m in add-ons.",
            "€8m",
            "money",
            "add-ons",
            "split between",
            "€40m",
        ),
        (
            "The price is $334 million ($281 million in cash and $53 million in shares).",
            "$281 million",
            "money",
            "cash",
            "(",
            "$334 million",
        ),
        (
            "The council got $40 million in grants, $12 million of which went to roads.",
            "$12 million",
            "money",
            "part",
            "of which",
            "$40 million",
        ),
        # two parts told by what they are paid in: no whole beside them
        ("Vodafone paid £2bn in cash and £1bn in shares.", "£2bn", "money", "cash", "and", ""),
        ("Vodafone paid £2bn in cash and £1bn in shares.", "£1bn", "money", "stock", "and", ""),
        # a group within a count: the whole is the count before the cue
        (
            "Thirty-seven were hospitalized, including four members of the crew.",
            "four",
            "member",
            "",
            "including",
            "Thirty-seven",
        ),
        (  # the nearest count before the cue is the whole, not the first
            "After 3 days of fighting, 140 were wounded, including 25 soldiers.",
            "25",
            "member",
            "",
            "including",
            "140",
        ),
        (
            "Rebels killed 12 villagers, among them three children.",
            "three",
            "member",
            "",
            "among them",
            "12",
        ),
        (
            "Four crew members were among the injured.",
            "Four",
            "member",
            "",
            "were among the",
            "",
        ),
        ("Police arrested 12 men, eight of them minors.", "eight", "share", "", "of them", ""),
        ("Two of the four victims died in hospital.", "four", "whole", "", "two of the", ""),
    ],
)
def test_a_part_is_marked_with_its_whole_and_cue(sentence, value, kind, label, cue, whole):
    part, at = _part(sentence, value, whole)
    assert (part.kind, part.label, part.cue, part.whole) == (kind, label, cue, at)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("AMD paid $334 million, including $281 million in cash.", "$334 million"),  # the total
        ("Oracle will pay $7.4 billion for Sun.", "$7.4 billion"),
        ("The storm cut power to 40,000 homes on Tuesday.", "40,000"),
        ("The road was closed for 1,000 feet of the highway.", "1,000 feet"),  # no bare count
        ("The blast killed 18 people, including six children.", "18"),  # the count itself
    ],
)
def test_a_figure_no_sentence_makes_a_part_is_none(sentence, value):
    assert _part(sentence, value)[0] == NO_PART


def test_a_sum_told_by_what_it_is_paid_in_keeps_its_words():
    part, _ = _part("Oracle will pay $7.4 billion in cash for Sun.", "$7.4 billion")
    assert (part.kind, part.label, part.reading) == ("", "cash", "~cash")


@pytest.mark.parametrize(
    ("sentence", "value", "role", "part"),
    [
        (
            "Thirty-seven were hospitalized, including four members of the crew.",
            "four",
            "member",
            "",
        ),
        ("Police arrested 12 men, eight of them minors.", "eight", "share", ""),
        ("Two of the four victims died in hospital.", "four", "whole", ""),
        ("AMD paid $334 million, including $281 million in cash.", "$281 million", "level", "cash"),
    ],
)
def test_the_measure_keeps_what_the_record_marks(sentence, value, role, part):
    """A count's place in a group is its role; a part of money is its part."""
    i = sentence.index(value)
    m = measure_of(sentence, i, i + len(value))
    assert (m.role, m.part) == (role, part)
