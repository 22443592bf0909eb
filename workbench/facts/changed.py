"""What a figure of a change is a figure of, read from its own clause of a
sentence that tells several (session 28).

"Revenue fell 7.2% to €33.6 billion and net profit dropped 52% to €640
million" tells two accounts in one sentence; "Operating profit for July to
September fell 41%" names its account before the period it covers, and "fell
41%, from €2.0 billion to €1.18 billion" states the figures of that change in
a clause of their own. Each figure is bound to the account or thing whose
change its own words tell: the nearest account before its verb (with its
qualifier, "net" or "operating": two accounts), else the noun right before
the verb ("shares rose"), else the account a sum is named as ("revenue of
$40m"); a clause that only goes on with a change ("…, from €2.0 billion to
€1.18 billion", a conversion in parentheses) takes the thing of the clause
before it.
"""

from __future__ import annotations

import re

from .accounts import HEAD, QUALIFIER, account_of
from .whose import clause_bounds

_S = r"[ \u00a0]+"
CHANGE_VERB = (
    r"rose|rise[sn]?|rising|fell|falls?|falling|increas\w*|decreas\w*|grew|grow\w*|"
    r"drop\w*|climb\w*|jump\w*|cuts?|cutting|reduc\w*|rais\w*|lower\w*|slash\w*|"
    r"boost\w*|soar\w*|plung\w*|slump\w*|surg\w*|tumbl\w*|declin\w*|sank|sink\w*|"
    r"slid\w*|slipp?\w*|dipp?\w*|shed|gain\w*|los[te]s?|losing|added|adds?|trimm?\w*|hik\w*"
)
# An account, perhaps the period it covers, then the verb of its change, then the
# figure within a few words of it, no other account between ("net profit dropped
# 52% to", "Operating profit for July to September fell 41% to", "Revenue in the
# third quarter fell").
_ACCOUNT_CHANGE = re.compile(
    rf"\b(?:({QUALIFIER}){_S})?({HEAD})\b"
    rf"(?:{_S}(?:for|in|during|over){_S}(?:(?!\b(?:{HEAD})\b)[^,;:.()]){{1,40}}?)?"
    rf"{_S}(?:has{_S}|have{_S}|had{_S})?(?:{CHANGE_VERB})\b"
    rf"(?:(?!\b(?:{HEAD})\b)[^,;:()]){{0,30}}$",
    re.IGNORECASE,
)
# The noun before the verb of a change: "profit rose 12% to $4.1 billion" / "revenue
# rose 8%" measure two things ("it rose": none).
_THING = re.compile(rf"\b([A-Za-z][a-z]{{2,}})[ \u00a0]+(?:{CHANGE_VERB})\b")
_NO_THING = frozenset(
    ("its", "their", "his", "her", "also", "has", "have", "had", "was", "were", "which", "that")
)
# A clause that only goes on with the change of the clause before: ", from €2.0
# billion to €1.18 billion", ", to €1.18 billion".
_GOES_ON = re.compile(r"[ \u00a0]*(?:from|to)[ \u00a0]")
# A figure right before an opening parenthesis: "€1.18 billion ($1.67 billion)".
_FIGURE_PAREN = re.compile(
    r"(?:[$€£¥₹]|(?:US|A|C|NZ|HK)\$)?\d[\d.,]*(?:[ \u00a0]*[A-Za-z%]+)?[ \u00a0]*\($"
)


def changed_account(text: str, lo: int, start: int) -> str:
    """The account whose change the words right before ``text[start]`` tell
    ("net profit", "revenue"), singular and lower case, or ""."""
    m = _ACCOUNT_CHANGE.search(text, lo, start)
    if m is None:
        return ""
    head = m.group(2).lower()
    head = {"profits": "profit", "revenues": "revenue", "losses": "loss"}.get(head, head)
    qualifier = (m.group(1) or "").lower().replace("pretax", "pre-tax")
    return f"{qualifier} {head}" if qualifier else head


def _changed_noun(text: str, lo: int, start: int) -> str:
    found = [m.group(1).lower() for m in _THING.finditer(text, lo, start)]
    return found[-1] if found and found[-1] not in _NO_THING else ""


def thing_of(text: str, lo: int, start: int, depth: int = 0) -> str:
    """What the figure at ``text[start]`` in the clause opening at ``lo`` is a
    figure of: an account whose change it tells, the thing that rose or fell,
    the account it is named as, or the account of the clause it goes on with
    (``depth``: 1 when reading that clause)."""
    if depth:  # a clause going on with another's change takes its account only
        return changed_account(text, lo, start) or account_of(text, lo, start)
    found = (
        changed_account(text, lo, start)
        or _changed_noun(text, lo, start)
        or account_of(text, lo, start)
    )
    if found or lo < 2:
        return found
    if text[lo - 2 : lo] == ", " and _GOES_ON.match(text, lo, start):
        before, _ = clause_bounds(text, lo - 2, lo - 2)
        return thing_of(text, before, lo - 2, 1)
    figure = _FIGURE_PAREN.search(text, max(0, lo - 40), lo) if text[lo - 1] == "(" else None
    if figure is not None:
        before, _ = clause_bounds(text, figure.start(), figure.end())
        return thing_of(text, before, figure.start(), 1)
    return ""


# The period a change is counted from, told after it: "down 41% on a year earlier",
# "fell to 3.5% from 5.6% a year earlier", "higher than a year ago", "compared
# with the previous quarter", "compared to the same time in 2008" (the base of a
# change, never the period it covers).
_BASE_PERIOD = re.compile(
    r"(?i:(?:a|one|the)[ \u00a0]+(?:same[ \u00a0]+(?:period|quarter|month)[ \u00a0]+)?"
    r"(?:year|quarter|month|period)[ \u00a0]+(?:earlier|ago|before)"
    r"|(?:the[ \u00a0]+)?(?:previous|prior|preceding)[ \u00a0]+(?:year|quarter|month)"
    r"|last[ \u00a0]+year)"
)
_BASE_BEFORE = re.compile(
    r"(?:\b(?:on|than|against|versus)|\bcompared[ \u00a0]+(?:with|to)"
    r"|\bfrom(?:[ \u00a0]+(?:[$€£¥₹]|(?:US|A|C|NZ|HK)\$)?\d[\d.,]*(?:[ \u00a0]*(?:%|percent|"
    r"per[ \u00a0]+cent|[a-z]+))?)?)[ \u00a0]+(?:the[ \u00a0]+same[ \u00a0]+\w+[ \u00a0]+)?"
    r"(?:in[ \u00a0]+)?$",
    re.IGNORECASE,
)
# A year is a base only after words of comparing ("compared to the same time in
# 2008"; "lasted from 1951" is a span's start).
_BASE_YEAR = re.compile(r"(?:in[ \u00a0]+)?(?:1[89]|20)\d\d")
_COMPARED = re.compile(
    r"(?:\b(?:than|against|versus)|\bcompared[ \u00a0]+(?:with|to))[ \u00a0]+"
    r"(?:the[ \u00a0]+same[ \u00a0]+\w+[ \u00a0]+)?(?:in[ \u00a0]+)?$",
    re.IGNORECASE,
)
_CHANGED = re.compile(rf"(?<![\w-])(?:{CHANGE_VERB}|up|down|higher|lower)\b", re.IGNORECASE)


def base_period(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is the period a change stated
    before it is counted from ("down 41% on a year earlier")."""
    if _BASE_YEAR.fullmatch(text, start, end):
        before = _COMPARED.search(text, max(0, start - 40), start)
    elif _BASE_PERIOD.fullmatch(text, start, end):
        before = _BASE_BEFORE.search(text, max(0, start - 40), start)
    else:
        return False
    return (
        before is not None
        and _CHANGED.search(text, max(0, before.start() - 80), before.start()) is not None
    )


# The level a change went to from another ("fell from 75 F to 52 F"): never the
# amount of a change told elsewhere ("plunged by 18C"; session 30).
_FROM_TO = re.compile(
    r"\bfrom[ \u00a0]+(?:[$€£¥₹])?\d[\d,.]*(?:[ \u00a0]?[^\s\d,;]{1,12})?[ \u00a0]+to[ \u00a0]+$",
    re.IGNORECASE,
)


def reached_level(text: str, start: int, lo: int) -> bool:
    """Whether the figure at ``start`` is the level a from–to change reached."""
    return _FROM_TO.search(text, max(lo, start - 40), start) is not None
