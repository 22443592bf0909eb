"""What a word of repetition qualifies: "the highest monthly total", "the
annual rate of 3.8%", "an average quarterly electricity bill" (session 40,
issue 11). Written before a noun, "monthly", "annual" or "quarterly" names
the period a figure covers, not how often something happens: "monthly" of a
total of approvals and "annual" of an inflation rate are two different
things, never two reports of one schedule (authored rate_cut and blackout:
two conflicts judged wrong, "adjectives like monthly/annual that qualify a
statistic are not schedules"). Written alone, "meets monthly", it is the
schedule itself, and reads as no noun.
"""

from __future__ import annotations

import re

from ..text import STOPWORDS, stem

# The words of repetition that can stand before a noun as an adjective.
_PERIOD_WORDS = frozenset(
    [
        "daily",
        "nightly",
        "weekly",
        "fortnightly",
        "monthly",
        "quarterly",
        "yearly",
        "annual",
        "biannual",
        "biweekly",
        "hourly",
    ]
)
# The words after it, up to the first that is no word of a noun phrase: at most
# three ("annual consumer price inflation"); "on a weekly basis" names no noun.
_WORD = re.compile(r"[ \u00a0]+([a-z][a-z'’-]*)")
_NOUN_WORDS = 3
_NO_NOUN = frozenset(["basis", "intervals", "interval", "cycle", "cycles"])


def qualified_words(text: str, start: int, end: int) -> frozenset[str]:
    """The stems of the words a repetition at ``text[start:end]`` qualifies as an
    adjective ("monthly total" -> {"total"}; "annual consumer price inflation"
    -> {"consum", "price", "inflation"}), empty when it stands alone ("we meet
    weekly", "published monthly by …") or is no word of repetition."""
    if text[start:end].lower() not in _PERIOD_WORDS:
        return frozenset()
    words: list[str] = []
    at = end
    while len(words) < _NOUN_WORDS and (m := _WORD.match(text, at)):
        w = m.group(1)
        if w in STOPWORDS:
            break
        words.append(w)
        at = m.end()
    if not words or words[-1] in _NO_NOUN:
        return frozenset()
    return frozenset(stem(w) for w in words)
