"""A figure that measures a whole market or industry, not one company
(issue 11, session 39; user trial 45, P4).

"The market for x86 processors is worth about $30 billion annually" / "the
combined company will have $7.3 billion in annual sales"; "the graphics chip
market had sales of $30 billion" / "the two firms had sales of $7.3
billion". The first of each pair is the size of a market, the second one
company's (or two companies') share of it: different things whatever their
values (the trial's reader: "the combined company vs the whole market").

``market_figure`` reads it from the figure's own clause: the clause names a
market, an industry or a sector as what the figure is of — "the market for
X", "the X market", "a $30 billion market", "industry sales", "the sector's
revenue" — and not as a company's measure of it: a market value, a market
share, a stock market, a market price are a company's own figures.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .whose import clause_bounds

_S = r"[ \u00a0]+"
# A market, an industry or a sector named as a whole whose size is told: "the market
# for x86 chips", "the chip market had sales of", "a market worth", "industry sales"
# (not "the market town of Guamote": a place).
_WHOLE = re.compile(
    rf"\b(?i:(?:market|industry|sector)s?{_S}for\b|(?:market|industry|sector)(?:['’]s)?"
    rf"(?:{_S}(?:is|was|are|were|has|had|have|will|be|now|alone|itself|this|last|year))*"
    rf"{_S}(?:worth|valued|sales|revenues?|size|turnover|spending|shipments))"
)
# A company's measure that names a market: its stock market, its market share.
_OWN = re.compile(
    rf"\b(?i:stock{_S}market|(?:on|to|from|into){_S}(?:the{_S})?market|market{_S}"
    rf"(?:value|valuation|share|capitali[sz]ation|cap)|share{_S}of{_S}(?:the|its|their))\b"
)
# Words between a figure and a market named after it that end the figure's part:
# "shares fell 3% as the market slid".
_AFTER = re.compile(
    rf"^(?:{_S}|-)?(?:(?!(?i:as|while|when|after|before|and|but|the|than|with|in|of|on|for|"
    rf"a|an|its|their)\b)[\w-]+{_S}){{0,2}}?(?i:market|industry|sector)\b"
)


@lru_cache(maxsize=1 << 14)
def market_figure(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is the size of a market, an
    industry or a sector, read from its own clause."""
    lo, hi = clause_bounds(text, start, end)
    if _OWN.search(text, lo, hi):
        return False
    # named before the figure ("the market for x86 chips is worth") or right after
    # it ("a $30 billion market"), never further on
    return bool(_WHOLE.search(text, lo, start) or _AFTER.match(text[end:hi]))


def names_market(text: str) -> bool:
    """Whether a sentence names a market, an industry or a sector at all."""
    return bool(_WHOLE.search(text))
