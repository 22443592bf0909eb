"""A dateline's date is when and where a report was filed, not a date it
reports (session 31).

"MADRID, July 17 (MPA) - Spain recorded its highest temperature yesterday":
the record was set "yesterday", the 16th; "July 17" is the wire's filing
date. Read as a claim's date it met other reports' event days and was called
"the same day" as a record set elsewhere (a fresh reader, R31a). The date of
a dateline - a city in capitals (a state or country after it), a date, an
agency in brackets, a dash - in one of a report's first sentences is left out
of the comparison; the time benchmarks still read it (TimeML annotates it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..home import CITY_IN_CAPITALS
from .mention import TimeMention

_MONTH_DAY = (
    r"(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s[A-Z][a-z]{2,8})(?:,?\s\d{4})?"
)
_DATELINE_DATE = re.compile(
    r"\A\s*"
    + CITY_IN_CAPITALS  # the city in capitals
    + r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\.?)?"  # a state or country: ", Ecuador"
    r",\s*" + _MONTH_DAY + r"(?:\s*\([^)]{1,40}\))?\s*(?:—|–|-{1,2}|:)"
)
OPENING = 3  # a headline and a byline may come before the dateline's sentence


def without_dateline_dates(
    texts: Sequence[str], found: list[list[TimeMention]]
) -> list[list[TimeMention]]:
    """Each sentence's mentions, less the date of a dateline opening one of
    the first sentences."""
    out = []
    for i, (text, ms) in enumerate(zip(texts, found, strict=False)):
        m = _DATELINE_DATE.match(text) if i < OPENING else None
        out.append([x for x in ms if m is None or x.type != "DATE" or x.end > m.end()])
    return out + found[len(out) :]
