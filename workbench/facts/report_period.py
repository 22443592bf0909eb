"""The reporting period a company's figure covers: a quarter, a half, a full year
(session 43, issue 11).

"expects Q3 revenue of $2.1bn" and "expects full-year revenue of $8.4bn" were
compared as one figure: the period reader (:mod:`.period`) knew a quarter only as
"in the third quarter" (a game's or a company's) and no year of results at all.
These phrases join its table, so that a quarter's, a half's and a full year's
figures are figures of different periods, never compared:

* a quarter: "Q3", "third-quarter", "quarterly", "for the quarter", "in the
  latest quarter", "this quarter", "the three months to June";
* a half: "first-half", "H1", "half-year", "half-yearly", "the six months to June";
* a year: "full-year", "for the full year", "for the year", "annual revenue",
  "the financial year", "fiscal 2026", "FY26", "the 12 months to June".

A figure of "this year" is of a year too against a quarter's or a half's
(:func:`lengths_differ`); against a figure of no period it is compared as before.
"""

from __future__ import annotations

_S = r"[ \u00a0]+"
_SH = r"[ \u00a0-]"
_ORD = r"(?:first|second|third|fourth|final|1st|2nd|3rd|4th)"
_TO = r"(?:to|ended|ending|through|until)"

QUARTER = (
    rf"\bQ[1-4]\b|\b{_ORD}{_SH}quarter\b|\bquarterly\b"
    rf"|\b(?:for|in|during|over|from){_S}the{_S}(?:(?:latest|current|same|recent|last|"
    rf"previous|past|latest{_S}three-month|three-month){_S})?quarter\b(?!{_S}of\b|-)"
    rf"|\b(?:this|next|last){_S}quarter\b(?!-)"
    rf"|\bthree{_SH}months?{_S}{_TO}\b"
)
HALF = (
    rf"\b(?:first|second){_SH}half\b|\bH[12]\b|\bhalf{_SH}year(?:ly)?\b"
    rf"|\bsix{_SH}months?{_S}{_TO}\b"
)
YEAR = (
    rf"\bfull{_SH}year\b|\b(?:for|over|in){_S}the{_S}(?:(?:full|whole|entire|financial|fiscal)"
    rf"{_S})?year\b(?!{_S}(?:before|earlier|ago|to{_S}date)\b)"
    rf"|\bannual(?:ly)?\b(?={_S}(?:revenues?|sales|profits?|earnings|income|turnover|losse?s?"
    rf"|output|results|growth|operating|net|pre-?tax|core)\b)"
    rf"|\b(?:financial|fiscal){_S}year\b|\bfiscal{_S}(?:19|20)\d\d\b|\bFY(?:{_S})?\d\d(?:\d\d)?\b"
    rf"|\b(?:twelve|12){_SH}months?{_S}{_TO}\b"
)

_LENGTH = {"quarter": 3, "half": 6, "year": 12, "this-year": 12, "last-year": 12}


def lengths_differ(a: str, b: str) -> bool:
    """Two scopes of reporting periods of different lengths ("quarter" against
    "this-year"): the figures cover different periods."""
    la, lb = _LENGTH.get(a), _LENGTH.get(b)
    return la is not None and lb is not None and la != lb
