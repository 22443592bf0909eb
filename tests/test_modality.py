"""Possible figures are not reported figures (issue 11, session 13): a
figure stated as a possibility, a ceiling, a demand, a forecast or a
condition is a different fact from one stated as what happened, so the two
never pair (facts/modality.py reads the modality, the rule
different_modalities keeps them apart); two figures of one modality are
still one claim and are compared. Made-up sentences in several domains."""

import pytest
from conftest import write

from workbench import judge
from workbench.analysis import analyze_paths
from workbench.facts.modality import modalities_differ, modality_of


def _modality(sentence: str, value: str) -> str:
    i = sentence.index(value)
    return modality_of(sentence, i, i + len(value))


@pytest.mark.parametrize(
    ("sentence", "value", "want"),
    [
        # courts
        ("The former mayor could be jailed for up to 14 years.", "14 years", "possible"),
        ("Okafor faces up to 30 years in prison if convicted.", "30 years", "possible"),
        ("The maximum penalty for the offence is 10 years.", "10 years", "possible"),
        ("Prosecutors sought 18 years for the ringleader.", "18 years", "sought"),
        ("The state asked for a 25-year term.", "25-year", "sought"),
        ("Judge Mercer sentenced him to nine years on Friday.", "nine years", "actual"),
        ("She was jailed for six years in March.", "six years", "actual"),
        ("Okafor, 41, faces two counts of fraud.", "two", "actual"),
        # weather
        ("Forecasters expect as much as 40 cm of snow by Sunday.", "40 cm", "expected"),
        ("Meteorologists said up to 30 cm could fall overnight.", "30 cm", "possible"),
        ("About 22 cm of snow fell on the town overnight.", "22 cm", "actual"),
        ("Gusts are expected to reach 90 km/h on the coast.", "90 km/h", "expected"),
        ("The maximum wind speed recorded was 112 km/h.", "112 km/h", "actual"),
        ("Smoke could be seen 20 miles away.", "20 miles", "actual"),
        # budgets and business
        ("If approved, the bypass would cost £310m.", "£310m", "conditional"),
        ("If ratified, the levy raises €40m a year.", "€40m", "conditional"),
        ("The bypass cost £355m in the end.", "£355m", "actual"),
        ("The council said the scheme would cost £12m.", "£12m", "expected"),
        ("The chain plans to open 45 stores next year.", "45", "expected"),
        ("The chain opened 28 stores last year.", "28", "actual"),
        ("The union demanded a 9% pay rise.", "9%", "sought"),
        ("Revenue rose 4%, more than expected.", "4%", "actual"),
        ("Profit was higher than forecast at $2.1bn.", "$2.1bn", "actual"),
        # casualties
        ("Officials warned the death toll might climb to 200.", "200", "possible"),
        ("At least 85 people were killed in the landslide.", "85", "actual"),
        ("Police, who said the toll could rise, reported 60 dead.", "60", "actual"),
        ("Rescuers fear as many as 300 may be trapped.", "300", "possible"),
        ("Up to 1 in 50 users may have been exposed, the firm said.", "1 in 50", "actual"),
        # sport
        ("The striker could earn up to £90,000 a week.", "£90,000", "possible"),
        ("He scored 31 goals last season.", "31 goals", "actual"),
        ("The club hopes to sell 40,000 season tickets.", "40,000", "expected"),
        # descriptors of a thing, not what happened to it
        ("The prosecution will play a recording of the 14-year-old girl.", "14-year", "actual"),
        ("The company will sell the 15-inch model for less.", "15-inch", "actual"),
        # "May" the month and "Will" the name are not modals
        ("He was jailed in May for 20 years.", "20 years", "actual"),
        ("Will Harper scored 12 points in the final.", "12 points", "actual"),
    ],
)
def test_a_figure_is_read_with_the_modality_of_its_own_clause(sentence, value, want):
    assert _modality(sentence, value) == want


def _differ(a: str, va: str, b: str, vb: str) -> bool:
    i, j = a.index(va), b.index(vb)
    return modalities_differ(a, (i, i + len(va)), b, (j, j + len(vb)))


@pytest.mark.parametrize(
    ("a", "va", "b", "vb", "want"),
    [
        # a possibility, demand, forecast or condition against what happened
        (
            "He could be jailed for up to 14 years.",
            "14 years",
            "He was jailed for 8 years.",
            "8 years",
            True,
        ),
        (
            "Prosecutors sought 18 years.",
            "18 years",
            "The judge imposed 11 years.",
            "11 years",
            True,
        ),
        ("Forecasters expect up to 40 cm.", "40 cm", "About 22 cm fell overnight.", "22 cm", True),
        ("The toll could rise to 120.", "120", "At least 70 people died.", "70", True),
        ("If approved, the plan would cost £3bn.", "£3bn", "The plan cost £3.6bn.", "£3.6bn", True),
        ("The firm aims to hire 800 staff.", "800", "The firm hired 350 staff.", "350", True),
        # one modality on both sides: one claim, still compared
        (
            "He faces up to 14 years in jail.",
            "14 years",
            "He could get 16 years.",
            "16 years",
            False,
        ),
        ("Forecasters expect 40 cm.", "40 cm", "Up to 30 cm of snow is forecast.", "30 cm", False),
        ("The union demanded 9%.", "9%", "The union sought a 7% rise.", "7%", False),
        (
            "He was jailed for 8 years.",
            "8 years",
            "The court jailed him for 9 years.",
            "9 years",
            False,
        ),
        # a bare future or a capability is a figure that stands, not a forecast
        ("The firm will charge $899 for it.", "$899", "It starts at $949.", "$949", False),
        (
            "The battery can last 10 hours.",
            "10 hours",
            "The battery lasts 9 hours.",
            "9 hours",
            False,
        ),
        ("The storm will bring 40 cm of snow.", "40 cm", "The storm dropped 22 cm.", "22 cm", True),
        # two ceilings, whatever verb carries them
        (
            "He could receive up to £5m in bonuses.",
            "£5m",
            "The deal includes bonuses of up to £5m.",
            "£5m",
            False,
        ),
    ],
)
def test_figures_differ_in_modality(a, va, b, vb, want):
    assert _differ(a, va, b, vb) is want


@pytest.fixture
def flags(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")

    def run(a: str, b: str, without=()):
        front = "---\ntitle: T\noutlet: {}\npublished: 2024-05-14\n---\n"
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
            "Marlow could be jailed for up to 14 years for the fraud, the court heard on Monday.",
            "Marlow was jailed for eight years for the fraud, the court heard on Monday.",
        ),
        (
            "Prosecutors sought 18 years in prison for Marlow over the fraud on Monday.",
            "The judge gave Marlow 11 years in prison over the fraud on Monday.",
        ),
        (
            "Forecasters expect up to 40 cm of snow in the valley on Saturday.",
            "About 22 cm of snow fell in the valley on Saturday.",
        ),
        (
            "Officials said the death toll from the landslide could rise to 120 on Tuesday.",
            "Officials said the death toll from the landslide rose to 70 on Tuesday.",
        ),
    ],
)
def test_figures_of_different_modality_are_not_compared(flags, a, b):
    assert flags(a, b) == []
    # the rule is what keeps them apart
    assert flags(a, b, without=("different_modalities",)) != []


def test_figures_of_one_modality_are_still_compared(flags):
    found = flags(
        "Marlow faces up to 14 years in prison for the fraud, the court heard on Monday.",
        "Marlow could get 20 years in prison for the fraud, the court heard on Monday.",
    )
    assert [f[2] for f in found] == ["conflict"], found


def test_a_modal_of_another_clause_is_not_the_figures(flags):
    found = flags(
        "Police, who said the toll could rise, reported 60 dead after the quake on Friday.",
        "Police reported 45 dead after the quake on Friday.",
    )
    assert [f[2] for f in found] == ["conflict"], found


# Sentences both reports of one landslide carry, none stating a figure.
_LANDSLIDE = (
    "Mud swept through the hillside village of Morrow after days of rain. "
    "Volunteers dug through the rubble with shovels and bare hands. "
    "The regional council opened a shelter in the village school. "
)


def _key_flags(tmp_path, a: str, b: str, without=()):
    front = "---\ntitle: T\noutlet: {}\npublished: 2024-05-14\n---\n"
    paths = [
        write(tmp_path, "a.md", front.format("Courier") + _LANDSLIDE + a + "\n"),
        write(tmp_path, "b.md", front.format("Gazette") + _LANDSLIDE + b + "\n"),
    ]
    with judge.rules.without(*without):
        found = analyze_paths(paths).discrepancies
    return [(d.sides[0].text, d.sides[1].text, d.verdict.value, d.rule) for d in found]


def test_a_possible_toll_is_not_held_against_a_reported_one(tmp_path, monkeypatch):
    """Key figures compared across whole articles (judge/story.py): a toll
    stated as what may come is not the toll another article reports."""
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    a = "The death toll could reach 90, officials warned."
    b = "In all, 41 people were killed, according to the civil defence agency."
    assert _key_flags(tmp_path, a, b) == []
    without = _key_flags(tmp_path, a, b, without=("unmet_different_modalities",))
    assert [f[3] for f in without] == ["figures_never_met"], without
    # two reported tolls are still compared
    reported = "The death toll reached 90, officials said."
    assert [f[2] for f in _key_flags(tmp_path, reported, b)] == ["conflict"]
