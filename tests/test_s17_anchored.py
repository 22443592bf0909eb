"""Figures anchored on what they count (issue 11, session 17). Made-up reports.

- two counts of aligned sentences whose clauses name one narrow happening
  (the injured, the dead, a mother's children), each the only value of its
  sentence to name it, are compared even when the other words around them
  differ (judge/like.one_count_in_other_words);
- a person's count of children ("a mother of 6") is a key figure of a story,
  compared across whole articles when the sentences never met (judge/story.py).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from conftest import write

from workbench import judge
from workbench.analysis import analyze_paths
from workbench.thresholds import current


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def flags(tmp_path):
    """(value a, value b, verdict, rule) of every flag of two reports."""

    def run(a: str, b: str, shared: str = ""):
        front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier") + shared + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette") + shared + b + "\n"),
        ]
        with judge.tracing() as decided:
            found = analyze_paths(paths).discrepancies
        run.decided = decided
        return [
            (d.sides[0].text, d.sides[1].text, d.verdict.value, d.rule)
            for d in found
            if d.kind != "attribution"
        ]

    return run


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (
            "The brawl outside the Dunmore stadium on Saturday left 5 fans injured and a "
            "steward shaken.",
            "Outside the Dunmore stadium on Saturday, 3 stewards watched as the brawl spread "
            "and 8 fans were hurt.",
            ("5", "8"),
        ),
        (
            "The explosion at the Corran paint works on Friday left 12 workers injured and "
            "the roof in ruins.",
            "At the Corran paint works on Friday, 2 tankers caught fire after the explosion "
            "and 15 workers were hurt.",
            ("12", "15"),
        ),
    ],
)
def test_one_count_told_in_other_words_is_compared(flags, a, b, values):
    found = flags(a, b)
    assert (*values, "conflict", "one_count_in_other_words") in found
    assert flags.decided[("one_count_in_other_words", "keep")] == 1


def test_two_counts_of_one_happening_in_a_sentence_are_not_anchored(flags):
    # '200 fans' and '7 men' both sit in a clause of custody: which one the other
    # report's '5 men' counts is not known, so the words around them still decide
    flags(
        "Police arrested 5 men after the brawl outside the Dunmore stadium on Saturday evening.",
        "After the brawl involving 200 fans outside the Dunmore stadium on Saturday evening, "
        "officers said 7 men were in custody.",
    )
    assert flags.decided[("one_count_in_other_words", "keep")] == 0


def _pairing(stages, kinds=("number", "number"), verdict="conflict", context=0.3, only=True):
    from workbench.model import Verdict

    return SimpleNamespace(
        cmp=SimpleNamespace(verdict=Verdict(verdict)),
        x=SimpleNamespace(kind=kinds[0]),
        y=SimpleNamespace(kind=kinds[1]),
        stages=stages,
        context=context,
        only_of_stage=only,
        t=current().judge,
    )


@pytest.mark.parametrize(
    "case",
    [
        # a happening too broad (or none) to say one thing is counted
        _pairing(("", "")),
        _pairing(("voted", "voted")),
        _pairing(("damaged", "damaged")),
        # two happenings
        _pairing(("killed", "injured")),
        # another value of that happening in a sentence
        _pairing(("injured", "injured"), only=False),
        # agreeing, or already kept by the words around them
        _pairing(("killed", "killed"), verdict="consistent"),
        _pairing(("killed", "killed"), context=0.9),
        # dates have their own row (one_stage_in_other_words)
        _pairing(("arrested", "arrested"), kinds=("date", "date")),
    ],
)
def test_what_is_not_one_count_in_other_words(case):
    from workbench.judge.like import one_count_in_other_words

    assert one_count_in_other_words(case) is False


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        (
            "Horton was walking with one of her 12 children when the shots rang out.",
            "12",
            "children",
        ),
        ("The couple's 3 children were staying with an aunt.", "3", "children"),
        ("Lowe, a father of five, had driven the route for years.", "five", "children"),
        ("He leaves his 4 kids and a brother.", "4", "children"),
        # some of them, or children counted by what befell them
        ("Her two sons were in the car with her.", "two", ""),
        ("She was a proud grandmother of 9.", "9", "grandchildren"),
        ("Police said 4 children were hurt in the crash.", "4", "injured"),
    ],
)
def test_someones_children_are_counted_as_children(text, figure, event):
    from workbench.facts.measure import measure_of

    at = text.index(figure)
    assert measure_of(text, at, at + len(figure)).event == event


# Sentences both reports carry (one story), none of them stating a key figure.
_DEPOT = (
    "The van left the road near the Ashby depot and struck a bus shelter. "
    "The lane was closed for most of the afternoon while investigators worked. "
    "The haulage firm said it was helping police with their inquiries. "
)


@pytest.fixture
def unmet(tmp_path):
    """The never-met flags of two reports of one story published ``days`` apart."""

    def run(a: str, b: str, days=("2024-03-04", "2024-03-04")):
        front = "---\ntitle: T\noutlet: {}\npublished: {}\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier", days[0]) + _DEPOT + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette", days[1]) + _DEPOT + b + "\n"),
        ]
        found = analyze_paths(paths).discrepancies
        return [
            (d.sides[0].text, d.sides[1].text, d.verdict.value, d.rule)
            for d in found
            if d.rule.startswith(("figures_never_met", "unmet_"))
        ]

    return run


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (
            "Relatives said the victim, a father of 5, had waited at the shelter every morning.",
            "Gareth Lowe was on his way to collect his 4 children from school.",
            ("5", "4"),
        ),
        (
            "Neighbours described the mother of 7 as the heart of the street.",
            "Tributes poured in for a mum of 9 who was known to everyone in Ashby.",
            ("7", "9"),
        ),
    ],
)
def test_children_of_one_mother_never_met_are_compared(unmet, a, b, values):
    assert unmet(a, b) == [(*values, "conflict", "figures_never_met")]
    # no count updated from day to day: reports days apart still disagree
    assert unmet(a, b, days=("2024-03-04", "2024-03-07")) == [
        (*values, "conflict", "figures_never_met")
    ]
    # months apart, a family may have grown: a question
    assert unmet(a, b, days=("2024-03-04", "2024-09-07")) == [
        (*values, "unresolved", "unmet_updated_count")
    ]


def test_children_stated_alike_or_counted_by_a_harm_are_not_shown(unmet):
    alike = unmet(
        "Relatives said the victim, a father of four, had waited at the shelter every morning.",
        "Gareth Lowe was on his way to collect his 4 children from school.",
    )
    assert alike == []
    # '3 children were hurt' counts the injured, never a parent's children
    harm = unmet(
        "Relatives said the victim, a father of 5, had waited at the shelter every morning.",
        "Paramedics said 3 children were hurt when the van mounted the kerb.",
    )
    assert [f for f in harm if f[:2] == ("5", "3")] == []
    # a grandmother's grandchildren are not a mother's children
    grand = unmet(
        "Neighbours described the mother of 7 as the heart of the street.",
        "Tributes poured in for a grandmother of 9 who was known to everyone in Ashby.",
    )
    assert grand == []
