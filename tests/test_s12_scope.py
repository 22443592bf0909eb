"""Same thing, another scope (issue 11, session 12): a count whose noun is
joined by another ("300 staff and contractors", "212 passengers plus
crew") counts more than a count of that noun alone; the two are not one
figure misreported (facts/measure.py reads the inclusion, the rule
different_inclusion keeps them apart). Made-up sentences."""

import pytest
from conftest import write

from workbench import judge
from workbench.analysis import analyze_paths
from workbench.facts.measure import measure_of


def _inclusion(sentence: str, value: str) -> str:
    i = sentence.index(value)
    return measure_of(sentence, i, i + len(value)).inclusion


@pytest.mark.parametrize(
    ("sentence", "value", "want"),
    [
        # a group another report often counts apart: "others" (session 23)
        ("The company employs 300 staff and contractors at the plant.", "300", "others"),
        ("Thomas missed 10 games, including the finale, with the injury.", "10", ""),
        ("Some 40,000 acres of wheat and barley were damaged.", "40,000 acres", ""),
        ("The flight had 180 passengers plus crew on board.", "180", "others"),
        ("About 40 students and teachers were evacuated.", "40", "more"),
        ("The blast killed 12 people and wounded 40 in the market.", "12", ""),
        ("Firefighters rescued 14 residents, two dogs and a cat.", "14", ""),
        ("Crews pulled 9 people and three pets from the building.", "9", ""),
        ("The company employs 180 staff at the plant.", "180", ""),
        ("Police arrested 12 men and the driver was later released.", "12", ""),
        # session 40: an amount of something else, or a figure of its own, after
        # "and"/"plus" counts nothing in (authored police_raids D11, transit_strike D4)
        ("They found more than 30 firearms and enough cash to fill suitcases.", "30", ""),
        ("Troops seized 40 rifles and some ammunition.", "40", ""),
        ("The city hired 25 cleaners and several trucks.", "25", ""),
        ("Raiders took 17 handguns and dozens of knives.", "17", ""),
        ("WMT has offered a 5.4 per cent rise plus a £750 one-off payment.", "5.4 per cent", ""),
        ("Drivers get a 6 percent raise plus another $1,000 next year.", "6 percent", ""),
        ("The deal gives nurses 3.2% more plus CHF 900 a year.", "3.2%", ""),
        ("The depot sent 12 buses plus about 30 trams.", "12", ""),
        ("The ferry carried 212 passengers plus the crew.", "212", "others"),
        ("About 60 pupils plus teachers were sent home.", "60", "more"),
    ],
)
def test_a_count_with_others_counted_in_is_read(sentence, value, want):
    assert _inclusion(sentence, value) == want


@pytest.fixture
def flags(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")

    def run(a: str, b: str, without=()):
        front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
        ]
        with judge.rules.without(*without):
            found = analyze_paths(paths).discrepancies
        return [(d.sides[0].text, d.sides[1].text, d.verdict.value) for d in found]

    return run


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The company employs 300 staff and contractors at the plant, officials said.",
            "The company employs 180 staff at the plant, officials said.",
        ),
        (
            "The ferry carried 212 passengers plus crew when it ran aground on Friday.",
            "The ferry carried 190 passengers when it ran aground on Friday.",
        ),
        (
            "The school evacuated 640 pupils and staff after the alarm on Monday.",
            "The school evacuated 580 pupils after the alarm on Monday.",
        ),
    ],
)
def test_a_count_with_others_counted_in_is_not_compared(flags, a, b):
    assert not any(f[2] == "conflict" for f in flags(a, b))
    # the rules are what keep them apart (since session 23 a group another report
    # often counts apart, "contractors", "crew", "staff", is a question: wider_scope)
    # (since session 31 a count of the noun alone, no larger, is no flag: subgroup_of_total)
    rows = ("different_inclusion", "wider_scope", "subgroup_of_total")
    assert any(f[2] == "conflict" for f in flags(a, b, without=rows))


def test_the_same_noun_alone_still_conflicts(flags):
    found = flags(
        "The company employs 300 staff at the plant, officials said.",
        "The company employs 180 staff at the plant, officials said.",
    )
    assert [f[2] for f in found if f[0] == "300"] == ["conflict"]


@pytest.mark.parametrize(
    ("a", "b", "want"),
    [
        # session 40: an amount of another thing after "and" counts nothing in
        # (authored police_raids D11: 'more than 30 firearms and enough cash' / 23)
        (
            "Police said officers found more than 30 firearms and enough cash to fill a van "
            "in the raids on Tuesday.",
            "Police said officers found 23 firearms in the raids on Tuesday.",
            ("more than 30", "23"),
        ),
        (
            "Customs seized 140 rifles and some ammunition at the port on Friday.",
            "Customs seized 110 rifles at the port on Friday.",
            ("140", "110"),
        ),
        # a figure of its own after "plus" (authored transit_strike D4: 5.4% / 4.5%)
        (
            "The board has offered a 6.3 per cent rise plus a £900 one-off payment.",
            "The board has offered a 3.6 per cent rise and a £900 one-off payment.",
            ("6.3 per cent", "3.6 per cent"),
        ),
    ],
)
def test_a_second_amount_after_and_or_plus_leaves_the_count_compared(flags, a, b, want):
    found = {(f[0], f[1]): f[2] for f in flags(a, b)}
    assert found.get(want) == "conflict" or found.get(want[::-1]) == "conflict", found


@pytest.mark.parametrize(
    ("a", "b", "want"),
    [
        # session 40: the count that takes in others is the smaller one, so the
        # scope explains nothing (authored oil_spill D8: 560 / 650 workers)
        (
            "Some 560 clean-up workers, including soldiers from the garrison, were deployed "
            "on the beaches on Thursday.",
            "Some 650 workers were deployed on the beaches on Thursday.",
            ("Some 560", "Some 650"),
        ),
        (
            "The school evacuated 480 pupils and staff after the alarm on Monday.",
            "The school evacuated 520 pupils after the alarm on Monday.",
            ("480", "520"),
        ),
        # a count leaving some out that is the larger one
        (
            "The ferry carried 230 passengers, excluding crew, when it ran aground on Friday.",
            "The ferry carried 190 passengers when it ran aground on Friday.",
            ("230", "190"),
        ),
    ],
)
def test_a_wider_count_that_is_smaller_is_compared(flags, a, b, want):
    found = {(f[0], f[1]): f[2] for f in flags(a, b)}
    assert found.get(want) == "conflict", found
