"""A sum of money a year told in other words (issue 11, session 31).

One yearly sum is written many ways: "$5m a year", "$5 million annually",
"$5 million per annum", "$5 million each year", "£9m a season" (a player's
pay: a season is his year), "an annual salary of $5 million", "an average
annual value of more than $21 million", "$39 billion in annual revenue". Read
as rates of different denominators ("annum", "season", none at all) the
quantity family never compared them: "$21 million" of an average annual value
and "at least $20 million per season" met no COMPARE row (ECB+ 10_ecbplus,
test half: what Teixeira was seeking).

Here a sum's clause is read for its year:

- ``with_yearly``: "each year", "every season" after a sum of money is its
  rate's denominator, as "a year" is; "annual" or "yearly" before it ("an
  annual salary of", "average annual value of more than the") or after it ("in
  annual revenue") marks it ``yearly``, a sum of one year with no denominator
  written after it;
- ``year_rate``: the denominator two sums of money are compared by — "annum",
  "year" and, for money, "season" are one year; a ``yearly`` sum is a sum per
  year. A yearly sum without a written denominator still meets a sum naming
  none ("a salary of $20 million"), as it did before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .mention import QuantityMention

__all__ = ["with_yearly", "year_rate"]

_S = r"[ \u00a0]+"
# "each year", "every season" right after a sum: its rate's denominator
_EACH = re.compile(rf"{_S}(?:each|every){_S}(year|season|month|week|day)\b", re.IGNORECASE)
_EACH_UNIT = {"year": "yr", "season": "season", "month": "mo", "week": "wk", "day": "d"}
# "annual" / "yearly" in the noun phrase a sum is "of": "an annual salary of",
# "an average annual value of more than the", "yearly sales worth"
_HEDGE = (
    rf"(?:(?:more|less|fewer){_S}than|about|around|nearly|almost|some|over|under|roughly"
    rf"|up{_S}to|at{_S}least|just{_S}(?:over|under))"
)
_BEFORE = re.compile(
    rf"\b(?:annual|yearly|annualised|annualized){_S}(?:[a-z][a-z-]*{_S}){{0,2}}"
    rf"(?:of|worth|at){_S}(?:{_HEDGE}{_S})?(?:the{_S})?$",
    re.IGNORECASE,
)
# "$39 billion in annual revenue", "$4m in yearly fees"
_AFTER = re.compile(rf"{_S}in{_S}(?:annual|yearly|annualised|annualized)\b", re.IGNORECASE)
_WINDOW = 80
# denominators of one year: "per annum", "a year"; a season of pay is a year
_YEAR = frozenset({"yr", "year", "annum"})


def with_yearly(text: str, found: list[QuantityMention]) -> list[QuantityMention]:
    """``found`` (one sentence's quantities) with each sum of money's year read
    from its clause: a denominator after "each"/"every", or ``yearly``."""
    return [_yearly(text, q) if q.dimension == "currency" else q for q in found]


def _yearly(text: str, q: QuantityMention) -> QuantityMention:
    if q.per is None:
        each = _EACH.match(text, q.end)
        if each:
            return replace(q, per=_EACH_UNIT[each.group(1).lower()])
        before = text[max(0, q.start - _WINDOW) : q.start]
        if _BEFORE.search(before) or _AFTER.match(text, q.end):
            return replace(q, yearly=True)
    return q


def year_rate(m: QuantityMention) -> str | None:
    """The denominator of ``m`` when it is a sum a year ("yr"), its written
    denominator otherwise, None when it names none."""
    per = m.per
    if per is None:
        return "yr" if m.yearly else None
    if per in _YEAR or (per == "season" and m.dimension == "currency"):
        return "yr"
    return per
