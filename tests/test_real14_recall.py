"""Recall on real copy (issue 11, session 11): mechanisms that kept a real
discrepancy from being compared on the ECB+ development half, each shown on
made-up cases of the same shape, and shown to leave the cases next to it alone.

- a number joined to a word ("13-inch", "3-bedroom", "12-year-old") names which
  thing a figure is of; it is not a figure that differs, so two prices "for the
  13-inch model" say alike what they price (judge/pairing.frame);
- every value of a claim pair differing in reports of different days hides the
  pair (daily market reports), but not when two of the values are dates written
  with their years: those do not move between reports (judge/days.py);
- a sentence two outlets carry word for word takes its copy's partner in a third
  article where it has none (align.through_copies).
"""

import pytest
from conftest import write

from workbench import judge
from workbench.align_copies import through_copies
from workbench.analysis import analyze_paths
from workbench.judge.pairing import frame
from workbench.model import Alignment, Claim, Fact


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def flags(tmp_path):
    def run(a: str, b: str, days=("2024-03-04", "2024-03-04"), without=()):
        front = "---\ntitle: T\noutlet: {}\npublished: {}\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier", days[0]) + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette", days[1]) + b + "\n"),
        ]
        with judge.rules.without(*without):
            found = analyze_paths(paths).discrepancies
        return [
            (d.sides[0].text, d.sides[1].text, d.verdict.value)
            for d in found
            if d.kind != "attribution"
        ]

    return run


def _frame_of(sentence: str, value: str) -> frozenset[str]:
    s = sentence.index(value)
    claim = Claim("c", "a", 0, 0, len(sentence), sentence)
    fact = Fact("f", "c", "a", "money", s, s + len(value), value, None)
    return frame(claim, fact, 3)


@pytest.mark.parametrize(
    ("sentence", "value", "qualifier"),
    [
        ("The new line starts at $1,199 for the 13-inch option.", "$1,199", "13-inch"),
        ("Owners of a 3-bedroom house will pay £450 a year.", "£450", "3-bedroom"),
        ("The fare is $12 for a 30-day pass, the agency said.", "$12", "30-day"),
    ],
)
def test_a_number_joined_to_a_word_says_what_a_figure_is_of(sentence, value, qualifier):
    assert qualifier in _frame_of(sentence, value)


def test_a_bare_number_is_still_left_out_of_a_frame():
    assert _frame_of("The new line starts at $1,199 for 13 options.", "$1,199") == {
        "new",
        "line",
        "start",
        "option",
    }


@pytest.mark.parametrize(
    ("a", "b", "want", "not_paired"),
    [
        (
            "The company's new laptop line starts at $1,199 for the 13-inch option, "
            "but can go much higher.",
            "The company will ask $1,099 for the base 13-inch version and $1,799 for a "
            "15-inch version of its new laptop line.",
            ("$1,199", "$1,099"),
            "$1,799",
        ),
        (
            "The city's new bike scheme starts at $12 for the 30-day pass, but riders "
            "pay more for e-bikes.",
            "The city will ask $15 for the basic 30-day option and $2 for a single ride "
            "on its new bike scheme.",
            ("$12", "$15"),
            "$2",
        ),
    ],
)
def test_prices_of_one_qualified_thing_are_compared(flags, a, b, want, not_paired):
    found = flags(a, b)
    assert (*want, "conflict") in found
    assert not any(not_paired in (x, y) for x, y, _ in found)


@pytest.mark.parametrize(
    ("a", "b", "years"),
    [
        (
            "The city museum, which the Hale family founded in 1998, has 40 galleries and a cafe.",
            "The city museum, which the Hale family founded in 1999, has 45 galleries and a cafe.",
            ("1998", "1999"),
        ),
        (
            "The old toll bridge, which the county opened in 1961, carries 40,000 cars a day.",
            "The old toll bridge, which the county opened in 1963, carries 45,000 cars a day.",
            ("1961", "1963"),
        ),
    ],
)
def test_two_year_dates_keep_a_claim_pair_published_days_apart(flags, a, b, years):
    found = flags(a, b, days=("2024-03-04", "2024-03-11"))
    assert (*years, "conflict") in found


def test_every_value_differing_days_apart_still_hides_counts(flags):
    # the row itself still hides a pair whose differing values can all move
    a = "The bank said it would cut 300 jobs and close 12 branches in the north."
    b = "The bank said it would cut 350 jobs and close 15 branches in the north."
    assert flags(a, b, days=("2024-03-04", "2024-03-11")) == []
    assert flags(
        a, b, days=("2024-03-04", "2024-03-11"), without=("every_value_differs_across_days",)
    )


def _claims(*specs: tuple[str, str]) -> list[Claim]:
    return [Claim(cid, art, i, 0, 1, "x") for i, (cid, art) in enumerate(specs)]


CLAIMS = _claims(("a1", "A"), ("a2", "A"), ("c1", "C"), ("b1", "B"), ("b2", "B"), ("d1", "D"))
BY_ID = {c.id: i for i, c in enumerate(CLAIMS)}


def _pairs(out: list[Alignment]) -> set[tuple[str, str, float]]:
    return {(al.left, al.right, al.score) for al in out}


def test_a_copy_takes_its_twins_partner_in_a_third_article():
    out = [Alignment("a1", "c1", 1.0), Alignment("c1", "b1", 0.5)]
    assert ("a1", "b1", 0.5) in _pairs(through_copies(out, CLAIMS, BY_ID, 0.9))


def test_a_copy_with_a_partner_of_its_own_keeps_it():
    out = [Alignment("a1", "c1", 1.0), Alignment("c1", "b1", 0.5), Alignment("a1", "b2", 0.45)]
    assert _pairs(through_copies(out, CLAIMS, BY_ID, 0.9)) == _pairs(out)
    # ... and so does the third article's sentence
    out = [Alignment("a1", "c1", 1.0), Alignment("c1", "b1", 0.5), Alignment("a2", "b1", 0.45)]
    assert _pairs(through_copies(out, CLAIMS, BY_ID, 0.9)) == _pairs(out)


def test_only_near_verbatim_copies_and_one_step_are_followed():
    out = [Alignment("a1", "c1", 0.7), Alignment("c1", "b1", 0.5)]
    assert _pairs(through_copies(out, CLAIMS, BY_ID, 0.9)) == _pairs(out)
    # a1, c1 and b1 are one sentence: b1's partner in D goes to its copy c1,
    # never on to a1, the copy of that copy
    out = [Alignment("a1", "c1", 1.0), Alignment("c1", "b1", 0.95), Alignment("b1", "d1", 0.5)]
    got = _pairs(through_copies(out, CLAIMS, BY_ID, 0.9))
    assert ("a1", "b1", 1.0) in got and ("c1", "d1", 0.5) in got
    assert not any({x, y} == {"a1", "d1"} for x, y, _ in got)  # a copy of a copy
    assert _pairs(through_copies(out, CLAIMS, BY_ID, -1)) == _pairs(out)


def test_a_pair_an_editor_unlinked_is_not_aligned_through_a_copy():
    out = [Alignment("a1", "c1", 1.0), Alignment("c1", "b1", 0.5)]
    removed = {frozenset(("a1", "b1"))}
    assert _pairs(through_copies(out, CLAIMS, BY_ID, 0.9, removed)) == _pairs(out)
