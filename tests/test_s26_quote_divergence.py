"""Two versions of one remark that open alike (session 26, quote33; a class a
fresh reader found in an authored event held out from this work — the cases
below are made up: floods, trade, elections, a court, a school, an appeal).

Both versions go on, in the sentence they share, with other words: no cut of a
longer remark (a cut stops, or goes on into another sentence). When the
continuations differ in words that carry meaning — a negation on one side, a
comparison or direction turned, another figure — it is a conflict whose
explanation shows both continuations; otherwise a question, showing both.
"""

import pytest

from workbench.facts.quote import compare_quotes
from workbench.facts.quote.find import find_quotes
from workbench.model import Verdict


def _diff(a: str, b: str):
    return compare_quotes(find_quotes(a)[0], find_quotes(b)[0], "Courier", "Herald")


DIVERGING = [
    (
        "\u201cThe tide rose quicker than in the 2013 surge, and we lost every shop on the "
        "seafront,\u201d the mayor said.",
        "\u201cThe tide rose quicker than in the 2013 surge, yet nothing past harbour walls "
        "got damaged,\u201d the mayor said.",
        "and we lost every shop on the seafront",
        "yet nothing past harbour walls got damaged",
    ),
    (
        '"Prices rose faster than last spring, and they rose further," she said.',
        '"Prices rose faster than last spring, but they did not rise as far," she said.',
        "and they rose further",
        "but they did not rise as far",
    ),
    (
        "'Our share of the vote held steady in the northern districts, we gained ground "
        "everywhere else,' the party leader said.",
        "'Our share of the vote held steady in the northern districts, elsewhere support "
        "fell away badly,' the party leader said.",
        "we gained ground everywhere else",
        "elsewhere support fell away badly",
    ),
    (
        '"The virus spread more slowly in the villages than in the capital, where cases '
        'doubled within a week," the health official said.',
        '"The virus spread more slowly in the villages than in the capital, though there '
        'too it never got out of hand," the health official said.',
        "where cases doubled within a week",
        "though there too it never got out of hand",
    ),
    (
        '"The appeal raised money for every school in the valley, roughly forty thousand '
        'pounds in all," the head teacher said.',
        '"The appeal raised money for every school in the valley, a total of 75,000 by '
        'June," the head teacher said.',
        "roughly forty thousand pounds in all",
        "a total of 75,000 by June",
    ),
]


@pytest.mark.parametrize(("a", "b", "went_a", "went_b"), DIVERGING)
def test_two_continuations_that_turn_the_remark_are_a_conflict(a, b, went_a, went_b):
    for x, y in ((a, b), (b, a)):
        d = _diff(x, y)
        assert d is not None and d.verdict == Verdict.CONFLICT, d
        assert "go on differently" in d.explanation, d.explanation
        assert "shared wording matches" not in d.explanation
    d = _diff(a, b)
    assert f"Courier '{went_a}" in d.explanation and f"Herald '{went_b}" in d.explanation


def test_the_continuations_are_what_is_marked():
    a, b, went_a, went_b = DIVERGING[1]
    d = _diff(a, b)
    assert a[d.a_span[0] : d.a_span[1]].rstrip(",") == went_a
    assert b[d.b_span[0] : d.b_span[1]].rstrip(",") == went_b


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            '"We are heartbroken by what happened on Saturday, our hearts go out to every '
            'family," the principal said.',
            '"We are heartbroken by what happened on Saturday, this is a terrible day for '
            'everybody here," the principal said.',
        ),
        (
            '"The jury took four days to reach its verdict, longer than anyone expected," '
            "the lawyer said.",
            '"The jury took four days to reach its verdict, which shows how carefully they '
            'weighed it," the lawyer said.',
        ),
    ],
)
def test_continuations_that_differ_otherwise_are_a_question_showing_both(a, b):
    d = _diff(a, b)
    assert d is not None and d.verdict == Verdict.UNRESOLVED, d
    assert "go on differently" in d.explanation and "at most one is verbatim" in d.explanation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the other goes on into another sentence: another cut of a longer remark
        (
            '"The tide rose quicker than in the 2013 surge. We lost every shop on the '
            'seafront," the mayor said.',
            '"The tide rose quicker than in the 2013 surge. We have never seen anything like it," '
            "the mayor said.",
        ),
        # one stops where the other goes on
        (
            '"Our profits grew in every region last year, and margins widened too," he said.',
            '"Our profits grew in every region last year," he said.',
        ),
    ],
)
def test_a_cut_is_no_divergence(a, b):
    d = _diff(a, b)
    assert d is None or "go on differently" not in d.explanation, d


def test_an_article_is_no_figure():
    d = _diff(
        '"The crowd stayed calm all through the evening, and it was a good night for the '
        'town," the organiser said.',
        '"The crowd stayed calm all through the evening, families came from 200 miles '
        'away," the organiser said.',
    )
    assert d is not None and d.verdict == Verdict.UNRESOLVED, d
