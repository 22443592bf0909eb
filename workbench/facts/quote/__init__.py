"""Direct quotes and who said them, found over a whole article, and how two
sources' quotes differ; see :mod:`.quotes`."""

from __future__ import annotations

from .quotes import (
    MAX_COMPARED_WORDS,
    MIN_WORDS,
    QuoteDiff,
    QuoteMention,
    Speaker,
    claim_source,
    compare_quotes,
    find_quotes,
    make_speaker,
    match_quotes,
    normalise_words,
    quote_comparison,
)

__all__ = [
    "MAX_COMPARED_WORDS",
    "MIN_WORDS",
    "QuoteDiff",
    "QuoteMention",
    "Speaker",
    "claim_source",
    "compare_quotes",
    "find_quotes",
    "make_speaker",
    "match_quotes",
    "normalise_words",
    "quote_comparison",
]
