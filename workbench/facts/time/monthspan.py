"""A quarter or half named by its first and last months, as wire copy of results
writes it: "the April-June quarter", "the July-September period", "the
October-to-December quarter of 2009", "January-June profit".

Read month by month, "the July-September quarter" was two months of the
publication year, whatever the tense. A span of three months that is a calendar
quarter is that quarter (TimeML ``2009-Q3``), of six months that is a half, the
half (``2009-H1``). With no year written, the year is the one the tense points at,
as for "the third quarter": reported in the past, the last such quarter begun;
results to come, this year's up to two months after it ended
(:data:`~.periods.REPORTING_DAYS`). A span that is no calendar quarter or half (a
fiscal quarter "November-January") keeps the months' own readings.
"""

from __future__ import annotations

import re

from ..lexicon import MONTH_KEYS, YEAR_DIGITS
from .base import (
    MON_ALT,
    Builder,
    Env,
    Val,
    month_num,
    pick_year,
    rule,
    v_half,
    v_quarter,
    v_unknown,
    year_of_rel,
)
from .cal import half_iv, quarter_iv
from .periods import REPORTING_DAYS

_DASH = r"\s*[-–—]\s*|[-–]to[-–]|\s+(?:to|through|thru)\s+"
# the noun the span qualifies: a period (inside the extent) or results (outside it)
_PERIOD = r"quarter|period|half|term|three\s+months|six\s+months"
_RESULTS = r"results|earnings|profits?|sales|revenues?|figures|net|output|exports|imports"
_YEAR_AFTER = (
    rf"(?:\s+(?:of|in)\s+(?:(?:fiscal|financial)\s+)?(?P<y2>{YEAR_DIGITS})(?!\d)"
    r"|\s+(?:of\s+)?(?P<yrel>this|last|next|the\s+previous|the\s+current)\s+year)?"
)


@rule(
    rf"\b(?:the\s+)?(?P<m1>{MON_ALT})(?![a-z])(?:{_DASH})(?P<m2>{MON_ALT})(?![a-z])"
    rf"(?:\s+(?P<y>{YEAR_DIGITS})(?!\d))?"
    rf"(?:\s+(?P<period>{_PERIOD})\b{_YEAR_AFTER}|(?=\s+(?:{_RESULTS})\b))",
    2,
    keys=MONTH_KEYS,
)
def r_month_span(m: re.Match, text: str) -> Builder | None:
    first, last = month_num(m.group("m1")), month_num(m.group("m2"))
    return _span_of(first, last, m.group("y") or m.group("y2"), m.group("yrel"), m.group(0))


def _span_of(first: int, last: int, ys: str | None, yrel: str | None, said: str) -> Builder | None:
    """The calendar quarter or half from month ``first`` to ``last``, None for another span."""
    months = (last - first) % 12 + 1
    if months == 3 and first % 3 == 1:
        q = (first - 1) // 3 + 1

        def make(y: int) -> Val:
            return v_quarter(y, q)

        def span(y: int):
            return quarter_iv(y, q)
    elif months == 6 and first in (1, 7):
        h = 1 if first == 1 else 2

        def make(y: int) -> Val:
            return v_half(y, h)

        def span(y: int):
            return half_iv(y, h)
    else:
        return None

    def build(env: Env) -> Val:
        if ys:
            return make(int(ys))
        if env.published is None:
            return v_unknown("XXXX", "quarter" if months == 3 else "half", said)
        if yrel:
            return make(year_of_rel(yrel, env.published))
        return make(pick_year(env.published, env.tense, span, late=REPORTING_DAYS))

    return build


# Session 37 (issue 11 "misread"): results copy also names the quarter as its months
# after the figure's noun, "operating profit for July to September fell", "sales from
# April to June", or by its last month, "profit for the three months to September":
# read month by month, "for July to September" was July and September, and "the three
# months to September" a length and September. Read only after a results noun, so that
# "from July to September" of anything else keeps its two ends (TimeML's reading).
_RESULTS_BEFORE = re.compile(
    rf"\b(?:{_RESULTS}|loss(?:es)?|margin|income|turnover)\b(?:[^.;]|\.\d){{0,30}}$", re.I
)


@rule(
    rf"\b(?:for|in|from|over)\s+(?:the\s+months\s+(?:of\s+)?)?(?P<m1>{MON_ALT})(?![a-z])"
    rf"(?:{_DASH})(?P<m2>{MON_ALT})(?![a-z])(?:,?\s+(?P<y>{YEAR_DIGITS})(?!\d))?",
    2,
    keys=MONTH_KEYS,
)
def r_results_months(m: re.Match, text: str) -> Builder | tuple | None:
    """'operating profit for July to September': that quarter (or half)."""
    if not _RESULTS_BEFORE.search(text, 0, m.start()):
        return None
    first, last = month_num(m.group("m1")), month_num(m.group("m2"))
    built = _span_of(first, last, m.group("y"), None, text[m.start("m1") : m.end()])
    return None if built is None else (built, (m.start("m1"), m.end()))


@rule(
    rf"\b(?:the\s+)?(?P<n>three|six|3|6)\s+months\s+(?:to|ended|ending|through)\s+"
    rf"(?:the\s+end\s+of\s+)?(?P<m2>{MON_ALT})(?![a-z])(?:,?\s+(?P<y>{YEAR_DIGITS})(?!\d))?",
    2,
    keys="months",
)
def r_months_to(m: re.Match, text: str) -> Builder | None:
    """'the three months to September': the quarter ending then; 'the six months to
    June' the half. Another span (nine months) keeps its length and its month."""
    if not _RESULTS_BEFORE.search(text, 0, m.start()):
        return None  # "production fell in the three months to September": two timexes
    n = 3 if m.group("n").lower() in ("three", "3") else 6
    last = month_num(m.group("m2"))
    if (n == 3 and last % 3) or (n == 6 and last not in (6, 12)):
        return None
    return _span_of((last - n) % 12 + 1, last, m.group("y"), None, m.group(0))


# "the June quarter", "the September 1999 quarter", "the March quarter of 2000": the
# quarter named by the month it ends in, as Australian and Asian results copy writes
@rule(
    rf"\b(?:the|its|their)\s+(?P<m1>{MON_ALT})(?![a-z])(?:\s+(?P<y>{YEAR_DIGITS})(?!\d))?"
    rf"\s+quarter\b(?![\s-]+(?:of\s+the\s+)?(?:century|mile|inch|hour|point|pound|final))"
    rf"{_YEAR_AFTER}",
    2,
    keys=MONTH_KEYS,
)
def r_month_quarter(m: re.Match, text: str) -> Builder | None:
    last = month_num(m.group("m1"))
    if last % 3:
        return None  # "the May quarter": no calendar quarter ends in May
    q = last // 3
    ys, yrel = m.group("y") or m.group("y2"), m.group("yrel")

    def build(env: Env) -> Val:
        if ys:
            return v_quarter(int(ys), q)
        if env.published is None:
            return v_unknown("XXXX", "quarter", m.group(0))
        if yrel:
            return v_quarter(year_of_rel(yrel, env.published), q)
        return v_quarter(pick_year(env.published, env.tense, _span(q), late=REPORTING_DAYS), q)

    return build


def _span(q: int):
    return lambda y: quarter_iv(y, q)
