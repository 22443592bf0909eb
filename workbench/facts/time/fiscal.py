"""Reporting periods of earnings news counted from the publication date: "the
latest quarter" (the last one completed), "the year-ago quarter" (the same
quarter a year before it), "the 1988 third quarter" (a year written first).
"2019 H2" is not read: "2030 H2 demand" is hydrogen.
"""

from __future__ import annotations

import re

from ..lexicon import YEAR_DIGITS
from .base import Builder, Env, Val, rule, v_quarter, v_unknown
from .cal import dt, year_iv
from .periods import REPORTING_DAYS

_RESULTS_RE = re.compile(
    r"[$£€¥]|\b(?:earn(?:ed|ings?)|profits?|net|loss(?:es)?|revenues?|sales|income|results"
    r"|dividends?|per\s+share|a\s+share|margins?|orders|charges?|(?:interest\s+)?expenses?)\b",
    re.IGNORECASE,
)
# an amount after "the quarter to / of": the figure, not the day the quarter ends
_AMOUNT = (
    r"[$£€¥]|[A-Z]{1,3}\$|\d[\d.,]*\s*(?:billion|million|thousand|bn|mn|m\b|%|per\s*cent"
    r"|percent|cents|euros|pounds|dollars|yen|francs|marks|shares|units|tons|barrels)"
)
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _last_completed(env: Env, years_back: int) -> Val:
    pub = env.published
    q = (pub.month - 1) // 3  # the quarter before the publication's own
    y = pub.year
    if q == 0:
        y, q = y - 1, 4
    return v_quarter(y - years_back, q, True)


@rule(
    r"\b(?:the\s+)?(?:(?P<latest>latest|most\s+recent|just[\s-]ended|recently\s+ended)"
    r"|(?P<ago>(?:comparable\s+)?year[\s-](?:ago|earlier)))\s+(?:fiscal\s+)?(?P<unit>quarter|period)"
    r"(?!s)\b"
    r"|\b(?P<bare>the\s+(?:fiscal\s+)?quarter)"
    r"(?![s-]|\s+(?:of|to)\s+(?!" + _AMOUNT + r")|\s+(?:after|before|ended|ending)\b)",
    2,
    keys="quarter period",
)
def r_reported_quarter(m: re.Match, text: str) -> Builder | None:
    """'The latest quarter' and, in a sentence about results, 'the quarter' and
    'the latest period': the last quarter completed before publication, the one
    earnings news reports ('the year-ago quarter/period': that quarter a year back).
    Not 'the quarter to March 31' or 'of the year', but 'rose in the quarter to $2
    billion' (an amount after it)."""
    if (m.group("bare") or m.group("unit") == "period") and not _RESULTS_RE.search(text):
        return None  # "in the quarter" of a game, "the latest period" of a painter
    if m.group("bare") and not m.group("bare").endswith("quarter"):
        return None  # "the Latin Quarter"
    back = 1 if m.group("ago") else 0

    def build(env: Env) -> Val:
        if env.published is None:
            return v_unknown("XXXX-QX", "quarter", m.group(0))
        return _last_completed(env, back)

    return build


@rule(
    r"\bthe\s+(?:(?:corresponding|comparable|like)\s+(?:fiscal\s+)?(?:quarter|period)"
    r"|same\s+(?:fiscal\s+)?quarter)\s+"
    r"(?:of\s+|in\s+)?(?:last\s+year|the\s+(?:previous|prior)\s+year|a\s+year\s+(?:ago|earlier))\b",
    2,
    keys="quarter period",
)
def r_corresponding_quarter(m: re.Match, text: str) -> Builder | None:
    """'the corresponding period last year', 'the same quarter a year ago' in results
    copy: the reported quarter (the last one completed) a year back ("the same
    period last year" is left to the month or period the sentence names)."""
    if not _RESULTS_RE.search(text):
        return None

    def build(env: Env) -> Val:
        if env.published is None:
            return v_unknown("XXXX-QX", "quarter", m.group(0))
        return _last_completed(env, 1)

    return build


@rule(
    rf"\b(?:the\s+)?(?P<y>{YEAR_DIGITS})\s+(?:fiscal\s+)?"
    r"(?P<n>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter(?!s)\b",
    1,
    keys="quarter",
)
def r_year_first_quarter(m: re.Match, text: str) -> Builder | None:
    v = v_quarter(int(m.group("y")), _ORD[m.group("n").lower()])
    return lambda env: v


@rule(
    rf"\b(?:the\s+)?(?:(?P<y>{YEAR_DIGITS})|(?P<rel>last|this|next)\s+year['’]s)\s+"
    r"(?:fiscal\s+)?(?:quarter|period)(?![s-])\b",
    1,
    keys="quarter period",
)
def r_year_reported_quarter(m: re.Match, text: str) -> Builder | None:
    """'the 1988 quarter', 'last year's period' in results copy: the reported
    quarter (the last one completed) in that year."""
    if not _RESULTS_RE.search(text):
        return None
    rel = (m.group("rel") or "").lower()

    def build(env: Env) -> Val:
        if env.published is None:
            return v_unknown("XXXX-QX", "quarter", m.group(0))
        q = _last_completed(env, 0)
        y = int(m.group("y")) if m.group("y") else env.published.year
        y += {"last": -1, "next": 1}.get(rel, 0)
        return v_quarter(y, int(q.timex[-1]), bool(rel))

    return build


_SPLIT_YEAR = rf"(?P<y>{YEAR_DIGITS})\s*[-–/]\s*(?P<y2>\d{{4}}|\d{{2}})(?![\w%°/-]|[.,]\d)"
_YEAR_NOUN = r"(?:fiscal|financial|budget|tax|accounting)\s+year"


@rule(
    rf"(?<![\w$£€#.,/:-])(?:the\s+)?(?:(?P<fy>fiscal|financial)(?:\s+year)?\s+)?{_SPLIT_YEAR}"
    rf"(?P<noun>\s+{_YEAR_NOUN}\b)?",
    1,
    keys="fiscal financial budget tax accounting",
)
def r_split_fiscal_year(m: re.Match, text: str) -> Builder | None:
    """'the 1996-97 fiscal year', 'fiscal 1996/97', 'the 2019-2020 budget year': one
    year that straddles two calendar years. Where it starts is the company's or the
    government's, so the mention allows both calendar years; TimeML writes it
    FY and the year it ends in."""
    if not (m.group("fy") or m.group("noun")):
        return None  # "1996-97" alone: a season, a range of years
    y = int(m.group("y"))
    y2s = m.group("y2")
    y2 = int(y2s) if len(y2s) == 4 else (y // 100) * 100 + int(y2s)
    if y2 < y and len(y2s) == 2:
        y2 += 100  # "1999-00"
    if y2 != y + 1:
        return None
    v = Val(
        "DATE",
        f"FY{y2:04d}",
        (year_iv(y)[0], year_iv(y2)[1]),
        "year",
        f"the {y}-{y2 % 100:02d} fiscal year (within {y}–{y2})",
    )
    return lambda env: v


_REPORTED = (
    r"(?:(?:net|pretax|pre-tax|operating|after-tax)\s+)?(?:loss|profits?|earnings|results"
    r"|net|sales|revenues?|income|charges?|figures|margins?)\b"
)


@rule(rf"\bthis\s+quarter(?=['’]s\s+{_REPORTED})", 1, keys="quarter")
def r_this_quarters_results(m: re.Match, text: str) -> Builder | None:
    """'this quarter's loss', 'this quarter's results' written within two months of
    a quarter's end and not in the future tense: the quarter just reported (no
    result of the running quarter is known yet); otherwise the running one."""

    def build(env: Env) -> Val:
        if env.published is None:
            return v_unknown("XXXX-QX", "quarter", m.group(0))
        last = _last_completed(env, 0)
        recent = (dt(env.published) - last.interval[1]).days < REPORTING_DAYS
        if (
            recent and env.tense != "future"
        ):  # "this quarter's results will be weak": the running one
            return last
        pub = env.published
        return v_quarter(pub.year, (pub.month - 1) // 3 + 1, True)

    return build
