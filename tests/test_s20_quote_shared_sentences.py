"""A quotation read whole across paragraphs (runs.py) is one remark of several
sentences, and two sources rarely quote the same ones. Read whole, it was
paired and compared as a block, and two classes of real change were lost that
sentence-by-sentence reading had shown:

- joined with a neighbour the other source did not quote, the shared sentence
  no longer carried the match ("In his own words, it is not in his DNA to stay
  in prison. Now he can look forward …" / "I believe he did not win. In his
  own words, he said it's not his DNA to stay in jail"): the sentence that
  differs is found and compared on its own;
- quoted apart by the other source, one sentence per quote, the whole
  quotation could pair with only one of them (one to one), and the altered
  sentence was left unpaired: pairing is one to one by sentence.

The cases are our own; the held-out half lost a found article pair this way.
"""

from __future__ import annotations

import pytest

from workbench.facts.quote.compare import compare_quotes
from workbench.facts.quote.find import find_quotes
from workbench.facts.quote.match import match_quotes, same_quote_pairs
from workbench.model import Fact, Verdict
from workbench.thresholds import current

# (text of A, text of B, a word only A quotes, the word B has in its place)
JOINED_WITH_OTHERS = [
    (
        "“In her own words, the plant is not safe to run at night.\n"
        "Now the whole valley will wait for the inspectors.”\n",
        "“We believe the board did not listen.\n"
        "In her own words, she said the plant is not safe to operate at night,” "
        "the union said.\n",
        "run",
        "operate",
    ),
    (
        "“The levee held for six hours,” Mayor Ann Cole said.\n"
        "“After that the river simply went around it.\n"
        "We lost the lower town before midnight.”\n",
        "“Crews worked through the evening,” Cole said.\n"
        "“The levee held for five hours.\n"
        "Nobody in this town will forget it.”\n",
        "six",
        "five",
    ),
    (
        "“Our players gave everything tonight,” coach Ivo Marsh said.\n"
        "“We were chasing the game from the tenth minute, but we kept our shape.\n"
        "I am proud of them.”\n",
        "“It was a strange evening,” Marsh said.\n"
        "“We were chasing the match from the tenth minute, but we kept our shape.”\n",
        "game",
        "match",
    ),
]


def _only(text: str):
    quotes = find_quotes(text)
    assert len(quotes) == 1, [q.words for q in quotes]
    return quotes[0]


@pytest.mark.parametrize(("text_a", "text_b", "word_a", "word_b"), JOINED_WITH_OTHERS)
def test_a_changed_sentence_inside_two_differently_joined_quotations_is_shown(
    text_a: str, text_b: str, word_a: str, word_b: str
) -> None:
    a, b = _only(text_a), _only(text_b)
    assert len(a.tokens) > len(b.tokens) / 2  # neither is a fragment of the other
    assert match_quotes(a, b) >= current().quote.same_quote
    diff = compare_quotes(a, b, "A", "B")
    assert diff is not None and diff.verdict == Verdict.CONFLICT
    assert word_a in diff.explanation and word_b in diff.explanation
    # the changed words are shown where they are printed, not the whole quotation
    assert word_a in text_a[diff.a_span[0] : diff.a_span[1]].lower()
    assert diff.a_span[1] - diff.a_span[0] < len(a.text) / 2


def test_two_quotations_that_share_no_sentence_stay_apart() -> None:
    a = _only(
        "“The levee held for six hours,” Cole said.\n“After that the river went around it.”\n"
    )
    b = _only("“The school will open on Monday,” Cole said.\n“Buses run on the usual routes.”\n")
    assert match_quotes(a, b) < current().quote.same_quote
    assert compare_quotes(a, b, "A", "B") is None


def _facts(article: str, text: str) -> list[Fact]:
    return [
        Fact(f"{article}-q{i}", f"{article}-c{i}", article, "quote", q.start, q.end, q.text, {}, q)
        for i, q in enumerate(find_quotes(text))
    ]


# One article reads a quotation whole across three paragraphs; the other
# quotes two of its sentences apart, one of them with a word changed.
WHOLE = (
    "“I know the decision caused a lot of pain and I am sorry,” he said.\n"
    "“I will not bring shame on the people who spared me.\n"
    "That is all.”\n"
)
APART = [
    (
        "He said: “I will not bring shame on the people who spared me.”\n"
        "Later he added: “I know the decision caused so much pain and I am sorry.”\n",
        "so much",
    ),
    (
        "“I know the ruling caused a lot of pain and I am sorry,” he told the court.\n"
        "Outside, his lawyer read a note: “I will not bring shame on the people who "
        "spared me.”\n",
        "ruling",
    ),
]


@pytest.mark.parametrize(("apart", "changed"), APART)
def test_a_whole_quotation_pairs_with_each_sentence_quoted_apart(apart: str, changed: str) -> None:
    whole, parts = _facts("a", WHOLE), _facts("b", apart)
    assert len(whole) == 1 and len(parts) == 2
    pairs = same_quote_pairs(whole + parts)
    assert sorted(y.id for x, y in pairs) == sorted(f.id for f in parts)
    flagged = [compare_quotes(x.mention, y.mention, "A", "B") for x, y in pairs]
    conflicts = [d for d in flagged if d is not None and d.verdict == Verdict.CONFLICT]
    assert len(conflicts) == 1 and changed in conflicts[0].explanation
    # the sentence quoted unchanged is fewer sentences of one quotation: no flag
    assert sum(d is None for d in flagged) == 1


def test_one_sentence_is_not_paired_twice() -> None:
    """Two quotes of one article that repeat the same sentence take one partner
    sentence each way: the whole quotation's sentence is used once."""
    whole = _facts("a", WHOLE)
    twice = _facts(
        "b",
        "“I will not bring shame on the people who spared me,” he said.\n"
        "Earlier: “I will not bring shame on the people who spared me.”\n",
    )
    pairs = same_quote_pairs(whole + twice)
    assert len(pairs) == 1
