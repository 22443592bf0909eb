"""The article and ordinal before a counted length belong to it: "the first
nine months", "the nine months", "the latest six months", "the year-earlier
nine months", as TimeML marks them and as an editor reads them (a reporting
span, not any nine months). "The past/last/next nine months" are windows
read by :mod:`.spans` already; "a"/"an" and vague counts ("the few weeks")
are left as they are.

The article before a quarter or half written as a hyphenated adjective ("the
third-quarter loss", "the fiscal second-quarter profit") belongs to the noun after
it, not to the period: TimeML leaves it out (TimeBank: 4 outside, never inside; "the
two-week crisis" and "the 90-day period" are already read so), and an editor
compares the quarter, not the article.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import NUMWORD_RE
from .mention import TimeMention

_BEFORE_RE = re.compile(
    r"\bthe\s+(?:(?:first|latest|initial|final|same|comparable|year-earlier|year-ago)\s+)?$",
    re.IGNORECASE,
)
_COUNTED_RE = re.compile(
    rf"(?:\d[\d,.]*|(?:{NUMWORD_RE}))\s+(?:days|weeks|months|years)$", re.IGNORECASE
)  # "nine months", not "90-day" (an adjective: "the 90-day period") nor "a year"
_UNITS = ("day", "week", "month", "year")


def with_determiners(text: str, ms: list[TimeMention]) -> list[TimeMention]:
    """Each counted DURATION ("nine months") widened to the article and
    ordinal written just before it ("the first nine months")."""
    out = []
    for m in ms:
        if m.type == "DURATION" and m.granularity in _UNITS and _COUNTED_RE.fullmatch(m.text):
            before = _BEFORE_RE.search(text, max(0, m.start - 30), m.start)
            prev_end = out[-1].end if out else 0
            if before and before.start() >= prev_end:
                m = replace(m, start=before.start(), text=text[before.start() : m.end])
        out.append(m)
    return out


# "the [fiscal] third-quarter": the article is the noun's ("the third-quarter loss") or,
# where a phrase follows, TimeBank's convention leaves it out all the same ("the fiscal
# second-quarter of $8.6 million")
ADJECTIVE_PERIOD = r"(?:first|second|third|fourth|final|1st|2nd|3rd|4th)-(?:quarter|half)"
_ADJECTIVE_RE = re.compile(rf"the\s+((?:fiscal\s+)?{ADJECTIVE_PERIOD})", re.IGNORECASE)


def without_adjective_article(ms: list[TimeMention]) -> list[TimeMention]:
    """Each "the third-quarter" narrowed to "third-quarter"."""
    out = []
    for m in ms:
        adj = _ADJECTIVE_RE.fullmatch(m.text)
        if adj:
            start = m.start + adj.start(1)
            m = replace(m, start=start, text=m.text[adj.start(1) :])
        out.append(m)
    return out
