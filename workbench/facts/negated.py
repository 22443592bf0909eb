"""Whether a figure stands in a negated clause: what did not happen, or an
absence ("has not played for eight years", "hadn't won the league in more
than eight years", "never scored more than 20 points in a game", "none of
them had been seen in five years").

Such a figure measures how long or how much something did not happen; it is
not the figure of what happened ("signed an eight-year deal", "won the title
five years ago"), whatever the values (issue 11, session 18, class 2 of the
fresh editor trials: "has not played for eight years" was held against
"signed an eight-year deal").

Read from the words of the value's clause before it (whose.clause_bounds): a
negator ("not", "n't", "never", "no longer", "none", "nobody") with at most
a few content words between it and the value, and no new clause or question
word between them ("did not say how many of the 300 residents" is about the
saying). Negated bounds are bounds, not negation: "no more than 12", "not
less than", "no later than"; and a negated time bound states the time it
happened ("was not found until 3 p.m.", "has not been seen since 2003").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .negbound import ASIDE, bounded_by_comparative
from .whose import clause_bounds


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_WORD = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,.]*")
_NEGATORS = frozenset(("not", "never", "none", "nobody", "neither", "nor", "cannot"))
# A bound or a time bound right after the negator: "no more than 12", "not until 3 p.m."
_BOUND_AFTER = _words(
    "more less fewer later earlier until till since before after only just even least quite nearly"
)
# A time bound between the negator and its figure: the time it did happen.
_TIME_BOUNDS = frozenset(("until", "till", "since", "before", "after"))
# Words that open another clause or a question: the negation is of that verb.
_OTHER_CLAUSE = _words(
    "how what whether which who whom why when where if that because although though and but or"
)
# A finite copula after the negator is the verb of another clause: the figure is
# stated ("What was never dreamed of is eight hours"); before it, it carries the
# negation ("It was not the first time in 20 years").
_COPULAS = frozenset(("is", "are", "was", "were"))
# Words that do not count between the negator and its figure.
_LIGHT = _words(
    "# a an the up to at in for of on by over from within about around nearly almost "
    "more than less fewer least most some any his her its their been be being have had has "
    "yet even also still"
)
# The most content words (the verb, an object) between the negator and the figure.
_MAX_GAP = 3
# "none of the 12 passengers survived" counts the passengers: a partitive group.
_PARTITIVE_BEFORE = re.compile(
    r"\b(?:none|not[ \u00a0]+one|neither)[ \u00a0]+of[ \u00a0]+"
    r"(?:the|its|their|his|her)?[ \u00a0]*$"
)


def _tokens(text: str, lo: int, hi: int) -> list[str]:
    out = []
    for m in _WORD.finditer(text, lo, hi):
        w = m.group().replace("’", "'").lower()
        if w[0].isdigit():
            out.append("#")
        elif w.endswith("n't"):
            out += [w[:-3], "not"]
        else:
            out.append(w)
    return out


# A subject that negates its whole clause, at the sentence's start: "None of
# the other teams … has been reported to have offered more than eight years",
# "No other offer … was thought to be more than seven years" (trial 32 read
# both as offers of more than eight and seven years). "No" before a noun and
# its verb; not a bound ("No more than 12"), nor "no longer" (read above).
_SUBJECT_NEGATOR = re.compile(
    r"^\W*(?:none[ \u00a0]+of|no[ \u00a0]+other|no[ \u00a0]+one|nobody|neither[ \u00a0]+of"
    r"|no[ \u00a0]+(?!more\b|less\b|fewer\b|later\b|earlier\b|longer\b|sooner\b)[a-z]+"
    r"[ \u00a0]+(?:has|have|had|was|were|is|are|will|would|could|did|can)"
    r")\b",
    re.I,
)
# The most words from the subject's negator to the figure.
_MAX_SUBJECT_WORDS = 16


def _subject_negated(text: str, start: int) -> bool:
    """The sentence opens with a subject that negates it, and the figure
    stands in that one clause (asides left out): no other clause, no clause
    break, no time bound between (``negated``'s rules, read from the start)."""
    head = ASIDE.sub(lambda m: " " * len(m.group()), text[:start])  # asides: no clause
    if not _SUBJECT_NEGATOR.match(head) or re.search(r"[;:,]", head):
        return False
    if bounded_by_comparative(text, start):
        return False  # "No bidder has offered more than $20m": at most $20m (negbound)
    words = _tokens(head, 0, len(head))
    return (
        len(words) <= _MAX_SUBJECT_WORDS
        and not set(words) & (_OTHER_CLAUSE | _TIME_BOUNDS)
        and words[-1:] != ["#"]  # "None of the 12 passengers": the group counted
    )


@lru_cache(maxsize=65536)
def negated(text: str, start: int, end: int) -> bool:
    """Whether the value at ``text[start:end]`` (text: its sentence) stands in
    a negated clause, as the module says."""
    if _PARTITIVE_BEFORE.search(text.lower(), max(0, start - 20), start):
        return False
    return _negator_near(text, start, end) or _subject_negated(text, start)


def _negator_near(text: str, start: int, end: int) -> bool:
    """A negator a few content words before the figure, in its clause."""
    lo, _ = clause_bounds(text, start, end)
    words = _tokens(text, lo, start)
    gap = 0
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w in _NEGATORS or (w == "no" and words[i + 1 : i + 2] == ["longer"]):
            after = words[i + 1 : i + 2]
            between = set(words[i + 1 :])
            return not (after and after[0] in _BOUND_AFTER) and not between & _TIME_BOUNDS
        if w in _OTHER_CLAUSE or w in _COPULAS:
            return False  # "What was never dreamed of is eight hours of battery life"
        gap += w not in _LIGHT
        if gap > _MAX_GAP:
            return False
    return False


def polarities_differ(
    text_a: str, span_a: tuple[int, int], text_b: str, span_b: tuple[int, int]
) -> bool:
    """One figure stands in a negated clause, the other does not."""
    return negated(text_a, *span_a) != negated(text_b, *span_b)
