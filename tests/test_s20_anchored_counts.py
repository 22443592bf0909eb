"""Counts anchored by what they count, and named ages anywhere in an article
(issue 11, session 20): figures whose sentences were never compared (no
partner, or the partner taken by another sentence) are paired when they count
the same specific thing of the same happening; a difference is a question
naming both, never a conflict. Generic heads, different happenings, scoped
figures and articles stating two counts of one thing pair nothing. Made-up
reports."""

import pytest
from conftest import write

from workbench.analysis import analyze_paths

SHARED = (
    "Fire crews were called to the mill on Canal Street shortly after midnight. "
    "The owner said the building had been empty for several months. "
    "Investigators have not yet said how the fire started. "
)
FILLER = " ".join(
    f"Paragraph {w} of the report adds colour about the town." for w in "abcdefghijklm"
)


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def flags(tmp_path):
    def run(a: str, b: str, days=("2024-03-04", "2024-03-04")):
        front = "---\ntitle: T\noutlet: {}\npublished: {}\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier", days[0]) + SHARED + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette", days[1]) + SHARED + b + "\n"),
        ]
        found = analyze_paths(paths).discrepancies
        return [
            (d.sides[0].text, d.sides[1].text, d.verdict.value, d.rule, d.explanation)
            for d in found
        ]

    return run


def _anchored(found):
    return [f[:4] for f in found if f[3] == "anchored_count_question"]


@pytest.mark.parametrize(
    ("a", "b", "pair"),
    [
        (
            "Police seized 40 rifles in a raid on the mill.",
            "Officers later recovered 35 rifles hidden under the floor.",
            ("40", "35"),
        ),
        (
            "More than an hour later, 120 firefighters were still at the scene.",
            "The brigade said 90 firefighters had worked through the night in shifts.",
            ("120", "90"),
        ),
        (
            "Witnesses said a gunman had fired 14 shots from a rooftop nearby.",
            "Detectives believe 11 shots were fired toward the crowd.",
            ("14", "11"),
        ),
    ],
)
def test_a_specific_count_never_compared_is_a_question(flags, a, b, pair):
    found = flags(a, b)
    assert _anchored(found) == [(*pair, "unresolved", "anchored_count_question")]
    explanation = next(f[4] for f in found if f[3] == "anchored_count_question")
    assert "count of" in explanation and "never compared" in explanation


def test_the_question_names_both_figures_and_what_they_count(flags):
    found = flags(
        "Police seized 40 rifles in a raid on the mill.",
        "Officers later recovered 35 rifles hidden under the floor.",
    )
    (explanation,) = [f[4] for f in found if f[3] == "anchored_count_question"]
    assert "'rifle'" in explanation and "40" in explanation and "35" in explanation
    assert explanation.endswith("unresolved")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # generic heads never anchor
        ("The mill had stood empty for 12 years.", "Neighbours said it closed 9 years ago."),
        ("About 30 people watched from the bridge.", "Some 50 people gathered on the towpath."),
        ("The alarm sounded three times before dawn.", "Residents heard the alarm five times."),
        # the same noun of different happenings
        (
            "Police seized 40 rifles in a raid on the mill.",
            "The factory made 35 rifles a week in 1950.",
        ),
        # a scope of its own: a year, a place
        (
            "In 2019 the brigade attended 14 warehouse fires.",
            "The crews put out 11 warehouse fires.",
        ),
        # agreement is not shown
        (
            "Police seized 40 rifles in a raid on the mill.",
            "Officers recovered 40 rifles hidden there.",
        ),
    ],
)
def test_near_misses_pair_nothing(flags, a, b):
    assert _anchored(flags(a, b)) == []


def test_an_article_stating_two_counts_of_one_thing_gives_none(flags):
    found = flags(
        "Police seized 40 rifles in a raid on the mill. A second raid seized 12 rifles.",
        "Officers recovered 35 rifles hidden under the floor.",
    )
    assert _anchored(found) == []


def test_money_and_distances_are_not_counts(flags):
    found = flags(
        "The owner said the damage would cost $40,000 to repair.",
        "Repairs were put at $35,000 by the insurer, 3 miles from the mill.",
    )
    assert _anchored(found) == []


def test_a_named_age_beyond_the_lead_is_compared(flags):
    found = flags(
        FILLER + " The owner, Marta Oyelaran, 41, declined to comment.",
        "Detectives later questioned the 44-year-old Marta Oyelaran about the insurance.",
    )
    ages = [f[:4] for f in found if f[3] == "ages_never_met"]
    assert ages == [("41", "44-year", "conflict", "ages_never_met")]


def test_two_relatives_named_beyond_the_lead_are_not_one_person(flags):
    found = flags(
        FILLER + " Her brother, Tomas Oyelaran, 44, was not at the mill.",
        "Detectives questioned the 41-year-old Marta Oyelaran about the insurance.",
    )
    assert [f for f in found if f[3] == "ages_never_met"] == []
