"""A programme or work whose title is a time phrase ("ABC News' "This Week"", "on
NBC's "Tonight Show"") is a name, not a time: a phrase counted from publication,
written in title case ("Week" with its capital) right after an opening quotation
mark. Headlines in title case are not touched: they have no quotation mark before
the phrase.

Terms that only look like a length of time are names too: a "zero-day" flaw or
exploit (an attack before the maker knew), a "zero-hours contract" (a trial's
security story showed "zero-day = 0 days: same length" as a finding)."""

from __future__ import annotations

import re

from ..lexicon import TIME_LIKE_TERM
from .mention import TimeMention

_OPENING_QUOTE = re.compile(r"(?:^|[\s(])[\"“‘']$")


def without_titles(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """The mentions less those that are the title of a programme or work, or
    a term that only looks like a length of time ("a zero-day flaw")."""
    return [m for m in ms if not _title(text, m) and not _term(text, m)]


def _term(text: str, m: TimeMention) -> bool:
    found = TIME_LIKE_TERM.match(text, m.start)
    return found is not None and found.end() == m.end


def _title(text: str, m: TimeMention) -> bool:
    words = m.text.split()
    return (
        m.deictic
        and len(words) > 1
        and all(w[:1].isupper() for w in words)
        and not m.text.isupper()
        and bool(_OPENING_QUOTE.search(text, max(0, m.start - 2), m.start))
    )
