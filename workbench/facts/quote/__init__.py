"""Direct quotes and who said them, found over a whole article (:mod:`.find`,
:mod:`.speakers`), matched across articles (:mod:`.match`) and compared
(:mod:`.compare`)."""

from __future__ import annotations

from .compare import compare_quotes, quote_comparison
from .diff import QuoteDiff
from .find import find_quotes
from .kept import quotes_in
from .match import match_quotes, same_quote_pairs, speakers_differ
from .mention import QuoteMention, Speaker, normalise_words
from .speakers import SPEECH_RE, claim_source, make_speaker

__all__ = [
    "SPEECH_RE",
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
    "quotes_in",
    "same_quote_pairs",
    "speakers_differ",
]
