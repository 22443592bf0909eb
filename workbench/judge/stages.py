"""The shape of the rule table (rules.py): what a row decides, the row
itself, and the stages of judging in the order they are met. Kept apart so
the table holds only its rows and the way they are asked."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Outcome(StrEnum):
    SKIP = "skip"  # no flag
    UNRESOLVED = "unresolved"
    CONSISTENT = "consistent"
    CONFLICT = "conflict"
    KEEP = "keep"  # the case goes on; a value pair keeps its fact module's verdict


@dataclass(frozen=True)
class Rule:
    name: str
    stage: str
    applies: Callable[[Any], bool]
    outcome: Outcome
    why: str
    motivated_by: str  # the test or tests/pairs case that shows the rule is needed
    explain: Callable[[Any], str] | None = field(default=None, repr=False)


# Stages, in the order judging meets them.
FACT = "fact"  # one fact of a claim
ALIGNMENT = "alignment"  # an aligned claim pair, before its values are compared
SET_ASIDE = "set-aside"  # a value pair of an aligned claim pair an ALIGNMENT row set aside
COMPARE = "compare"  # two values of aligned claims: who can compare them
CANDIDATE = "candidate"  # a compared value pair, before pairing
PAIRING = "pairing"  # a value pair chosen in pairing (most agreeable verdict first)
ARTICLE_PAIR = "article-pair"  # everything compared between two articles
CLAIM_PAIR = "claim-pair"  # all value pairs of one aligned claim pair
VALUE = "value"  # one paired value: the verdict to flag
ATTRIBUTION = "attribution"  # who aligned claims are credited to
QUOTE = "quote"  # the wording of a quote matched across articles
QUOTE_SPEAKER = "quote-speaker"  # who a matched quote is credited to
UNMET = "unmet"  # a key figure two articles state in sentences never aligned (story.py)
NAME = "name"  # one name spelled two ways by two articles (names.py)
PROPER_NAME = "proper-name"  # a one-word name one article spells a letter off (proper.py)
RESIDENCE = "residence"  # one person's home stated two ways by two articles (residence.py)
TITLE = "title"  # one person's title stated two ways by two articles (titles.py)
IDENTIFIER = "identifier"  # a phone, case, flight or house number a digit apart (identifiers.py)
AGE_YEAR = "age-year"  # an age and its bearer's year of origin in aligned sentences (built.py)
OWN_CONVERSION = "own-conversion"  # a figure and its own conversion (own_conversion.py)
OWN_SHARE = "own-share"  # a share and its own counts in one sentence (own_share.py)
OWN_SUM = "own-sum"  # a total and its own breakdown in one sentence (own_sum.py)
OWN_SPAN = "own-span"  # a length of time and its own clock times (own_span.py)
OWN_WORD_SHARE = "own-word-share"  # a share in words and its figure (own_share_words.py)
OWN_MARGIN = "own-margin"  # a margin and the two figures it parts (own_margin.py)
DERIVED = "derived"  # a figure one report states, another's figures make (derived.py)
OWN_WEEKDAY = "own-weekday"  # a date and the weekday written with it (own_weekday.py)
STORY_RATE = "story-rate"  # a gloss out of line with the story's rates (rate_outliers.py)
COPY = "copy"  # a flag whose id another article pair already holds
DUPLICATE = "duplicate"  # a flag already raised


# Rows left out while judging (rules.without): what a rule hides is measured by
# judging with and without it.
RULES_OFF: ContextVar[frozenset[str]] = ContextVar("judge_rules_off", default=frozenset())


def is_off(name: str) -> bool:
    """Whether the named row is left out of the table while judging."""
    return name in RULES_OFF.get()


_TRACE: ContextVar[Counter[tuple[str, str]] | None] = ContextVar("judge_trace", default=None)


def record(name: str, outcome: str) -> None:
    trace = _TRACE.get()
    if trace is not None:
        trace[(name, str(outcome))] += 1


@contextmanager
def tracing() -> Iterator[Counter[tuple[str, str]]]:
    """Count every decision made while the block runs: (rule, outcome) -> n."""
    counts: Counter[tuple[str, str]] = Counter()
    token = _TRACE.set(counts)
    try:
        yield counts
    finally:
        _TRACE.reset(token)
