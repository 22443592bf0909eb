"""The happening a time dates when no stage word stands near it: one told in
a "when" clause after it, or by the verb its clause opens with.

"He was driving his Bentley at about 1:00 am Sunday on highway 94 when the
cops stopped him" dates the stop (the driving is only what he was doing);
"was pulled over for speeding in his Bentley on State Route 94 around 1:30
a.m." dates the stop too, though "pulled over" stands twelve words before the
time. Read only four words after and ten before, both times dated nothing,
their surrounding words shared none, and one stop's two times were never
compared (ECB+ test half, 35_ecbplus: 'left out by different_measures').

Only a "when" is read: "as", "before", "after" and "until" place the
happening at another time or are no conjunction ("as part of").
"""

from __future__ import annotations

import re

from .happenings import DATED
from .nearest import WORD, nearest

# "at 1 a.m. when the police stopped him", "around 2 p.m., when the fire broke out"
_WHEN = re.compile(r"[ \u00a0,]+(?:[\w.'’-]+[ \u00a0]+){0,5}?(?:just[ \u00a0]+)?when\b", re.I)
_WHEN_REACH = 6  # words of the "when" clause read for its happening
_OWN_VERB_REACH = 25  # words back to the verb a long clause opens with


def when_happening(text: str, end: int, hi: int) -> str:
    """The stage (happenings.DATED) a "when" clause right after the time names
    ("at 1 a.m. Sunday on highway 94 when the cops stopped him" -> stopped),
    or "". The "when" clause may lie past the time's own clause ("at 2 a.m.,
    when the fire broke out")."""
    m = _WHEN.match(text, end)
    if m is None:
        return ""
    words = list(WORD.finditer(text, m.end()))[:_WHEN_REACH]
    stop = words[-1].end() if words else m.end()
    return nearest(text, m.end(), m.end(), m.end(), stop, DATED, _WHEN_REACH)


def own_verb_happening(text: str, start: int, lo: int) -> str:
    """The stage the verb a long clause opens with names, far before its time
    ("was pulled over for speeding in his Bentley on State Route 94 around
    1:30 a.m." -> stopped), or ""."""
    return nearest(text, start, start, lo, start, DATED, _OWN_VERB_REACH)


# A short clause that is only a day set beside a fronted one: ", on Friday,"
_APPOSED_DAY = re.compile(
    r"\s*(?:(?:on|last|this|early|late)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|yesterday|today|tonight|last\s+night)(?:\s+(?:morning|afternoon|evening|night))?\s*",
    re.IGNORECASE,
)
_OPENER = re.compile(r"\s*(?:(?:on|in|at|early|late|by)\s+)?", re.IGNORECASE)
_FRONTED_REACH = 10  # words of the main clause read for its happening


def fronted_happening(text: str, start: int, end: int, hi: int) -> str:
    """The stage the main clause names after a day that opens the sentence set
    off by a comma, past a day set beside it ("Yesterday, on Friday, Reid …
    needed to be checked in" -> admitted), or ""."""
    if not _OPENER.fullmatch(text, 0, start) or text[hi : hi + 1] != ",":
        return ""
    pos = hi + 1
    while (comma := text.find(",", pos)) != -1 and _APPOSED_DAY.fullmatch(text, pos, comma):
        pos = comma + 1
    words = list(WORD.finditer(text, pos))[:_FRONTED_REACH]
    stop = words[-1].end() if words else pos
    return nearest(text, pos, pos, pos, stop, DATED, _FRONTED_REACH)


# A day that opens a clause joined by "and" or "but" dates that clause.
_OPENS_JOINED = re.compile(r"\b(?:and|but)[ \u00a0]+(?:(?:on|then|now)[ \u00a0]+)?$", re.I)
_DAY_WORD = re.compile(
    r"(?i:to(?:day|night)|yesterday|(?:last|this)[ \u00a0]+(?:night|morning|evening|afternoon)"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
)


def joined_clause(text: str, lo: int, start: int, end: int) -> int:
    """Where the clause a day opens after "and" or "but" starts ("Rumors have been
    floating for weeks and tonight T-Mobile has made it official"), else ``lo``."""
    if not _DAY_WORD.match(text, start, end):
        return lo
    opened = _OPENS_JOINED.search(text, lo, start)
    return opened.end() if opened else lo


# What ends the words after a time that may tell its happening (session 32): a
# conjunction placing another happening at another time ("on Wednesday after his
# arrest", "overnight after it broke out", "hours before the vote"), or a clause
# joined by "and"/"but" with a subject of its own ("on Tuesday night and officials
# confirmed …"; not a pronoun, which mostly goes on with the same people's story:
# "for the past three years and they had moved back", ECB+ dev 32_ecbplus); "at 1
# a.m. when the police stopped him" is one moment (above).
_ANOTHER_TIME = re.compile(
    r"[ \u00a0,]+(?:(?:just|shortly|soon|hours|days|weeks|minutes|a[ \u00a0]+day"
    r"|a[ \u00a0]+week|the[ \u00a0]+day|one[ \u00a0]+day)[ \u00a0]+)?"
    r"(?:after|before|following|since|until|till|ahead[ \u00a0]+of|prior[ \u00a0]+to)\b"
    r"|[ \u00a0,]+(?:and|but)[ \u00a0]+(?:the|a|an|his|her|its|their"
    r"|police|officials|authorities|(?-i:[A-Z][a-z]+(?<!day)))\b",
    re.I,
)


# A length ("for 12 hours", "nine years") is measured to or from the happening such a
# conjunction names ("fought the fire for 12 hours before it was brought under
# control", "jailed for nine years after being convicted"): read past it.
_LENGTH = re.compile(r"\b(?:second|minute|hour|day|week|month|year|decade)s?\b", re.I)
_POINT = re.compile(r"\b(?:ago|last|this|next|earlier|later)\b", re.I)


def ahead(text: str, start: int, end: int, hi: int) -> int:
    """How far after a time its own happening may be read: up to another
    happening's conjunction right after a point in time, else the clause's end."""
    span = text[start:end]
    if _LENGTH.search(span) and not _POINT.search(span):
        return hi
    return end if _ANOTHER_TIME.match(text, end) else hi
