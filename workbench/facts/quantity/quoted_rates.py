"""Exchange rates an article quotes as a rate (issue 11, session 39).

`rates.py` reads a rate from a sum and its conversion side by side, "£1.2bn
(€1.4bn)". Copy also states the rate itself: "$1.10 to the euro", "83.4
rupees per dollar", "the euro traded at $1.08", "one pound is worth about
$1.27", "sterling fell 1.2% to $1.25". Such a rate converts every sum of the
two currencies the articles compare, as a conversion does; without it, a
"€900 million" against another report's "$990 million" was left "different
currencies, no exchange rate" although the texts give the rate (held-out
readers, issue 11: "a rate given in one report that converts the other's
figure").

Each rate is read as (base, quote, figure): 1 base is the figure, in the
quote currency. The base is the currency word the rate is of ("the euro",
"per dollar"); the figure's own currency is the quote. Only a currency word
this table knows is a base: "the currency", "the local unit" name none.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from .detect import find_quantities
from .mention import QuantityMention

_S = r"[ \u00a0]+"
# the currency a rate is of, as news writes it
_BASES = {
    "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP", "sterling": "GBP",
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR",
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "won": "KRW",
    "real": "BRL", "rand": "ZAR", "lira": "TRY", "franc": "CHF", "swiss franc": "CHF",
    "dollar": "USD", "dollars": "USD", "greenback": "USD", "us dollar": "USD",
    "u.s. dollar": "USD", "american dollar": "USD", "canadian dollar": "CAD",
    "loonie": "CAD", "australian dollar": "AUD", "aussie": "AUD",
    "new zealand dollar": "NZD", "kiwi": "NZD", "hong kong dollar": "HKD",
    "singapore dollar": "SGD",
}  # fmt: skip
_BASE = "|".join(
    re.escape(w).replace(r"\ ", _S) for w in sorted(_BASES, key=lambda w: (-len(w), w))
)
_QUOTE_WORDS = (
    r"(?:euros?|dollars?|pounds?|yen|yuan|renminbi|rupees?|roubles?|rubles?|won|reais|rand|"
    r"lira|francs?|cents?|pence)"
)
# right after the figure: "$1.10 to the euro", "83.4 rupees per dollar", "1.27 dollars
# against the pound" — never "$5 per share" (no currency after "per")
_AFTER = re.compile(
    rf"(?:{_S}(?:US{_S}|U\.S\.{_S})?{_QUOTE_WORDS})?{_S}(?:to|per|against){_S}"
    # ("$3 per pound" of coffee is a weight: the pound as a currency takes "the")
    rf"(?:the{_S}(?=pounds?\b)|(?:the{_S}|one{_S}|a{_S}|each{_S})?(?!pounds?\b))(?P<base>{_BASE})\b"
    # "per euro spent", "to the dollar fund": a noun or verb after it is no rate
    rf"(?!{_S}(?!(?:on|at|in|and|as|from|after|before|since|this|last|when|while|but|"
    r"the|a|an|its|their|yesterday|today)\b)[a-z])",
    re.IGNORECASE,
)
_BETWEEN = r"(?:[\d.,%]+\S*|has|had|have|been|was|is|also|again|briefly|then|sharply|slightly)"
# right before it, in its clause: "the euro traded at", "one pound is worth about",
# "sterling fell 1.2% to"
_BEFORE = re.compile(
    rf"\b(?:the{_S}|one{_S}|a{_S}|each{_S})?(?P<base>{_BASE}){_S}(?:{_BETWEEN}{_S}){{0,3}}?"
    r"(?:traded|trading|trades|rose|fell|climbed|slipped|dropped|jumped|gained|weakened|"
    r"strengthened|stood|stands|bought|buys|ended|closed|sank|rallied|firmed|eased|"
    r"was\s+worth|is\s+worth|worth|equals|equalled|equaled|fetched|fetches)"
    rf"(?:{_S}[\d.,]+{_S}?(?:%|per{_S}?cent))?"  # "sterling fell 1.2% to"
    rf"(?:{_S}(?:at|to|near|around|about|roughly|some)){{0,2}}{_S}$",
    re.IGNORECASE,
)
_HINT = re.compile(rf"\b(?:{_BASE})\b|[$€£¥][ \u00a0]?1\b", re.IGNORECASE)
# "with the pound at 1.17 euros", "with sterling standing at $1.27" (session 43)
_WITH_AT = re.compile(
    rf"\bwith{_S}(?:the{_S})?(?P<base>{_BASE}){_S}(?:(?:standing|trading){_S})?at"
    rf"(?:{_S}(?:about|around|roughly|some))?{_S}$",
    re.IGNORECASE,
)
# after "an exchange rate of", "per pound" is the currency ("1.17 euros per pound")
_RATE_OF = re.compile(
    rf"\bexchange{_S}rate{_S}of(?:{_S}(?:about|around|roughly|some))?{_S}$", re.IGNORECASE
)
_AFTER_RATE = re.compile(
    rf"(?:{_S}(?:US{_S}|U\.S\.{_S})?{_QUOTE_WORDS})?{_S}(?:to|per|against|for){_S}"
    rf"(?:the{_S}|one{_S}|a{_S}|each{_S}|every{_S})?(?P<base>{_BASE})\b",
    re.IGNORECASE,
)
# one unit of a currency set equal to a sum of another: "£1 = €1.17", "(€1 = $1.08)"
_EQUALS = re.compile(
    r"[ \u00a0]*(?:=|equals?|equalled|bought|buys|(?:is|was)[ \u00a0]+worth)[ \u00a0]*"
    r"(?:(?:about|around|roughly)[ \u00a0]+)?",
    re.IGNORECASE,
)


def _one_equals(text: str, ms: list[QuantityMention]) -> Iterator[tuple[str, QuantityMention, str]]:
    """Each rate written as one unit set equal to a sum: "£1 = €1.17"."""
    for a, b in itertools.pairwise(ms):
        if a.value != 1 or a.value_high is not None or a.si_unit in (None, b.si_unit):
            continue
        if b.value_high is None and _EQUALS.fullmatch(text, a.end, b.start):
            yield a.si_unit, b, " ".join(text[a.start : b.end].split())


def quoted_rates(text: str) -> Iterator[tuple[str, QuantityMention, str]]:
    """Each rate ``text`` quotes: (base code, the figure, the words that state
    it), the figure a sum of another currency than the base."""
    if not _HINT.search(text):
        return
    money = [
        m for m in find_quantities(text) if m.dimension == "currency" and m.si_unit is not None
    ]
    yield from _one_equals(text, money)
    for m in money:
        if m.value_high is not None:
            continue
        after = _AFTER.match(text, m.end)
        if after is None and _RATE_OF.search(text[max(0, m.start - 40) : m.start]):
            after = _AFTER_RATE.match(text, m.end)
        before = None if after else _BEFORE.search(text[max(0, m.start - 80) : m.start])
        if not (after or before):  # "with the pound at 1.17 euros"
            before = _WITH_AT.search(text[max(0, m.start - 60) : m.start])
        found = after or before
        if found is None:
            continue
        base = _BASES[" ".join(found.group("base").lower().split())]
        if base == m.si_unit or (base == "USD" and m.si_unit.endswith("D")):
            continue  # a dollar priced in dollars: which dollar is not said
        words = text[m.start : after.end()] if after else f"{found.group().strip()} {m.text}"
        yield base, m, " ".join(words.split())
