"""A figure under a negation is not the figure (issue 11, session 38, trial 45
P2): "None of the other teams -- ... -- has been reported to have offered more
than eight years" and "no other offer ... was thought to be more than seven
years" were read as claims of more than eight and seven years. A comparative
the length-of-time pattern reads as its own hedge ("more than", "fewer than",
"less than", "over", "under") is, under a negation in its clause, the bound the
other way, as "longer than" already was (test_s21_negated_bounds); and a
subject that negates its whole clause governs a comparative far along it.
Made-up sentences: different verbs, figures, units and orders."""

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.quantity.detect import find_quantities


def _durations(tmp_path, text: str) -> list[tuple[str, str]]:
    path = write(tmp_path, "a.md", "---\ntitle: T\npublished: 2024-03-04\n---\n" + text + "\n")
    return [(f.text, f.value["value"]) for f in analyze_paths([path]).facts if f.kind == "duration"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("No other bidder was said to have put forward a lease of more than 15 years.",
         "up to 15 years"),
        ("Nobody in the department has served more than twelve years in the post.",
         "up to 12 years"),
        ("The council has never approved a contract of more than three years.", "up to 3 years"),
        ("The regulator did not allow a trial of more than six weeks.", "up to 6 weeks"),
        ("None of the patients stayed fewer than five days in hospital.", "at least 5 days"),
        ("No fewer than 12 days passed before the ruling.", "at least 12 days"),
        # "last" the verb, not a window ("the last two years")
        ("Nobody expects the strike to last more than a week.", "up to 1 week"),
        ("The talks did not last more than two hours.", "up to 2 hours"),
        ("It took nothing less than six months to rebuild the bridge.", "at least 6 months"),
        # a long negating subject, an aside between it and the figure
        ("None of the other clubs in the race for the young striker -- two from Spain and one "
         "from Italy -- is understood to have offered more than four years.", "up to 4 years"),
        ("However, no other offer (including from the two clubs in the north) was thought to be "
         "more than seven years.", "up to 7 years"),
    ],
)  # fmt: skip
def test_a_negated_hedge_of_time_is_the_bound_the_other_way(tmp_path, monkeypatch, text, value):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    assert [v for _, v in _durations(tmp_path, text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # an absence that long: the negation is of what did not happen
        ("The club hasn't won the league in more than eight years.", "more than 8 years"),
        # the negation governs another clause
        ("Officials would not confirm that talks lasted more than three weeks.",
         "more than 3 weeks"),
        ("No one was hurt, and the fire burned for more than six hours.", "more than 6 hours"),
        ("The company did not say whether the deal ran more than five years.", "more than 5 years"),
        # no negation; the negation written inside the hedge
        ("He was sentenced to more than eight years in prison.", "more than 8 years"),
        ("The talks will last more than two hours.", "more than 2 hours"),
        ("No more than 30 days remain before the vote.", "up to 30 days"),
        # a sum spread over a length is no bound on it
        ("No team offered $150 million over seven years.", "7 years"),
    ],
)  # fmt: skip
def test_a_hedge_of_time_outside_a_negation_stays(tmp_path, monkeypatch, text, value):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    assert [v for _, v in _durations(tmp_path, text)] == [value]


def test_not_only_one_figure_but_another_keeps_both(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")
    found = _durations(tmp_path, "Not only five but seven years of records were lost.")
    assert found == [("seven years", "7 years")]


@pytest.mark.parametrize(
    "text",
    [
        "None of the bidders in the long auction for the old steelworks site on the river -- two "
        "builders and a charity -- is thought to have offered more than $20 million.",
        "None of the bidders in the long auction for the old steelworks site on the river is "
        "thought to have promised more than 300 jobs.",
    ],
)
def test_a_far_negating_subject_bounds_a_quantity(text):
    assert [m.hedge for m in find_quantities(text) if "more than" in m.text] == ["up to"]


@pytest.fixture
def lengths(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")

    def run(a: str, b: str):
        front = "---\ntitle: T\noutlet: {}\npublished: 2024-03-04\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier") + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette") + b + "\n"),
        ]
        found = analyze_paths(paths).discrepancies
        return [d.verdict.value for d in found if d.kind == "duration"]

    return run


_NONE = "None of the clubs in the chase for the striker this summer has offered a contract of "


def test_at_most_a_length_against_a_longer_one_is_a_conflict(lengths):
    assert lengths(
        _NONE + "more than three years.", "The club offered the striker a five-year contract."
    ) == ["conflict"]


def test_at_most_a_length_against_the_bound_itself_is_no_question(lengths):
    assert lengths(
        _NONE + "more than three years.", "The club offered the striker a three-year contract."
    ) in (
        [],
        ["consistent"],
    )
