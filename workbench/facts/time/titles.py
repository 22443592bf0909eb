"""A programme or work whose title is a time phrase ("ABC News' "This Week"", "on
NBC's "Tonight Show"") is a name, not a time: a phrase counted from publication,
written in title case ("Week" with its capital) right after an opening quotation
mark. Headlines in title case are not touched: they have no quotation mark before
the phrase."""

from __future__ import annotations

import re

from .mention import TimeMention

_OPENING_QUOTE = re.compile(r"(?:^|[\s(])[\"“‘']$")


def without_titles(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """The mentions less those that are the title of a programme or work."""
    return [m for m in ms if not _title(text, m)]


def _title(text: str, m: TimeMention) -> bool:
    words = m.text.split()
    return (
        m.deictic
        and len(words) > 1
        and all(w[:1].isupper() for w in words)
        and not m.text.isupper()
        and bool(_OPENING_QUOTE.search(text, max(0, m.start - 2), m.start))
    )
