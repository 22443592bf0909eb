"""A figure that is the price of a currency: an exchange rate (issue 11,
session 38).

"The euro traded at $1.08", "sterling fell 1.2% to $1.25", "$1.08 to the
euro", "83.4 rupees per dollar", "at an exchange rate of 1.17": each is what
one currency costs in another, never a sum paid or a price of a share ("paid
$1.20 a share"). Readers of held-out copy judged an exchange rate paired with
another amount wrong as a conflict; judge/stages_apart.py keeps an exchange
rate apart from any figure that is none (two exchange rates still compare).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .whose import clause_bounds

_S = r"[ \u00a0]+"
_CURRENCY = (
    r"(?:euros?|dollars?|pounds?|sterling|yen|yuan|renminbi|rupees?|francs?|pesos?|reais|"
    r"real|rand|roubles?|rubles?|lira|won|kronor|krona|kroner|krone|ringgit|baht|"
    r"greenback|currency|loonie|aussie|kiwi)"
)
# Right after the figure: "$1.08 to the euro", "83.4 per dollar", "1.17 dollars per pound"
_PER_CURRENCY = re.compile(
    rf"(?:{_S}{_CURRENCY})?{_S}(?:to|per|against){_S}(?:the{_S}|one{_S}|a{_S}|each{_S})?"
    rf"(?:US{_S}|U\.S\.{_S})?{_CURRENCY}\b(?!{_S}(?!(?:on|at|in|and|as|from|after|before|"
    r"since|this|last|yesterday|today|when|while|but)\b)[a-z])",
    re.IGNORECASE,
)
# Words between a currency and its verb: "the euro has also risen", never a noun ("the
# dollar fund was worth")
_BETWEEN = (
    r"(?:[\d.,%]+\S*|has|had|have|been|was|is|also|again|briefly|then|sharply|slightly|"
    r"steadily|further|later|earlier)"
)
# Before it in its clause: "The euro traded at", "sterling fell 1.2% to", "an exchange
# rate of", "the pound bought"
_CURRENCY_MOVED = re.compile(
    rf"(?<!\bin )(?<!\bof )(?<!\bin the )\b(?:the{_S})?{_CURRENCY}{_S}(?:{_BETWEEN}{_S}){{0,3}}?"
    r"(?:traded|trading|trades|rose|fell|climbed|slipped|dropped|jumped|gained|weakened|"
    r"strengthened|stood|hit|touched|bought|ended|closed|was|is|sank|rallied|firmed|eased|"
    r"worth)"
    rf"(?:{_S}[\w%.,-]+){{0,4}}?{_S}(?:(?:at|to|near|around|above|below){_S})?$"
    rf"|\bexchange{_S}rates?{_S}(?:of|at){_S}(?:about{_S}|around{_S})?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1 << 14)
def exchange_rate(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is the price of a currency."""
    if _PER_CURRENCY.match(text, end):
        return True
    lo, _ = clause_bounds(text, start, end)
    return _CURRENCY_MOVED.search(text[max(lo, start - 80) : start]) is not None
