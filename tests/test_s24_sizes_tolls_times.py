"""Facts the authored development events showed never compared (session 24,
eng68), each class with made-up cases: a size written as a hyphenated unit of
several words ("the 3,850-gross-tonne ferry"); a toll told by its noun ("16
deaths") against a count of people who died; the clock time of a call for
help ("a mayday at 9.47pm" / "radioed for help at 10:47 p.m.") in sentences
that never align."""

from __future__ import annotations

import pytest
from conftest import analyse_bodies

from workbench.facts.quantity import compare, find_quantities
from workbench.model import Verdict


def _one(text: str):
    found = [m for m in find_quantities(text) if m.kind == "quantity"]
    assert len(found) == 1, found
    return found[0]


# --------------------------------------------------- a unit of several words, hyphenated


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("The 3,850-gross-tonne ferry was built in Norway.", "t", 3850),
        ("a 90,000-gross-ton cruise liner left Southampton", "t", 90000),
        ("The 12,400 gross tonnes vessel sank off Crete.", "t", 12400),
        ("divers searched a 4-nautical-mile stretch of coast", "nmi", 4),
        ("they share a 40-square-metre flat in Lyon", "m2", 40),
        ("a 2,000 metric-ton load of grain", "t", 2000),
        ("the 300-square-foot kiosk", "sq ft", 300),
    ],
)
def test_a_unit_of_several_words_is_read_when_hyphenated(text, unit, value):
    m = _one(text)
    assert (m.unit, m.value) == (unit, value)


def test_gross_tonnage_and_tonnes_are_one_scale_of_a_ship():
    same = compare(_one("the 3,850-gross-tonne ferry"), _one("a 3,850-tonne ro-ro ferry"), "A", "B")
    assert same is not None and same.verdict in (Verdict.IDENTICAL, Verdict.CONSISTENT)
    swapped = compare(
        _one("The 5,380-tonne Agia Marina left port"), _one("the 3,580-gross-tonne ship"), "A", "B"
    )
    assert swapped is not None and swapped.verdict is Verdict.CONFLICT


def test_a_hyphenated_word_that_is_no_unit_stays_unread():
    assert not [m for m in find_quantities("a 3-gross-error report") if m.kind == "quantity"]


# ------------------------------------------------------- a toll told by its noun


def _number_flags(analysis) -> list[tuple[str, str]]:
    return [
        (d.verdict.value, d.explanation)
        for d in analysis.discrepancies
        if d.verdict.value != "identical" and "people" in d.explanation
    ]


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        (
            "By Friday night officials had confirmed 23 deaths after the mine collapsed.",
            "Twenty-one people died after the mine collapsed on Friday, officials said.",
            "conflict",
        ),
        (
            "Police made five arrests after the riot outside the stadium in Leeds on Saturday.",
            "Seven people were arrested after the riot outside the stadium in Leeds on Saturday.",
            "conflict",
        ),
        (
            "The gas blast at the plant in Tula caused 40 injuries, the governor said.",
            "Forty people were injured in the gas blast at the plant in Tula, the governor said.",
            "consistent",
        ),
    ],
)
def test_a_toll_told_by_its_noun_meets_the_people_count(tmp_path, a, b, verdict):
    flags = _number_flags(analyse_bodies(tmp_path, a, b))
    assert [v for v, _ in flags] == [verdict], flags


def test_a_part_of_the_people_is_not_read_as_the_toll():
    from workbench.judge.tolls import told_by_noun
    from workbench.model import Fact

    def fact(text: str, word: str) -> Fact:
        m = next(m for m in find_quantities(text) if m.text.startswith(word))
        return Fact("f" + word, "c", "a", m.kind, m.start, m.end, m.text, m.to_json(), m)

    deaths = fact("The fire caused 12 deaths.", "12")
    children = fact("Three children died in the fire.", "Three")
    people = fact("Twelve people died in the fire.", "Twelve")
    assert told_by_noun(deaths, people, ("killed", "killed"), "A", "B") is not None
    assert told_by_noun(deaths, children, ("killed", "killed"), "A", "B") is None
    assert told_by_noun(deaths, people, ("killed", "injured"), "A", "B") is None


# ------------------------------------------------- the clock time of a call for help


def _called_for_help(analysis) -> list[str]:
    return [d.verdict.value for d in analysis.discrepancies if "called for help" in d.explanation]


_SANK = "The trawler Marianne sank in heavy seas off Brest on Sunday, with six crew aboard."
_RESCUED = "Four fishermen were rescued after their trawler went down off Brest on Sunday."


@pytest.mark.parametrize(
    ("a", "b", "verdicts"),
    [
        (
            "Its skipper sent a mayday at 3.15am, the coastguard said.",
            "The crew radioed for help at 4:15 a.m., according to French maritime officials.",
            ["conflict"],
        ),
        (
            "A distress call was picked up at 03:15 by the station at Corsen.",
            "The crew radioed for help at 3.15am, officials in Paris said.",
            [],  # the same minute: nothing to show (an agreement, not a flag to review)
        ),
        (
            "Its skipper issued a distress signal at about 9pm local time.",
            "The crew radioed for help at 11pm, a coastguard spokeswoman said.",
            ["conflict"],
        ),
    ],
)
def test_the_time_of_a_call_for_help_is_a_key_figure(tmp_path, a, b, verdicts):
    found = _called_for_help(analyse_bodies(tmp_path, f"{_SANK} {a}", f"{_RESCUED} {b}"))
    assert [v for v in found if v != "consistent"] == verdicts, found


def test_a_call_for_help_never_meets_another_moment(tmp_path):
    a = f"{_SANK} A fire broke out in the engine room at 2.30am."
    b = f"{_RESCUED} The crew radioed for help at 3:45 a.m., officials said."
    found = _called_for_help(analyse_bodies(tmp_path, a, b))
    assert found == [], found


# --------------------------------------- a quote lifted from after the speaker's denial


def _quote_flags(tmp_path, full: str, lifted: str) -> list[tuple[str, str]]:
    analysis = analyse_bodies(tmp_path, full, lifted)
    return [(d.verdict.value, d.explanation) for d in analysis.discrepancies if d.kind == "quote"]


@pytest.mark.parametrize(
    ("full", "lifted"),
    [
        (
            '"It would be wrong to say the council misled its residents, but it was far too '
            'slow to warn them," said Marta Keane, the ombudsman.',
            'Marta Keane, the ombudsman, said the council "misled its residents" about the flood.',
        ),
        (
            '"I cannot say that the mine was unsafe when the shift went down," said the '
            "inspector, Tom Adeyemi.",
            'The inspector, Tom Adeyemi, admitted that "the mine was unsafe" on the day.',
        ),
        (
            '"Nobody here ever said the referee cost us the match. We lost it ourselves," '
            "the coach, Ivo Brandt, said.",
            'The coach, Ivo Brandt, said "the referee cost us the match" after the game.',
        ),
    ],
)
def test_a_fragment_lifted_from_after_a_denial_is_a_conflict(tmp_path, full, lifted):
    flags = _quote_flags(tmp_path, full, lifted)
    assert [v for v, _ in flags] == ["conflict"], flags
    assert "opposite" in flags[0][1]


@pytest.mark.parametrize(
    ("full", "lifted"),
    [
        (  # a bound in time cut from the lead-in narrows, it does not deny
            '"We have since rebuilt the whole network from the ground up," said Ana Ruiz, '
            "the chief executive.",
            'Ana Ruiz, the chief executive, said the firm had "rebuilt the whole network from '
            'the ground up".',
        ),
        (  # the denial belongs to the clause before "but"
            '"It would be wrong to say the council misled its residents, but it was far too '
            'slow to warn them," said Marta Keane, the ombudsman.',
            'Marta Keane, the ombudsman, said the council had been "far too slow" to act.',
        ),
        (  # a negated doubt affirms what follows (merge of eng67 and eng68)
            '"Nobody denies that the levee failed under the storm surge," said the engineer, '
            "Rui Costa.",
            'The engineer, Rui Costa, said "the levee failed under the storm surge" on Monday.',
        ),
        (
            '"No one here doubts that the new ward will open in March," said Dr Lena Ortiz.',
            'Dr Lena Ortiz said "the new ward will open in March" at the hearing.',
        ),
    ],
)
def test_a_fragment_after_no_denial_is_no_conflict(tmp_path, full, lifted):
    flags = _quote_flags(tmp_path, full, lifted)
    assert "conflict" not in [v for v, _ in flags], flags


# ------------------------------------------- an age against the year it was built or born


def _age_flags(tmp_path, a: str, b: str) -> list[str]:
    analysis = analyse_bodies(tmp_path, a, b, published="2026-03-12")
    return [d.verdict.value for d in analysis.discrepancies if d.rule == "age_against_its_year"]


_SHIP = "The bulk carrier Marisol ran aground off Cebu on Monday."


@pytest.mark.parametrize(
    ("a", "b", "verdicts"),
    [
        (
            "The 22-year-old Marisol, a 40,000-tonne carrier, had been sailing for a Manila firm.",
            "The Marisol was built in Japan in 1991 and had been sailing for a Manila firm.",
            ["conflict"],
        ),
        (  # 2026 - 1991: 35, or 34 before the anniversary
            "The 34-year-old Marisol, a 40,000-tonne carrier, had been sailing for a Manila firm.",
            "The Marisol was built in Japan in 1991 and had been sailing for a Manila firm.",
            [],
        ),
        (
            "The 22-year-old Marisol, a 40,000-tonne carrier, had been sailing for a Manila firm.",
            "The Marisol, a 1991-built bulk carrier, had been sailing for a Manila firm.",
            ["conflict"],
        ),
        (  # a person: born in 1961, so 64 or 65 in 2026
            "The ship's 58-year-old captain, Ian Ross, was arrested in Cebu on Tuesday.",
            "The ship's captain, Ian Ross, who was born in 1961, was arrested in Cebu on Tuesday.",
            ["conflict"],
        ),
        (  # the age qualifies someone the other sentence does not name
            "The 22-year-old deckhand had been sailing for a Manila firm, its owners said.",
            "The Marisol was built in Japan in 1991 and had been sailing for a Manila firm.",
            [],
        ),
    ],
)
def test_an_age_meets_the_year_it_was_built(tmp_path, a, b, verdicts):
    assert _age_flags(tmp_path, f"{_SHIP} {a}", f"{_SHIP} {b}") == verdicts


def test_an_age_beside_its_own_year_is_left_to_like_with_like(tmp_path):
    a = "The 22-year-old Marisol, built in 2004, had been sailing for a Manila firm."
    b = "The Marisol was built in Japan in 1991 and had been sailing for a Manila firm."
    assert _age_flags(tmp_path, f"{_SHIP} {a}", f"{_SHIP} {b}") == []


# ------------------------------------------------- a count joined to a person named before it

_BUS = "when the bus overturned on the A64 near Leeds on Friday, police said."


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        (  # (with "the driver" the inclusion rows keep the two apart: no flag)
            f"The conductor and two passengers were injured {_BUS}",
            f"Two people, including the conductor, were injured {_BUS}",
            "conflict",
        ),
        (
            f"The driver and two passengers were injured {_BUS}",
            f"Three people were injured {_BUS}",
            "consistent",
        ),
        (
            f"The pilot, Jan Novak, 44, and two passengers were killed {_BUS}",
            f"Three people were killed {_BUS}",
            "consistent",
        ),
        (
            f"Ms Ruiz and three others were arrested {_BUS}",
            f"Three people were arrested {_BUS}",
            "conflict",
        ),
    ],
)
def test_a_count_joined_to_a_person_counts_them_in(tmp_path, a, b, verdict):
    analysis = analyse_bodies(tmp_path, a, b)
    got = [d.verdict.value for d in analysis.discrepancies if d.kind != "date"]
    assert got == [verdict], [d.explanation for d in analysis.discrepancies]


def test_a_count_after_another_clause_is_joined_to_nobody(tmp_path):
    a = f"Four people died and two were injured {_BUS}"
    b = f"Two people were injured and four died {_BUS}"
    analysis = analyse_bodies(tmp_path, a, b)
    assert not [d for d in analysis.discrepancies if d.verdict.value == "conflict"]
