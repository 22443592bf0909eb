"""A named holder's running total compared across whole articles (issue 11,
session 18, judge/totals.py). Made-up reports.

Outlets state where a player or a team stands now in sentences worded too
differently to align ("Varga now has 802 career goals" / "the crowd rose when
Varga, who now has 801 goals, found the net"); each article's one current
total of a named holder and counted thing is compared with another's when
their sentences never met.
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench.analysis import analyze_paths
from workbench.judge.totals import holder_of
from workbench.model import Claim, Fact

# Sentences both reports carry (one story), none of them stating a total.
_STORY = (
    "The Harbour City Kings beat the Northfield Rangers in front of a sold-out arena. "
    "Captain Milo Varga broke the league's all-time scoring record on the night. "
    "The game was stopped for several minutes while his teammates celebrated on the ice. "
    "The Kings host the Rangers again on Saturday in the second game of the series. "
)


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


@pytest.fixture
def totals(tmp_path):
    """The running-total flags of two reports of one story."""

    def run(a: str, b: str, days=("2024-03-04", "2024-03-04")):
        front = "---\ntitle: T\noutlet: {}\npublished: {}\n---\n"
        paths = [
            write(tmp_path, "a.md", front.format("Courier", days[0]) + _STORY + a + "\n"),
            write(tmp_path, "b.md", front.format("Gazette", days[1]) + _STORY + b + "\n"),
        ]
        found = analyze_paths(paths).discrepancies
        return [
            (d.sides[0].text, d.sides[1].text, d.verdict.value, d.rule, d.explanation)
            for d in found
            if "current total" in d.explanation
        ]

    return run


@pytest.mark.parametrize(
    ("a", "b", "values", "what"),
    [
        (
            "Varga now has 802 career goals after his two on Tuesday.",
            "Fans chanted his name when Varga, who now has 801 goals, skated to the bench.",
            ("802", "801"),
            "current total of goals of Varga",
        ),
        (
            "Varga finished with two goals and now has 1,204 points for the franchise.",
            "Coaches praised the veteran as Varga, who now has 1,240 points, left the ice.",
            ("1,204", "1,240"),
            "current total of points of Varga",
        ),
        (
            "The Kings won again, bringing their total to 41 wins.",
            "Nobody in the dressing room talked about the standings even though the Kings "
            "now have 40 wins.",
            ("41", "40"),
            "current total of wins of Kings",
        ),
    ],
)
def test_a_running_total_stated_in_other_words_is_compared(totals, a, b, values, what):
    found = totals(a, b)
    assert [f[:4] for f in found] == [(*values, "conflict", "figures_never_met")]
    assert what in found[0][4]  # the explanation names whose total of what


def test_two_holders_totals_are_not_compared(totals):
    assert not totals(
        "Varga now has 802 career goals after his two on Tuesday.",
        "Fans cheered when Petrov, who now has 790 goals, scored in the third period.",
    )


def test_totals_of_different_things_are_not_compared(totals):
    assert not totals(
        "Varga now has 802 career goals after his two on Tuesday.",
        "Fans chanted his name when Varga, who now has 801 assists, skated to the bench.",
    )


def test_a_season_total_is_not_compared_with_a_career_total(totals):
    assert not totals(
        "Varga now has 802 career goals after his two on Tuesday.",
        "Fans chanted his name when Varga, who now has 41 goals this season, skated off.",
    )


def test_the_same_total_is_not_shown(totals):
    assert not totals(
        "Varga now has 802 career goals after his two on Tuesday.",
        "Fans chanted his name when Varga, who now has 802 goals, skated to the bench.",
    )


def test_an_article_stating_two_totals_of_one_holder_gives_none(totals):
    assert not totals(
        "Varga now has 801 goals after the first period. By the final horn Varga now has "
        "802 goals, a league record.",
        "Fans chanted his name when Varga, who now has 800 goals, skated to the bench.",
    )


def test_totals_of_reports_of_different_days_are_a_question(totals):
    found = totals(
        "Varga now has 802 career goals after his two on Tuesday.",
        "Fans chanted his name when Varga, who now has 799 goals, skated to the bench.",
        days=("2024-03-04", "2024-03-09"),
    )
    assert [f[2:4] for f in found] == [("unresolved", "unmet_updated_count")]


def _fact(claim: Claim, value: str) -> Fact:
    start = claim.text.index(value)
    return Fact("f", claim.id, "a", "number", start, start + len(value), value, {})


@pytest.mark.parametrize(
    ("sentence", "value", "holder"),
    [
        ("Hansbrough now has 2,301 career points as a Tar Heel.", "2,301", "hansbrough"),
        (
            "The game stopped when Hansbrough, who now has 2,302 points, scored.",
            "2,302",
            "hansbrough",
        ),
        ("Ovechkin has now scored 853 goals in the league.", "853", "ovechkin"),
        # a past level, not where the holder stands now
        ("Hansbrough entered the game with 2,282 points.", "2,282", ""),
        ("Ford finished his career in 1978 with 2,290 points.", "2,290", ""),
        # a pronoun names nobody
        ("He now has 2,301 career points.", "2,301", ""),
        ("Officials said the club now has 40 wins.", "40", ""),
    ],
)
def test_a_current_total_and_its_holder_are_read_from_the_clause(sentence, value, holder):
    claim = Claim("a:0", "a", 0, 0, len(sentence), sentence)
    assert holder_of(claim, _fact(claim, value)) == holder
