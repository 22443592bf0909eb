"""Figures that never met (issue 11, session 12): the key figures of a story
compared across whole articles when the sentences stating them were never
aligned (judge/story.py, rows in judge/unmet.py). Made-up reports: each pair
of articles shares a few sentences (one story), and states its toll, count
or day in a sentence of its own."""

import pytest
from conftest import write

from workbench import judge
from workbench.analysis import analyze_paths

# Sentences both reports carry (so the two articles report one story), none of
# them stating a key figure.
SHARED = {
    "quake": (
        "Rescue teams worked through the night in the mountain town of Pelago. "
        "The regional governor visited the hospital on the main square. "
        "Schools in the district will stay closed until further notice. "
    ),
    "crash": (
        "The coach left the motorway near the Harnley junction and overturned. "
        "Traffic was diverted along the old coast road for most of the day. "
        "The operator said it was cooperating fully with investigators. "
    ),
    "protest": (
        "Demonstrators gathered outside the parliament building in Vestra. "
        "Riot police blocked the avenue leading to the ministry. "
        "The interior minister appealed for calm on national television. "
    ),
}


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def flags(tmp_path):
    """(value a, value b, verdict, rule, explanation) of every flag of two
    reports; ``story`` names the shared sentences put before each text."""

    def run(story, a, b, days=("2024-03-04", "2024-03-04")):
        front = "---\ntitle: T\noutlet: {}\n{}---\n"
        dated = [f"published: {d}\n" if d else "" for d in days]
        shared = SHARED[story] if story else ""
        paths = [
            write(tmp_path, "a.md", front.format("Courier", dated[0]) + shared + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette", dated[1]) + shared + b + "\n"),
        ]
        with judge.tracing() as decided:
            found = analyze_paths(paths).discrepancies
        run.decided = decided
        return [
            (d.sides[0].text, d.sides[1].text, d.verdict.value, d.rule, d.explanation)
            for d in found
            if d.kind != "attribution"
        ]

    return run


def _unmet(found):
    return [f for f in found if f[3].startswith(("figures_never_met", "unmet_"))]


@pytest.mark.parametrize(
    ("story", "a", "b", "values"),
    [
        (
            "quake",
            "The quake, which struck at dawn, killed 12 people across the valley.",
            "Officials said the death toll had risen to 15 by the evening.",
            ("12", "15"),
        ),
        (
            "crash",
            "Paramedics treated 23 injured at the roadside before the first ambulances left.",
            "In all, 31 people were hurt, according to the county's fire service.",
            ("23", "31"),
        ),
        (
            "protest",
            "By nightfall officers had arrested 40 protesters near the old bridge.",
            "A police spokeswoman told reporters that 64 protesters were detained.",
            ("40", "64"),
        ),
        (
            "crash",
            "Doctors said 6 victims died at the scene of the crash.",
            "Officials said 8 people were killed when the coach overturned.",
            ("6", "8"),
        ),
        (
            "quake",
            "Seismologists measured the tremor at magnitude 6.1 on their instruments.",
            "The 5.4-magnitude quake was felt as far away as the coast.",
            ("6.1", "5.4"),
        ),
    ],
)
def test_a_toll_stated_in_other_words_is_compared(flags, story, a, b, values):
    found = _unmet(flags(story, a, b))
    assert [(x, y, v, r) for x, y, v, r, _ in found] == [(*values, "conflict", "figures_never_met")]
    why = found[0][4]
    # says what was compared, and that the sentences differ
    assert "never aligned" in why and "each article states once" in why
    assert why.endswith("— conflict")


def test_agreeing_key_figures_are_not_shown(flags):
    found = flags(
        "quake",
        "The quake, which struck at dawn, killed 12 people across the valley.",
        "Officials said the death toll stood at twelve by the evening.",
    )
    assert _unmet(found) == []
    assert ("unmet_agreement", "skip") in flags.decided


def test_key_figures_of_different_days_are_a_question(flags):
    found = _unmet(
        flags(
            "crash",
            "Paramedics treated 23 injured at the roadside before the first ambulances left.",
            "In all, 31 people were hurt, according to the county's fire service.",
            days=("2024-03-04", "2024-03-05"),
        )
    )
    assert [(x, y, v, r) for x, y, v, r, _ in found] == [
        ("23", "31", "unresolved", "unmet_updated_count")
    ]
    assert "1 day(s) apart" in found[0][4] and "which is current" in found[0][4]


def test_key_figures_far_apart_are_not_compared(flags):
    found = flags(
        "quake",
        "The quake, which struck at dawn, killed 12 people across the valley.",
        "Officials recalled that the great flood killed 2,300 people along the river.",
    )
    assert _unmet(found) == []
    assert ("unmet_far_apart", "skip") in flags.decided


def test_unrelated_articles_compare_no_key_figures(flags):
    found = flags(
        "",
        "A gas explosion in a Harnley bakery killed 3 people, police said.",
        "Flooding after a week of storms killed 7 people in the south of Vestra.",
    )
    assert _unmet(found) == []
    assert ("unmet_in_loosely_related_articles", "skip") in flags.decided


def test_a_bound_against_a_far_figure_is_a_question(flags):
    found = _unmet(
        flags(
            "quake",
            "The quake, which struck at dawn, killed at least 3 people in the valley.",
            "Officials said the death toll had risen to 30 by the evening.",
        )
    )
    assert [(x, y, v, r) for x, y, v, r, _ in found] == [
        ("at least 3", "30", "unresolved", "figures_never_met_question")
    ]


def test_the_day_of_the_main_event_is_compared(flags):
    found = _unmet(
        flags(
            "crash",
            "The crash happened on Sunday 3 March, witnesses said.",
            "Investigators are still examining the wreckage from Saturday's crash.",
        )
    )
    assert [(v, r) for _, _, v, r, _ in found] == [("conflict", "figures_never_met")]
    assert "day of the main event" in found[0][4]


def test_a_day_not_settled_to_one_day_is_not_a_key_figure(flags):
    # weekdays of undated reports, and years or months, are not the day of the main
    # event this pass compares ("shooting for a 2011 release" / "shot to fame in 1999")
    found = flags(
        "crash",
        "The crash happened on Sunday, witnesses said.",
        "Investigators are still examining the wreckage from Saturday's crash.",
        days=(None, None),
    )
    assert _unmet(found) == []
    found = flags(
        "crash",
        "The coach company was founded after a crash in 1998, its website says.",
        "The company's drivers were blamed for a crash in 2004, court papers show.",
    )
    assert _unmet(found) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two tolls in one article: which one is its figure is unknown
        (
            "The quake killed 12 people at dawn. Later the death toll rose to 14.",
            "Officials said the death toll had risen to 15 by the evening.",
        ),
        # a figure with a year of its own is background
        (
            "In 2004 a similar quake killed 40 people in the same valley.",
            "Officials said the death toll had risen to 15 by the evening.",
        ),
        # the whole of a partitive is not the count of the happening
        (
            "Doctors said two of the nine victims died in hospital overnight.",
            "Officials said the death toll had risen to 15 by the evening.",
        ),
        # those accused of killing are not the dead
        (
            "Prosecutors named the three men accused of killing the shopkeeper.",
            "Officials said the death toll had risen to 15 by the evening.",
        ),
        # passengers and soldiers may be a part of the dead, not the toll
        (
            "Paramedics said 4 passengers were killed when the coach overturned.",
            "Officials said 15 people had been killed by the evening.",
        ),
        (
            "The quake killed 4 soldiers guarding the dam.",
            "Officials said 15 people had been killed by the evening.",
        ),
    ],
)
def test_figures_of_other_things_are_not_key_figures(flags, a, b):
    assert _unmet(flags("quake", a, b)) == []


def test_aligned_sentences_are_left_to_the_aligned_comparison(flags):
    found = flags(
        "quake",
        "The quake killed 12 people in the valley, officials said on Monday.",
        "The quake killed 15 people in the valley, officials said on Monday.",
    )
    assert _unmet(found) == []
    assert [(v, r) for _, _, v, r, _ in found] == [("conflict", "fact_module")]
