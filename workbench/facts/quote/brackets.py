"""An editor's words in brackets inside a quotation are not an alteration of
it (trial 50).

'"… restore some services by Saturday afternoon [8 October 2011]."' against
the same words without the bracket was flagged as one quotation stopping
sooner: the bracketed date counted as words the speaker went on with. A
bracket is the editor's, by a standard convention: an insertion ('[8 October
2011]', '[sic]', 'He [Mr Okafor] told'), a referent for a pronoun ('[The
company] will cut' / 'We will cut', 'I spoke to [the minister]' / 'to him'),
or a cut ('[...]', '[…]': an ellipsis, read as one).

A bracket still changes the quotation when it changes what is said:
- it carries a negation the other side does not ('I am [not] going' / 'I am
  going'; '[never]'), or drops one the other has;
- it replaces words that are neither a pronoun nor a determiner nor among its
  own words ('[Smith] will resign' / 'Jones will resign', '[four]' / 'two').
Each change of a comparison is read on its own: a real word changed beside a
bracket still flags.
"""

from __future__ import annotations

from .mention import QuoteMention
from .paraphrase import bracketed_tokens

Op = tuple[str, int, int, int, int]

_NEGATIONS = frozenset(
    [
        "not",
        "no",
        "never",
        "nor",
        "neither",
        "none",
        "nobody",
        "nothing",
        "nowhere",
        "without",
        "cannot",
    ]
)
# words a bracket may stand for: who or what the speaker pointed at
_REFERENCE = frozenset(
    [
        "i",
        "me",
        "my",
        "mine",
        "we",
        "us",
        "our",
        "ours",
        "you",
        "your",
        "he",
        "him",
        "his",
        "she",
        "her",
        "hers",
        "it",
        "its",
        "they",
        "them",
        "their",
        "theirs",
        "this",
        "that",
        "these",
        "those",
        "here",
        "there",
        "then",
        "the",
        "a",
        "an",
        "one",
    ]
)
_MOST_REPLACED = 3  # '[the regional water board]' for 'they', not for a clause


def _negations(words: list[str]) -> int:
    return sum(1 for w in words if w in _NEGATIONS or w.endswith("n't"))


def editorial_op(op: Op, ta: list[str], tb: list[str], in_a: set[int], in_b: set[int]) -> bool:
    """Is ``op`` (a change between tokens ``ta`` and ``tb``) the editor's
    bracket on one side: an insertion, or a referent for a pronoun or for
    words it repeats, with no negation gained or lost?"""
    _tag, i1, i2, j1, j2 = op
    if i2 > i1 and set(range(i1, i2)) <= in_a:
        bracket, other = ta[i1:i2], tb[j1:j2]
    elif j2 > j1 and set(range(j1, j2)) <= in_b:
        bracket, other = tb[j1:j2], ta[i1:i2]
    else:
        return False
    if _negations(bracket) != _negations(other):
        return False
    if not other:
        return True
    if len(other) <= _MOST_REPLACED and all(w in _REFERENCE for w in other):
        return True
    return set(other) <= set(bracket)


def editorial_only(changes: list[Op], a: QuoteMention, b: QuoteMention) -> bool:
    """Every change between ``a`` and ``b`` is an editor's bracket."""
    in_a, in_b = bracketed_tokens(a), bracketed_tokens(b)
    if not changes or (not in_a and not in_b):
        return False
    return all(editorial_op(op, a.tokens, b.tokens, in_a, in_b) for op in changes)
