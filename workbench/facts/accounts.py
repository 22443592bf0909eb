"""Which account a sum of money is a figure of, when the words right before it
name one (session 24, issue 11 cause 1): "net profit of £3m", "revenue of $40m",
"operating profit was €5m", "turnover reached £1.2bn".

One sentence often holds several ("net profit of £3m on revenue of £40m"), and
a report may name one figure less precisely than another ("a profit of £5m"):
the head (profit, revenue, sales, …) says which account; a qualifier (net,
operating, pre-tax, …) narrows it. Two figures of different heads, or of one
head with two different qualifiers, are two measures; a head with a qualifier
and the same head without one may be the same figure named less precisely
(``apart.things_differ``).
"""

from __future__ import annotations

import re

_S = r"[ \u00a0]+"
QUALIFIER = r"net|operating|pre-?tax|gross|underlying|adjusted|core|after-tax"
HEAD = r"profits?|revenues?|sales|turnover|earnings|income|loss(?:es)?|ebitda"
_LINK = (
    r"of|was|were|is|are|reached|totall?ed|came" + _S + r"to|stood" + _S + r"at|at|to|"
    r"rose" + _S + r"to|fell" + _S + r"to|grew" + _S + r"to|climbed" + _S + r"to"
)
_HEDGE = r"about|around|nearly|almost|some|roughly|more" + _S + r"than|just" + _S + r"over"
_ACCOUNT = re.compile(
    rf"\b(?:({QUALIFIER}){_S})?({HEAD})(?:{_S}(?:{_LINK}))?(?:{_S}(?:{_HEDGE}))?{_S}?"
    r"(?:[$€£¥₹]|(?:US|A|C|NZ|HK)\$)?$",
    re.IGNORECASE,
)

# One account under two names: "hardware sales slipped 4%" / "hardware revenue fell
# 6 per cent"; "net income" / "net profit" (tests/pairs/04_quarterly_results).
_SAME = {"sales": "revenue", "turnover": "revenue", "earnings": "profit", "income": "profit"}
_HEAD_WORD = re.compile(rf"(?:{HEAD})", re.IGNORECASE)
_SINGULAR = {"profits": "profit", "revenues": "revenue", "losses": "loss"}


def account_of(text: str, lo: int, start: int) -> str:
    """The account named right before the money at ``text[start]`` ("net
    profit", "revenue"), singular and lower case, or ""."""
    m = _ACCOUNT.search(text, max(lo, start - 60), start)
    if m is None:
        return ""
    head = _SINGULAR.get(m.group(2).lower(), m.group(2).lower())
    qualifier = (m.group(1) or "").lower().replace("pretax", "pre-tax")
    return f"{qualifier} {head}" if qualifier else head


def _head(word: str) -> str:
    word = _SINGULAR.get(word.lower(), word.lower())
    return _SAME.get(word, word)


def accounts_differ(a: str, b: str) -> bool | None:
    """Whether two things ("net profit", "operating profit", "revenue") are two
    accounts: different heads, or one head with two different qualifiers; None
    when either is no account (a thing that rose or fell: "shares")."""
    qa, _, ha = a.rpartition(" ")
    qb, _, hb = b.rpartition(" ")
    if not (_HEAD_WORD.fullmatch(ha) and _HEAD_WORD.fullmatch(hb)):
        return None
    if _head(ha) != _head(hb):
        return True
    return bool(qa and qb and qa != qb)
