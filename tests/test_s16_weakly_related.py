"""Issue 11, session 16: two narrow classes found on a whole event folder.

1. Two articles that share few claims have their look-alike sentences set
   aside (rules row weakly_related_articles); one named owner's figure
   restated alike in both ("now has 1,812 career rebounds" / "now has 1,815
   for her career") is still one fact and still compared
   (restated_alike_in_weakly_related_articles, judge/floor.restated_alike).
2. The owner of a stat line is the name that opens its sentence, also when
   the name has two words ("Lena Ortiz finished with 18 points"), an adverb
   stands before the verb ("Moreno now has …") or a second verb follows "and"
   ("… 9 rebounds and now has 1,815 for her career"): two named owners'
   figures are not compared.
"""

from __future__ import annotations

import pytest
from conftest import write

from workbench import judge
from workbench.analysis import analyze_paths
from workbench.facts.measure import measure_of
from workbench.facts.whose import subject_of
from workbench.judge.floor import restated_alike
from workbench.judge.games import games_apart
from workbench.model import Fact


@pytest.fixture(autouse=True)
def _lexical(monkeypatch):
    monkeypatch.setenv("WORKBENCH_EMBEDDINGS", "0")


def _subject(sentence: str) -> tuple[str, ...]:
    """The subject read for the bracketed figure of ``sentence``."""
    s = sentence.index("[")
    text = sentence.replace("[", "").replace("]", "")
    e = sentence.index("]") - 1
    return subject_of(text, s, e)


@pytest.mark.parametrize(
    "sentence, subject",
    [
        ("Lena Ortiz finished with [18] points for the Hawks.", ("ortiz",)),
        ("Marcus de Vries scored [31] goals last season.", ()),  # a lower-case word: no name
        ("Moreno now has [1,812] career rebounds.", ("moreno",)),
        ("Moreno grabbed 9 rebounds and now has [1,815] for her career.", ("moreno",)),
        ("Moreno grabbed 9 rebounds and Pike had [7] steals.", ()),  # Pike's (owner_of)
        ("Jan Pike just put up [27] points.", ("pike",)),
        ("Police also arrested [three] men.", ()),
        ("The Hawks now have [14] wins.", ()),
        ("Ortiz scored [18] points.", ("ortiz",)),  # one word, as before
    ],
)
def test_the_name_opening_a_stat_line_is_its_subject(sentence, subject):
    assert _subject(sentence) == subject


def _fact(text: str, value: str) -> tuple[Fact, object]:
    s = text.index(value)
    f = Fact("f", "c", "a", "quantity", s, s + len(value), value, {"value": value})
    return f, measure_of(text, s, s + len(value))


def test_one_owners_career_total_is_restated_alike():
    a = "Moreno now has 1,812 career rebounds."
    b = "Moreno grabbed 9 rebounds and now has 1,815 for her career."
    (x, ma), (y, mb) = _fact(a, "1,812"), _fact(b, "1,815")
    assert restated_alike(x, y, ma, mb)


@pytest.mark.parametrize(
    "a, va, b, vb",
    [
        # two owners
        (
            "Moreno now has 1,812 career rebounds.",
            "1,812",
            "Pike now has 1,815 career rebounds.",
            "1,815",
        ),
        # no owner named: whose is unknown
        ("The fund now has 1,812 members.", "1,812", "The club now has 1,815 members.", "1,815"),
        # one owner, but the career against one game
        ("Moreno now has 1,812 career rebounds.", "1,812", "Moreno had 15 rebounds.", "15"),
    ],
)
def test_figures_that_say_less_are_not_restated_alike(a, va, b, vb):
    (x, ma), (y, mb) = _fact(a, va), _fact(b, vb)
    assert not restated_alike(x, y, ma, mb)


def _front(outlet: str) -> str:
    return f"---\ntitle: T\noutlet: {outlet}\npublished: 2022-02-11\n---\n"


# Two reports of one evening that share one sentence: the rest is about other things.
_A_REST = "".join(f"\nThe {w} ferry left the harbour late.\n" for w in "abcdef")
_B_REST = "".join(f"\nOur {w} choir sang in the square.\n" for w in "ghijkl")


def _weak(tmp_path, a: str, b: str, without: tuple[str, ...] = ()):
    paths = [
        write(tmp_path, "a.md", _front("Courier") + a + "\n" + _A_REST),
        write(tmp_path, "b.md", _front("Gazette") + b + "\n" + _B_REST),
    ]
    with judge.tracing() as decided, judge.rules.without(*without):
        analysis = analyze_paths(paths)
    return analysis, decided


CAREER_A = "Moreno now has 1,812 career rebounds for the Owls after the win."
CAREER_B = "Moreno grabbed nine rebounds in the win and now has 1,815 for her career with the Owls."


def test_one_owners_figure_restated_in_weakly_related_articles_is_compared(tmp_path):
    analysis, decided = _weak(tmp_path, CAREER_A, CAREER_B)
    assert ("weakly_related_articles", "skip") in decided
    assert ("restated_alike_in_weakly_related_articles", "keep") in decided
    flagged = [(d.verdict, {s.text for s in d.sides}) for d in analysis.discrepancies]
    assert ("conflict", {"1,812", "1,815"}) in flagged
    # only the figure restated alike: not the nine rebounds of one game
    assert all("nine" not in texts for _, texts in flagged)


def test_without_the_row_the_weak_alignment_shows_nothing(tmp_path):
    analysis, _ = _weak(
        tmp_path, CAREER_A, CAREER_B, without=("restated_alike_in_weakly_related_articles",)
    )
    assert analysis.discrepancies == ()


@pytest.mark.parametrize(
    "a, b",
    [
        # two owners' career totals
        (
            "Moreno now has 1,812 career rebounds for the Owls after the win.",
            "Pike grabbed nine rebounds in the win and now has 1,815 for her career with the Owls.",
        ),
        # nobody named: which fund's total is unknown
        (
            "The fund now holds $4.1 million in cash after the sale.",
            "After the sale the fund now holds $4.6 million in cash, its accounts show.",
        ),
        # days of weakly related articles stay set aside
        (
            "Moreno signed with the Owls on Tuesday after the trial.",
            "Moreno signed with the Owls on Friday, after a long trial.",
        ),
    ],
)
def test_weakly_related_articles_still_compare_nothing_else(tmp_path, a, b):
    analysis, decided = _weak(tmp_path, a, b)
    assert ("weakly_related_articles", "skip") in decided
    assert analysis.discrepancies == ()


def test_two_named_players_stat_lines_are_not_compared(tmp_path):
    """Aligned sentences of one game story whose stat lines open on different
    names (one of two words): the rebounds are two players', not one figure."""
    paths = [
        write(
            tmp_path,
            "a.md",
            _front("Courier")
            + "Lena Ortiz finished with 18 points and seven rebounds for Drake.\n",
        ),
        write(
            tmp_path,
            "b.md",
            _front("Gazette") + "Brandt finished the game with 18 points and nine rebounds.\n",
        ),
    ]
    analysis = analyze_paths(paths)
    assert not [d for d in analysis.discrepancies if d.verdict == "conflict"]


@pytest.mark.parametrize(
    "a, b, apart",
    [
        # two games: two results, no number shared, two opponents
        (
            "Okafor had 31 points as the Rams routed Dayton 88-61 on Saturday.",
            "Okafor scored 22 points and the Rams beat visiting Toledo, 79-70.",
            True,
        ),
        # one game's score given by both: one game
        (
            "Okafor had 31 points as the Rams routed Dayton 88-61 on Saturday.",
            "Okafor scored 22 points in the 88-61 win over Dayton.",
            False,
        ),
        # a record in parentheses and a run within the game are no results
        (
            "Okafor had 31 points for the Rams (12-1) in the win over Dayton.",
            "Okafor scored 22 points during a 14-2 run as the Rams won at Toledo.",
            False,
        ),
        # one result only
        (
            "Okafor had 31 points as the Rams routed Dayton 88-61 on Saturday.",
            "Okafor scored 22 points for the Rams on Saturday against Toledo.",
            False,
        ),
        # a score misreported by one outlet shares a number: still one game
        (
            "The Rams beat Dayton 88-61 behind Okafor's 31 points.",
            "The Rams beat Dayton 88-66 as Okafor scored 31 points.",
            False,
        ),
    ],
)
def test_two_games_are_told_by_two_results(a, b, apart):
    assert games_apart(a, b) is apart


def test_figures_of_two_games_are_not_compared(tmp_path):
    a = "Okafor had 31 points and nine rebounds as the Rams routed Dayton 88-61 on Saturday.\n"
    b = "Okafor had 22 points and nine rebounds as the Rams beat Toledo 79-70 on Saturday.\n"
    paths = [
        write(tmp_path, "a.md", _front("Courier") + a),
        write(tmp_path, "b.md", _front("Gazette") + b),
    ]
    with judge.tracing() as decided:
        analysis = analyze_paths(paths)
    assert ("different_games", "skip") in decided
    assert not [d for d in analysis.discrepancies if d.verdict == "conflict"]
    with judge.rules.without("different_games"):
        shown = analyze_paths(paths)
    assert [d for d in shown.discrepancies if d.verdict == "conflict"]
