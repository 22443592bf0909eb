"""How many units a length of time counts: "48", "two and a half",
"a couple of", "several", "a dozen", "another"."""

from __future__ import annotations

import re

from ..lexicon import NUMWORD_RE
from ..numwords import word_number
from .lex import VAGUE_COUNTS

QTY = (
    # "a quarter of an hour", "a quarter hour", "three-quarters of an hour", "quarter-hour" (a
    # record's age, "its quarter-century low", stays unread: TimeBank leaves it unmarked)
    r"(?P<q>(?<![\w-])(?:(?:an?|one|three)[\s-]+)?quarters?"
    r"(?:\s+of\s+an?(?=\s)|(?=\s+(?:hour|minute)s?\b))"
    r"|(?<![\w-])(?:quarter(?=-(?:hour|minute|day|week)\b)|half(?=-[a-z]))"
    # "2 1/2", "2-1/2", "1/2"; "41/2" is 4 1/2 with its space lost (a proper fraction
    # in lowest terms glued to a whole number, a unit after it)
    r"|(?<![\d.,])\d{1,3}(?:\s+|-)[1-9]/[1-9](?![\d/])|(?<![\d/])[1-9]/[1-9](?![\d/])"
    r"|(?<![\d.,/])\d{1,2}(?:1/[2348]|2/3|3/[48]|[57]/8)(?=[\s\u00a0-]+[a-z])"
    # "4\ufffd months": a fraction sign the copy lost; between 4 and 5 (session 37)
    r"|(?<![\d.,])\d{1,3}\ufffd(?=[\s\u00a0-]+(?-i:[a-z]))"
    r"|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s*½)?|½|"
    + NUMWORD_RE
    + r"(?:\s+and\s+(?:a\s+)?(?:half|quarter)|-and-(?:a-)?(?:half|quarter))?"  # "one-and-a-half"
    r"(?:\s+(?:hundred|thousand))?"
    r"|\d+\s+and\s+a\s+(?:half|quarter)|an?\s+(?:hundred|thousand)(?=\s)"  # "a hundred years"
    r"|an?\s+couple\s+of|an?\s+few|an?\s+dozen|couple\s+of|several|few|many|dozens\s+of"
    r"|hundreds\s+of|half\s+an?|an?\s+half|single(?=-)|another|an?)"
)

_QUARTER_OF = re.compile(r"(?:(?:an?|one|three)[\s-]+)?quarters?(?:\s+of\s+an?)?", re.IGNORECASE)

# TimeML writes "a couple of years" as P2Y; its amount keeps the 2-3 an editor allows.
COUPLE = re.compile(
    r"(?:(?:about|some|just|only|over|the\s+(?:next|past|last))\s+)?(?:an?\s+)?couple\b", re.I
)


def count_of(
    q: str, q2: str | None, extra: float, plural: bool
) -> tuple[float | None, float | None, bool]:
    """Count of units as (low, high, vague)."""
    q = re.sub(r"\s+", " ", q)
    if q in (
        "several",
        "few",
        "many",
        "dozens of",
        "hundreds of",
        "a few",
        "an few",
        "a couple of",
        "an couple of",
        "couple of",
    ):
        lo, hi = VAGUE_COUNTS.get(q.replace("an ", "a "), (2.0, None))
        return lo, hi, True
    if q in ("half a", "half an", "a half", "an half", "half"):
        n = 0.5
    elif _QUARTER_OF.fullmatch(q):  # "a quarter of an hour", "three-quarters of an hour"
        n = 0.75 if q.startswith("three") else 0.25
    elif q in ("a dozen", "an dozen"):
        n = 12.0
    elif q in ("single", "another"):  # "a single-day fall", "for another day"
        n = 1.0
    elif q.endswith("\ufffd"):  # "4\ufffd months": the fraction lost, ⅛ to ⅞ of a unit more
        return float(q[:-1]) + 0.125, float(q[:-1]) + 0.875, False
    elif "/" in q:  # "2 1/2 years", "2-1/2 years", "1/2 day"
        whole, _, frac = q.replace("-", " ").rpartition(" ")
        num, den = frac.split("/")
        if not whole and len(num) > 1:  # "41/2 months": the glued mixed number 4 1/2
            whole, num = num[:-1], num[-1]
        n = (float(whole) if whole else 0.0) + int(num) / int(den)
    else:
        n = word_number(q)
    if n is None:
        return None, None, False
    n += extra  # "two years and a half", "a day and a quarter"
    if q2:
        n2 = word_number(q2)
        if n2 is None or n2 <= n:
            return None, None, False
        return n, n2, False
    if n == 1 and plural and q in ("a", "an", "one", "another"):
        return None, None, False
    return n, n, False
