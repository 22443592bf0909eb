"""Issue 11, trial 27 (ECB+ 03_ecb, 11_ecb): figures of a tally paired side
by side, "over" after a length as a span, hours of an activity against the
calendar days it took, and a turnout told as taking part."""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.facts.measure import measure_of
from workbench.facts.time.lengths import spread_over
from workbench.judge.tally import side_of
from workbench.manual_links import make_link, sentence_ref


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _front(outlet: str) -> str:
    return f"---\ntitle: T\noutlet: {outlet}\npublished: 2022-02-11\n---\n"


def _flags(tmp_path, a: str, b: str) -> list[tuple[str, frozenset[str]]]:
    """The flags between two one-sentence articles, linked as an editor links
    two sentences by hand (``workbench link``): they are always compared."""
    paths = [
        write(tmp_path, "a.md", _front("Courier") + a + "\n"),
        write(tmp_path, "b.md", _front("Gazette") + b + "\n"),
    ]
    first = analyze_paths(paths)
    ca, cb = ([c for c in first.claims if c.article == x.id] for x in first.articles)
    link = make_link("link", sentence_ref(ca[0], ca), sentence_ref(cb[0], cb))
    analysis = analyze_paths(paths, manual=(link,))
    return [(d.verdict, frozenset(s.text for s in d.sides)) for d in analysis.discrepancies]


@pytest.mark.parametrize(
    "sentence, figure, side",
    [
        ("Jurors deadlocked with nine in favor and three against death.", "nine", "for"),
        ("Jurors deadlocked with nine in favor and three against death.", "three", "against"),
        ("The three who voted against the death penalty would not comment.", "three", "against"),
        ("The motion passed with 12 votes for, 3 against.", "12", "for"),
        ("The council voted seven to two to approve the plan.", "seven", "first"),
        ("The council voted seven to two to approve the plan.", "two", "second"),
        ("Two members abstained in the vote.", "Two", "against"),
        # no vote told: "against" is no side
        ("He faces three charges against him in the case.", "three", ""),
        ("The jury of 12 returned after lunch.", "12", ""),
    ],
)
def test_the_side_of_a_tally_a_figure_counts(sentence, figure, side):
    s = sentence.index(figure)
    assert side_of(sentence, s, s + len(figure)) == side


@pytest.mark.parametrize(
    "a, b",
    [
        (
            "The three who voted against the death penalty would not comment.",
            "Jurors deadlocked with nine in favor and three against the death sentence.",
        ),
        (
            "The council voted seven to two to approve the new budget plan.",
            "Two members of the council voted against the new budget plan.",
        ),
        (
            "Shareholders backed the merger with 80 percent in favor and 20 percent opposed.",
            "About 20 percent of shareholders voted against the merger.",
        ),
    ],
)
def test_figures_of_different_sides_are_not_compared(tmp_path, a, b):
    for verdict, sides in _flags(tmp_path, a, b):
        assert verdict != "conflict", sides


@pytest.mark.parametrize(
    "a, b, left, right",
    [
        (
            "The three jurors who voted against the death penalty would not comment.",
            "Jurors deadlocked with nine in favor and four against the death penalty.",
            "three",
            "four",
        ),
        (
            "The council voted seven to two to approve the new budget plan.",
            "The council voted six to three to approve the new budget plan.",
            "two",
            "three",
        ),
    ],
)
def test_one_sides_figures_are_compared(tmp_path, a, b, left, right):
    assert ("conflict", frozenset((left, right))) in _flags(tmp_path, a, b)


@pytest.mark.parametrize(
    "text, at",
    [
        ("deliberated for 40 hours over four days", True),
        ("six sessions over two weeks", True),
        ("talks held over two days", True),
        ("the jury deliberated over four days", True),
        ("the strike lasted over four days", False),  # "more than"
        ("it took over three hours", False),
    ],
)
def test_over_after_a_length_or_an_activity_is_a_span(text, at):
    assert spread_over(text, text.index(" over ") + 1) is at


@pytest.mark.parametrize(
    "a, b",
    [
        (
            "After four days of deliberations, the jury was deadlocked.",
            "The jury was deadlocked after 30 hours of deliberations.",
        ),
        (
            "The surgery on the twins took 14 hours over two days.",
            "The surgery on the twins took two days.",
        ),
        (
            "Rescuers searched for 20 hours across three days for the climbers.",
            "Rescuers searched for three days for the climbers.",
        ),
    ],
)
def test_hours_within_days_are_not_compared(tmp_path, a, b):
    assert not [f for f in _flags(tmp_path, a, b) if f[0] == "conflict"]


def test_more_hours_than_the_days_hold_still_conflict(tmp_path):
    flags = _flags(
        tmp_path,
        "The surgeons operated on the twins for 50 hours.",
        "The surgeons operated on the twins for two days.",
    )
    assert ("conflict", frozenset(("50 hours", "two days"))) in flags


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Officials said 90 per cent of eligible voters had participated.", "90 per cent"),
        ("About 60 percent of voters turned out on Sunday.", "60 percent"),
        ("Some 70% of the electorate took part in the poll.", "70%"),
        ("Turnout reached 93.87 percent.", "93.87 percent"),
    ],
)
def test_a_turnout_told_as_taking_part_counts_those_who_voted(sentence, figure):
    s = sentence.index(figure)
    assert measure_of(sentence, s, s + len(figure)).event == "voted"


def test_one_share_of_one_side_is_no_tally(tmp_path):
    """'91% voted in favour' states one side only: it is compared with '91 per
    cent backed a walkout' as before (tests/pairs/26_bus_drivers_strike_ballot)."""
    flags = _flags(
        tmp_path,
        "Of the 1,640 drivers balloted, 91 per cent backed a walkout.",
        "More than 1,600 drivers were balloted, and 91% voted in favour.",
    )
    assert ("consistent", frozenset(("91 per cent", "91%"))) in flags
